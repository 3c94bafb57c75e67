"""A local NDEx-compatible HTTP server for tests, driven by the real ``ndex2`` client over HTTP.

It follows the server semantics in the NDEx reference notes: basic auth with lower-cased user names
(checked before routing, even on public routes), ownership and visibility rules, asynchronous CX2
loading with locks (``processing``: ``immediate``, ``polls`` or ``manual``), the CX2 validation
rules and messages, replace-all properties, the v2/v3 endpoints the uploader uses, network sets,
search with an index lag, and fault injection per route (status answers, dropped connections,
commit-then-drop, commit-then-status, delays). Use :class:`FakeNdex` as a context manager; its
``url`` is ``http://127.0.0.1:<port>`` (never ``localhost``, which ndex2 rewrites).
"""

from __future__ import annotations

import base64
import json
import re
import socket
import threading
import time
import uuid as uuidlib
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, unquote, urlsplit

from http_stub import StubHandler

JSON = "application/json"
_ID = r"([0-9a-fA-F-]{36})"
_LOCK_MESSAGE = "This network is currently locked by another updating process. Please try again."


class Reply(Exception):
    """An NDEx error answer: status, errorCode and message in the server's JSON shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _now() -> int:
    return int(time.time() * 1000)


@dataclass
class User:
    id: str
    username: str
    password: str


@dataclass
class Network:
    uuid: str
    owner: str
    raw: bytes
    created: int
    modified: int
    cx2_file_size: int
    visibility: str = "PRIVATE"
    requested_visibility: str | None = None
    read_only: bool = False
    index_level: str = "NONE"
    showcase: bool = False
    doi: str | None = None
    deleted: bool = False
    locked: bool = True
    validated: bool = False
    completed: bool = False
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    loaded: bytes | None = None
    name: str | None = None
    description: str | None = None
    version: str | None = None
    properties: list[dict[str, Any]] = field(default_factory=list)
    node_count: int = 0
    edge_count: int = 0
    has_layout: bool = False
    grants: dict[str, str] = field(default_factory=dict)
    polls_left: int = 0
    searchable_at: float = 0.0


@dataclass
class NetworkSet:
    uuid: str
    owner: str
    name: str
    description: str
    members: list[str] = field(default_factory=list)
    created: int = field(default_factory=_now)


@dataclass
class Fault:
    """One injected misbehaviour for requests matching ``method`` and the ``path`` regex."""

    method: str
    path: str
    action: str  # status | drop | commit_drop | commit_status | delay
    status: int = 500
    body: Any = None
    delay: float = 0.0
    times: int | None = 1

    def matches(self, method: str, path: str) -> bool:
        return (self.method in ("*", method)) and re.search(self.path, path) is not None


# --------------------------------------------------------------------------- CX2 validation


_TYPES = {
    "string", "boolean", "integer", "long", "double", "float",
    "list_of_string", "list_of_boolean", "list_of_integer", "list_of_long", "list_of_double", "list_of_float",
}


def _check_value(value: Any, dtype: str, name: str) -> None:
    if value is None:
        return
    if dtype.startswith("list_of_"):
        if not isinstance(value, list):
            raise ValueError(f"Value {value} is not consistent the declared type {dtype}.")
        inner = dtype[len("list_of_"):]
        for item in value:
            try:
                _check_value(item, inner, name)
            except ValueError:
                if inner in ("string", "boolean"):
                    what = "a string" if inner == "string" else "a boolean type"
                    raise ValueError(f"Incorrect data type found in list: Value {item} is not {what}.") from None
                raise ValueError(f"Value [..] on attribute {name} can not be cast to {dtype}") from None
        return
    if dtype == "string" and not isinstance(value, str):
        raise ValueError(f"Value {value} is not a string.")
    if dtype == "boolean" and not isinstance(value, bool):
        raise ValueError(f"Value {value} is not a boolean type.")
    if dtype in ("integer", "long", "double", "float") and (
        isinstance(value, bool) or not isinstance(value, (int, float))
    ):
        raise ValueError(f"Value {value} on attribute {name} can not be cast to {dtype}")


def _reject_constant(token: str) -> Any:
    raise ValueError(f"Non-standard token '{token}': enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS")


def validate_cx2(raw: bytes) -> dict[str, Any]:
    """Load a CX2 document the way the server does; raises ValueError with the server's message."""
    try:
        doc = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ValueError("Invalid UTF-8 start byte") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"Unexpected character at line: {error.lineno}, column: {error.colno}") from None
    if not isinstance(doc, list) or not doc or not isinstance(doc[0], dict):
        raise ValueError("Expect '{' at line: 1, column: 2")
    if "CXVersion" not in doc[0]:
        raise ValueError(f"Illegal cx format: expected to CX version object in the first element, but has: {json.dumps(doc[0])[:80]}")
    declarations: dict[str, dict[str, dict[str, Any]]] = {}
    node_ids: set[int] = set()
    edge_ids: set[int] = set()
    refs: list[tuple[int, str]] = []
    bypass_edge_refs: list[tuple[int, str]] = []
    counts: dict[str, int] = {}
    declared_counts: list[dict[str, Any]] = []
    metadata_seen = 0
    network_attributes: dict[str, Any] | None = None
    any_x = False
    has_layout = False
    warnings: list[str] = []
    status_seen = False
    for position, item in enumerate(doc[1:], start=1):
        if status_seen:
            raise ValueError(f"End of array expected at: position {position}")
        if not isinstance(item, dict) or len(item) != 1:
            raise ValueError(f"Anticipated an aspect object at position {position}")
        (aspect, elements), = item.items()
        if not isinstance(elements, list):
            raise ValueError(f"Aspect {aspect} should be a JSON array.")  # noqa: TRY004 - a load failure, as on NDEx
        if metadata_seen == 2 and aspect != "status":
            raise ValueError(f"Only status aspect is allowed after post metadata section. Error at {position}")
        if aspect == "metaData":
            metadata_seen += 1
            if metadata_seen > 2:
                raise ValueError("Only 2 metadata aspects are allowed in a CX network ")
            declared_counts.extend(e for e in elements if isinstance(e, dict))
            continue
        if aspect == "status":
            if len(elements) != 1:
                raise ValueError("Aspect 'status' should have one element in it.")
            status = elements[0]
            if status.get("success") is not True:
                raise ValueError(f"Error status received in CX document. Error message: {status.get('error')}")
            if status.get("error"):
                warnings.append(f"Message from Status aspect: {status['error']}")
            status_seen = True
            continue
        counts[aspect] = counts.get(aspect, 0) + len(elements)
        if aspect == "attributeDeclarations":
            for element in elements:
                for target, attrs in element.items():
                    known = declarations.setdefault(target, {})
                    for attr, spec in attrs.items():
                        if attr in known:
                            raise ValueError(f"Atribute {attr} in aspect {target} is declared more than once.")
                        dtype = spec.get("d", "string")
                        if dtype not in _TYPES:
                            raise ValueError(f"data type {dtype} is not supported in this version of CX.")
                        if target == "networkAttributes" and "v" in spec:
                            raise ValueError(f"Declaring default value '{spec['v']}' on network attribute '{attr}' is not allowed according to CX2 specification.")
                        if target == "networkAttributes" and "a" in spec:
                            raise ValueError(f"Declaring an alias for network attribute '{attr}' is not allowed according to CX2 specification.")
                        known[attr] = dict(spec, d=dtype)
            continue
        if aspect == "networkAttributes":
            if network_attributes is not None or len(elements) > 1:
                raise ValueError("Only one networkAttributes element is allowed in CX.")
            network_attributes = elements[0] if elements else {}
            declared = declarations.get("networkAttributes")
            for key, value in network_attributes.items():
                if isinstance(value, dict):
                    raise ValueError(f"Invalid data type for network attribute {key}")  # noqa: TRY004
                if declared is None:
                    raise ValueError("Attribute in aspect networkAttributes is not declared in attributeDeclarations aspect.")
                if key not in declared:
                    raise ValueError(f"Attribute {key} is not declared in attributeDeclarations aspect.")
                _check_value(value, declared[key]["d"], key)
            continue
        if aspect in ("nodes", "edges"):
            ids = node_ids if aspect == "nodes" else edge_ids
            declared = declarations.get(aspect)
            aliases = {spec["a"]: name for name, spec in (declared or {}).items() if "a" in spec}
            for element in elements:
                allowed = {"id", "v", "x", "y", "z"} if aspect == "nodes" else {"id", "s", "t", "v"}
                unknown = set(element) - allowed
                if unknown:
                    raise ValueError(f"Unrecognized field \"{min(unknown)}\" (not marked as ignorable)")
                if "id" not in element:
                    if aspect == "nodes":
                        raise ValueError("Node id is missing.")
                    raise ValueError("Unknow server error.")
                element_id = element["id"]
                if element_id in ids:
                    raise ValueError(f"Duplicate Id {element_id} found in aspect {aspect}")
                ids.add(element_id)
                if aspect == "nodes":
                    has_x, has_y, has_z = "x" in element, "y" in element, "z" in element
                    if has_x != has_y or (has_z and not (has_x and has_y)):
                        raise ValueError(f"One or more Coordinate values are missing in node {element_id}.")
                    if has_x:
                        any_x = has_layout = True
                    elif any_x:
                        raise ValueError(f"Coordinates missing in node {element_id}")
                else:
                    if "s" not in element or "t" not in element:
                        raise ValueError("Unknow server error.")
                    refs.append((element["s"], "edges"))
                    refs.append((element["t"], "edges"))
                values = element.get("v") or {}
                if values and declared is None:
                    raise ValueError(f"Attribute in aspect {aspect} is not declared in attributeDeclarations aspect.")
                for key, value in values.items():
                    name = aliases.get(key, key)
                    if name not in (declared or {}):
                        raise ValueError(f"Attribute {name} is not declared in attributeDeclarations aspect.")
                    _check_value(value, declared[name]["d"], name)
            continue
        if aspect == "nodeBypasses":
            refs.extend((element.get("id"), "nodeBypasses") for element in elements)
            continue
        if aspect == "edgeBypasses":
            bypass_edge_refs.extend((element.get("id"), "edgeBypasses") for element in elements)
            continue
        if aspect == "visualProperties":
            for element in elements:
                for kind, target in (("nodeMapping", "nodes"), ("edgeMapping", "edges")):
                    for vp, mapping in (element.get(kind) or {}).items():
                        if "type" not in mapping:
                            raise ValueError(f"Mapping type is missing for visual property {vp}")
                        definition = mapping.get("definition") or {}
                        attr = definition.get("attribute")
                        if attr and attr not in declarations.get(target, {}):
                            if "type" not in definition:
                                raise ValueError(f"Mapping error: {vp} lacks data type on attribute '{attr}'.")
                            warnings.append(f"Mapping on visual property {vp} references a missing attribute '{attr}' in {target}.")
                        if mapping["type"] == "CONTINUOUS":
                            for entry in definition.get("map") or []:
                                if "minVPValue" not in entry and "maxVPValue" not in entry:
                                    raise ValueError(f"minVPValue and maxVPValue are both missing in CONTINUOUS mapping of {vp} on column {attr}")
            continue
    if not status_seen:
        raise ValueError("Anticipated the beginning of an aspect or object ('{') but found ']' instead at line: 1")
    for entry in declared_counts:
        name, expected = entry.get("name"), entry.get("elementCount")
        if expected is not None and name in counts and counts[name] != expected:
            raise ValueError(f"Element count mismatch in aspect {name}. Metadata declared element count {expected}, but {counts[name]} was received in CX.")
    missing = [(ref, where) for ref, where in refs if ref not in node_ids]
    if missing:
        shown = ", ".join(f"{ref} in {where}" for ref, where in missing[:20]) + (",.." if len(missing) > 20 else "")
        raise ValueError(f"There are {len(missing)} missing elements in aspect nodes, and these are the element ids that are referenced in other aspects but missing in this aspect: {shown}")
    missing = [(ref, where) for ref, where in bypass_edge_refs if ref not in edge_ids]
    if missing:
        shown = ", ".join(f"{ref} in {where}" for ref, where in missing[:20])
        raise ValueError(f"There are {len(missing)} missing elements in aspect edges, and these are the element ids that are referenced in other aspects but missing in this aspect: {shown}")
    attrs = network_attributes or {}
    declared_net = declarations.get("networkAttributes", {})
    props = []
    for key, value in attrs.items():
        if key in ("name", "description", "version"):
            continue
        dtype = declared_net.get(key, {}).get("d", "string")
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, list):
            text = json.dumps(value)
        else:
            text = None if value is None else str(value)
        props.append({"predicateString": key, "dataType": dtype, "value": text, "subNetworkId": None})
    for key in ("name", "description", "version"):
        if key in attrs and attrs[key] is not None and not isinstance(attrs[key], str):
            raise ValueError(f"class java.lang.{type(attrs[key]).__name__} cannot be cast to class java.lang.String")
    return {
        "name": attrs.get("name"),
        "description": attrs.get("description"),
        "version": attrs.get("version"),
        "properties": props,
        "nodeCount": len(node_ids),
        "edgeCount": len(edge_ids),
        "hasLayout": has_layout,
        "warnings": warnings,
    }


