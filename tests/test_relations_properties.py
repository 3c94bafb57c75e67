"""Property tests: the extractor never fails on arbitrary text and every span it reports is what it claims."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pfocr_net.model import Entity, Record
from pfocr_net.relations import extract

_WORDS = [
    "AKT", "mTOR", "BDNF", "NMDAR", "NMDA receptor", "TrkB", "ERK", "(S)-ketamine", "glutamate", "p70s6K",
    "activates", "inhibits", "increases", "is activated by", "leads to", "resulting in", "via", "through",
    "which", "and", ",", ";", ".", "(", ")", "-", "/", "signalling", "pathway", "activation of", "inhibition of",
    "acts as an", "antagonist", "may", "not", "independent of", "secondary to", "X-induced", "complex",
    "binds", "cleaves", "α", "β", "κB", "NF-κB", "the", "release", "phosphorylation", "\u2013", "  ",
]  # fmt: skip


def _entities() -> list[Entity]:
    return [
        Entity(key="fplx:AKT", name="AKT", type="proteinfamily", words=["AKT", "Akt"]),
        Entity(key="ncbigene:2475", name="MTOR", type="protein", words=["mTOR"], aliases=["hgnc.symbol:MTOR"]),
        Entity(key="ncbigene:627", name="BDNF", type="protein", words=["BDNF"]),
        Entity(key="chebi:14321", name="glutamate", type="smallmolecule", words=["glutamate"]),
        Entity(key="fplx:ERK", name="ERK", type="proteinfamily", words=["ERK"]),
    ]


def _check(caption: str, title: str) -> None:
    record = Record(figid="PMC1__prop", path=Path("prop.txt"), caption=caption, title=title)
    given_entities = _entities()
    found = extract(record, given_entities)
    by_key = {e.key: e for e in found.entities}
    assert [e.key for e in found.entities[: len(given_entities)]] == [e.key for e in given_entities]
    assert len(by_key) == len(found.entities)
    for rel in found.relations:
        assert rel.subject in by_key and rel.object in by_key
        for key, span in ((rel.subject, rel.subject_span), (rel.object, rel.object_span)):
            if span is not None:
                start, end = span
                assert 0 <= start < end <= len(caption)
                assert caption[start:end] in by_key[key].mentions
        if rel.trigger_span is not None:
            assert caption[rel.trigger_span[0] : rel.trigger_span[1]] == rel.trigger
        assert rel.sentence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.text(max_size=80))
def test_arbitrary_text_never_fails(caption: str, title: str) -> None:
    _check(caption, title)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40), st.lists(st.sampled_from(_WORDS), max_size=10))
def test_caption_like_text_spans_are_what_they_claim(words: list[str], title_words: list[str]) -> None:
    _check(" ".join(words), " ".join(title_words))
