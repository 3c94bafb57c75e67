"""Shared fixtures: the bundled seed records and a small PFOCR site checkout (CC0 records)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"
SITE = FIXTURES / "site"
KETAMINE_SEED = SEEDS / "000_66446f910a504218.txt"


@pytest.fixture
def seeds_dir() -> Path:
    """The project's bundled seed records (read-only)."""
    return SEEDS


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A writable copy of the small PFOCR site checkout."""
    target = tmp_path / "site"
    shutil.copytree(SITE, target)
    return target
