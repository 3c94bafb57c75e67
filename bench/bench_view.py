"""Browser preview speed: page rendering in Python, and drawing time in headless Chromium.

Run: ``python bench/bench_view.py`` (needs ``npm ci``; the browser part needs chromium + chromedriver).
Prints numbers only; nothing is asserted.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pfocr_net import view  # noqa: E402


def synthetic_cx2(nodes: int, edges: int, seed: int = 7) -> list[dict[str, Any]]:
    """A laid-out network with ``nodes`` nodes of mixed types and ``edges`` evidence-bearing edges."""
    rng = random.Random(seed)
    types = ["protein", "proteinfamily", "complex", "chemical", "smallmolecule", "disease"]
    interactions = [("activates", "positive"), ("inhibits", "negative"), ("binds", "none")]
    side = max(1, int(nodes ** 0.5))
    node_list = [{"id": i, "x": 130.0 * (i % side), "y": 90.0 * (i // side),
                  "v": {"name": f"N{i}", "type": rng.choice(types), "represents": f"ncbigene:{i}"}}
                 for i in range(nodes)]
    edge_list = []
    for i in range(edges):
        interaction, polarity = rng.choice(interactions)
        sentence = f"N{i % nodes} {interaction} N{(i * 7 + 1) % nodes} in this sentence."
        edge_list.append({"id": i, "s": i % nodes, "t": (i * 7 + 1) % nodes, "v": {
            "interaction": interaction, "polarity": polarity, "sentence": sentence, "trigger": interaction,
            "certainty": rng.choice(["stated", "hedged", "negated"])}})
    return [{"CXVersion": "2.0", "hasFragments": False},
            {"networkAttributes": [{"name": f"synthetic {nodes}/{edges}", "pfocrId": f"synthetic_{nodes}"}]},
            {"nodes": node_list}, {"edges": edge_list}, {"status": [{"success": True}]}]


def timed(fn: Any, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    library = view.cytoscape_js_path().read_text(encoding="utf-8")
    sizes = [(15, 10), (200, 300), (1000, 2000)]
    out = Path(tempfile.mkdtemp(prefix="pfocr-view-bench-"))
    pages = {}
    for n, e in sizes:
        fig = view.FigureView.from_cx2(synthetic_cx2(n, e))
        seconds = timed(lambda fig=fig: view.render_page(fig, library=library))
        page = out / f"synthetic_{n}.html"
        page.write_text(view.render_page(fig, library=library), encoding="utf-8")
        pages[(n, e)] = page
        size = page.stat().st_size / 1024
        print(f"render_page {n:>5} nodes {e:>5} edges: {seconds * 1000:8.1f} ms, page {size:7.0f} KiB")

    try:
        from view_fixtures import chromium, chromium_paths
    except ImportError:
        return
    if chromium_paths() is None:
        print("chromium not installed: browser timings skipped")
        return
    with chromium() as driver:
        for (n, e), page in pages.items():
            start = time.perf_counter()
            driver.get(page.as_uri())
            drawn = driver.execute_script("return cy.nodes().length + cy.edges().length")
            seconds = time.perf_counter() - start
            print(f"chromium load+draw {n:>5} nodes {e:>5} edges: {seconds * 1000:8.1f} ms ({drawn} elements)")


if __name__ == "__main__":
    main()
