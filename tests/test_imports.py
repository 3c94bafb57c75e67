"""Importing the package does no I/O: no files written, no logging configured."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_import_has_no_side_effects(tmp_path: Path) -> None:
    code = (
        "import logging, pfocr_net, pfocr_net.api, pfocr_net.cli, pfocr_net.style;"
        "assert not logging.getLogger().handlers, 'root logger configured on import';"
        "import sys; assert 'py4cytoscape' not in sys.modules and 'ndex2' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True)
    assert list(tmp_path.iterdir()) == []
