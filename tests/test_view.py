"""Browser preview, without a browser: style translation, evidence spans, escaping, files written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from view_fixtures import CAPTION, small_cx2, small_view

from pfocr_net import style, view
from pfocr_net.errors import PfocrNetError
from pfocr_net.view import FigureView, ViewError

FAKE_LIBRARY = "window.cytoscape = function () { return {}; };"


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="pfocr-data">(.*?)</script>', page, flags=re.S)
    assert m, "page has no data block"
    return json.loads(m.group(1))


def _by_name(data: dict) -> dict[str, dict]:
    return {e["data"]["name"]: e for e in data["elements"] if e["group"] == "nodes"}


def _edge(data: dict, edge_id: str) -> dict:
    return next(e for e in data["elements"] if e["data"]["id"] == edge_id)


def test_node_colours_and_shapes_come_from_the_shipped_style() -> None:
    vp = style.load_style()["visualProperties"]
    colours = {e["v"]: e["vp"] for e in vp["nodeMapping"]["NODE_BACKGROUND_COLOR"]["definition"]["map"]}
    data = view.page_data(small_view())
    nodes = _by_name(data)
    assert nodes["ketamine"]["style"]["background-color"] == colours["chemical"]
    assert nodes["glutamate"]["style"]["background-color"] == colours["smallmolecule"]
    assert nodes["glutamate"]["style"]["shape"] == "rectangle"
    assert nodes["mTORC1"]["style"]["shape"] == "octagon"
    assert nodes["AKT"]["style"]["label"] == "AKT"


def test_edges_get_arrow_by_interaction_and_line_by_certainty() -> None:
    data = view.page_data(small_view())
    increases, activates, hedged, binds, negated = (_edge(data, f"e{i}")["style"] for i in range(5))
    assert increases["target-arrow-shape"] == "triangle"
    assert hedged["target-arrow-shape"] == "tee"
    assert hedged["line-style"] == "dashed"
    assert binds["target-arrow-shape"] == "none"
    assert negated["line-style"] == "dotted"
    assert activates["line-style"] == "solid"
    assert increases["line-color"] == "#0099FF" and hedged["line-color"] == "#990066"


def test_style_defaults_become_stylesheet_rules() -> None:
    rules = {r["selector"]: r["style"] for r in view.page_data(small_view())["style"]}
    defaults = style.load_style()["visualProperties"]["default"]
    assert rules["node"]["width"] == defaults["node"]["NODE_WIDTH"]
    assert rules["node"]["border-color"] == defaults["node"]["NODE_BORDER_COLOR"]
    assert rules["edge"]["width"] == defaults["edge"]["EDGE_WIDTH"]
    assert "node:selected" in rules


def test_document_style_wins_over_shipped_style() -> None:
    cx2 = small_cx2()
    own = {"default": {"node": {"NODE_BACKGROUND_COLOR": "#123456"}}, "nodeMapping": {}, "edgeMapping": {}}
    cx2.insert(-1, {"visualProperties": [own]})
    data = view.page_data(FigureView.from_cx2(cx2))
    node_rule = next(r for r in data["style"] if r["selector"] == "node")
    assert node_rule["style"]["background-color"] == "#123456"
    assert "background-color" not in _by_name(data)["ketamine"]["style"]


def test_bypasses_and_continuous_mappings_apply() -> None:
    cx2 = small_cx2()
    vp = {"default": {}, "edgeMapping": {}, "nodeMapping": {"NODE_WIDTH": {"type": "CONTINUOUS", "definition": {
        "attribute": "score", "type": "double", "map": [
            {"max": 0, "includeMax": True, "maxVPValue": 10},
            {"min": 0, "includeMin": True, "max": 10, "includeMax": True, "minVPValue": 10, "maxVPValue": 110},
            {"min": 10, "includeMin": False, "minVPValue": 110}]}}}}
    cx2[4]["nodes"][0]["v"]["score"] = 5
    cx2.insert(-1, {"visualProperties": [vp]})
    cx2.insert(-1, {"nodeBypasses": [{"id": 1, "v": {"NODE_BACKGROUND_COLOR": "#ABCDEF"}}]})
    nodes = _by_name(view.page_data(FigureView.from_cx2(cx2)))
    assert nodes["ketamine"]["style"]["width"] == pytest.approx(60)
    assert nodes["glutamate"]["style"]["background-color"] == "#ABCDEF"


def test_arrow_colour_follows_the_line_when_the_style_says_so() -> None:
    cx2 = small_cx2()
    vp = {"default": {"edge": {"EDGE_LINE_COLOR": "#111111", "EDGE_TARGET_ARROW_COLOR": "#999999"}},
          "nodeMapping": {}, "edgeMapping": {"EDGE_LINE_COLOR": {"type": "DISCRETE", "definition": {
              "attribute": "interaction", "type": "string", "map": [{"v": "binds", "vp": "#00CC66"}]}}}}
    cx2.insert(-1, {"visualProperties": [vp]})
    cx2.insert(-1, {"visualEditorProperties": [{"properties": {"arrowColorMatchesEdge": True}}]})
    data = view.page_data(FigureView.from_cx2(cx2))
    edge_rule = next(r for r in data["style"] if r["selector"] == "edge")["style"]
    assert edge_rule["target-arrow-color"] == "#111111"
    assert _edge(data, "e3")["style"]["target-arrow-color"] == "#00CC66"


def test_positions_and_attribute_aliases_are_kept() -> None:
    data = view.page_data(small_view())
    nodes = _by_name(data)
    assert data["preset"] is True
    assert nodes["mTORC1"]["position"] == {"x": 420.0, "y": 0.0}
    assert nodes["NTRK2"]["data"]["represents"] == "ncbigene:4915"
    assert nodes["AKT"]["data"]["member"] == ["hgnc.symbol:AKT1", "hgnc.symbol:AKT2", "hgnc.symbol:AKT3"]


def test_network_without_coordinates_gets_a_layout() -> None:
    cx2 = small_cx2()
    for node in cx2[4]["nodes"]:
        del node["x"], node["y"]
    data = view.page_data(FigureView.from_cx2(cx2))
    assert data["preset"] is False
    assert all("position" not in e for e in data["elements"])


def test_trigger_span_is_moved_into_the_sentence() -> None:
    data = view.page_data(small_view())
    edge = _edge(data, "e2")["data"]
    (start, end, role), = edge["highlights"]
    assert role == "trigger"
    assert edge["sentence"][start:end] == "suppress"


def test_trigger_text_is_found_when_spans_do_not_fit() -> None:
    attrs = {"sentence": "Ketamine may suppress NMDA receptors.", "trigger": "suppress", "trigger_span": [900, 908]}
    assert view.evidence_highlights(attrs, CAPTION) == [(13, 21, "trigger")]
    assert view.evidence_highlights({"sentence": "No cue here.", "trigger": "binds"}) == []


def test_subject_and_object_spans_are_highlighted_too() -> None:
    caption = "So A activates B here."
    attrs = {"sentence": "A activates B here.", "trigger": "activates", "trigger_span": [5, 14],
             "subject_span": [3, 4], "object_span": [15, 16]}
    assert view.evidence_highlights(attrs, caption) == [(0, 1, "subject"), (2, 11, "trigger"), (12, 13, "object")]


def test_links_point_to_pmc_pfocr_and_ndex() -> None:
    links = view.figure_links({"pfocrUrl": "https://pfocr.wikipathways.org/figures/X.html"},
                              pmcid="PMC7859674", ndex_uuid="0a1b2c3d-0000-0000-0000-000000000000")
    assert links == {
        "Figure at PMC": "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7859674/",
        "PFOCR page": "https://pfocr.wikipathways.org/figures/X.html",
        "NDEx network": "https://www.ndexbio.org/viewer/networks/0a1b2c3d-0000-0000-0000-000000000000",
    }
    assert view.figure_links({"figureUrl": "javascript:alert(1)"}) == {}


def test_hostile_text_cannot_break_out_of_the_page() -> None:
    hostile = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & \u2028"
    page = view.render_page(small_view(caption=hostile, title=hostile), library=FAKE_LIBRARY)
    data_block = page.split('id="pfocr-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block and ">" not in data_block
    assert _data(page)["caption"] == hostile
    assert "<img src=x" not in page
    assert page.count("<script") == 3  # data block, library, page script
    title = re.search(r"<title>(.*?)</title>", page, flags=re.S).group(1)
    assert "<" not in title


def test_only_the_page_and_library_scripts_are_allowed_to_run() -> None:
    page = view.render_page(small_view(), library=FAKE_LIBRARY)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "unsafe-inline" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert csp.count("sha256-") == 2


def test_missing_library_says_to_run_npm_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(view, "_REPO_ROOT", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(view.CYTOSCAPE_JS_ENV, raising=False)
    with pytest.raises(PfocrNetError, match="npm ci"):
        view.write_views([small_view()], tmp_path / "out.html")
    assert not (tmp_path / "out.html").exists()


def test_library_path_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lib = tmp_path / "cy.js"
    lib.write_text(FAKE_LIBRARY, encoding="utf-8")
    monkeypatch.setenv(view.CYTOSCAPE_JS_ENV, str(lib))
    (page,) = view.write_views([small_view()], tmp_path / "one.html")
    assert FAKE_LIBRARY in page.read_text(encoding="utf-8")
    monkeypatch.setenv(view.CYTOSCAPE_JS_ENV, str(tmp_path / "missing.js"))
    with pytest.raises(ViewError, match="missing.js"):
        view.cytoscape_js_path()


def test_several_figures_make_an_index_and_pages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lib = tmp_path / "cy.js"
    lib.write_text(FAKE_LIBRARY, encoding="utf-8")
    monkeypatch.setenv(view.CYTOSCAPE_JS_ENV, str(lib))
    first = small_view(title="First <b>figure</b>")
    second = small_view(title="Second")
    second.figid = "PMC0000002/fig 2"
    written = view.write_views([first, second], tmp_path / "site" / "index.html")
    index, *pages = written
    assert index == tmp_path / "site" / "index.html"
    assert [p.name for p in pages] == ["PMC0000001__fig1.html", "PMC0000002_fig_2.html"]
    text = index.read_text(encoding="utf-8")
    assert 'href="index_figures/PMC0000001__fig1.html"' in text
    assert "First &lt;b&gt;figure&lt;/b&gt;" in text and "<b>" not in text
    assert (tmp_path / "site" / "index_figures" / "cytoscape.min.js").read_text() == FAKE_LIBRARY
    page = pages[0].read_text(encoding="utf-8")
    assert '<script src="cytoscape.min.js">' in page
    assert _data(page)["index"] == "../index.html"


def test_same_figure_twice_gets_two_pages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lib = tmp_path / "cy.js"
    lib.write_text(FAKE_LIBRARY, encoding="utf-8")
    monkeypatch.setenv(view.CYTOSCAPE_JS_ENV, str(lib))
    _, *pages = view.write_views([small_view(), small_view()], tmp_path / "all.html")
    assert len({p.name for p in pages}) == 2


def test_edge_to_unknown_node_is_reported() -> None:
    cx2 = small_cx2()
    cx2[5]["edges"][0]["t"] = 99
    with pytest.raises(ViewError, match="edge 0"):
        view.page_data(FigureView.from_cx2(cx2))


def test_cx2_file_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cx2"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ViewError, match="bad.cx2"):
        view.load_cx2(bad)
    good = tmp_path / "good.cx2"
    good.write_text(json.dumps(small_cx2()), encoding="utf-8")
    assert view.load_cx2(good) == small_cx2()
