"""A local CyREST-compatible HTTP server for tests, driven by the real py4cytoscape over real HTTP.

It keeps a small in-memory Cytoscape session (networks with node, edge and network tables, one view
each, visual styles, layouts, fits) and answers the endpoints py4cytoscape 1.13 uses for the
create / style / fit / query workflow, with the response and error shapes of CyREST 3.13 and the
CX2 import rules of Cytoscape's CX Support app (descriptor first, ``status`` last, declared
attributes, ``<name>-Style`` naming). Every request is logged for assertions.

Also here: :class:`SilentServer`, a TCP listener that counts connections and never answers, for the
"Cytoscape not answering" cases.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, unquote, urlsplit

from http_stub import StubHandler

# Values Cytoscape's VP parsers accept (case-insensitively); anything else parses to null and is dropped.
NODE_SHAPES = {
    "RECTANGLE", "ROUND_RECTANGLE", "ELLIPSE", "TRIANGLE", "DIAMOND", "HEXAGON", "OCTAGON",
    "PARALLELOGRAM", "VEE", "RECT", "ROUND_RECT", "BOX", "CIRCLE",
}
ARROW_SHAPES = {
    "NONE", "DIAMOND", "OPEN_DIAMOND", "DELTA", "OPEN_DELTA", "CROSS_DELTA", "CROSS_OPEN_DELTA",
    "ARROW", "T", "CIRCLE", "OPEN_CIRCLE", "HALF_CIRCLE", "OPEN_HALF_CIRCLE", "SQUARE", "OPEN_SQUARE",
    "HALF_TOP", "HALF_BOTTOM", "DELTA_SHORT_1", "DELTA_SHORT_2", "ARROW_SHORT", "DIAMOND_SHORT_1",
    "DIAMOND_SHORT_2",
}
LINE_TYPES = {
    "SOLID", "DOT", "LONG_DASH", "EQUAL_DASH", "DASH_DOT", "PARALLEL_LINES", "SINEWAVE", "ZIGZAG",
    "VERTICAL_SLASH", "FORWARD_SLASH", "BACKWARD_SLASH", "CONTIGUOUS_ARROW", "SEPARATE_ARROW",
    "MARQUEE_DASH", "MARQUEE_DASH_DOT", "MARQUEE_EQUAL",
}
ENUM_VALUES = {
    "NODE_SHAPE": NODE_SHAPES,
    "EDGE_SOURCE_ARROW_SHAPE": ARROW_SHAPES,
    "EDGE_TARGET_ARROW_SHAPE": ARROW_SHAPES,
    "EDGE_LINE_TYPE": LINE_TYPES,
    "NODE_BORDER_STROKE": LINE_TYPES,
}
COLUMN_TYPES = {"String", "Integer", "Long", "Double", "Float", "Boolean", "Number"}
CX2_TYPES = {
    "string": "String", "long": "Long", "integer": "Integer", "double": "Double", "boolean": "Boolean",
}
BUILTIN_COLUMNS = {"name", "selected", "SUID", "shared name"}
BUILTIN_EDGE_COLUMNS = BUILTIN_COLUMNS | {"interaction", "shared interaction"}
STYLE_ASPECTS = ("visualProperties", "nodeBypasses", "edgeBypasses")


class CxParseError(Exception):
    """The CX2 reader rejected the document (CyREST answers 412)."""


class CiError(Exception):
    """A CyREST error answered with the CI JSON shape."""

    def __init__(self, status: int, message: str, resource: str = "cyrest-core:v1") -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.resource = resource


@dataclass
class Table:
    """One default table: typed columns and rows keyed by SUID (insertion order is row order)."""

    cols: dict[str, str] = field(default_factory=dict)
    rows: dict[int, dict[str, Any]] = field(default_factory=dict)

    def add_row(self, suid: int, values: dict[str, Any]) -> None:
        self.rows[suid] = {"SUID": suid, **values}

    def columns_json(self) -> list[dict[str, Any]]:
        return [
            {"name": n, "type": t, "immutable": n == "SUID", "primaryKey": n == "SUID"}
            for n, t in self.cols.items()
        ]


@dataclass
class Network:
    """One network of the session with its three default tables and its (single) view."""

    suid: int
    name: str
    collection: str
    node: Table
    edge: Table
    network: Table
    views: list[int] = field(default_factory=list)
    style: str = "default"
    positions: dict[int, tuple[float, float]] = field(default_factory=dict)
    layouts: list[str] = field(default_factory=list)
    fits: int = 0
    cx2: list[dict[str, Any]] | None = None


@dataclass
class Style:
    """A visual style as CyREST stores it: defaults, mappings and dependencies, by Cytoscape VP ids."""

    title: str
    defaults: dict[str, Any] = field(default_factory=dict)
    mappings: dict[str, dict[str, Any]] = field(default_factory=dict)
    dependencies: dict[str, bool] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)


@dataclass
class Logged:
    """One request as the server received it (path percent-decoded)."""

    method: str
    path: str
    query: dict[str, str]
    body: Any


class Session:
    """The in-memory Cytoscape state behind the server."""

    def __init__(self) -> None:
        self._ids = itertools.count(101)
        self.lock = threading.RLock()
        self.networks: dict[int, Network] = {}
        self.current: int | None = None
        self.styles: dict[str, Style] = {"default": Style("default")}
        self.sandbox = "/tmp/cyrest-sandbox"

    def suid(self) -> int:
        return next(self._ids)

    def network(self, suid: str | int) -> Network:
        try:
            return self.networks[int(suid)]
        except (KeyError, ValueError):
            raise CiError(404, f"Could not find Network with SUID: {suid}", "network-resource") from None

    def view_owner(self, view: int) -> Network:
        for net in self.networks.values():
            if view in net.views:
                return net
        raise CiError(500, f"Could not find view: SUID:{view}", "handle-json-command")

    def unique_title(self, title: str, sep: str, start: int) -> str:
        """Cytoscape's case-insensitive de-duplication: ``T``, ``T<sep>start``, ``T<sep>start+1``, ..."""
        taken = {t.lower() for t in self.styles}
        if title.lower() not in taken:
            return title
        for k in itertools.count(start):
            candidate = f"{title}{sep}{k}"
            if candidate.lower() not in taken:
                return candidate
        raise AssertionError("unreachable")

    # -- CX2 import -------------------------------------------------------------------------

    def import_cx2(self, doc: Any, title: str | None, collection: str | None) -> Network:
        """Build a network from CX2 following CX Support's reader rules; raise CxParseError."""
        if not isinstance(doc, list) or not doc:
            raise CxParseError("Illegal cx format: expected a JSON array")
        if not isinstance(doc[0], dict) or "CXVersion" not in doc[0]:
            raise CxParseError("Illegal cx format: expected to CX version object in the first element")
        last = doc[-1]
        if not isinstance(last, dict) or list(last) != ["status"]:
            raise CxParseError("CX document ends without a 'status' aspect defined")
        status = last["status"]
        if len(status) != 1 or status[0].get("success") is not True:
            raise CxParseError(f"Error status received in CX document: {status}")
        aspects: dict[str, list[Any]] = {}
        metadata_blocks = 0
        for element in doc[1:-1]:
            if not isinstance(element, dict) or len(element) != 1:
                raise CxParseError("Illegal cx format: each aspect must be an object with one key")
            (name, value), = element.items()
            if name == "metaData":
                metadata_blocks += 1
                if metadata_blocks > 2:
                    raise CxParseError("Only 2 metaData aspects are allowed")
                continue
            if name in ("nodes", "edges") and "attributeDeclarations" not in aspects:
                raise CxParseError("java.lang.NullPointerException: attribute declarations must precede nodes and edges")
            aspects.setdefault(name, []).extend(value)
        decls = aspects.get("attributeDeclarations") or []
        declared = decls[0] if decls else {}
        if not declared:
            raise CxParseError("java.lang.NullPointerException: no attribute declarations")

        node_t, edge_t, net_t = (Table(), Table(), Table())
        node_t.cols.update({"SUID": "Long", "shared name": "String", "name": "String", "selected": "Boolean"})
        edge_t.cols.update({
            "SUID": "Long", "shared name": "String", "shared interaction": "String", "name": "String",
            "selected": "Boolean", "interaction": "String",
        })
        net_t.cols.update({"SUID": "Long", "shared name": "String", "name": "String", "selected": "Boolean"})
        specs: dict[str, dict[str, tuple[str, Any]]] = {}
        aliases: dict[str, dict[str, str]] = {}
        for kind, table, builtin in (
            ("nodes", node_t, BUILTIN_COLUMNS),
            ("edges", edge_t, BUILTIN_EDGE_COLUMNS),
            ("networkAttributes", net_t, BUILTIN_COLUMNS),
        ):
            specs[kind] = {}
            aliases[kind] = {}
            for attr, spec in (declared.get(kind) or {}).items():
                cx_type = spec.get("d", "string")
                col_type = "List" if cx_type.startswith("list_of_") else CX2_TYPES.get(cx_type)
                if col_type is None:
                    raise CxParseError(f"Unsupported attribute data type {cx_type!r} for {attr}")
                specs[kind][attr] = (col_type, spec.get("v"))
                if "a" in spec:
                    aliases[kind][spec["a"]] = attr
                if attr not in builtin:
                    table.cols[attr] = col_type

        def values(kind: str, raw: dict[str, Any], label: str) -> dict[str, Any]:
            out = {a: d for a, (_, d) in specs[kind].items() if d is not None}
            for key, value in raw.items():
                attr = aliases[kind].get(key, key)
                if attr not in specs[kind]:
                    raise CxParseError(f"{label} attribute {attr} is not declared.")
                out[attr] = value
            return out

        suid = self.suid()
        net_attrs: dict[str, Any] = {}
        for element in aspects.get("networkAttributes", []):
            for key, value in element.items():
                attr = aliases["networkAttributes"].get(key, key)
                if attr != "name" and attr not in specs["networkAttributes"]:
                    raise CxParseError(f"Network attribute {attr} is not declared.")
                net_attrs[attr] = value
        name = str(net_attrs.get("name") or "")
        net = Network(suid, name, collection or name or "new", node_t, edge_t, net_t, cx2=doc)
        net_t.add_row(suid, {**net_attrs, "shared name": name, "name": name, "selected": False})

        cx_ids: dict[Any, int] = {}
        has_coordinates = False
        for node in aspects.get("nodes", []):
            node_suid = self.suid()
            cx_ids[node["id"]] = node_suid
            vals = values("nodes", node.get("v") or {}, "Node")
            node_name = vals.get("name")
            node_t.add_row(node_suid, {**vals, "shared name": node_name, "selected": False})
            if "x" in node:
                has_coordinates = True
                net.positions[node_suid] = (float(node["x"]), float(node.get("y", 0.0)))
        for edge in aspects.get("edges", []):
            edge_suid = self.suid()
            for end in (edge["s"], edge["t"]):
                if end not in cx_ids:
                    cx_ids[end] = self.suid()
                    node_t.add_row(cx_ids[end], {"selected": False})
            vals = values("edges", edge.get("v") or {}, "Edge")
            if "interaction" in vals:
                vals.setdefault("shared interaction", vals["interaction"])
            edge_t.add_row(edge_suid, {**vals, "shared name": vals.get("name"), "selected": False,
                                       "source": cx_ids[edge["s"]], "target": cx_ids[edge["t"]]})
        if not has_coordinates:
            big = len(edge_t.rows) >= 25000
            net.layouts.append("grid" if big else "force-directed")

        if any(aspects.get(a) for a in STYLE_ASPECTS):
            base = name.removesuffix(".cx")
            style_title = self.unique_title(f"{base or 'new'}-Style", "-", 1)
            self.styles[style_title] = Style(style_title)
            net.style = style_title
        if title:
            net.name = title
            net_t.rows[suid]["name"] = title
        net.views.append(self.suid())
        self.networks[suid] = net
        self.current = suid
        return net

    # -- styles ------------------------------------------------------------------------------

    def create_style(self, body: dict[str, Any], title: str | None = None) -> Style:
        """Store a style from CyREST style JSON, dropping what Cytoscape would silently drop."""
        style = Style(self.unique_title(title or body.get("title") or "New Style", "_", 0))
        for entry in body.get("defaults") or []:
            vp, value = entry.get("visualProperty"), entry.get("value")
            if self._parses(vp, value):
                style.defaults[vp] = value
            else:
                style.dropped.append(f"default {vp}={value!r}")
        for mapping in body.get("mappings") or []:
            vp = mapping.get("visualProperty")
            if mapping.get("mappingColumnType") not in COLUMN_TYPES:
                style.dropped.append(f"mapping {vp} ({mapping.get('mappingColumnType')!r})")
                continue
            kept = dict(mapping)
            if mapping.get("mappingType") == "discrete":
                kept["map"] = []
                for entry in mapping.get("map") or []:
                    if self._parses(vp, entry.get("value")):
                        kept["map"].append(entry)
                    else:
                        style.dropped.append(f"{vp}[{entry.get('key')}]={entry.get('value')!r}")
            style.mappings[vp] = kept
        self.styles[style.title] = style
        return style

    @staticmethod
    def _parses(vp: str | None, value: Any) -> bool:
        if not vp or not vp.startswith(("NODE", "EDGE", "NETWORK")):
            return False
        allowed = ENUM_VALUES.get(vp)
        return allowed is None or str(value).upper() in allowed

    def load_vizmap(self, path: str) -> list[str]:
        """``vizmap load file``: read a vizmap XML file and add each style (``_k`` de-duplication)."""
        root = ET.parse(path).getroot()
        titles = []
        for vs in root.iter("visualStyle"):
            body: dict[str, Any] = {"defaults": [], "mappings": []}
            deps: dict[str, bool] = {}
            for section in vs:
                for dep in section.iter("dependency"):
                    deps[dep.get("name", "")] = dep.get("value") == "true"
                for vp in section.iter("visualProperty"):
                    if vp.get("default") is not None:
                        body["defaults"].append({"visualProperty": vp.get("name"), "value": vp.get("default")})
            style = self.create_style(body, title=vs.get("name"))
            style.dependencies.update(deps)
            titles.append(style.title)
        return titles


