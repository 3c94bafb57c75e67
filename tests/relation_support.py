"""Helpers for the mention, relation and evaluation tests: real records and name-based lookups."""

from __future__ import annotations

import dataclasses
from functools import cache
from pathlib import Path

from pfocr_net.entities import entities_from_record
from pfocr_net.evaluate import name_keys
from pfocr_net.model import Entity, Extraction, Record, Relation
from pfocr_net.records import read_record
from pfocr_net.relations import extract
from pfocr_net.text import score_key

GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"
RECORDS = GOLD / "records"
SITE = GOLD / "site"


@cache
def record(name: str) -> Record:
    """A fixture record: a file under ``records/`` or a figid in the ``site/`` checkout."""
    path = RECORDS / name
    if not path.exists():
        path = SITE / "_figures" / f"{name}.md"
    return read_record(path)


def with_caption(base: Record, caption: str, title: str = "") -> Record:
    """The record with another caption (one real sentence from it) and title."""
    return dataclasses.replace(base, caption=caption, title=title)


def sentence(base: Record, start: str) -> str:
    """The caption sentence of ``base`` that starts with ``start``."""
    caption = base.caption
    index = caption.index(start)
    end = caption.find(". ", index)
    return caption[index : end + 1 if end >= 0 else len(caption)]


def one(name: str, start: str, title: str = "") -> Extraction:
    """Relations of the fixture record ``name``'s caption sentence starting with ``start``."""
    base = record(name)
    return run(base, sentence(base, start), title)


def passage(base: Record, start: str, last: str) -> str:
    """The caption text of ``base`` from ``start`` through the first ``last`` after it (inclusive)."""
    index = base.caption.index(start)
    return base.caption[index : base.caption.index(last, index) + len(last)]


def run(base: Record, caption: str | None = None, title: str = "") -> Extraction:
    """Extract relations from ``base`` or from one of its sentences."""
    target = base if caption is None else with_caption(base, caption, title)
    return extract(target, entities_from_record(target))


def names(entity: Entity) -> set[str]:
    """Normalised names of an entity, as the scorer sees them."""
    texts = [entity.name, entity.represents.split(":", 1)[-1], *entity.mentions]
    texts += [a.split(":", 1)[-1] for a in [*entity.aliases, *entity.members]]
    return set(name_keys(texts))


def triples(extraction: Extraction, negated: bool = False) -> set[tuple[frozenset[str], str, frozenset[str]]]:
    """(subject names, interaction, object names) of every relation."""
    by_key = {e.key: e for e in extraction.entities}
    return {
        (frozenset(names(by_key[r.subject])), r.interaction, frozenset(names(by_key[r.object])))
        for r in extraction.relations
        if r.negated == negated
    }


def has(extraction: Extraction, subject: str, interaction: str, obj: str, negated: bool = False) -> bool:
    """Whether a relation links a node named ``subject`` to one named ``obj`` with ``interaction``."""
    s, o = score_key(subject), score_key(obj)
    return any(s in a and i == interaction and o in b for a, i, b in triples(extraction, negated))


def relation(extraction: Extraction, subject: str, interaction: str, obj: str) -> Relation:
    """The first matching relation (for checking its evidence fields)."""
    by_key = {e.key: e for e in extraction.entities}
    s, o = score_key(subject), score_key(obj)
    for r in extraction.relations:
        if r.interaction == interaction and s in names(by_key[r.subject]) and o in names(by_key[r.object]):
            return r
    raise AssertionError(f"no relation {subject} -{interaction}-> {obj}")
