"""The network style: one definition in ``styles/pfocr.json`` (CX2 names), also as Cytoscape vizmap XML.

The CX2 form goes into every network's ``visualProperties``; :func:`to_vizmap_xml` converts the same
definition to the desktop's own property ids and values (``DELTA``, ``T``, ``ROUND_RECTANGLE``, ...)
so the look is the same on NDEx and in Cytoscape.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from pfocr_net.errors import PfocrNetError

DEFAULT_STYLE = "pfocr"

# CX2 visual property name -> Cytoscape desktop visual property id (where they differ).
_DESKTOP_NAME = {
    "NETWORK_BACKGROUND_COLOR": "NETWORK_BACKGROUND_PAINT",
    "NODE_BACKGROUND_COLOR": "NODE_FILL_COLOR",
    "NODE_BACKGROUND_OPACITY": "NODE_TRANSPARENCY",
    "NODE_BORDER_COLOR": "NODE_BORDER_PAINT",
    "NODE_BORDER_STYLE": "NODE_BORDER_STROKE",
    "NODE_BORDER_OPACITY": "NODE_BORDER_TRANSPARENCY",
    "NODE_LABEL_MAX_WIDTH": "NODE_LABEL_WIDTH",
    "NODE_LABEL_OPACITY": "NODE_LABEL_TRANSPARENCY",
    "NODE_VISIBILITY": "NODE_VISIBLE",
    "EDGE_LINE_COLOR": "EDGE_STROKE_UNSELECTED_PAINT",
    "EDGE_LINE_STYLE": "EDGE_LINE_TYPE",
    "EDGE_OPACITY": "EDGE_TRANSPARENCY",
    "EDGE_SOURCE_ARROW_COLOR": "EDGE_SOURCE_ARROW_UNSELECTED_PAINT",
    "EDGE_TARGET_ARROW_COLOR": "EDGE_TARGET_ARROW_UNSELECTED_PAINT",
    "EDGE_LABEL_MAX_WIDTH": "EDGE_LABEL_WIDTH",
    "EDGE_LABEL_OPACITY": "EDGE_LABEL_TRANSPARENCY",
    "EDGE_VISIBILITY": "EDGE_VISIBLE",
}
_OPACITY = {"NODE_BACKGROUND_OPACITY", "NODE_BORDER_OPACITY", "NODE_LABEL_OPACITY", "EDGE_OPACITY", "EDGE_LABEL_OPACITY"}
_ARROWS = {"triangle": "DELTA", "tee": "T", "triangle-cross": "CROSS_DELTA", "none": "NONE"}
_LINES = {"solid": "SOLID", "dotted": "DOT", "dashed": "LONG_DASH", "double": "PARALLEL_LINES"}
_SHAPES = {"round-rectangle": "ROUND_RECTANGLE"}
_ATTRIBUTE_TYPES = {"string": "string", "boolean": "boolean", "integer": "integer", "long": "long", "double": "float"}
_DEPENDENCIES = {"node": ("nodeSizeLocked", "nodeCustomGraphicsSizeSync"), "edge": ("arrowColorMatchesEdge",)}


def style_dir() -> Path:
    """The folder holding the shipped styles (inside the installed package, or the source tree's ``styles/``)."""
    packaged = Path(__file__).resolve().parent / "styles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "styles"


def style_path(filename: str) -> Path:
    """Path of a shipped style file, e.g. ``style_path("pfocr.xml")``."""
    path = style_dir() / filename
    if not path.is_file():
        raise PfocrNetError(f"style file {filename} not found in {style_dir()}")
    return path


@cache
def _load(name: str) -> dict[str, Any]:
    path = style_path(f"{name}.json")
    try:
        style: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PfocrNetError(f"{path}: not a readable style definition: {error}") from None
    if not isinstance(style.get("visualProperties"), dict):
        raise PfocrNetError(f"{path}: field 'visualProperties' missing")
    return style


@cache
def _load_json(name: str) -> str:
    return json.dumps(_load(name))


def load_style(name: str = DEFAULT_STYLE) -> dict[str, Any]:
    """The style definition (a fresh copy): ``name``, ``visualProperties``, ``visualEditorProperties``."""
    copied: dict[str, Any] = json.loads(_load_json(name))
    return copied


def desktop_value(property_name: str, value: Any) -> str:
    """A CX2 visual property value written the way Cytoscape desktop parses it."""
    if property_name in _OPACITY:
        return str(round(float(value) * 255))
    if property_name.endswith("ARROW_SHAPE"):
        return _ARROWS.get(str(value), str(value).upper())
    if property_name in {"EDGE_LINE_STYLE", "NODE_BORDER_STYLE"}:
        return _LINES.get(str(value), str(value).upper())
    if property_name == "NODE_SHAPE":
        return _SHAPES.get(str(value), str(value).upper())
    if property_name.endswith("VISIBILITY"):
        return "true" if value == "element" else "false"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    return str(value)


def desktop_name(property_name: str) -> str:
    """The Cytoscape desktop id of a CX2 visual property."""
    return _DESKTOP_NAME.get(property_name, property_name)


def to_vizmap_xml(name: str = DEFAULT_STYLE) -> str:
    """The style as Cytoscape desktop vizmap XML (``documentVersion 3.1``)."""
    style = _load(name)
    properties = style["visualProperties"]
    editor = style.get("visualEditorProperties", {})
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<vizmap id={quoteattr("VizMap-" + style["name"])} documentVersion="3.1">',
        f"  <visualStyle name={quoteattr(style['name'])}>",
    ]
    for section in ("network", "node", "edge"):
        lines.append(f"    <{section}>")
        for dependency in _DEPENDENCIES.get(section, ()):
            if dependency in editor:
                flag = "true" if editor[dependency] else "false"
                lines.append(f"      <dependency name={quoteattr(dependency)} value={quoteattr(flag)}/>")
        defaults = properties.get("default", {}).get(section, {})
        mappings = properties.get(f"{section}Mapping", {}) if section != "network" else {}
        for vp in dict.fromkeys([*defaults, *mappings]):
            lines.extend(_vizmap_property(vp, defaults.get(vp), mappings.get(vp)))
        lines.append(f"    </{section}>")
    lines += ["  </visualStyle>", "</vizmap>", ""]
    return "\n".join(lines)


def _vizmap_property(vp: str, default: Any, mapping: dict[str, Any] | None) -> list[str]:
    head = f"      <visualProperty name={quoteattr(desktop_name(vp))}"
    if default is not None:
        head += f" default={quoteattr(desktop_value(vp, default))}"
    if mapping is None:
        return [head + "/>"]
    definition = mapping["definition"]
    attribute = quoteattr(definition["attribute"])
    column_type = quoteattr(_ATTRIBUTE_TYPES.get(definition.get("type", "string"), "string"))
    out = [head + ">"]
    if mapping["type"] == "PASSTHROUGH":
        out.append(f"        <passthroughMapping attributeName={attribute} attributeType={column_type}/>")
    elif mapping["type"] == "DISCRETE":
        out.append(f"        <discreteMapping attributeName={attribute} attributeType={column_type}>")
        for entry in definition.get("map", []):
            key, value = quoteattr(desktop_value("", entry["v"])), quoteattr(desktop_value(vp, entry["vp"]))
            out.append(f"          <discreteMappingEntry attributeValue={key} value={value}/>")
        out.append("        </discreteMapping>")
    else:
        raise PfocrNetError(f"style mapping type {mapping['type']} on {vp} is not supported in vizmap export")
    out.append("      </visualProperty>")
    return out
