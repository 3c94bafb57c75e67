"""Benchmark: per-record time of each build stage on the PFOCR corpus (ms/record, best of N rounds).

Usage: python bench/bench_stages.py [--corpus DIR] [--rounds N]

Stages: ``parse_only`` (``yaml.CSafeLoader`` on the whole front matter, the yardstick), ``read``
(:func:`read_record`), ``entities``, ``extract`` (caption reading), ``build_cx2``, ``check_cx2`` and
``serialise``. Records go through the stages one at a time, as in a build; each stage's CPU time (of
this process) is summed over the corpus per round and the best round is reported, which keeps other
load on the machine out of the numbers as far as possible.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import yaml

import pfocr_net
from pfocr_net import is_compiled
from pfocr_net.api import cx2_to_bytes
from pfocr_net.entities import entities_from_record
from pfocr_net.network import build_cx2
from pfocr_net.records import read_front_matter_text, read_record, record_files
from pfocr_net.relations import extract
from pfocr_net.validate import check_cx2

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "pfocr-database"
OURS = ("read", "entities", "build_cx2", "check_cx2", "serialise")  # every stage but extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    files = record_files(args.corpus)
    stages = ("parse_only", *OURS[:2], "extract", *OURS[2:])
    best = dict.fromkeys(stages, float("inf"))
    clock = time.process_time
    for _ in range(args.rounds):
        spent = dict.fromkeys(stages, 0.0)
        for file in files:  # one record through every stage, as a build does
            t0 = clock()
            yaml.load(read_front_matter_text(file), Loader=yaml.CSafeLoader)  # noqa: S506
            t1 = clock()
            record = read_record(file)
            t2 = clock()
            entities = entities_from_record(record)
            t3 = clock()
            extraction = extract(record, entities)
            t4 = clock()
            doc = build_cx2(record, extraction)
            t5 = clock()
            check_cx2(doc, record.figid)
            t6 = clock()
            cx2_to_bytes(doc)
            t7 = clock()
            for stage, start, end in zip(stages, (t0, t1, t2, t3, t4, t5, t6), (t1, t2, t3, t4, t5, t6, t7)):
                spent[stage] += end - start
        for stage in stages:
            best[stage] = min(best[stage], spent[stage])
    per = {stage: seconds / len(files) * 1000 for stage, seconds in best.items()}
    print(f"pfocr_net: {'mypyc-compiled' if is_compiled() else 'pure Python'} ({Path(pfocr_net.__file__).parent})")
    print(f"{len(files)} records, best of {args.rounds} rounds, ms/record")
    for stage, ms in per.items():
        print(f"  {stage:11s} {ms:7.3f}")
    print(f"  {'all but extract':16s} {sum(per[s] for s in OURS):.3f}")


if __name__ == "__main__":
    main()
