"""The validator's whole-aspect screens never hide a problem the element-by-element check reports."""

from __future__ import annotations

import copy
import enum
import json
import uuid
from collections.abc import Callable

import pytest
from conftest import KETAMINE_SEED

from pfocr_net.api import build_figure
from pfocr_net.records import read_record
from pfocr_net.validate import validate_cx2


class Shade(enum.Enum):
    DARK = "#000000"


@pytest.fixture(scope="module")
def good() -> list[dict]:
    doc = json.loads(json.dumps(build_figure(read_record(KETAMINE_SEED)).cx2))
    assert validate_cx2(doc) == []
    return doc


def _aspect(doc: list[dict], name: str) -> list:
    return next(item[name] for item in doc if name in item)


def _first_edge_values(doc: list[dict]) -> dict:
    return _aspect(doc, "edges")[0]["v"]


BREAKERS: list[tuple[str, Callable[[list[dict]], None], str]] = [
    ("span item not an integer", lambda d: _first_edge_values(d).update(subject_span=[0, "5"]), "can not be cast to integer"),
    ("span item a boolean", lambda d: _first_edge_values(d).update(subject_span=[True, 5]), "can not be cast to integer"),
    ("span item NaN", lambda d: _first_edge_values(d).update(subject_span=[0, float("nan")]), "NaN or Infinity"),
    ("year as text", lambda d: _aspect(d, "networkAttributes")[0].update(publicationYear="2001"), "can not be cast to integer"),
    ("string list with a number", lambda d: _aspect(d, "nodes")[1]["v"].update(pfocr_words=["a", 1]), "Incorrect data type found in list"),
    ("boolean as 1", lambda d: _first_edge_values(d).update(hedged=1), "is not a boolean type"),
    ("undeclared NaN value", lambda d: _aspect(d, "nodes")[2]["v"].update(score=float("inf")), "Attribute score is not declared"),
    ("duplicate edge id", lambda d: _aspect(d, "edges").append(copy.deepcopy(_aspect(d, "edges")[0])), "Duplicate Id 0 found in aspect edges"),
    ("edge id text", lambda d: _aspect(d, "edges")[0].update(id="0"), "Edge id, source (s) or target (t)"),
    ("node id boolean", lambda d: _aspect(d, "nodes")[0].update(id=True), "Node id is missing"),
    ("infinite z coordinate", lambda d: _aspect(d, "nodes")[0].update(z=float("inf")), "Coordinate z of node"),
    ("unknown edge key", lambda d: _aspect(d, "edges")[0].update(label="x"), "Unrecognized field 'label' on an edge"),
    ("alias declared", lambda d: _aspect(d, "attributeDeclarations")[0]["nodes"]["name"].update(a="n"), ""),
    ("style value a UUID", lambda d: _aspect(d, "visualProperties")[0]["default"]["edge"].update(EDGE_WIDTH=uuid.uuid4()), "a value is not JSON"),
    ("style value an enum", lambda d: _aspect(d, "visualProperties")[0]["default"]["node"].update(NODE_BORDER_COLOR=Shade.DARK), "a value is not JSON"),
    ("style value a tuple is fine", lambda d: _aspect(d, "visualEditorProperties")[0].update(extra=(1, 2)), ""),
    ("declaration default NaN", lambda d: _aspect(d, "attributeDeclarations")[0]["edges"]["hedged"].update(v=float("nan")), "NaN or Infinity"),
]


@pytest.mark.parametrize(("label", "breaker", "message"), BREAKERS, ids=[b[0] for b in BREAKERS])
def test_screens_pass_problems_on(good: list[dict], label: str, breaker: Callable[[list[dict]], None], message: str) -> None:
    doc = copy.deepcopy(good)
    breaker(doc)
    problems = validate_cx2(doc)
    if message:
        assert any(message in problem for problem in problems), problems
    else:
        assert problems == [], problems


def test_integer_node_coordinates_are_valid(good: list[dict]) -> None:
    doc = copy.deepcopy(good)
    for node in _aspect(doc, "nodes"):
        node["x"], node["y"] = int(node["x"]), int(node["y"])
    assert validate_cx2(doc) == []
