"""Write-back of NDEx UUIDs: only the ``ndex`` value changes, files are replaced atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ndex_server import copy_fixtures

from pfocr_net.errors import RecordError
from pfocr_net.records import read_record
from pfocr_net.writeback import read_ndex_map, set_ndex_field, update_ndex_map

UUID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
OLD = "a6df5dd4-de8e-11ea-99da-0ac135e8bacf"


def _differing_lines(before: bytes, after: bytes) -> list[tuple[bytes, bytes]]:
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(a) == len(b)
    return [(x, y) for x, y in zip(a, b) if x != y]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b"ndex: ''\n", f"ndex: {UUID}\n".encode()),
        (b'ndex: ""\n', f"ndex: {UUID}\n".encode()),
        (b"ndex:\n", f"ndex: {UUID}\n".encode()),
        (f"ndex: {OLD}\n".encode(), f"ndex: {UUID}\n".encode()),
        (b"ndex: ''  # set by the uploader\n", f"ndex: {UUID}  # set by the uploader\n".encode()),
    ],
)
def test_only_the_ndex_value_changes(tmp_path: Path, line: bytes, expected: bytes) -> None:
    path = tmp_path / "r.md"
    before = b"---\nfigid: PMC1__f1\ncaption: 'a: b'\n" + line + b"schema:\n  ndex: nested\n---\n"
    path.write_bytes(before)
    assert set_ndex_field(path, UUID) is True
    after = path.read_bytes()
    assert _differing_lines(before, after) == [(line, expected)]
    assert read_record(path).ndex == UUID


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    before = b"\xef\xbb\xbf---\r\nfigid: PMC1__f1\r\nndex: ''\r\nyear: '2020'\r\n---\r\n"
    path.write_bytes(before)
    set_ndex_field(path, UUID)
    assert path.read_bytes() == before.replace(b"ndex: ''", f"ndex: {UUID}".encode())


def test_real_site_record_changes_in_one_line_only(tmp_path: Path) -> None:
    site = copy_fixtures(tmp_path) / "site"
    path = site / "_figures" / "PMC5381059__12929_2017_329_Fig1_HTML.md"
    before = path.read_bytes()
    set_ndex_field(path, UUID)
    changed = _differing_lines(before, path.read_bytes())
    assert changed == [(f"ndex: {OLD}\n".encode(), f"ndex: {UUID}\n".encode())]


def test_same_value_leaves_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(f"---\nfigid: x\nndex: {UUID}\n---\n".encode())
    inode = path.stat().st_ino
    assert set_ndex_field(path, UUID.upper()) is False
    assert path.stat().st_ino == inode


def test_missing_key_is_added_before_the_closing_fence(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(b"---\nfigid: x\ntitle: t\n---\nbody\n")
    set_ndex_field(path, UUID)
    assert path.read_bytes() == f"---\nfigid: x\ntitle: t\nndex: {UUID}\n---\nbody\n".encode()


def test_replacement_is_atomic_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(b"---\nfigid: x\nndex: ''\n---\n")
    os.chmod(path, 0o640)
    inode = path.stat().st_ino
    set_ndex_field(path, UUID)
    assert path.stat().st_ino != inode  # a new file was renamed over the old one
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.md"]


@pytest.mark.parametrize(
    "text",
    [
        b"---\nfigid: x\nndex: ''\nndex: ''\n---\n",
        b"---\nfigid: x\nndex:\n  - a\n---\n",
        b"no front matter\n",
    ],
)
def test_unsafe_files_are_refused_and_left_alone(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / "r.md"
    path.write_bytes(text)
    with pytest.raises(RecordError, match=str(path)):
        set_ndex_field(path, UUID)
    assert path.read_bytes() == text


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["title", "caption", "year", "doi", "number"]), unique=True),
    st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20), min_size=5, max_size=5),
    st.sampled_from(["\n", "\r\n"]),
)
def test_any_front_matter_keeps_other_bytes(tmp_path_factory: pytest.TempPathFactory, keys: list[str], values: list[str], eol: str) -> None:
    import json

    lines = ["---", "figid: x"] + [f"{k}: {json.dumps(v)}" for k, v in zip(keys, values)] + ["ndex: ''", "---", ""]
    before = eol.join(lines).encode()
    path = tmp_path_factory.mktemp("prop") / "r.md"
    path.write_bytes(before)
    set_ndex_field(path, UUID)
    assert path.read_bytes() == before.replace(b"ndex: ''", f"ndex: {UUID}".encode())


def test_map_line_is_replaced_in_place(tmp_path: Path) -> None:
    site = copy_fixtures(tmp_path) / "site"
    path = site / "_data" / "ndex_map.tsv"
    before = path.read_bytes()
    assert update_ndex_map(site, "PMC5381059__12929_2017_329_Fig1_HTML", UUID) is True
    assert _differing_lines(before, path.read_bytes()) == [(f"PMC5381059__12929_2017_329_Fig1_HTML\t{OLD}\n".encode(),
                        f"PMC5381059__12929_2017_329_Fig1_HTML\t{UUID}\n".encode())]
    assert update_ndex_map(site, "PMC5381059__12929_2017_329_Fig1_HTML", UUID) is False


def test_map_line_is_appended_without_header(tmp_path: Path) -> None:
    site = tmp_path
    (site / "_data").mkdir()
    path = site / "_data" / "ndex_map.tsv"
    path.write_bytes(b"a\t" + OLD.encode())  # no final newline
    update_ndex_map(site, "b", UUID)
    assert path.read_bytes() == f"a\t{OLD}\nb\t{UUID}\n".encode()
    assert read_ndex_map(site) == {"a": OLD, "b": UUID}


def test_map_keeps_one_line_per_figure_and_crlf(tmp_path: Path) -> None:
    (tmp_path / "_data").mkdir()
    path = tmp_path / "_data" / "ndex_map.tsv"
    path.write_bytes(f"a\t{OLD}\r\nb\t{OLD}\r\na\t{OLD}\r\n".encode())
    update_ndex_map(tmp_path, "a", UUID)
    assert path.read_bytes() == f"a\t{UUID}\r\nb\t{OLD}\r\n".encode()


def test_map_is_created_when_missing(tmp_path: Path) -> None:
    update_ndex_map(tmp_path, "fig", UUID)
    assert (tmp_path / "_data" / "ndex_map.tsv").read_bytes() == f"fig\t{UUID}\n".encode()
