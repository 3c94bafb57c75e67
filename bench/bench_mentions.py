"""Mention finding speed: ``mentions.ground_record`` per caption on one core, beside the whole extraction.

Usage: python bench/bench_mentions.py [RECORDS ...] [--rounds N] [--only-mentions]
(default records: the seeds and the test fixture records, as ``bench_extract.py``).

``ground_record`` leaves the entity lists as it found them (a definition flag it adds once stays), so the
same lists serve every round; ``--only-mentions`` skips the extraction timing (for a native profiler).
Each figure is given for all rounds together and for the fastest round (steadier on a busy machine).
"""

from __future__ import annotations

import copy
import gc
import time

import caption_inputs

from pfocr_net.mentions import ground_record
from pfocr_net.relations import extract


def main() -> None:
    parser = caption_inputs.parser(__doc__)
    parser.add_argument("--only-mentions", action="store_true")
    args = parser.parse_args()
    work = caption_inputs.records_with_entities(args.paths)
    for record, entities in work:
        ground_record(record, copy.deepcopy(entities))  # warm the caches and add any definition flags
    gc.collect()  # (also the mark a profiler can zero its counts at: valgrind --zero-before=gc_collect)
    count = len(work) * args.rounds
    print(caption_inputs.build_label())
    times = []
    for _ in range(args.rounds):
        cpu = time.process_time()
        for record, entities in work:
            ground_record(record, entities)
        times.append(time.process_time() - cpu)
    report("ground_record", times, len(work))
    if args.only_mentions:
        return
    rounds = [[(record, copy.deepcopy(entities)) for record, entities in work] for _ in range(args.rounds)]
    times = []
    for batch in rounds:
        cpu = time.process_time()
        for record, entities in batch:
            extract(record, entities)
        times.append(time.process_time() - cpu)
    report("extract", times, len(work))


def report(name: str, times: list[float], captions: int) -> None:
    """Captions per CPU second over all rounds and in the fastest round."""
    total = sum(times)
    print(f"{name + ':':15}{captions * len(times) / total:7,.0f} captions/s ({1000 * total / captions / len(times):.3f} "
          f"ms/caption); fastest round {captions / min(times):,.0f} captions/s")


if __name__ == "__main__":
    main()
