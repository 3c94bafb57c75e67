"""Read PFOCR figure records: lone front-matter files, folders of them, or a PFOCR site checkout."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Final

import yaml

from pfocr_net.errors import RecordError
from pfocr_net.model import ChemicalRow, DiseaseRow, GeneRow, Record

RECORD_SUFFIXES: Final = (".md", ".txt", ".markdown", ".yaml", ".yml")
#: An NDEx network UUID, the whole string.
NDEX_UUID: Final = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_MISSING: Final = frozenset({"", "NA", "N/A", ".na.character", "nan", "NaN", "NULL", "null"})
_CURIE: Final = re.compile(r"^([A-Za-z][A-Za-z0-9_.]*):(.+)$")
#: ``source`` values of the word/source/identifier layout that name an identifier namespace.
_SOURCE_PREFIXES: Final = frozenset({"mesh", "chebi", "doid"})

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
    if not isinstance(path, Path):
        path = Path(path)
    text = read_front_matter_text(path)
    meta, tables = _parse_fields(path, text)
    try:
        return _record(path, text, meta, tables)
    except RecordError:
        if tables:  # a YAML error anywhere in the front matter is reported first, as if parsed at once
            _load_mapping(path, drop_unused_fields(text))
        raise


def _record(path: Path, text: str, meta: dict[str, Any], tables: dict[str, str]) -> Record:
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
        data = os.path.join(site_root, "_data", figid)  # a safe figid has no separators
        record.genes = _tsv_genes(f"{data}-genes.tsv")
        record.chemicals = _tsv_named(f"{data}-chemicals.tsv", ChemicalRow, "chebi")
        record.diseases = _tsv_named(f"{data}-diseases.tsv", DiseaseRow, "doid")
    if not record.genes:
        record.genes = _inline_genes(path, _with_table(path, text, meta, tables, "genes"))
    if not record.chemicals:
        record.chemicals = _inline_named(path, _with_table(path, text, meta, tables, "chemicals"), "chemicals", ChemicalRow)
    if not record.diseases:
        record.diseases = _inline_named(path, _with_table(path, text, meta, tables, "diseases"), "diseases", DiseaseRow)
    return record


#: Top-level front-matter fields the tool never reads; their blocks are cut before parsing (the
#: JSON-LD block repeats the caption and keywords and is a large share of every record).
UNUSED_FIELDS: Final = frozenset(
    {"schema-jsonld", "keywords", "seo", "annotations", "redirect_from", "figid_alias", "automl_pathway",
     "organisms_ner", "pmc_ranked_result_index", "pathway_score", "journal_title", "journal_nlm_ta",
     "publisher_name", "figtype", "wpid"}
)  # fmt: skip
#: A top-level key at the start of a line, searched for in ``"\n" + text`` (a literal newline to look
#: for makes the scan several times faster than a multi-line ``^``).
_TOP_LEVEL_KEY: Final = re.compile(r"\n([^\s#\-'\"][^:\n]*):(?=[ \t]|\r?(?:\n|\Z))")


def _top_level_keys(text: str) -> list[tuple[str, int]]:
    """Each top-level key of a front-matter text with the offset of its line."""
    return [(m.group(1).strip(), m.start()) for m in _TOP_LEVEL_KEY.finditer("\n" + text)]


def drop_unused_fields(text: str) -> str:
    """Front-matter text without the blocks of :data:`UNUSED_FIELDS` (everything else byte for byte)."""
    keys = _top_level_keys(text)
    if not any(key in UNUSED_FIELDS for key, _ in keys):
        return text
    kept: list[str] = [text[: keys[0][1]]] if keys else [text]
    for index, (key, start) in enumerate(keys):
        end = keys[index + 1][1] if index + 1 < len(keys) else len(text)
        if key not in UNUSED_FIELDS:
            kept.append(text[start:end])
    return "".join(kept)


#: List fields a site checkout also keeps as ``_data/<figid>-<field>.tsv``. Their front-matter blocks
#: (most of what is left once the unused ones are cut) are parsed only when the table is missing or empty.
TABLE_FIELDS: Final = frozenset({"genes", "chemicals", "diseases"})
#: A line at column 0 that cannot continue a block-style list value (anything but an indented line,
#: a comment, a blank line or a ``- `` item); a block holding one is parsed with the rest.
_NOT_LIST_LINE: Final = re.compile(r"^(?:[^ \t#\r\n-]|-[^ \t\r\n])", re.MULTILINE)


def _split_fields(text: str) -> tuple[str, dict[str, str]]:
    """Front-matter text without unused blocks and without the blocks of :data:`TABLE_FIELDS`, and
    those blocks by field name (a block that does not parse on its own sends the reader back to the
    whole front matter, see :func:`_with_table`)."""
    keys = _top_level_keys(text)
    if not keys:
        return text, {}
    kept: list[str] = [text[: keys[0][1]]]
    tables: dict[str, str] = {}
    last = len(keys) - 1
    for index, (key, start) in enumerate(keys):
        end = keys[index + 1][1] if index < last else len(text)
        if key in UNUSED_FIELDS:
            continue
        if key in TABLE_FIELDS:
            block = text[start:end]
            first_newline = block.find("\n")
            if first_newline < 0 or not _NOT_LIST_LINE.search(block, first_newline + 1):
                tables[key] = tables.get(key, "") + block  # a repeated key: the last one wins, as in the whole
                continue
        kept.append(text[start:end])
    return "".join(kept), tables


def _parse_fields(path: Path, text: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The front matter without the table-field blocks (see :func:`_split_fields`), and those blocks.

    Whenever the shortened text does not parse to a mapping, the whole text is parsed instead, so
    errors (and their line numbers) are those of the whole front matter.
    """
    main, tables = _split_fields(text)
    if tables:
        try:
            meta = _yaml_load(main)
        except yaml.YAMLError:
            meta = None
        if isinstance(meta, dict):
            return meta, tables
        main = drop_unused_fields(text)
    return _load_mapping(path, main), {}


