"""Deliver figure networks to a running Cytoscape desktop (3.10+) through CyREST and py4cytoscape.

:func:`connect` first checks ``GET /v1/version`` with its own short timeouts, so a Cytoscape that is
not running, not answering or too old is reported in a fraction of a second. Only then is
py4cytoscape imported, with its debug log sent to the user cache directory (never ``./logs``) and its
Jupyter-Bridge fallback pointed at an address that fails without any network traffic. Every
py4cytoscape call runs under a deadline, and its exceptions become :class:`CytoscapeError`.

:meth:`CytoscapeClient.push` imports one figure's CX2 with a single ``POST /v1/networks?format=cx2``,
applies the shipped desktop style (``styles/pfocr.xml``, created once per session), keeps the build's
coordinates, fits the view, and replaces any network of the session with the same ``pfocrId``.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import requests

from pfocr_net.errors import CytoscapeError, CytoscapeUnavailableError, PfocrNetError

DEFAULT_URL = "http://127.0.0.1:1234"
DEFAULT_COLLECTION = "PFOCR"
#: Seconds allowed for each py4cytoscape call.
DEFAULT_TIMEOUT = 60.0
#: Seconds allowed for connecting to and hearing from CyREST in the pre-flight check.
PREFLIGHT_TIMEOUT = 0.5
MIN_VERSION = (3, 10)

#: CX2 aspects that the desktop turns into a throwaway ``<name>-Style`` per import; the desktop gets
#: the shipped vizmap instead, so they are left out of what is sent.
CX2_STYLE_ASPECTS = frozenset({"visualProperties", "nodeBypasses", "edgeBypasses", "visualEditorProperties"})

# Where py4cytoscape's Jupyter-Bridge fallback is pointed: a port number no URL parser accepts, so
# the fallback fails before opening any connection.
_NO_BRIDGE = "http://127.0.0.1:99999"
# vizmap XML attributeType -> CyREST style JSON mappingColumnType.
_COLUMN_TYPES = {
    "string": "String", "boolean": "Boolean", "integer": "Integer", "long": "Long",
    "float": "Double", "double": "Double", "list": "String",
}

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CytoscapeStatus:
    """What the pre-flight check learnt: the CyREST root URL and the desktop version."""

    url: str
    version: str


@dataclass(frozen=True, slots=True)
class DesktopStyle:
    """A visual style in CyREST's JSON form (Cytoscape's own property ids and values)."""

    title: str
    defaults: list[dict[str, str]] = field(default_factory=list)
    mappings: list[dict[str, Any]] = field(default_factory=list)
    dependencies: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PushedNetwork:
    """One figure as it now exists in Cytoscape."""

    figid: str
    name: str
    suid: int
    style: str
    collection: str
    #: SUIDs of the networks with the same ``pfocrId`` that this push replaced.
    replaced: tuple[int, ...] = ()


def root_url(url: str) -> str:
    """Normalise a CyREST address to ``scheme://host:port`` (a trailing ``/`` or ``/v1`` is dropped).

    Addresses with a user name or password are refused: CyREST takes no credentials, and anything in
    the address would end up in py4cytoscape's log.
    """
    text = url.strip()
    if "://" not in text:
        text = f"http://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CytoscapeError(f"Cytoscape URL {url!r} is not an http:// address such as {DEFAULT_URL}")
    if parts.username or parts.password:
        raise CytoscapeError(
            "Cytoscape URL must not contain a user name or password (CyREST takes none); "
            f"give only scheme, host and port, e.g. {DEFAULT_URL}"
        )
    if parts.query or parts.fragment or parts.path.rstrip("/") not in ("", "/v1"):
        raise CytoscapeError(f"Cytoscape URL {url!r} should be just scheme, host and port, e.g. {DEFAULT_URL}")
    try:
        port = parts.port
    except ValueError:
        raise CytoscapeError(f"Cytoscape URL {url!r} has an invalid port") from None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def check_cytoscape(url: str = DEFAULT_URL, *, timeout: float = PREFLIGHT_TIMEOUT) -> CytoscapeStatus:
    """Ask CyREST for its version and readiness, with ``timeout`` seconds to connect and to answer.

    Each request is made once: no retries, no back-off.

    Raises :class:`CytoscapeUnavailableError` when nothing usable answers, and
    :class:`CytoscapeError` when the desktop is older than 3.10.
    """
    root = root_url(url)
    start_hint = (
        "Start Cytoscape 3.10 or later, wait until it has finished loading, and retry"
        " (or give CyREST's address with --url)"
    )
    try:
        reply = requests.get(f"{root}/v1/version", timeout=(timeout, timeout), allow_redirects=False)
    except requests.ConnectTimeout:
        raise CytoscapeUnavailableError(
            f"Cytoscape at {root} did not accept a connection within {timeout:g} s. {start_hint}."
        ) from None
    except requests.ConnectionError as e:
        text = str(e)
        if "refused" in text.lower():
            reason = f"Cytoscape is not running at {root} (connection refused)"
        elif "resolve" in text.lower() or "name or service" in text.lower():
            reason = f"Cannot find the host of {root}"
        else:
            reason = f"{root} closed the connection without answering (is it Cytoscape's CyREST port?)"
        raise CytoscapeUnavailableError(f"{reason}. {start_hint}.") from None
    except requests.Timeout:
        raise CytoscapeUnavailableError(
            f"Cytoscape at {root} did not answer within {timeout:g} s; if it is busy or shows a dialog, "
            "finish that in Cytoscape and retry."
        ) from None
    except requests.RequestException as e:
        raise CytoscapeUnavailableError(f"Cannot talk to Cytoscape at {root} ({type(e).__name__}). {start_hint}.") from None
    version = _cytoscape_version(reply)
    if version is None:
        raise CytoscapeUnavailableError(
            f"{root} answered GET /v1/version with HTTP {reply.status_code} but not as Cytoscape's CyREST; "
            f"check the address (Cytoscape listens on port 1234 unless changed). {start_hint}."
        )
    found = re.match(r"\s*(\d+)\.(\d+)", version)
    if found is None or (int(found[1]), int(found[2])) < MIN_VERSION:
        raise CytoscapeError(
            f"Cytoscape at {root} is version {version}; pfocr-net needs 3.10 or later (for CX2 import). "
            "Install a current Cytoscape from https://cytoscape.org and retry."
        )
    if not _all_apps_started(root, timeout):
        raise CytoscapeUnavailableError(
            f"Cytoscape at {root} is still starting (its apps are loading). Wait until it has finished "
            "loading, then retry."
        )
    return CytoscapeStatus(root, version)


def _all_apps_started(root: str, timeout: float) -> bool:
    """CyREST's own readiness flag (``GET /v1``); an unreadable answer counts as ready."""
    try:
        body = requests.get(f"{root}/v1", timeout=(timeout, timeout), allow_redirects=False).json()
    except (requests.RequestException, ValueError):
        return True
    return not (isinstance(body, dict) and body.get("allAppsStarted") is False)


