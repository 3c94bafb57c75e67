"""Upload figure networks to NDEx: create or update, never duplicate, write the UUID back.

:class:`Uploader` implements the matching and upload protocol for a batch of figures over the
client adapter in :mod:`pfocr_net.ndex_client`; :func:`upload_figures` is the one-call entry point.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import threading
import time
import uuid as uuidlib
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any, Protocol


from pfocr_net import writeback
from pfocr_net.credentials import load_credentials, resolve_server
from pfocr_net.ndex_client import UUID_RE, NdexCallError, NdexClient
from pfocr_net.errors import NdexError, PfocrNetError
from pfocr_net.model import Record
from pfocr_net.validate import check_cx2

log = logging.getLogger(__name__)

HASH_ATTRIBUTE = "pfocrNetContentHash"
TOKEN_ATTRIBUTE = "pfocrNetUploadToken"
FIGURE_ATTRIBUTE = "pfocrId"
VISIBILITIES = ("PUBLIC", "UNLISTED", "PRIVATE")
INDEX_LEVELS = ("NONE", "META", "ALL")

#: Allowance for the server's clock when looking for a network created by a lost request (ms).
_CLOCK_SKEW_MS = 10 * 60 * 1000


class _Figure(Protocol):
    record: Record
    cx2: list[dict[str, Any]]


# --------------------------------------------------------------------------- payloads


def _network_attributes(doc: list[dict[str, Any]]) -> dict[str, Any]:
    for aspect in doc:
        if "networkAttributes" in aspect:
            items = aspect["networkAttributes"]
            if items:
                return items[0]
            items.append({})
            return items[0]
    raise NdexError("CX2 document has no networkAttributes aspect")


def _declare(doc: list[dict[str, Any]], names: Iterable[str]) -> None:
    for aspect in doc:
        if aspect.get("attributeDeclarations"):
            declared = aspect["attributeDeclarations"][0].setdefault("networkAttributes", {})
            for name in names:
                declared.setdefault(name, {"d": "string"})
            return


def content_hash(doc: list[dict[str, Any]]) -> str:
    """sha256 of the canonical JSON of a CX2 document, ignoring the hash and token attributes."""
    clean = copy.deepcopy(doc)
    for aspect in clean:
        for item in aspect.get("networkAttributes", []) or []:
            item.pop(HASH_ATTRIBUTE, None)
            item.pop(TOKEN_ATTRIBUTE, None)
        for item in aspect.get("attributeDeclarations", []) or []:
            declared = item.get("networkAttributes")
            if isinstance(declared, dict):
                declared.pop(HASH_ATTRIBUTE, None)
                declared.pop(TOKEN_ATTRIBUTE, None)
    canonical = json.dumps(clean, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Payload:
    """One figure ready to send: the CX2 with identity attributes, and what the server must report."""

    record: Record
    doc: list[dict[str, Any]]
    digest: str
    nodes: int
    edges: int

    @property
    def figid(self) -> str:
        return self.record.figid

    def body(self, token: str) -> bytes:
        """The exact bytes to upload, carrying ``token`` to recognise this upload later."""
        doc = copy.deepcopy(self.doc)
        _network_attributes(doc)[TOKEN_ATTRIBUTE] = token
        return json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def prepare(figure: _Figure) -> Payload:
    """Validate a figure's CX2 locally (a failed update on NDEx wipes the network) and stamp it."""
    record = figure.record
    doc = copy.deepcopy(figure.cx2)
    attrs = _network_attributes(doc)
    attrs.setdefault(FIGURE_ATTRIBUTE, record.figid)
    if attrs[FIGURE_ATTRIBUTE] != record.figid:
        raise NdexError(f"{record.figid}: network attribute pfocrId is {attrs[FIGURE_ATTRIBUTE]!r}")
    _declare(doc, [FIGURE_ATTRIBUTE, HASH_ATTRIBUTE, TOKEN_ATTRIBUTE])
    attrs[HASH_ATTRIBUTE] = ""
    attrs[TOKEN_ATTRIBUTE] = ""
    check_cx2(doc, figid=record.figid)
    digest = content_hash(doc)
    attrs[HASH_ATTRIBUTE] = digest
    nodes = sum(len(aspect["nodes"]) for aspect in doc if "nodes" in aspect)
    edges = sum(len(aspect["edges"]) for aspect in doc if "edges" in aspect)
    return Payload(record, doc, digest, nodes, edges)


