"""The command line: one command builds a batch, bad records are reported in one line, exit codes tell."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from conftest import KETAMINE_SEED, SITE

from pfocr_net.cli import cli
from pfocr_net.validate import validate_cx2


def test_build_writes_one_network_per_figure(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), str(SITE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(out.glob("*.cx2"))
    assert len(files) == 3 + 6
    assert "built 9 of 9 figures" in result.output and str(out.resolve()) in result.output
    for file in files:
        doc = json.loads(file.read_text(encoding="utf-8"))
        assert validate_cx2(doc) == []
        assert file.name == doc[3]["networkAttributes"][0]["pfocrId"] + ".cx2"


def test_bad_records_fail_alone_with_one_line_each(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.md").write_text(KETAMINE_SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "broken.md").write_text("---\nfigid: [\n---\n", encoding="utf-8")
    (inputs / "escape.md").write_text("---\nfigid: ../outside\n---\n", encoding="utf-8")
    (inputs / "nofront.txt").write_text("just text\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(inputs), "-o", str(out)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("broken.md" in e and "not valid YAML" in e for e in errors)
    assert any("escape.md" in e and "field 'figid'" in e for e in errors)
    assert any("nofront.txt" in e and "front matter" in e for e in errors)
    assert "Traceback" not in result.output
    assert len(list(out.glob("*.cx2"))) == 1
    assert not (tmp_path / "outside.cx2").exists()


def test_show_prints_nodes_and_edges() -> None:
    result = CliRunner().invoke(cli, ["show", str(KETAMINE_SEED)])
    assert result.exit_code == 0, result.output
    assert "PMC7859674__10.1177_0269881120959644-fig3" in result.output
    assert "AKT" in result.output and "proteinfamily" in result.output and "fplx:AKT" in result.output
    assert "Edges:" in result.output


def test_show_bad_file_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\ncaption: no id\n---\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["show", str(path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {path}: field 'figid': missing"


def test_console_entry_points_run(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pfocr_net", "build", str(KETAMINE_SEED), "-o", str(tmp_path)],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "built 1 of 1 figures" in result.stdout
    assert not (tmp_path / "logs").exists()


def test_duplicate_figid_keeps_the_first_record_and_reports_the_second(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, title in (("a.md", "First title"), ("b.md", "Second title")):
        (inputs / name).write_text(f"---\nfigid: PMC1__same\nfigtitle: {title}\n---\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(inputs), "-o", str(out)])
    assert result.exit_code == 1
    assert "b.md: field 'figid': 'PMC1__same' is also the figid of" in result.output
    assert [p.name for p in out.iterdir()] == ["PMC1__same.cx2"], "no staged or partial files are left"
    doc = json.loads((out / "PMC1__same.cx2").read_text(encoding="utf-8"))
    assert doc[3]["networkAttributes"][0]["name"] == "First title"
