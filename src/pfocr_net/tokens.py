"""Fine tokens of caption text and the small records that mention finding passes around."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat
from typing import NamedTuple

from pfocr_net.text import fold_homoglyphs, match_key

#: Runs of letters and digits, with trailing plus signs kept for ions ("Ca2+", "K+").
TOKEN_PATTERN = re.compile(r"[^\W_]+\+*")
#: Spelled-out Greek letters that are also written as their Latin initial ("TGF-beta", "TGFb").
GREEK_INITIAL = re.compile(r"alpha|beta|gamma|delta|epsilon|kappa")


class Token(NamedTuple):
    """One fine token: its text span and lookup key."""

    start: int
    end: int
    key: str


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
    """Fine tokens of ``text`` (offsets into ``text`` itself).

    Built with ``map`` over the matches and ``tuple.__new__`` (``Token(...)`` runs a Python-level
    ``__new__``): the same tokens, without a Python loop step per token."""
    matches = list(TOKEN_PATTERN.finditer(text))
    fields = zip(map(re.Match.start, matches), map(re.Match.end, matches), map(token_key, map(re.Match.group, matches)))
    return list(map(tuple.__new__, repeat(Token, len(matches)), fields))


@lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """Lookup key of one token: folded, Greek spelled out, plus signs kept."""
    return match_key(token) + "+" * token.count("+")


@cache
def form_keys(form: str) -> tuple[str, ...]:
    """Lookup keys of a lexicon form: the joined token keys, and a variant with Greek initials."""
    key = "".join(token_key(m.group(0)) for m in TOKEN_PATTERN.finditer(fold_homoglyphs(form)))
    return with_greek_initials(key) if key else ()


def with_greek_initials(key: str) -> tuple[str, ...]:
    """``key``, and its variant with spelled-out Greek letters cut to their initial if that differs."""
    short = GREEK_INITIAL.sub(lambda m: m.group(0)[0], key)
    return (key,) if short == key else (key, short)


