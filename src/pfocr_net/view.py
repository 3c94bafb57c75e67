"""Browser preview: standalone HTML pages that draw CX2 networks with cytoscape.js.

One figure becomes one self-contained page (the pinned cytoscape.js from npm is embedded inline,
so it opens without a network). Several figures become an index page plus one page per figure in a
folder beside it, sharing one copy of the library.

The CX2 style (the document's own ``visualProperties``, else the shipped ``pfocr`` style) is
translated here: its defaults become the ``node``/``edge`` rules of a cytoscape.js stylesheet, and
mappings and bypasses are resolved per element into element style, so the page and the CX2 style
never drift apart. All text reaches the page as JSON and is inserted with ``textContent``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pfocr_net.errors import OutputError, PfocrNetError, ViewError
from pfocr_net.model import Record

#: Environment variable naming a ``cytoscape.min.js`` to embed instead of the npm copy.
CYTOSCAPE_JS_ENV = "PFOCR_NET_CYTOSCAPE_JS"

#: Where ``npm ci`` puts the pinned library, relative to the repository root.
CYTOSCAPE_JS_RELPATH = Path("node_modules", "cytoscape", "dist", "cytoscape.min.js")

PMC_ARTICLE_URL = "https://www.ncbi.nlm.nih.gov/pmc/articles/{pmcid}/"
NDEX_NETWORK_URL = "https://www.ndexbio.org/viewer/networks/{uuid}"

_REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(slots=True)
class FigureView:
    """What one page shows: the CX2 network plus the figure's text and links."""

    figid: str
    cx2: list[dict[str, Any]]
    title: str = ""
    caption: str = ""
    pmcid: str = ""
    links: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_cx2(cls, cx2: list[dict[str, Any]], record: Record | None = None) -> FigureView:
        """Gather title, caption and links from the record (when given) and the network attributes."""
        attrs = network_attributes(cx2)
        figid = (record.figid if record else "") or _text(attrs.get("pfocrId")) or _text(attrs.get("name"))
        title = (record.title if record else "") or _text(attrs.get("figureTitle")) or _text(attrs.get("name"))
        caption = record.caption if record else _strip_tags(_text(attrs.get("description")))
        pmcid = (record.pmcid if record else "") or _text(attrs.get("pmcId"))
        ndex = record.ndex if record else _text(attrs.get("ndexUuid"))
        return cls(figid=figid or "network", cx2=cx2, title=title or figid or "network", caption=caption,
                   pmcid=pmcid, links=figure_links(attrs, pmcid=pmcid, ndex_uuid=ndex))


def figure_links(attrs: Mapping[str, Any], *, pmcid: str = "", ndex_uuid: str = "") -> dict[str, str]:
    """Links a page offers: the figure at PMC, the PFOCR page and the NDEx network (http(s) only)."""
    links: dict[str, str] = {}
    pmc = _text(attrs.get("figureUrl"))
    if not pmc and pmcid:
        pmc = PMC_ARTICLE_URL.format(pmcid=pmcid)
    candidates = {
        "Figure at PMC": pmc,
        "PFOCR page": _text(attrs.get("pfocrUrl")),
        "NDEx network": NDEX_NETWORK_URL.format(uuid=ndex_uuid.strip()) if ndex_uuid.strip() else "",
    }
    for label, url in candidates.items():
        if re.match(r"https?://", url, flags=re.IGNORECASE):
            links[label] = url
    return links


# ---------------------------------------------------------------------------------------------
# CX2 reading


def _aspect(cx2: Sequence[Mapping[str, Any]], name: str) -> list[Any]:
    out: list[Any] = []
    for element in cx2:
        if isinstance(element, Mapping) and name in element:
            out.extend(element[name] or [])
    return out


def _declarations(cx2: Sequence[Mapping[str, Any]], section: str) -> dict[str, dict[str, Any]]:
    decls: dict[str, dict[str, Any]] = {}
    for block in _aspect(cx2, "attributeDeclarations"):
        decls.update(block.get(section, {}) or {})
    return decls


