"""Hedge and negation cues in caption clauses, and figure-level hedges from titles."""

from __future__ import annotations

import re
from typing import Final

from pfocr_net import lexicon

_WORD: Final = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")


def words(text: str) -> list[str]:
    """Lower-case words of a text."""
    return [w.casefold() for w in _WORD.findall(text)]


def _phrases(tokens: list[str], phrases: tuple[tuple[str, ...], ...], present: set[str]) -> list[str]:
    found: list[str] = []
    for phrase in phrases:
        if not present.issuperset(phrase):
            continue
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) == phrase:
                found.append(" ".join(phrase))
                break
    return found


def clause_cues(text: str) -> tuple[list[str], list[str]]:
    """Hedge cues (modals, "potentially", "is thought to", ...) and negation cues ("not", "fails", "n't",
    ...) of one clause, from one pass over its words."""
    found = _WORD.findall(text)
    return _hedges(list(map(str.casefold, found))), _negations(found, text)


def _hedges(tokens: list[str]) -> list[str]:
    present = set(tokens)
    cues = [] if present.isdisjoint(lexicon.HEDGE_WORDS) else [w for w in tokens if w in lexicon.HEDGE_WORDS]
    cues.extend(_phrases(tokens, lexicon.HEDGE_PHRASES, present))
    return list(dict.fromkeys(cues))


#: "via the ADP receptor P2Y12 (not P2Y1)": a parenthetical contrast negates the alternative it names only;
#: "(data not shown)", "(not depicted)": a note on the figure negates nothing.
_CONTRAST: Final = re.compile(r"\((?:but\s+)?not\b[^()]*(?:\[[^\]]*\][^()]*)*\)"
                       r"|\((?:data\s+|are\s+|is\s+)?not\s+(?:shown|depicted|illustrated|drawn|pictured)\)")


#: "not only ... but also", "not least", "whether or not": a "not" that negates no statement.
_NOT_NEGATING: Final = re.compile(r"\bnot\s+(?:only|just|merely|least)\b|\bwhether\s+or\s+not\b")


def _negations(found: list[str], text: str) -> list[str]:
    if "(" in text and _CONTRAST.search(text):
        text = _CONTRAST.sub(" ", text)
        found = _WORD.findall(text)
    if "not" in found and _NOT_NEGATING.search(text):
        found = _WORD.findall(_NOT_NEGATING.sub(" ", text))
    # Negation words are lower case, so only words written in lower case can be one.
    cues = [] if lexicon.NEGATION_WORDS.isdisjoint(found) else [w for w in found if w in lexicon.NEGATION_WORDS]
    if "n't" in text:
        cues.append("n't")
    return list(dict.fromkeys(cues))


def figure_hedge(title: str, caption: str) -> str | None:
    """The cue if the title or the caption's opening phrase presents the figure as proposed/hypothesised."""
    opening = re.split(r"(?<=[.:])\s", caption.strip(), maxsplit=1)[0] if caption else ""
    for text in (title, opening):
        tokens = words(text)
        for i, token in enumerate(tokens):
            if token in lexicon.FIGURE_HEDGES and any(t in lexicon.FIGURE_HEDGE_NOUNS for t in tokens[i + 1 : i + 8]):
                return token
    return None