def _with_table(path: Path, text: str, meta: dict[str, Any], tables: dict[str, str], key: str) -> dict[str, Any]:
    """``meta`` with the table field ``key`` parsed from its own block, if it was set aside."""
    block = tables.pop(key, None)
    if block is None:
        return meta
    if block.rstrip() == f"{key}: []":  # how site checkouts write an empty list
        meta[key] = []
        return meta
    try:
        parsed = _yaml_load(block)
    except yaml.YAMLError:
        parsed = None
    if not isinstance(parsed, dict):  # e.g. an alias to an anchor elsewhere: parse everything
        whole = _load_mapping(path, drop_unused_fields(text))
        meta.update((name, whole.get(name)) for name in TABLE_FIELDS if name in tables or name == key)
        tables.clear()
        return meta
    meta[key] = parsed.get(key)
    return meta


def parse_front_matter(path: Path, *, all_fields: bool = False) -> dict[str, Any]:
    """The YAML front matter of a record file, as a mapping (unused fields left out unless ``all_fields``)."""
    text = read_front_matter_text(path)
    if not all_fields:
        text = drop_unused_fields(text)
    return _load_mapping(path, text)


_STR: Final = "tag:yaml.org,2002:str"
_SEQ: Final = "tag:yaml.org,2002:seq"
_MAP: Final = "tag:yaml.org,2002:map"


class _NotPlain(Exception):
    """A node that needs PyYAML's own constructor (a non-string scalar, a merge key, a shared node...)."""


def _yaml_load(text: str) -> Any:
    """``yaml.load(text, Loader=CSafeLoader)``, with trees of plain strings, lists and mappings built
    straight from the composed nodes (PyYAML's generic constructor costs more than parsing them);
    any other document is constructed by PyYAML as usual."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            return _plain(node, set())
        except _NotPlain:
            return loader.construct_document(node)
    finally:
        loader.dispose()


def _plain(node: Any, seen: set[int]) -> Any:
    """The value of a node made only of ``str`` scalars, sequences and mappings with string keys."""
    kind = type(node)
    if kind is yaml.ScalarNode:
        if node.tag == _STR:
            return node.value
        raise _NotPlain
    if id(node) in seen:  # an alias: PyYAML shares the object, so let it build the document
        raise _NotPlain
    seen.add(id(node))
    if kind is yaml.SequenceNode and node.tag == _SEQ:
        return [_plain(child, seen) for child in node.value]
    if kind is yaml.MappingNode and node.tag == _MAP:
        mapping: dict[str, Any] = {}
        for key, value in node.value:
            if type(key) is not yaml.ScalarNode or key.tag != _STR:
                raise _NotPlain
            if type(value) is yaml.ScalarNode and value.tag == _STR:  # the usual value, taken here
                mapping[key.value] = value.value
            else:
                mapping[key.value] = _plain(value, seen)
        return mapping
    raise _NotPlain


def _load_mapping(path: Path, text: str) -> dict[str, Any]:
    try:
        meta = _yaml_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise RecordError(path, f"front matter is not valid YAML{where}: {problem}") from None
    if not isinstance(meta, dict):
        raise RecordError(path, "front matter is not a YAML mapping of fields")
    return meta


#: The closing ``---``/``...`` line, searched for from the newline that ends the line before it.
_CLOSING_FENCE: Final = re.compile(r"\n(?:---|\.\.\.)[ \t]*\r?(?=\n|\Z)")


def read_front_matter_text(path: Path) -> str:
    """The text between the opening ``---`` line and the closing ``---`` (or ``...``) line."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
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
    end = _CLOSING_FENCE.search(text, first_newline)
    if end is None:
        raise RecordError(path, "front matter is not closed by a '---' line")
    return text[first_newline + 1 : end.start() + 1]


_UNSAFE_IN_NAME: Final = re.compile(r'[/\\:*?"<>|]')


