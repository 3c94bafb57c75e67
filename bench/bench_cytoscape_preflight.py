"""How fast ``pfocr-net cytoscape`` gives up, and how long a push takes, against the local CyREST stand-in.

Run: ``python bench/bench_cytoscape_preflight.py [--repeat N]``. Prints numbers only; nothing is asserted.

Cases: nothing listening (connection refused), a port that accepts but never answers (the
pre-flight read timeout), a Cytoscape older than 3.10, the whole command line in a fresh interpreter
with nothing listening, and connect + push + re-push of a small figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from cyrest_server import CyRestServer, SilentServer, free_port
from test_cytoscape import RECORD, make_cx2

from pfocr_net import cytoscape as cy
from pfocr_net.errors import CytoscapeError


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            fn()
        except CytoscapeError:
            pass
        times.append(time.perf_counter() - start)
    return times


def report(label: str, times: list[float]) -> None:
    print(f"{label:<58} median {statistics.median(times) * 1000:8.1f} ms   max {max(times) * 1000:8.1f} ms"
          f"   (n={len(times)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    n = args.repeat

    closed = f"http://127.0.0.1:{free_port()}"
    report("pre-flight, nothing listening", timed(lambda: cy.check_cytoscape(closed), n))
    with SilentServer() as silent:
        report(f"pre-flight, port open but silent (timeout {cy.PREFLIGHT_TIMEOUT:g} s)",
               timed(lambda: cy.check_cytoscape(silent.url), max(3, n // 5)))
        print(f"{'':<58} connections made: {silent.connections}")
    with CyRestServer(version="3.9.1") as old:
        report("pre-flight, Cytoscape 3.9.1", timed(lambda: cy.check_cytoscape(old.url), n))

    with tempfile.TemporaryDirectory() as tmp:
        record = Path(tmp) / "record.md"
        record.write_text(RECORD, encoding="utf-8")
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(tmp) / "cache"),
               "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
        command = [sys.executable, "-m", "pfocr_net", "cytoscape", str(record), "--url", closed]
        report("command line, nothing listening (incl. interpreter start)",
               timed(lambda: subprocess.run(command, cwd=tmp, env=env, capture_output=True, check=False),
                     max(3, n // 5)))
        baseline = [sys.executable, "-c", "import pfocr_net.cli"]
        report("  for comparison: interpreter start + import pfocr_net.cli",
               timed(lambda: subprocess.run(baseline, cwd=tmp, env=env, capture_output=True, check=False),
                     max(3, n // 5)))

        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        with CyRestServer() as srv:
            style = cy.load_desktop_style()
            start = time.perf_counter()
            client = cy.connect(srv.url, style=style)
            report("connect (pre-flight + py4cytoscape import)", [time.perf_counter() - start])
            report("push one figure (3 nodes, 2 edges; first push creates the style)",
                   timed(lambda: client.push(make_cx2()), 1))
            before = len(srv.requests)
            report("re-push the same figure (find, import, style, fit, delete old)",
                   timed(lambda: client.push(make_cx2()), n))
            print(f"{'':<58} requests per re-push: "
                  f"{(len(srv.requests) - before) / n:.1f}, networks in session: {len(srv.session.networks)}")
            for k in range(100):
                client.push(make_cx2(f"PMC9{k:06d}__fig1", name=f"Other figure {k}"))
            fresh = cy.connect(srv.url, style=style)
            before = len(srv.requests)
            report("first push of a new run, 100 other PFOCR networks in session", timed(lambda: fresh.push(make_cx2()), 1))
            print(f"{'':<58} requests: {len(srv.requests) - before} (the session is read once per run)")
            before = len(srv.requests)
            report("later pushes of that run", timed(lambda: fresh.push(make_cx2()), max(3, n // 5)))
            print(f"{'':<58} requests per push: {(len(srv.requests) - before) / max(3, n // 5):.1f}")


if __name__ == "__main__":
    main()
