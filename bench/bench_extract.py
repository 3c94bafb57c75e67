"""Caption relation extraction speed: captions per second on one core over a set of records.

Usage: python bench/bench_extract.py [RECORDS ...]   (default: the seeds and the test fixture records)

Records and their OCR entities are read first; only ``relations.extract`` is timed. Every caption is
extracted ``--rounds`` times so that small sets still give a stable figure.
"""

from __future__ import annotations

import copy
import time

import caption_inputs

from pfocr_net.relations import extract


def main() -> None:
    parser = caption_inputs.parser(__doc__)
    args = parser.parse_args()
    work = caption_inputs.records_with_entities(args.paths)
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
    print(caption_inputs.build_label())
    print(f"{len(work)} captions (mean {chars:.0f} chars) x {args.rounds} rounds, {relations // args.rounds} relations per round")
    print(f"CPU time:  {count / cpu:,.0f} captions/s ({1000 * cpu / count:.3f} ms/caption)")
    print(f"wall time: {count / wall:,.0f} captions/s")


if __name__ == "__main__":
    main()
