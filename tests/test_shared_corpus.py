"""Optional extra check: every real record in ../shared/corpus builds into a valid network.

Runs only where the shared corpus sits beside the project (the developers' machines and CI); a user's
clone has no ../shared and skips it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ndex2.cx2 import RawCX2NetworkFactory

from pfocr_net.api import build_all
from pfocr_net.validate import validate_cx2

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pfocr-database"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")


def test_every_corpus_record_builds(tmp_path: Path) -> None:
    summary = build_all([CORPUS], tmp_path, jobs=2)
    assert summary.failures == []
    assert len(summary.built) == len(list((CORPUS / "_figures").glob("*.md")))
    for result in summary.built:
        doc = json.loads(Path(result.output).read_text(encoding="utf-8"))
        assert validate_cx2(doc) == [], result.figid
        assert RawCX2NetworkFactory().get_cx2network(doc).to_cx2() == doc, result.figid
