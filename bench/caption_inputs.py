"""What the caption benchmarks share: their command line, the records they read and the build they run on."""

from __future__ import annotations

import argparse
from pathlib import Path

import pfocr_net
from pfocr_net import is_compiled
from pfocr_net.entities import entities_from_record
from pfocr_net.model import Entity, Record
from pfocr_net.records import read_records

ROOT = Path(__file__).resolve().parents[1]
#: The seeds and the test fixture records.
DEFAULT = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "gold" / "site", ROOT / "tests" / "fixtures" / "site"]


def parser(doc: str) -> argparse.ArgumentParser:
    """The benchmarks' command line: record paths (default :data:`DEFAULT`) and ``--rounds``."""
    found = argparse.ArgumentParser(description=doc.splitlines()[0])
    found.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    found.add_argument("--rounds", type=int, default=20)
    return found


def records_with_entities(paths: list[Path]) -> list[tuple[Record, list[Entity]]]:
    """Every record under ``paths`` (unreadable ones skipped) with its OCR entities."""
    return [(r, entities_from_record(r)) for r in read_records(paths) if isinstance(r, Record)]


def build_label() -> str:
    """Which build the benchmark runs: compiled or pure Python, and where it was imported from."""
    return f"pfocr_net: {'mypyc-compiled' if is_compiled() else 'pure Python'} ({Path(pfocr_net.__file__).parent})"
