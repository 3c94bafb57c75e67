"""Fine tokens of caption text and the small records that mention finding passes around."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Final, final

from pfocr_net.text import fold_homoglyphs, match_key, remember

#: Runs of letters and digits, with trailing plus signs kept for ions ("Ca2+", "K+").
TOKEN_PATTERN: Final = re.compile(r"[^\W_]+\+*")
#: Spelled-out Greek letters that are also written as their Latin initial ("TGF-beta", "TGFb").
GREEK_INITIAL: Final = re.compile(r"alpha|beta|gamma|delta|epsilon|kappa")


@final
class Token:
    """One fine token: its text span and lookup key (a plain final class, whose fields compiled code reads
    directly, where a named tuple's go through a descriptor and a boxed int)."""

    __slots__ = ("start", "end", "key")

    def __init__(self, start: int, end: int, key: str) -> None:
        self.start = start
        self.end = end
        self.key = key


@dataclass(slots=True)
class Mention:
    """A text span grounded to an entity key (``source`` says which text: caption or title)."""

    start: int
    end: int
    key: str
    text: str
    source: str = "caption"


@dataclass(slots=True)
class Candidate:
    """A caption-only participant that becomes an entity if a relation uses it."""

    key: str
    name: str
    type: str
    represents: str = ""
    members: list[str] = field(default_factory=list)
    grounding_source: str = "caption"


def tokenize(text: str) -> list[Token]:
    """Fine tokens of ``text`` (offsets into ``text`` itself): the matches of :data:`TOKEN_PATTERN`, found
    by a plain scan (``[^\\W_]`` is exactly the characters ``str.isalnum`` accepts), which compiled code runs
    without a regex call or a match object per token."""
    tokens: list[Token] = []
    size = len(text)
    i = 0
    while i < size:
        if not text[i].isalnum():
            i += 1
            continue
        start = i
        i += 1
        while i < size and text[i].isalnum():
            i += 1
        while i < size and text[i] == "+":
            i += 1
        tokens.append(Token(start, i, token_key(text[start:i])))
    return tokens


_TOKEN_KEYS: Final[dict[str, str]] = {}


def token_key(token: str) -> str:
    """Lookup key of one token: folded, Greek spelled out, plus signs kept."""
    key = _TOKEN_KEYS.get(token)
    return remember(_TOKEN_KEYS, token, match_key(token) + "+" * token.count("+")) if key is None else key


@cache
def form_keys(form: str) -> tuple[str, ...]:
    """Lookup keys of a lexicon form: the joined token keys, and a variant with Greek initials."""
    key = "".join(token_key(m.group(0)) for m in TOKEN_PATTERN.finditer(fold_homoglyphs(form)))
    return with_greek_initials(key) if key else ()


def with_greek_initials(key: str) -> tuple[str, ...]:
    """``key``, and its variant with spelled-out Greek letters cut to their initial if that differs."""
    short = GREEK_INITIAL.sub(lambda m: m.group(0)[0], key)
    return (key,) if short == key else (key, short)


