"""Dump every caption extraction (entities and relations, all fields) for a set of records to JSON.

Usage: python bench/extract_snapshot.py OUT.json [PATHS ...] [--cross N] [--variants N]
(default paths: the seeds and the test fixtures)

Folders are searched for record folders and PFOCR site checkouts. ``--cross N`` also reads every caption
with the OCR entities of the N following records, and ``--variants N`` also reads N altered captions per
record (random slices, upper and lower case, the title in front, squeezed punctuation); both exercise far
more combinations of text and lexicon than the records alone. An extraction that takes longer than
``--limit`` seconds is recorded as ``"timeout"`` (a hang is behaviour too, and must not stop the dump).

The output is deterministic (records in path order, fields in declaration order, sorted JSON keys,
seeded variants), so two runs of the same code give byte-identical files: a refactoring that must not
change behaviour is checked by comparing the snapshots taken before and after it.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
from dataclasses import asdict, replace
from pathlib import Path
from types import FrameType

from pfocr_net.entities import entities_from_record
from pfocr_net.model import Record
from pfocr_net.records import RECORD_SUFFIXES, read_records
from pfocr_net.relations import extract

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "seeds", ROOT / "tests" / "fixtures"]


class _TimedOut(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _TimedOut


def record_folders(path: Path) -> list[Path]:
    """``path`` itself if it is a file, a site checkout or holds record files; else its record subfolders."""
    if path.is_file() or (path / "_figures").is_dir():
        return [path]
    found = [path] if any(p.is_file() and p.suffix.lower() in RECORD_SUFFIXES for p in path.iterdir()) else []
    for child in sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        found.extend(record_folders(child))
    return found


def _entry(record: Record, entities_of: Record, limit: int) -> dict[str, object]:
    entry: dict[str, object] = {"figid": record.figid, "path": str(record.path), "entities_of": entities_of.figid}
    signal.alarm(limit)
    try:
        extraction = extract(record, entities_from_record(entities_of))
    except _TimedOut:
        entry["timeout"] = True
        return entry
    finally:
        signal.alarm(0)
    entry["entities"] = [asdict(e) for e in extraction.entities]
    entry["relations"] = [asdict(r) for r in extraction.relations]
    return entry


def _variants(record: Record, count: int, rng: random.Random) -> list[str]:
    caption = record.caption or ""
    fixed = [caption.upper(), caption.lower(), f"{record.title or ''} {caption}", caption.replace(". ", ".").replace(", ", " , ")]
    out: list[str] = []
    while len(out) < count:
        start = rng.randint(0, len(caption))
        out.append(caption[start : rng.randint(start, len(caption))])
        if fixed and len(out) < count:
            out.append(fixed.pop(0))
    return out


def snapshot(paths: list[Path], cross: int = 0, variants: int = 0, limit: int = 3) -> list[dict[str, object]]:
    """One entry per readable record (and per cross pairing and caption variant): the extraction as plain data."""
    signal.signal(signal.SIGALRM, _alarm)
    folders = [folder for path in paths for folder in record_folders(path)]
    out: list[dict[str, object]] = []
    records: list[Record] = []
    for record in read_records(folders):
        if isinstance(record, Record):
            records.append(record)
        else:
            out.append({"error": str(record)})
    rng = random.Random(11)
    for index, record in enumerate(records):
        out.append(_entry(record, record, limit))
        for step in range(1, min(cross, len(records) - 1) + 1):
            out.append(_entry(record, records[(index + step) % len(records)], limit))
        for caption in _variants(record, variants, rng):
            out.append(_entry(replace(record, caption=caption), record, limit) | {"caption": caption})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--cross", type=int, default=0, help="also pair each caption with N other records' entities")
    parser.add_argument("--variants", type=int, default=0, help="also read N altered captions per record")
    parser.add_argument("--limit", type=int, default=3, help="seconds before an extraction is recorded as a timeout")
    args = parser.parse_args()
    data = snapshot(args.paths, args.cross, args.variants, args.limit)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    records = len({d["path"] for d in data if "path" in d})
    relations = sum(len(d.get("relations", [])) for d in data)  # type: ignore[arg-type]
    timeouts = sum(1 for d in data if d.get("timeout"))
    print(f"{records} records, {len(data)} extractions, {relations} relations, {timeouts} timeouts -> {args.out}")


if __name__ == "__main__":
    main()