def _cytoscape_version(reply: requests.Response) -> str | None:
    if reply.status_code != 200:
        return None
    try:
        body = reply.json()
    except ValueError:
        return None
    version = body.get("cytoscapeVersion") if isinstance(body, dict) else None
    return version if isinstance(version, str) and version else None


def load_desktop_style(path: Path | str | None = None, title: str | None = None) -> DesktopStyle:
    """Read a Cytoscape vizmap XML file into CyREST style JSON (same property ids and values).

    ``path`` defaults to the shipped ``styles/pfocr.xml``; ``title`` picks one ``visualStyle`` (default:
    the first).
    """
    if path is None:
        from pfocr_net.style import style_path

        path = style_path("pfocr.xml")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise CytoscapeError(f"{path}: cannot read the Cytoscape style: {e}") from None
    styles = [vs for vs in root.iter("visualStyle") if title is None or vs.get("name") == title]
    if not styles:
        raise CytoscapeError(f"{path}: no visualStyle named {title!r}" if title else f"{path}: no visualStyle")
    vs = styles[0]
    defaults: list[dict[str, str]] = []
    mappings: list[dict[str, Any]] = []
    dependencies: dict[str, bool] = {}
    for section in vs:
        for dep in section.findall("dependency"):
            dependencies[dep.get("name", "")] = dep.get("value", "").lower() == "true"
        for vp in section.findall("visualProperty"):
            name = vp.get("name", "")
            if vp.get("default") is not None:
                defaults.append({"visualProperty": name, "value": vp.get("default", "")})
            for mapping in vp:
                converted = _mapping_json(name, mapping)
                if converted is not None:
                    mappings.append(converted)
    return DesktopStyle(vs.get("name") or "pfocr", defaults, mappings, dependencies)


