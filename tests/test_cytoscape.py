"""Pushing figure networks into Cytoscape: the real py4cytoscape over real HTTP to a local CyREST stand-in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cyrest_server import CyRestServer, SilentServer, Style, free_port

from pfocr_net import cytoscape as cy
from pfocr_net.errors import CytoscapeError, CytoscapeUnavailableError

FIGID = "PMC0000001__fig1"

VIZMAP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<vizmap id="VizMap-test" documentVersion="3.1">
  <visualStyle name="pfocr">
    <network><visualProperty name="NETWORK_BACKGROUND_PAINT" default="#FFFFFF"/></network>
    <node>
      <dependency name="nodeSizeLocked" value="false"/>
      <visualProperty name="NODE_SHAPE" default="ROUND_RECTANGLE">
        <discreteMapping attributeName="type" attributeType="string">
          <discreteMappingEntry attributeValue="chemical" value="ELLIPSE"/>
        </discreteMapping>
      </visualProperty>
      <visualProperty name="NODE_LABEL"><passthroughMapping attributeName="name" attributeType="string"/></visualProperty>
    </node>
    <edge>
      <visualProperty name="EDGE_TARGET_ARROW_SHAPE" default="DELTA">
        <discreteMapping attributeName="interaction" attributeType="string">
          <discreteMappingEntry attributeValue="inhibits" value="T"/>
          <discreteMappingEntry attributeValue="binds" value="NONE"/>
        </discreteMapping>
      </visualProperty>
      <visualProperty name="EDGE_WIDTH" default="2.0">
        <continuousMapping attributeName="weight" attributeType="float">
          <continuousMappingPoint attrValue="0" lesserValue="1.0" equalValue="1.0" greaterValue="1.0"/>
          <continuousMappingPoint attrValue="10" lesserValue="6.0" equalValue="6.0" greaterValue="6.0"/>
        </continuousMapping>
      </visualProperty>
    </edge>
  </visualStyle>
</vizmap>
"""

# A small PFOCR record (trimmed from PMC6335777, CC0) for the builder and the command line.
RECORD = """---
figid: PMC6335777__APS2019-7943481.002
figlink: pmc/articles/PMC6335777/figure/fig2/
number: Figure 2
caption: Effects of ketamine on the glutamatergic synapse. Ketamine inhibits NMDAR.
  mTOR increases p70s6K activity, which promotes BDNF signaling.
pmcid: PMC6335777
papertitle: Ketamine and the synapse.
reftext: A Author, et al. Journal. 2019.
filename: APS2019-7943481.002.jpg
figtitle: Effects of ketamine on the glutamatergic synapse
year: '2019'
organisms:
- Homo sapiens
ndex: ''
genes:
- word: MTOR
  symbol: MTOR
  source: hgnc_symbol
  hgnc_symbol: MTOR
  entrez: '2475'
- word: BDNF
  symbol: BDNF
  source: hgnc_symbol
  hgnc_symbol: BDNF
  entrez: '627'
- word: p70s6K
  symbol: RPS6KB1
  source: hgnc_symbol
  hgnc_symbol: RPS6KB1
  entrez: '6198'
chemicals:
- word: Ketamine
  source: MESH
  identifier: D007649
diseases: []
---
"""


