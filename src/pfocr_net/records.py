"""Read PFOCR figure records: lone front-matter files, folders of them, or a PFOCR site checkout."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from pfocr_net.errors import RecordError
from pfocr_net.model import ChemicalRow, DiseaseRow, GeneRow, Record

RECORD_SUFFIXES = (".md", ".txt", ".markdown", ".yaml", ".yml")
#: An NDEx network UUID, the whole string.
NDEX_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_MISSING = {"", "NA", "N/A", ".na.character", "nan", "NaN", "NULL", "null"}
_CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9_.]*):(.+)$")
#: ``source`` values of the word/source/identifier layout that name an identifier namespace.
_SOURCE_PREFIXES = frozenset({"mesh", "chebi", "doid"})

try:  # PyYAML built with libyaml; the pure-Python loader is ~10x slower
    _Loader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


def read_records(paths: Iterable[Path | str]) -> Iterator[Record | RecordError]:
    """Yield one :class:`Record` per figure found under ``paths``, or a :class:`RecordError`.

    A path may be a record file, a folder of record files, a PFOCR site checkout (a folder with
    ``_figures/``) or one ``_figures/<figid>.md`` inside a checkout.
    """
    for path in map(Path, paths):
        if not path.exists():
            yield RecordError(path, "no such file or directory")
            continue
        for file in record_files(path):
            try:
                yield read_record(file)
            except RecordError as error:
                yield error


def record_files(path: Path) -> list[Path]:
    """The record files a path stands for, in a stable order."""
    if path.is_file():
        return [path]
    folder = path / "_figures" if (path / "_figures").is_dir() else path
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in RECORD_SUFFIXES)


def read_record(path: Path | str) -> Record:
    """Read one record file (and, inside a site checkout, its ``_data/`` TSVs)."""
    path = Path(path)
    meta = parse_front_matter(path)
    figid = _require_figid(path, meta)
    site_root = _site_root(path)
    record = Record(
        figid=figid,
        path=path,
        title=_text(path, meta, "figtitle").strip(),
        caption=_text(path, meta, "caption").strip(),
        pmcid=_text(path, meta, "pmcid").strip(),
        number=_text(path, meta, "number").strip(),
        figlink=_text(path, meta, "figlink").strip(),
        filename=_text(path, meta, "filename").strip(),
        paper_title=_text(path, meta, "papertitle").strip(),
        reftext=_text(path, meta, "reftext").strip(),
        year=_text(path, meta, "year").strip(),
        doi=_text(path, meta, "doi").strip(),
        organisms=_organisms(path, meta),
        ndex=_ndex(path, meta),
        site_root=site_root,
    )
    if site_root is not None:
        data = site_root / "_data"
        record.genes = _tsv_genes(data / f"{figid}-genes.tsv")
        record.chemicals = _tsv_named(data / f"{figid}-chemicals.tsv", ChemicalRow, "chebi")
        record.diseases = _tsv_named(data / f"{figid}-diseases.tsv", DiseaseRow, "doid")
    if not record.genes:
        record.genes = _inline_genes(path, meta)
    if not record.chemicals:
        record.chemicals = _inline_named(path, meta, "chemicals", ChemicalRow)
    if not record.diseases:
        record.diseases = _inline_named(path, meta, "diseases", DiseaseRow)
    return record


#: Top-level front-matter fields the tool never reads; their blocks are cut before parsing (the
#: JSON-LD block repeats the caption and keywords and is a large share of every record).
UNUSED_FIELDS = frozenset(
    {"schema-jsonld", "keywords", "seo", "annotations", "redirect_from", "figid_alias", "automl_pathway",
     "organisms_ner", "pmc_ranked_result_index", "pathway_score", "journal_title", "journal_nlm_ta",
     "publisher_name", "figtype", "wpid"}
)  # fmt: skip
_TOP_LEVEL_KEY = re.compile(r"^([^\s#\-'\"][^:\n]*):(?=[ \t]|\r?$)", re.MULTILINE)


def drop_unused_fields(text: str) -> str:
    """Front-matter text without the blocks of :data:`UNUSED_FIELDS` (everything else byte for byte)."""
    keys = [(m.group(1).strip(), m.start()) for m in _TOP_LEVEL_KEY.finditer(text)]
    if not any(key in UNUSED_FIELDS for key, _ in keys):
        return text
    kept: list[str] = [text[: keys[0][1]]] if keys else [text]
    for index, (key, start) in enumerate(keys):
        end = keys[index + 1][1] if index + 1 < len(keys) else len(text)
        if key not in UNUSED_FIELDS:
            kept.append(text[start:end])
    return "".join(kept)


def parse_front_matter(path: Path, *, all_fields: bool = False) -> dict[str, Any]:
    """The YAML front matter of a record file, as a mapping (unused fields left out unless ``all_fields``)."""
    text = read_front_matter_text(path)
    if not all_fields:
        text = drop_unused_fields(text)
    try:
        meta = yaml.load(text, Loader=_Loader)  # noqa: S506 - CSafeLoader is the safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise RecordError(path, f"front matter is not valid YAML{where}: {problem}") from None
    if not isinstance(meta, dict):
        raise RecordError(path, "front matter is not a YAML mapping of fields")
    return meta


def read_front_matter_text(path: Path) -> str:
    """The text between the opening ``---`` line and the closing ``---`` (or ``...``) line."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RecordError(path, f"cannot read file: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RecordError(path, f"not UTF-8 text (byte {error.start})") from None
    if not text.startswith("---"):
        raise RecordError(path, "no YAML front matter (the file must start with a '---' line)")
    first_newline = text.find("\n")
    if first_newline < 0 or text[:first_newline].strip() != "---":
        raise RecordError(path, "no YAML front matter (the file must start with a '---' line)")
    end = re.search(r"^(?:---|\.\.\.)[ \t]*\r?$", text[first_newline + 1 :], flags=re.MULTILINE)
    if end is None:
        raise RecordError(path, "front matter is not closed by a '---' line")
    return text[first_newline + 1 : first_newline + 1 + end.start()]


