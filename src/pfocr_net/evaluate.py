"""Score caption relations in CX2 networks against a hand-annotated gold file.

The gold format and the scoring rules are those of the gold README: rows ``figid, subject, relation,
object, hedged, negated, evidence, note``; names compared after NFKC, case folding and dropping every
non-alphanumeric character; polarity classes; binding matches either way; ``optional`` rows count
neither way; at most one edge per (source, target, class); negated edges are ignored.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pfocr_net.errors import EvaluationError, PfocrNetError
from pfocr_net.model import INTERACTIONS
from pfocr_net.text import score_key

#: Polarity class of each interaction, as the scoring defines it.
CLASS_OF = {
    "activates": "positive", "increases": "positive", "phosphorylates": "positive",
    "inhibits": "negative", "decreases": "negative", "dephosphorylates": "negative",
    "binds": "binding", "translocates": "other", "converts": "other", "regulates": "other",
}  # fmt: skip
_COLUMNS = ("figid", "subject", "relation", "object", "hedged", "negated")


def name_keys(texts: Iterable[str]) -> frozenset[str]:
    """The non-empty :func:`~pfocr_net.text.score_key` forms of ``texts``."""
    return frozenset(filter(None, map(score_key, texts)))


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One gold relation (alternatives already split and normalised in ``subjects``/``objects``)."""

    figid: str
    subject: str
    relation: str
    object: str
    hedged: bool
    negated: bool
    evidence: str = ""
    note: str = ""
    line: int = 0

    @property
    def optional(self) -> bool:
        """Rows whose note says ``optional`` are defensible but not required."""
        return "optional" in self.note.casefold()

    @property
    def polarity_class(self) -> str:
        return CLASS_OF[self.relation]

    @property
    def subjects(self) -> frozenset[str]:
        return name_keys(self.subject.split("|"))

    @property
    def objects(self) -> frozenset[str]:
        return name_keys(self.object.split("|"))


@dataclass(frozen=True, slots=True)
class Edge:
    """One scored edge of a network: endpoint names (display) and name sets (normalised)."""

    source: str
    target: str
    interaction: str
    hedged: bool
    negated: bool
    source_names: frozenset[str]
    target_names: frozenset[str]
    source_id: Any = None
    target_id: Any = None

    @property
    def polarity_class(self) -> str:
        return CLASS_OF.get(self.interaction, "other")


def _flag(value: str, path: Path, line: int, column: str) -> bool:
    value = value.strip()
    if value not in {"0", "1"}:
        raise EvaluationError(f"{path}: line {line}: column '{column}' must be 0 or 1, not {value!r}")
    return value == "1"