# --------------------------------------------------------------------------- state and routes


class FakeNdex:
    """An in-process NDEx server on ``127.0.0.1:<free port>``."""

    def __init__(self, latency: float = 0.0, processing: str = "immediate", polls: int = 2) -> None:
        self.latency = latency
        self.processing = processing
        self.polls = polls
        self.index_lag = 0.0
        self.clock_skew_ms = 0
        self.lock = threading.RLock()
        self.users: dict[str, User] = {}
        self.networks: dict[str, Network] = {}
        self.sets: dict[str, NetworkSet] = {}
        self.faults: list[Fault] = []
        self.log: list[dict[str, Any]] = []
        self._last_time = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True
        server.request_queue_size = 128
        server.fake = self  # type: ignore[attr-defined]
        self._httpd = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    # -- test-facing helpers

    def add_user(self, username: str, password: str) -> str:
        with self.lock:
            user = User(str(uuidlib.uuid4()), username.lower(), password)
            self.users[user.username] = user
            return user.id

    def user_id(self, username: str) -> str:
        return self.users[username.lower()].id

    def add_network(self, owner: str, doc: list[dict[str, Any]], visibility: str = "PRIVATE", read_only: bool = False) -> str:
        """Seed a processed network owned by ``owner`` (a username)."""
        raw = json.dumps(doc).encode()
        with self.lock:
            net = self._new_network(self.user_id(owner), raw)
            net.requested_visibility = visibility
            self._load(net)
            net.read_only = read_only
            return net.uuid

    def add_fault(self, method: str, path: str, action: str, **kwargs: Any) -> Fault:
        fault = Fault(method, path, action, **kwargs)
        with self.lock:
            self.faults.append(fault)
        return fault

    def process(self, network_id: str) -> None:
        """Finish processing a network (for ``processing='manual'``)."""
        with self.lock:
            self._load(self.networks[network_id])

    def live_networks(self) -> list[Network]:
        with self.lock:
            return [net for net in self.networks.values() if not net.deleted]

    def networks_for(self, figid: str) -> list[Network]:
        """Live networks whose ``pfocrId`` property is ``figid``."""
        out = []
        for net in self.live_networks():
            props = {p["predicateString"]: p["value"] for p in net.properties}
            if props.get("pfocrId") == figid:
                out.append(net)
        return out

    def requests(self, method: str | None = None, path: str = "") -> list[dict[str, Any]]:
        with self.lock:
            return [e for e in self.log if (method is None or e["method"] == method) and re.search(path, e["path"])]

    # -- internals

    def _time(self) -> int:
        with self.lock:
            value = max(_now() + self.clock_skew_ms, self._last_time + 1)
            self._last_time = value
            return value

    def _new_network(self, owner: str, raw: bytes) -> Network:
        now = self._time()
        net = Network(str(uuidlib.uuid4()), owner, raw, now, now, len(raw))
        net.polls_left = self.polls
        self.networks[net.uuid] = net
        return net

    def _after_upload(self, net: Network) -> None:
        if self.processing == "immediate":
            self._load(net)

    def _load(self, net: Network) -> None:
        try:
            info = validate_cx2(net.raw)
        except ValueError as error:
            net.error = str(error)
            net.validated = net.completed = True
            net.visibility = "PRIVATE"
            net.read_only = False
            net.locked = False
            net.loaded = None
            net.name = net.description = net.version = None
            net.properties, net.node_count, net.edge_count = [], 0, 0
            return
        net.name, net.description, net.version = info["name"], info["description"], info["version"]
        net.properties = info["properties"]
        net.node_count, net.edge_count = info["nodeCount"], info["edgeCount"]
        net.has_layout, net.warnings = info["hasLayout"], info["warnings"]
        net.error = None
        if net.requested_visibility:
            net.visibility = net.requested_visibility
            net.requested_visibility = None
        net.loaded = net.raw
        net.validated = net.completed = True
        net.locked = False
        net.searchable_at = time.monotonic() + self.index_lag

    def summary(self, net: Network) -> dict[str, Any]:
        owner = next((u for u in self.users.values() if u.id == net.owner), None)
        out: dict[str, Any] = {
            "externalId": net.uuid,
            "creationTime": net.created,
            "modificationTime": net.modified,
            "isDeleted": False,
            "nodeCount": net.node_count,
            "edgeCount": net.edge_count,
            "visibility": net.visibility,
            "owner": owner.username if owner else "",
            "ownerUUID": net.owner,
            "isReadOnly": net.read_only,
            "properties": [dict(p) for p in net.properties],
            "subnetworkIds": [],
            "isValid": net.validated,
            "warnings": list(net.warnings),
            "isShowcase": net.showcase,
            "completed": net.completed,
            "isCertified": False,
            "indexLevel": net.index_level,
            "hasLayout": net.has_layout,
            "hasSample": False,
            "cxFormat": "cx2",
            "cxFileSize": len(net.raw),
            "cx2FileSize": net.cx2_file_size,
        }
        for key, value in (("name", net.name), ("description", net.description), ("version", net.version),
                           ("errorMessage", net.error), ("doi", net.doi)):
            if value is not None:
                out[key] = value
        return out

    def readable(self, net: Network, user: User | None) -> bool:
        return net.visibility in ("PUBLIC", "UNLISTED") or (
            user is not None and (net.owner == user.id or user.id in net.grants)
        )

    def writable(self, net: Network, user: User | None) -> bool:
        return user is not None and (net.owner == user.id or net.grants.get(user.id) == "WRITE")


