"""Wheel build hook: compile the record-to-network pipeline with mypyc.

The pipeline modules are plain, fully typed Python; mypyc turns them into C extensions that run the
same code about twice as fast. The compiled modules are built in a temporary copy of the package, so
the checkout never gains ``.so`` files that would shadow edited sources, and they are added to the wheel
beside the ``.py`` files (Python imports the extension first). Editable installs stay pure Python, so a
change to a source file takes effect at once. Set ``PFOCR_NET_PURE_PYTHON=1`` to build a pure wheel; a
machine without a C compiler gets one too, with a warning, rather than a failed install, unless
``PFOCR_NET_REQUIRE_COMPILED=1`` (set by CI) asks for the failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "pfocr_net"

#: The modules a build spends its time in: reading, entities, caption extraction, CX2 and validation.
COMPILED_MODULES = (
    "model", "text", "famplex", "records", "entities",
    "tokens", "lexicon", "names", "mentions", "hedging", "patterns", "reading", "relations",
    "layout", "network", "validate",
)

SETUP_SCRIPT = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="{package}-compiled",
    ext_modules=mypycify(["--ignore-missing-imports", *{paths!r}], opt_level="3"),
)
"""


class MypycBuildHook(BuildHookInterface):
    """Compile :data:`COMPILED_MODULES` into the wheel; fall back to pure Python when that fails."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable" or os.environ.get("PFOCR_NET_PURE_PYTHON"):
            return
        self._scratch = tempfile.TemporaryDirectory(prefix="pfocr-net-mypyc-")
        scratch = Path(self._scratch.name)
        shutil.copytree(Path(self.root) / "src" / PACKAGE, scratch / PACKAGE)
        paths = [f"{PACKAGE}/{name}.py" for name in COMPILED_MODULES]
        (scratch / "setup.py").write_text(SETUP_SCRIPT.format(package=PACKAGE, paths=paths), encoding="utf-8")
        process = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        if process.returncode != 0:
            tail = "\n".join(process.stdout.splitlines()[-20:])
            if os.environ.get("PFOCR_NET_REQUIRE_COMPILED"):
                raise RuntimeError(f"mypyc compilation failed:\n{tail}")
            self.app.display_warning(f"mypyc compilation failed; building pure Python instead:\n{tail}")
            return
        suffix = ".so" if os.name != "nt" else ".pyd"
        for built in scratch.rglob(f"*{suffix}"):
            relative = built.relative_to(scratch).as_posix()
            if "/build/" in f"/{relative}":
                continue
            build_data["force_include"][str(built)] = relative
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            scratch.cleanup()
