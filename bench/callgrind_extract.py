"""One round of caption extraction (or of ``mentions.ground_record``) for an exact instruction count.

Usage: valgrind --tool=callgrind --zero-before=gc_collect python bench/callgrind_extract.py [RECORDS ...] [--mentions]

Every record is extracted once first (the FamPlex and lexicon caches fill, and per-word memos warm up); the
counts are zeroed at the ``gc.collect()`` that follows, so they cover one timed round only, and the process
leaves through ``os._exit`` so interpreter teardown adds nothing. Compare the PROGRAM TOTALS (or the inclusive
count of ``CPyDef_relations___extract``) of two builds run on the same records.

Note that the round repeats records the warm-up has seen: a memo keyed by a record's entities or texts hits
every time here, far more often than over fresh records, where most OCR entities are new.
"""

from __future__ import annotations

import copy
import gc
import os
import sys

import caption_inputs

from pfocr_net.mentions import ground_record
from pfocr_net.relations import extract


def main() -> None:
    parser = caption_inputs.parser(__doc__)
    parser.add_argument("--mentions", action="store_true", help="count mentions.ground_record instead of extract")
    args = parser.parse_args()
    work = caption_inputs.records_with_entities(args.paths)
    for record, entities in work:
        extract(record, copy.deepcopy(entities))
    batch = [(record, copy.deepcopy(entities)) for record, entities in work]
    print(caption_inputs.build_label(), f"{len(batch)} captions", flush=True)
    gc.collect()  # callgrind --zero-before=gc_collect starts counting here
    for record, entities in batch:
        if args.mentions:
            ground_record(record, entities)
        else:
            extract(record, entities)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
