"""The hand-written character scans give exactly what the regexes they replace give, on real captions and on
arbitrary text (tokens for mention finding, word units for reading, sentence-end candidates)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pfocr_net.model import Record
from pfocr_net.patterns import _word_units
from pfocr_net.records import read_records
from pfocr_net.relations import _sentence_candidates
from pfocr_net.tokens import TOKEN_PATTERN, token_key, tokenize

FIXTURES = Path(__file__).parent / "fixtures"
#: Word units: letters joined by an apostrophe or hyphen, digit runs, single marks.
UNIT = re.compile(r"[A-Za-z]+(?:['\u2019\u2010\u2011-][A-Za-z]+)*|[0-9]+|[,;:()/\-\u2010\u2013\u2014]")
#: Where a sentence end can begin: after ".", "!" or "?", or at the white space before a panel label.
SENTENCE_CANDIDATE = re.compile(r"[.!?]|\s+\([A-Ha-h]\)")
#: Characters that the scans treat specially, mixed with arbitrary ones.
TRICKY = st.text(alphabet=st.sampled_from(list("aZ9+-'’‐‑–—,;:()/.!? \t\nα²Ⅳ_(B)(h)(I)")) | st.characters(), max_size=60)


def _captions() -> list[str]:
    folders = sorted({p.parent for p in FIXTURES.rglob("*.md") if p.parent.name != "_data"})
    texts = [t for r in read_records(folders) if isinstance(r, Record) for t in (r.caption, r.title) if t]
    assert len(texts) > 100
    return texts


def _same_tokens(text: str) -> None:
    expected = [(m.start(), m.end(), token_key(m.group()), m.group()) for m in TOKEN_PATTERN.finditer(text)]
    assert [(t.start, t.end, t.key, t.word) for t in tokenize(text)] == expected, repr(text)


def _same_units(text: str) -> None:
    expected = [(m.start(), m.end()) for m in UNIT.finditer(text)]
    assert [(u.start, u.end) for u in _word_units(text, 0, len(text))] == expected, repr(text)


def _same_candidates(text: str) -> None:
    expected = [m.end() if len(m.group()) == 1 else m.start() for m in SENTENCE_CANDIDATE.finditer(text)]
    assert _sentence_candidates(text) == expected, repr(text)


def test_scans_match_the_regexes_on_every_fixture_caption() -> None:
    for text in _captions():
        _same_tokens(text)
        _same_units(text)
        _same_candidates(text)


@settings(max_examples=300, deadline=None)
@given(TRICKY)
def test_scans_match_the_regexes_on_arbitrary_text(text: str) -> None:
    _same_tokens(text)
    _same_units(text)
    _same_candidates(text)
