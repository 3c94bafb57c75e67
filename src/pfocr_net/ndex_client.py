"""The NDEx client adapter: the real ``ndex2`` client with deadlines, uniform errors and no secrets.

Every call runs under a deadline (ndex2 uploads have none), ndex2's mixed exception types become
:class:`NdexCallError`, each thread gets its own ``Ndex2`` (it mutates its session's headers), and
error texts are scrubbed of the password in every form it could be echoed.
"""

from __future__ import annotations

import base64
import io
import json
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from ndex2.client import Ndex2
from ndex2.exceptions import NDExError, NDExUnauthorizedError

from pfocr_net.credentials import Credentials
from pfocr_net.errors import NdexError

#: An NDEx network (or set) UUID, unanchored: use ``fullmatch`` to test a whole string.
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_CAUGHT = re.compile(r"^Caught (\d{3}) from server: (.*)$", re.DOTALL)
_LOCK_CODES = ("NDEx_Concurrent_Modification_Exception", "NDEx_Modify_Invalid_Network_Exception")


def _last_uuid(location: Any) -> str | None:
    """The lower-cased UUID in the last path segment of a URL the server answered with, if any."""
    match = UUID_RE.search(str(location or "").rstrip("/").rsplit("/", 1)[-1])
    return None if match is None else match[0].lower()