def _expand(values: Mapping[str, Any], decls: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Attribute values under their full names, with declared defaults filled in."""
    alias_to_name = {d["a"]: name for name, d in decls.items() if isinstance(d, Mapping) and "a" in d}
    out = {name: d["v"] for name, d in decls.items() if isinstance(d, Mapping) and "v" in d}
    for key, value in values.items():
        out[alias_to_name.get(key, key)] = value
    return out


def network_attributes(cx2: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The network attributes of a CX2 document, aliases expanded."""
    decls = _declarations(cx2, "networkAttributes")
    attrs: dict[str, Any] = {}
    for block in _aspect(cx2, "networkAttributes"):
        attrs.update(_expand(block, decls))
    return attrs


def _visual_properties(cx2: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    found = _aspect(cx2, "visualProperties")
    return found[0] if found else None


def shipped_style() -> dict[str, Any]:
    """The ``pfocr`` CX2 visual properties (``styles/pfocr.json``, read through :mod:`pfocr_net.style`)."""
    from pfocr_net import style

    return style.load_style()["visualProperties"]


def _editor_properties(cx2: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for block in _aspect(cx2, "visualEditorProperties"):
        props.update(block.get("properties", {}) or {})
    return props


# ---------------------------------------------------------------------------------------------
# CX2 visual properties -> cytoscape.js style

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
    text = _text(value)
    return text if re.fullmatch(r"#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?", text) else None


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _font(value: Any) -> dict[str, Any]:
    if isinstance(value, Mapping):
        family = _text(value.get("FONT_FAMILY")) or "sans-serif"
        return {"font-family": family, "font-style": _text(value.get("FONT_STYLE")) or "normal",
                "font-weight": _text(value.get("FONT_WEIGHT")) or "normal"}
    parts = _text(value).split(",")
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
    horizontal = _text(value.get("HORIZONTAL_ANCHOR")).lower()
    vertical = _text(value.get("VERTICAL_ANCHOR")).lower()
    if horizontal in {"left", "center", "right"}:
        out["text-halign"] = horizontal
    if vertical in {"top", "center", "bottom"}:
        out["text-valign"] = vertical
    for key, prop in (("MARGIN_X", "text-margin-x"), ("MARGIN_Y", "text-margin-y")):
        number = _number(value.get(key))
        if number:
            out[prop] = number
    return out


def _css(prefix: str, name: str, value: Any) -> dict[str, Any]:
    """cytoscape.js style properties for one CX2 visual property value (empty if not drawable)."""
    if value is None:
        return {}
    name = name.removeprefix(prefix + "_")
    number = _number(value)
    if prefix == "NODE":
        if name == "SHAPE":
            shape = _text(value).lower()
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
            return {"border-style": _LINE_STYLES.get(_text(value).lower(), "solid")}
        if name == "LABEL_POSITION":
            return _label_position(value)
        if name == "VISIBILITY":
            return {"display": "none" if _text(value).lower() in {"none", "false"} else "element"}
    if prefix == "EDGE":
        if name == "LINE_COLOR" and _color(value):
            return {"line-color": _color(value)}
        if name == "WIDTH" and number is not None:
            return {"width": number}
        if name == "LINE_STYLE":
            return {"line-style": _LINE_STYLES.get(_text(value).lower(), "solid")}
        if name == "OPACITY" and number is not None:
            return {"opacity": number}
        for end in ("SOURCE", "TARGET"):
            side = end.lower()
            if name == f"{end}_ARROW_SHAPE":
                shape = _text(value).lower()
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
            return {"display": "none" if _text(value).lower() in {"none", "false"} else "element"}
    if name == "LABEL":
        return {"label": _text(value)}
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
        return _text(attribute_value).lower() == _text(key).lower()
    if isinstance(attribute_value, (int, float)) or isinstance(key, (int, float)):
        a, b = _number(attribute_value), _number(key)
        return a is not None and a == b
    return _text(attribute_value) == _text(key)


def _interpolate(low: Any, high: Any, fraction: float) -> Any:
    a, b = _number(low), _number(high)
    if a is not None and b is not None:
        return a + (b - a) * fraction
    ca, cb = _color(low), _color(high)
    if ca and cb and len(ca) == len(cb) == 7:
        channels = [round(int(ca[i:i + 2], 16) + (int(cb[i:i + 2], 16) - int(ca[i:i + 2], 16)) * fraction)
                    for i in (1, 3, 5)]
        return "#" + "".join(f"{c:02X}" for c in channels)
    return low if fraction < 0.5 else high


def _continuous(value: Any, ranges: Sequence[Mapping[str, Any]]) -> Any:
    x = _number(value)
    if x is None:
        return None
    for r in ranges:
        lo, hi = _number(r.get("min")), _number(r.get("max"))
        above_lo = lo is None or x > lo or (x == lo and r.get("includeMin", True))
        below_hi = hi is None or x < hi or (x == hi and r.get("includeMax", True))
        if above_lo and below_hi:
            if lo is None or hi is None or hi == lo:
                return r.get("minVPValue") if hi is None else r.get("maxVPValue", r.get("minVPValue"))
            return _interpolate(r.get("minVPValue"), r.get("maxVPValue"), (x - lo) / (hi - lo))
    return None


def _mapped(mapping: Mapping[str, Any], attrs: Mapping[str, Any]) -> Any:
    """The value one CX2 mapping gives for an element, or None when it gives none."""
    definition = mapping.get("definition", {}) or {}
    attribute = _text(definition.get("attribute"))
    if attribute not in attrs:
        return None
    value = attrs[attribute]
    kind = _text(mapping.get("type")).upper()
    if kind == "PASSTHROUGH":
        if isinstance(value, list):
            return ", ".join(_text(v) for v in value)
        return value
    if kind == "DISCRETE":
        for entry in definition.get("map", []) or []:
            if _same(value, entry.get("v")):
                return entry.get("vp")
        return None
    if kind == "CONTINUOUS":
        return _continuous(value, definition.get("map", []) or [])
    return None


def _resolve(prefix: str, mappings: Mapping[str, Any], attrs: Mapping[str, Any],
             bypass: Mapping[str, Any] | None) -> dict[str, Any]:
    css: dict[str, Any] = {}
    for name, mapping in mappings.items():
        if isinstance(mapping, Mapping):
            css.update(_css(prefix, name, _mapped(mapping, attrs)))
    for name, value in (bypass or {}).items():
        css.update(_css(prefix, name, value))
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
            rule["style"].update(_css(prefix, name, value))
        if prefix == "NODE" and (editor or {}).get("nodeSizeLocked") is True:
            size = _number((defaults.get("node", {}) or {}).get("NODE_SIZE"))
            if size is not None:
                rule["style"].update(width=size, height=size)
    return rules + [dict(rule) for rule in _SELECTION_STYLESHEET]


def background_color(visual_properties: Mapping[str, Any]) -> str:
    """The network background colour of a CX2 style (white if unset)."""
    network = (visual_properties.get("default", {}) or {}).get("network", {}) or {}
    return _color(network.get("NETWORK_BACKGROUND_COLOR")) or "#FFFFFF"


# ---------------------------------------------------------------------------------------------
# Elements


def _locate_sentence(caption: str, sentence: str, span: tuple[int, int] | None) -> int | None:
    """Offset of ``sentence`` in ``caption``, preferring the occurrence that contains ``span``."""
    if not caption or not sentence:
        return None
    starts = [m.start() for m in re.finditer(re.escape(sentence), caption)]
    if span is not None:
        for start in starts:
            if start <= span[0] and span[1] <= start + len(sentence):
                return start
    return starts[0] if starts else None


def _span(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        a, b = _number(value[0]), _number(value[1])
        if a is not None and b is not None and 0 <= a < b:
            return int(a), int(b)
    if isinstance(value, str):
        m = re.fullmatch(r"\s*\[?\(?\s*(\d+)\s*[,:-]\s*(\d+)\s*\)?\]?\s*", value)
        if m and int(m.group(1)) < int(m.group(2)):
            return int(m.group(1)), int(m.group(2))
    return None


def _attr_span(attrs: Mapping[str, Any], role: str) -> tuple[int, int] | None:
    for key in (f"{role}_span", f"{role}Span", f"{role}_start"):
        if key in attrs:
            if key.endswith("_start"):
                return _span([attrs.get(key), attrs.get(f"{role}_end")])
            return _span(attrs[key])
    return None


def evidence_highlights(attrs: Mapping[str, Any], caption: str = "") -> list[tuple[int, int, str]]:
    """Non-overlapping ``(start, end, role)`` spans inside the edge's ``sentence`` to highlight.

    Caption spans (``trigger_span`` etc.) are moved into sentence coordinates when the sentence is
    found in the caption and the text there matches; otherwise the trigger text is searched for in
    the sentence as a whole word.
    """
    sentence = _text(attrs.get("sentence"))
    if not sentence:
        return []
    spans: list[tuple[int, int, str]] = []
    trigger_span = _attr_span(attrs, "trigger")
    offset = _locate_sentence(caption, sentence, trigger_span)
    for role in ("trigger", "subject", "object"):
        span = _attr_span(attrs, role)
        if span is None or offset is None:
            continue
        start, end = span[0] - offset, span[1] - offset
        if 0 <= start < end <= len(sentence):
            expected = _text(attrs.get("trigger")).lower() if role == "trigger" else ""
            if not expected or expected in sentence[start:end].lower() or sentence[start:end].lower() in expected:
                spans.append((start, end, role))
    if not any(role == "trigger" for *_, role in spans):
        trigger = _text(attrs.get("trigger")).strip()
        if trigger:
            m = re.search(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", sentence, flags=re.IGNORECASE)
            m = m or re.search(re.escape(trigger), sentence, flags=re.IGNORECASE)
            if m:
                spans.append((m.start(), m.end(), "trigger"))
    spans.sort(key=lambda s: (s[0], 0 if s[2] == "trigger" else 1))
    kept: list[tuple[int, int, str]] = []
    for item in spans:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _jsonable(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def elements(cx2: Sequence[Mapping[str, Any]], visual_properties: Mapping[str, Any] | None = None,
             caption: str = "") -> list[dict[str, Any]]:
    """cytoscape.js elements for a CX2 document: data (attributes), position and resolved style."""
    vp = visual_properties or {}
    node_maps = vp.get("nodeMapping", {}) or {}
    edge_maps = vp.get("edgeMapping", {}) or {}
    node_bypass = {b.get("id"): b.get("v", {}) for b in _aspect(cx2, "nodeBypasses")}
    edge_bypass = {b.get("id"): b.get("v", {}) for b in _aspect(cx2, "edgeBypasses")}
    node_decls = _declarations(cx2, "nodes")
    edge_decls = _declarations(cx2, "edges")
    out: list[dict[str, Any]] = []
    node_ids: set[Any] = set()
    for node in _aspect(cx2, "nodes"):
        attrs = _expand(node.get("v", {}) or {}, node_decls)
        node_ids.add(node.get("id"))
        element: dict[str, Any] = {
            "group": "nodes",
            "data": {**_jsonable(attrs), "id": f"n{node.get('id')}", "name": _text(attrs.get("name"))},
            "style": _resolve("NODE", node_maps, attrs, node_bypass.get(node.get("id"))),
        }
        x, y = _number(node.get("x")), _number(node.get("y"))
        if x is not None and y is not None:
            element["position"] = {"x": x, "y": y}
        out.append(element)
    for edge in _aspect(cx2, "edges"):
        source, target = edge.get("s"), edge.get("t")
        if source not in node_ids or target not in node_ids:
            raise ViewError(f"edge {edge.get('id')}: refers to a node the network does not have")
        attrs = _expand(edge.get("v", {}) or {}, edge_decls)
        data = {**_jsonable(attrs), "id": f"e{edge.get('id')}", "source": f"n{source}", "target": f"n{target}"}
        data["highlights"] = [list(h) for h in evidence_highlights(attrs, caption)]
        out.append({"group": "edges", "data": data,
                    "style": _resolve("EDGE", edge_maps, attrs, edge_bypass.get(edge.get("id")))})
    return out


# ---------------------------------------------------------------------------------------------
# Pages


def cytoscape_js_path() -> Path:
    """The pinned ``cytoscape.min.js``: ``$PFOCR_NET_CYTOSCAPE_JS``, else ``node_modules`` from npm."""
    configured = os.environ.get(CYTOSCAPE_JS_ENV, "").strip()
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            raise ViewError(f"{CYTOSCAPE_JS_ENV}={configured}: no such file")
        return path
    for root in (_REPO_ROOT, Path.cwd()):
        path = root / CYTOSCAPE_JS_RELPATH
        if path.is_file():
            return path
    raise ViewError(
        f"cytoscape.js not found at {_REPO_ROOT / CYTOSCAPE_JS_RELPATH}: run 'npm ci' in the pfocr-net "
        f"checkout, or set {CYTOSCAPE_JS_ENV} to a cytoscape.min.js"
    )


def _asset(name: str) -> str:
    return resources.files("pfocr_net").joinpath("view_assets", name).read_text(encoding="utf-8")


def _script_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``</``, ``<!--`` or ``]]>`` can appear."""
    text = json.dumps(_jsonable(value), ensure_ascii=False, allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _inline_script(code: str, what: str) -> tuple[str, str]:
    """A ``<script>`` element for ``code`` and the CSP hash source that allows exactly it."""
    if re.search(r"</script|<!--", code, flags=re.IGNORECASE):
        raise ViewError(f"{what} cannot be embedded in a page: it contains '</script' or '<!--'")
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    return f"<script>{code}</script>", f"'sha256-{digest}'"


def _fill(template: str, values: Mapping[str, str]) -> str:
    """Replace ``{{NAME}}`` markers in one pass (inserted text is never rescanned)."""
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: values[m.group(1)], template)


def page_data(view: FigureView, style: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the page script needs, as one JSON-ready dict."""
    vp = _visual_properties(view.cx2) or (dict(style) if style is not None else shipped_style())
    editor = _editor_properties(view.cx2)
    els = elements(view.cx2, vp, caption=view.caption)
    rules = stylesheet(vp, editor)
    if editor.get("arrowColorMatchesEdge") is True:
        for css in [rule["style"] for rule in rules] + [e["style"] for e in els if e["group"] == "edges"]:
            if "line-color" in css:
                css["source-arrow-color"] = css["target-arrow-color"] = css["line-color"]
    nodes = [e for e in els if e["group"] == "nodes"]
    return {
        "figid": view.figid,
        "title": view.title,
        "caption": view.caption,
        "pmcid": view.pmcid,
        "links": [{"label": k, "url": v} for k, v in view.links.items()],
        "elements": els,
        "style": rules,
        "background": background_color(vp),
        "preset": bool(nodes) and all("position" in n for n in nodes),
        "legend": legend(vp, {_text(n["data"].get("type")) for n in nodes}),
    }


def legend(visual_properties: Mapping[str, Any], present: set[str] | None = None) -> list[dict[str, Any]]:
    """Node types the style distinguishes (those in ``present``, if given), with shape and colours."""
    node_maps = visual_properties.get("nodeMapping", {}) or {}
    defaults = (visual_properties.get("default", {}) or {}).get("node", {}) or {}
    types: list[str] = []
    for mapping in node_maps.values():
        definition = (mapping or {}).get("definition", {}) or {}
        if _text(mapping.get("type")).upper() == "DISCRETE" and definition.get("attribute") == "type":
            for entry in definition.get("map", []) or []:
                if _text(entry.get("v")) not in types:
                    types.append(_text(entry.get("v")))
    rows = []
    for kind in types:
        if present is not None and kind not in present:
            continue
        css: dict[str, Any] = {}
        for name in ("NODE_SHAPE", "NODE_BACKGROUND_COLOR", "NODE_BORDER_COLOR"):
            css.update(_css("NODE", name, defaults.get(name)))
            if name in node_maps:
                css.update(_css("NODE", name, _mapped(node_maps[name], {"type": kind})))
        rows.append({"type": kind, "shape": css.get("shape", "ellipse"),
                     "color": css.get("background-color", "#FFFFFF"), "border": css.get("border-color", "#000000")})
    return rows


def render_page(view: FigureView, *, library: str | None = None, library_src: str | None = None,
                style: Mapping[str, Any] | None = None, index_href: str | None = None) -> str:
    """A standalone HTML page for one figure.

    ``library`` is the cytoscape.js source to embed; ``library_src`` a relative URL to load it from
    instead. With neither, the pinned npm copy is embedded.
    """
    script_tag, script_hash = _inline_script(_asset("page.js"), "page script")
    sources = [script_hash]
    if library_src is not None:
        library_tag = f'<script src="{html.escape(library_src, quote=True)}"></script>'
        sources.append("'self' file:")  # file: so browsers whose file pages have no 'self' still load it
    else:
        if library is None:
            library = cytoscape_js_path().read_text(encoding="utf-8")
        library_tag, library_hash = _inline_script(library, "cytoscape.js")
        sources.append(library_hash)
    data = page_data(view, style)
    if index_href:
        data["index"] = index_href
    # Only the two known scripts may run: injected markup could not execute even if it got in.
    csp = f"default-src 'none'; script-src {' '.join(sources)}; style-src 'unsafe-inline'; img-src data:"
    return _fill(_asset("page.html"), {
        "TITLE": html.escape(view.title or view.figid),
        "CSP": html.escape(csp, quote=True),
        "CSS": _asset("page.css"),
        "LIBRARY": library_tag,
        "DATA": _script_json(data),
        "SCRIPT": script_tag,
    })


def render_index(entries: Sequence[tuple[FigureView, str]], title: str = "PFOCR networks") -> str:
    """An index page linking each figure's page (``(view, relative href)`` pairs)."""
    rows = []
    for view, href in entries:
        counts = _counts(view.cx2)
        rows.append(
            f'<li><a href="{html.escape(href, quote=True)}">{html.escape(view.title or view.figid)}</a>'
            f' <span class="figid">{html.escape(view.figid)}</span>'
            f' <span class="counts">{counts[0]} nodes, {counts[1]} edges</span></li>'
        )
    return _fill(_asset("index.html"), {
        "TITLE": html.escape(title),
        "CSS": _asset("page.css"),
        "COUNT": str(len(entries)),
        "ROWS": "\n".join(rows),
    })


def _counts(cx2: Sequence[Mapping[str, Any]]) -> tuple[int, int]:
    return len(_aspect(cx2, "nodes")), len(_aspect(cx2, "edges"))


def _safe_name(figid: str) -> str:
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", figid).strip("._") or "figure"
    return name[:150]


def write_views(views: Iterable[FigureView], output: Path | str, *,
                style: Mapping[str, Any] | None = None) -> list[Path]:
    """Write the preview for ``views`` and return the pages written, the entry page first.

    One figure: ``output`` is a standalone page. Several: ``output`` is an index page and the
    figure pages go to ``<output stem>_figures/`` beside it, with one shared copy of cytoscape.js.
    """
    output = Path(output)
    items = list(views)
    if not items:
        raise ViewError("no figures to show")
    library = cytoscape_js_path().read_text(encoding="utf-8")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        if len(items) == 1:
            output.write_text(render_page(items[0], library=library, style=style), encoding="utf-8")
            return [output]
        folder = output.parent / f"{output.stem}_figures"
        folder.mkdir(exist_ok=True)
        (folder / "cytoscape.min.js").write_text(library, encoding="utf-8")
        used: set[str] = set()
        entries: list[tuple[FigureView, str]] = []
        written: list[Path] = []
        for view in items:
            name = _safe_name(view.figid)
            stem, n = name, 1
            while name.lower() in used:
                n += 1
                name = f"{stem}-{n}"
            used.add(name.lower())
            page = folder / f"{name}.html"
            page.write_text(render_page(view, library_src="cytoscape.min.js", style=style,
                                        index_href=f"../{output.name}"), encoding="utf-8")
            entries.append((view, f"{folder.name}/{page.name}"))
            written.append(page)
        output.write_text(render_index(entries), encoding="utf-8")
        return [output, *written]
    except OSError as exc:
        raise OutputError(f"{output}: cannot write the preview: {exc.strerror or exc}") from exc


def load_cx2(path: Path | str) -> list[dict[str, Any]]:
    """Read a CX2 file written by ``pfocr-net build`` (or downloaded from NDEx)."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ViewError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise ViewError(f"{path}: not JSON: {exc.msg} at line {exc.lineno}") from exc
    if not isinstance(doc, list) or not all(isinstance(e, dict) for e in doc):
        raise ViewError(f"{path}: not a CX2 document (expected a JSON list of aspect objects)")
    return doc


def cx2_files(path: Path) -> list[Path]:
    """The CX2 files ``path`` names: itself (``.cx2``/``.json``) or a folder's ``*.cx2`` files."""
    if path.is_file() and path.suffix.lower() in {".cx2", ".json"}:
        return [path]
    if path.is_dir():
        return sorted(path.glob("*.cx2"))
    return []


def iter_views(paths: Iterable[Path | str]) -> Iterator[FigureView | PfocrNetError]:
    """A page's worth for each figure under ``paths``, or the error that figure met.

    Paths may be figure records (anything :func:`pfocr_net.api.iter_figures` reads) or CX2 files
    written by ``pfocr-net build`` (a ``.cx2`` file or a folder of them).
    """
    from pfocr_net.api import iter_figures

    for raw in paths:
        path = Path(raw)
        files = cx2_files(path)
        if files:
            for file in files:
                try:
                    yield FigureView.from_cx2(load_cx2(file))
                except PfocrNetError as error:
                    yield error
            continue
        for item in iter_figures([path]):
            if isinstance(item, PfocrNetError):
                yield item
            else:
                yield FigureView.from_cx2(item.cx2, item.record)


# ---------------------------------------------------------------------------------------------
# Small text helpers


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _strip_tags(text: str) -> str:
    """Plain text of an HTML description (tags dropped, entities decoded): shown as text only."""
    if "<" not in text:
        return html.unescape(text)
    return html.unescape(re.sub(r"<[^>]*>", " ", text)).strip()
