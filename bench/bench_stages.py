"""Benchmark: per-record time of each build stage on the PFOCR corpus (ms/record, best of N rounds).

Usage: python bench/bench_stages.py [--corpus DIR] [--rounds N]

Stages: ``parse_only`` (``yaml.CSafeLoader`` on the whole front matter, the yardstick), ``read``
(:func:`read_record`), ``entities``, ``extract`` (caption reading), ``build_cx2``, ``check_cx2`` and
``serialise``. Each stage is timed over the whole corpus per round in CPU time of this process, and the
best round is reported, which keeps other load on the machine out of the numbers as far as possible.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import yaml

from pfocr_net.api import cx2_to_bytes
from pfocr_net.entities import entities_from_record
from pfocr_net.network import build_cx2
from pfocr_net.records import read_front_matter_text, read_record, record_files
from pfocr_net.relations import extract
from pfocr_net.validate import check_cx2

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "pfocr-database"
OURS = ("read", "entities", "build_cx2", "check_cx2", "serialise")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    files = record_files(args.corpus)
    best: dict[str, float] = {}

    def timed(stage: str, run: object) -> list[object]:
        start = time.process_time()
        out = run()  # type: ignore[operator]
        best[stage] = min(best.get(stage, float("inf")), time.process_time() - start)
        return out  # type: ignore[no-any-return]

    for _ in range(args.rounds):
        timed("parse_only", lambda: [yaml.load(read_front_matter_text(f), Loader=yaml.CSafeLoader) for f in files])  # noqa: S506
        records = timed("read", lambda: [read_record(f) for f in files])
        entities = timed("entities", lambda: [entities_from_record(r) for r in records])
        extractions = timed("extract", lambda: [extract(r, e) for r, e in zip(records, entities)])
        docs = timed("build_cx2", lambda: [build_cx2(r, x) for r, x in zip(records, extractions)])
        timed("check_cx2", lambda: [check_cx2(d, r.figid) for r, d in zip(records, docs)])
        timed("serialise", lambda: [cx2_to_bytes(d) for d in docs])
    per = {stage: seconds / len(files) * 1000 for stage, seconds in best.items()}
    print(f"{len(files)} records, best of {args.rounds} rounds, ms/record")
    for stage, ms in per.items():
        print(f"  {stage:11s} {ms:7.3f}")
    print(f"  {'all but extract':16s} {sum(per[s] for s in OURS):.3f}")


if __name__ == "__main__":
    main()