def properties(summary: dict[str, Any]) -> dict[str, str]:
    """A summary's network properties as ``name -> value`` strings."""
    out: dict[str, str] = {}
    for item in summary.get("properties") or []:
        if isinstance(item, dict) and item.get("predicateString"):
            out[str(item["predicateString"])] = "" if item.get("value") is None else str(item["value"])
    return out


def _in_flight(summary: dict[str, Any]) -> bool:
    return not summary.get("completed", False) and not summary.get("errorMessage")


# --------------------------------------------------------------------------- results and options


@dataclass(slots=True)
class UploadResult:
    """What happened to one figure."""

    figid: str
    action: str
    uuid: str = ""
    url: str = ""
    message: str = ""
    path: str = ""
    written: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.action != "failed"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class UploadOptions:
    """How to upload; see ``pfocr-net upload --help``."""

    visibility: str | None = None
    networkset: str | None = None
    index_level: str | None = None
    as_new: bool = False
    dry_run: bool = False
    write_back: bool = True
    jobs: int = 1
    #: Seconds to wait for the server to finish processing one network.
    wait_timeout: float = 600.0
    #: Retries for lock errors and lost connections, with exponential backoff from ``backoff`` s.
    retries: int = 5
    backoff: float = 0.5
    max_backoff: float = 10.0

    def __post_init__(self) -> None:
        if self.visibility is not None and self.visibility not in VISIBILITIES:
            raise NdexError(f"--visibility: expected one of {', '.join(VISIBILITIES)}")
        if self.index_level is not None and self.index_level not in INDEX_LEVELS:
            raise NdexError(f"--index-level: expected one of {', '.join(INDEX_LEVELS)}")
        if self.jobs < 1:
            raise NdexError("--jobs: expected a positive number")


# --------------------------------------------------------------------------- the protocol


