"""The CyREST stand-in answers py4cytoscape the way Cytoscape 3.10 does (CX2 rules, style naming, CI errors).

These pin the behaviour the Cytoscape delivery tests rely on, so a too-lenient stand-in cannot make
them pass by accident.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import requests
from cyrest_server import CyRestServer
from test_cytoscape import make_cx2

from pfocr_net import cytoscape as cy


@pytest.fixture(scope="module")
def p4c(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield cy._import_py4cytoscape()


@pytest.fixture
def server(p4c: ModuleType) -> Iterator[CyRestServer]:
    with CyRestServer() as srv:
        yield srv
    from py4cytoscape.py4cytoscape_notebook import (
        ExecutionEnvironment,
        execution_environment,
    )

    execution_environment(ExecutionEnvironment.UNKNOWN)
    sys.modules["py4cytoscape"].py4cytoscape_sandbox.reset_default_sandbox()


def post_cx2(p4c: ModuleType, server: CyRestServer, doc: list[dict[str, Any]], **params: str) -> int:
    reply = p4c.cyrest_post("networks", parameters={"format": "cx2", **params}, body=doc,
                            base_url=f"{server.url}/v1")
    return int(reply["networkSUID"])


def test_cx2_style_aspects_make_a_name_style_each_time(p4c: ModuleType, server: CyRestServer) -> None:
    base = f"{server.url}/v1"
    first = post_cx2(p4c, server, make_cx2(), title="Renamed")
    second = post_cx2(p4c, server, make_cx2())
    assert p4c.get_current_style(network=first, base_url=base) == "Figure one-Style"
    assert p4c.get_current_style(network=second, base_url=base) == "Figure one-Style-1"
    assert p4c.get_network_list(base_url=base) == ["Renamed", "Figure one"]
    assert p4c.get_visual_style_names(base_url=base) == ["default", "Figure one-Style", "Figure one-Style-1"]
    plain = post_cx2(p4c, server, cy.desktop_cx2(make_cx2()))
    assert p4c.get_current_style(network=plain, base_url=base) == "default"


@pytest.mark.parametrize(("damage", "message"), [
    (lambda d: d[1:], "expected to CX version object in the first element"),
    (lambda d: d[:-1], "CX document ends without a 'status' aspect defined"),
    (lambda d: [*d[:-1], {"status": [{"error": "x", "success": False}]}], "Error status received"),
    (lambda d: [e for e in d if "attributeDeclarations" not in e], "NullPointerException"),
    (lambda d: [*d[:3], {"networkAttributes": [{"pfocrId": "x", "colour": "red"}]}, *d[4:]],
     "Network attribute colour is not declared."),
])
def test_cx2_import_rules_answer_412(p4c: ModuleType, server: CyRestServer, damage: Any, message: str) -> None:
    with pytest.raises(p4c.CyError) as caught:
        post_cx2(p4c, server, damage(make_cx2()))
    assert str(caught.value).startswith("In cyrest_post(): Could not parse the given network JSON: ")
    assert message in str(caught.value)
    assert server.session.networks == {}


def test_style_titles_are_deduplicated_case_insensitively(p4c: ModuleType, server: CyRestServer) -> None:
    base = f"{server.url}/v1"
    assert p4c.create_visual_style("pfocr", base_url=base) == {"title": "pfocr"}
    assert p4c.create_visual_style("PFOCR", base_url=base) == {"title": "PFOCR_0"}
    with pytest.raises(p4c.CyError, match='Cannot use non-existent visual style "nope"'):
        p4c.set_visual_style("nope", network=post_cx2(p4c, server, cy.desktop_cx2(make_cx2())), base_url=base)


def test_style_values_that_do_not_parse_are_dropped(p4c: ModuleType, server: CyRestServer) -> None:
    mappings = [{"mappingType": "discrete", "mappingColumn": "interaction", "mappingColumnType": "String",
                 "visualProperty": "EDGE_TARGET_ARROW_SHAPE",
                 "map": [{"key": "inhibits", "value": "tee"}, {"key": "activates", "value": "DELTA"}]}]
    p4c.create_visual_style("s", defaults={"NODE_SHAPE": "round-rectangle", "EDGE_WIDTH": "2"},
                            mappings=mappings, base_url=f"{server.url}/v1")
    style = server.session.styles["s"]
    assert style.defaults == {"EDGE_WIDTH": "2"}
    assert style.mappings["EDGE_TARGET_ARROW_SHAPE"]["map"] == [{"key": "activates", "value": "DELTA"}]


def test_views_fit_layout_and_tables(p4c: ModuleType, server: CyRestServer) -> None:
    base = f"{server.url}/v1"
    suid = post_cx2(p4c, server, cy.desktop_cx2(make_cx2()))
    (view,) = p4c.get_network_views(network=suid, base_url=base)
    p4c.fit_content(network=suid, base_url=base)
    p4c.layout_network("circular", network=suid, base_url=base)
    net = server.session.networks[suid]
    assert (net.views, net.fits, net.layouts) == ([view], 1, ["circular"])
    assert p4c.get_node_count(network=suid, base_url=base) == 3
    names = p4c.get_table_column_names("network", network=suid, base_url=base)
    assert {"SUID", "name", "pfocrId", "labels"} <= set(names)
    nodes = p4c.get_table_columns("node", ["name", "type"], network=suid, base_url=base)
    assert sorted(nodes["name"]) == ["BDNF", "MTOR", "ketamine"]


def test_ci_error_shapes(p4c: ModuleType, server: CyRestServer) -> None:
    base = f"{server.url}/v1"
    with pytest.raises(p4c.CyError, match=r"^In cyrest_delete\(\): Could not find Network with SUID: 999$"):
        p4c.cyrest_delete("networks/999", base_url=base, require_json=False)
    with pytest.raises(p4c.CyError, match=r"Failed to find command namespace: 'nosuch'"):
        p4c.commands_post("nosuch thing", base_url=base)
    with pytest.raises(requests.HTTPError, match="404 Client Error"):
        p4c.cyrest_get("no/such/endpoint", base_url=base)
    reply = requests.get(f"{server.url}/v1/networks/999/views", timeout=5)
    assert reply.status_code == 404
    (error,) = reply.json()["errors"]
    assert error["type"].startswith("urn:cytoscape:ci:") and set(error) == {"status", "type", "message", "link"}


def test_vizmap_file_load_names(p4c: ModuleType, server: CyRestServer, tmp_path: Path) -> None:
    from test_cytoscape import VIZMAP

    path = tmp_path / "pfocr.xml"
    path.write_text(VIZMAP, encoding="utf-8")
    reply = server.route("POST", "/v1/commands/vizmap/load file", {}, {"file": str(path)})
    assert reply == (200, {"data": ["pfocr"], "errors": []})
    again = server.route("POST", "/v1/commands/vizmap/load file", {}, {"file": str(path)})
    assert again[1]["data"] == ["pfocr_0"]
    assert server.session.styles["pfocr"].dependencies == {"nodeSizeLocked": False}
