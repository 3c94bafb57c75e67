"""Sentence splitting: the candidate-position search gives exactly what a plain scan with the pattern gives."""

from __future__ import annotations

import random
from pathlib import Path

from pfocr_net.model import Record
from pfocr_net.records import read_records
from pfocr_net.relations import _SENTENCE_END, _sentence_ends

FIXTURES = Path(__file__).parent / "fixtures"
# Characters around which sentence ends are decided: stops, spaces, lower/upper case, digits, Greek, brackets.
_ALPHABET = ["a", "b", "z", "A", "B", "S", "1", "α", "(", ")", ".", "!", "?", " ", " ", "\n", "\t", "x.", "(B) ", "abc."]


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _sentence_ends(text)]


def _reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE_END.finditer(text)]


def test_sentence_ends_match_a_plain_scan_on_random_text() -> None:
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24)))
        assert _spans(text) == _reference(text), repr(text)


def test_sentence_ends_match_a_plain_scan_on_fixture_captions() -> None:
    folders = [p.parent for p in FIXTURES.rglob("*") if p.suffix in {".md", ".txt"} and p.parent.name != "_data"]
    texts = [
        text
        for record in read_records(sorted(set(folders)))
        if isinstance(record, Record)
        for text in (record.caption, record.title)
    ]
    assert texts
    for text in texts:
        assert _spans(text) == _reference(text)