def make_cx2(figid: str = FIGID, name: str = "Figure one", shift: float = 0.0) -> list[dict[str, Any]]:
    """A small CX2 document shaped like the build's output, CX2-named style included."""
    return [
        {"CXVersion": "2.0", "hasFragments": False},
        {"metaData": [{"name": "attributeDeclarations", "elementCount": 1}, {"name": "nodes", "elementCount": 3},
                      {"name": "edges", "elementCount": 2}, {"name": "visualProperties", "elementCount": 1}]},
        {"attributeDeclarations": [{
            "networkAttributes": {"name": {"d": "string"}, "pfocrId": {"d": "string"},
                                  "labels": {"d": "list_of_string"}},
            "nodes": {"name": {"d": "string", "a": "n"}, "type": {"d": "string"},
                      "represents": {"d": "string", "a": "r"}},
            "edges": {"name": {"d": "string"}, "interaction": {"d": "string", "a": "i"},
                      "polarity": {"d": "string"}, "hedged": {"d": "boolean"}},
        }]},
        {"networkAttributes": [{"name": name, "pfocrId": figid, "labels": [figid]}]},
        {"nodes": [
            {"id": 0, "x": 10.0 + shift, "y": 20.0, "v": {"n": "MTOR", "type": "protein", "r": "ncbigene:2475"}},
            {"id": 1, "x": 110.5, "y": -40.25, "v": {"n": "ketamine", "type": "chemical", "r": "mesh:D007649"}},
            {"id": 2, "x": -75.0, "y": 300.0, "v": {"n": "BDNF", "type": "protein", "r": "ncbigene:627"}},
        ]},
        {"edges": [
            {"id": 0, "s": 1, "t": 0, "v": {"name": "ketamine (inhibits) MTOR", "i": "inhibits",
                                            "polarity": "negative", "hedged": False}},
            {"id": 1, "s": 0, "t": 2, "v": {"name": "MTOR (activates) BDNF", "i": "activates",
                                            "polarity": "positive", "hedged": True}},
        ]},
        {"visualProperties": [{"default": {"edge": {"EDGE_TARGET_ARROW_SHAPE": "triangle"}},
                               "edgeMapping": {"EDGE_TARGET_ARROW_SHAPE": {"type": "DISCRETE", "definition": {
                                   "attribute": "interaction", "type": "string",
                                   "map": [{"v": "inhibits", "vp": "tee"}]}}}}]},
        {"visualEditorProperties": [{"properties": {"nodeSizeLocked": False}}]},
        {"status": [{"error": "", "success": True}]},
    ]


@pytest.fixture(scope="module", autouse=True)
def _cache_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """py4cytoscape's log goes under a throwaway cache home for these tests."""
    home = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(home))
        yield home


@pytest.fixture(autouse=True)
def _fresh_py4cytoscape() -> Iterator[None]:
    """Forget py4cytoscape's process-wide notion of where Cytoscape runs, as each test has its own server."""
    yield
    p4c = sys.modules.get("py4cytoscape")
    if p4c is not None:
        from py4cytoscape.py4cytoscape_notebook import (
            ExecutionEnvironment,
            execution_environment,
        )

        execution_environment(ExecutionEnvironment.UNKNOWN)
        p4c.py4cytoscape_sandbox.reset_default_sandbox()


@pytest.fixture
def style_xml(tmp_path: Path) -> Path:
    path = tmp_path / "pfocr.xml"
    path.write_text(VIZMAP, encoding="utf-8")
    return path


@pytest.fixture
def server() -> Iterator[CyRestServer]:
    with CyRestServer() as srv:
        yield srv


@pytest.fixture
def client(server: CyRestServer, style_xml: Path) -> cy.CytoscapeClient:
    return cy.connect(server.url, timeout=20, style=cy.load_desktop_style(style_xml))


def bodies(server: CyRestServer, method: str, prefix: str) -> list[Any]:
    return [r.body for r in server.calls(method, prefix)]


# -- pushing ---------------------------------------------------------------------------------


def test_push_is_one_cx2_import_into_the_collection(server: CyRestServer, client: cy.CytoscapeClient) -> None:
    doc = make_cx2()
    result = client.push(doc, collection="My figures")

    imports = server.calls("POST", "/v1/networks")
    assert len(imports) == 1
    assert imports[0].query == {"format": "cx2", "collection": "My figures", "title": "Figure one"}
    assert not server.calls("PUT", "/v1/networks/") and not server.calls("POST", "/v1/networks/")
    net = server.session.networks[result.suid]
    assert (net.name, net.collection) == ("Figure one", "My figures")
    assert (result.figid, result.name, result.collection, result.replaced) == (FIGID, "Figure one", "My figures", ())
    sent = imports[0].body
    for aspect in ("attributeDeclarations", "networkAttributes", "nodes", "edges", "status"):
        assert [e for e in sent if aspect in e] == [e for e in doc if aspect in e]
    assert doc == make_cx2(), "the caller's document is not modified"


def test_push_keeps_the_build_coordinates_and_fits_the_view(server: CyRestServer, client: cy.CytoscapeClient) -> None:
    result = client.push(make_cx2())
    net = server.session.networks[result.suid]
    names = {row["SUID"]: row["name"] for row in net.node.rows.values()}
    placed = {names[suid]: xy for suid, xy in net.positions.items()}
    assert placed == {"MTOR": (10.0, 20.0), "ketamine": (110.5, -40.25), "BDNF": (-75.0, 300.0)}
    assert net.layouts == []
    assert not server.calls("POST", "/v1/commands/layout")
    assert net.fits == 1


