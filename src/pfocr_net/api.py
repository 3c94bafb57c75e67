"""The library API: records in, CX2 networks out (the command line is a thin shell over this)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from pfocr_net.entities import entities_from_record
from pfocr_net.errors import OutputError, PfocrNetError, RecordError
from pfocr_net.model import Extraction, Record
from pfocr_net.network import build_cx2
from pfocr_net.records import is_safe_figid, read_record, read_records, record_files
from pfocr_net.relations import extract
from pfocr_net.validate import check_cx2

#: Batches at least this large are spread over processes when more than one job is allowed.
PARALLEL_THRESHOLD = 64


@dataclass(slots=True)
class FigureNetwork:
    """One figure's record, what the caption reader found, and the validated CX2 document."""

    record: Record
    extraction: Extraction
    cx2: list[dict[str, Any]]

    @property
    def node_count(self) -> int:
        return len(self.extraction.entities)

    @property
    def edge_count(self) -> int:
        return sum(len(aspect["edges"]) for aspect in self.cx2 if "edges" in aspect)


def build_figure(record: Record) -> FigureNetwork:
    """Build and validate the network of one record."""
    extraction = extract(record, entities_from_record(record))
    cx2 = build_cx2(record, extraction)
    check_cx2(cx2, record.figid)
    return FigureNetwork(record=record, extraction=extraction, cx2=cx2)


def iter_figures(paths: Iterable[Path | str]) -> Iterator[FigureNetwork | PfocrNetError]:
    """Build every figure under ``paths``, yielding a :class:`PfocrNetError` for each that fails."""
    for item in read_records(paths):
        if isinstance(item, PfocrNetError):
            yield item
            continue
        try:
            yield build_figure(item)
        except PfocrNetError as error:
            yield error


def cx2_to_bytes(cx2: list[dict[str, Any]]) -> bytes:
    """Serialise a validated CX2 document as compact UTF-8 JSON (the validator has refused NaN/Infinity)."""
    return orjson.dumps(cx2)


def cx2_to_json(cx2: list[dict[str, Any]]) -> str:
    """:func:`cx2_to_bytes` as text."""
    return cx2_to_bytes(cx2).decode("utf-8")


def output_path(outdir: Path, figid: str) -> Path:
    """``OUTDIR/<figid>.cx2``, refusing a figid that would land anywhere else."""
    if not is_safe_figid(figid):
        raise OutputError(f"figid {figid!r} is not a safe file name")
    return outdir / f"{figid}.cx2"  # a safe figid has no separators and cannot start with '.'.


@dataclass(slots=True)
class BuildResult:
    """One figure's outcome in a batch: where its network went, or why it failed."""

    source: str
    figid: str = ""
    output: str = ""
    nodes: int = 0
    edges: int = 0
    error: str = ""
    #: The finished network, written under a hidden name until the batch publishes it.
    staged: str = ""


@dataclass(slots=True)
class BuildSummary:
    """What a batch build did."""

    outdir: Path
    results: list[BuildResult] = field(default_factory=list)

    @property
    def failures(self) -> list[BuildResult]:
        return [r for r in self.results if r.error]

    @property
    def built(self) -> list[BuildResult]:
        return [r for r in self.results if not r.error]


def build_file(path: Path, outdir: Path, staged: Path) -> BuildResult:
    """Read, build and validate one record file and write its network to ``staged``.

    Errors come back in the result; :func:`build_all` moves the staged file to ``OUTDIR/<figid>.cx2``.
    """
    result = BuildResult(source=str(path))
    try:
        figure = build_figure(read_record(path))
        result.figid = figure.record.figid
        result.output = str(output_path(outdir, figure.record.figid))
        staged.write_bytes(cx2_to_bytes(figure.cx2))
    except PfocrNetError as error:
        result.error = str(error)
        return result
    except OSError as error:
        result.error = f"{path}: cannot write network: {error.strerror or error}"
        return result
    result.staged, result.nodes, result.edges = str(staged), figure.node_count, figure.edge_count
    return result


def build_all(paths: Iterable[Path | str], outdir: Path | str, jobs: int | None = None) -> BuildSummary:
    """Build every figure under ``paths`` into ``outdir``; one bad record never stops the others.

    ``jobs`` caps the worker processes (default: all cores); small batches run in this process. Networks
    are published in input order once built, so when two records share a figid the first one is kept,
    whatever order the workers finished in, and a reader never sees a half-written file.
    """
    outdir = Path(outdir)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{outdir}: cannot create output folder: {error.strerror or error}") from None
    summary = BuildSummary(outdir=outdir)
    files: list[Path] = []
    for path in map(Path, paths):
        if not path.exists():
            summary.results.append(BuildResult(source=str(path), error=str(RecordError(path, "no such file or directory"))))
            continue
        files.extend(record_files(path))
    staged = [outdir / f".{os.getpid()}-{index}.cx2.part" for index in range(len(files))]
    workers = min(jobs or os.cpu_count() or 1, len(files))
    if workers > 1 and len(files) >= PARALLEL_THRESHOLD:
        chunk = max(1, len(files) // (workers * 8))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            outcomes = list(pool.map(build_file, files, [outdir] * len(files), staged, chunksize=chunk))
    else:
        outcomes = [build_file(path, outdir, stage) for path, stage in zip(files, staged)]
    kept: dict[str, str] = {}
    for outcome in outcomes:
        summary.results.append(outcome)
        if outcome.error:
            continue
        if outcome.figid in kept:
            Path(outcome.staged).unlink(missing_ok=True)
            outcome.error = (
                f"{outcome.source}: field 'figid': {outcome.figid!r} is also the figid of {kept[outcome.figid]}, "
                "whose network was kept"
            )
            continue
        try:
            os.replace(outcome.staged, outcome.output)
        except OSError as error:
            Path(outcome.staged).unlink(missing_ok=True)
            outcome.error = f"{outcome.source}: cannot write network: {error.strerror or error}"
            continue
        kept[outcome.figid] = outcome.source
    return summary
