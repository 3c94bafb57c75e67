"""Shallow reading of one sentence: words and mentions become arguments, events and operators.

An *argument* is one mention or a coordination, chain ("TrkB-Akt-mTORC1 signalling") or complex
("CNTF-CNTFR complex") of mentions. An *event* is an argument with a sign and a kind ("inhibition of
NMDAR" is NMDAR, -1, activity; "BDNF release" is BDNF, +1, amount), possibly with an agent ("activation
of Y by X", "X-induced Y"). *Operators* are verbs, causal connectives, mediators ("via"), relative
pronouns, drug-role nouns and clause breaks. :mod:`pfocr_net.relations` interprets the sequence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from pfocr_net import lexicon
from pfocr_net.mentions import Mention

_UNIT = re.compile(r"[A-Za-z]+(?:['\u2019\u2010\u2011-][A-Za-z]+)*|[0-9]+|[,;:()/\-\u2010\u2013\u2014]")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"})
_SKIPPABLE = frozenset(
    """the a an its their this these that those both either also further then directly indirectly
    subsequently consequently resting postsynaptic presynaptic downstream upstream intracellular
    extracellular transmembrane cellular continuous several various numerous mouse human rat
    respectively each other additional preferential partial specific total some all acute chronic severe mild
    systemic""".split()
)  # fmt: skip
_AGENT_SUFFIXES = frozenset({"mediated", "induced", "dependent", "triggered", "driven", "stimulated",
                             "activated", "derived", "evoked", "elicited", "regulated", "promoted", "controlled"})
_MODIFIER_SUFFIXES = frozenset({"related", "associated", "like", "specific", "responsive", "positive", "negative",
                                "resistant", "loaded", "type", "containing", "expressing", "bound", "linked"})
_AGENT_SIGN = {"mediated": 1, "induced": 1, "dependent": 1, "triggered": 1, "driven": 1, "stimulated": 1,
               "activated": 1, "derived": 1, "evoked": 1, "elicited": 1, "regulated": 0, "promoted": 1, "controlled": 0}
#: Loss-of-function nouns whose lists name several genes ("mutations in vraF, vraG and graR").
_LOSS_NOUNS = frozenset({"mutations", "deletions", "knockouts", "knockdowns"})
_NOT_NOUN_SUBJECTS = frozenset({"thus", "was", "has", "does", "its", "this", "these", "those", "always", "sometimes",
                                "perhaps", "whereas", "towards", "afterwards", "besides", "across", "upstream"})
_HOLDER_NOUNS = frozenset({"effect", "effects", "role", "roles", "ability", "capacity", "function", "functions"})
_LOSS_SUFFIXES = frozenset({"deficient", "null", "knockout", "deleted", "depleted", "silenced", "knockdown", "lacking"})
_CARRIERS = frozenset({"mice", "mouse", "rats", "cells", "animals", "models", "model", "neurons", "hepatocytes",
                       "macrophages", "fibroblasts", "tissues", "tissue", "strains", "strain", "mutants", "plants"})
_WITH_NOUNS = frozenset({"stimulation", "treatment", "exposure", "incubation", "challenge", "infection", "priming"})
_PARTNER_NOUNS = frozenset({"receptor", "receptors", "ligand", "ligands", "partner", "partners", "substrate",
                            "substrates", "coreceptor", "co-receptor"})
_APPOSITION_HEADS = frozenset({"factors", "proteins", "genes", "kinases", "enzymes", "molecules", "cytokines",
                               "mediators", "targets", "effectors", "receptors", "ligands"})
_ENTITY_NOUNS = frozenset({"protein", "proteins", "kinase", "kinases", "enzyme", "enzymes", "factor", "factors",
                           "receptor", "receptors", "molecule", "molecules", "regulator", "regulators", "compound",
                           "compounds", "drug", "drugs", "gene", "genes", "cytokine", "cytokines", "hormone",
                           "hormones", "peptide", "peptides", "transporter", "channel", "ligand", "ligands",
                           "pathway", "pathways", "signaling", "signalling", "cascade", "axis"})
_LOCATION_PREPS = frozenset({"in", "within", "at", "inside", "across", "from", "during", "throughout", "under"})
_CONTEXT_NOUNS = frozenset({"context", "presence", "absence", "setting", "case", "model", "models"})
_NOT_LOCATION = frozenset({"to", "by", "which", "that", "turn", "of", "and", "or", "via", "through", "with"})
_COORD = frozenset({",", "and", "or", "/", "nor"})
_CHAIN_SEPS = frozenset({"-", "\u2013", "\u2014"})
_CHAIN_OR_SLASH = _CHAIN_SEPS | {"/"}
_ABBREVIATION_LED = re.compile(r"^\([^()]+\)(?:\s|$)")
_CLASS_WORDS = frozenset({"kinase", "phosphatase", "permease", "transporter", "protease", "receptor", "ligase",
                          "synthase", "dehydrogenase", "factor", "protein", "enzyme", "channel"})
_NOT_CHAIN_HEADS = frozenset({"cross-linking", "crosslinking", "interaction", "interactions", "binding", "fusion",
                              "ratio", "balance", "heterodimer", "heterodimers", "dimer", "association"})
_COMPLEX_HEADS = frozenset({"complex", "complexes", "heterodimer", "homodimer", "dimer", "dimers"})
#: Multi-word operators other than causal connectives: words -> (op kind, sign, relation kind).
_PHRASE_OPS: dict[tuple[str, ...], tuple[str, int, str]] = {
    ("is", "required", "for"): ("verb", 1, "activity"), ("are", "required", "for"): ("verb", 1, "activity"),
    ("required", "for"): ("verb", 1, "activity"), ("is", "essential", "for"): ("verb", 1, "activity"),
    ("is", "critical", "for"): ("verb", 1, "activity"), ("is", "necessary", "for"): ("verb", 1, "activity"),
    ("is", "important", "for"): ("verb", 1, "activity"), ("depends", "on"): ("back", 1, "activity"),
    ("depend", "on"): ("back", 1, "activity"), ("is", "involved", "in"): ("verb", 0, "regulate"),
    ("are", "involved", "in"): ("verb", 0, "regulate"), ("be", "involved", "in"): ("verb", 0, "regulate"),
    ("involved", "in"): ("verb", 0, "regulate"), ("is", "implicated", "in"): ("verb", 0, "regulate"),
    ("are", "implicated", "in"): ("verb", 0, "regulate"), ("plays", "a", "role", "in"): ("verb", 0, "regulate"),
    ("play", "a", "role", "in"): ("verb", 0, "regulate"), ("protects", "against"): ("verb", -1, "activity"),
    ("protect", "against"): ("verb", -1, "activity"), ("protection", "from"): ("verb", -1, "activity"),
    ("protection", "against"): ("verb", -1, "activity"), ("protects", "from"): ("verb", -1, "activity"),
    ("protect", "from"): ("verb", -1, "activity"), ("protecting", "from"): ("verb", -1, "activity"),
    ("protecting", "against"): ("verb", -1, "activity"),
    ("acts", "against"): ("verb", -1, "activity"), ("act", "against"): ("verb", -1, "activity"),
    ("acting", "against"): ("verb", -1, "activity"), ("interferes", "with"): ("verb", -1, "activity"),
    ("interfere", "with"): ("verb", -1, "activity"), ("interfering", "with"): ("verb", -1, "activity"), ("acts", "on"): ("verb", 0, "regulate"),
    ("act", "on"): ("verb", 0, "regulate"), ("acting", "on"): ("verb", 0, "regulate"),
    ("implicated",): ("implicate", 0, "regulate"), ("implicate",): ("implicate", 0, "regulate"),
    ("implicates",): ("implicate", 0, "regulate"),
    ("acts", "as"): ("actsas", 0, ""), ("act", "as"): ("actsas", 0, ""), ("acting", "as"): ("actsas", 0, ""),
    ("serves", "as"): ("actsas", 0, ""), ("is", "a"): ("actsas", 0, ""), ("is", "an"): ("actsas", 0, ""),
    ("there", "is", "a"): ("skip", 0, ""), ("there", "is", "an"): ("skip", 0, ""), ("there", "is"): ("skip", 0, ""),
    ("there", "are"): ("skip", 0, ""),
    ("accumulate", "in"): ("verb", 0, "accumulate"), ("accumulates", "in"): ("verb", 0, "accumulate"),
    ("accumulated", "in"): ("verb", 0, "accumulate"), ("accumulating", "in"): ("verb", 0, "accumulate"),
    ("move", "into"): ("verb", 0, "transloc"), ("moves", "into"): ("verb", 0, "transloc"),
    ("move", "to"): ("verb", 0, "transloc"), ("moves", "to"): ("verb", 0, "transloc"),
    ("enters", "the"): ("verb", 0, "transloc"), ("enter", "the"): ("verb", 0, "transloc"),
    ("entering", "the"): ("verb", 0, "transloc"),
    ("translocate", "to"): ("verb", 0, "transloc"), ("translocates", "to"): ("verb", 0, "transloc"),
    ("translocated", "to"): ("verb", 0, "transloc"), ("exported", "to"): ("verb", 0, "transloc"),
    ("transported", "into"): ("verb", 0, "transloc"), ("recruited", "to"): ("verb", 0, "transloc"),
    ("requires",): ("back", 1, "activity"), ("require",): ("back", 1, "activity"),
    ("independent", "of"): ("negback", 1, "activity"), ("independently", "of"): ("negback", 1, "activity"),
    ("independent", "from"): ("negback", 1, "activity"), ("is", "the", "result", "of"): ("back", 1, "activity"),
    ("the", "result", "of"): ("back", 1, "activity"), ("target", "of"): ("back", 0, "regulate"),
    ("targets", "of"): ("back", 0, "regulate"), ("along", "with"): ("and", 0, ""),
    ("as", "well", "as"): ("and", 0, ""), ("together", "with"): ("together", 0, ""), ("and", "or"): ("and", 0, ""),
    ("in", "addition", "to"): ("and", 0, ""), ("degrades", "to"): ("verb", 0, "convert"),
    ("converted", "to"): ("pverb", 0, "convert"), ("converted", "into"): ("pverb", 0, "convert"),
    ("fixed", "into"): ("pverb", 0, "convert"),
    ("is", "a", "decoy", "for"): ("verb", -1, "activity"),
    ("synthesized", "from"): ("back", 0, "convert"), ("synthesised", "from"): ("back", 0, "convert"),
    ("generated", "from"): ("back", 0, "convert"), ("produced", "from"): ("back", 0, "convert"),
    ("formed", "from"): ("back", 0, "convert"), ("derived", "from"): ("back", 0, "convert"),
    ("converted", "from"): ("back", 0, "convert"),
    ("couples", "with"): ("verb", 0, "binding"), ("couple", "with"): ("verb", 0, "binding"),
    ("coupled", "with"): ("verb", 0, "binding"), ("coupled", "to"): ("verb", 0, "binding"),
    ("interacts", "with"): ("verb", 0, "binding"), ("interact", "with"): ("verb", 0, "binding"),
    ("associates", "with"): ("verb", 0, "binding"), ("associate", "with"): ("verb", 0, "binding"), ("forms", "a", "complex", "with"): ("verb", 0, "binding"),
    ("form", "a", "complex", "with"): ("verb", 0, "binding"),
    ("complex", "that", "consists", "of"): ("complexof", 0, ""), ("complex", "consisting", "of"): ("complexof", 0, ""),
    ("complex", "composed", "of"): ("complexof", 0, ""), ("complex", "between"): ("complexof", 0, ""),
    ("complexes", "between"): ("complexof", 0, ""), ("complex", "containing"): ("complexof", 0, ""),
    ("complexes", "composed", "of"): ("complexof", 0, ""), ("complex", "comprising"): ("complexof", 0, ""),
}  # fmt: skip
_CONNECTIVES: dict[tuple[str, ...], str] = {
    **{p: "fwd" for p in lexicon.FORWARD},
    **{p: "back" for p in lexicon.BACKWARD},
}
_DESCRIBING = frozenset({"containing", "expressing", "lacking", "carrying", "bearing", "harboring", "harbouring"})
_LIST_FILLERS = frozenset({"and", "or", "the", "human", "mouse", "murine", "rat", "bacterial", "viral", "plant",
                           "also", "both", "either"})
_NOUN_CONTEXT = frozenset({"of", "the", "a", "an", "these", "those", "its", "their", "several", "many", "other",
                           "various", "numerous", "some"})
_MAKING = ("generat", "produc", "synthes", "form", "convert", "mak")
_MODAL_WORDS = frozenset({"can", "may", "might", "could", "will", "would", "should", "must", "also", "then", "not"})
_CONDITION_OPENERS = frozenset({"when", "whenever", "once", "if", "after", "upon", "as", "while", "whereas", "although",
                                "though", "because", "since", "and", "or", "but", "then", "thus", "also", "first"})
_SUBORDINATORS = frozenset({"when", "whenever", "once", "if", "because", "since"})
_INITIAL_ONLY = frozenset({"on", "upon", "following", "after"})
_MULTI = sorted([*_PHRASE_OPS, *_CONNECTIVES], key=len, reverse=True)
_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _MULTI:
    _BY_FIRST_WORD.setdefault(_phrase[0], []).append(_phrase)


@dataclass(slots=True)
class Unit:
    """A word (lower case), a punctuation mark or an entity mention, with offsets in the text.

    A slotted class, not a NamedTuple: attribute reads, by far the commonest use, are twice as fast."""

    kind: str
    text: str
    start: int
    end: int
    key: str = ""


@dataclass(slots=True)
class Arg:
    """Mentions acting as one participant: ``mode`` is single, coord, chain or complex."""

    parts: list[Unit]
    mode: str = "single"
    #: For chains: the successive steps (a slash inside a hyphen chain joins alternatives of one step).
    steps: list[list[Unit]] = field(default_factory=list)
    #: For lists whose members are hyphen chains: each member's chain.
    groups: list[list[Unit]] = field(default_factory=list)
    #: Members that bind each other ("IL-6 and its receptor IL-6R").
    pairs: list[tuple[Unit, Unit]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end

    def as_subject(self) -> list[Unit]:
        """A pathway as subject stands for its last member."""
        if self.groups:
            return [group[-1] for group in self.groups]
        return list(self.steps[-1]) if self.mode == "chain" else self._distinct()

    def as_object(self) -> list[Unit]:
        """A pathway as object stands for its first member."""
        if self.groups:
            return [group[0] for group in self.groups]
        return list(self.steps[0]) if self.mode == "chain" else self._distinct()

    def _distinct(self) -> list[Unit]:
        seen: dict[str, Unit] = {}
        for part in self.parts:
            seen.setdefault(part.key, part)
        return list(seen.values())


@dataclass(slots=True)
class Item:
    """One element of the interpreted sequence: an event (``arg`` set) or an operator."""

    kind: str
    start: int
    end: int
    text: str = ""
    sign: int = 1
    rel: str = "activity"
    arg: Arg | None = None
    agent: Arg | None = None
    agent_sign: int = 1
    mediator: Arg | None = None
    partner: Arg | None = None
    passive: bool = False
    participle: bool = False
    anaphor: bool = False
    explicit: bool = False
    trigger: tuple[int, int] | None = None
    gap: int = 0
    extra: dict[str, object] = field(default_factory=dict)


@lru_cache(maxsize=65536)
def _unit_word(word: str) -> tuple[str, str]:
    """Kind (word or punctuation) and lower-case text of one matched unit."""
    return "W" if word[0].isalnum() else "P", word.casefold().replace("\u2010", "-").replace("\u2011", "-")


def _word_units(text: str, start: int, end: int) -> Iterator[Unit]:
    """Word and punctuation units of ``text[start:end]`` (built with ``map``: no Python loop per unit)."""
    matches = list(_UNIT.finditer(text, start, end))
    if not matches:
        return iter(())
    kinds, words = zip(*map(_unit_word, map(re.Match.group, matches)))
    return map(Unit, kinds, words, map(re.Match.start, matches), map(re.Match.end, matches))


def units_of(text: str, start: int, end: int, mentions: list[Mention]) -> list[Unit]:
    """Words, punctuation and mentions of ``text[start:end]``, with parentheticals that add nothing dropped."""
    units: list[Unit] = []
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    position = start
    for mention in inside + [None]:
        stop = mention.start if mention else end
        units.extend(_word_units(text, position, stop))
        if mention is None:
            break
        units.append(Unit("E", mention.text, mention.start, mention.end, mention.key))
        position = mention.end
    return _drop_parentheticals(units)


def _drop_parentheticals(units: list[Unit]) -> list[Unit]:
    out: list[Unit] = []
    following = 0  # the first unit after a parenthetical already handled
    for i, unit in enumerate(units):
        if i < following:
            continue
        if unit.kind == "W" or (unit.kind == "P" and unit.text != "("):
            out.append(unit)  # only an opening parenthesis and mentions need a closer look
            continue
        if unit.kind == "P":
            depth, j = 1, i + 1
            while j < len(units) and depth:
                if units[j].kind == "P" and units[j].text in "()":
                    depth += 1 if units[j].text == "(" else -1
                j += 1
            inner = units[i + 1 : j - 1]
            keys = {u.key for u in inner if u.kind == "E"}
            previous = out[-1] if out else None
            alias = (  # "cellular redox state (ROS-NO)": a parenthetical naming the same thing again
                previous is not None and previous.kind == "E" and len(keys) > 1
                and all(u.kind == "E" or (u.kind == "P" and u.text in _CHAIN_SEPS) for u in inner)
            )
            if not keys or alias or (previous is not None and previous.kind == "E" and keys == {previous.key}):
                following = j
                continue
            examples = [u.text for u in inner[:2]] in (["e", "g"], ["eg"]) or (inner and inner[0].text in {"including", "such"})
            if examples and previous is not None and previous.kind == "E" and previous.text.islower():
                out.pop()  # "serine/threonine kinases (e.g., MAPK, mTOR)": the class names its members only
            out.append(Unit("P", ",", unit.start, unit.end))
            out.extend(inner)
            out.append(Unit("P", ",", units[j - 1].start, units[j - 1].end))
            following = j
            continue
        if unit.kind == "E" and _ABBREVIATION_LED.match(unit.text):
            back = len(out) - 1
            while back >= 0 and len(out) - back <= 3 and out[back].kind == "W":
                back -= 1
            if back >= 0 and out[back].kind == "E" and (back == len(out) - 1 or out[back].key != unit.key):
                del out[back:]
                out.append(unit)
                continue
        if unit.kind == "E" and out and out[-1].kind == "E" and unit.start - out[-1].end == 1 and out[-1].key != unit.key:
            out[-1] = unit
            continue
        if (unit.kind == "E" and len(out) >= 2 and out[-1].kind == "W" and out[-1].text in _CLASS_WORDS
                and out[-2].kind == "E" and unit.start - out[-1].end == 1 and out[-1].start - out[-2].end == 1):
            del out[-2:]
            out.append(unit)
            continue
        if unit.kind == "E" and out and out[-1].kind == "E" and out[-1].key == unit.key and out[-1].end >= unit.start - 1:
            out[-1] = Unit("E", out[-1].text, out[-1].start, out[-1].end, out[-1].key)
            continue
        out.append(unit)
    return out


def _arg_at(units: list[Unit], i: int, comma_lists: bool = True) -> tuple[Arg, int] | None:
    """The argument starting at ``units[i]`` (a mention) and the index after it."""
    if units[i].kind != "E":
        return None
    parts = [units[i]]
    seps: list[str] = []
    starts = [i]
    pairs: list[tuple[Unit, Unit]] = []
    j = i + 1
    while j < len(units):
        unit = units[j]
        if unit.kind == "P" and unit.text in _CHAIN_OR_SLASH and j + 1 < len(units) and units[j + 1].kind == "E":
            seps.append(unit.text)
            parts.append(units[j + 1])
            starts.append(j + 1)
            j += 2
            continue
        if (unit.text == "and" and _word(units, j + 1) in {"its", "their"} and _word(units, j + 2) in _PARTNER_NOUNS
                and j + 3 < len(units) and units[j + 3].kind == "E"):
            # "IL-6 and its receptor IL-6R": a coordination whose members bind each other
            pairs.append((parts[-1], units[j + 3]))
            seps.append(",")
            parts.append(units[j + 3])
            starts.append(j + 3)
            j += 4
            continue
        if unit.kind in {"P", "W"} and unit.text in _COORD and (comma_lists or unit.text != ","):
            k = j + 1
            while k < len(units) and ((units[k].kind == "W" and units[k].text in _LIST_FILLERS) or
                                      (units[k].kind == "P" and units[k].text == ",")):
                k += 1
            if k < len(units) and units[k].kind == "E" and k - j <= 3:
                seps.append(",")
                parts.append(units[k])
                starts.append(k)
                j = k + 1
                continue
        break
    head = units[j].text if j < len(units) and units[j].kind == "W" else ""
    next_head = units[j + 1].text if j + 1 < len(units) and units[j + 1].kind == "W" else ""
    if next_head not in lexicon.CHAIN_HEADS and j + 2 < len(units) and units[j + 2].kind == "W" and head not in _COMPLEX_HEADS:
        next_head = units[j + 2].text if units[j + 1].kind == "W" else next_head
    if "," in seps and seps[-1] != "," and (head in lexicon.CHAIN_HEADS or next_head in lexicon.CHAIN_HEADS):
        # "JAKs or PI3K/AKT pathway": the list ends before the chain, which is read as its own argument.
        cut = len(seps) - 1
        while cut > 0 and seps[cut - 1] != ",":
            cut -= 1
        if cut >= 1 and seps[cut - 1] == ",":
            if cut == 2 and seps[0] == "/":
                # "PI3K/AKT, and mTOR-HIF1α pathways": the slash pair shares the head and is a chain too.
                return Arg(parts[:2], "chain", [[parts[0]], [parts[1]]]), starts[cut - 1] + 1
            return Arg(parts[:cut], "coord" if cut > 1 else "single", [[p] for p in parts[:cut]]), starts[cut - 1] + 1
        return Arg(parts[: cut + 1], "coord" if cut else "single", [[p] for p in parts[: cut + 1]]), starts[cut] + 1
    induced = (_word(units, j) == "" and j + 1 < len(units) and units[j].text in _CHAIN_SEPS and "/" in seps
               and _word(units, j + 1) in {"induced", "stimulated", "evoked", "triggered", "elicited"})
    if len(parts) > 2 and all(s == "/" for s in seps) and not induced:  # "TNF/EGF/Insulin-Induced": stimuli, no chain
        head = head if head in lexicon.CHAIN_HEADS else "pathway"
    mode = "single"
    if len(parts) > 1:
        mode = "coord"
        chained = not induced and ((all(s in _CHAIN_SEPS for s in seps) and head not in _NOT_CHAIN_HEADS) or (
            all(s in _CHAIN_SEPS | {"/"} for s in seps) and (head in lexicon.CHAIN_HEADS or next_head in lexicon.CHAIN_HEADS)
        ))
        if seps and all(s != "," for s in seps) and (head in _COMPLEX_HEADS or head in {"interaction", "interactions", "binding", "heterodimer", "heterodimers", "dimer"}):
            mode = "complex"
        elif seps and chained and all(s != "," for s in seps) and not all(
            p.text.casefold() in lexicon.PROCESS_WORDS for p in parts
        ):  # "glycolysis/gluconeogenesis pathway": processes side by side, no signalling steps
            mode = "chain"
    steps: list[list[Unit]] = [[parts[0]]]
    if mode == "chain":
        mixed = any(s in _CHAIN_SEPS for s in seps) and "/" in seps
        for sep, part in zip(seps, parts[1:], strict=False):
            if (mixed and sep == "/") or (sep == "/" and _numbered_siblings(steps[-1][-1].text, part.text)):
                steps[-1].append(part)  # "GPR41/GPR43 signaling", "ERK1/ERK2": siblings, not successive steps
            else:
                steps.append([part])
        if len(steps) == 1:
            mode = "coord"
            steps = [[p] for p in parts]
    arg = Arg(parts, mode, steps)
    arg.pairs = pairs
    if mode == "coord" and "," in seps and any(s in _CHAIN_SEPS for s in seps):
        # "Map3k7-Jnk and NF-κB p65": hyphen-joined members of a list are chains of their own.
        groups: list[list[Unit]] = [[parts[0]]]
        for sep, part in zip(seps, parts[1:], strict=False):
            if sep in _CHAIN_SEPS:
                groups[-1].append(part)
            else:
                groups.append([part])
        arg.groups = groups
    return arg, j


_STEM = re.compile(r"^([A-Za-z]{2,})[-\u2010]?(\d+[A-Za-z]?)$")


def _numbered_siblings(a: str, b: str) -> bool:
    """"GPR41" and "GPR43", "SMAD2" and "SMAD3": one stem with different numbers."""
    x, y = _STEM.match(a), _STEM.match(b)
    return x is not None and y is not None and x.group(1).casefold() == y.group(1).casefold() and x.group(2) != y.group(2)


def _word(units: list[Unit], i: int) -> str:
    return units[i].text if 0 <= i < len(units) and units[i].kind == "W" else ""


def _match_multi(units: list[Unit], i: int) -> tuple[tuple[str, ...], int] | None:
    phrases = _BY_FIRST_WORD.get(_word(units, i))
    if not phrases:
        return None
    second = _word(units, i + 1)  # the first word matches by construction; most phrases fail on the second
    for phrase in phrases:
        n = len(phrase)
        if n > 1 and phrase[1] != second:
            continue
        if all(_word(units, i + k) == phrase[k] for k in range(2, n)):
            return phrase, i + n
    return None


def _skip(units: list[Unit], i: int, limit: int = 3) -> int:
    j = i
    while j < len(units) and j - i < limit and units[j].kind == "W" and units[j].text in _SKIPPABLE:
        j += 1
    return j


def _verb_use(units: list[Unit], j: int) -> bool:
    """Whether a word that can be a noun or a verb ("increases", "release") is used as a verb here."""
    if _word(units, j) not in lexicon.VERBS:
        return False
    k = _skip(units, j + 1)
    if _word(units, k) in lexicon.EVENT_ADJECTIVES:
        k += 1
    if _word(units, k) in lexicon.EVENT_NOUNS and _word(units, k + 1) in {"of", "in"}:
        return True  # "WNT3A increases the levels of CTNNB1"
    return k < len(units) and units[k].kind == "E"


#: Words (after the skippable ones and an adjective) that :func:`_event_after` can read on from to a mention.
_EVENT_HEADS = frozenset({*lexicon.EVENT_NOUNS, *_WITH_NOUNS, "its", "their", "interactions"})


def _event_after(units: list[Unit], i: int) -> tuple[Item, int] | None:
    """An event starting at ``units[i]``: "[adj] [noun of] [the] ARG [aspect...] [by ARG]"."""
    if i < len(units) and units[i].kind == "E":
        return _event_at_mention(units, i, i, 1, "activity", False, None)
    if _word(units, i) in {"its", "their"} and _word(units, i + 1) in lexicon.ASPECT_NOUNS:
        aspect = lexicon.ASPECT_NOUNS[_word(units, i + 1)]
        item = Item("event", units[i].start, units[i + 1].end, sign=aspect[0], rel=aspect[1],
                    anaphor=True, explicit=True, trigger=(units[i + 1].start, units[i + 1].end))  # fmt: skip
        return item, i + 2
    j = _skip(units, i)
    sign, rel, explicit, trigger = 1, "activity", False, None
    examples = False
    word = _word(units, j)
    adjective = lexicon.EVENT_ADJECTIVES.get(word)
    if adjective and not (word in lexicon.EVENT_NOUNS and _word(units, j + 1) == "of"):
        sign, rel = adjective
        explicit = True
        trigger = (units[j].start, units[j].end)
        j = _skip(units, j + 1)
        word = _word(units, j)
    if j < len(units) and units[j].kind == "E":
        return _event_at_mention(units, i, j, sign, rel, explicit, trigger)
    if word not in _EVENT_HEADS:
        return None  # neither a mention nor a word the rules below read on from: no event here
    following = _word(units, j + 1)
    if word in lexicon.EVENT_NOUNS and following in {"and", "or"} and _word(units, j + 2) in lexicon.EVENT_NOUNS:
        j += 2
        word, following = _word(units, j), _word(units, j + 1)
    if (word in _HOLDER_NOUNS and following == "of") or (
        following in _HOLDER_NOUNS and _word(units, j + 2) == "of" and word not in lexicon.EVENT_ADJECTIVES
    ):
        return None  # "abolished the protective effect of sulforaphane": the named thing is no target
    if word in {"interaction", "interactions", "association", "complex"} and following == "between":
        found = _arg_at(units, j + 2) if j + 2 < len(units) and units[j + 2].kind == "E" else None
        if found is not None:  # "the interaction between BECN1 and BCL2"
            item = Item("event", units[i].start, found[0].end, sign=1, rel="binding", arg=found[0], explicit=True,
                        trigger=(units[j].start, units[j].end))  # fmt: skip
            return item, found[1]
    noun = lexicon.EVENT_NOUNS.get(word)
    loss_of_function = word in _LOSS_NOUNS
    if word in _WITH_NOUNS and following == "with" and j + 2 < len(units) and units[j + 2].kind == "E":
        # "Upon stimulation with IL1B", "treatment with LPS": the agent applied
        found = _arg_at(units, j + 2, comma_lists=False)
        if found is not None:
            item = Item("event", units[i].start, found[0].end, sign=sign, rel="activity", arg=found[0], explicit=False)
            return item, found[1]
    unclear = word == "disinhibition"
    if noun and (following in {"of", "in"} or (noun[1] == "regulate" and following == "on")):
        sign, rel = (sign, "activity") if noun[0] == 0 and explicit else (sign * noun[0], noun[1])
        explicit = True
        trigger = (units[j].start, units[j].end)
        j = _skip(units, j + 2)
        adjective = lexicon.EVENT_ADJECTIVES.get(_word(units, j))
        if adjective:
            j = _skip(units, j + 1)
    elif word in {"its", "their"} and following in lexicon.ASPECT_NOUNS:
        aspect = lexicon.ASPECT_NOUNS[following]
        item = Item("event", units[j].start, units[j + 1].end, sign=sign * aspect[0], rel=aspect[1],
                    anaphor=True, explicit=True, trigger=(units[j + 1].start, units[j + 1].end))  # fmt: skip
        return item, j + 2
    if explicit and noun and j < len(units) and units[j].kind == "W":
        k = j
        while k < len(units) and k - j < 4 and units[k].kind == "W" and units[k].text not in {"of", "such", "including"}:
            k += 1
        if _word(units, k) == "of" and k + 1 < len(units) and units[k + 1].kind == "E":
            j = k + 1
        elif k > j and k < len(units) and units[k].kind == "P" and units[k].text == "," and _word(units, k + 1) in {"such", "including"}:
            k += 1
        # "release of ligands such as ET-1 ...", "production of inflammatory factors, including IL-6": the examples
        if k > j and _word(units, k) == "such" and _word(units, k + 1) == "as" and k + 2 < len(units) and units[k + 2].kind == "E":
            j, examples = k + 2, True
        elif k > j and _word(units, k) == "including" and k + 1 < len(units) and units[k + 1].kind == "E":
            j, examples = k + 1, True
    if j >= len(units) or units[j].kind != "E":
        return None
    comma_lists = examples or loss_of_function or not (explicit and noun)
    return _event_of_arg(units, i, j, sign, rel, explicit, trigger, comma_lists, unclear)


def _event_at_mention(units: list[Unit], i: int, j: int, sign: int, rel: str, explicit: bool,
                      trigger: tuple[int, int] | None) -> tuple[Item, int] | None:  # fmt: skip
    """:func:`_event_after` when a mention stands at ``units[j]``, where its word rules would look: of those
    only the holder one applies ("X effects of Y")."""
    if _word(units, j + 1) in _HOLDER_NOUNS and _word(units, j + 2) == "of":
        return None
    return _event_of_arg(units, i, j, sign, rel, explicit, trigger, comma_lists=True, unclear=False)


def _event_of_arg(units: list[Unit], i: int, j: int, sign: int, rel: str, explicit: bool,
                  trigger: tuple[int, int] | None, comma_lists: bool, unclear: bool) -> tuple[Item, int] | None:  # fmt: skip
    """The rest of :func:`_event_after` from the argument at ``units[j]`` on: agents, aspects, partners."""
    found = _arg_at(units, j, comma_lists=comma_lists)
    if found is None:
        return None
    arg, j = found
    word = _word(units, j)
    spaced = word in _AGENT_SUFFIXES and (
        _word(units, j + 1) in lexicon.EVENT_NOUNS or (j + 1 < len(units) and units[j + 1].kind == "E")
    )
    if spaced:
        j -= 1  # "NFκB mediated transcription of IL-8": read like "NFκB-mediated"
    if spaced or (word == "" and j < len(units) and units[j].kind == "P" and units[j].text in _CHAIN_SEPS):
        suffix = _word(units, j + 1)
        if suffix in _AGENT_SUFFIXES and _word(units, j + 2) in lexicon.CHAIN_HEADS:
            j += 2
        elif suffix in _LOSS_SUFFIXES and not (j + 2 < len(units) and units[j + 2].kind == "E"):
            # "SIRT3-deficient mice show reduced SOD2 activity": the loss of SIRT3 is the event
            k = j + 2
            while _word(units, k) in _CARRIERS:
                k += 1
            item = Item("event", units[i].start, units[k - 1].end, sign=-sign, rel="amount", arg=arg, explicit=True,
                        trigger=(units[j + 1].start, units[j + 1].end))  # fmt: skip
            return item, k
        elif suffix in _MODIFIER_SUFFIXES:
            return _event_after(units, j + 2)
        elif suffix in _AGENT_SUFFIXES and len(arg.parts) > 1 and arg.mode == "coord" and not (
            units[next(n for n in range(i, len(units)) if units[n] is arg.parts[-1]) - 1].text == "/"
        ):
            # "hepatosteatosis and inflammation-triggered NASH": only the last member is the agent
            # (a slash pair, "VraFG/GraRS-controlled", is one agent).
            last = arg.parts[-1]
            k = next(n for n in range(i, len(units)) if units[n] is last)
            while k > i and units[k - 1].kind != "E":
                k -= 1
            head_arg = Arg(arg.parts[:-1], "coord" if len(arg.parts) > 2 else "single")
            item = Item("event", units[i].start, head_arg.end, sign=sign, rel=rel, arg=head_arg, explicit=explicit,
                        trigger=trigger)  # fmt: skip
            return item, k
        elif suffix in _AGENT_SUFFIXES:
            k = j + 2
            if _word(units, k) in _APPOSITION_HEADS and k + 1 < len(units) and units[k + 1].kind == "E":
                k += 1  # "ATM-dependent factors γH2AX, MDC1 and 53BP1"
            inner = _event_after(units, k)
            if inner is not None and inner[0].arg is not None:
                event, k = inner
                event.extra["inner_sign"] = event.sign
                if suffix == "derived":
                    event.extra["agent_rel"] = "convert"
                if event.agent is not None:
                    event.mediator = arg
                    event.extra["mediator_suffix"] = suffix
                else:
                    event.agent, event.agent_sign = arg, _AGENT_SIGN[suffix]
                    event.extra["agent_suffix"] = suffix
                event.sign *= sign
                event.start = arg.start
                event.trigger = event.trigger or (units[j + 1].start, units[j + 1].end)
                return event, k
    while (word := _word(units, j)) in lexicon.ASPECT_NOUNS and not _verb_use(units, j):
        aspect = lexicon.ASPECT_NOUNS[word]
        if aspect[0] < 0 or aspect[1] != "activity":
            sign, rel, explicit = sign * aspect[0], aspect[1], True
            trigger = (units[j].start, units[j].end)
        j += 1
    item = Item("event", units[i].start, units[j - 1].end, sign=sign, rel=rel, arg=arg, explicit=explicit, trigger=trigger)
    if unclear:
        item.extra["unclear"] = True
    if word == "by" and j + 1 < len(units):
        agent_found = _event_after(units, j + 1)
        if agent_found is not None and agent_found[0].arg is not None and not agent_found[0].explicit:
            item.agent, item.agent_sign = agent_found[0].arg, 1
            j = agent_found[1]
            k = j + 2 if _word(units, j) == "such" and _word(units, j + 1) == "as" else j + 1 if _word(units, j) == "including" else 0
            k = _skip(units, k) if k else 0
            lone = item.agent.parts[0].text if len(item.agent.parts) == 1 else ""
            if k and k < len(units) and units[k].kind == "E" and lone.endswith("s") and lone == lone.lower():
                members = _arg_at(units, k)  # "by kinases such as the IκB kinase complex": the members act
                if members is not None:
                    item.agent, j = members
        word = _word(units, j)
    if rel == "binding" and word in {"to", "with"}:
        item.extra["partnered"] = True  # "binding of growth factors or cytokines to their receptors": ligands, no complex
    if (word in {"to", "into", "with"} and rel in {"binding", "convert"}) or (word in {"to", "into"} and rel == "transloc") or (
        word == "on" and rel == "regulate"
    ):
        partner = _event_after(units, j + 1)
        if partner is not None and partner[0].arg is not None:
            item.partner = partner[0].arg
            j = partner[1]
    return item, j


def _coordinated_with_location(items: list[Item]) -> bool:
    k = len(items) - 1
    joined = False
    while k >= 0 and items[k].kind in {"comma", "and"}:
        joined = joined or items[k].kind == "and"
        k -= 1
    if not joined:
        # "in neurons, erythroid cells, and the placenta": a list of places ends with "and".
        return False
    while k >= 0 and items[k].kind in {"event", "comma"} and items[k].extra.get("location") is not False:
        if items[k].kind == "event":
            return bool(items[k].extra.get("location"))
        k -= 1
    return False


def _after_location_prep(units: list[Unit], i: int) -> bool:
    if _word(units, i - 1) == "of" and _word(units, i - 2) in _CONTEXT_NOUNS:
        return True
    k = i - 1
    while k >= 0 and i - k <= 4 and units[k].kind == "W":
        if units[k].text in _LOCATION_PREPS:
            return True
        if units[k].text == "on" and k > 0 and units[k - 1].kind == "E":
            return True  # "NMDA receptors on GABAergic interneurons": where the receptors are
        if units[k].text in lexicon.VERBS or units[k].text in lexicon.EVENT_NOUNS or units[k].text in _NOT_LOCATION:
            return False
        k -= 1
    return False


_EVENT_STARTERS = frozenset({*_SKIPPABLE, *lexicon.EVENT_ADJECTIVES, *lexicon.EVENT_NOUNS, *_WITH_NOUNS, "its", "their"})


def items_of(units: list[Unit]) -> list[Item]:
    """The event/operator sequence of one sentence."""
    items: list[Item] = []
    i, gap = 0, 0
    modifier_clause = False
    # "When F. oxysporum infects Col-0 plants, increased GI ...": the opening clause ends at its comma.
    subordinate = bool(units) and units[0].kind == "W" and units[0].text in _SUBORDINATORS
    if subordinate:
        comma = next((k for k, u in enumerate(units) if u.kind == "P" and u.text == ","), None)
        if comma is not None:
            units = [*units[:comma], Unit("P", ";", units[comma].start, units[comma].end), *units[comma + 1 :]]
        subordinate = False
    while i < len(units):
        unit = units[i]
        unit_kind, word = unit.kind, unit.text
        if unit_kind == "W" and word not in _ACTIVE_WORDS:
            i += 1  # a word no rule below reads: it only widens the gap
            gap += 1
            continue
        if unit_kind == "W" and word in _DESCRIBING:
            modifier_clause = True
        elif unit_kind == "P" or (unit_kind == "W" and word in lexicon.VERBS):
            modifier_clause = False
        if unit_kind == "P":
            if word == ";":
                items.append(Item("break", unit.start, unit.end))
            elif word == ":":
                # "Salicylic acid pathway: When ...": a heading before a colon is not part of the clause.
                heading = not any(it.kind in {"verb", "fwd", "back", "med", "means"} for it in items)
                items.append(Item("break" if heading else "comma", unit.start, unit.end))
            elif word == "," and subordinate:
                items.append(Item("break", unit.start, unit.end))
                subordinate = False
            elif word == ",":
                items.append(Item("comma", unit.start, unit.end))
            i += 1
            gap = 0
            continue
        multi = _match_multi(units, i) if word in _BY_FIRST_WORD else None
        if multi is not None:
            phrase, j = multi
            text = " ".join(phrase)
            start, end = units[i].start, units[j - 1].end
            if phrase in _PHRASE_OPS and _PHRASE_OPS[phrase][0] == "skip":
                i, gap = j, 0  # "there is an intramyocardial release of ...": no operator
                continue
            if phrase in _PHRASE_OPS and _PHRASE_OPS[phrase][0] == "back":
                _kind, sign, rel = _PHRASE_OPS[phrase]
                items.append(Item("back", start, end, text=text, sign=sign, rel=rel, trigger=(start, end), gap=gap))
            elif phrase in _CONNECTIVES:
                initial = (not items and gap == 0) or (bool(items) and items[-1].kind in {"break", "comma"} and gap == 0)
                if len(phrase) == 1 and phrase[0] in _INITIAL_ONLY and not initial:
                    i, gap = j, gap + 1
                    continue
                kind = _CONNECTIVES[phrase]
                if kind == "back" and initial and (not items or items[-1].kind == "break" or len(items) <= 1):
                    kind = "cond"
                items.append(Item(kind, start, end, text=text, trigger=(start, end), gap=gap))
            else:
                kind, sign, rel = _PHRASE_OPS[phrase]
                passive = kind == "pverb"
                if kind == "back":
                    i, gap = j, 0
                    continue
                items.append(Item("verb" if passive else kind, start, end, text=text, sign=sign, rel=rel,
                                  passive=passive, trigger=(start, end), gap=gap))  # fmt: skip
            i, gap = j, 0
            continue
        if (unit_kind == "W" and word in lexicon.EVENT_ADJECTIVES and word in lexicon.VERBS and gap == 0 and items
                and ((items[-1].kind == "event" and items[-1].arg is not None and i > 0 and items[-1].end == units[i - 1].end)
                     or (items[-1].kind == "break" and items[-1].text == "but"))):
            # "Silencing of YAP1 decreased CTGF expression": a past tense right after the subject is the verb
            op = _operator(units, i, items)
            if op is not None:
                items.append(op)
                i += 1
                continue
        event = _event_after(units, i) if unit_kind == "E" or word in _EVENT_STARTERS else None
        if event is not None:
            item, j = event
            item.gap = gap
            if gap == 1 and _word(units, i - 1) in {"to", "into"}:
                item.extra["after_to"] = True  # "cleaves pro-IL-1β to IL-1β": a product
            k = i - 1
            while k >= 0 and units[k].kind == "P" and units[k].text == ",":
                k -= 1
            if _word(units, k) in {"then", "subsequently", "thereafter"} and items and items[-1].kind in {"and", "comma"}:
                item.extra["then"] = True
            follows_operator = bool(items) and i > 0 and items[-1].kind != "event" and items[-1].end >= units[i - 1].end
            bare = item.arg is not None and (item.trigger is None or item.trigger[0] >= item.arg.start)
            if modifier_clause or (_word(units, i - 1) == "of" and _word(units, i - 2) in _HOLDER_NOUNS):
                # "fragments containing the RGD sequence": a description; "the protective effect of sulforaphane":
                # the holder of an effect, no target
                item.extra["location"] = True
            elif bare and not follows_operator and _after_location_prep(units, i) and not (
                items and items[-1].rel == "transloc"
            ):
                item.extra["location"] = True
                if i == 1 and item.arg is not None and item.arg.mode == "coord":
                    # "In neurons, mTOR also increases ...": an opening place ends at its comma.
                    comma = next((k for k in range(i + 1, j) if units[k].kind == "P" and units[k].text == ","), None)
                    if comma is not None:
                        kept = [p for p in item.arg.parts if p.end <= units[comma].start]
                        item.arg = Arg(kept, "coord" if len(kept) > 1 else "single")
                        item.end = kept[-1].end
                        j = comma
            elif _coordinated_with_location(items):
                item.extra["location"] = True
            items.append(item)
            i, gap = max(j, i + 1), 0  # an event always moves the reader on, even one that read no unit
            continue
        if unit.kind == "W":
            op = _operator(units, i, items)
            if op is not None:
                op.gap = gap
                items.append(op)
                i, gap = i + (2 if op.kind == "means" else 1), 0
                continue
        i += 1
        gap += 1
    return items


#: Every word a rule in :func:`_operator` starts from; any other word is no operator.
_OPERATOR_WORDS = frozenset({*lexicon.CLAUSE_BREAKS, *lexicon.MEDIATORS, *lexicon.ROLE_NOUNS, *lexicon.VERBS, "and", "or",
                             "where", "with", "which", "that", "from", "including", "such", "by", "it", "they", "this",
                             "these"})  # fmt: skip
#: Every word some step of :func:`items_of` reacts to; other words are passed over.
_ACTIVE_WORDS = frozenset({*_DESCRIBING, *lexicon.VERBS, *_BY_FIRST_WORD, *_EVENT_STARTERS, *_OPERATOR_WORDS})


def _operator(units: list[Unit], i: int, items: list[Item]) -> Item | None:
    unit = units[i]
    word = unit.text
    if word not in _OPERATOR_WORDS:
        return None
    span = (unit.start, unit.end)
    if word in lexicon.CLAUSE_BREAKS:
        return Item("break", *span, text=word)
    if word in {"and", "or"}:
        return Item("and", *span, text=word)
    if word == "where" and _word(units, i + 1) not in {"it", "they", "its", "their"} and i + 1 < len(units) and (
        units[i + 1].kind == "E"
    ):
        return Item("break", *span, text=word)  # "..., where ATP is produced through OXPHOS": a new clause subject
    if word == "with" and (_word(units, i + 1) in lexicon.EVENT_NOUNS or _word(units, i + 1) in {"resulting", "subsequent", "concomitant"}):
        return Item("with", *span, text=word)
    if word in {"which", "that"} and (not items or items[-1].kind in {"comma", "event"}):
        return Item("which", *span, text=word)
    if word in lexicon.MEDIATORS:
        return Item("med", *span, text=word)
    if word == "from" and any(it.kind == "verb" and it.text.startswith(_MAKING) for it in items[-3:]):
        return Item("from", *span, text=word)
    if word == "including" or (word == "such" and _word(units, i + 1) == "as"):
        return Item("including", *span, text=word)
    if word == "by" and lexicon.VERBS.get(_word(units, i + 1)) and _word(units, i + 1).endswith("ing"):
        sign, rel = lexicon.VERBS[_word(units, i + 1)]
        return Item("means", unit.start, units[i + 1].end, text=_word(units, i + 1), sign=sign, rel=rel,
                    trigger=(units[i + 1].start, units[i + 1].end))  # fmt: skip
    if word in lexicon.ROLE_NOUNS:
        return Item("role", *span, text=word, sign=lexicon.ROLE_NOUNS[word], trigger=span)
    if word in {"it", "they"} and _word(units, i - 1) in {"where", "when", "whereupon"}:
        # "translocates to the nucleus where it induces X": the clause subject continues
        return Item("event", *span, text=word, anaphor=True, extra={"sentence_anaphor": True, "subject_anaphor": True})
    if word in {"this", "these", "it", "they"} and (not items or items[-1].kind in {"break", "comma"}) and (
        i == 0 or _word(units, i - 1) == "" and units[i - 1].kind == "P"
    ):
        extra: dict[str, object] = {"sentence_anaphor": True}
        if word == "this" and (_word(units, i + 1) in _ENTITY_NOUNS or _word(units, i + 2) in _ENTITY_NOUNS):
            extra["entity_anaphor"] = True  # "this regulatory protein": the previous subject, not the last event
        return Item("event", *span, text=word, anaphor=True, extra=extra)
    verb = lexicon.VERBS.get(word)
    if verb is None:
        return None
    if word in lexicon.EVENT_NOUNS and (_word(units, i - 1) in {"the", "a", "an"} or _word(units, i + 1) in {"of", "in"}):
        return None
    if _word(units, i - 1) in _NOUN_CONTEXT and not word.endswith(("ed", "ing")):
        return None
    if _word(units, i - 1) in {"the", "a", "an"} and word.endswith(("ed", "ing")):
        return None  # "the activated receptor", "the reducing power"
    if word == "targeted" and _word(units, i + 1) not in {"", "the", "a", "an", "by", "to", "for", "and"}:
        return None  # "targeted therapy"
    if word.endswith("ed") and (i == 0 or units[i - 1].kind == "P") and i + 1 < len(units) and units[i + 1].kind == "E":
        return None  # "Secreted IL-8, ...": a participle used as an adjective
    previous = _word(units, i - 1)
    back = i - 1
    while previous.endswith("ly") and back > 0:
        back -= 1
        previous = _word(units, back)
    passive = previous in _BE and (word.endswith("ed") or word in {"bound", "driven", "led"})
    if not passive and word.endswith("ed") and _word(units, i + 1) == "by":
        passive = True
    participle = word.endswith("ing") and (i > 0 and units[i - 1].kind == "P" and units[i - 1].text == ",")
    sign, rel = verb
    item = Item("verb", *span, text=word, sign=sign, rel=rel, passive=passive, participle=participle, trigger=span)
    if passive and i > 0 and units[i - 1].kind == "W" and previous not in _BE and previous.isalpha() and (
        previous not in _CONDITION_OPENERS
    ):
        item.extra["noun_before"] = True  # "Electrons released by glycolysis ...": no condition on the clause subject
    if passive:
        k = back
        while k > 0 and (_word(units, k) in _BE or _word(units, k) in _MODAL_WORDS or _word(units, k).endswith("ly")):
            k -= 1
        if _word(units, k) in {"it", "they"} and units[k].kind == "W":
            item.extra["pronoun_subject"] = True  # "or it can be translocated into the mitochondria"
    if passive and rel in {"transloc", "convert"} and _word(units, i + 1) in {"to", "into"}:
        item.extra["passive_to"] = True  # "NH4+ is delivered to the plant cells", "pyruvate is oxidized to lactate"
    if previous == "to":
        item.extra["infinitive"] = True
    before = units[i - 1] if i > 0 else None
    if (word.endswith("ing") and before is not None and before.kind == "W" and before.text.endswith("s")
            and len(before.text) > 3 and not before.text.endswith(("ss", "us", "is", "ly")) and before.text not in lexicon.VERBS
            and before.text not in _NOT_NOUN_SUBJECTS and before.text not in lexicon.ASPECT_NOUNS and before.text not in lexicon.GENERIC):
        item.extra["noun_subject"] = True  # "ligands binding to cytokine receptors": the noun before is the subject
    if previous == "for" and word.endswith("ing"):
        item.extra["purpose"] = True
    return item
