"""Caption relation extraction: grounded, typed, evidenced edges from a record's caption and title.

Mentions are found by :mod:`pfocr_net.mentions`; each sentence is read into events and operators by
:mod:`pfocr_net.patterns` and interpreted by :mod:`pfocr_net.reading`. This module splits sentences,
sets hedge and negation flags per clause (and a figure-level hedge from the title), and merges repeated
statements into one relation with several evidence sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import pairwise
from typing import Final

from pfocr_net import hedging, lexicon
from pfocr_net.mentions import Grounding, Mention, ground_record, lookup_text
from pfocr_net.model import Entity, Extraction, Record, Relation
from pfocr_net.patterns import Item, items_of, units_of
from pfocr_net.reading import Found, Reader
from pfocr_net.text import folded

_SENTENCE_END: Final = re.compile(
    r"(?<=[.!?])\s+(?=[A-Za-z0-9(\u03b1-\u03c9])|(?<=[a-z]{3}\.)(?=[A-Z\u03b1-\u03c9])"
    r"|(?<=[a-z0-9])\s+(?=\([A-Ha-h]\)\s+[A-Z])"  # a panel label inside a run-on caption: "... genes (B) STAT5"
)
_NOT_END: Final = re.compile(r"(?:\b(?:e\.g|i\.e|vs|Fig|Figs|et al|ca|approx|resp|no)\.|\b[A-Z]\.)$")
#: Longest text ``_NOT_END`` can match (with the character before it), so only a sentence's tail is searched.
_NOT_END_REACH: Final = 12
_CLAUSE_SPLIT: Final = re.compile(r";|,?\s\b(?:while|whereas|but|although)\b")
#: What each ``_CLAUSE_SPLIT`` match holds: a text without any of them has no clause break.
_CLAUSE_SPLIT_MARKS: Final = (";", "while", "whereas", "but", "although")
_PARENTHESIS: Final = re.compile(r"\([^()]*\)")
_GLOSSARY_ENTRY: Final = re.compile(r"^\S{1,14}[,:]\s")  # "MAPK, mitogen-activated ..." or "AMPK: AMP-activated ..."


def _sentence_candidates(text: str) -> list[int]:
    """Where a ``_SENTENCE_END`` match can begin, as positions to try the pattern at: after each ".", "!" or "?",
    and at the start of the white space before each panel label ("(B)"). Trying the pattern only there, found by
    ``str.find`` scans for the marks, is much faster than letting it step through every character
    (tests/test_sentences.py checks both give the same ends; tests/test_scanners.py checks the positions)."""
    found: list[int] = []
    for mark in (".", "!", "?"):  # (each found by str.find rather than a step through every character)
        at = text.find(mark)
        while at >= 0:
            found.append(at + 1)
            at = text.find(mark, at + 1)
    size = len(text)
    at = text.find("(", 1)
    while 0 < at < size - 2:
        if ord(text[at + 2]) == 41 and text[at - 1].isspace() and (
            65 <= ord(text[at + 1]) <= 72 or 97 <= ord(text[at + 1]) <= 104
        ):  # " (B)" ([A-Ha-h]): the white space before it begins where the previous non-space character ends
            start = at - 1
            while start > 0 and text[start - 1].isspace():
                start -= 1
            found.append(start)
        at = text.find("(", at + 1)
    found.sort()  # (a panel label's white space never starts before a mark found earlier in the text)
    return found


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_SENTENCE_END.finditer(text)`` gives, trying the pattern only at candidate positions."""
    position, tried = 0, -1
    for at in _sentence_candidates(text):
        if at < position or at <= tried:
            continue
        tried = at
        match = _SENTENCE_END.match(text, at)
        if match is not None:
            position = match.end()
            yield match


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _sentence_ends(text):
        # Same as searching text[start:match.start()]: the text before ``start`` is never a word character.
        if _NOT_END.search(text, max(start, match.start() - _NOT_END_REACH), match.start()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def is_glossary(sentence: str) -> bool:
    """An abbreviation list ("MAPK, mitogen-activated protein kinase; K+, potassium; ...")."""
    if sentence.count(";") < 2:
        return False  # fewer than three parts
    if "(" in sentence:
        # "... to YXPQ (Y, tyrosine; V, valine; Q, glutamine), which results in ...": a glossary in parentheses
        # leaves the statement around it one
        sentence = _PARENTHESIS.sub("", sentence)
        if sentence.count(";") < 2:
            return False
    parts = [p.strip() for p in sentence.split(";")]
    defined = sum(1 for p in parts if _GLOSSARY_ENTRY.match(p))
    return len(parts) >= 3 and defined >= len(parts) // 2 + 1


#: A short form in parentheses after a name (the name itself only checked to be there: as many matches as a lazy
#: name scan from every start, which took time quadratic in a long list).
_DEFINED_NAME: Final = re.compile(r"(?<=[^,;()])\s\((?:[^()\s]{1,15})\)(?=\s*(?:,|;|\band\b|$))")
_WORD: Final = re.compile(r"[A-Za-z]+")
_STATED_ROLE: Final = re.compile(r"\b(?:an?|the)\s+(?:[^\s,;()]+\s+){0,3}?(?:inhibitor|antagonist|agonist|blocker|activator|inducer)s?\b",
                          re.IGNORECASE)


def _defines_names(sentence: str, wanted: int) -> bool:
    """Whether ``len(_DEFINED_NAME.findall(sentence)) >= wanted``. A match starts at the white space before a "(",
    and none holds another "(", so the pattern is tried at those places only, until enough have matched."""
    count = 0
    at = sentence.find("(", 1)
    while at >= 0:
        if sentence[at - 1].isspace() and _DEFINED_NAME.match(sentence, at - 1) is not None:
            count += 1
            if count >= wanted:
                return True
        at = sentence.find("(", at + 1)
    return False


def is_abbreviation_list(sentence: str) -> bool:
    """A list of names with their abbreviations and no statement ("The figure shows the hedgehog signaling
    pathway (HH), notch intracellular domain (NICD), ..."): words like "inhibitor" or "regulator" in it belong to
    the names."""
    if sentence.count("(") < 4 or not _defines_names(sentence, 4):
        return False
    words = [w.casefold() for w in _WORD.findall(sentence)]
    if any(w in lexicon.VERBS or w in lexicon.MEDIATORS for w in words):
        return False
    if _STATED_ROLE.search(sentence):
        return False  # "rapamycin (RAPA), an mTOR inhibitor, trametinib (TRAM), a MEK inhibitor, ...": drug roles
    joined = f" {' '.join(words)} "
    return not any(phrase in joined for phrase in _CONNECTIVE_PHRASES)


#: Causal connectives of more than one word (" leads to "), as padded strings.
_CONNECTIVE_PHRASES: Final = tuple(f" {' '.join(p)} " for p in (*lexicon.FORWARD, *lexicon.BACKWARD) if len(p) > 1)


_OPENING_CONCESSION: Final = re.compile(r"(?:While|Although|Though|Whereas|Even though)\b[^,;]{3,200},")


def _clause_splits(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match ``_CLAUSE_SPLIT.finditer(text)`` gives, in order, found by ``str.find`` scans: each
    ";", and each of the words "while", "whereas", "but" and "although" standing after white space (with the comma
    before that) and before no word character. No two of them overlap."""
    found: list[tuple[int, int]] = []
    at = text.find(";")
    while at >= 0:
        found.append((at, at + 1))
        at = text.find(";", at + 1)
    for word in ("while", "whereas", "but", "although"):
        at = text.find(word, 1)
        while at >= 0:
            after = text[at + len(word) : at + len(word) + 1]
            if text[at - 1].isspace() and not (after.isalnum() or after == "_"):
                found.append((at - 2 if at >= 2 and text[at - 2] == "," else at - 1, at + len(word)))
            at = text.find(word, at + 1)
    found.sort()
    return found


def _clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    position = start
    opening = _OPENING_CONCESSION.match(text, start, end)
    if opening is not None:
        # "While activated cDCs do not undergo X, Y triggers Z": the negation stays in the opening clause.
        bounds.append((start, opening.end() - 1))
        position = opening.end()
    offset = position
    rest = text[offset:end]
    if any(mark in rest for mark in _CLAUSE_SPLIT_MARKS):  # the regex search steps through every character
        for split_start, split_end in _clause_splits(rest):
            bounds.append((position, offset + split_start))
            position = offset + split_end
    bounds.append((position, end))
    return bounds


#: Where a relative clause starts ("FLIP forms a heterodimer with caspase-8 that cannot induce apoptosis").
_RELATIVE_START: Final = re.compile(r",?\s+(?:that|which|who)\b")
_RELATIVE_MARKS: Final = re.compile(r"\b(?:that|which|who)\b")


def _negations_around(text: str, clause: tuple[int, int], anchor: int) -> list[str]:
    """Negation cues of the part of ``clause`` that holds ``anchor``: a relative clause (up to its next comma) is a
    part of its own, so "X forms a heterodimer with Y that cannot induce apoptosis" negates the induction only."""
    relatives: list[tuple[int, int]] = []
    for match in _RELATIVE_START.finditer(text, clause[0], clause[1]):
        if relatives and match.start() < relatives[-1][1]:
            continue
        comma = text.find(",", match.end(), clause[1])
        relatives.append((match.start(), comma if comma >= 0 else clause[1]))
    inside = next(((a, b) for a, b in relatives if a <= anchor < b), None)
    if inside is not None:
        return hedging.clause_cues(text[inside[0] : inside[1]])[1]
    main = text[clause[0] : clause[1]]
    for a, b in reversed(relatives):
        main = main[: a - clause[0]] + " " * (b - a) + main[b - clause[0] :]
    return hedging.clause_cues(main)[1]


#: "p38 but not JNK": the "not" of a contrast.
_BUT_NOT: Final = re.compile(r"\bbut\s+not\b")


def _contrasted(text: str, clause: tuple[int, int], found: Found) -> list[str]:
    """The negation of a clause whose one cue is "not": when that "not" is a contrast ("p38 but not JNK is required
    for IL-6 production"), it negates the relations of the name after it only."""
    opening = max(0, clause[0] - 4)  # (a clause may open after "but")
    contrast = _BUT_NOT.search(text, opening, clause[1])
    if contrast is None or hedging.clause_cues(_BUT_NOT.sub(" ", text[opening : clause[1]]))[1]:
        return ["not"]  # no contrast, or another negation besides it
    # the alternative runs from "but not" to the trigger after it, or else to the next comma
    if found.trigger is not None and found.trigger[0] >= contrast.end():
        end = found.trigger[0]
    else:
        comma = text.find(",", contrast.end(), clause[1])
        end = comma if comma >= 0 else clause[1]
    return ["not"] if any(contrast.start() <= s < end for s in (found.subject.start, found.object.start)) else []


def _mention_starts(mentions: list[Mention]) -> list[int] | None:
    """Start offsets of the mentions if they are sorted by them (as found), for bisection; else None."""
    starts = [m.start for m in mentions]
    return starts if starts == sorted(starts) else None


def _mentions_within(mentions: list[Mention], starts: list[int] | None, start: int, end: int) -> list[Mention]:
    """The mentions lying inside ``start:end``, in their order."""
    if starts is not None:
        mentions = mentions[bisect_left(starts, start) : bisect_right(starts, end)]
    return [m for m in mentions if start <= m.start and m.end <= end]


#: "X mediates Y's effects", "X mediates the actions of Y": Y acts through X.
_EFFECTS_AFTER: Final = re.compile(r"(?:'s|\u2019s)(?:\s+[a-z-]+){0,2}\s+(?:effects?|actions?)\b")
_RESPONSE_TO: Final = re.compile(r"\bresponses?\s+to\b")
_CLAUSE_MARK: Final = re.compile(r"[,;:.]")
_EFFECTS_BEFORE: Final = re.compile(r"\b(?:effects?|actions?)\s+of\s+(?:the\s+)?$")


def _read_text(
    text: str, mentions: list[Mention], figure_cue: str | None, in_caption: bool, places: frozenset[str] = frozenset(),
    cells: frozenset[str] = frozenset(), proteins: frozenset[str] = frozenset(),
) -> list[Relation]:
    relations: list[Relation] = []
    focus: list[Item] = []
    subjects: list[Item] = []
    starts = _mention_starts(mentions)
    for start, end in sentences(text):
        sentence = text[start:end]
        if is_glossary(sentence) or is_abbreviation_list(sentence):
            continue
        inside = _mentions_within(mentions, starts, start, end)
        if not inside:
            continue  # no mention, no participant: units_of would give no entity unit either
        units = units_of(text, start, end, inside)
        if not any(u.kind == "E" for u in units):
            continue
        items = items_of(units)
        reader = Reader(items, focus, places, subjects, text)
        found = reader.read()
        if reader.focus:
            focus = reader.focus
        else:
            # "IRE1 undergoes oligomerization and autophosphorylation. This results in ...": a sentence that states no
            # relation still moves the topic on to the last thing it names.
            named = [it for it in items if it.kind == "event" and it.arg is not None and not it.extra.get("location")]
            if named and named[-1].arg is not None and len({u.key for u in named[-1].arg.parts}) == 1:
                focus = named[-1:]  # one named thing only: "these pathways" after a list of samples names no topic
        subjects = reader.subjects or subjects
        relations.extend(_named_receptors(text, inside, sentence, figure_cue, in_caption))
        clauses = _clause_bounds(text, start, end) if found else []
        indirect = _NOT_DIRECTLY.search(text, start, end) if found and "indirectly" in sentence else None
        cues: dict[tuple[int, int], tuple[list[str], list[str]]] = {}
        for f in found:
            anchor = f.trigger[0] if f.trigger else f.subject.start
            clause = next(((a, b) for a, b in clauses if a <= anchor <= b), (start, end))
            if clause not in cues:
                clause_text = text[clause[0] : clause[1]]
                cues[clause] = hedging.clause_cues(clause_text)
            hedges, negations = list(cues[clause][0]), list(cues[clause][1])
            if negations and _RELATIVE_MARKS.search(text, clause[0], clause[1]):
                negations = _negations_around(text, clause, anchor)
            if negations == ["not"]:
                negations = _contrasted(text, clause, f)
            if negations and indirect is not None and anchor < indirect.start():
                # "P2Y12 cannot activate Phospholipase C directly but probably indirectly by TxA2": it does, indirectly
                negations = []
                hedges = list(dict.fromkeys([*hedges, *hedging.clause_cues(indirect.group(0))[0]]))
            if any(h in _MODALS for h in hedges):
                # "... MAPK that may lead to cell adhesion": a modal inside the connective hedges it too
                hedges = _scoped_modals(text, clause, f.trigger[1] if f.trigger else anchor, hedges)
            if figure_cue and figure_cue not in hedges:
                hedges.append(figure_cue)
            if f.negated:
                negations.append("independent of")
            trigger_text = text[f.trigger[0] : f.trigger[1]] if f.trigger else ""
            interaction = f.interaction
            if interaction == "increases" and f.object.key in cells and trigger_text.casefold().startswith("stabili"):
                interaction = "inhibits"  # "drugs which stabilize mast cells": a stabilised cell is kept from acting
            elif interaction == "binds" and f.object.key in cells and trigger_text.casefold().startswith("recruit"):
                interaction = "translocates"  # "TGF-β can ... recruit both preosteoblast and preosteoclasts": cells move
            elif interaction == "converts" and _is_process(f.subject.text):
                interaction = "increases"  # "acetyl-CoA ... is mainly generated from glycolysis": a process makes it
            elif (interaction == "converts" and f.rule == "agent" and f.subject.key in proteins
                  and f.object.key not in proteins and "derived" in text[f.subject.end : f.object.start]):
                interaction = "increases"  # "CBS-derived H2S": the enzyme makes it ("δ-secretase-derived SET" is cleaved)
            elif (interaction in {"activates", "increases"} and trigger_text.casefold().startswith("mediat")
                  and _SIGNAL_HEAD.match(text, f.object.end) is not None):
                interaction = "regulates"  # "pathways mediate mechanical stress signaling": a relay, no sign
            subject, obj = f.subject, f.object
            response = (_RESPONSE_TO.search(text, f.trigger[1], obj.start) if f.rule == "verb" and f.trigger
                        and text.find("response", f.trigger[1], obj.start) >= 0 else None)  # (the word it needs)
            if response is not None and obj.start - response.end() < 40 and (
                not _CLAUSE_MARK.search(text, response.end(), obj.start)
            ):
                # "MAPK and TOR signaling were involved in the response to SAHA": SAHA acts on them
                subject, obj = obj, subject
            elif f.rule == "verb" and trigger_text.casefold().startswith("mediat") and f.trigger and (
                _EFFECTS_AFTER.match(text, obj.end) or _EFFECTS_BEFORE.search(text, f.trigger[1], obj.start)
            ):
                # "Akt mediates most of insulin's metabolic effects": insulin acts through Akt
                subject, obj, interaction = obj, subject, "activates"
            relations.append(
                Relation(
                    subject=subject.key, object=obj.key, interaction=interaction, sentence=sentence,
                    hedged=bool(hedges), negated=bool(negations), direct=not f.inferred, trigger=trigger_text,
                    rule=f.rule,
                    subject_span=(subject.start, subject.end) if in_caption else None,
                    trigger_span=f.trigger if in_caption and f.trigger else None,
                    object_span=(obj.start, obj.end) if in_caption else None,
                    inferred=list(dict.fromkeys(f.inferred)), hedge_cues=hedges, negation_cues=negations,
                )
            )  # fmt: skip
    return relations


_PROCESS_ENDINGS: Final = ("olysis", "oxidation", "genesis", "synthesis", " cycle", " pathway", " metabolism", " shunt")


def _is_process(text: str) -> bool:
    """A named process ("glycolysis", "fatty-acid β-oxidation", "TCA cycle"): no substrate of a conversion."""
    low = text.casefold()
    return low in lexicon.PROCESS_WORDS or low.endswith(_PROCESS_ENDINGS)


_SIGNAL_HEAD: Final = re.compile(r"\s+(?:signal(?:l)?ing|signals?|transduction)\b")
_RECEPTOR_BETWEEN: Final = re.compile(r"\s+receptors?\s+")


def _named_receptors(text: str, mentions: list[Mention], sentence: str, figure_cue: str | None,
                     in_caption: bool) -> list[Relation]:
    """"the ER-resident cGAMP receptor STING": a ligand named before "receptor" and the receptor named after it
    bind (as "X and its receptor Y" does)."""
    found: list[Relation] = []
    if "receptor" not in sentence:
        return found  # (the text between two of its mentions is part of the sentence)
    for ligand, receptor in pairwise(mentions):
        if ligand.key == receptor.key or _RECEPTOR_BETWEEN.fullmatch(text, ligand.end, receptor.start) is None:
            continue
        hedges = [figure_cue] if figure_cue else []
        found.append(Relation(
            subject=ligand.key, object=receptor.key, interaction="binds", sentence=sentence, hedged=bool(hedges),
            trigger="receptor", rule="named_receptor", hedge_cues=hedges,
            subject_span=(ligand.start, ligand.end) if in_caption else None,
            object_span=(receptor.start, receptor.end) if in_caption else None,
        ))  # fmt: skip
    return found


#: "not ... directly but (probably) indirectly": the negation is of the directness only.
_NOT_DIRECTLY: Final = re.compile(r"\bdirectly,?\s+but\s+(?:\w+\s+){0,2}?indirectly\b")
_MODALS: Final = frozenset({"may", "might", "could"})
_MODAL: Final = re.compile(r"\b(?:may|might|could)\b")


def _scoped_modals(text: str, clause: tuple[int, int], anchor: int, hedges: list[str]) -> list[str]:
    """A modal hedges the statements after it in its own stretch of the clause ("X phosphorylates targets that
    may contribute to Y": the phosphorylation is not hedged); other cues cover the whole clause."""
    kept = [h for h in hedges if h not in _MODALS]
    for match in _MODAL.finditer(text, clause[0], clause[1]):
        if match.start() < anchor and "," not in text[match.end() : anchor]:
            kept.append(match.group(0))
    return list(dict.fromkeys(kept))


def merge(relations: list[Relation]) -> list[Relation]:
    """One relation per (subject, object, interaction, negated); unsigned ones dropped when a signed one exists."""
    merged: dict[tuple[str, str, str, bool], Relation] = {}
    for relation in relations:
        key = (relation.subject, relation.object, relation.interaction, relation.negated)
        if relation.interaction == "binds" and (relation.object, relation.subject, "binds", relation.negated) in merged:
            key = (relation.object, relation.subject, "binds", relation.negated)
        existing = merged.get(key)
        if existing is None:
            merged[key] = relation
            continue
        if relation.sentence and relation.sentence != existing.sentence and relation.sentence not in existing.more_sentences:
            existing.more_sentences.append(relation.sentence)
        existing.hedged = existing.hedged and relation.hedged
        if existing.subject_span is None and relation.subject_span is not None:
            existing.subject_span, existing.object_span = relation.subject_span, relation.object_span
            existing.trigger_span, existing.trigger = relation.trigger_span, relation.trigger
    signed = {(r.subject, r.object) for r in merged.values() if r.polarity in {"positive", "negative"} and not r.negated}
    return [
        r for r in merged.values()
        if not (r.interaction == "regulates" and ((r.subject, r.object) in signed))
    ]  # fmt: skip


_SITE: Final = re.compile(r"^\(?p[STYH]\d{2,4}\)?$")
_SITE_STARTS: Final = ("p", "(p")  # how a text ``_SITE`` matches begins
_DESCRIBED_GROUP: Final = re.compile(r"[ -](?:proteins?|genes?|molecules?|factors?|markers?)\b")
_SALT_PREFIXES: Final = frozenset({"sodium", "potassium", "lithium", "magnesium", "zinc", "ammonium", "methyl", "dimethyl",
                            "ethyl", "diethyl", "trimethyl", "acetyl", "butyl", "propyl", "phenyl", "benzyl"})
_CHEMICAL_TYPES: Final = frozenset({"chemical", "smallmolecule", "drug"})


def _join_chemical_prefixes(grounding: Grounding, text: str, mentions: list[Mention]) -> list[Mention]:
    """"Dimethyl fumarate", "sodium butyrate": a prefix word found on its own belongs to the chemical after it."""
    if _SALT_PREFIXES.isdisjoint([folded(m.text) for m in mentions]):
        return mentions  # no prefix word among the mentions: nothing to join
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if (previous is not None and text[previous.end : mention.start] == " "
                and folded(previous.text) in _SALT_PREFIXES and grounding.type_of(mention.key) in _CHEMICAL_TYPES):
            out[-1] = Mention(previous.start, mention.end, mention.key, text[previous.start : mention.end], mention.source)
            continue
        out.append(mention)
    return out


_ROLE_CLASS: Final = re.compile(r"^(.+?)[ \-\u2010](?:inhibitors?|antagonists?|agonists?|blockers?|activators?)$")
#: The endings ``_ROLE_CLASS`` needs (its ``$`` also matches before a final newline): a name ending in none of
#: them is no role class, told without a regex call.
_ROLE_ENDINGS: Final = tuple(f"{w}{s}" for w in ("inhibitor", "antagonist", "agonist", "blocker", "activator")
                             for s in ("", "s", "\n", "s\n"))


def _may_end_in_role(text: str) -> bool:
    """Whether ``text`` ends in a last character of one of :data:`_ROLE_ENDINGS` ("r", "t", "s" or a newline), told
    from its code before ``str.endswith`` tries each of the twenty endings."""
    if not text:
        return False
    code = ord(text[len(text) - 1])
    return code == 114 or code == 116 or code == 115 or code == 10


def _split_role_classes(grounding: Grounding, mentions: list[Mention]) -> list[Mention]:
    """"The MEK inhibitor trametinib", "Rapamycin, an mTOR inhibitor": a lexicon class named after its target
    is read as the target plus a drug-role word."""
    out: list[Mention] = []
    for mention in mentions:
        match = _ROLE_CLASS.match(mention.text) if _may_end_in_role(mention.text) and mention.text.endswith(_ROLE_ENDINGS) else None
        if match is not None:
            key = lookup_text(grounding, match.group(1))
            if key is not None:
                out.append(Mention(mention.start, mention.start + len(match.group(1)), key, match.group(1), mention.source))
                continue
        out.append(mention)
    return out


#: Words between a process word and the cells it happens to: "proliferation (and activation) of (the) ...".
_OF_CELLS: Final = re.compile(r"(?:\s+(?:and|or)\s+[a-z]+)?\s+of\s+(?:the\s+)?")


def _cells_for_processes(grounding: Grounding, text: str, mentions: list[Mention]) -> list[Mention]:
    """"Trigger the proliferation and activation of brain macrophages": a cell process followed by the cells it
    happens to names the cells as the participant; the process word is no participant of its own."""
    if lexicon.CELL_PROCESSES.keys().isdisjoint([folded(m.text) for m in mentions]):
        return mentions  # no cell process among the mentions: nothing to drop
    out: list[Mention] = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (following is not None and folded(mention.text) in lexicon.CELL_PROCESSES
                and following.start - mention.end <= 30 and grounding.type_of(following.key) == "celltype"
                and _OF_CELLS.fullmatch(text, mention.end, following.start) is not None):
            continue
        out.append(mention)
    return out


#: The arguments of one :func:`_read_text` call: text, its mentions, the figure's hedge cue, whether it is the
#: caption, and the places, cell types and proteins the record's texts name.
ReadingCall = tuple[str, list[Mention], str | None, bool, frozenset[str], frozenset[str], frozenset[str]]


def reading_calls(record: Record, grounding: Grounding) -> list[ReadingCall]:
    """The texts :func:`extract` reads for a grounded record (caption, then title), each with what reading it needs;
    the caption's mentions are tidied on ``grounding`` first."""
    caption = record.caption or ""
    if len(grounding.caption_mentions) > 1:
        grounding.caption_mentions = _join_chemical_prefixes(grounding, caption, grounding.caption_mentions)
    if grounding.caption_mentions:
        grounding.caption_mentions = _split_role_classes(grounding, grounding.caption_mentions)
    if len(grounding.caption_mentions) > 1:
        grounding.caption_mentions = _cells_for_processes(grounding, caption, grounding.caption_mentions)
    # "pY705", "K685": residues a glossary may define are no participants; "adhesion proteins", "autophagy
    # genes": a process word naming a group of molecules is no process
    grounding.caption_mentions = [
        m for m in grounding.caption_mentions
        if not (m.text.startswith(_SITE_STARTS) and _SITE.match(m.text))
        and not (folded(m.text) in lexicon.PROCESS_WORDS and _DESCRIBED_GROUP.match(caption, m.end))
    ]  # fmt: skip
    figure_cue = hedging.figure_hedge(record.title or "", caption)
    keys = {m.key for m in [*grounding.caption_mentions, *grounding.title_mentions]}
    places = frozenset(k for k in keys if grounding.type_of(k) == "cellularcomponent")
    cells = frozenset(k for k in keys if grounding.type_of(k) == "celltype")
    proteins = frozenset(k for k in keys if grounding.type_of(k) in {"protein", "gene", "proteinfamily", "complex"})
    calls: list[ReadingCall] = [(caption, grounding.caption_mentions, figure_cue, True, places, cells, proteins)]
    if grounding.title_mentions:
        calls.append((record.title.strip(), grounding.title_mentions, figure_cue, False, places, cells, proteins))
    return calls


def extract(record: Record, entities: list[Entity]) -> Extraction:
    """Return the record's entities (plus caption-only ones) and the relations its caption states."""
    grounding: Grounding = ground_record(record, list(entities))
    relations: list[Relation] = []
    for text, mentions, figure_cue, in_caption, places, cells, proteins in reading_calls(record, grounding):
        relations.extend(_read_text(text, mentions, figure_cue, in_caption, places, cells, proteins))
    relations = merge(relations)
    used = {r.subject for r in relations} | {r.object for r in relations}
    return Extraction(entities=grounding.materialise(used), relations=relations)
