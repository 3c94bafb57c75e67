"""Browser preview in a real headless Chromium: drawing, clicks, escaping, and a seed screenshot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from view_fixtures import artifacts_dir, chromium, chromium_paths, small_view

from pfocr_net import view

if chromium_paths() is None:
    pytest.skip("headless Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as driver:
        yield driver


def _open(driver: Any, page: Path) -> None:
    driver.get(page.as_uri())
    assert driver.execute_script("return !!(window.pfocrView && window.pfocrView.ready)"), "page script did not run"


def _severe_console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def _click_element(driver: Any, selector: str) -> None:
    """A real mouse click on the drawn node or edge (its rendered midpoint)."""
    x, y = driver.execute_script(
        "var e = cy.$(arguments[0]); var p = e.isEdge() ? e.renderedMidpoint() : e.renderedPosition();"
        "return [p.x, p.y];", selector)
    box = driver.find_element(By.ID, "cy")
    size = box.size
    ActionChains(driver).move_to_element_with_offset(
        box, int(x - size["width"] / 2), int(y - size["height"] / 2)).click().perform()


def test_page_draws_every_node_and_edge(browser: Any, tmp_path: Path) -> None:
    (page,) = view.write_views([small_view()], tmp_path / "small.html")
    _open(browser, page)
    assert browser.execute_script("return [cy.nodes().length, cy.edges().length]") == [8, 5]
    assert browser.find_element(By.ID, "title").text == "Ketamine signalling"
    assert browser.find_element(By.ID, "counts").text == "8 nodes, 5 edges"
    # Preset layout keeps the build's relative positions.
    ket, glu = browser.execute_script("return [cy.$('#n0').position(), cy.$('#n1').position()]")
    assert (ket["x"], ket["y"], glu["x"], glu["y"]) == (0, 0, 140, 0)
    # The drawn style is the CX2 one: arrows by interaction, dashes when hedged.
    shapes = browser.execute_script(
        "return ['#e0','#e2','#e3'].map(function (s) { var e = cy.$(s);"
        " return [e.style('target-arrow-shape'), e.style('line-style')]; })")
    assert shapes == [["triangle", "solid"], ["tee", "dashed"], ["none", "solid"]]
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#links a")]
    assert links[0].startswith("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC0000001/")
    assert _severe_console_errors(browser) == []


def test_clicking_an_edge_shows_the_evidence_with_the_trigger_marked(browser: Any, tmp_path: Path) -> None:
    (page,) = view.write_views([small_view()], tmp_path / "small.html")
    _open(browser, page)
    _click_element(browser, "#e0")
    sentence = browser.find_element(By.CSS_SELECTOR, "#details-body .sentence")
    assert sentence.text == "Ketamine causes glutamate release."
    marks = sentence.find_elements(By.CSS_SELECTOR, "mark.trigger")
    assert [m.text for m in marks] == ["causes"]
    body = browser.find_element(By.ID, "details-body").text
    assert "increases" in body and "ketamine" in body and "glutamate" in body


def test_edge_details_list_every_evidence_sentence(browser: Any, tmp_path: Path) -> None:
    fig = small_view()
    more = "Glutamate release follows ketamine causes."
    for aspect in fig.cx2:
        for edge in aspect.get("edges", []):
            if edge["id"] == 0:
                edge["v"]["evidence"] = [edge["v"]["sentence"], more]
    (page,) = view.write_views([fig], tmp_path / "evidence.html")
    _open(browser, page)
    _click_element(browser, "#e0")
    shown = [p.text for p in browser.find_elements(By.CSS_SELECTOR, "#details-body .sentence")]
    assert shown == ["Ketamine causes glutamate release.", more]


def test_clicking_a_node_shows_identifiers_and_members(browser: Any, tmp_path: Path) -> None:
    (page,) = view.write_views([small_view()], tmp_path / "small.html")
    _open(browser, page)
    _click_element(browser, "#n2")
    body = browser.find_element(By.ID, "details-body")
    assert body.find_element(By.TAG_NAME, "h3").text == "AKT"
    assert "fplx:AKT" in body.text
    members = [li.text for li in body.find_elements(By.CSS_SELECTOR, "dd li")]
    assert members == ["hgnc.symbol:AKT1", "hgnc.symbol:AKT2", "hgnc.symbol:AKT3"]


def test_hostile_caption_shows_as_text_and_never_runs(browser: Any, tmp_path: Path) -> None:
    hostile = ('Pathway <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
               '</script><!-- "quoted" & done')
    fig = small_view(caption=hostile, title=hostile)
    for aspect in fig.cx2:
        for node in aspect.get("nodes", []):
            node["v"]["n"] = "<img src=y onerror=\"window.__pwned = 3\">"
        for edge in aspect.get("edges", []):
            edge["v"]["sentence"] = "<b onmouseover=\"window.__pwned = 4\">causes</b> it."
    (page,) = view.write_views([fig], tmp_path / "hostile.html")
    _open(browser, page)
    assert browser.find_element(By.ID, "caption").get_attribute("textContent") == hostile
    assert browser.find_element(By.ID, "title").get_attribute("textContent") == hostile
    assert browser.execute_script("return document.querySelectorAll('#caption *, #title *, img').length") == 0
    _click_element(browser, "#e0")
    _click_element(browser, "#n0")
    assert browser.execute_script("return document.querySelectorAll('#details-body img, #details-body b').length") == 0
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.title == hostile


def test_index_page_links_figure_pages_that_work_offline(browser: Any, tmp_path: Path) -> None:
    second = small_view(title="Second figure")
    second.figid = "PMC0000002__fig2"
    index, first_page, _ = view.write_views([small_view(), second], tmp_path / "site" / "index.html")
    browser.get(index.as_uri())
    items = browser.find_elements(By.CSS_SELECTOR, "#figures li a")
    assert [a.text for a in items] == ["Ketamine signalling", "Second figure"]
    items[1].click()
    assert browser.execute_script("return window.pfocrView && window.pfocrView.figid") == "PMC0000002__fig2"
    assert browser.execute_script("return cy.nodes().length") == 8
    browser.find_element(By.ID, "index-link").click()
    assert browser.current_url == index.as_uri()


def test_network_without_coordinates_is_laid_out(browser: Any, tmp_path: Path) -> None:
    fig = small_view()
    for aspect in fig.cx2:
        for node in aspect.get("nodes", []):
            del node["x"], node["y"]
    (page,) = view.write_views([fig], tmp_path / "nolayout.html")
    _open(browser, page)
    spots = browser.execute_script(
        "return cy.nodes().map(function (n) { var p = n.position(); return Math.round(p.x) + ',' + Math.round(p.y); })")
    assert len(set(spots)) == 8


@pytest.mark.skipif(not SEEDS, reason="the repository has no seed records")
def test_seed_network_screenshot(browser: Any) -> None:
    """Draws the seed with the most edges, clicks one, and saves tests/artifacts/view_seed.png."""
    from pfocr_net.api import build_figure
    from pfocr_net.records import read_record

    figures = [build_figure(read_record(path)) for path in SEEDS]
    figure = max(figures, key=lambda f: f.edge_count)
    out = artifacts_dir()
    (page,) = view.write_views([view.FigureView.from_cx2(figure.cx2, figure.record)], out / "view_seed.html")
    browser.set_window_size(1500, 1200)  # a desktop-sized window, so the saved picture is legible
    _open(browser, page)
    nodes = sum(len(a["nodes"]) for a in figure.cx2 if "nodes" in a)
    assert browser.execute_script("return [cy.nodes().length, cy.edges().length]") == [nodes, figure.edge_count]
    # Fitted: every node is drawn inside the visible area.
    inside = browser.execute_script(
        "var w = cy.width(), h = cy.height(); return cy.nodes().every(function (n) {"
        " var b = n.renderedBoundingBox(); return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= w && b.y2 <= h; })")
    assert inside
    assert browser.find_element(By.ID, "caption").text.startswith(figure.record.caption[:40])
    if figure.edge_count:
        edge_id = browser.execute_script(
            "var e = cy.edges().filter(function (e) { return !!e.data('sentence'); });"
            " return e.length ? e[0].id() : null;")
        if edge_id:
            browser.execute_script("cy.$('#' + arguments[0]).select().emit('tap');", edge_id)
            assert browser.find_element(By.CSS_SELECTOR, "#details-body .sentence").text
    shot = out / "view_seed.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert _severe_console_errors(browser) == []