def is_safe_figid(figid: str) -> bool:
    """True if ``figid`` can be used as a file name without leaving its folder."""
    return (
        bool(figid)
        and len(figid) <= 200
        and not figid.startswith(".")
        and not any(ch in figid for ch in '/\\:*?"<>|')
        and all(ch.isprintable() for ch in figid)
    )


def _require_figid(path: Path, meta: dict[str, Any]) -> str:
    if "figid" not in meta or meta["figid"] in (None, ""):
        raise RecordError(path, "missing", field="figid")
    figid = meta["figid"]
    if not isinstance(figid, str):
        raise RecordError(path, f"expected text, got {type(figid).__name__}", field="figid")
    figid = figid.strip()
    if not is_safe_figid(figid):
        raise RecordError(path, f"{figid!r} is not a safe file name", field="figid")
    return figid


def _site_root(path: Path) -> Path | None:
    parent = path.resolve().parent
    if parent.name == "_figures":
        return parent.parent
    return None


def _text(path: Path, meta: dict[str, Any], key: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or isinstance(value, (dict, list)):
        raise RecordError(path, f"expected text, got {type(value).__name__}", field=key)
    text = str(value)
    return "" if text == ".na.character" else text


def _organisms(path: Path, meta: dict[str, Any]) -> list[str]:
    value = meta.get("organisms")
    if value is None or value == "":
        return []
    if isinstance(value, str):
        items: list[Any] = [value]
    elif isinstance(value, list):
        items = value
    else:
        raise RecordError(path, "expected a list or a name", field="organisms")
    names = []
    for item in items:
        if not isinstance(item, str):
            raise RecordError(path, f"expected names, got {type(item).__name__}", field="organisms")
        if item.strip() and item.strip() not in _MISSING:
            names.append(item.strip())
    return names


def _ndex(path: Path, meta: dict[str, Any]) -> str:
    value = meta.get("ndex")
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or not NDEX_UUID.match(value.strip()):
        raise RecordError(path, f"expected '' or an NDEx network UUID, got {value!r}", field="ndex")
    return value.strip().lower()


def _clean(value: Any) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    return "" if text in _MISSING else text


def _inline_list(path: Path, meta: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = meta.get(key)
    if value is None or value == "":
        return []
    if not isinstance(value, list):
        raise RecordError(path, f"expected a list, got {type(value).__name__}", field=key)
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise RecordError(path, "expected a list of mappings", field=f"{key}[{index}]")
    return value


def _inline_genes(path: Path, meta: dict[str, Any]) -> list[GeneRow]:
    rows = []
    for item in _inline_list(path, meta, "genes"):
        rows.append(
            GeneRow(
                word=_clean(item.get("word")),
                match=_clean(item.get("symbol")),
                symbol=_clean(item.get("hgnc_symbol")),
                source=_clean(item.get("source")),
                entrez=_clean(item.get("entrez")),
            )
        )
    return [row for row in rows if row.entrez or row.symbol]


def _curie(prefix: str, value: str) -> str:
    value = _clean(value)
    if not value:
        return ""
    match = _CURIE.match(value)
    if match and match.group(1).lower() in {"mesh", "chebi", "doid", "pubchem.compound", "cas"}:
        return f"{match.group(1).lower()}:{match.group(2)}"
    return f"{prefix}:{value}" if prefix else ""


def _source_row(kind: type, row: dict[str, Any]) -> Any:
    """A chemical/disease from the ``word, source, identifier`` layout (seed front matter, older TSVs)."""
    source = _clean(row.get("source")).lower()
    ident = _curie(source if source in _SOURCE_PREFIXES else "", _clean(row.get("identifier")))
    word = _clean(row.get("word"))
    return kind(word=word, name=_clean(row.get("name")) or word, identifiers=(ident,) if ident else ())


def _inline_named(path: Path, meta: dict[str, Any], key: str, kind: type) -> list[Any]:
    rows = [_source_row(kind, item) for item in _inline_list(path, meta, key)]
    return [row for row in rows if row.word]


def _read_tsv(path: Path) -> list[dict[str, str]] | None:
    if not path.is_file():
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise RecordError(path, f"unreadable TSV: {error}") from None
    if not lines:
        return []
    header = lines[0].split("\t")
    # PFOCR tables repeat whole rows; identical lines carry nothing new.
    return [dict(zip(header, line.split("\t"))) for line in dict.fromkeys(lines[1:]) if line]


def _tsv_genes(path: Path) -> list[GeneRow]:
    rows = _read_tsv(path)
    if rows is None:
        return []
    if rows and "ncbigene_id" not in rows[0]:
        raise RecordError(path, "not a PFOCR genes table", field="ncbigene_id")
    genes = []
    for row in rows:
        entrez = _clean(row.get("ncbigene_id"))
        symbol = (row.get("ncbigene_symbol") or "").strip()  # the symbol 'NA' is a real gene name
        if not entrez or not symbol:
            continue
        genes.append(
            GeneRow(
                word=(row.get("word") or "").strip(),
                match=(row.get("match") or "").strip(),
                symbol=symbol,
                source=_clean(row.get("source")),
                entrez=entrez,
                organism_id=_clean(row.get("organism_id")),
                organism_name=_clean(row.get("organism_name")),
                organism_group=_clean(row.get("organism_group")),
            )
        )
    return genes


def _tsv_named(path: Path, kind: type, extra_column: str) -> list[Any]:
    rows = _read_tsv(path)
    if rows is None:
        return []
    items = []
    for row in rows:
        word = _clean(row.get("word"))
        if not word:
            continue
        if "identifier" in row:  # older three-column layout: word, source, identifier
            items.append(_source_row(kind, row))
            continue
        identifiers = tuple(
            c for c in (_curie("mesh", row.get("mesh", "")), _curie(extra_column, row.get(extra_column, ""))) if c
        )
        name = _clean(row.get("name")) or _clean(row.get("match")) or word
        items.append(kind(word=word, name=name, identifiers=identifiers))
    return items
