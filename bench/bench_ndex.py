"""Benchmark: concurrent NDEx uploads against a sequential loop of the same ndex2 calls.

Usage: python bench/bench_ndex.py [--networks 200] [--latency 0.1] [--jobs 8]

Starts the local NDEx-compatible server from ``tests/ndex_server.py`` in its own process (as a real
server would be) with LATENCY seconds added to every request, then uploads NETWORKS small figure networks twice, each time for a fresh account:
once with ``jobs=1`` (the sequential loop) and once with ``jobs=JOBS``. Both runs make the same
ndex2 calls (list own networks, create, poll the summary) and write each UUID back to a record
file. Prints both wall times, the speedup, a re-run of the concurrent batch (all unchanged), and
the number of duplicate networks (beyond one per figure), counted from each account's network list.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from ndex_server import tiny_cx2

from pfocr_net.credentials import Credentials
from pfocr_net.model import Record
from pfocr_net.ndex import (
    FIGURE_ATTRIBUTE,
    NdexClient,
    Uploader,
    UploadOptions,
    UploadResult,
    properties,
)


@dataclass
class Figure:
    record: Record
    cx2: list[dict[str, Any]]


def make_figures(folder: Path, count: int, prefix: str) -> list[Figure]:
    folder.mkdir(parents=True, exist_ok=True)
    figures = []
    for index in range(count):
        figid = f"PMC{100000 + index}__{prefix}-fig{index}"
        path = folder / f"{figid}.md"
        path.write_text(f"---\nfigid: {figid}\nndex: ''\n---\n", encoding="utf-8")
        figures.append(Figure(Record(figid=figid, path=path), tiny_cx2(figid, nodes=5)))
    return figures


def timed_run(url: str, user: str, figures: list[Figure], jobs: int) -> tuple[float, list[UploadResult]]:
    client = NdexClient(url, Credentials(user, "bench-pw"), call_timeout=60)
    options = UploadOptions(jobs=jobs, visibility="UNLISTED")
    start = time.perf_counter()
    results = Uploader(client, options).run(figures)
    return time.perf_counter() - start, results


def duplicates(url: str, user: str) -> int:
    """Networks of the account beyond one per pfocrId."""
    client = NdexClient(url, Credentials(user, "bench-pw"), call_timeout=60)
    counts = Counter(properties(s).get(FIGURE_ATTRIBUTE) for s in client.own_summaries())
    return sum(n - 1 for n in counts.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--networks", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--jobs", type=int, default=8)
    args = parser.parse_args()
    command = [sys.executable, str(ROOT / "tests" / "ndex_server.py"), "--latency", str(args.latency),
               "--user", "sequential:bench-pw", "--user", "concurrent:bench-pw"]
    with tempfile.TemporaryDirectory() as tmp, subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as server:
        assert server.stdout is not None and server.stdin is not None
        url = server.stdout.readline().strip()
        one = make_figures(Path(tmp) / "one", args.networks, "seq")
        many = make_figures(Path(tmp) / "many", args.networks, "par")
        seq_time, seq_results = timed_run(url, "sequential", one, 1)
        par_time, par_results = timed_run(url, "concurrent", many, args.jobs)
        rerun_time, rerun_results = timed_run(url, "concurrent", many, args.jobs)
        dupes = duplicates(url, "sequential") + duplicates(url, "concurrent")
        server.stdin.close()

        failed = [r for r in seq_results + par_results + rerun_results if not r.ok]
        print(f"networks: {args.networks}, latency per request: {args.latency * 1000:.0f} ms")
        print(f"sequential (jobs=1): {seq_time:7.2f} s")
        print(f"concurrent (jobs={args.jobs}): {par_time:7.2f} s")
        print(f"speedup: {seq_time / par_time:.2f}x")
        print(f"re-run, all unchanged (jobs={args.jobs}): {rerun_time:7.2f} s  "
              f"({sum(r.action == 'unchanged' for r in rerun_results)} unchanged)")
        print(f"duplicates: {dupes}")
        print(f"failed: {len(failed)}")
        for result in failed[:5]:
            print(f"  {result.message}")


if __name__ == "__main__":
    main()
