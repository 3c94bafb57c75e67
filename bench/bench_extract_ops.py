"""Caption relation extraction cost in executed Python bytecodes per caption: a load-independent measure.

Usage: python bench/bench_extract_ops.py [RECORDS ...] [--top N]   (default: the records bench_extract.py reads)

Wall and CPU time swing by tens of percent on a shared machine; the number of bytecode instructions the
interpreter executes for ``relations.extract`` does not, so it shows whether a pure-Python change cut work
even when timings are too noisy to tell. It leaves out time spent in C (regular expressions, dict and cache
look-ups), so confirm a gain with ``bench_extract.py`` on a quiet machine. ``--top N`` also lists the N
functions executing the most instructions.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

from pfocr_net.entities import entities_from_record
from pfocr_net.model import Record
from pfocr_net.records import read_records
from pfocr_net.relations import extract

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "seeds", ROOT / "tests" / "fixtures" / "gold" / "site", ROOT / "tests" / "fixtures" / "site"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--top", type=int, default=0, help="also list the N functions executing the most instructions")
    args = parser.parse_args()
    records = [r for r in read_records(args.paths) if isinstance(r, Record)]
    work = [(r, entities_from_record(r)) for r in records]
    for record, entities in work:  # warm the FamPlex, lexicon and word caches as a long run would
        extract(record, copy.deepcopy(entities))
    batch = [(record, copy.deepcopy(entities)) for record, entities in work]
    opcodes: Counter[tuple[str, str]] = Counter()
    calls = [0]

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        frame.f_trace_opcodes = True
        if event == "opcode":
            code = frame.f_code
            opcodes[(Path(code.co_filename).name, code.co_name)] += 1
        elif event == "call":
            calls[0] += 1
        return trace

    sys.settrace(trace)
    try:
        for record, entities in batch:
            extract(record, entities)
    finally:
        sys.settrace(None)
    count = max(len(batch), 1)
    total = sum(opcodes.values())
    print(f"{len(batch)} captions: {total / count:,.0f} bytecodes/caption, {calls[0] / count:,.0f} Python calls/caption")
    for (filename, name), n in opcodes.most_common(args.top):
        print(f"{n / count:9,.0f}  {100 * n / max(total, 1):5.1f}%  {filename}:{name}")


if __name__ == "__main__":
    main()
