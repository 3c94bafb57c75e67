"""Text normalisation for matching OCR words and caption text (the original text is kept elsewhere)."""

from __future__ import annotations

import re
import unicodedata
from typing import Final, TypeVar

# Cyrillic and Greek letters that OCR returns in place of the Latin letters they look like.
_HOMOGLYPHS: Final = str.maketrans(
    {
        # Cyrillic capitals and smalls
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M",
        "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "а": "a", "с": "c", "е": "e",
        "і": "i", "ј": "j", "о": "o", "р": "p", "ѕ": "s", "х": "x", "у": "y", "к": "k", "м": "m",
        "т": "t", "н": "h", "в": "b",
        # Greek capitals that look Latin (small Greek letters are real Greek in captions: α, β, κ)
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        # dashes and minus signs
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00ad": "",
    }
)  # fmt: skip

_GREEK_NAMES: Final = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi",
    "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi", "χ": "chi",
    "ψ": "psi", "ω": "omega",
}  # fmt: skip
_GREEK: Final = re.compile("|".join(_GREEK_NAMES))
_NOT_ALNUM: Final = re.compile(r"[^0-9a-z]+")
_EDGE_PUNCT: Final = re.compile(r"^[\W_]+|[\W_]+$")


def fold_homoglyphs(text: str) -> str:
    """NFKC-normalise and replace Cyrillic/Greek look-alike capitals and odd dashes with ASCII."""
    return unicodedata.normalize("NFKC", text).translate(_HOMOGLYPHS)


#: Memo of :func:`match_key` (a plain dict, which compiled code reads without calling through a cache wrapper).
_MATCH_KEYS: Final[dict[str, str]] = {}


def match_key(text: str) -> str:
    known = _MATCH_KEYS.get(text)
    return remember(_MATCH_KEYS, text, _match_key_uncached(text)) if known is None else known


def _match_key_uncached(text: str) -> str:
    """A key for comparing names: homoglyphs folded, Greek letters spelled out, case folded,
    everything but letters and digits removed (``"МЕК"``, ``"Mek"`` and ``"MEK-"`` give ``"mek"``)."""
    folded = fold_homoglyphs(text).casefold()
    folded = _GREEK.sub(lambda m: _GREEK_NAMES[m.group(0)], folded)
    return _NOT_ALNUM.sub("", folded)


K = TypeVar("K")
V = TypeVar("V")
#: Entries a per-word memo keeps before it starts afresh (the size of the caches it replaces).
MEMO_LIMIT: Final = 65536


def remember(memo: dict[K, V], key: K, value: V) -> V:
    """Store ``value`` under ``key`` in a per-word memo and return it. A memo is a plain dict, which compiled
    code reads without calling through a cache wrapper; one that reached :data:`MEMO_LIMIT` entries starts
    afresh."""
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


#: Words and names as written and their ``casefold()`` (the same words recur within a caption and across records).
_FOLDED: Final[dict[str, str]] = {}


def folded(text: str) -> str:
    """``text.casefold()``, from a per-text memo: compiled, a dict lookup where the method call was the cost."""
    found = _FOLDED.get(text)
    return remember(_FOLDED, text, text.casefold()) if found is None else found


def score_key(text: str) -> str:
    """The gold-scoring comparison form: NFKC, case folded, only letters and digits kept."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def clean_word(word: str) -> str:
    """An OCR word with look-alike letters folded and leading/trailing punctuation removed."""
    return _EDGE_PUNCT.sub("", fold_homoglyphs(word).strip())