class _Handler(StubHandler):
    server_version = "FakeNDEx/1.0"

    @property
    def fake(self) -> FakeNdex:
        return self.server.fake  # type: ignore[attr-defined]

    # -- HTTP plumbing

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: Any = None, content_type: str = JSON, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        data = b""
        if status != 204 and body is not None:
            data = body if isinstance(body, bytes) else (
                json.dumps(body).encode() if content_type == JSON else str(body).encode()
            )
            self.send_header("Content-Type", content_type)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        if data:
            self.wfile.write(data)
        self.close_connection = True

    def _error(self, reply: Reply) -> None:
        body: dict[str, Any] = {
            "errorCode": reply.code,
            "message": reply.message,
            "threadId": str(threading.get_ident()),
            "timeStamp": time.strftime("%Y-%m-%d %H:%M:%S,000"),
        }
        if reply.code == "NDEx_Exception":
            body["stackTrace"] = "org.ndexbio.model.exceptions.NdexException: (fake server)"
        self._send(reply.status, body)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _user(self) -> User | None:
        header = self.headers.get("Authorization")
        if not header:
            return None
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer":
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception",
                        "Failed to authenticate user; credential information unknown: Google OAuth is not enabled in NDEx server.")
        if scheme.lower() != "basic":
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "Invalid password for user .")
        try:
            name, _, password = base64.b64decode(value).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "Invalid password for user .") from None
        user = self.fake.users.get(name.lower())
        if user is None:
            raise Reply(401, "NDEx_Object_Not_Found_Exception", f"User {name.lower()} doesn't exist.")
        if user.password != password:
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", f"Invalid password for user {name.lower()}.")
        return user

    def _handle(self, method: str) -> None:
        fake = self.fake
        parts = urlsplit(self.path)
        path, query = unquote(parts.path), parse_qs(parts.query)
        body = self._read_body()
        entry = {"method": method, "path": path, "query": parts.query, "status": None, "user": None}
        with fake.lock:
            fake.log.append(entry)
        if fake.latency:
            time.sleep(fake.latency)
        fault = None
        with fake.lock:
            for candidate in fake.faults:
                if candidate.matches(method, path) and candidate.times != 0:
                    fault = candidate
                    if candidate.times is not None:
                        candidate.times -= 1
                    break
        if fault is not None and fault.action == "delay":
            time.sleep(fault.delay)
        elif fault is not None and fault.action == "drop":
            entry["status"] = "dropped"
            self._drop()
            return
        elif fault is not None and fault.action == "status":
            entry["status"] = fault.status
            if isinstance(fault.body, dict):
                self._send(fault.status, fault.body)
            else:
                self._send(fault.status, fault.body or "<html><body>Bad Gateway</body></html>", "text/html")
            return
        try:
            user = self._user()
            entry["user"] = user.username if user else None
            status, payload, ctype, headers = self._route(method, path, query, body, user)
        except Reply as reply:
            status, payload, ctype, headers = reply.status, reply, JSON, {}
        entry["status"] = status
        if fault is not None and fault.action == "commit_drop":
            entry["status"] = f"committed {status}, dropped"
            self._drop()
            return
        if fault is not None and fault.action == "commit_status":
            entry["status"] = f"committed {status}, answered {fault.status}"
            self._send(fault.status, fault.body or "<html><body>Gateway Timeout</body></html>", "text/html")
            return
        if isinstance(payload, Reply):
            self._error(payload)
        else:
            self._send(status, payload, ctype, headers)

    # -- routing

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: bytes, user: User | None) -> tuple[int, Any, str, dict[str, str]]:
        fake = self.fake
        routes: list[tuple[str, str, Any, bool]] = [
            ("GET", r"/(?:rest|v2)/admin/status", self._status, True),
            ("POST", r"/v3/networks", self._create, False),
            ("PUT", rf"/v3/networks/{_ID}", self._update, False),
            ("GET", rf"/v3/networks/{_ID}", self._get_cx2, True),
            ("GET", rf"/v2/network/{_ID}/summary", self._summary, True),
            ("PUT", rf"/v2/network/{_ID}/properties", self._properties, False),
            ("PUT", rf"/v2/network/{_ID}/profile", self._profile, False),
            ("PUT", rf"/v2/network/{_ID}/systemproperty", self._system, False),
            ("DELETE", rf"/v2/network/{_ID}", self._delete, False),
            ("GET", r"/v2/user", self._user_by_name, True),
            ("GET", rf"/v2/user/{_ID}", self._user_by_id, True),
            ("GET", rf"/v2/user/{_ID}/networksummary", self._own_networks, False),
            ("GET", rf"/v2/user/{_ID}/networksets", self._user_sets, True),
            ("POST", r"/v2/networkset", self._create_set, False),
            ("GET", rf"/v2/networkset/{_ID}", self._get_set, True),
            ("POST", rf"/v2/networkset/{_ID}/members", self._add_members, False),
            ("DELETE", rf"/v2/networkset/{_ID}/members", self._remove_members, False),
            ("DELETE", rf"/v2/networkset/{_ID}", self._delete_set, False),
            ("POST", r"/v2/search/network", self._search, True),
        ]
        for route_method, pattern, handler, public in routes:
            match = re.fullmatch(pattern, path.rstrip("/") or "/")
            if route_method == method and match:
                if not public and user is None:
                    raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "Attempted to access resource requiring authentication.")
                with fake.lock:
                    result = handler(*match.groups(), query=query, body=body, user=user)
                if len(result) == 2:
                    return result[0], result[1], JSON, {}
                if len(result) == 3:
                    return result[0], result[1], result[2], {}
                return result
        raise Reply(404, "NDEx_Object_Not_Found_Exception", f"Could not find resource: {path}")

    def _network(self, network_id: str) -> Network:
        net = self.fake.networks.get(network_id.lower())
        if net is None or net.deleted:
            raise Reply(404, "NDEx_Object_Not_Found_Exception", f"Network {network_id} not found in NDEx.")
        return net

    def _cx2_from_request(self, body: bytes) -> bytes:
        ctype = self.headers.get("Content-Type", "")
        if ctype.startswith("application/json"):
            return body
        match = re.search(r'boundary="?([^";]+)"?', ctype)
        if not ctype.startswith("multipart/form-data") or match is None:
            raise Reply(415, "NDEx_Unsupported_Media_Type", "Unsupported media type.")
        boundary = b"--" + match[1].encode()
        content = []
        for part in body.split(boundary)[1:]:
            if part.startswith(b"--"):
                break
            head, _, data = part.partition(b"\r\n\r\n")
            if b'name="CXNetworkStream"' in head:
                content.append(data[:-2] if data.endswith(b"\r\n") else data)
        if not content:
            raise Reply(400, "NDEx_Bad_Request_Exception", "Field CXNetworkStream is not found in the POSTed Data.")
        return b"".join(content)

    def _status(self, **_: Any) -> tuple[int, Any]:
        fake = self.fake
        return 200, {"networkCount": len(fake.networks), "userCount": len(fake.users), "groupCount": 0,
                     "message": "Online", "properties": {"ServerVersion": "2.5.5", "ServerResultLimit": "10000"}}

    def _create(self, query: dict[str, list[str]], body: bytes, user: User, **_: Any) -> tuple[int, Any, str, dict[str, str]]:
        raw = self._cx2_from_request(body)
        visibility = (query.get("visibility") or [None])[0]
        if visibility is not None and visibility not in ("PUBLIC", "PRIVATE", "UNLISTED"):
            raise Reply(500, "NDEx_Exception", f"Uncaught exception java.lang.IllegalArgumentException: No enum constant org.ndexbio.model.object.network.VisibilityType.{visibility}")
        net = self.fake._new_network(user.id, raw)
        net.requested_visibility = visibility
        self.fake._after_upload(net)
        location = f"{self.fake.url}/v3/networks/{net.uuid}"
        return 201, {"uuid": net.uuid, "modificationTime": net.modified}, JSON, {
            "Location": location, "Access-Control-Expose-Headers": "Location"}

    def _update(self, network_id: str, query: dict[str, list[str]], body: bytes, user: User, **_: Any) -> tuple[int, Any]:
        raw = self._cx2_from_request(body)
        net = self._network(network_id)
        if net.read_only:
            raise Reply(403, "NDEx_Forbidden_Operation_Exception", "Error: Unable to update a read-only network.")
        if not self.fake.writable(net, user):
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "You do not have write permissions for this network.")
        if net.locked:
            raise Reply(500, "NDEx_Concurrent_Modification_Exception", _LOCK_MESSAGE)
        visibility = (query.get("visibility") or [None])[0]
        net.raw = raw
        net.name = net.description = net.version = net.error = None
        net.properties, net.node_count, net.edge_count, net.warnings = [], 0, 0, []
        net.validated = net.completed = False
        net.locked = True
        net.loaded = None
        net.requested_visibility = visibility
        net.modified = self.fake._time()
        net.polls_left = self.fake.polls
        self.fake._after_upload(net)
        return 200, {"uuid": net.uuid, "modificationTime": net.modified}

    def _get_cx2(self, network_id: str, query: dict[str, list[str]], user: User | None, **_: Any) -> tuple[int, Any, str]:
        net = self.fake.networks.get(network_id.lower())
        if net is None or net.deleted or net.loaded is None:
            raise Reply(404, "NDEx_Object_Not_Found_Exception", "CX2 network is not available for this network. ")
        if not self.fake.readable(net, user):
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "User doesn't have read access to this network.")
        return 200, net.loaded, JSON

    def _summary(self, network_id: str, user: User | None, **_: Any) -> tuple[int, Any]:
        net = self._network(network_id)
        if not self.fake.readable(net, user):
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", f"Unauthorized access to network {network_id}")
        if self.fake.processing == "polls" and not net.completed:
            net.polls_left -= 1
            if net.polls_left <= 0:
                self.fake._load(net)
        return 200, self.fake.summary(net)

    def _properties(self, network_id: str, body: bytes, user: User, **_: Any) -> tuple[int, Any]:
        items = json.loads(body or b"[]")
        if any(item.get("predicateString") in ("name", "description", "version") for item in items):
            raise Reply(400, "NDEx_Bad_Request_Exception", "Property list can't contain 'name', 'description' or 'version'. You need to use the update network profile function to modify these 3 properties.")
        try:
            net = self._network(network_id)
        except Reply as reply:
            raise Reply(500, "NDEx_Exception", reply.message) from None
        if net.read_only:
            raise Reply(500, "NDEx_Exception", "Can't update readonly network.")
        if not self.fake.writable(net, user):
            raise Reply(500, "NDEx_Exception", "User doesn't have write permissions for this network.")
        if net.locked:
            raise Reply(500, "NDEx_Exception", _LOCK_MESSAGE)
        if not net.validated or net.error:
            raise Reply(500, "NDEx_Exception", "This operation is not allowed on an invalid network.")
        net.properties = [dict(item, value=None if item.get("value") is None else str(item["value"])) for item in items]
        net.modified = self.fake._time()
        return 200, len(items)

    def _profile(self, network_id: str, body: bytes, user: User, **_: Any) -> tuple[int, Any]:
        net = self._network(network_id)
        if not self.fake.writable(net, user):
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "User doesn't have write permissions for this network.")
        if net.read_only:
            raise Reply(500, "NDEx_Exception", "Can't update readonly network.")
        if not net.validated:
            raise Reply(500, "NDEx_Modify_Invalid_Network_Exception", "This operation is not allowed on an invalid network.")
        if net.locked:
            raise Reply(500, "NDEx_Concurrent_Modification_Exception", _LOCK_MESSAGE)
        profile = json.loads(body or b"{}")
        for key in ("name", "description", "version"):
            if key in profile:
                setattr(net, key, profile[key])
        net.modified = self.fake._time()
        return 204, None

    def _system(self, network_id: str, body: bytes, user: User, **_: Any) -> tuple[int, Any]:
        net = self._network(network_id)
        changes = json.loads(body or b"{}")
        if net.doi and set(changes) - {"showcase"}:
            raise Reply(403, "NDEx_Forbidden_Operation_Exception", "Network with DOI can't be modified.")
        if not net.validated:
            raise Reply(500, "NDEx_Modify_Invalid_Network_Exception", "This operation is not allowed on an invalid network.")
        for key, value in changes.items():
            if key == "readOnly":
                if net.owner != user.id:
                    raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "Only network owner can set readOnly Parameter.")
                net.read_only = bool(value)
            elif key == "visibility":
                if net.owner != user.id:
                    raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "Only network owner can set visibility Parameter.")
                if value not in ("PUBLIC", "PRIVATE", "UNLISTED"):
                    raise Reply(500, "NDEx_Exception", f"Uncaught exception java.lang.IllegalArgumentException: No enum constant VisibilityType.{value}")
                if net.locked:
                    raise Reply(500, "NDEx_Exception", f"Failed to update visibility. Network {network_id} might have been locked.")
                net.visibility = value
            elif key == "index_level":
                if value not in ("NONE", "META", "ALL"):
                    raise Reply(500, "NDEx_Exception", f"Uncaught exception java.lang.IllegalArgumentException: No enum constant NetworkIndexLevel.{value}")
                net.index_level = value
            elif key == "showcase":
                if net.owner != user.id and user.id not in net.grants:
                    raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "User doesn't have explicit permission on this network.")
                net.showcase = bool(value)
        net.modified = self.fake._time()
        return 204, None

    def _delete(self, network_id: str, user: User, **_: Any) -> tuple[int, Any]:
        net = self.fake.networks.get(network_id.lower())
        if net is None or net.deleted or net.owner != user.id:
            raise Reply(500, "NDEx_Unauthorized_Operation_Exception", "Only network owner can delete a network.")
        if net.read_only:
            raise Reply(500, "NDEx_Exception", "Can't delete a read-only network.")
        if net.locked:
            raise Reply(500, "NDEx_Concurrent_Modification_Exception", _LOCK_MESSAGE)
        net.deleted = True
        return 204, None

    def _user_json(self, target: User) -> dict[str, Any]:
        return {"externalId": target.id, "userName": target.username, "firstName": "", "lastName": "",
                "isIndividual": True, "isVerified": True, "diskQuota": 10_000_000_000, "diskUsed": 0, "properties": {}}

    def _user_by_name(self, query: dict[str, list[str]], **_: Any) -> tuple[int, Any]:
        name = (query.get("username") or [""])[0].lower()
        if not name:
            raise Reply(500, "NDEx_Exception", "Uncaught exception: username parameter is required")
        target = self.fake.users.get(name)
        if target is None:
            raise Reply(404, "NDEx_Object_Not_Found_Exception", f"User {name} doesn't exist.")
        return 200, self._user_json(target)

    def _user_by_id(self, user_id: str, **_: Any) -> tuple[int, Any]:
        for target in self.fake.users.values():
            if target.id == user_id:
                return 200, self._user_json(target)
        raise Reply(404, "NDEx_Object_Not_Found_Exception", f"User {user_id} doesn't exist.")

    def _own_networks(self, user_id: str, query: dict[str, list[str]], user: User, **_: Any) -> tuple[int, Any]:
        if user.id != user_id:
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "Userid has to be the same as the autheticated user's")
        mine = [net for net in self.fake.networks.values()
                if not net.deleted and (net.owner == user.id or user.id in net.grants)]
        mine.sort(key=lambda net: net.modified, reverse=True)
        offset = int((query.get("offset") or ["0"])[0])
        limit = int((query.get("limit") or ["0"])[0])
        chosen = mine[offset:] if limit <= 0 else mine[offset: offset + limit]
        return 200, [self.fake.summary(net) for net in chosen]

    def _set_json(self, item: NetworkSet, user: User | None, members: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"externalId": item.uuid, "name": item.name, "description": item.description,
                               "ownerId": item.owner, "showcased": False, "properties": {},
                               "creationTime": item.created, "modificationTime": item.created, "isDeleted": False}
        if members:
            out["networks"] = [m for m in item.members
                               if m in self.fake.networks and not self.fake.networks[m].deleted
                               and self.fake.readable(self.fake.networks[m], user)]
        return out

    def _user_sets(self, user_id: str, query: dict[str, list[str]], user: User | None, **_: Any) -> tuple[int, Any]:
        summary = (query.get("summary") or ["false"])[0].lower() == "true"
        return 200, [self._set_json(s, user, members=not summary) for s in self.fake.sets.values() if s.owner == user_id]

    def _create_set(self, body: bytes, user: User, **_: Any) -> tuple[int, Any, str, dict[str, str]]:
        data = json.loads(body or b"{}")
        name = (data.get("name") or "").strip()
        if not name:
            raise Reply(500, "NDEx_Exception", "Network set name is required.")
        if any(s.owner == user.id and s.name == name for s in self.fake.sets.values()):
            raise Reply(409, "NDEx_Duplicate_Object_Exception", "Network set with this name already exists for this user.")
        item = NetworkSet(str(uuidlib.uuid4()), user.id, name, data.get("description") or "")
        self.fake.sets[item.uuid] = item
        url = f"{self.fake.url}/v2/networkset/{item.uuid}"
        return 201, url, "text/plain", {"Location": url}

    def _get_set(self, set_id: str, user: User | None, **_: Any) -> tuple[int, Any]:
        item = self.fake.sets.get(set_id)
        if item is None:
            raise Reply(404, "NDEx_Object_Not_Found_Exception", f"Network set{set_id} not found in db.")
        return 200, self._set_json(item, user)

    def _owned_set(self, set_id: str, user: User) -> NetworkSet:
        item = self.fake.sets.get(set_id)
        if item is None or item.owner != user.id:
            raise Reply(401, "NDEx_Unauthorized_Operation_Exception", "Signed in user is not the owner of this network set.")
        return item

    def _add_members(self, set_id: str, body: bytes, user: User, **_: Any) -> tuple[int, Any, str]:
        item = self._owned_set(set_id, user)
        for member in json.loads(body or b"[]"):
            if member not in item.members:
                item.members.append(member)
        return 201, f"{self.fake.url}/v2/networkset/{set_id}/members", "text/plain"

    def _remove_members(self, set_id: str, body: bytes, user: User, **_: Any) -> tuple[int, Any]:
        item = self._owned_set(set_id, user)
        gone = set(json.loads(body or b"[]"))
        item.members = [m for m in item.members if m not in gone]
        return 204, None

    def _delete_set(self, set_id: str, user: User, **_: Any) -> tuple[int, Any]:
        self._owned_set(set_id, user)
        del self.fake.sets[set_id]
        return 204, None

    def _search(self, query: dict[str, list[str]], body: bytes, user: User | None, **_: Any) -> tuple[int, Any]:
        data = json.loads(body or b"{}")
        text = str(data.get("searchString") or "").strip()
        account = str(data.get("accountName") or "").lower()
        start = int((query.get("start") or ["0"])[0])
        size = int((query.get("size") or ["100"])[0])
        fake = self.fake
        owner_id = fake.users[account].id if account in fake.users else None
        bare = text.removeprefix("uuid:").strip('"')
        hits = []
        for net in fake.networks.values():
            if net.deleted or not net.validated or net.error:
                continue
            mine = user is not None and net.owner == user.id
            if not (net.visibility == "PUBLIC" or mine or (user is not None and user.id in net.grants)):
                continue
            if account and net.owner != owner_id:
                continue
            if re.fullmatch(r"[0-9a-fA-F-]{36}", bare):
                if net.uuid == bare.lower():
                    hits.append(net)
                continue
            if time.monotonic() < net.searchable_at:
                continue
            if text in ("", "*") or self._matches(net, text):
                hits.append(net)
        hits.sort(key=lambda net: net.modified, reverse=True)
        page = hits[start * size: start * size + size]
        return 200, {"numFound": len(hits), "start": start,
                     "networks": [dict(fake.summary(net), warnings=[]) for net in page]}

    @staticmethod
    def _matches(net: Network, text: str) -> bool:
        indexed = {"labels", "networkType", "organism", "disease", "tissue", "author", "methods", "rights", "rightsHolder"}
        fields = {"name": net.name or "", "description": net.description or ""}
        fields.update({p["predicateString"]: p["value"] or "" for p in net.properties if p["predicateString"] in indexed})
        match = re.fullmatch(r'(\w+):"?([^"]*)"?', text)
        if match:
            return match[2].lower() in fields.get(match[1], "").lower()
        return all(any(term.lower() in value.lower() for value in fields.values()) for term in text.split())