def test_style_is_the_desktop_vizmap_with_cytoscape_value_names(server: CyRestServer,
                                                                client: cy.CytoscapeClient) -> None:
    result = client.push(make_cx2())

    style = server.session.styles["pfocr"]
    assert server.session.networks[result.suid].style == "pfocr" == result.style
    assert style.dropped == []
    assert style.defaults["NODE_SHAPE"] == "ROUND_RECTANGLE"
    assert style.defaults["EDGE_TARGET_ARROW_SHAPE"] == "DELTA"
    arrows = {e["key"]: e["value"] for e in style.mappings["EDGE_TARGET_ARROW_SHAPE"]["map"]}
    assert arrows == {"inhibits": "T", "binds": "NONE"}
    assert style.mappings["EDGE_WIDTH"]["mappingColumnType"] == "Double"
    assert style.mappings["NODE_LABEL"]["mappingType"] == "passthrough"
    assert style.dependencies == {"nodeSizeLocked": False}
    sent = json.dumps(bodies(server, "POST", "/v1/styles"))
    assert "triangle" not in sent and '"tee"' not in sent


def test_cx2_style_aspects_do_not_leave_a_name_style_behind(server: CyRestServer,
                                                            client: cy.CytoscapeClient) -> None:
    client.push(make_cx2())
    client.push(make_cx2())
    client.push(make_cx2("PMC0000002__fig2", name="Figure two"))
    assert list(server.session.styles) == ["default", "pfocr"]
    assert len(server.calls("POST", "/v1/styles")) == 1
    for body in bodies(server, "POST", "/v1/networks"):
        assert not any(key in cy.CX2_STYLE_ASPECTS for element in body for key in element)


def test_repush_replaces_the_figure_instead_of_adding_a_copy(server: CyRestServer,
                                                             client: cy.CytoscapeClient) -> None:
    first = client.push(make_cx2())
    other = client.push(make_cx2("PMC0000002__fig2", name="Figure one"))  # same title, other figure
    second = client.push(make_cx2(shift=5.0))

    assert second.replaced == (first.suid,)
    assert sorted(server.session.networks) == sorted([other.suid, second.suid])
    moved = server.session.networks[second.suid].positions
    assert (15.0, 20.0) in moved.values()
    third = client.push(make_cx2())
    assert third.replaced == (second.suid,)
    assert len(server.session.networks) == 2


def test_repush_after_the_user_deleted_the_network(server: CyRestServer, client: cy.CytoscapeClient) -> None:
    first = client.push(make_cx2())
    del server.session.networks[first.suid]  # closed by hand in the desktop
    second = client.push(make_cx2())
    assert second.replaced == ()
    assert list(server.session.networks) == [second.suid]
    assert not server.calls("DELETE", "/v1/networks")


def test_a_network_closed_while_the_session_is_read_is_skipped(server: CyRestServer, style_xml: Path) -> None:
    style = cy.load_desktop_style(style_xml)
    gone = cy.connect(server.url, style=style).push(make_cx2())
    server.fail[f"/v1/networks/{gone.suid}/tables/defaultnetwork/columns"] = (404, f"Could not find Network with SUID: {gone.suid}")
    result = cy.connect(server.url, style=style).push(make_cx2())
    assert result.replaced == ()


def test_figure_networks_maps_pfocr_ids_to_suids(server: CyRestServer, client: cy.CytoscapeClient) -> None:
    one = client.push(make_cx2())
    two = client.push(make_cx2("PMC0000002__fig2"))
    assert client.figure_networks() == {FIGID: [one.suid], "PMC0000002__fig2": [two.suid]}


def test_repush_finds_figures_pushed_in_an_earlier_run(server: CyRestServer, style_xml: Path) -> None:
    style = cy.load_desktop_style(style_xml)
    old = cy.connect(server.url, style=style).push(make_cx2())
    new = cy.connect(server.url, style=style).push(make_cx2())
    assert new.replaced == (old.suid,)
    assert list(server.session.networks) == [new.suid]
    assert len(server.calls("POST", "/v1/styles")) == 1, "the style already in the session is reused"


def test_a_style_title_differing_only_in_case_is_reused(server: CyRestServer, client: cy.CytoscapeClient) -> None:
    server.session.styles["PFOCR"] = Style("PFOCR")
    result = client.push(make_cx2())
    assert result.style == "PFOCR"
    assert not server.calls("POST", "/v1/styles")
    assert server.session.networks[result.suid].style == "PFOCR"


