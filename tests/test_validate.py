"""The local validator rejects what the NDEx server would reject, with the server's wording."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest
from conftest import KETAMINE_SEED

from pfocr_net.api import build_figure
from pfocr_net.errors import NetworkValidationError
from pfocr_net.records import read_record
from pfocr_net.validate import check_cx2, validate_cx2


@pytest.fixture(scope="module")
def good() -> list[dict]:
    return json.loads(json.dumps(build_figure(read_record(KETAMINE_SEED)).cx2))


def _aspect(doc: list[dict], name: str) -> list:
    return next(item[name] for item in doc if name in item)


def _index(doc: list[dict], name: str) -> int:
    return next(i for i, item in enumerate(doc) if name in item)


def _move_declarations_after_nodes(doc: list[dict]) -> None:
    declarations = doc.pop(_index(doc, "attributeDeclarations"))
    doc.insert(_index(doc, "nodes") + 1, declarations)


def _status_not_last(doc: list[dict]) -> None:
    doc.insert(2, doc.pop())


def _edge_to_missing_node(doc: list[dict]) -> None:
    _aspect(doc, "edges").append({"id": 0, "s": 0, "t": 9999, "v": {}})
    doc[1]["metaData"].append({"elementCount": 1, "name": "edges"})


BROKEN: list[tuple[str, Callable[[list[dict]], None], str]] = [
    ("no CXVersion first", lambda d: d.pop(0), "expected to CX version object"),
    ("status missing", lambda d: d.pop(), "no status aspect"),
    ("status not last", _status_not_last, "status aspect must be last"),
    ("status failure", lambda d: d[-1].update(status=[{"error": "boom", "success": False}]), "Error status"),
    ("declarations after use", _move_declarations_after_nodes, "is not declared"),
    ("undeclared attribute", lambda d: _aspect(d, "nodes")[0]["v"].update(colour="red"), "Attribute colour is not declared"),
    ("wrong type", lambda d: _aspect(d, "nodes")[0]["v"].update(in_figure="yes"), "is not a boolean type"),
    ("list type", lambda d: _aspect(d, "nodes")[0]["v"].update(alias="x"), "not consistent the declared type list_of_string"),
    ("duplicate node id", lambda d: _aspect(d, "nodes").append(copy.deepcopy(_aspect(d, "nodes")[0])), "Duplicate Id 0"),
    ("edge to missing node", _edge_to_missing_node, "9999 in edges"),
    ("x without y", lambda d: _aspect(d, "nodes")[0].pop("y"), "Coordinate values are missing in node 0"),
    ("coordinates stop", lambda d: [_aspect(d, "nodes")[-1].pop(k) for k in ("x", "y")], "Coordinates missing in node"),
    ("NaN coordinate", lambda d: _aspect(d, "nodes")[0].update(x=float("nan")), "NaN"),
    ("infinite style value", lambda d: _aspect(d, "visualProperties")[0]["default"]["edge"].update(EDGE_WIDTH=float("inf")), "NaN or Infinity"),
    ("unknown node key", lambda d: _aspect(d, "nodes")[0].update(label="x"), "Unrecognized field 'label'"),
    ("name not string", lambda d: _aspect(d, "networkAttributes")[0].update(name=5), "name must be a string"),
    ("element count", lambda d: d[1]["metaData"][0].update(elementCount=7), "Element count mismatch"),
    ("mapping type", lambda d: _aspect(d, "visualProperties")[0]["nodeMapping"]["NODE_SHAPE"].pop("type"), "Mapping type is missing"),
    ("network default", lambda d: _aspect(d, "attributeDeclarations")[0]["networkAttributes"]["name"].update(v="x"), "Declaring default value"),
    ("unknown type", lambda d: _aspect(d, "attributeDeclarations")[0]["nodes"]["name"].update(d="text"), "data type text is not supported"),
]


def test_built_network_is_valid(good: list[dict]) -> None:
    assert validate_cx2(good) == []
    check_cx2(good)


@pytest.mark.parametrize(("label", "breaker", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_documents_are_rejected(good: list[dict], label: str, breaker, message: str) -> None:
    doc = copy.deepcopy(good)
    breaker(doc)
    problems = validate_cx2(doc)
    assert any(message in problem for problem in problems), problems
    with pytest.raises(NetworkValidationError, match="invalid CX2"):
        check_cx2(doc, "PMC1__x")


@pytest.mark.parametrize("doc", [[], {}, "text", [1, 2]])
def test_not_a_cx2_array(doc) -> None:
    assert validate_cx2(doc)


@pytest.mark.parametrize("name", ["values", "_init__", "add", "cyTableColumn"])
def test_unknown_aspects_are_opaque_whatever_their_name(good: list[dict], name: str) -> None:
    doc = copy.deepcopy(good)
    doc.insert(-1, {name: [{"anything": 1}]})
    doc[1]["metaData"].append({"elementCount": 1, "name": name})
    assert validate_cx2(doc) == []
