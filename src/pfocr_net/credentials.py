"""NDEx server address and account credentials.

Sources, first match wins:

* server: the ``server`` argument (``--server``), ``NDEX_SERVER``, the config file, then
  :data:`DEFAULT_SERVER`;
* username and password: the arguments (``--username``, ``--password-stdin``), ``NDEX_USERNAME`` /
  ``NDEX_PASSWORD``, then the config file.

The config file is ``$PFOCR_NET_CONFIG`` if set, else ``~/.config/pfocr-net/ndex.ini``; an INI file
with one ``[ndex]`` section holding ``server``, ``username`` and ``password`` keys (each optional).
Keep it readable only by you (``chmod 600``).

Passwords never appear in ``repr``, messages or logs; plain ``http://`` is refused for any host that
is not a loopback address, so credentials never cross a network unencrypted.
"""

from __future__ import annotations

import configparser
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pfocr_net.errors import NdexError

DEFAULT_SERVER = "https://www.ndexbio.org"
CONFIG_ENV = "PFOCR_NET_CONFIG"
DEFAULT_CONFIG = Path("~/.config/pfocr-net/ndex.ini")


@dataclass(frozen=True, slots=True)
class Credentials:
    """An NDEx account; the password is left out of ``repr``."""

    username: str
    password: str = field(repr=False)


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """Where the config file is looked for."""
    env = os.environ if env is None else env
    value = env.get(CONFIG_ENV, "").strip()
    return Path(value).expanduser() if value else DEFAULT_CONFIG.expanduser()


def _config(env: Mapping[str, str]) -> dict[str, str]:
    path = config_path(env)
    if not path.is_file():
        return {}
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError) as error:
        reason = type(error).__name__
        raise NdexError(f"{path}: cannot read the NDEx config file ({reason})") from None
    if not parser.has_section("ndex"):
        return {}
    return {key: value.strip() for key, value in parser.items("ndex")}


def load_credentials(
    username: str | None = None,
    password: str | None = None,
    env: Mapping[str, str] | None = None,
) -> Credentials:
    """The account to use; raises :class:`NdexError` naming the three places to set it if missing."""
    env = os.environ if env is None else env
    config = _config(env)
    user = username or env.get("NDEX_USERNAME") or config.get("username") or ""
    secret = password if password else env.get("NDEX_PASSWORD") or config.get("password") or ""
    if not user.strip() or not secret:
        raise NdexError(
            "NDEx credentials missing: set NDEX_USERNAME and NDEX_PASSWORD, use --password-stdin, "
            f"or put username/password in the [ndex] section of {config_path(env)}"
        )
    return Credentials(user.strip(), secret)


def resolve_server(server: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The NDEx base URL to use, checked by :func:`normalize_server`."""
    env = os.environ if env is None else env
    chosen = server or env.get("NDEX_SERVER") or _config(env).get("server") or DEFAULT_SERVER
    return normalize_server(chosen)


def normalize_server(url: str) -> str:
    """A clean base URL (no trailing slash), with ``localhost`` spelled ``127.0.0.1``.

    ndex2 silently reroutes any host containing ``localhost`` to a fixed local address, so the
    name is rewritten here and other names containing it are refused.
    """
    text = url.strip().rstrip("/")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise NdexError(f"--server {url!r}: expected an http(s) URL such as {DEFAULT_SERVER}")
    if parts.username or parts.password:
        raise NdexError("--server: do not put credentials in the URL; use NDEX_USERNAME/NDEX_PASSWORD")
    netloc = parts.netloc
    if host == "localhost":
        netloc = netloc.lower().replace("localhost", "127.0.0.1", 1)
    elif "localhost" in text.lower():
        raise NdexError(f"--server {url!r}: ndex2 cannot address hosts or paths containing 'localhost'")
    if parts.scheme == "http" and not is_loopback(host):
        raise NdexError(
            f"--server {url!r}: refusing to send NDEx credentials over plain http to {host}; use https"
        )
    return f"{parts.scheme}://{netloc}{parts.path}".rstrip("/")


def is_loopback(host: str) -> bool:
    """True for ``127.0.0.0/8``, ``::1`` and ``localhost``."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
