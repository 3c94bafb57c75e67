"""CX2 visual properties translated into cytoscape.js styles for the browser preview.

Defaults become the ``node``/``edge`` rules of a stylesheet; mappings (passthrough, discrete,
continuous) and bypasses are resolved per element, so the page draws exactly what the CX2 style says.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any


_NODE_SHAPES = {"parallelogram": "rhomboid", "round_rectangle": "round-rectangle", "rect": "rectangle",
                "round_rect": "round-rectangle", "box": "rectangle", "circle": "ellipse"}
_ARROW_SHAPES = {
    "none": "none", "triangle": "triangle", "delta": "triangle", "tee": "tee", "t": "tee",
    "triangle-cross": "triangle-cross", "cross_delta": "triangle-cross", "arrow": "vee",
    "arrow_short": "vee", "diamond": "diamond", "diamond_short_1": "diamond", "diamond_short_2": "diamond",
    "circle": "circle", "half_circle": "circle", "square": "square", "delta_short_1": "triangle",
    "delta_short_2": "triangle", "open_delta": "triangle", "open_circle": "circle",
    "open_diamond": "diamond", "open_square": "square", "open_half_circle": "circle",
}
_LINE_STYLES = {"solid": "solid", "dotted": "dotted", "dot": "dotted", "dashed": "dashed",
                "long_dash": "dashed", "equal_dash": "dashed", "dash_dot": "dashed", "double": "double"}


def _color(value: Any) -> str | None:
    text = as_text(value)
    return text if re.fullmatch(r"#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?", text) else None


def as_number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _font(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        family = as_text(value.get("FONT_FAMILY")) or "sans-serif"
        return {"font-family": family, "font-style": as_text(value.get("FONT_STYLE")) or "normal",
                "font-weight": as_text(value.get("FONT_WEIGHT")) or "normal"}
    parts = as_text(value).split(",")
    if parts and parts[0]:
        out: dict[str, Any] = {"font-family": parts[0].replace("SansSerif", "sans-serif")}
        if len(parts) > 1:
            out["font-weight"] = "bold" if "bold" in parts[1].lower() else "normal"
            out["font-style"] = "italic" if "italic" in parts[1].lower() else "normal"
        return out
    return {}


def _label_position(value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, Any] = {}
    horizontal = as_text(value.get("HORIZONTAL_ANCHOR")).lower()
    vertical = as_text(value.get("VERTICAL_ANCHOR")).lower()
    if horizontal in {"left", "center", "right"}:
        out["text-halign"] = horizontal
    if vertical in {"top", "center", "bottom"}:
        out["text-valign"] = vertical
    for key, prop in (("MARGIN_X", "text-margin-x"), ("MARGIN_Y", "text-margin-y")):
        number = as_number(value.get(key))
        if number:
            out[prop] = number
    return out


def css_properties(prefix: str, name: str, value: Any) -> dict[str, Any]:
    """cytoscape.js style properties for one CX2 visual property value (empty if not drawable)."""
    if value is None:
        return {}
    name = name.removeprefix(prefix + "_")
    number = as_number(value)
    if prefix == "NODE":
        if name == "SHAPE":
            shape = as_text(value).lower()
            return {"shape": _NODE_SHAPES.get(shape, shape.replace("_", "-"))}
        if name == "BACKGROUND_COLOR" and _color(value):
            return {"background-color": _color(value)}
        if name == "BACKGROUND_OPACITY" and number is not None:
            return {"background-opacity": number}
        if name in {"WIDTH", "HEIGHT"} and number is not None:
            return {name.lower(): number}
        if name == "SIZE" and number is not None:
            return {"width": number, "height": number}
        if name == "BORDER_COLOR" and _color(value):
            return {"border-color": _color(value)}
        if name == "BORDER_WIDTH" and number is not None:
            return {"border-width": number}
        if name == "BORDER_OPACITY" and number is not None:
            return {"border-opacity": number}
        if name == "BORDER_STYLE":
            return {"border-style": _LINE_STYLES.get(as_text(value).lower(), "solid")}
        if name == "LABEL_POSITION":
            return _label_position(value)
    if prefix == "EDGE":
        if name == "LINE_COLOR" and _color(value):
            return {"line-color": _color(value)}
        if name == "WIDTH" and number is not None:
            return {"width": number}
        if name == "LINE_STYLE":
            return {"line-style": _LINE_STYLES.get(as_text(value).lower(), "solid")}
        if name == "OPACITY" and number is not None:
            return {"opacity": number}
        for end in ("SOURCE", "TARGET"):
            side = end.lower()
            if name == f"{end}_ARROW_SHAPE":
                shape = as_text(value).lower()
                css: dict[str, Any] = {f"{side}-arrow-shape": _ARROW_SHAPES.get(shape, "triangle")}
                if shape.startswith("open_"):
                    css[f"{side}-arrow-fill"] = "hollow"
                return css
            if name == f"{end}_ARROW_COLOR" and _color(value):
                return {f"{side}-arrow-color": _color(value)}
            if name == f"{end}_ARROW_SIZE" and number is not None:
                return {"arrow-scale": max(number / 6.0, 0.5)}
        if name == "CURVED":
            return {"curve-style": "unbundled-bezier" if value is True else "bezier"}
    if name == "VISIBILITY":
        return {"display": "none" if as_text(value).lower() in {"none", "false"} else "element"}
    if name == "LABEL":
        return {"label": as_text(value)}
    if name == "LABEL_COLOR" and _color(value):
        return {"color": _color(value)}
    if name == "LABEL_FONT_SIZE" and number is not None:
        return {"font-size": number}
    if name == "LABEL_FONT_FACE":
        return _font(value)
    if name == "LABEL_OPACITY" and number is not None:
        return {"text-opacity": number}
    if name == "LABEL_MAX_WIDTH" and number is not None:
        return {"text-wrap": "wrap", "text-max-width": f"{number:g}px"}
    return {}


def _same(attribute_value: Any, key: Any) -> bool:
    if isinstance(attribute_value, bool) or isinstance(key, bool):
        return as_text(attribute_value).lower() == as_text(key).lower()
    if isinstance(attribute_value, (int, float)) or isinstance(key, (int, float)):
        a, b = as_number(attribute_value), as_number(key)
        return a is not None and a == b
    return as_text(attribute_value) == as_text(key)


def _interpolate(low: Any, high: Any, fraction: float) -> Any:
    a, b = as_number(low), as_number(high)
    if a is not None and b is not None:
        return a + (b - a) * fraction
    ca, cb = _color(low), _color(high)
    if ca and cb and len(ca) == len(cb) == 7:
        channels = [round(int(ca[i:i + 2], 16) + (int(cb[i:i + 2], 16) - int(ca[i:i + 2], 16)) * fraction)
                    for i in (1, 3, 5)]
        return "#" + "".join(f"{c:02X}" for c in channels)
    return low if fraction < 0.5 else high


def _continuous(value: Any, ranges: Sequence[Mapping[str, Any]]) -> Any:
    x = as_number(value)
    if x is None:
        return None
    for r in ranges:
        lo, hi = as_number(r.get("min")), as_number(r.get("max"))
        above_lo = lo is None or x > lo or (x == lo and r.get("includeMin", True))
        below_hi = hi is None or x < hi or (x == hi and r.get("includeMax", True))
        if above_lo and below_hi:
            if lo is None or hi is None or hi == lo:
                return r.get("minVPValue") if hi is None else r.get("maxVPValue", r.get("minVPValue"))
            return _interpolate(r.get("minVPValue"), r.get("maxVPValue"), (x - lo) / (hi - lo))
    return None


def mapped_value(mapping: Mapping[str, Any], attrs: Mapping[str, Any]) -> Any:
    """The value one CX2 mapping gives for an element, or None when it gives none."""
    definition = mapping.get("definition", {}) or {}
    attribute = as_text(definition.get("attribute"))
    if attribute not in attrs:
        return None
    value = attrs[attribute]
    kind = as_text(mapping.get("type")).upper()
    if kind == "PASSTHROUGH":
        if isinstance(value, list):
            return ", ".join(as_text(v) for v in value)
        return value
    if kind == "DISCRETE":
        for entry in definition.get("map", []) or []:
            if _same(value, entry.get("v")):
                return entry.get("vp")
        return None
    if kind == "CONTINUOUS":
        return _continuous(value, definition.get("map", []) or [])
    return None


def arrows_match_line(editor: Mapping[str, Any] | None) -> bool:
    """Whether the CX2 editor properties tie arrow colours to the edge line colour."""
    return (editor or {}).get("arrowColorMatchesEdge") is True


def _arrows_follow_line(css: dict[str, Any]) -> None:
    if "line-color" in css:
        css["source-arrow-color"] = css["target-arrow-color"] = css["line-color"]


def resolve_style(prefix: str, mappings: Mapping[str, Any], attrs: Mapping[str, Any],
                  bypass: Mapping[str, Any] | None, *, match_arrows: bool = False) -> dict[str, Any]:
    """One element's style from the mappings and its bypasses (arrows take the line colour if asked)."""
    css: dict[str, Any] = {}
    for name, mapping in mappings.items():
        if isinstance(mapping, Mapping):
            css.update(css_properties(prefix, name, mapped_value(mapping, attrs)))
    for name, value in (bypass or {}).items():
        css.update(css_properties(prefix, name, value))
    if match_arrows:
        _arrows_follow_line(css)
    return css