def test_a_rejected_document_is_reported_and_the_old_copy_kept(server: CyRestServer,
                                                               client: cy.CytoscapeClient) -> None:
    kept = client.push(make_cx2())
    broken = make_cx2()[:-1]  # no closing status aspect
    with pytest.raises(CytoscapeError) as caught:
        client.push(broken)
    message = str(caught.value)
    assert message == (
        f"Cytoscape at {server.url} refused importing {FIGID}: Could not parse the given network JSON: "
        "CX document ends without a 'status' aspect defined"
    )
    assert not isinstance(caught.value, CytoscapeUnavailableError)
    assert list(server.session.networks) == [kept.suid]


def test_undeclared_attribute_error_comes_through(server: CyRestServer, client: cy.CytoscapeClient) -> None:
    doc = make_cx2()
    doc[4]["nodes"][0]["v"]["color"] = "red"
    with pytest.raises(CytoscapeError, match=r"Node attribute color is not declared\.$"):
        client.push(doc)


def test_a_document_without_pfocr_id_is_refused_before_sending(server: CyRestServer,
                                                               client: cy.CytoscapeClient) -> None:
    doc = make_cx2()
    doc[3]["networkAttributes"][0].pop("pfocrId")
    with pytest.raises(CytoscapeError, match="no 'pfocrId' network attribute"):
        client.push(doc)
    assert not server.calls("POST", "/v1/networks")


def test_real_builder_output_is_pushed_with_its_layout(server: CyRestServer, client: cy.CytoscapeClient,
                                                       tmp_path: Path) -> None:
    from pfocr_net.api import build_figure
    from pfocr_net.records import read_record

    path = tmp_path / "record.md"
    path.write_text(RECORD, encoding="utf-8")
    figure = build_figure(read_record(path))
    result = client.push(figure.cx2)

    net = server.session.networks[result.suid]
    assert result.figid == figure.record.figid
    nodes = [n for e in figure.cx2 for n in e.get("nodes", [])]
    assert len(net.node.rows) == len(nodes) > 0
    assert sorted(net.positions.values()) == sorted((float(n["x"]), float(n["y"])) for n in nodes)
    assert net.network.rows[result.suid]["pfocrId"] == figure.record.figid


def test_shipped_style_arrives_whole_in_desktop_terms(server: CyRestServer) -> None:
    result = cy.connect(server.url).push(make_cx2())
    style = server.session.styles[result.style]
    assert result.style == "pfocr" and style.dropped == []
    shipped = cy.load_desktop_style()
    assert len(style.defaults) == len(shipped.defaults) and len(style.mappings) == len(shipped.mappings)
    shapes = {e["value"] for e in style.mappings["NODE_SHAPE"]["map"]}
    arrows = {e["key"]: e["value"] for e in style.mappings["EDGE_TARGET_ARROW_SHAPE"]["map"]}
    assert "ROUND_RECTANGLE" in shapes
    assert (arrows["activates"], arrows["inhibits"], arrows["binds"]) == ("DELTA", "T", "NONE")
    assert style.dependencies["nodeSizeLocked"] is False


def test_shipped_vizmap_converts_without_cx2_value_names() -> None:
    style = cy.load_desktop_style()
    assert style.title == "pfocr"
    values = {d["value"] for d in style.defaults}
    values |= {e["value"] for m in style.mappings for e in m.get("map", [])}
    assert {"DELTA", "T"} <= values
    assert not values & {"triangle", "tee", "round-rectangle", "solid", "dashed", "dotted", "none"}
    assert style.dependencies.get("nodeSizeLocked") is False


# -- reaching Cytoscape ----------------------------------------------------------------------


def test_not_running_is_one_line_telling_what_to_do() -> None:
    port = free_port()
    with pytest.raises(CytoscapeUnavailableError) as caught:
        cy.check_cytoscape(f"http://127.0.0.1:{port}")
    assert str(caught.value) == (
        f"Cytoscape is not running at http://127.0.0.1:{port} (connection refused). Start Cytoscape 3.10 or "
        "later, wait until it has finished loading, and retry (or give CyREST's address with --url)."
    )


def test_not_answering_is_reported_after_one_attempt() -> None:
    with SilentServer() as silent, pytest.raises(CytoscapeUnavailableError,
                                                 match=r"did not answer within 0\.2 s; if it is busy"):
        cy.connect(silent.url, preflight_timeout=0.2)
    assert silent.connections == 1


def test_a_port_that_hangs_up_is_not_cyrest() -> None:
    with SilentServer(close=True) as hangup:
        with pytest.raises(CytoscapeUnavailableError, match="closed the connection without answering"):
            cy.check_cytoscape(hangup.url)
        assert hangup.connections == 1


