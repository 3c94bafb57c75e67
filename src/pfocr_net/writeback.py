"""Write an NDEx UUID back into a record file and the site's ``_data/ndex_map.tsv``.

Only the value of the top-level ``ndex:`` key changes; every other byte of the file (line endings,
quoting, comments, a byte-order mark) stays as it was. Files are replaced atomically: the new
content goes to a temporary file in the same folder, which then replaces the original.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

from pfocr_net.errors import RecordError
from pfocr_net.records import NDEX_UUID

NDEX_MAP = Path("_data") / "ndex_map.tsv"

_BOM = b"\xef\xbb\xbf"
_FENCE = re.compile(rb"^(?:---|\.\.\.)[ \t]*\r?$")
_NDEX_LINE = re.compile(
    rb"^(?P<key>ndex[ \t]*:)(?P<gap>[ \t]*)(?P<value>'[^'\r\n]*'|\"[^\"\r\n]*\"|[^#\r\n]*?)"
    rb"(?P<tail>[ \t]+#[^\r\n]*)?(?P<eol>\r?\n|\r?$)"
)


def _check_uuid(uuid: str) -> str:
    if not NDEX_UUID.match(uuid):
        raise ValueError(f"not an NDEx UUID: {uuid!r}")
    return uuid.lower()


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def _closing_fence(path: Path, lines: list[bytes]) -> int:
    """Index of the line closing the front matter (the opening fence is always line 0)."""
    first = lines[0][len(_BOM) :] if lines and lines[0].startswith(_BOM) else (lines[0] if lines else b"")
    if first.rstrip(b"\r\n").strip() != b"---":
        raise RecordError(path, "no YAML front matter (the file must start with a '---' line)")
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index].rstrip(b"\n")):
            return index
    raise RecordError(path, "front matter is not closed by a '---' line")


def _load(path: Path, text: bytes) -> dict[str, Any]:
    try:
        meta = yaml.safe_load(text.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        raise RecordError(path, "front matter is not valid YAML; not writing the NDEx UUID") from None
    if not isinstance(meta, dict):
        raise RecordError(path, "front matter is not a YAML mapping of fields")
    return meta


def set_ndex_field(path: Path | str, uuid: str) -> bool:
    """Set the record's ``ndex:`` value to ``uuid``; returns False if it already had that value.

    A file without an ``ndex`` key gets an ``ndex: <uuid>`` line just before the closing fence.
    """
    path = Path(path)
    uuid = _check_uuid(uuid)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RecordError(path, f"cannot read file: {error.strerror or error}") from None
    lines = _lines(data)
    end = _closing_fence(path, lines)
    body = lines[1:end]
    before = _load(path, b"".join(body))
    if str(before.get("ndex") or "").strip().lower() == uuid:
        return False
    hits = [i for i, line in enumerate(body) if _NDEX_LINE.match(line)]
    if len(hits) > 1:
        raise RecordError(path, "the key appears more than once", field="ndex")
    if hits:
        index = hits[0]
        match = _NDEX_LINE.match(body[index])
        assert match is not None
        following = body[index + 1] if index + 1 < len(body) else b""
        if not match["value"].strip() and following[:1] in (b" ", b"\t", b"-"):
            raise RecordError(path, "multi-line value cannot be rewritten safely", field="ndex")
        gap = match["gap"] or b" "
        new_line = match["key"] + gap + uuid.encode() + (match["tail"] or b"") + match["eol"]
        body[index] = new_line
    else:
        eol = b"\r\n" if lines[0].endswith(b"\r\n") else b"\n"
        if body and not body[-1].endswith((b"\n", b"\r")):
            body[-1] += eol
        body.append(b"ndex: " + uuid.encode() + eol)
    after = _load(path, b"".join(body))
    expected = dict(before, ndex=uuid)
    if after != expected:
        raise RecordError(path, "rewriting the value would change other fields; file left as is", field="ndex")
    new = b"".join(lines[:1] + body + lines[end:])
    atomic_write(path, new)
    return True


def update_ndex_map(site_root: Path | str, figid: str, uuid: str) -> bool:
    """Make ``_data/ndex_map.tsv`` map ``figid`` to ``uuid``; returns False if it already did.

    The figure's line is replaced in place (extra lines for the same figure are dropped) or
    appended; all other lines keep their bytes and order. No header is written.
    """
    uuid = _check_uuid(uuid)
    path = Path(site_root) / NDEX_MAP
    try:
        data = path.read_bytes() if path.exists() else b""
    except OSError as error:
        raise RecordError(path, f"cannot read file: {error.strerror or error}") from None
    lines = _lines(data)
    key = figid.encode("utf-8")
    eol = b"\r\n" if lines and lines[0].endswith(b"\r\n") else b"\n"
    out: list[bytes] = []
    placed = False
    changed = False
    for line in lines:
        fields = line.rstrip(b"\r\n").split(b"\t")
        if fields[0] != key:
            out.append(line)
            continue
        wanted = key + b"\t" + uuid.encode() + (line[len(line.rstrip(b"\r\n")) :] or b"")
        if placed:
            changed = True
            continue
        placed = True
        if line.rstrip(b"\r\n") != wanted.rstrip(b"\r\n"):
            changed = True
        out.append(wanted)
    if not placed:
        if out and not out[-1].endswith((b"\n", b"\r")):
            out[-1] += eol
        out.append(key + b"\t" + uuid.encode() + eol)
        changed = True
    if not changed:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, b"".join(out))
    return True


def read_ndex_map(site_root: Path | str) -> dict[str, str]:
    """The ``figid -> uuid`` pairs in ``_data/ndex_map.tsv`` (first line wins), or ``{}``."""
    path = Path(site_root) / NDEX_MAP
    if not path.exists():
        return {}
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0] and fields[0] not in pairs:
            pairs[fields[0]] = fields[1].strip()
    return pairs


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` via a temporary file in the same folder (keeps the mode).

    ``durable`` also flushes the data to disk before the rename (for records; build outputs can skip it).
    """
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
