"""``pfocr-net upload``: credentials, server checks, output formats and exit codes."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from ndex_server import FakeNdex, copy_fixtures

from pfocr_net.cli import cli
from pfocr_net.credentials import (
    Credentials,
    load_credentials,
    normalize_server,
    resolve_server,
)
from pfocr_net.errors import NdexError
from pfocr_net.records import read_record

USER, PASSWORD = "curator", "Zq9-secret-Xy7"
NEW = "PMC10029719__cs3c00075_0011"
NAMED = "PMC5381059__12929_2017_329_Fig1_HTML"


@pytest.fixture
def server() -> Iterator[FakeNdex]:
    with FakeNdex() as fake:
        fake.add_user(USER, PASSWORD)
        yield fake


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_fixtures(tmp_path) / "site"


def upload(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    base = {"NDEX_USERNAME": "", "NDEX_PASSWORD": "", "NDEX_SERVER": "", "PFOCR_NET_CONFIG": "/nonexistent/ndex.ini"}
    return CliRunner().invoke(cli, ["upload", *args], env={**base, **(env or {})}, input=stdin)


def creds_env(server: FakeNdex, password: str = PASSWORD) -> dict[str, str]:
    return {"NDEX_USERNAME": USER, "NDEX_PASSWORD": password, "NDEX_SERVER": server.url}


def test_upload_prints_a_table_with_viewer_links(server: FakeNdex, site: Path) -> None:
    result = upload(str(site / "_figures" / f"{NEW}.md"), "--visibility", "public", env=creds_env(server))
    assert result.exit_code == 0, result.output
    uuid = read_record(site / "_figures" / f"{NEW}.md").ndex
    line = next(line for line in result.stdout.splitlines() if line.startswith(NEW))
    assert line.split() == [NEW, "created", uuid, f"{server.url}/viewer/networks/{uuid}"]
    assert server.networks[uuid].visibility == "PUBLIC"


def test_json_output_and_nonzero_exit_when_a_figure_fails(server: FakeNdex, site: Path) -> None:
    result = upload(str(site), "--json", env=creds_env(server))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    actions = {item["figid"]: item["action"] for item in data["results"]}
    assert actions[NAMED] == "failed" and actions[NEW] == "created"
    failed = next(item for item in data["results"] if item["figid"] == NAMED)
    assert "--as-new" in failed["message"]
    assert f"error: {failed['message']}" in result.stderr


def test_dry_run_reports_without_writing(server: FakeNdex, site: Path) -> None:
    before = (site / "_figures" / f"{NEW}.md").read_bytes()
    result = upload(str(site / "_figures" / f"{NEW}.md"), "--dry-run", env=creds_env(server))
    assert result.exit_code == 0
    assert "would-create" in result.stdout
    assert server.live_networks() == [] and (site / "_figures" / f"{NEW}.md").read_bytes() == before


def test_password_from_stdin_and_localhost_rewrite(server: FakeNdex, site: Path) -> None:
    url = server.url.replace("127.0.0.1", "localhost")
    result = upload(str(site.parent / "seeds"), "--server", url, "--username", USER, "--password-stdin",
                    stdin=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert len(server.live_networks()) == 2


def test_password_from_config_file(server: FakeNdex, site: Path, tmp_path: Path) -> None:
    config = tmp_path / "ndex.ini"
    config.write_text(f"[ndex]\nserver = {server.url}\nusername = {USER}\npassword = {PASSWORD}\n")
    result = upload(str(site.parent / "seeds"), env={"PFOCR_NET_CONFIG": str(config)})
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("scenario", ["wrong-password", "echoing-proxy", "echoing-auth-header", "success"])
def test_password_never_in_output_or_logs(
    server: FakeNdex, site: Path, caplog: pytest.LogCaptureFixture, scenario: str
) -> None:
    caplog.set_level(logging.DEBUG)
    password = PASSWORD
    if scenario == "wrong-password":
        password = "Wrong-" + PASSWORD
    if scenario == "echoing-proxy":
        server.add_fault("*", "/", "status", status=500, times=None,
                         body={"errorCode": "NDEx_Exception", "message": f"bad request from {USER}:{PASSWORD}"})
    basic = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    if scenario == "echoing-auth-header":
        server.add_fault("*", "/", "status", status=400, times=None,
                         body={"errorCode": "NDEx_Bad_Request_Exception", "message": f"Authorization: Basic {basic}"})
    result = upload(str(site / "_figures" / f"{NEW}.md"), "--json", env=creds_env(server, password))
    assert result.exit_code == (0 if scenario == "success" else 1)
    text = result.stdout + result.stderr + caplog.text
    assert password not in text and PASSWORD not in text and basic not in text
    if scenario != "success":
        assert "HTTP" in result.stderr  # the failure is still explained


def test_plain_http_to_a_remote_host_is_refused(site: Path) -> None:
    result = upload(str(site), "--server", "http://ndex.example.org",
                    env={"NDEX_USERNAME": USER, "NDEX_PASSWORD": PASSWORD})
    assert result.exit_code == 1
    assert "refusing to send NDEx credentials over plain http" in result.stderr
    assert PASSWORD not in result.output


def test_missing_credentials_explain_where_to_set_them(site: Path) -> None:
    result = upload(str(site), "--server", "https://ndex.example.org")
    assert result.exit_code == 1
    assert "NDEX_USERNAME" in result.stderr and "--password-stdin" in result.stderr


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://www.ndexbio.org/", "https://www.ndexbio.org"),
        ("www.ndexbio.org", "https://www.ndexbio.org"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:9000", "http://127.0.0.1:9000"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_server_urls_are_normalized(given: str, expected: str) -> None:
    assert normalize_server(given) == expected


@pytest.mark.parametrize("bad", ["http://www.ndexbio.org", "ftp://x.org", "https://u:p@x.org", "https://localhost.example.org"])
def test_unsafe_server_urls_are_refused(bad: str) -> None:
    with pytest.raises(NdexError):
        normalize_server(bad)


def test_credential_sources_and_repr(tmp_path: Path) -> None:
    config = tmp_path / "c.ini"
    config.write_text("[ndex]\nusername = fromfile\npassword = filepw\nserver = https://test.ndexbio.org\n")
    env = {"PFOCR_NET_CONFIG": str(config)}
    assert load_credentials(env=env) == Credentials("fromfile", "filepw")
    assert load_credentials(env={**env, "NDEX_USERNAME": "envuser", "NDEX_PASSWORD": "envpw"}) == Credentials("envuser", "envpw")
    assert load_credentials("cli", "stdinpw", env=env) == Credentials("cli", "stdinpw")
    assert resolve_server(env=env) == "https://test.ndexbio.org"
    assert resolve_server(env={"PFOCR_NET_CONFIG": str(tmp_path / "none.ini")}) == "https://www.ndexbio.org"
    assert "filepw" not in repr(load_credentials(env=env))