def read_gold(path: Path | str) -> list[GoldRow]:
    """Rows of a gold TSV; :class:`EvaluationError` names the file, line and column of a bad value."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"{path}: cannot read gold file: {error}") from None
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header[: len(_COLUMNS)]) != _COLUMNS:
        raise EvaluationError(f"{path}: header must start with {', '.join(_COLUMNS)}")
    rows: list[GoldRow] = []
    for line, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) < len(_COLUMNS):
            raise EvaluationError(f"{path}: line {line}: expected at least {len(_COLUMNS)} columns, got {len(cells)}")
        relation = cells[2].strip()
        if relation not in INTERACTIONS:
            raise EvaluationError(f"{path}: line {line}: column 'relation': unknown relation {relation!r}")
        rows.append(
            GoldRow(
                figid=cells[0].strip(), subject=cells[1].strip(), relation=relation, object=cells[3].strip(),
                hedged=_flag(cells[4], path, line, "hedged"), negated=_flag(cells[5], path, line, "negated"),
                evidence=cells[6].strip() if len(cells) > 6 else "", note=cells[7].strip() if len(cells) > 7 else "",
                line=line,
            )
        )  # fmt: skip
    return rows


def read_figure_list(path: Path | str) -> list[str]:
    """Figure ids, one a line (blank lines and ``#`` comments skipped)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise EvaluationError(f"{path}: cannot read figure list: {error}") from None
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


def _aspect(cx2: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for aspect in cx2:
        if isinstance(aspect, dict) and name in aspect:
            out.extend(aspect[name] or [])
    return out


def _after_prefix(value: str) -> str:
    return value.split(":", 1)[1] if ":" in value else value


def node_names(values: Mapping[str, Any]) -> frozenset[str]:
    """Normalised names of a CX2 node: name, represents, alias, member (after prefix) and mentions."""
    texts: list[str] = [str(values.get("name", ""))]
    if values.get("represents"):
        texts.append(_after_prefix(str(values["represents"])))
    for attribute in ("alias", "member"):
        items = values.get(attribute) or []
        texts.extend(_after_prefix(str(item)) for item in (items if isinstance(items, list) else [items]))
    mentions = values.get("mentions") or []
    texts.extend(str(m) for m in (mentions if isinstance(mentions, list) else [mentions]))
    return name_keys(texts)


def network_edges(cx2: list[dict[str, Any]]) -> list[Edge]:
    """All edges of a CX2 document with their endpoints' names."""
    nodes = {node.get("id"): node.get("v", {}) for node in _aspect(cx2, "nodes")}
    edges: list[Edge] = []
    for edge in _aspect(cx2, "edges"):
        values = edge.get("v", {})
        source, target = nodes.get(edge.get("s"), {}), nodes.get(edge.get("t"), {})
        edges.append(
            Edge(
                source=str(source.get("name", edge.get("s"))), target=str(target.get("name", edge.get("t"))),
                interaction=str(values.get("interaction", "")), hedged=bool(values.get("hedged", False)),
                negated=bool(values.get("negated", False)), source_names=node_names(source),
                target_names=node_names(target), source_id=edge.get("s"), target_id=edge.get("t"),
            )
        )  # fmt: skip
    return edges


def matches(row: GoldRow, edge: Edge) -> bool:
    """Whether a gold row and an edge state the same relation (scoring rule 4)."""
    if row.polarity_class != edge.polarity_class:
        return False
    if row.subjects & edge.source_names and row.objects & edge.target_names:
        return True
    return row.polarity_class == "binding" and bool(row.subjects & edge.target_names and row.objects & edge.source_names)


@dataclass(slots=True)
class FigureScore:
    """Counts and details for one figure."""

    figid: str
    gold: int = 0
    matched: int = 0
    edges: int = 0
    correct_edges: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    hedge_pairs: int = 0
    hedge_agree: int = 0
    negated_rows: int = 0
    negated_found: int = 0
    error: str = ""

    @property
    def precision(self) -> float:
        return self.correct_edges / self.edges if self.edges else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


@dataclass(slots=True)
class Report:
    """Scores over all gold figures (micro-averaged) and per figure."""

    figures: list[FigureScore]

    def total(self, attribute: str) -> int:
        """A count summed over all figures (``gold``, ``matched``, ``edges``, ``correct_edges``, ...)."""
        return sum(getattr(f, attribute) for f in self.figures)

    @property
    def precision(self) -> float:
        edges = self.total("edges")
        return self.total("correct_edges") / edges if edges else 1.0

    @property
    def recall(self) -> float:
        gold = self.total("gold")
        return self.total("matched") / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def hedge_agreement(self) -> float | None:
        pairs = self.total("hedge_pairs")
        return self.total("hedge_agree") / pairs if pairs else None

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "gold": self.total("gold"), "matched": self.total("matched"), "edges": self.total("edges"),
            "correct_edges": self.total("correct_edges"), "hedge_agreement": self.hedge_agreement,
            "negated_rows": self.total("negated_rows"), "negated_found": self.total("negated_found"),
            "figures": [asdict(f) | {"precision": f.precision, "recall": f.recall} for f in self.figures],
        }  # fmt: skip


def _row_dict(row: GoldRow) -> dict[str, Any]:
    return {"subject": row.subject, "relation": row.relation, "object": row.object, "evidence": row.evidence,
            "line": row.line}  # fmt: skip


def score_figure(figid: str, rows: list[GoldRow], edges: list[Edge]) -> FigureScore:
    """Score one figure's edges against its gold rows."""
    result = FigureScore(figid=figid)
    live = [e for e in edges if not e.negated]
    unique: dict[tuple[Any, ...], Edge] = {}
    for edge in live:
        ends = (edge.source_id, edge.target_id)
        if edge.polarity_class == "binding":
            ends = tuple(sorted(ends, key=str))
        unique.setdefault((*ends, edge.polarity_class), edge)
    positive = [r for r in rows if not r.negated]
    required = [r for r in positive if not r.optional]
    result.gold = len(required)
    for row in required:
        hits = [e for e in unique.values() if matches(row, e)]
        if hits:
            result.matched += 1
            result.hedge_pairs += 1
            result.hedge_agree += int(hits[0].hedged == row.hedged)
        else:
            result.missed.append(_row_dict(row))
    for edge in unique.values():
        if any(matches(r, edge) for r in required):
            result.edges += 1
            result.correct_edges += 1
        elif any(matches(r, edge) for r in positive):
            continue
        else:
            result.edges += 1
            result.spurious.append({"source": edge.source, "interaction": edge.interaction, "target": edge.target})
    negated_edges = [e for e in edges if e.negated]
    for row in rows:
        if row.negated:
            result.negated_rows += 1
            result.negated_found += int(any(matches(row, e) for e in negated_edges))
    return result


def score(rows: Iterable[GoldRow], networks: Mapping[str, list[dict[str, Any]]], figids: Iterable[str] = ()) -> Report:
    """Score networks (figid -> CX2) against gold rows; ``figids`` adds figures that have no rows."""
    by_figure: dict[str, list[GoldRow]] = {}
    for figid in figids:
        by_figure.setdefault(figid, [])
    for row in rows:
        by_figure.setdefault(row.figid, []).append(row)
    figures: list[FigureScore] = []
    for figid, figure_rows in by_figure.items():
        cx2 = networks.get(figid)
        if cx2 is None:
            result = score_figure(figid, figure_rows, [])
            result.error = "no network built for this figure"
        else:
            result = score_figure(figid, figure_rows, network_edges(cx2))
        figures.append(result)
    return Report(figures=figures)


def sibling_figure_list(gold_path: Path | str) -> Path | None:
    """``figures-dev.txt`` next to ``relations-dev.tsv``, if it exists."""
    path = Path(gold_path)
    name = path.name.replace("relations", "figures", 1)
    candidate = path.with_name(name).with_suffix(".txt")
    return candidate if candidate != path and candidate.is_file() else None


def build_networks(inputs: Iterable[Path | str], wanted: set[str]) -> Iterator[tuple[str, list[dict[str, Any]] | str]]:
    """(figid, CX2) for each wanted figure in ``inputs``; (figid or input, message) for failures."""
    from pfocr_net.api import iter_figures

    for item in iter_figures(inputs):
        if isinstance(item, PfocrNetError):
            yield (str(item), str(item))
            continue
        figid = item.record.figid
        if figid in wanted:
            yield (figid, item.cx2)


def evaluate(gold: Path | str, inputs: Iterable[Path | str], figures: Path | str | None = None) -> Report:
    """Build the gold figures' networks from ``inputs`` and score them."""
    rows = read_gold(gold)
    figure_file = figures if figures is not None else sibling_figure_list(gold)
    figids = read_figure_list(figure_file) if figure_file else []
    wanted = {r.figid for r in rows} | set(figids)
    networks: dict[str, list[dict[str, Any]]] = {}
    for figid, cx2 in build_networks(inputs, wanted):
        if isinstance(cx2, list):
            networks.setdefault(figid, cx2)
    return score(rows, networks, figids)


def format_report(report: Report, details: bool = True) -> str:
    """Human-readable report: totals, per-figure lines, then missed and spurious relations."""
    totals = (
        f"precision {report.precision:.3f}  recall {report.recall:.3f}  F1 {report.f1:.3f}  "
        f"(gold {report.total('gold')}, matched {report.total('matched')}, edges {report.total('edges')}, "
        f"correct {report.total('correct_edges')})"
    )
    lines = [totals]
    agreement = report.hedge_agreement
    lines.append(
        f"hedge agreement {'n/a' if agreement is None else f'{agreement:.3f}'} on {report.total('hedge_pairs')} matched rows; "
        f"negated rows shown as negated edges: {report.total('negated_found')}/{report.total('negated_rows')}"
    )
    lines.append("")
    for f in report.figures:
        note = f"  [{f.error}]" if f.error else ""
        lines.append(f"{f.figid}\tP {f.precision:.2f}  R {f.recall:.2f}  gold {f.gold}  edges {f.edges}{note}")
    if details:
        for f in report.figures:
            for row in f.missed:
                lines.append(f"missed\t{f.figid}\t{row['subject']} -{row['relation']}-> {row['object']}")
            for edge in f.spurious:
                lines.append(f"spurious\t{f.figid}\t{edge['source']} -{edge['interaction']}-> {edge['target']}")
    return "\n".join(lines)
