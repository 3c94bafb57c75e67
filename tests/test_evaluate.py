"""Gold scoring as the gold README defines it, on hand-made CX2 networks, and the evaluate command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from relation_support import GOLD

from pfocr_net.cli import cli
from pfocr_net.errors import EvaluationError
from pfocr_net.evaluate import read_gold, score
from pfocr_net.text import score_key as name_key

HEADER = "figid\tsubject\trelation\tobject\thedged\tnegated\tevidence\tnote\n"
ROWS = [
    "F1\t(S)-ketamine|esketamine\tinhibits\tNMDA receptor|NMDAR|GRIN\t1\t0\tsuppress\t",
    "F1\tTrkB|NTRK2\tactivates\tAkt|AKT1\t1\t0\tTrkB-Akt\tchain",
    "F1\tIL-6\tbinds\tIL-6R|IL6R\t0\t0\tbound\t",
    "F1\tmTOR\tactivates\tautophagy\t0\t0\tmissed on purpose\t",
    "F1\tAkt\tactivates\tmTORC1\t0\t0\tdefensible\toptional",
    "F1\tRAF\tphosphorylates\tERK\t0\t1\tindependent of RAF\t",
    "F2\tA\tactivates\tB\t0\t0\t\t",
]


def node(node_id: int, **values: Any) -> dict[str, Any]:
    return {"id": node_id, "v": values}


def edge(edge_id: int, s: int, t: int, interaction: str, hedged: bool = False, negated: bool = False) -> dict[str, Any]:
    return {"id": edge_id, "s": s, "t": t, "v": {"interaction": interaction, "hedged": hedged, "negated": negated}}


def network(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"CXVersion": "2.0"}, {"nodes": nodes}, {"edges": edges}, {"status": [{"success": True}]}]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def f1_network() -> list[dict[str, Any]]:
    nodes = [
        node(0, name="(S)-Ketamine", mentions=["(S)-ketamine"]),
        node(1, name="GRIN", represents="fplx:GRIN", member=["hgnc.symbol:GRIN1"], mentions=["NMDA receptor"]),
        node(2, name="NTRK2", alias=["hgnc.symbol:NTRK2"], mentions=["TrkB"]),
        node(3, name="AKT", represents="fplx:AKT"),
        node(4, name="IL6R", mentions=["IL-6R"]),
        node(5, name="IL6", mentions=["IL-6"]),
        node(6, name="mTORC1", represents="fplx:mTORC1"),
        node(7, name="RAF"),
        node(8, name="ERK"),
        node(9, name="glutamate"),
    ]
    edges = [
        edge(0, 0, 1, "decreases", hedged=True),  # same class as inhibits: matched, hedge agrees
        edge(1, 0, 1, "inhibits", hedged=True),  # second edge, same (source, target, class): counted once
        edge(2, 2, 3, "phosphorylates"),  # positive class matches activates; hedge disagrees
        edge(3, 4, 5, "binds"),  # binding matches either orientation
        edge(4, 3, 6, "activates"),  # matches only an optional row: counts neither way
        edge(5, 7, 8, "phosphorylates", negated=True),  # negated: ignored, reported for the negated row
        edge(6, 0, 9, "increases"),  # spurious
    ]
    return network(nodes, edges)


def test_scores_follow_the_readme_rules(gold_file: Path) -> None:
    rows = read_gold(gold_file)
    report = score(rows, {"F1": f1_network(), "F2": network([], [])}, figids=["F1", "F2", "F3"])
    by_id = {f.figid: f for f in report.figures}
    first = by_id["F1"]
    assert (first.gold, first.matched) == (4, 3)
    assert (first.edges, first.correct_edges) == (4, 3)
    assert [m["object"] for m in first.missed] == ["autophagy"]
    assert first.spurious == [{"source": "(S)-Ketamine", "interaction": "increases", "target": "glutamate"}]
    assert (first.hedge_pairs, first.hedge_agree) == (3, 2)
    assert (first.negated_rows, first.negated_found) == (1, 1)
    assert by_id["F2"].recall == 0.0 and by_id["F3"].gold == 0 and by_id["F3"].error
    assert report.precision == pytest.approx(3 / 4)
    assert report.recall == pytest.approx(3 / 5)
    assert report.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_a_figure_without_rows_makes_every_edge_spurious(gold_file: Path) -> None:
    lone = network([node(0, name="A"), node(1, name="B")], [edge(0, 0, 1, "activates")])
    report = score(read_gold(gold_file), {"F9": lone}, figids=["F9"])
    nine = next(f for f in report.figures if f.figid == "F9")
    assert (nine.edges, nine.correct_edges, len(nine.spurious)) == (1, 0, 1)


def test_names_are_compared_after_nfkc_casefold_and_alnum_only() -> None:
    assert name_key("(S)-Ketamine") == name_key("s ketamine") == "sketamine"
    assert name_key("ＡＫＴ１") == "akt1"
    assert name_key("NF-κB") == "nfκb"


def test_bad_gold_files_name_the_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "F1\tA\tactivates\tB\tyes\t0\t\t\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"line 2: column 'hedged'"):
        read_gold(bad)
    bad.write_text(HEADER + "F1\tA\tpromotes\tB\t0\t0\t\t\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="unknown relation 'promotes'"):
        read_gold(bad)
    bad.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="header"):
        read_gold(bad)


def test_evaluate_command_builds_and_scores_the_held_out_figures() -> None:
    runner = CliRunner()
    args = ["evaluate", "--gold", str(GOLD / "heldout.tsv"), "--figures", str(GOLD / "heldout-figures.txt"),
            str(GOLD / "site")]  # fmt: skip
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first.startswith("precision ") and " recall " in first and " F1 " in first
    assert "PMC2647780__pcbi.1000287.g001" in result.output  # a listed figure with no gold rows
    assert "missed\t" in result.output
    as_json = json.loads(runner.invoke(cli, [*args, "--json"]).output)
    assert as_json["gold"] == 186 and 0 < as_json["recall"] <= 1 and len(as_json["figures"]) == 24


def test_evaluate_command_reports_a_bad_gold_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("not a gold file\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(bad), str(GOLD / "site")])
    assert result.exit_code != 0
    assert "error:" in result.output and "Traceback" not in result.output
