"""FamPlex families and complexes, read from the ``famplex`` package's resource files.

The wheel installs its CSVs under a ``python3.10/site-packages`` path whatever the interpreter, so
they are located through the package's file list. Everything is loaded lazily and cached.
"""

from __future__ import annotations

import csv
import importlib.metadata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from pfocr_net.errors import PfocrNetError


@cache
def resource_path(name: str) -> Path:
    """Path of one of FamPlex's resource CSVs (``relations.csv``, ``grounding_map.csv``, ...)."""
    try:
        files = importlib.metadata.files("famplex") or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name == name and file.parent.name == "resources":
            path = Path(str(file.locate()))
            if path.is_file():
                return path
    raise PfocrNetError(f"FamPlex resource {name} not found: is the 'famplex' package installed?")


def _rows(name: str) -> Iterable[list[str]]:
    with resource_path(name).open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle)


@cache
def entities() -> frozenset[str]:
    """All FamPlex identifiers."""
    return frozenset(row[0] for row in _rows("entities.csv") if row)


@cache
def _children() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """FPLX id -> (namespace, id, relation) of the things that are ``isa``/``partof`` it."""
    kids: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in _rows("relations.csv"):
        if len(row) >= 5 and row[3] == "FPLX":
            kids[row[4]].append((row[0], row[1], row[2]))
    return {key: tuple(value) for key, value in kids.items()}


@cache
def members(fplx_id: str) -> tuple[str, ...]:
    """HGNC symbols of every gene in a family or complex, following nested entities."""
    found: set[str] = set()
    stack, seen = [fplx_id], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for namespace, ident, _relation in _children().get(current, ()):
            if namespace == "HGNC":
                found.add(ident)
            elif namespace == "FPLX":
                stack.append(ident)
    return tuple(sorted(found))


def kind(fplx_id: str) -> str:
    """``complex`` if anything is ``partof`` the entity, else ``proteinfamily``."""
    if any(relation == "partof" for _ns, _id, relation in _children().get(fplx_id, ())):
        return "complex"
    return "proteinfamily"


@cache
def grounding_map() -> dict[str, tuple[str, str]]:
    """Exact text -> (namespace, identifier), e.g. ``"NMDAR" -> ("FPLX", "GRIN")``."""
    mapping: dict[str, tuple[str, str]] = {}
    for row in _rows("grounding_map.csv"):
        if len(row) >= 3 and row[0] and row[1] and row[2]:
            mapping.setdefault(row[0], (row[1], row[2]))
    return mapping


@cache
def _folded_grounding_map() -> dict[str, tuple[str, str]]:
    folded: dict[str, tuple[str, str]] = {}
    for text, target in grounding_map().items():
        folded.setdefault(text.casefold(), target)
    return folded


@cache
def _folded_entities() -> dict[str, str]:
    return {ident.casefold(): ident for ident in sorted(entities())}


def ground(text: str) -> tuple[str, str] | None:
    """Ground a text through the grounding map: exact match first, then case-folded."""
    exact = grounding_map().get(text)
    if exact is not None:
        return exact
    return _folded_grounding_map().get(text.casefold())


@cache
def _by_member_set() -> dict[frozenset[str], str]:
    index: dict[frozenset[str], str] = {}
    for ident in sorted(entities(), key=lambda i: (len(members(i)), i)):
        genes = frozenset(members(ident))
        if genes:
            index.setdefault(genes, ident)
    return index


def family_of(texts: Iterable[str], symbols: Iterable[str]) -> str | None:
    """FamPlex id for an OCR family hit, from its word/symbol texts and its member HGNC symbols.

    Tries the grounding map and FamPlex ids on each text, accepting an id only when its members
    overlap the symbols; then an entity whose members are exactly those symbols.
    """
    gene_set = frozenset(symbols)
    for text in texts:
        if not text:
            continue
        candidates: list[str] = []
        grounded = ground(text)
        if grounded is not None and grounded[0] == "FPLX":
            candidates.append(grounded[1])
        named = _folded_entities().get(text.casefold())
        if named is not None:
            candidates.append(named)
        for candidate in candidates:
            if not gene_set or not gene_set.isdisjoint(members(candidate)):
                return candidate
    return _by_member_set().get(gene_set) if gene_set else None