class Uploader:
    """Matches each figure to its NDEx network and creates, updates or skips it."""

    def __init__(
        self,
        client: NdexClient,
        options: UploadOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = client
        self.options = options or UploadOptions()
        self._sleep = sleep
        self._index: dict[str, list[dict[str, Any]]] | None = None
        self._index_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._set_id: str | None = None
        self._set_lock = threading.Lock()

    # -- batch

    def run(
        self,
        figures: Iterable[_Figure | PfocrNetError],
        on_result: Callable[[UploadResult], None] | None = None,
    ) -> list[UploadResult]:
        """Upload every figure; results keep input order. Input errors become failed results."""
        results: list[UploadResult | None] = []
        payloads: list[tuple[int, Payload]] = []
        seen: set[str] = set()
        for item in figures:
            if isinstance(item, PfocrNetError):
                where = str(getattr(item, "path", "") or "")
                results.append(UploadResult(getattr(item, "figid", None) or where, "failed", message=str(item), path=where))
                continue
            figid = item.record.figid
            if figid in seen:
                continue
            seen.add(figid)
            try:
                payloads.append((len(results), prepare(item)))
                results.append(None)
            except PfocrNetError as error:
                results.append(UploadResult(figid, "failed", message=str(error), path=str(item.record.path)))
        for done in results:
            if done is not None and on_result is not None:
                on_result(done)
        if any(self.options.as_new or not p.record.ndex for _, p in payloads):
            # List the account's networks before any upload changes their order in the listing.
            try:
                self._own_index()
            except PfocrNetError as error:
                log.warning("cannot list own NDEx networks yet: %s", error)
        with ThreadPoolExecutor(max_workers=self.options.jobs, thread_name_prefix="upload") as pool:
            pending: dict[Future[UploadResult], int] = {
                pool.submit(self.upload, payload): index for index, payload in payloads
            }
            try:
                while pending:
                    finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        index = pending.pop(future)
                        result = future.result()
                        results[index] = result
                        if on_result is not None:
                            on_result(result)
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
        return [result for result in results if result is not None]

    def upload(self, payload: Payload) -> UploadResult:
        """Create, update or skip one figure's network, then write its UUID back."""
        result = UploadResult(payload.figid, "failed", path=str(payload.record.path))
        try:
            target = self._match(payload)
            summary = target
            if target is not None and self._unchanged(target, payload):
                action, result.uuid = "unchanged", str(target["externalId"])
            elif self.options.dry_run:
                action = "would-create" if target is None else "would-update"
                result.uuid = "" if target is None else str(target["externalId"])
            elif target is None:
                action = "created"
                result.uuid, summary = self._create(payload)
            else:
                action = "updated"
                result.uuid, summary = self._update(payload, target)
            if result.uuid:
                result.url = self.client.viewer_url(result.uuid)
            if not self.options.dry_run:
                # The UUID is recorded first, so a failure applying settings cannot lose the network.
                if self.options.write_back:
                    result.written = self._write_back(payload.record, result.uuid)
                assert summary is not None
                self._finish(result.uuid, summary)
            result.action = action
        except PfocrNetError as error:
            result.message = str(error) if str(error).startswith(payload.figid) else f"{payload.figid}: {error}"
        return result

    # -- matching

    def _match(self, payload: Payload) -> dict[str, Any] | None:
        """The summary of the network to update, or None to create one; raises if unsafe."""
        record = payload.record
        known = record.ndex.strip()
        if known and not self.options.as_new:
            if not UUID_RE.fullmatch(known):
                raise NdexError(f"{record.figid}: field 'ndex' of {record.path} is not an NDEx UUID")
            return self._check_named(payload, known.lower())
        candidates = self._own_index().get(record.figid, [])
        if not candidates:
            return None
        good = [s for s in candidates if not s.get("errorMessage")]
        pool = good or candidates
        same = [s for s in pool if properties(s).get(HASH_ATTRIBUTE) == payload.digest]
        chosen = max(same or pool, key=lambda s: s.get("modificationTime", 0))
        if len(candidates) > 1:
            others = ", ".join(s["externalId"] for s in candidates if s is not chosen)
            log.warning("%s: more networks carry this pfocrId (%s); using %s", record.figid, others, chosen["externalId"])
        return chosen

    def _check_named(self, payload: Payload, network_id: str) -> dict[str, Any]:
        figid = payload.figid
        hint = "; rerun with --as-new to upload it as a new network"
        try:
            summary = self._retrying(lambda: self.client.summary(network_id))
        except NdexCallError as error:
            if error.status in (401, 403):
                raise NdexError(
                    f"{figid}: NDEx network {network_id} (field 'ndex') is not readable by account "
                    f"{self.client.username}{hint}"
                ) from None
            raise
        if summary is None:
            raise NdexError(f"{figid}: NDEx network {network_id} (field 'ndex') was not found on {self.client.server}{hint}")
        owner_id = summary.get("ownerUUID")
        if owner_id != self._retrying(self.client.user_id):
            owner = summary.get("owner") or owner_id
            raise NdexError(
                f"{figid}: NDEx network {network_id} (field 'ndex') belongs to account {owner}, "
                f"not {self.client.username}, so it cannot be updated{hint}"
            )
        other = properties(summary).get(FIGURE_ATTRIBUTE)
        if other and other != figid:
            raise NdexError(
                f"{figid}: NDEx network {network_id} (field 'ndex') is the network of figure {other}{hint}"
            )
        if _in_flight(summary):
            summary = self._wait(network_id)
        return summary

    def _own_index(self) -> dict[str, list[dict[str, Any]]]:
        """``pfocrId -> summaries`` of the account's own networks, listed once per batch."""
        with self._index_lock:
            if self._index is None:
                index: dict[str, list[dict[str, Any]]] = {}
                # Networks still loading carry no pfocrId yet; give them all one shared time budget.
                budget = time.monotonic() + min(self.options.wait_timeout, 120.0)
                for summary in self._retrying(self.client.own_summaries):
                    if _in_flight(summary) and summary.get("name") is None:
                        try:
                            left = max(0.0, budget - time.monotonic())
                            summary = self._wait(str(summary["externalId"]), timeout=left)
                        except NdexError as error:
                            log.warning("skipping network still in processing: %s", error)
                            continue
                    figid = properties(summary).get(FIGURE_ATTRIBUTE)
                    if figid:
                        index.setdefault(figid, []).append(summary)
                self._index = index
            return self._index

    def _unchanged(self, summary: dict[str, Any], payload: Payload) -> bool:
        return (
            properties(summary).get(HASH_ATTRIBUTE) == payload.digest
            and not summary.get("errorMessage")
            and summary.get("nodeCount") == payload.nodes
            and summary.get("edgeCount") == payload.edges
        )

    # -- create and update

    def _delay(self, attempt: int) -> float:
        return min(self.options.max_backoff, self.options.backoff * (2**attempt))

    def _retrying(self, what: Callable[[], Any], idempotent: bool = True) -> Any:
        """Call ``what``, retrying lock errors (and lost answers if ``idempotent``) with backoff."""
        attempt = 0
        while True:
            try:
                return what()
            except NdexCallError as error:
                retry = error.locked or (idempotent and error.ambiguous)
                if not retry or attempt >= self.options.retries:
                    raise
                self._sleep(self._delay(attempt))
                attempt += 1

    def _wait(self, network_id: str, timeout: float | None = None) -> dict[str, Any]:
        """Poll the summary until the server has finished processing the network."""
        timeout = self.options.wait_timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        attempt = 0
        while True:
            summary = self._retrying(lambda: self.client.summary(network_id))
            if summary is None:
                raise NdexError(f"NDEx network {network_id} disappeared while being processed")
            if summary.get("completed") or summary.get("errorMessage"):
                return summary
            if time.monotonic() >= deadline:
                raise NdexError(
                    f"NDEx network {network_id} still processing after {timeout:g}s; rerun later"
                )
            self._sleep(min(2.0, 0.05 * (2**attempt)))
            attempt += 1

    def _check(self, payload: Payload, network_id: str, summary: dict[str, Any], update: bool) -> None:
        error = summary.get("errorMessage")
        if error:
            if update:
                raise NdexError(
                    f"{payload.figid}: NDEx failed to load the update of {network_id}: {error} "
                    "(the server has emptied that network; rerun to upload it again)"
                )
            raise NdexError(f"{payload.figid}: NDEx failed to load the new network: {error}")
        counts = (summary.get("nodeCount"), summary.get("edgeCount"))
        if counts != (payload.nodes, payload.edges):
            raise NdexError(
                f"{payload.figid}: NDEx network {network_id} has {counts[0]} nodes and {counts[1]} edges, "
                f"expected {payload.nodes} and {payload.edges}"
            )
        if properties(summary).get(HASH_ATTRIBUTE) != payload.digest:
            raise NdexError(f"{payload.figid}: NDEx network {network_id} does not carry the uploaded content")

    def _create(self, payload: Payload) -> tuple[str, dict[str, Any]]:
        token = str(uuidlib.uuid4())
        body = payload.body(token)
        visibility = self.options.visibility
        network_id: str | None = None
        for attempt in range(self.options.retries + 1):
            started = int(time.time() * 1000)
            try:
                network_id = self.client.create(body, visibility)
                break
            except NdexCallError as error:
                if not error.ambiguous:
                    raise
                network_id = self._late_answer(error)
                if network_id is not None:
                    break
                log.info("%s: create answer lost (%s); looking for the network", payload.figid, error)
                network_id = self._recover(payload, token, len(body), started)
                if network_id is not None:
                    break
                if attempt >= self.options.retries:
                    raise
                self._sleep(self._delay(attempt))
        assert network_id is not None
        summary = self._wait(network_id)
        try:
            self._check(payload, network_id, summary, update=False)
        except NdexError:
            try:
                self._retrying(lambda: self.client.delete(network_id))
            except NdexCallError:
                log.warning("%s: could not delete failed network %s", payload.figid, network_id)
            raise
        return network_id, summary

    def _late_answer(self, error: NdexCallError) -> str | None:
        """The UUID from a create that ran past its deadline, if it answers within one more deadline."""
        if error.late is None:
            return None
        try:
            return str(error.late(self.client.call_timeout))
        except NdexCallError as late_error:
            if not late_error.ambiguous:
                raise
            return None

    def _recover(self, payload: Payload, token: str, size: int, started: int) -> str | None:
        """Find the network a create with a lost answer made, by creation time, size and token."""
        for attempt in range(3):
            if attempt:
                self._sleep(self._delay(attempt))
            try:
                listing = self._retrying(self.client.own_summaries)
            except NdexCallError:
                continue
            for summary in listing:
                if summary.get("creationTime", 0) < started - _CLOCK_SKEW_MS:
                    continue
                if summary.get("cx2FileSize") not in (None, size):
                    continue
                if _in_flight(summary):
                    summary = self._wait(str(summary["externalId"]))
                if properties(summary).get(TOKEN_ATTRIBUTE) == token:
                    return str(summary["externalId"])
        return None

    def _update(self, payload: Payload, target: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        network_id = str(target["externalId"])
        token = str(uuidlib.uuid4())
        body = payload.body(token)
        read_only = bool(target.get("isReadOnly"))
        if read_only:
            self._retrying(lambda: self.client.set_system_properties(network_id, {"readOnly": False}))
        try:
            self._send_update(network_id, body, token)
            summary = self._wait(network_id)
            self._check(payload, network_id, summary, update=True)
        finally:
            if read_only:
                try:
                    self._retrying(lambda: self.client.set_system_properties(network_id, {"readOnly": True}))
                except NdexCallError as error:
                    log.warning("%s: could not make %s read-only again: %s", payload.figid, network_id, error)
        return network_id, summary

    def _send_update(self, network_id: str, body: bytes, token: str) -> None:
        """PUT the new content, retrying locks; after a lost answer, check whether it arrived."""
        for attempt in range(self.options.retries + 1):
            try:
                self.client.update(network_id, body)
                return
            except NdexCallError as error:
                if attempt >= self.options.retries or not (error.locked or error.ambiguous):
                    raise
                if error.ambiguous:
                    summary = self._wait(network_id)
                    if properties(summary).get(TOKEN_ATTRIBUTE) == token:
                        return
                self._sleep(self._delay(attempt))

    def _finish(self, network_id: str, summary: dict[str, Any]) -> None:
        """Apply visibility, index level and network set once the server has processed the network."""
        wanted: dict[str, Any] = {}
        if self.options.visibility and summary.get("visibility") != self.options.visibility:
            wanted["visibility"] = self.options.visibility
        if self.options.index_level and summary.get("indexLevel") != self.options.index_level:
            wanted["index_level"] = self.options.index_level
        for key, value in wanted.items():
            self._retrying(partial(self.client.set_system_properties, network_id, {key: value}))
        if self.options.networkset:
            set_id = self._networkset()
            self._retrying(lambda: self.client.add_to_networkset(set_id, [network_id]))

    def _networkset(self) -> str:
        with self._set_lock:
            if self._set_id is None:
                name = self.options.networkset or ""
                found = self._retrying(lambda: self.client.networkset_id(name), idempotent=False)
                assert found is not None
                self._set_id = found
            return self._set_id

    # -- write-back

    def _write_back(self, record: Record, network_id: str) -> list[str]:
        written: list[str] = []
        with self._write_lock:
            if record.ndex.strip().lower() != network_id and writeback.set_ndex_field(record.path, network_id):
                written.append(str(record.path))
            site = record.site_root
            if site is not None and writeback.update_ndex_map(site, record.figid, network_id):
                written.append(str(site / writeback.NDEX_MAP))
        return written


def connect(
    server: str | None = None,
    username: str | None = None,
    password: str | None = None,
    call_timeout: float = 120.0,
    env: dict[str, str] | None = None,
) -> NdexClient:
    """A client for the configured server and account (see :mod:`pfocr_net.credentials`)."""
    return NdexClient(resolve_server(server, env), load_credentials(username, password, env), call_timeout)


def upload_figures(
    figures: Iterable[_Figure | PfocrNetError],
    client: NdexClient,
    options: UploadOptions | None = None,
    on_result: Callable[[UploadResult], None] | None = None,
) -> list[UploadResult]:
    """Upload a batch of figures (see :class:`Uploader`); results keep input order."""
    return Uploader(client, options).run(figures, on_result=on_result)


def format_table(results: Sequence[UploadResult]) -> str:
    """A plain-text table: figid, action, UUID and NDEx viewer link, one row per figure."""
    header = ("figid", "action", "uuid", "link")
    rows = [(r.figid, r.action, r.uuid or "-", r.url or "-") for r in results]
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(3)]
    lines = []
    for row in [header, *rows]:
        lines.append("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3])
    return "\n".join(line.rstrip() for line in lines)
