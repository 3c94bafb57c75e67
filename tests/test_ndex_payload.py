"""What the uploader sends: validated CX2 stamped with the figure id, a content hash and a token."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from ndex_server import tiny_cx2, validate_cx2

from pfocr_net.api import FigureNetwork, iter_figures
from pfocr_net.errors import NdexError, NetworkValidationError
from pfocr_net.model import Extraction, Record
from pfocr_net.ndex import HASH_ATTRIBUTE, TOKEN_ATTRIBUTE, content_hash, prepare

FIXTURES = Path(__file__).parent / "fixtures" / "ndex"


def figure(figid: str, doc: list[dict[str, object]]) -> FigureNetwork:
    return FigureNetwork(Record(figid=figid, path=Path(f"{figid}.md")), Extraction([], []), doc)


def attributes(body: bytes) -> dict[str, object]:
    return next(a["networkAttributes"][0] for a in json.loads(body) if "networkAttributes" in a)


def test_real_figures_are_accepted_by_server_rules_with_identity_attributes() -> None:
    for item in iter_figures([FIXTURES / "site", FIXTURES / "seeds"]):
        assert isinstance(item, FigureNetwork)
        payload = prepare(item)
        body = payload.body("token-1")
        info = validate_cx2(body)  # the local server's copy of the NDEx loading rules
        props = {p["predicateString"]: p["value"] for p in info["properties"]}
        assert props["pfocrId"] == item.record.figid
        assert props[HASH_ATTRIBUTE] == payload.digest and props[TOKEN_ATTRIBUTE] == "token-1"
        assert (info["nodeCount"], info["edgeCount"]) == (payload.nodes, payload.edges)


def test_hash_ignores_token_and_key_order_but_not_content() -> None:
    doc = tiny_cx2("f1", nodes=3)
    first = prepare(figure("f1", doc))
    reordered = [dict(reversed(list(aspect.items()))) for aspect in copy.deepcopy(doc)]
    assert prepare(figure("f1", reordered)).digest == first.digest
    assert content_hash(json.loads(first.body("a"))) == content_hash(json.loads(first.body("b"))) == first.digest
    assert prepare(figure("f1", tiny_cx2("f1", nodes=4))).digest != first.digest


def test_figure_id_is_added_or_must_match() -> None:
    doc = tiny_cx2("f1")
    for aspect in doc:
        if "networkAttributes" in aspect:
            del aspect["networkAttributes"][0]["pfocrId"]
    assert attributes(prepare(figure("f1", doc)).body("t"))["pfocrId"] == "f1"
    with pytest.raises(NdexError, match="pfocrId"):
        prepare(figure("f2", tiny_cx2("f1")))


def test_invalid_cx2_is_refused_locally() -> None:
    doc = tiny_cx2("f1")
    doc[-2]["edges"][0]["t"] = 99
    with pytest.raises(NetworkValidationError):
        prepare(figure("f1", doc))
