"""Benchmark: whole-corpus build rate against the rate of parsing the same front matter alone.

Usage: python bench/bench_build.py [--corpus DIR] [--synthetic N]

Builds the PFOCR corpus (default ``../shared/corpus/pfocr-database`` next to the project) and a
synthetic site checkout of N records made from it (default 10,000), and prints records/s for
parse-only (``yaml.CSafeLoader`` on the front matter), build on one core, and build on all cores,
plus each build's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from pfocr_net import is_compiled
from pfocr_net.records import read_front_matter_text, record_files

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "pfocr-database"


def make_synthetic(corpus: Path, target: Path, count: int) -> Path:
    """A site checkout of ``count`` records cycling through the corpus, each with a new figid."""
    figures, data = target / "_figures", target / "_data"
    figures.mkdir(parents=True)
    data.mkdir()
    sources = record_files(corpus)
    for index in range(count):
        source = sources[index % len(sources)]
        old = source.stem
        new = f"{old}-syn{index:05d}"
        text = source.read_text(encoding="utf-8")
        text = re.sub(r"^figid: .*$", f"figid: {new}", text, count=1, flags=re.MULTILINE)
        (figures / f"{new}.md").write_text(text, encoding="utf-8")
        for kind in ("genes", "chemicals", "diseases"):
            tsv = corpus / "_data" / f"{old}-{kind}.tsv"
            if tsv.exists():
                os.link(tsv, data / f"{new}-{kind}.tsv") if _same_device(tsv, data) else shutil.copy(tsv, data)
    return target


def _same_device(a: Path, b: Path) -> bool:
    return a.stat().st_dev == b.stat().st_dev


def parse_only_rate(corpus: Path, repeat: int = 3) -> float:
    """Records/s for reading each file and loading its front matter with the C loader, best of ``repeat``."""
    files = record_files(corpus)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for file in files:
            yaml.load(read_front_matter_text(file), Loader=yaml.CSafeLoader)  # noqa: S506
        best = min(best, time.perf_counter() - start)
    return len(files) / best


def build_rate(corpus: Path, jobs: int, repeat: int = 2) -> tuple[float, float, int]:
    """(records/s, peak RSS in MB of the largest process, records) for ``pfocr-net build``, best of ``repeat``."""
    count = len(record_files(corpus))
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            # Timed inside a fresh process, after imports: the build itself, not interpreter start-up.
            code = (
                "import resource, time; from pfocr_net.api import build_all;"
                "start = time.perf_counter();"
                f"s = build_all([{str(corpus)!r}], {out!r}, jobs={jobs});"
                "elapsed = time.perf_counter() - start;"
                "assert not s.failures, s.failures[:3];"
                "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
                "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
                "print(elapsed, max(own, kids))"
            )
            result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
            elapsed, rss = result.stdout.split()
            best = min(best, float(elapsed))
            peak = max(peak, int(rss) / 1024)
    return count / best, peak, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--synthetic", type=int, default=10_000)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus} (pass --corpus)")
    cores = os.cpu_count() or 1
    print(f"cores: {cores}; peak RSS is the largest single process (ru_maxrss)")
    print(f"pfocr_net: {'mypyc-compiled' if is_compiled() else 'pure Python'}")
    with tempfile.TemporaryDirectory() as scratch:
        corpora = [("corpus", args.corpus)]
        if args.synthetic:
            corpora.append((f"synthetic {args.synthetic}", make_synthetic(args.corpus, Path(scratch) / "site", args.synthetic)))
        for label, corpus in corpora:
            parse = parse_only_rate(corpus)
            one, one_peak, count = build_rate(corpus, jobs=1)
            many, many_peak, _ = build_rate(corpus, jobs=cores)
            print(f"\n{label}: {count} records")
            print(f"  parse front matter only (CSafeLoader): {parse:9.1f} records/s")
            print(f"  build, 1 process:                       {one:9.1f} records/s  ({one / parse:.2f}x parse-only), peak {one_peak:.0f} MB")
            print(f"  build, {cores} processes:                     {many:9.1f} records/s  ({many / parse:.2f}x parse-only), peak {many_peak:.0f} MB")


if __name__ == "__main__":
    main()