class NdexCallError(NdexError):
    """One NDEx call failed; ``status`` is the HTTP status or None for transport failures."""

    def __init__(
        self, message: str, status: int | None = None, code: str = "", ambiguous: bool = False
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        #: The request may have been carried out although no answer arrived.
        self.ambiguous = ambiguous
        #: For a call that ran past its deadline: wait up to N more seconds for its late answer.
        self.late: Callable[[float], Any] | None = None

    @property
    def locked(self) -> bool:
        """The network is locked by server-side processing; retrying later can succeed."""
        text = str(self)
        return self.status == 500 and (
            self.code in _LOCK_CODES or "might have been locked" in text or "currently locked" in text
        ) or "is locked after" in text

    @property
    def not_found(self) -> bool:
        """The server says the network does not exist."""
        return self.status == 404


class NdexClient:
    """Thread-safe facade over ``ndex2.client.Ndex2`` with deadlines and uniform errors."""

    def __init__(
        self,
        server: str,
        credentials: Credentials,
        call_timeout: float = 120.0,
        user_agent: str = "pfocr-net",
    ) -> None:
        self.server = server.rstrip("/")
        self.username = credentials.username.lower()
        self._credentials = credentials
        self.call_timeout = call_timeout
        self._user_agent = user_agent
        self._local = threading.local()
        self._lock = threading.Lock()
        self._user_id: str | None = None

    # -- plumbing

    def _client(self) -> Ndex2:
        client = getattr(self._local, "client", None)
        if client is None:
            client = Ndex2(
                host=self.server,
                username=self._credentials.username,
                password=self._credentials.password,
                user_agent=self._user_agent,
                timeout=self.call_timeout,
                skip_version_check=True,
            )
            self._local.client = client
        return client

    def _scrub(self, text: str) -> str:
        """One line of at most 400 characters, with the password (plain or as basic auth) masked."""
        creds = self._credentials
        text = " ".join(text.split())
        if creds.password:
            basic = base64.b64encode(f"{creds.username}:{creds.password}".encode()).decode()
            for secret in (basic, creds.password, quote(creds.password, safe="")):
                text = text.replace(secret, "***")
        return text[:400]

    def _error(self, what: str, error: BaseException) -> NdexCallError:
        """Translate any exception ndex2 or requests raises into an :class:`NdexCallError`."""
        status: int | None = None
        body = ""
        response = getattr(error, "response", None)
        context = error.__context__
        if response is None and context is not None:
            response = getattr(context, "response", None)
        if response is not None and getattr(response, "status_code", None):
            status = int(response.status_code)
            body = response.text or ""
        elif isinstance(error, NDExError) and (match := _CAUGHT.match(str(error))):
            status, body = int(match[1]), match[2]
        elif isinstance(error, NDExUnauthorizedError):
            status, body = 401, str(error)
        code, message, is_json = "", body, False
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            is_json = True
            code = str(parsed.get("errorCode") or "")
            message = str(parsed.get("message") or body)
        if status is None:
            kind = type(error).__name__
            if isinstance(error, NDExError):
                detail = str(error)
            else:
                detail = f"{kind}: {error}"
            ambiguous = not isinstance(error, NDExUnauthorizedError)
            return NdexCallError(self._scrub(f"{what}: {detail}"), None, "", ambiguous=ambiguous)
        ambiguous = status in (502, 503, 504) or (status >= 500 and not is_json)
        if not is_json and "<" in message:
            message = f"HTTP {status} (non-JSON answer)"
        text = f"{what}: HTTP {status}" + (f" {code}" if code else "") + f": {message}"
        return NdexCallError(self._scrub(text), status, code, ambiguous=ambiguous)

    def _call(self, what: str, method: str, *args: Any, **kwargs: Any) -> Any:
        """Run ``Ndex2.<method>`` in a worker thread and give up after ``call_timeout`` seconds."""
        client = self._client()
        box: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["value"] = getattr(client, method)(*args, **kwargs)
            except BaseException as error:  # noqa: BLE001 - handed to the caller below
                box["error"] = error
            finally:
                done.set()

        worker = threading.Thread(target=run, name=f"ndex-{method}", daemon=True)
        worker.start()
        if not done.wait(self.call_timeout):
            # The abandoned call may still be using this client's session: start a fresh one.
            self._local.client = None
            error = NdexCallError(f"{what}: no answer within {self.call_timeout:g}s", ambiguous=True)
            error.late = lambda grace: self._outcome(what, box, done, grace)
            raise error
        return self._outcome(what, box, done, 0)

    def _outcome(self, what: str, box: dict[str, Any], done: threading.Event, grace: float) -> Any:
        if not done.wait(grace):
            raise NdexCallError(f"{what}: still no answer after {grace:g}s more", ambiguous=True)
        if "error" in box:
            raise self._error(what, box["error"]) from None
        return box.get("value")

    # -- operations

    def user_id(self) -> str:
        """The signed-in account's id (cached)."""
        with self._lock:
            if self._user_id is None:
                user = self._call("look up account", "get_user_by_username", self.username)
                if not isinstance(user, dict) or not user.get("externalId"):
                    raise NdexCallError(f"look up account {self.username}: unexpected answer")
                self._user_id = str(user["externalId"])
            return self._user_id

    def summary(self, network_id: str) -> dict[str, Any] | None:
        """The v2 summary of a network, or None if the server does not know it."""
        try:
            result = self._call(f"read network {network_id}", "get_network_summary", network_id)
        except NdexCallError as error:
            if error.not_found:
                return None
            raise
        if not isinstance(result, dict):
            raise NdexCallError(f"read network {network_id}: unexpected answer", ambiguous=True)
        return result

    def own_summaries(self, page: int = 1000) -> list[dict[str, Any]]:
        """Every network the account owns (read from the server database, not from search)."""
        me = self.user_id()
        found: list[dict[str, Any]] = []
        seen: set[str] = set()
        offset = 0
        while True:
            batch = self._call(
                "list own networks", "get_user_network_summaries", self.username, offset, page
            )
            if not isinstance(batch, list):
                raise NdexCallError("list own networks: unexpected answer", ambiguous=True)
            found.extend(
                item for item in batch if item.get("ownerUUID") == me and item.get("externalId") not in seen
            )
            seen.update(str(item.get("externalId")) for item in batch)
            if len(batch) < page:
                return found
            offset += page

    def create(self, body: bytes, visibility: str | None = None) -> str:
        """Upload ``body`` (CX2 JSON bytes) as a new network; returns its UUID."""
        try:
            location = self._call(
                "create network", "save_cx2_stream_as_new_network", io.BytesIO(body), visibility
            )
        except NdexCallError as error:
            late = error.late
            if late is not None:
                error.late = lambda grace: self._created_id(late(grace))
            raise
        return self._created_id(location)

    @staticmethod
    def _created_id(location: Any) -> str:
        """The new network's UUID: the last path segment of the ``Location`` answer."""
        found = _last_uuid(location)
        if found is None:
            raise NdexCallError("create network: the server did not name the new network", ambiguous=True)
        return found

    def update(self, network_id: str, body: bytes) -> None:
        """Replace a network's content with ``body`` (CX2 JSON bytes)."""
        self._call(f"update network {network_id}", "update_cx2_network", io.BytesIO(body), network_id)

    def set_system_properties(self, network_id: str, properties: dict[str, Any]) -> None:
        """Set visibility, index_level, readOnly or showcase."""
        self._call(
            f"set {', '.join(properties)} of network {network_id}",
            "set_network_system_properties",
            network_id,
            properties,
            skipvalidation=True,
        )

    def delete(self, network_id: str) -> None:
        """Delete a network the account owns."""
        self._call(f"delete network {network_id}", "delete_network", network_id, 1)

    def networkset_id(self, name_or_id: str, create: bool = True) -> str | None:
        """The UUID of the account's network set with that name (or UUID), creating it if asked."""
        if UUID_RE.fullmatch(name_or_id):
            return name_or_id.lower()
        sets = self._call("list network sets", "get_networksets_for_user_id", self.user_id())
        for item in sets or []:
            if item.get("name") == name_or_id and item.get("ownerId") in (None, self.user_id()):
                return str(item["externalId"])
        if not create:
            return None
        url = self._call(f"create network set {name_or_id!r}", "create_networkset", name_or_id, "")
        found = _last_uuid(url)
        if found is None:
            raise NdexCallError(f"create network set {name_or_id!r}: unexpected answer")
        return found

    def add_to_networkset(self, set_id: str, network_ids: Sequence[str]) -> None:
        """Add networks to a set (adding a member twice is harmless)."""
        self._call(
            f"add to network set {set_id}", "add_networks_to_networkset", set_id, list(network_ids)
        )

    def viewer_url(self, network_id: str) -> str:
        """The NDEx web viewer link for a network."""
        return f"{self.server}/viewer/networks/{network_id}"