@pytest.mark.parametrize("version", ["3.9.1", "3.8.2", "2.8.0"])
def test_older_than_3_10_is_refused(version: str) -> None:
    with CyRestServer(version=version) as old:
        with pytest.raises(CytoscapeError) as caught:
            cy.connect(old.url)
        assert str(caught.value) == (
            f"Cytoscape at {old.url} is version {version}; pfocr-net needs 3.10 or later (for CX2 import). "
            "Install a current Cytoscape from https://cytoscape.org and retry."
        )
        assert [r.path for r in old.requests] == ["/v1/version"]


@pytest.mark.parametrize("version", ["3.10.0", "3.10", "3.11.1", "4.0.0"])
def test_3_10_and_later_are_accepted(version: str) -> None:
    with CyRestServer(version=version) as srv:
        assert cy.check_cytoscape(srv.url) == cy.CytoscapeStatus(srv.url, version)


def test_still_starting_is_reported() -> None:
    with CyRestServer(all_apps_started=False) as srv, pytest.raises(CytoscapeUnavailableError) as caught:
        cy.connect(srv.url)
    assert str(caught.value) == (
        f"Cytoscape at {srv.url} is still starting (its apps are loading). Wait until it has finished loading, "
        "then retry."
    )
    assert [r.path for r in srv.requests] == ["/v1/version", "/v1"]


def test_something_else_on_the_port_is_not_cyrest() -> None:
    with CyRestServer(version="") as srv, pytest.raises(CytoscapeUnavailableError, match="not as Cytoscape's CyREST"):
        cy.check_cytoscape(srv.url)


def test_a_wedged_desktop_hits_the_call_deadline(server: CyRestServer, style_xml: Path) -> None:
    client = cy.connect(server.url, timeout=0.3, style=cy.load_desktop_style(style_xml))
    server.stall.add("/v1/networks")
    with pytest.raises(CytoscapeUnavailableError,
                       match=r"did not finish listing networks within 0\.3 s; if it is busy or shows a dialog"):
        client.push(make_cx2())


def test_push_figures_stops_once_cytoscape_is_gone(server: CyRestServer, style_xml: Path) -> None:
    class Figure:
        def __init__(self, cx2: list[dict[str, Any]]) -> None:
            self.cx2 = cx2

    client = cy.connect(server.url, timeout=0.3, style=cy.load_desktop_style(style_xml))
    bad = make_cx2("PMC0000003__fig3")[:-1]
    figures = [Figure(make_cx2()), Figure(bad), Figure(make_cx2("PMC0000002__fig2"))]
    results = list(cy.push_figures(client, figures))
    assert [type(r).__name__ for r in results] == ["PushedNetwork", "CytoscapeError", "PushedNetwork"]
    server.stall.add("/v1/networks")
    results = list(cy.push_figures(client, figures))
    assert [type(r).__name__ for r in results] == ["CytoscapeUnavailableError"]


@pytest.mark.parametrize(("given", "root"), [
    ("http://127.0.0.1:1234", "http://127.0.0.1:1234"),
    ("http://127.0.0.1:1234/", "http://127.0.0.1:1234"),
    ("http://127.0.0.1:1234/v1", "http://127.0.0.1:1234"),
    ("127.0.0.1:4321", "http://127.0.0.1:4321"),
    ("http://localhost:1234/v1/", "http://localhost:1234"),
])
def test_url_forms(given: str, root: str) -> None:
    assert cy.root_url(given) == root


@pytest.mark.parametrize("bad", ["ftp://127.0.0.1:1234", "http://127.0.0.1:1234/v2", "http://127.0.0.1:1234?x=1",
                                 "http://127.0.0.1:99999"])
def test_bad_urls_are_refused(bad: str) -> None:
    with pytest.raises(CytoscapeError, match="Cytoscape URL"):
        cy.root_url(bad)


def test_credentials_in_the_url_are_refused_without_echoing_them() -> None:
    with pytest.raises(CytoscapeError) as caught:
        cy.check_cytoscape("http://someone:hunter2secret@127.0.0.1:1234")
    assert "hunter2secret" not in str(caught.value)
    assert "must not contain a user name or password" in str(caught.value)


def test_desktop_cx2_only_drops_style_aspects() -> None:
    doc = make_cx2()
    sent = cy.desktop_cx2(doc)
    assert [next(iter(e)) for e in sent] == [
        "CXVersion", "metaData", "attributeDeclarations", "networkAttributes", "nodes", "edges", "status"]
    assert [m["name"] for m in sent[1]["metaData"]] == ["attributeDeclarations", "nodes", "edges"]
    assert doc == make_cx2()