#: Page-level look that is not part of the CX2 style (selection feedback, readable edges).
_BASE_STYLESHEET: list[dict[str, Any]] = [
    {"selector": "node", "style": {"label": "data(name)", "text-valign": "center", "text-halign": "center",
                                   "font-family": "sans-serif", "min-zoomed-font-size": 4}},
    {"selector": "edge", "style": {"curve-style": "bezier", "target-arrow-shape": "triangle",
                                   "arrow-scale": 1.2}},
]
_SELECTION_STYLESHEET: list[dict[str, Any]] = [
    {"selector": "node:selected", "style": {"overlay-color": "#FFCC00", "overlay-opacity": 0.35,
                                            "overlay-padding": 6}},
    {"selector": "edge:selected", "style": {"overlay-color": "#FFCC00", "overlay-opacity": 0.35,
                                            "overlay-padding": 4}},
]


def stylesheet(visual_properties: Mapping[str, Any], editor: Mapping[str, Any] | None = None) -> list[dict]:
    """The cytoscape.js stylesheet made from a CX2 style's defaults (mappings are per element)."""
    defaults = visual_properties.get("default", {}) or {}
    rules = [dict(rule, style=dict(rule["style"])) for rule in _BASE_STYLESHEET]
    for rule, prefix in ((rules[0], "NODE"), (rules[1], "EDGE")):
        for name, value in (defaults.get(prefix.lower(), {}) or {}).items():
            rule["style"].update(css_properties(prefix, name, value))
        if prefix == "NODE" and (editor or {}).get("nodeSizeLocked") is True:
            size = as_number((defaults.get("node", {}) or {}).get("NODE_SIZE"))
            if size is not None:
                rule["style"].update(width=size, height=size)
        if prefix == "EDGE" and arrows_match_line(editor):
            _arrows_follow_line(rule["style"])
    return rules + [dict(rule) for rule in _SELECTION_STYLESHEET]


def background_color(visual_properties: Mapping[str, Any]) -> str:
    """The network background colour of a CX2 style (white if unset)."""
    network = (visual_properties.get("default", {}) or {}).get("network", {}) or {}
    return _color(network.get("NETWORK_BACKGROUND_COLOR")) or "#FFFFFF"


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
