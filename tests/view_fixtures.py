"""Small hand-made CX2 networks and a headless Chromium driver for the browser-preview tests."""

from __future__ import annotations

import html
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pfocr_net.view import FigureView

CAPTION = (
    "Ketamine causes glutamate release. "
    "AKT activates mTORC1 signalling. "
    "Ketamine may suppress NMDA receptor activity. "
    "BDNF binds TrkB. "
    "Rapamycin does not activate AKT."
)


def _span(text: str, start_at: int = 0) -> list[int]:
    start = CAPTION.index(text, start_at)
    return [start, start + len(text)]


def _sentence(n: int) -> str:
    return CAPTION.split(". ")[n].rstrip(".") + "."


def small_cx2(caption: str = CAPTION, title: str = "Ketamine signalling") -> list[dict[str, Any]]:
    """Seven nodes of five types and five edges covering each arrow and line style."""
    names = [("ketamine", "chemical", "mesh:D007649"), ("glutamate", "smallmolecule", "chebi:14321"),
             ("AKT", "proteinfamily", "fplx:AKT"), ("mTORC1", "complex", "fplx:mTORC1"),
             ("NMDA receptor", "complex", "fplx:NMDA_receptor"), ("BDNF", "protein", "ncbigene:627"),
             ("NTRK2", "protein", "ncbigene:4915"), ("rapamycin", "chemical", "chebi:9168")]
    nodes = []
    for i, (name, kind, curie) in enumerate(names):
        value: dict[str, Any] = {"name": name, "type": kind, "represents": curie}
        if kind == "proteinfamily":
            value["member"] = ["hgnc.symbol:AKT1", "hgnc.symbol:AKT2", "hgnc.symbol:AKT3"]
        if name == "NTRK2":
            value["alias"] = ["hgnc.symbol:NTRK2", "uniprot:Q16620"]
        nodes.append({"id": i, "x": 140.0 * (i % 4), "y": 160.0 * (i // 4), "v": value})

    def edge(i: int, s: int, t: int, interaction: str, polarity: str, n: int, trigger: str,
             certainty: str = "stated") -> dict[str, Any]:
        return {"id": i, "s": s, "t": t, "v": {
            "interaction": interaction, "polarity": polarity, "directed": interaction != "binds",
            "sentence": _sentence(n), "trigger": trigger, "trigger_span": _span(trigger),
            "hedged": certainty == "hedged", "negated": certainty == "negated", "certainty": certainty,
            "rule": "test_rule"}}

    edges = [
        edge(0, 0, 1, "increases", "positive", 0, "causes"),
        edge(1, 2, 3, "activates", "positive", 1, "activates"),
        edge(2, 0, 4, "inhibits", "negative", 2, "suppress", "hedged"),
        edge(3, 5, 6, "binds", "none", 3, "binds"),
        edge(4, 7, 2, "activates", "positive", 4, "activate", "negated"),
    ]
    return [
        {"CXVersion": "2.0", "hasFragments": False},
        {"metaData": [{"name": "attributeDeclarations", "elementCount": 1},
                      {"name": "networkAttributes", "elementCount": 1},
                      {"name": "nodes", "elementCount": len(nodes)},
                      {"name": "edges", "elementCount": len(edges)}]},
        {"attributeDeclarations": [{
            "networkAttributes": {"name": {"d": "string"}, "description": {"d": "string"},
                                  "pfocrId": {"d": "string"}, "pmcId": {"d": "string"},
                                  "figureUrl": {"d": "string"}, "pfocrUrl": {"d": "string"}},
            "nodes": {"name": {"d": "string", "a": "n"}, "type": {"d": "string"},
                      "represents": {"d": "string", "a": "r"}, "alias": {"d": "list_of_string"},
                      "member": {"d": "list_of_string"}},
            "edges": {"interaction": {"d": "string", "a": "i"}, "polarity": {"d": "string"},
                      "directed": {"d": "boolean"}, "sentence": {"d": "string"}, "trigger": {"d": "string"},
                      "trigger_span": {"d": "list_of_integer"}, "hedged": {"d": "boolean"},
                      "negated": {"d": "boolean"}, "certainty": {"d": "string"}, "rule": {"d": "string"}},
        }]},
        {"networkAttributes": [{
            "name": title, "description": html.escape(caption, quote=False),
            "pfocrId": "PMC0000001__fig1", "pmcId": "PMC0000001",
            "figureUrl": "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC0000001/figure/fig1/",
            "pfocrUrl": "https://pfocr.wikipathways.org/figures/PMC0000001__fig1.html"}]},
        {"nodes": [{**n, "v": _aliased(n["v"])} for n in nodes]},
        {"edges": edges},
        {"status": [{"success": True}]},
    ]


def _aliased(value: dict[str, Any]) -> dict[str, Any]:
    out = dict(value)
    out["n"] = out.pop("name")
    out["r"] = out.pop("represents")
    return out


def small_view(caption: str = CAPTION, title: str = "Ketamine signalling") -> FigureView:
    return FigureView.from_cx2(small_cx2(caption, title))


HEADLESS_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,860", "--force-device-scale-factor=1")


def chromium_paths() -> tuple[str, str] | None:
    """``(browser, driver)`` executables, or None when headless Chromium is not installed."""
    browser = os.environ.get("PFOCR_NET_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    driver = os.environ.get("PFOCR_NET_CHROMEDRIVER") or shutil.which("chromedriver")
    if browser and driver:
        return browser, driver
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    """A Selenium session in headless Chromium with a fresh profile, closed afterwards."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    paths = chromium_paths()
    assert paths is not None
    browser, driver_path = paths
    profile = tempfile.mkdtemp(prefix="pfocr-view-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    for flag in (*HEADLESS_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def artifacts_dir() -> Path:
    path = Path(__file__).resolve().parent / "artifacts"
    path.mkdir(exist_ok=True)
    return path