def is_safe_figid(figid: str) -> bool:
    """True if ``figid`` can be used as a file name without leaving its folder."""
    return (
        bool(figid)
        and len(figid) <= 200
        and not figid.startswith(".")
        and _UNSAFE_IN_NAME.search(figid) is None
        and figid.isprintable()
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
    """The checkout holding ``path`` (symlinks resolved) if the file sits in its ``_figures/``.

    ``os.path.realpath`` is what ``Path.resolve`` runs, without its extra ``stat`` (the file has just
    been read, so it exists) and path-object building.
    """
    return _root_of(os.path.dirname(os.path.realpath(path)))


def _root_of(parent: str) -> Path | None:
    """The checkout of a resolved record folder: its parent if the folder is a ``_figures/``."""
    if os.path.basename(parent) == "_figures":
        return Path(os.path.dirname(parent))
    return None


def _text(path: Path, meta: dict[str, Any], key: str) -> str:
    value = meta.get(key)
    if type(value) is str:  # the usual case
        return "" if value == ".na.character" else value
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


class _Table:
    """A TSV's header and its distinct non-empty rows, each padded to the header's width plus one empty cell."""

    __slots__ = ("header", "rows", "written", "columns")

    def __init__(self, header: list[str], rows: list[list[str]], written: dict[int, int]) -> None:
        self.header = header
        self.rows = rows
        #: Row index -> how many cells a short row really has (rows as wide as the header are not listed).
        self.written = written
        #: Column name -> index of its last occurrence (the cell a repeated name reads from).
        self.columns = {name: index for index, name in enumerate(header)}

    def at(self, column: str) -> int:
        """Index of ``column`` in every row; a column the table lacks reads the empty cell after the last."""
        return self.columns.get(column, len(self.header))

    def has(self, row: int, column: str) -> bool:
        """Whether row ``row`` has a cell under ``column`` (a short row may stop before it)."""
        if column not in self.columns:
            return False
        return row not in self.written or self.header.index(column) < self.written[row]


def _read_tsv(path: str) -> _Table | None:
    """The table at ``path``, or None if there is no such file.

    A row shorter than the header reads as if its missing cells were empty; a column named twice reads
    from the last of its cells that the row has.
    """
    if not os.access(path, os.F_OK):  # most records lack one table or two: no exception to raise and catch
        return None
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    except OSError as error:
        if error.errno == errno.ELOOP or not os.path.isfile(path):
            return None
        raise RecordError(path, f"unreadable TSV: {error}") from None
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        try:  # the message as the text-mode reader words it
            Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise RecordError(path, f"unreadable TSV: {error}") from None
        raise
    if not lines:
        return _Table([], [], {})
    header = lines[0].split("\t")
    width = len(header)
    rows: list[list[str]] = []
    written: dict[int, int] = {}
    # PFOCR tables repeat whole rows; identical lines carry nothing new.
    for line in dict.fromkeys(lines[1:]):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) < width:
            written[len(rows)] = len(cells)
            short = dict(zip(header, cells))
            cells = [short.get(name, "") for name in header]
        cells.append("")  # the cell of every column the table lacks (see _Table.at)
        rows.append(cells)
    return _Table(header, rows, written)


#: The genes-table columns a :class:`GeneRow` is made of, in the order :func:`_tsv_genes` unpacks them.
_GENE_COLUMNS: Final = (
    "ncbigene_id", "ncbigene_symbol", "word", "match", "source", "organism_id", "organism_name", "organism_group"
)  # fmt: skip


def _tsv_genes(path: str) -> list[GeneRow]:
    table = _read_tsv(path)
    if table is None:
        return []
    if table.rows and not table.has(0, "ncbigene_id"):
        raise RecordError(path, "not a PFOCR genes table", field="ncbigene_id")
    entrez_at, symbol_at, word_at, match_at, source_at, taxon_at, organism_at, group_at = map(table.at, _GENE_COLUMNS)
    missing = _MISSING
    genes = []
    for cells in table.rows:
        entrez = cells[entrez_at].strip()
        symbol = cells[symbol_at].strip()  # the symbol 'NA' is a real gene name
        if not symbol or entrez in missing:
            continue
        source = cells[source_at].strip()
        taxon = cells[taxon_at].strip()
        organism = cells[organism_at].strip()
        group = cells[group_at].strip()
        genes.append(
            GeneRow(  # word, match, symbol, source, entrez, organism_id, organism_name, organism_group
                cells[word_at].strip(),
                cells[match_at].strip(),
                symbol,
                "" if source in missing else source,
                entrez,
                "" if taxon in missing else taxon,
                "" if organism in missing else organism,
                "" if group in missing else group,
            )
        )
    return genes


def _tsv_named(path: str, kind: type, extra_column: str) -> list[Any]:
    table = _read_tsv(path)
    if table is None:
        return []
    word_at, name_at, match_at = table.at("word"), table.at("name"), table.at("match")
    mesh_at, extra_at = table.at("mesh"), table.at(extra_column)
    items = []
    for index, cells in enumerate(table.rows):
        word = _clean(cells[word_at])
        if not word:
            continue
        if table.has(index, "identifier"):  # older three-column layout: word, source, identifier
            items.append(_source_row(kind, dict(zip(table.header, cells))))
            continue
        identifiers = tuple(c for c in (_curie("mesh", cells[mesh_at]), _curie(extra_column, cells[extra_at])) if c)
        name = _clean(cells[name_at]) or _clean(cells[match_at]) or word
        items.append(kind(word=word, name=name, identifiers=identifiers))
    return items