# --------------------------------------------------------------------------- test helpers

FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "ndex"


def copy_fixtures(dest: Any) -> Any:
    """Copy the NDEx fixture records (a tiny site checkout and two seed files) under ``dest``."""
    import shutil

    target = dest / "ndex"
    shutil.copytree(FIXTURES, target)
    return target


def tiny_cx2(figid: str, nodes: int = 2, name: str | None = None) -> list[dict[str, Any]]:
    """A small valid CX2 network for ``figid`` made with ndex2's own builder."""
    import itertools

    from ndex2.cx2 import CX2Network

    net = CX2Network()
    net.add_network_attribute("name", name or figid)
    net.add_network_attribute("pfocrId", figid)
    ids = [net.add_node(attributes={"name": f"G{i}", "type": "gene"}, x=float(i), y=0.0) for i in range(nodes)]
    for a, b in itertools.pairwise(ids):
        net.add_edge(source=a, target=b, attributes={"interaction": "activates"})
    return net.to_cx2()


def main() -> None:
    """Serve from the command line: ``python tests/ndex_server.py --latency 0.1 --user name:password``.

    Prints the base URL on the first line of standard output, then serves until standard input closes.
    """
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Local NDEx-compatible server for tests and benchmarks.")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--user", action="append", default=[], metavar="NAME:PASSWORD")
    args = parser.parse_args()
    with FakeNdex(latency=args.latency) as fake:
        for spec in args.user:
            name, _, password = spec.partition(":")
            fake.add_user(name, password)
        print(fake.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
