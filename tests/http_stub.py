"""The request-handler plumbing the local test servers (fake NDEx, fake CyREST) share."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from typing import Any


class StubHandler(BaseHTTPRequestHandler):
    """Quiet HTTP/1.1 handler sending every method to ``_handle(method)``, which subclasses define."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def _handle(self, method: str) -> None:
        raise NotImplementedError

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")
