"""Browser preview: standalone HTML pages that draw CX2 networks with cytoscape.js.

One figure becomes one self-contained page (the pinned cytoscape.js from npm is embedded inline,
so it opens without a network). Several figures become an index page plus one page per figure in a
folder beside it, sharing one copy of the library.

The CX2 style (the document's own ``visualProperties``, else the shipped ``pfocr`` style) is
translated by :mod:`pfocr_net.view_style`, so the page and the CX2 style never drift apart. All
text reaches the page as JSON and is inserted with ``textContent``.
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
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pfocr_net import style
from pfocr_net.errors import OutputError, PfocrNetError, ViewError
from pfocr_net.model import Record
from pfocr_net.view_style import (
    arrows_match_line,
    as_number,
    as_text,
    background_color,
    css_properties,
    mapped_value,
    resolve_style,
    stylesheet,
)

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
        figid = (record.figid if record else "") or as_text(attrs.get("pfocrId")) or as_text(attrs.get("name"))
        title = (record.title if record else "") or as_text(attrs.get("figureTitle")) or as_text(attrs.get("name"))
        caption = record.caption if record else _strip_tags(as_text(attrs.get("description")))
        pmcid = (record.pmcid if record else "") or as_text(attrs.get("pmcId"))
        ndex = record.ndex if record else as_text(attrs.get("ndexUuid"))
        return cls(figid=figid or "network", cx2=cx2, title=title or figid or "network", caption=caption,
                   pmcid=pmcid, links=figure_links(attrs, pmcid=pmcid, ndex_uuid=ndex))


def figure_links(attrs: Mapping[str, Any], *, pmcid: str = "", ndex_uuid: str = "") -> dict[str, str]:
    """Links a page offers: the figure at PMC, the PFOCR page and the NDEx network (http(s) only)."""
    links: dict[str, str] = {}
    pmc = as_text(attrs.get("figureUrl"))
    if not pmc and pmcid:
        pmc = PMC_ARTICLE_URL.format(pmcid=pmcid)
    candidates = {
        "Figure at PMC": pmc,
        "PFOCR page": as_text(attrs.get("pfocrUrl")),
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
    return style.load_style()["visualProperties"]


def _editor_properties(cx2: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for block in _aspect(cx2, "visualEditorProperties"):
        props.update(block.get("properties", {}) or {})
    return props


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
        a, b = as_number(value[0]), as_number(value[1])
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
    sentence = as_text(attrs.get("sentence"))
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
            expected = as_text(attrs.get("trigger")).lower() if role == "trigger" else ""
            if not expected or expected in sentence[start:end].lower() or sentence[start:end].lower() in expected:
                spans.append((start, end, role))
    if not any(role == "trigger" for *_, role in spans):
        trigger = as_text(attrs.get("trigger")).strip()
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
             caption: str = "", editor: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """cytoscape.js elements for a CX2 document: data (attributes), position and resolved style."""
    vp = visual_properties or {}
    match_arrows = arrows_match_line(editor)
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
            "data": {**_jsonable(attrs), "id": f"n{node.get('id')}", "name": as_text(attrs.get("name"))},
            "style": resolve_style("NODE", node_maps, attrs, node_bypass.get(node.get("id"))),
        }
        x, y = as_number(node.get("x")), as_number(node.get("y"))
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
                    "style": resolve_style("EDGE", edge_maps, attrs, edge_bypass.get(edge.get("id")),
                                           match_arrows=match_arrows)})
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


@cache
def _asset(name: str) -> str:
    """A packaged page template, script or stylesheet (read once per process)."""
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


def page_data(view: FigureView) -> dict[str, Any]:
    """Everything the page script needs, as one JSON-ready dict."""
    vp = _visual_properties(view.cx2) or shipped_style()
    editor = _editor_properties(view.cx2)
    els = elements(view.cx2, vp, caption=view.caption, editor=editor)
    rules = stylesheet(vp, editor)
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
        "legend": legend(vp, {as_text(n["data"].get("type")) for n in nodes}),
    }


def legend(visual_properties: Mapping[str, Any], present: set[str] | None = None) -> list[dict[str, Any]]:
    """Node types the style distinguishes (those in ``present``, if given), with shape and colours."""
    node_maps = visual_properties.get("nodeMapping", {}) or {}
    defaults = (visual_properties.get("default", {}) or {}).get("node", {}) or {}
    types: list[str] = []
    for mapping in node_maps.values():
        definition = (mapping or {}).get("definition", {}) or {}
        if as_text(mapping.get("type")).upper() == "DISCRETE" and definition.get("attribute") == "type":
            for entry in definition.get("map", []) or []:
                if as_text(entry.get("v")) not in types:
                    types.append(as_text(entry.get("v")))
    rows = []
    for kind in types:
        if present is not None and kind not in present:
            continue
        css: dict[str, Any] = {}
        for name in ("NODE_SHAPE", "NODE_BACKGROUND_COLOR", "NODE_BORDER_COLOR"):
            css.update(css_properties("NODE", name, defaults.get(name)))
            if name in node_maps:
                css.update(css_properties("NODE", name, mapped_value(node_maps[name], {"type": kind})))
        rows.append({"type": kind, "shape": css.get("shape", "ellipse"),
                     "color": css.get("background-color", "#FFFFFF"), "border": css.get("border-color", "#000000")})
    return rows


def render_page(view: FigureView, *, library: str | None = None, library_src: str | None = None,
                index_href: str | None = None) -> str:
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
    data = page_data(view)
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


def write_views(views: Iterable[FigureView], output: Path | str) -> list[Path]:
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
            output.write_text(render_page(items[0], library=library), encoding="utf-8")
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
            page.write_text(render_page(view, library_src="cytoscape.min.js",
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


def _strip_tags(text: str) -> str:
    """Plain text of an HTML description (tags dropped, entities decoded): shown as text only."""
    if "<" not in text:
        return html.unescape(text)
    return html.unescape(re.sub(r"<[^>]*>", " ", text)).strip()
