"""The reader always moves on: a title read on its own once made the sentence reader loop forever."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RECORD = Path(__file__).resolve().parent / "fixtures" / "gold" / "site" / "_figures" / "PMC1773546__gt027369.f3.md"

SCRIPT = f"""
from pfocr_net.entities import entities_from_record
from pfocr_net.records import read_record
from pfocr_net.relations import extract

record = read_record({str(RECORD)!r})
record.caption = "Cells were treated as described in the methods."  # the title is then read on its own
extraction = extract(record, entities_from_record(record))
print(len(extraction.relations))
"""


def test_title_read_on_its_own_finishes() -> None:
    # Run in a child process so that a regression fails this test instead of hanging the suite.
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 0
