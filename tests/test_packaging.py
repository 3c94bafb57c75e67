"""The installed package: compiled where the install asked for it, and the checkout left clean."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import pfocr_net
from pfocr_net import is_compiled

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(
    not os.environ.get("PFOCR_NET_REQUIRE_COMPILED"), reason="only where a compiled install is required (CI)"
)
def test_the_installed_pipeline_is_the_compiled_one() -> None:
    assert is_compiled(), f"pure Python modules were imported from {Path(pfocr_net.__file__).parent}"


def test_building_leaves_no_extension_modules_in_the_source_tree() -> None:
    # Compiled modules beside the sources would shadow every later edit of the .py files.
    leftovers = sorted(p.name for p in (ROOT / "src").rglob("*") if p.suffix in (".so", ".pyd"))
    assert leftovers == []
