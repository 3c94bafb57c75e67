"""Caption relation extraction speed: captions per second on one core over a set of records.

Usage: python bench/bench_extract.py [RECORDS ...]   (default: the seeds and the test fixture records)

Records and their OCR entities are read first; only ``relations.extract`` is timed. Every caption is
extracted ``--rounds`` times so that small sets still give a stable figure.
"""

from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

import pfocr_net
from pfocr_net import is_compiled
from pfocr_net.entities import entities_from_record
from pfocr_net.model import Record
from pfocr_net.records import read_records
from pfocr_net.relations import extract

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "gold" / "site", ROOT / "tests" / "fixtures" / "site"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    records = [r for r in read_records(args.paths) if isinstance(r, Record)]
    work = [(r, entities_from_record(r)) for r in records]
    extract(*work[0])  # warm the FamPlex and lexicon caches
    # Fresh entity lists per round (extract fills in their mentions), made before the clock starts.
    rounds = [[(record, copy.deepcopy(entities)) for record, entities in work] for _ in range(args.rounds)]
    relations = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for batch in rounds:
        for record, entities in batch:
            relations += len(extract(record, entities).relations)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    count = len(work) * args.rounds
    chars = sum(len(r.caption or "") for r, _ in work) / max(len(work), 1)
    print(f"pfocr_net: {'mypyc-compiled' if is_compiled() else 'pure Python'} ({Path(pfocr_net.__file__).parent})")
    print(f"{len(work)} captions (mean {chars:.0f} chars) x {args.rounds} rounds, {relations // args.rounds} relations per round")
    print(f"CPU time:  {count / cpu:,.0f} captions/s ({1000 * cpu / count:.3f} ms/caption)")
    print(f"wall time: {count / wall:,.0f} captions/s")


if __name__ == "__main__":
    main()
