"""Caption relation extraction (placeholder until the extractor lands: finds no relations)."""

from __future__ import annotations

from pfocr_net.model import Entity, Extraction, Record


def extract(record: Record, entities: list[Entity]) -> Extraction:
    """Return the record's entities (plus caption-only ones) and the relations its caption states."""
    return Extraction(entities=list(entities), relations=[])
