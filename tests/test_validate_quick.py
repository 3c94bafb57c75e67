"""Documents keep their own style and declarations, and the validator's quick screens pass every problem on."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable

import pytest
from conftest import KETAMINE_SEED

from pfocr_net.api import build_figure
from pfocr_net.records import read_record
from pfocr_net.validate import validate_cx2


@pytest.fixture(scope="module")
def built() -> list[dict]:
    return build_figure(read_record(KETAMINE_SEED)).cx2


def _aspect(doc: list[dict], name: str) -> list:
    return next(item[name] for item in doc if name in item)


def test_each_document_owns_its_style_and_declarations(built: list[dict]) -> None:
    record = read_record(KETAMINE_SEED)
    first, second = build_figure(record).cx2, build_figure(record).cx2
    before = json.dumps(second)
    _aspect(first, "visualProperties")[0]["default"]["node"]["NODE_WIDTH"] = 1
    _aspect(first, "visualProperties")[0]["nodeMapping"].clear()
    _aspect(first, "attributeDeclarations")[0]["nodes"]["name"]["d"] = "integer"
    _aspect(first, "visualEditorProperties")[0]["properties"]["changed"] = True
    assert json.dumps(second) == before
    assert json.dumps(build_figure(record).cx2) == json.dumps(built)


def _node(doc: list[dict]) -> dict:
    return _aspect(doc, "nodes")[0]


def _edge(doc: list[dict]) -> dict:
    return _aspect(doc, "edges")[0]


def _style(doc: list[dict]) -> dict:
    return _aspect(doc, "visualProperties")[0]


def _nest(doc: list[dict], depth: int) -> None:
    value: list = []
    for _ in range(depth):
        value = [value]
    _style(doc)["default"]["network"]["deep"] = value + [float("nan")]


BREAKERS: list[tuple[str, Callable[[list[dict]], None], str]] = [
    ("node z not a number", lambda d: _node(d).update(z="up"), "Coordinate z"),
    ("node z without x", lambda d: (_node(d).pop("x"), _node(d).pop("y"), _node(d).update(z=1.0)), "Coordinate values are missing"),
    ("node x infinite", lambda d: _node(d).update(x=float("inf")), "NaN or Infinity"),
    ("node y missing", lambda d: _node(d).pop("y"), "Coordinate values are missing"),
    ("node id a bool", lambda d: _node(d).update(id=True), "Node id is missing"),
    ("node id repeated", lambda d: _aspect(d, "nodes")[1].update(id=_node(d)["id"]), "Duplicate Id"),
    ("node unknown field", lambda d: _node(d).update(w=1), "Unrecognized field 'w'"),
    ("node value not declared", lambda d: _node(d)["v"].update(extra="x"), "Attribute extra is not declared"),
    ("node alias holds a number", lambda d: _node(d)["v"].update(alias=["a", 1]), "Incorrect data type found in list"),
    ("node name a list", lambda d: _node(d)["v"].update(name=["x"]), "is not a string"),
    ("node in_figure a string", lambda d: _node(d)["v"].update(in_figure="yes"), "is not a boolean"),
    ("edge end missing", lambda d: _edge(d).pop("t"), "source (s) or target (t)"),
    ("edge end unknown", lambda d: _edge(d).update(t=10**6), "missing elements in aspect nodes"),
    ("edge id repeated", lambda d: _aspect(d, "edges")[1].update(id=_edge(d)["id"]), "Duplicate Id"),
    ("edge span a float", lambda d: _edge(d)["v"].update(subject_span=[0, float("nan")]), "NaN or Infinity"),
    ("edge hedged a number", lambda d: _edge(d)["v"].update(hedged=1), "is not a boolean"),
    ("declared twice", lambda d: _aspect(d, "attributeDeclarations").append({"nodes": {"name": {"d": "string"}}}), "declared more than once"),
    ("declared type unknown", lambda d: _aspect(d, "attributeDeclarations")[0]["nodes"].update(n2={"d": "text"}), "data type text"),
    ("network default value", lambda d: _aspect(d, "attributeDeclarations")[0]["networkAttributes"]["name"].update(v="x"), "Declaring default value"),
    ("style NaN", lambda d: _style(d)["default"]["node"].update(NODE_WIDTH=float("nan")), "NaN or Infinity"),
    ("style not JSON", lambda d: _style(d)["default"]["node"].update(NODE_WIDTH={1, 2}), "is not JSON"),
    ("style NaN nested deep", lambda d: _nest(d, 300), "NaN or Infinity"),
    ("editor property infinite", lambda d: _aspect(d, "visualEditorProperties")[0]["properties"].update(x=float("-inf")), "NaN or Infinity"),
]


@pytest.mark.parametrize(("label", "breaker", "message"), BREAKERS, ids=[b[0] for b in BREAKERS])
def test_quick_screens_pass_problems_on(built: list[dict], label: str, breaker: Callable[[list[dict]], None], message: str) -> None:
    doc = copy.deepcopy(built)
    assert validate_cx2(doc) == []
    breaker(doc)
    problems = validate_cx2(doc)
    if message:
        assert any(message in problem for problem in problems), (label, problems)
    else:
        assert problems == [], (label, problems)


def test_valid_values_the_screens_leave_to_the_full_check(built: list[dict]) -> None:
    doc = copy.deepcopy(built)
    _node(doc).update(x=1, y=2)  # integer coordinates
    _style(doc)["default"]["node"]["NODE_WIDTH"] = (96,)  # a tuple writes as a JSON array
    _edge(doc)["v"]["subject_span"] = [0, 2.0]  # a double for an integer attribute: the server accepts it
    assert validate_cx2(doc) == []