def ci_body(status: int, message: str, resource: str) -> dict[str, Any]:
    """The CyREST CI error envelope."""
    return {
        "data": {},
        "errors": [{
            "status": status,
            "type": f"urn:cytoscape:ci:{resource}:errors:{1 if status < 500 else 2}",
            "message": message,
            "link": "file:/tmp/CytoscapeConfiguration/3/framework-cytoscape.log",
        }],
    }


class _Handler(StubHandler):
    server: _HTTPServer

    def _reply(self, status: int, body: Any = None, *, text: str | None = None) -> None:
        if text is not None:
            payload, ctype = text.encode(), "text/plain"
        elif body is None:
            payload, ctype = b"", "application/json"
        else:
            payload, ctype = json.dumps(body).encode(), "application/json"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        owner = self.server.owner
        owner.requests.append(Logged(method, path, query, body))
        if any(path.startswith(prefix) for prefix in owner.stall):
            owner.released.wait(30)
        if path in owner.fail:
            status, message = owner.fail[path]
            self._reply(status, ci_body(status, message, "cyrest-core:v1"))
            return
        try:
            with owner.session.lock:
                status, out = owner.route(method, path, query, body)
        except CiError as e:
            self._reply(e.status, ci_body(e.status, e.message, e.resource))
            return
        except _NotFound:
            self._reply(404, text="HTTP 404 Not Found")
            return
        if isinstance(out, str):
            self._reply(status, text=out)
        else:
            self._reply(status, out)

