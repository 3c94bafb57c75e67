"""``pfocr-net view``: records or built CX2 files in, preview pages out, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from view_fixtures import small_cx2

from pfocr_net import view
from pfocr_net.cli import cli

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
FAKE_LIBRARY = "window.cytoscape = function () { return {}; };"


@pytest.fixture()
def library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    lib = tmp_path / "cytoscape.min.js"
    lib.write_text(FAKE_LIBRARY, encoding="utf-8")
    monkeypatch.setenv(view.CYTOSCAPE_JS_ENV, str(lib))
    return FAKE_LIBRARY


def _data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    return json.loads(text.split('id="pfocr-data">', 1)[1].split("</script>", 1)[0])


@pytest.mark.skipif(not SEEDS, reason="the repository has no seed records")
def test_one_record_makes_one_standalone_page(library: str, tmp_path: Path) -> None:
    out = tmp_path / "fig.html"
    result = CliRunner().invoke(cli, ["view", str(SEEDS[-1]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"wrote {out}"
    assert library in out.read_text(encoding="utf-8")
    data = _data(out)
    assert data["caption"] and data["figid"] and data["elements"]
    labels = [link["label"] for link in data["links"]]
    assert "Figure at PMC" in labels and "PFOCR page" in labels


def test_record_naming_an_ndex_network_links_to_it(library: str, tmp_path: Path) -> None:
    with_ndex = [p for p in SEEDS if "\nndex: d" in p.read_text(encoding="utf-8")]
    if not with_ndex:
        pytest.skip("no seed record names an NDEx network")
    out = tmp_path / "fig.html"
    assert CliRunner().invoke(cli, ["view", str(with_ndex[0]), "-o", str(out)]).exit_code == 0
    urls = [link["url"] for link in _data(out)["links"]]
    assert any(u.startswith("https://www.ndexbio.org/viewer/networks/") for u in urls)


def test_built_cx2_files_can_be_viewed(library: str, tmp_path: Path) -> None:
    folder = tmp_path / "networks"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.cx2").write_text(json.dumps(small_cx2(title=f"Figure {name}")), encoding="utf-8")
    out = tmp_path / "index.html"
    result = CliRunner().invoke(cli, ["view", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "and 2 figure pages" in result.output
    assert "Figure a" in out.read_text(encoding="utf-8")


def test_missing_library_is_one_line_and_nonzero(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(view, "_REPO_ROOT", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(view.CYTOSCAPE_JS_ENV, raising=False)
    cx2 = tmp_path / "a.cx2"
    cx2.write_text(json.dumps(small_cx2()), encoding="utf-8")
    result = CliRunner().invoke(cli, ["view", str(cx2), "-o", str(tmp_path / "out.html")])
    assert result.exit_code == 1
    assert "npm ci" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unreadable_input_is_reported_and_fails(library: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.cx2"
    bad.write_text("[1, 2", encoding="utf-8")
    result = CliRunner().invoke(cli, ["view", str(bad), "-o", str(tmp_path / "out.html")])
    assert result.exit_code == 1
    assert "bad.cx2" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.html").exists()
