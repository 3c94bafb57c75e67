"""Caption-only effects that no lexicon lists, read from where the caption puts an effect.

"ROS ... promotes the anther indehiscence, which leads to male sterility": right after a causal verb or
connective, a short plain noun phrase whose last word reads as a process or state noun ("indehiscence",
"sterility", "abortion", "lignification") names the effect, although no word list knows it. Such a phrase
becomes a caption-only process or phenotype, and its other occurrences in the text are mentions too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pfocr_net import lexicon
from pfocr_net.tokens import Candidate, Mention, Token, form_keys

if TYPE_CHECKING:
    from pfocr_net.mentions import Grounding

#: Verb stems that state a cause acting on an effect (their inflections are found through lexicon.VERBS).
_CAUSAL_STEMS = (
    "promot", "caus", "induc", "trigger", "enhanc", "inhibit", "suppress", "impair", "disrupt", "prevent",
    "attenuat", "aggravat", "exacerbat", "ameliorat", "alleviat", "improv", "restor", "accelerat", "driv",
    "drove", "affect", "regulat", "modulat", "control", "reduc", "increas", "decreas", "elicit", "evok",
    "provok", "favo", "facilitat", "block", "abolish", "rescu", "reliev", "protect", "worsen", "amplif",
)
#: Connectives whose last word is followed by the effect ("leads to", "results in").
_CONNECTIVE_ENDS = frozenset(p for p in lexicon.FORWARD if p[-1] in {"to", "in", "into"})
#: Endings of process and state nouns ("abortion", "sterility", "indehiscence", "lysis", "damage").
_PROCESS_ENDINGS = ("tion", "sion", "ment", "ity", "ance", "ence", "ness", "sis", "age", "ure", "ism")
_STATE_ENDINGS = ("ity", "ance", "ence", "ness")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "these", "either", "both", "neither"})
#: Words after the phrase that close it.
_CLOSERS = frozenset(
    """and or which that in by via through during with while whereas but as at on to from into upon under
    after before following thereby thus leading resulting causing its their""".split()
)
#: Nouns too vague to name an effect on their own ("affects function", "induces changes").
_VAGUE = frozenset(
    """function functions response responses change changes alteration alterations condition conditions
    situation effect effects process processes mechanism mechanisms outcome outcomes phenotype phenotypes
    status state activity activities level levels expression production signaling signalling pathway
    pathways balance structure structures feature features disease diseases damage performance importance
    presence absence existence occurrence appearance maintenance tolerance resistance sensitivity ability
    capacity quantity quality amount amounts number majority variety""".split()
)
_MAX_WORDS = 3


#: Token keys of the causal verbs' inflections.
_CAUSAL_KEYS = frozenset(k for k in lexicon.VERBS if k.startswith(_CAUSAL_STEMS))
#: (word before, last word) of the connectives whose effect follows ("leads to").
_CONNECTIVE_PAIRS = frozenset(p[-2:] for p in _CONNECTIVE_ENDS if len(p) >= 2)
_TRIGGER_KEYS = _CAUSAL_KEYS | {"to", "in", "into"}


def _words(text: str, tokens: list[Token], i: int) -> list[tuple[int, int, int]]:
    """The space-separated words from token ``i`` on, up to ``_MAX_WORDS + 1`` of them: (start, end, index of
    the word's last token). Tokens joined by a hyphen make one word ("pro-inflammatory"); a word that is not
    lower-case letters (and hyphens) ends the list."""
    out: list[tuple[int, int, int]] = []
    j = i
    while j < len(tokens) and len(out) <= _MAX_WORDS:
        start = tokens[j].start
        while j + 1 < len(tokens) and text[tokens[j].end : tokens[j + 1].start] in {"-", "\u2010"}:
            j += 1
        end = tokens[j].end
        word = text[start:end]
        if not word.replace("-", "").replace("\u2010", "").isalpha() or not word.islower():
            break
        out.append((start, end, j))
        if j + 1 >= len(tokens) or text[end : tokens[j + 1].start] != " ":
            break
        j += 1
    return out


def _closes(text: str, end: int, tokens: list[Token], next_index: int) -> bool:
    """Whether the phrase may end at ``end``: at the text's end, a punctuation mark, or a closing word."""
    rest = text[end : end + 1]
    if rest in {"", ",", ";", ".", ":", ")"}:
        return True
    if rest != " " or next_index >= len(tokens) or tokens[next_index].start != end + 1:
        return False
    return tokens[next_index].key in _CLOSERS


def _modifier_ok(word: str) -> bool:
    return (
        word not in lexicon.EVENT_ADJECTIVES and word not in lexicon.VERBS and word not in lexicon.EVENT_NOUNS
        and word not in lexicon.GENERIC and word not in _DETERMINERS and word not in _CLOSERS
        and not word.endswith("ly") and word not in {"of", "for", "not", "no", "other", "such", "same", "own"}
    )  # fmt: skip


def _head_ok(word: str, alone: bool) -> bool:
    if not word.endswith(_PROCESS_ENDINGS) or len(word) < 6:
        return False
    if word in lexicon.EVENT_NOUNS or word in lexicon.ASPECT_NOUNS or word in lexicon.GENERIC:
        return False
    return not (alone and word in _VAGUE)


def endpoint_phrases(grounding: Grounding, text: str, tokens: list[Token], covered: list[bool]) -> list[Mention]:
    """Mentions of caption-only effects: a plain noun phrase right after a causal verb or connective (and the
    phrases listed with it), with no mention inside, closed by punctuation or a clause word, whose head is a
    process or state noun; plus the other occurrences of the same phrases."""
    found: list[Mention] = []
    n = len(tokens)
    reached = 0
    for index in [x for x, t in enumerate(tokens) if t.key in _TRIGGER_KEYS]:
        key = tokens[index].key
        if index < reached or not (key in _CAUSAL_KEYS or (index >= 1 and (tokens[index - 1].key, key) in _CONNECTIVE_PAIRS)):
            continue
        i = index + 1
        k = i
        while k < n and k - i < 2 and tokens[k].key in _DETERMINERS and text[tokens[k - 1].end : tokens[k].start] == " ":
            k += 1
        while k < n:
            phrase = _phrase_at(text, tokens, covered, k)
            if phrase is None:
                break
            start, end, last = phrase
            found.append(_register(grounding, text, start, end))
            for j in range(k, last + 1):
                covered[j] = True
            # "promoted the anther indehiscence, pollen abortion and ...": listed effects share the verb
            k = last + 1
            if k < n and tokens[k].key in {"and", "or"} and text[tokens[k - 1].end : tokens[k].start] in {" ", ", "}:
                k += 1
            elif not (k < n and text[tokens[k - 1].end : tokens[k].start] == ", "):
                break
        reached = k
    if found:
        found.extend(_other_occurrences(text, tokens, covered, found))
    return found


def _phrase_at(text: str, tokens: list[Token], covered: list[bool], k: int) -> tuple[int, int, int] | None:
    """(start, end, last token) of an effect phrase starting at token ``k``, or None."""
    words = _words(text, tokens, k)
    for size in range(min(len(words), _MAX_WORDS), 0, -1):
        start, end, last = words[0][0], words[size - 1][1], words[size - 1][2]
        if any(covered[j] for j in range(k, last + 1)):
            continue
        if not _closes(text, end, tokens, last + 1):
            continue
        parts = [text[s:e] for s, e, _ in words[:size]]
        head = parts[-1].rsplit("-", 1)[-1]
        if _head_ok(head, size == 1) and all(_modifier_ok(p) for p in parts[:-1]) and parts[-1] not in lexicon.VERBS:
            return start, end, last
    return None


def _register(grounding: Grounding, text: str, start: int, end: int) -> Mention:
    phrase = text[start:end]
    keys = form_keys(phrase)
    key = grounding.local.get(keys[0]) or f"caption:{keys[0]}"
    if key not in grounding.by_key and key not in grounding.candidates:
        node_type = "phenotype" if phrase.endswith(_STATE_ENDINGS) else "biologicalprocess"
        grounding.candidates[key] = Candidate(key=key, name=phrase, type=node_type)
    for k in keys:
        grounding.local.setdefault(k, key)
    return Mention(start, end, key, phrase)


def _other_occurrences(text: str, tokens: list[Token], covered: list[bool], found: list[Mention]) -> list[Mention]:
    """The same phrases of more than one word elsewhere in the text, where no mention covers them ("... which
    leads to male sterility"); a single word there may be part of a longer name ("ISC regeneration")."""
    starts = {t.start: j for j, t in enumerate(tokens)}
    out: list[Mention] = []
    for phrase, key in {m.text: m.key for m in found if " " in m.text}.items():
        position = text.find(phrase)
        while position != -1:
            end = position + len(phrase)
            j = starts.get(position)
            if j is not None and not covered[j] and (end == len(text) or not text[end].isalnum()):
                last = j
                while last + 1 < len(tokens) and tokens[last + 1].start < end:
                    last += 1
                if not any(covered[x] for x in range(j, last + 1)):
                    for x in range(j, last + 1):
                        covered[x] = True
                    out.append(Mention(position, end, key, phrase))
            position = text.find(phrase, end)
    return out