class _NotFound(Exception):
    pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    owner: CyRestServer


def _ok(data: Any = None) -> tuple[int, Any]:
    return 200, {"data": {} if data is None else data, "errors": []}


class CyRestServer:
    """A CyREST stand-in on ``127.0.0.1:<free port>``; use as a context manager.

    ``url`` is the root (``http://127.0.0.1:<port>``); ``requests`` lists what arrived; ``session``
    holds the state. ``version`` is what ``GET /v1/version`` reports.
    """

    def __init__(self, version: str = "3.10.3", *, all_apps_started: bool = True) -> None:
        self.version = version
        self.all_apps_started = all_apps_started
        self.session = Session()
        self.requests: list[Logged] = []
        #: Path prefixes whose requests are held unanswered until the server stops (a wedged desktop).
        self.stall: set[str] = set()
        self.released = threading.Event()
        #: Paths answered with a CI error ``(status, message)`` instead of normally.
        self.fail: dict[str, tuple[int, str]] = {}
        self._http = _HTTPServer(("127.0.0.1", 0), _Handler)
        self._http.owner = self
        self._thread = threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join(5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- helpers for assertions ------------------------------------------------------------

    def calls(self, method: str | None = None, prefix: str = "") -> list[Logged]:
        """Requests with this method whose decoded path starts with ``prefix``."""
        return [r for r in self.requests if (method is None or r.method == method) and r.path.startswith(prefix)]

    # -- routing ----------------------------------------------------------------------------

    def route(self, method: str, path: str, query: dict[str, str], body: Any) -> tuple[int, Any]:
        s = self.session
        if path == "/" and method == "GET":
            return 200, {"availableApiVersions": ["v1"]}
        if not path.startswith("/v1"):
            raise _NotFound
        rest = path[len("/v1"):].strip("/")
        seg = rest.split("/") if rest else []
        if not seg and method == "GET":
            return 200, {
                "allAppsStarted": self.all_apps_started, "apiVersion": "v1", "numberOfCores": 2,
                "memoryStatus": {"usedMemory": 100, "freeMemory": 900, "totalMemory": 1000, "maxMemory": 4000},
            }
        if seg == ["version"] and method == "GET":
            return 200, {"apiVersion": "v1", "cytoscapeVersion": self.version}
        if seg and seg[0] == "commands":
            return self._command(seg[1:], body or {})
        if seg and seg[0] in ("networks", "networks.names"):
            return self._networks(method, seg, query, body)
        if seg and seg[0] == "apply" and seg[1:2] == ["styles"] and method == "GET":
            if len(seg) == 2:
                return 200, list(s.styles)
            if len(seg) == 4:
                name, net_id = seg[2], seg[3]
                if name not in s.styles:
                    raise CiError(404, f"Visual Style does not exist: {name}", "style-resource")
                net = s.network(net_id)
                if not net.views:
                    raise CiError(404, f"Network view does not exist for the network with SUID: {net_id}", "style-resource")
                net.style = name
                return 200, {"message": "Visual Style applied."}
        if seg and seg[0] == "styles":
            return self._styles(method, seg[1:], body)
        raise _NotFound

    def _networks(self, method: str, seg: list[str], query: dict[str, str], body: Any) -> tuple[int, Any]:
        s = self.session
        if seg == ["networks.names"] and method == "GET":
            rows = [{"SUID": n.suid, "name": n.name} for n in s.networks.values()]
            if query.get("column", "").lower() == "suid" and "query" in query:
                rows = [r for r in rows if str(r["SUID"]) == query["query"]]
            return 200, rows
        if seg == ["networks"]:
            if method == "GET":
                return 200, list(s.networks)
            if method == "POST":
                if query.get("format") != "cx2":
                    raise CiError(412, "Could not parse the given network JSON: only CX2 is emulated", "network-resource")
                try:
                    net = s.import_cx2(body, query.get("title"), query.get("collection"))
                except (CxParseError, KeyError, TypeError, ValueError, AttributeError) as e:
                    raise CiError(412, f"Could not parse the given network JSON: {e}", "network-resource") from None
                return 200, {"networkSUID": net.suid}
        if len(seg) < 2:
            raise _NotFound
        net = s.network(seg[1])
        tail = seg[2:]
        if not tail and method == "DELETE":
            del s.networks[net.suid]
            if s.current == net.suid:
                s.current = None
            return 200, ""
        if tail == ["views"] and method == "GET":
            return 200, list(net.views)
        if len(tail) == 3 and tail[0] == "views" and tail[2] == "currentStyle" and method == "GET":
            if int(tail[1]) not in net.views:
                raise CiError(404, f"Could not find view: {tail[1]}", "network-view-resource")
            return 200, {"title": net.style}
        if tail in (["nodes", "count"], ["edges", "count"]) and method == "GET":
            return 200, {"count": len((net.node if tail[0] == "nodes" else net.edge).rows)}
        if len(tail) >= 2 and tail[0] == "tables":
            table = {"defaultnode": net.node, "defaultedge": net.edge, "defaultnetwork": net.network}.get(tail[1])
            if table is None:
                raise CiError(404, f"No such table: {tail[1]}", "table-resource")
            if tail[2:] == ["columns"] and method == "GET":
                return 200, table.columns_json()
            if tail[2:] == ["columns"] and method == "POST":
                table.cols.setdefault(body["name"], body.get("type", "String"))
                return 201, ""
            if len(tail) == 4 and tail[2] == "columns" and method == "GET":
                col = tail[3]
                if col not in table.cols:
                    raise CiError(404, f"Could not find column: {col}", "table-resource")
                return 200, {"name": col, "values": [row.get(col) for row in table.rows.values()]}
            if len(tail) == 2 and method == "PUT":
                key, data_key = body.get("key", "SUID"), body.get("dataKey", "SUID")
                for rec in body.get("data", []):
                    for row in table.rows.values():
                        if row.get(key) == rec.get(data_key):
                            for col, value in rec.items():
                                table.cols.setdefault(col, _infer(value))
                                row[col] = value
                return 200, ""
        raise _NotFound

    def _styles(self, method: str, seg: list[str], body: Any) -> tuple[int, Any]:
        s = self.session
        if not seg:
            if method == "GET":
                return 200, list(s.styles)
            if method == "POST":
                return 201, {"title": s.create_style(body or {}).title}
        name = seg[0]
        if name not in s.styles:
            raise CiError(404, f"Visual Style does not exist: {name}", "style-resource")
        style = s.styles[name]
        if len(seg) == 1 and method == "DELETE":
            if name == "default":
                raise CiError(500, "Cannot delete the default style", "style-resource")
            del s.styles[name]
            return 200, ""
        if len(seg) == 1 and method == "GET":
            return 200, {
                "title": name,
                "defaults": [{"visualProperty": k, "value": v} for k, v in style.defaults.items()],
                "mappings": list(style.mappings.values()),
            }
        if seg[1:] == ["dependencies"]:
            if method == "PUT":
                for dep in body or []:
                    enabled = dep.get("enabled")
                    style.dependencies[dep["visualPropertyDependency"]] = enabled in (True, "true", "True")
                return 200, ""
            if method == "GET":
                return 200, [{"visualPropertyDependency": k, "enabled": v} for k, v in style.dependencies.items()]
        raise _NotFound

    def _command(self, seg: list[str], args: dict[str, Any]) -> tuple[int, Any]:
        s = self.session
        if len(seg) != 2:
            raise CiError(500, f"Failed to find command namespace: '{'/'.join(seg)}'", "handle-json-command")
        ns, cmd = seg
        if ns == "network" and cmd == "get attribute":
            ref = str(args.get("network", "current"))
            if ref == "current":
                net = s.network(s.current if s.current is not None else -1)
            elif ref.startswith("SUID:"):
                net = s.network(ref[5:])
            else:
                matches = [n for n in s.networks.values() if n.name == ref]
                if not matches:
                    raise CiError(500, f"Network '{ref}' does not exist", "handle-json-command")
                net = matches[0]
            return _ok([{"SUID": net.suid}])
        if ns == "network" and cmd == "set current":
            ref = str(args.get("network", ""))
            s.current = s.network(ref.removeprefix("SUID:")).suid
            return _ok()
        if ns == "view" and cmd in ("fit content", "fit selected"):
            ref = str(args.get("view", ""))
            if not ref.startswith("SUID:") or not ref[5:].isdigit():
                raise CiError(500, f"Could not find view: {ref}", "handle-json-command")
            s.view_owner(int(ref[5:])).fits += 1
            return _ok()
        if ns == "layout":
            ref = str(args.get("networkSelected") or args.get("network") or "")
            net = s.network(ref.removeprefix("SUID:"))
            net.layouts.append("preferred" if cmd == "apply preferred" else cmd)
            return _ok()
        if ns == "vizmap" and cmd == "apply":
            if s.current is None or not s.network(s.current).views:
                raise CiError(500, "No network views selected.", "handle-json-command")
            net = s.network(s.current)
            net.style = str(args.get("styles", net.style))
            return _ok({"views": list(net.views)})
        if ns == "vizmap" and cmd == "load file":
            return _ok(s.load_vizmap(str(args["file"])))
        if ns == "filetransfer" and cmd == "setSandbox":
            return _ok({"sandboxPath": s.sandbox})
        if ns == "filetransfer" and cmd == "getFileInfo":
            return _ok({"filePath": s.sandbox, "modifiedTime": "", "isFile": False})
        if ns == "filetransfer" and cmd == "removeFile":
            return _ok({})
        known = {"network", "view", "layout", "vizmap", "filetransfer"}
        if ns not in known:
            raise CiError(500, f"Failed to find command namespace: '{ns}'", "handle-json-command")
        raise CiError(500, f"Failed to find command: '{cmd}' (from namespace: {ns})", "handle-json-command")


def _infer(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Double"
    return "String"


class SilentServer:
    """A TCP listener on 127.0.0.1 that accepts connections, counts them and never answers.

    With ``close=True`` each connection is closed at once instead (a port that is open but not CyREST).
    """

    def __init__(self, *, close: bool = False) -> None:
        self.close = close
        self.connections = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._open: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        self._sock.settimeout(0.05)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            if self.close:
                conn.close()
            else:
                self._open.append(conn)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        for conn in self._open:
            conn.close()
        self._sock.close()


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound once, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