def _mapping_json(vp: str, mapping: ET.Element) -> dict[str, Any] | None:
    kind = {"passthroughMapping": "passthrough", "discreteMapping": "discrete",
            "continuousMapping": "continuous"}.get(mapping.tag)
    if kind is None:
        return None
    out: dict[str, Any] = {
        "mappingType": kind,
        "mappingColumn": mapping.get("attributeName", ""),
        "mappingColumnType": _COLUMN_TYPES.get(mapping.get("attributeType", "string"), "String"),
        "visualProperty": vp,
    }
    if kind == "discrete":
        out["map"] = [
            {"key": e.get("attributeValue", ""), "value": e.get("value", "")}
            for e in mapping.findall("discreteMappingEntry")
        ]
    elif kind == "continuous":
        out["points"] = [
            {"value": float(p.get("attrValue", "0")), "lesser": p.get("lesserValue", ""),
             "equal": p.get("equalValue", ""), "greater": p.get("greaterValue", "")}
            for p in mapping.findall("continuousMappingPoint")
        ]
    return out


def desktop_cx2(cx2: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The CX2 document as sent to the desktop: everything except the CX2-named style aspects.

    Cytoscape would turn those into a new ``<name>-Style`` (``-1``, ``-2``, ... on every re-push);
    the desktop gets the shipped vizmap style instead. Network, nodes, edges, attributes and
    coordinates are sent unchanged.
    """
    out: list[dict[str, Any]] = []
    for element in cx2:
        if any(key in CX2_STYLE_ASPECTS for key in element):
            continue
        if "metaData" in element:
            element = {"metaData": [m for m in element["metaData"] if m.get("name") not in CX2_STYLE_ASPECTS]}
        out.append(element)
    return out


def network_attributes(cx2: list[dict[str, Any]]) -> dict[str, Any]:
    """The merged ``networkAttributes`` of a CX2 document."""
    attrs: dict[str, Any] = {}
    for element in cx2:
        for entry in element.get("networkAttributes", []):
            attrs.update(entry)
    return attrs


def log_dir() -> Path:
    """Where py4cytoscape's debug log goes: ``$XDG_CACHE_HOME/pfocr-net/py4cytoscape`` (``~/.cache`` default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pfocr-net" / "py4cytoscape"


def _import_py4cytoscape() -> ModuleType:
    """Import py4cytoscape with its import-time settings pointed away from the user's directory.

    Its settings are environment variables read once at import, so they are set for the import only
    and the caller's environment is restored afterwards.
    """
    if "py4cytoscape" in sys.modules:
        return sys.modules["py4cytoscape"]
    logs = log_dir()
    try:
        logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as e:
        raise CytoscapeError(f"Cannot create py4cytoscape's log folder {logs}: {e.strerror}") from None
    settings = {
        "PY4CYTOSCAPE_DETAIL_LOGGER_DIR": str(logs),
        "PY4CYTOSCAPE_SUMMARY_LOGGER": "FALSE",
        "JUPYTER_BRIDGE_URL": _NO_BRIDGE,
    }
    saved = {key: os.environ.get(key) for key in settings}
    os.environ.update(settings)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import py4cytoscape
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return cast(ModuleType, py4cytoscape)


class CytoscapeClient:
    """A checked connection to one Cytoscape desktop; create it with :func:`connect`."""

    def __init__(self, status: CytoscapeStatus, *, timeout: float = DEFAULT_TIMEOUT,
                 style: DesktopStyle | None = None) -> None:
        self.status = status
        self.timeout = timeout
        self.base_url = f"{status.url}/v1"
        self._style = style
        self._style_title: str | None = None
        self._index: dict[str, list[int]] | None = None
        self._p4c = _import_py4cytoscape()

    def _call(self, doing: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run one py4cytoscape call under the deadline, with its console output kept out of the way."""
        box: dict[str, Any] = {}

        def run() -> None:
            try:
                box["value"] = fn(*args, base_url=self.base_url, **kwargs)
            except Exception as e:  # noqa: BLE001 - any failure inside the third-party client becomes ours, below
                box["error"] = e

        worker = threading.Thread(target=run, name="pfocr-net-cytoscape", daemon=True)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            worker.start()
            worker.join(self.timeout)
        if worker.is_alive():
            raise CytoscapeUnavailableError(
                f"Cytoscape at {self.status.url} did not finish {doing} within {self.timeout:g} s; "
                "if it is busy or shows a dialog, finish that in Cytoscape and retry."
            )
        if "error" in box:
            raise self._error(doing, box["error"]) from None
        return box["value"]  # type: ignore[no-any-return]

    def _error(self, doing: str, error: Exception) -> CytoscapeError:
        where = f"Cytoscape at {self.status.url}"
        if isinstance(error, self._p4c.CyError):
            message = re.sub(r"^In [\w.]+\(\): ", "", str(error))
            return CytoscapeError(f"{where} refused {doing}: {message}")
        if isinstance(error, requests.HTTPError) and error.response is not None:
            return CytoscapeError(f"{where} answered HTTP {error.response.status_code} while {doing}")
        if isinstance(error, requests.RequestException):
            return CytoscapeUnavailableError(
                f"Lost contact with {where} while {doing} ({type(error).__name__}); check that it is still running."
            )
        return CytoscapeError(f"Unexpected answer from {where} while {doing} ({type(error).__name__}: {error})")

    # -- style ---------------------------------------------------------------------------------

    def ensure_style(self) -> str:
        """Title of the pfocr style in the session, creating it from the vizmap if it is not there yet.

        Titles are compared case-insensitively, as Cytoscape does; an existing style is reused, so the
        style is never duplicated.
        """
        if self._style_title is not None:
            return self._style_title
        style = self._style or load_desktop_style()
        p4c = self._p4c
        names = self._call("listing styles", p4c.get_visual_style_names)
        existing = [str(n) for n in names if str(n).lower() == style.title.lower()]
        if existing:
            self._style_title = existing[0]
            return existing[0]
        created = self._call(f"creating style {style.title!r}", p4c.create_visual_style, style.title,
                             defaults=style.defaults, mappings=style.mappings)
        title = str(created["title"])
        if style.dependencies:
            body = [{"visualPropertyDependency": k, "enabled": v} for k, v in style.dependencies.items()]
            self._call(f"setting dependencies of style {title!r}", p4c.cyrest_put,
                       f"styles/{title}/dependencies", body=body, require_json=False)
        self._style_title = title
        return title

    # -- networks ------------------------------------------------------------------------------

    def figure_networks(self) -> dict[str, list[int]]:
        """SUIDs of the session's networks by their ``pfocrId`` network attribute (read afresh)."""
        p4c = self._p4c
        found: dict[str, list[int]] = {}
        for suid in self._call("listing networks", p4c.cyrest_get, "networks"):
            table = f"networks/{suid}/tables/defaultnetwork/columns"
            try:
                columns = self._call(f"reading network {suid}", p4c.cyrest_get, table)
                if not any(c.get("name") == "pfocrId" for c in columns):
                    continue
                values = self._call(f"reading network {suid}", p4c.cyrest_get, f"{table}/pfocrId")["values"]
            except CytoscapeUnavailableError:
                raise
            except CytoscapeError:  # closed in the desktop while being read
                continue
            for figid in {str(v) for v in values if v}:
                found.setdefault(figid, []).append(int(suid))
        return found

    def _older_copies(self, figid: str) -> list[int]:
        """Networks of ``figid`` already in the session; the session is read once per client, then
        only checked for networks deleted in the meantime."""
        if self._index is None:
            self._index = self.figure_networks()
            return list(self._index.get(figid, []))
        known = self._index.get(figid, [])
        if not known:
            return []
        present = set(self._call("listing networks", self._p4c.cyrest_get, "networks"))
        return [suid for suid in known if suid in present]

    def _remember(self, figid: str, suids: list[int]) -> None:
        if self._index is not None:
            self._index[figid] = suids

    def push(self, cx2: list[dict[str, Any]], *, collection: str = DEFAULT_COLLECTION) -> PushedNetwork:
        """Import one figure's CX2 into ``collection``, style it, fit it, and drop older copies.

        The new network is complete before any older copy (same ``pfocrId``) is deleted, so a failed
        push never loses what was there.
        """
        attrs = network_attributes(cx2)
        figid = str(attrs.get("pfocrId") or "")
        if not figid:
            raise CytoscapeError("CX2 document has no 'pfocrId' network attribute; cannot match it in Cytoscape")
        name = str(attrs.get("name") or figid)
        p4c = self._p4c
        older = self._older_copies(figid)
        created = self._call(
            f"importing {figid}", p4c.cyrest_post, "networks",
            parameters={"format": "cx2", "collection": collection, "title": name}, body=desktop_cx2(cx2),
        )
        try:
            suid = int(created["networkSUID"])
        except (KeyError, TypeError, ValueError):
            raise CytoscapeError(f"Cytoscape at {self.status.url} did not report the SUID of {figid}") from None
        self._remember(figid, [*older, suid])
        style = self.ensure_style()
        self._call(f"applying style {style!r} to {figid}", p4c.set_visual_style, style, network=suid)
        self._call(f"fitting the view of {figid}", p4c.fit_content, network=suid)
        for old in older:
            self._call(f"removing the older copy of {figid} (SUID {old})", p4c.delete_network, network=old)
        self._remember(figid, [suid])
        return PushedNetwork(figid, name, suid, style, collection, tuple(older))


def connect(url: str = DEFAULT_URL, *, timeout: float = DEFAULT_TIMEOUT,
            preflight_timeout: float = PREFLIGHT_TIMEOUT, style: DesktopStyle | None = None) -> CytoscapeClient:
    """Check that Cytoscape 3.10+ answers at ``url``, then return a client for it.

    ``timeout`` bounds each later call; ``style`` overrides the shipped ``styles/pfocr.xml``.
    """
    status = check_cytoscape(url, timeout=preflight_timeout)
    return CytoscapeClient(status, timeout=timeout, style=style)


def push_figures(
    client: CytoscapeClient, figures: Iterable[Any], *, collection: str = DEFAULT_COLLECTION
) -> Iterator[PushedNetwork | PfocrNetError]:
    """Push each built figure (anything with a ``.cx2``), yielding results and per-figure errors.

    Errors met while reading or building a figure are passed through. Stops after the first
    :class:`CytoscapeUnavailableError`, since every later figure would meet it too.
    """
    for figure in figures:
        if isinstance(figure, PfocrNetError):
            yield figure
            continue
        try:
            yield client.push(figure.cx2, collection=collection)
        except CytoscapeUnavailableError as e:
            yield e
            return
        except PfocrNetError as e:
            yield e
