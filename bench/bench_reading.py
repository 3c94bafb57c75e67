"""Sentence reading speed: ``relations._read_text`` per caption on one core, without mention finding.

Usage: python bench/bench_reading.py [RECORDS ...] [--rounds N]
(default records: the seeds and the test fixture records, as ``bench_extract.py``).

Each caption's mentions are found once, before the clock starts, the way ``relations.extract`` finds and
adjusts them; only the reading of the caption and title is timed (for a native profiler too). The figure is
given for all rounds together and for the fastest round (steadier on a busy machine).
"""

from __future__ import annotations

import copy
import time

import caption_inputs

from pfocr_net import relations
from pfocr_net.mentions import ground_record
from pfocr_net.model import Record


def reading_inputs(record: Record, entities: list) -> list[relations.ReadingCall]:
    """The ``_read_text`` calls ``extract`` makes for one record."""
    return relations.reading_calls(record, ground_record(record, copy.deepcopy(entities)))


def main() -> None:
    parser = caption_inputs.parser(__doc__)
    args = parser.parse_args()
    work = caption_inputs.records_with_entities(args.paths)
    calls = [call for record, entities in work for call in reading_inputs(record, entities)]
    read_text = relations._read_text
    found = sum(len(read_text(*call)) for call in calls)  # warm up
    times = []
    for _ in range(args.rounds):
        cpu = time.process_time()
        for call in calls:
            read_text(*call)
        times.append(time.process_time() - cpu)
    count = len(work)
    print(caption_inputs.build_label())
    print(f"{count} captions, {len(calls)} texts, {found} relations read per round")
    print(f"reading CPU: {count * args.rounds / sum(times):,.0f} captions/s overall, "
          f"{count / min(times):,.0f} captions/s best round ({1000 * min(times) / count:.3f} ms/caption)")


if __name__ == "__main__":
    main()
