"""Front matter is read exactly as PyYAML reads it, and a checkout is found through symlinks that change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from pfocr_net.records import _yaml_load, read_record

#: Texts in the layout records use, and texts just outside it (each must read as PyYAML reads it).
TEXTS = [
    "figid: PMC1__f1\ncaption: 'It''s folded\n  over two lines.'\nyear: '2001'\n",
    "figid: PMC1__f1\ncaption: A plain caption\n  over   two lines\norganisms:\n- Homo sapiens\n- 'Mus musculus'\n",
    "genes:\n- word: SHC/PI3K\n  symbol: PI3K\n  entrez: '5293'\n- word: src\n  symbol: SRC\n  entrez: '6714'\n",
    "chemicals: []\ndiseases:\nfigid: x\n",
    "a: 'trailing spaces'   \nb: c:d\nc: [x]\n",
    # values PyYAML reads as something other than text
    "year: 2001\n", "ok: yes\n", "n: ~\n", "f: 1.5e3\n", "d: 2001-12-14\n", "on: x\n", "x: 0x1F\n", "x: .inf\n",
    "x: null\n", "x: 1_000\n", "x: 12:30:00\n", "x: =\n", "<<: x\n",
    "genes:\n- word: x\n  entrez: 5293\n", "organisms:\n- NA\n- true\n",
    # layouts left to PyYAML
    "a: b # comment\n", "a: 'x' # comment\n", "a: b\n\nc: d\n", "a: 'x\n\n  y'\n", "a:\n  b: c\n", "a: &x b\nc: *x\n",
    "a: \"q\\tq\"\n", "a: b: c\n", "a: 'unclosed\n", "a: b\n  c: d\n", "a: b\n  - c\n", "a: !!str 1\n",
    "a: x\u2028y\n", "a: x\x85y\n", "a:\tb\n", "a: b\r\n", "- a\n", "a: b\n---\nc: d\n", "a: 'x'y'\n",
    "a:\n- b:\n  c: d\n", "a:\n- b: c\n   d: e\n", "a:\n- 'x'\n  y\n", "a: |\n  x\n", "a: -x\n", "a: x:\n",
]


def _pyyaml(text: str) -> object:
    return yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - the safe C loader


@pytest.mark.parametrize("text", TEXTS)
def test_front_matter_reads_as_pyyaml_reads_it(text: str) -> None:
    try:
        expected = _pyyaml(text)
    except yaml.YAMLError:
        with pytest.raises(yaml.YAMLError):
            _yaml_load(text)
        return
    got = _yaml_load(text)
    assert got == expected and repr(got) == repr(expected)


def _site(root: Path, symbol: str) -> Path:
    (root / "_figures").mkdir(parents=True)
    (root / "_data").mkdir()
    (root / "_figures" / "PMC1__f1.md").write_text("---\nfigid: PMC1__f1\ncaption: x\n---\n", encoding="utf-8")
    (root / "_data" / "PMC1__f1-genes.tsv").write_text(
        f"ncbigene_id\tncbigene_symbol\tword\n1\t{symbol}\t{symbol}\n", encoding="utf-8"
    )
    return root


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_checkout_follows_a_figures_link_that_is_repointed(tmp_path: Path) -> None:
    first, second = _site(tmp_path / "one", "AAA"), _site(tmp_path / "two", "BBB")
    link = tmp_path / "figures"
    link.symlink_to(first / "_figures")
    record = read_record(link / "PMC1__f1.md")
    assert record.site_root == first and [g.symbol for g in record.genes] == ["AAA"]
    link.unlink()
    link.symlink_to(second / "_figures")
    record = read_record(link / "PMC1__f1.md")
    assert record.site_root == second and [g.symbol for g in record.genes] == ["BBB"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_linked_record_file_belongs_to_the_checkout_it_points_into(tmp_path: Path) -> None:
    site = _site(tmp_path / "site", "AAA")
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "PMC1__f1.md").symlink_to(site / "_figures" / "PMC1__f1.md")
    (loose / "plain.md").write_text("---\nfigid: PMC2__f2\n---\n", encoding="utf-8")
    assert read_record(loose / "PMC1__f1.md").site_root == site
    assert read_record(loose / "plain.md").site_root is None


def test_relative_paths_resolve_from_the_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = _site(tmp_path / "a" / "site", "AAA"), _site(tmp_path / "b" / "site", "BBB")
    monkeypatch.chdir(tmp_path / "a")
    assert read_record(Path("site/_figures/PMC1__f1.md")).site_root == one
    monkeypatch.chdir(tmp_path / "b")
    assert read_record(Path("site/_figures/PMC1__f1.md")).site_root == two
