"""Dump every caption extraction (entities and relations, all fields) for a set of records to JSON.

Usage: python bench/extract_snapshot.py OUT.json [PATHS ...] [--cross N]   (default: seeds and test fixtures)

Folders are searched for record folders and PFOCR site checkouts. ``--cross N`` also reads every
caption with the OCR entities of the N following records, which exercises far more combinations of
text and lexicon than the records alone. The output is deterministic (records in path order, fields in declaration order, sorted JSON keys), so
two runs of the same code give byte-identical files; a refactoring that must not change behaviour is
checked by comparing the snapshots taken before and after it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from pfocr_net.entities import entities_from_record
from pfocr_net.model import Record
from pfocr_net.records import RECORD_SUFFIXES, read_records
from pfocr_net.relations import extract

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "seeds", ROOT / "tests" / "fixtures"]


def record_folders(path: Path) -> list[Path]:
    """``path`` itself if it is a file, a site checkout or holds record files; else its record subfolders."""
    if path.is_file() or (path / "_figures").is_dir():
        return [path]
    found = [path] if any(p.is_file() and p.suffix.lower() in RECORD_SUFFIXES for p in path.iterdir()) else []
    for child in sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        found.extend(record_folders(child))
    return found


def _entry(record: Record, entities_of: Record) -> dict[str, object]:
    extraction = extract(record, entities_from_record(entities_of))
    return {
        "figid": record.figid,
        "path": str(record.path),
        "entities_of": entities_of.figid,
        "entities": [asdict(e) for e in extraction.entities],
        "relations": [asdict(r) for r in extraction.relations],
    }


def snapshot(paths: list[Path], cross: int = 0) -> list[dict[str, object]]:
    """One entry per readable record (and per cross pairing): the extraction as plain data."""
    folders = [folder for path in paths for folder in record_folders(path)]
    out: list[dict[str, object]] = []
    records: list[Record] = []
    for record in read_records(folders):
        if isinstance(record, Record):
            records.append(record)
        else:
            out.append({"error": str(record)})
    for index, record in enumerate(records):
        out.append(_entry(record, record))
        for step in range(1, min(cross, len(records) - 1) + 1):
            out.append(_entry(record, records[(index + step) % len(records)]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--cross", type=int, default=0, help="also pair each caption with N other records' entities")
    args = parser.parse_args()
    data = snapshot(args.paths, args.cross)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    records = len({d["path"] for d in data if "path" in d})
    relations = sum(len(d.get("relations", [])) for d in data)  # type: ignore[arg-type]
    print(f"{records} records, {len(data)} extractions, {relations} relations -> {args.out}")


if __name__ == "__main__":
    main()
