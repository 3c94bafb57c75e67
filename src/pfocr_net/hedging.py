"""Hedge and negation cues in caption clauses, and figure-level hedges from titles."""

from __future__ import annotations

import re
from typing import Final

from pfocr_net import lexicon


def _is_letter(code: int) -> bool:
    return 97 <= code <= 122 or 65 <= code <= 90  # [A-Za-z]


def _word_list(text: str, lowered: list[str] | None = None) -> list[str]:
    """The words of ``text`` as ``re.findall(r"[A-Za-z]+(?:['\u2019][a-z]+)?", text)`` gives them ("n't" and "'s"
    stay on their word), found by a plain scan over character codes, which compiled code runs without the regex
    engine's per-character cost (tests/test_fastpaths.py checks the scan against the regex). With ``lowered``, each
    word's ``lower()`` is added to it in the same pass: the word itself when the scan saw no capital in it (one
    string, hashed once, for both lists)."""
    found: list[str] = []
    size = len(text)
    i = 0
    while i < size:
        code = ord(text[i])
        if not _is_letter(code):
            i += 1
            continue
        capital = code <= 90
        j = i + 1
        while j < size:
            code = ord(text[j])
            if 97 <= code <= 122:
                j += 1
            elif 65 <= code <= 90:
                capital = True
                j += 1
            else:
                break
        if j + 1 < size and (text[j] == "'" or text[j] == "\u2019") and 97 <= ord(text[j + 1]) <= 122:
            j += 2
            while j < size and 97 <= ord(text[j]) <= 122:
                j += 1
        word = text[i:j]
        found.append(word)
        if lowered is not None:
            lowered.append(word.lower() if capital else word)
        i = j
    return found


def words(text: str) -> list[str]:
    """Lower-case words of a text (ASCII letters, whose ``lower()`` is their ``casefold()``)."""
    lowered: list[str] = []
    _word_list(text, lowered)
    return lowered


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
    lowered: list[str] = []
    found = _word_list(text, lowered)
    return _hedges(lowered), _negations(found, text)  # (ASCII: lower() is casefold())


#: The longest word of each hedge phrase: a clause holding none of them holds no hedge phrase.
_PHRASE_ANCHORS: Final = frozenset(max(phrase, key=len) for phrase in lexicon.HEDGE_PHRASES)


def _hedges(tokens: list[str]) -> list[str]:
    # (one pass of set lookups over a clause's few words, rather than a set built from them to test against)
    cues: list[str] = []
    anchored = False
    for word in tokens:
        if word in lexicon.HEDGE_WORDS:
            cues.append(word)
        if word in _PHRASE_ANCHORS:
            anchored = True
    if anchored:
        cues.extend(_phrases(tokens, lexicon.HEDGE_PHRASES, set(tokens)))
    return list(dict.fromkeys(cues)) if cues else cues


#: "via the ADP receptor P2Y12 (not P2Y1)": a parenthetical contrast negates the alternative it names only;
#: "(data not shown)", "(not depicted)": a note on the figure negates nothing.
_CONTRAST: Final = re.compile(r"\((?:but\s+)?not\b[^()]*(?:\[[^\]]*\][^()]*)*\)"
                       r"|\((?:data\s+|are\s+|is\s+)?not\s+(?:shown|depicted|illustrated|drawn|pictured)\)")


#: "not only ... but also", "not least", "whether or not": a "not" that negates no statement.
_NOT_NEGATING: Final = re.compile(r"\bnot\s+(?:only|just|merely|least)\b|\bwhether\s+or\s+not\b")


def _negations(found: list[str], text: str) -> list[str]:
    if "(" in text and "not" in text and _CONTRAST.search(text):  # (every contrast spells "not")
        text = _CONTRAST.sub(" ", text)
        found = _word_list(text)
    if "not" in text and "not" in found and _NOT_NEGATING.search(text):  # (a word "not" is in the text)
        found = _word_list(_NOT_NEGATING.sub(" ", text))
    # Negation words are lower case, so only words written in lower case can be one.
    cues = [w for w in found if w in lexicon.NEGATION_WORDS]
    if "n't" in text:
        cues.append("n't")
    return list(dict.fromkeys(cues))


_OPENING_END: Final = re.compile(r"(?<=[.:])\s")


def _opening(caption: str) -> str:
    """The caption's opening phrase, as ``_OPENING_END.split(caption.strip(), maxsplit=1)[0]`` gives it: the text
    up to the first white space after a "." or ":", found by ``str.find`` scans for the two marks instead of a
    regex that tries its look-behind at every character of the caption."""
    text = caption.strip()
    end = len(text)
    for mark in (".", ":"):
        at = text.find(mark)
        while 0 <= at < end:
            if text[at + 1 : at + 2].isspace():
                end = at + 1
                break
            at = text.find(mark, at + 1)
    return text[:end]


#: A part of every :data:`lexicon.FIGURE_HEDGES` word: a text whose lower-cased form holds none of them holds no
#: hedge word (every word is ASCII letters, which ``lower()`` keeps in place), so its words are never split out.
_FIGURE_HEDGE_ANCHORS: Final = ("proposed", "hypothe", "putative", "potential", "possible", "speculative", "suggested")


def _may_hold_figure_hedge(text: str) -> bool:
    low = text.lower()
    for anchor in _FIGURE_HEDGE_ANCHORS:
        if anchor in low:
            return True
    return False


def figure_hedge(title: str, caption: str) -> str | None:
    """The cue if the title or the caption's opening phrase presents the figure as proposed/hypothesised."""
    opening = _opening(caption) if caption else ""
    for text in (title, opening):
        if not _may_hold_figure_hedge(text):
            continue
        tokens = words(text)
        for i, token in enumerate(tokens):
            if token in lexicon.FIGURE_HEDGES and any(t in lexicon.FIGURE_HEDGE_NOUNS for t in tokens[i + 1 : i + 8]):
                return token
    return None