def test_command_reports_a_bad_record_and_pushes_the_rest(server: CyRestServer, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pfocr_net.cli import cli

    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text(RECORD, encoding="utf-8")
    bad.write_text("---\ncaption: no figure id here\n---\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["cytoscape", str(bad), str(good), "--url", server.url, "--collection", "K"])
    assert result.exit_code == 1
    (suid,) = server.session.networks
    assert result.stdout == (
        f"PMC6335777__APS2019-7943481.002\tSUID {suid}\tEffects of ketamine on the glutamatergic synapse\n")
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {bad}")


# -- containment, in a fresh interpreter as a user runs it -------------------------------------


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def _env(cache: Path, **extra: str) -> dict[str, str]:
    src = str(Path(cy.__file__).resolve().parents[1])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PY4CYTOSCAPE", "JUPYTER_BRIDGE"))}
    env.update(XDG_CACHE_HOME=str(cache), PYTHONPATH=os.pathsep.join([src, env.get("PYTHONPATH", "")]), **extra)
    return env


def test_py4cytoscape_is_contained(tmp_path: Path) -> None:
    cwd, cache = tmp_path / "work", tmp_path / "cache"
    cwd.mkdir()
    script = (
        "import os, sys\n"
        "from pfocr_net.cytoscape import _import_py4cytoscape\n"
        "p4c = _import_py4cytoscape()\n"
        "print(p4c.get_jupyter_bridge_url())\n"
        "print(os.environ.get('PY4CYTOSCAPE_DETAIL_LOGGER_DIR'), os.environ.get('JUPYTER_BRIDGE_URL'))\n"
    )
    done = _run(["-c", script], cwd, _env(cache, JUPYTER_BRIDGE_URL="https://bridge.example"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["http://127.0.0.1:99999", "None https://bridge.example"]
    assert done.stderr == ""
    assert list(cwd.iterdir()) == []
    logs = cache / "pfocr-net" / "py4cytoscape"
    assert (logs / "py4cytoscape.log").is_file()
    assert logs.stat().st_mode & 0o077 == 0


def test_command_line_push_leaves_no_logs_and_no_secret(tmp_path: Path) -> None:
    cwd, cache = tmp_path / "work", tmp_path / "cache"
    cwd.mkdir()
    record = cwd / "record.md"
    record.write_text(RECORD, encoding="utf-8")
    secret = "s3cr3t-canary-7f1"
    env = _env(cache, NDEX_PASSWORD=secret)
    with CyRestServer() as srv:
        port = srv.port
        refused = _run(["-m", "pfocr_net", "cytoscape", "record.md", "--url",
                        f"http://user:{secret}@127.0.0.1:{port}"], cwd, env)
        first = _run(["-m", "pfocr_net", "cytoscape", "record.md", "--url", srv.url], cwd, env)
        again = _run(["-m", "pfocr_net", "cytoscape", "record.md", "--url", srv.url,
                      "--collection", "Ketamine"], cwd, env)
        networks = dict(srv.session.networks)
    assert refused.returncode != 0
    assert secret not in refused.stdout + refused.stderr
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith("error: ")
    assert first.returncode == 0, first.stderr
    assert again.returncode == 0, again.stderr
    (suid,) = networks
    assert networks[suid].collection == "Ketamine"
    assert f"SUID {suid}" in again.stdout
    assert "Effects of ketamine on the glutamatergic synapse" in again.stdout
    assert "replaced SUID" in again.stdout
    assert sorted(p.name for p in cwd.iterdir()) == ["record.md"]
    logged = list((cache / "pfocr-net" / "py4cytoscape").iterdir())
    assert logged, "py4cytoscape logged into the cache folder"
    for path in logged:
        assert secret not in path.read_text(encoding="utf-8", errors="replace")


def test_command_line_not_running_fails_fast_with_one_line(tmp_path: Path) -> None:
    record = tmp_path / "record.md"
    record.write_text(RECORD, encoding="utf-8")
    port = free_port()
    done = _run(["-m", "pfocr_net", "cytoscape", str(record), "--url", f"http://127.0.0.1:{port}"],
                tmp_path, _env(tmp_path / "cache"))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: Cytoscape is not running at http://127.0.0.1:{port} (connection refused).")
    assert done.stderr.count("\n") == 1
    assert not (tmp_path / "cache").exists(), "py4cytoscape was never imported"
