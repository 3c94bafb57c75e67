"""One style: the CX2 definition and the Cytoscape vizmap XML in styles/ say the same thing."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from click.testing import CliRunner

from pfocr_net.cli import cli
from pfocr_net.style import load_style, style_path, to_vizmap_xml


def test_shipped_vizmap_matches_the_style_definition() -> None:
    assert style_path("pfocr.xml").read_text(encoding="utf-8") == to_vizmap_xml(), (
        "styles/pfocr.xml is stale: regenerate it with `pfocr-net style -o styles/pfocr.xml`"
    )


def _discrete(root: ET.Element, section: str, name: str) -> dict[str, str]:
    prop = root.find(f"./visualStyle/{section}/visualProperty[@name='{name}']")
    assert prop is not None, name
    return {e.get("attributeValue"): e.get("value") for e in prop.iter("discreteMappingEntry")}


def test_vizmap_uses_desktop_names_and_values() -> None:
    root = ET.fromstring(to_vizmap_xml().encode("utf-8"))
    assert root.find("visualStyle").get("name") == "pfocr"
    arrows = _discrete(root, "edge", "EDGE_TARGET_ARROW_SHAPE")
    assert arrows["activates"] == "DELTA" and arrows["inhibits"] == "T" and arrows["binds"] == "NONE"
    lines = _discrete(root, "edge", "EDGE_LINE_TYPE")
    assert lines == {"stated": "SOLID", "hedged": "LONG_DASH", "negated": "DOT"}
    shapes = _discrete(root, "node", "NODE_SHAPE")
    assert shapes["biologicalprocess"] == "ROUND_RECTANGLE"
    fills = _discrete(root, "node", "NODE_FILL_COLOR")
    cx2_fills = {e["v"]: e["vp"] for e in load_style()["visualProperties"]["nodeMapping"]["NODE_BACKGROUND_COLOR"]["definition"]["map"]}
    assert fills == cx2_fills
    transparency = root.find("./visualStyle/node/visualProperty[@name='NODE_TRANSPARENCY']")
    assert transparency is not None and transparency.get("default") == "255"
    assert root.find("./visualStyle/node/dependency[@name='nodeSizeLocked']").get("value") == "false"


def test_style_command_exports_vizmap(tmp_path) -> None:
    target = tmp_path / "pfocr.xml"
    result = CliRunner().invoke(cli, ["style", "-o", str(target)])
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == to_vizmap_xml()
