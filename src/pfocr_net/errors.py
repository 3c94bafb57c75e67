"""The one exception tree for user-facing errors.

Every error a user can cause or meet derives from :class:`PfocrNetError`; the command line prints
``str(error)`` as one line and never a traceback. Messages never contain credentials.
"""

from __future__ import annotations

from pathlib import Path


class PfocrNetError(Exception):
    """Base class of every error pfocr-net reports to a user."""


class RecordError(PfocrNetError):
    """A figure record cannot be read: names the file and, where known, the field."""

    def __init__(self, path: Path | str, message: str, field: str | None = None) -> None:
        self.path = Path(path)
        self.field = field
        self.reason = message
        where = f"{self.path}: field '{field}'" if field else str(self.path)
        super().__init__(f"{where}: {message}")


class NetworkValidationError(PfocrNetError):
    """A CX2 document breaks a rule the NDEx server applies."""

    def __init__(self, problems: list[str], figid: str | None = None) -> None:
        self.problems = problems
        self.figid = figid
        head = f"{figid}: " if figid else ""
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{head}invalid CX2: {problems[0]}{more}")


class OutputError(PfocrNetError):
    """A network cannot be written where it was asked to go."""


class NdexError(PfocrNetError):
    """An NDEx operation failed (server, permission, matching or transport)."""


class CytoscapeError(PfocrNetError):
    """Cytoscape desktop cannot be reached or refused a request."""


class CytoscapeUnavailableError(CytoscapeError):
    """Cytoscape is not running, not answering, or stopped answering (later calls would fail too)."""


class EvaluationError(PfocrNetError):
    """A gold-standard file cannot be read or scored."""


class ViewError(PfocrNetError):
    """A browser preview cannot be made (cytoscape.js missing, unreadable or broken network)."""
