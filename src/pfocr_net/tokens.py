"""Fine tokens of caption text and the small records that mention finding passes around."""

from __future__ import annotations

import re
from typing import Final, final

from pfocr_net.text import fold_homoglyphs, match_key, remember

#: Runs of letters and digits, with trailing plus signs kept for ions ("Ca2+", "K+").
TOKEN_PATTERN: Final = re.compile(r"[^\W_]+\+*")
#: Spelled-out Greek letters that are also written as their Latin initial ("TGF-beta", "TGFb").
GREEK_INITIAL: Final = re.compile(r"alpha|beta|gamma|delta|epsilon|kappa")


@final
class WordFacts:
    """What depends on a token's word alone, shared by every token of that word: its lookup key, and tests the
    mention stages make of each token, each found the first time a stage asks (-1 until then, else 0 or 1). One
    memo lookup per token in :func:`tokenize` serves them all, where each stage looked its test up per token."""

    __slots__ = ("head", "key", "may_start", "name_start")

    def __init__(self, key: str) -> None:
        self.key = key
        self.may_start = -1  # a global lexicon n-gram can start at the word (mentions._may_start)
        self.name_start = -1  # a name-like word or class noun can start at it (names.name_start_at, word part)
        self.head = -1  # the word may be a phrase head (names._head_key)


@final
class Token:
    """One fine token: its text span, lookup key and word (``text[start:end]``; a plain final class, whose fields
    compiled code reads directly, where a named tuple's go through a descriptor and a boxed int), and the facts
    shared by every token of its word."""

    __slots__ = ("start", "end", "key", "word", "facts")

    def __init__(self, start: int, end: int, key: str, word: str, facts: WordFacts | None = None) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.word = word
        self.facts = word_facts(word) if facts is None else facts


@final
class Mention:
    """A text span grounded to an entity key (``source`` says which text: caption or title).

    A plain final class, not a dataclass: compiled code runs its ``__init__`` natively, where a dataclass's
    generated ``__init__`` is interpreted Python. Equality and repr are the dataclass ones (field by field)."""

    __slots__ = ("start", "end", "key", "text", "source")

    def __init__(self, start: int, end: int, key: str, text: str, source: str = "caption") -> None:
        self.start = start
        self.end = end
        self.key = key
        self.text = text
        self.source = source

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return (self.start, self.end, self.key, self.text, self.source) == (
            other.start, other.end, other.key, other.text, other.source)

    def __repr__(self) -> str:
        return (f"Mention(start={self.start!r}, end={self.end!r}, key={self.key!r}, text={self.text!r}, "
                f"source={self.source!r})")


@final
class Candidate:
    """A caption-only participant that becomes an entity if a relation uses it (a plain final class, like
    :class:`Mention`)."""

    __slots__ = ("key", "name", "type", "represents", "members", "grounding_source")

    def __init__(self, key: str, name: str, type: str, represents: str = "", members: list[str] | None = None,
                 grounding_source: str = "caption") -> None:
        self.key = key
        self.name = name
        self.type = type
        self.represents = represents
        self.members: list[str] = [] if members is None else members
        self.grounding_source = grounding_source

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Candidate):
            return NotImplemented
        return (self.key, self.name, self.type, self.represents, self.members, self.grounding_source) == (
            other.key, other.name, other.type, other.represents, other.members, other.grounding_source)

    def __repr__(self) -> str:
        return (f"Candidate(key={self.key!r}, name={self.name!r}, type={self.type!r}, represents={self.represents!r}, "
                f"members={self.members!r}, grounding_source={self.grounding_source!r})")


def tokenize(text: str) -> list[Token]:
    """Fine tokens of ``text`` (offsets into ``text`` itself): the matches of :data:`TOKEN_PATTERN`, found
    by a plain scan (``[^\\W_]`` is exactly the characters ``str.isalnum`` accepts), which compiled code runs
    without a regex call or a match object per token."""
    tokens: list[Token] = []
    size = len(text)
    i = 0
    while i < size:
        start = i
        while i < size:
            # text[i].isalnum(), an ASCII character told by its code (written in: a function call per character was
            # the cost)
            code = ord(text[i])
            if not (97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57 if code < 128 else text[i].isalnum()):
                break
            i += 1
        if i == start:
            i += 1  # no word starts here
            continue
        while i < size and text[i] == "+":
            i += 1
        word = text[start:i]
        facts = _WORD_FACTS.get(word)
        if facts is None:
            facts = remember(_WORD_FACTS, word, WordFacts(token_key(word)))
        tokens.append(Token(start, i, facts.key, word, facts))
    return tokens


_TOKEN_KEYS: Final[dict[str, str]] = {}
_WORD_FACTS: Final[dict[str, WordFacts]] = {}


def word_facts(word: str) -> WordFacts:
    """The :class:`WordFacts` of one token's word (remembered per word)."""
    facts = _WORD_FACTS.get(word)
    return remember(_WORD_FACTS, word, WordFacts(token_key(word))) if facts is None else facts


def token_key(token: str) -> str:
    """Lookup key of one token: folded, Greek spelled out, plus signs kept."""
    key = _TOKEN_KEYS.get(token)
    return remember(_TOKEN_KEYS, token, match_key(token) + "+" * token.count("+")) if key is None else key


#: Memo of :func:`form_keys` (a plain dict, which compiled code reads without calling through a cache wrapper).
_FORM_KEYS: Final[dict[str, tuple[str, ...]]] = {}


def form_keys(form: str) -> tuple[str, ...]:
    known = _FORM_KEYS.get(form)
    return remember(_FORM_KEYS, form, _form_keys_uncached(form)) if known is None else known


def _form_keys_uncached(form: str) -> tuple[str, ...]:
    """Lookup keys of a lexicon form: the joined token keys, and a variant with Greek initials."""
    key = "".join(token_key(m.group(0)) for m in TOKEN_PATTERN.finditer(fold_homoglyphs(form)))
    return with_greek_initials(key) if key else ()


def with_greek_initials(key: str) -> tuple[str, ...]:
    """``key``, and its variant with spelled-out Greek letters cut to their initial if that differs."""
    short = GREEK_INITIAL.sub(lambda m: m.group(0)[0], key)
    return (key,) if short == key else (key, short)


