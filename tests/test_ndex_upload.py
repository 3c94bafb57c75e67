"""The uploader against the local NDEx server, through the real ndex2 client over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ndex_server import FakeNdex, copy_fixtures, tiny_cx2

from pfocr_net.api import FigureNetwork, iter_figures
from pfocr_net.credentials import Credentials
from pfocr_net.ndex import (
    HASH_ATTRIBUTE,
    NdexClient,
    Uploader,
    UploadOptions,
    UploadResult,
)
from pfocr_net.records import read_record
from pfocr_net.writeback import read_ndex_map

USER, PASSWORD = "curator", "pa55-w0rd!"
NAMED = "PMC5381059__12929_2017_329_Fig1_HTML"
NAMED_UUID = "a6df5dd4-de8e-11ea-99da-0ac135e8bacf"
NEW = "PMC10029719__cs3c00075_0011"


@pytest.fixture
def server() -> Iterator[FakeNdex]:
    with FakeNdex() as fake:
        fake.add_user(USER, PASSWORD)
        fake.add_user("pfocr", "other-secret")
        fake.index_lag = 3600  # search never sees new networks: discovery must not rely on it
        yield fake


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_fixtures(tmp_path) / "site"


def client(server: FakeNdex, timeout: float = 10.0) -> NdexClient:
    return NdexClient(server.url, Credentials(USER, PASSWORD), call_timeout=timeout)


def run(server: FakeNdex, figures: list[Any], timeout: float = 10.0, **options: Any) -> list[UploadResult]:
    options.setdefault("backoff", 0.01)
    options.setdefault("wait_timeout", 20.0)
    return Uploader(client(server, timeout), UploadOptions(**options)).run(figures)


def figures(*paths: Path) -> list[FigureNetwork]:
    items = list(iter_figures(paths))
    assert all(isinstance(item, FigureNetwork) for item in items), items
    return items  # type: ignore[return-value]


def by_figid(results: list[UploadResult]) -> dict[str, UploadResult]:
    return {r.figid: r for r in results}


def seed_named(server: FakeNdex, owner: str = USER, figid: str | None = None) -> None:
    """Give the fixture's recorded UUID to a network on the server."""
    server.add_network(owner, tiny_cx2(figid or NAMED, name="old"))
    net = server.networks.popitem()[1]
    net.uuid = NAMED_UUID
    server.networks[NAMED_UUID] = net


def test_create_writes_the_uuid_back_and_reports_a_link(server: FakeNdex, site: Path) -> None:
    path = site / "_figures" / f"{NEW}.md"
    before = path.read_bytes()
    (result,) = run(server, figures(path), visibility="UNLISTED")
    assert result.action == "created"
    assert result.url == f"{server.url}/viewer/networks/{result.uuid}"
    (net,) = server.networks_for(NEW)
    assert net.uuid == result.uuid and net.visibility == "UNLISTED" and net.error is None
    assert read_record(path).ndex == result.uuid
    changed = [(a, b) for a, b in zip(before.splitlines(), path.read_bytes().splitlines()) if a != b]
    assert changed == [(b"ndex: ''", f"ndex: {result.uuid}".encode())]
    assert read_ndex_map(site)[NEW] == result.uuid


def test_rerun_is_unchanged_and_sends_nothing(server: FakeNdex, site: Path) -> None:
    run(server, figures(site))
    seed_count = len(server.live_networks())
    writes = len(server.requests("POST", "/v3/networks")) + len(server.requests("PUT", "/v3/networks"))
    results = run(server, figures(site))
    assert {r.action for r in results if r.figid != NAMED} == {"unchanged"}
    assert len(server.live_networks()) == seed_count
    assert len(server.requests("POST", "/v3/networks")) + len(server.requests("PUT", "/v3/networks")) == writes


def test_record_uuid_is_updated_in_place(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    path = site / "_figures" / f"{NAMED}.md"
    before = path.read_bytes()
    (result,) = run(server, figures(path))
    assert (result.action, result.uuid) == ("updated", NAMED_UUID)
    assert len(server.live_networks()) == 1
    net = server.networks[NAMED_UUID]
    assert net.name != "old" and net.node_count > 2
    assert path.read_bytes() == before  # UUID unchanged: nothing to write


def test_network_found_by_pfocr_id_is_updated_and_written_back(server: FakeNdex, site: Path) -> None:
    first = run(server, figures(site / "_figures" / f"{NEW}.md"), write_back=False)[0]
    assert read_record(site / "_figures" / f"{NEW}.md").ndex == ""
    (figure,) = figures(site / "_figures" / f"{NEW}.md")
    for aspect in figure.cx2:
        if "networkAttributes" in aspect:
            aspect["networkAttributes"][0]["description"] = "revised"
    (result,) = run(server, [figure])
    assert (result.action, result.uuid) == ("updated", first.uuid)
    assert len(server.networks_for(NEW)) == 1
    assert read_record(site / "_figures" / f"{NEW}.md").ndex == first.uuid


def test_stale_uuid_fails_clearly_then_as_new_creates(server: FakeNdex, site: Path) -> None:
    path = site / "_figures" / f"{NAMED}.md"
    (result,) = run(server, figures(path))
    assert result.action == "failed"
    assert NAMED in result.message and NAMED_UUID in result.message
    assert "not found" in result.message and "--as-new" in result.message
    assert server.live_networks() == []
    (result,) = run(server, figures(path), as_new=True)
    assert result.action == "created"
    assert read_record(path).ndex == result.uuid
    assert read_ndex_map(site)[NAMED] == result.uuid


def test_someone_elses_network_is_never_overwritten(server: FakeNdex, site: Path) -> None:
    seed_named(server, owner="pfocr")
    server.networks[NAMED_UUID].visibility = "PUBLIC"
    modified = server.networks[NAMED_UUID].modified
    path = site / "_figures" / f"{NAMED}.md"
    (result,) = run(server, figures(path))
    assert result.action == "failed"
    assert "belongs to account pfocr" in result.message and NAMED in result.message
    assert server.networks[NAMED_UUID].modified == modified and server.networks[NAMED_UUID].name == "old"
    assert len(server.live_networks()) == 1


def test_private_network_of_another_account_is_reported(server: FakeNdex, site: Path) -> None:
    seed_named(server, owner="pfocr")
    (result,) = run(server, figures(site / "_figures" / f"{NAMED}.md"))
    assert result.action == "failed" and "not readable" in result.message


def test_uuid_of_another_figure_is_refused(server: FakeNdex, site: Path) -> None:
    seed_named(server, figid="PMC1__other")
    (result,) = run(server, figures(site / "_figures" / f"{NAMED}.md"))
    assert result.action == "failed"
    assert "network of figure PMC1__other" in result.message
    assert server.networks[NAMED_UUID].name == "old"


@pytest.mark.parametrize("action", ["commit_drop", "commit_status"])
def test_lost_create_answer_does_not_duplicate(server: FakeNdex, site: Path, action: str) -> None:
    server.add_fault("POST", r"^/v3/networks$", action, status=504)
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"))
    assert result.action == "created"
    assert len(server.requests("POST", r"^/v3/networks$")) == 1
    (net,) = server.networks_for(NEW)
    assert result.uuid == net.uuid
    assert read_record(site / "_figures" / f"{NEW}.md").ndex == net.uuid


@pytest.mark.parametrize(("timeout", "delay"), [(0.4, 0.6), (0.3, 1.2)])
def test_slow_create_past_the_deadline_does_not_duplicate(server: FakeNdex, site: Path, timeout: float, delay: float) -> None:
    # (0.4, 0.6): the late answer arrives within one more deadline; (0.3, 1.2): found in the account listing
    server.add_fault("POST", r"^/v3/networks$", "delay", delay=delay)
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"), timeout=timeout, backoff=0.5)
    assert result.action == "created"
    assert len(server.requests("POST", r"^/v3/networks$")) == 1
    assert [n.uuid for n in server.networks_for(NEW)] == [result.uuid]


def test_dropped_request_without_commit_is_retried(server: FakeNdex, site: Path) -> None:
    server.add_fault("POST", r"^/v3/networks$", "drop")
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"))
    assert result.action == "created"
    assert len(server.requests("POST", r"^/v3/networks$")) == 2
    assert len(server.networks_for(NEW)) == 1


def test_lock_errors_are_retried(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    lock = {"errorCode": "NDEx_Concurrent_Modification_Exception",
            "message": "This network is currently locked by another updating process. Please try again."}
    server.add_fault("PUT", r"^/v3/networks/", "status", status=500, body=lock, times=2)
    (result,) = run(server, figures(site / "_figures" / f"{NAMED}.md"))
    assert result.action == "updated"
    assert len(server.requests("PUT", r"^/v3/networks/")) == 3


def test_waits_for_server_processing_before_settings(server: FakeNdex, site: Path) -> None:
    server.processing, server.polls = "polls", 3
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"), visibility="PUBLIC")
    assert result.action == "created"
    net = server.networks[result.uuid]
    assert net.visibility == "PUBLIC" and net.completed
    assert not [e for e in server.requests("PUT", "systemproperty") if e["status"] != 204]


@pytest.mark.parametrize("status", [401, 403])
def test_definite_refusals_are_not_retried(server: FakeNdex, site: Path, status: int) -> None:
    server.add_fault("POST", r"^/v3/networks$", "status", status=status,
                     body={"errorCode": "NDEx_Unauthorized_Operation_Exception", "message": "no"}, times=None)
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"))
    assert result.action == "failed" and f"HTTP {status}" in result.message
    assert len(server.requests("POST", r"^/v3/networks$")) == 1
    assert read_record(site / "_figures" / f"{NEW}.md").ndex == ""


def test_invalid_network_is_refused_before_any_upload(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    (figure,) = figures(site / "_figures" / f"{NAMED}.md")
    for aspect in figure.cx2:
        if "nodes" in aspect:
            aspect["nodes"][0]["x"] = float("nan")
    (result,) = run(server, [figure])
    assert result.action == "failed" and "invalid CX2" in result.message
    assert server.requests("PUT") == [] and server.networks[NAMED_UUID].name == "old"


def test_dry_run_changes_nothing(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    results = by_figid(run(server, figures(site), dry_run=True))
    assert results[NAMED].action == "would-update" and results[NEW].action == "would-create"
    assert server.requests("POST", "/v3/") == [] and server.requests("PUT") == []
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before


def test_interrupted_batch_resumes_without_duplicates(server: FakeNdex, site: Path) -> None:
    inputs = [site, site.parent / "seeds"]
    done: list[UploadResult] = []

    def stop_after_two(result: UploadResult) -> None:
        done.append(result)
        if len(done) == 2:
            raise KeyboardInterrupt

    uploader = Uploader(client(server), UploadOptions(backoff=0.01, as_new=True))
    with pytest.raises(KeyboardInterrupt):
        uploader.run(figures(*inputs), on_result=stop_after_two)
    assert [r.action for r in done] == ["created", "created"]
    results = run(server, figures(*inputs), as_new=True)
    actions = {r.figid: r.action for r in results}
    assert [actions[r.figid] for r in done] == ["unchanged", "unchanged"]
    # figures finished before the interruption (including one already in flight) are not redone
    assert set(actions.values()) == {"created", "unchanged"}
    assert sum(a == "created" for a in actions.values()) == 5 - sum(
        1 for r in results if r.action == "unchanged"
    )
    for result in results:
        assert [n.uuid for n in server.networks_for(result.figid)] == [result.uuid]
    assert len(server.live_networks()) == 5


def test_crash_before_write_back_is_recovered_on_rerun(server: FakeNdex, site: Path) -> None:
    first = by_figid(run(server, figures(site.parent / "seeds"), write_back=False, jobs=2))
    again = run(server, figures(site.parent / "seeds"), jobs=2)
    assert {r.action for r in again} == {"unchanged"}
    for result in again:
        assert result.uuid == first[result.figid].uuid
        assert read_record(Path(result.path)).ndex == result.uuid
    assert len(server.live_networks()) == 2


@pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning")
def test_concurrent_batch_with_network_set(server: FakeNdex, site: Path) -> None:
    results = run(server, figures(site, site.parent / "seeds"), jobs=4, as_new=True, networkset="PFOCR test",
                  index_level="META")
    assert {r.action for r in results} == {"created"}
    (item,) = server.sets.values()
    assert item.name == "PFOCR test" and sorted(item.members) == sorted(r.uuid for r in results)
    assert {server.networks[r.uuid].index_level for r in results} == {"META"}
    assert len(read_ndex_map(site)) == 6 + 2  # fixture lines plus the two new site figures


def test_content_hash_is_stored_on_the_network(server: FakeNdex, site: Path) -> None:
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"))
    props = {p["predicateString"]: p["value"] for p in server.networks[result.uuid].properties}
    assert props["pfocrId"] == NEW and props[HASH_ATTRIBUTE].startswith("sha256:")


def _loads_receive(server: FakeNdex, raw: bytes) -> None:
    """Make the server process ``raw`` instead of whatever CX2 was uploaded."""
    original = server._load

    def failing_load(net: Any) -> None:
        net.raw = raw
        original(net)

    server._load = failing_load  # type: ignore[method-assign]


def test_failed_server_load_of_an_update_is_reported(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    _loads_receive(server, b"[]")
    (result,) = run(server, figures(site / "_figures" / f"{NAMED}.md"))
    assert result.action == "failed"
    assert "failed to load the update" in result.message and "Expect '{'" in result.message


def test_failed_server_load_of_a_new_network_leaves_nothing_behind(server: FakeNdex, site: Path) -> None:
    _loads_receive(server, b'[{"CXVersion": "2.0"}]')
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"))
    assert result.action == "failed" and "failed to load the new network" in result.message
    assert server.live_networks() == []
    assert read_record(site / "_figures" / f"{NEW}.md").ndex == ""


def test_network_still_loading_from_an_earlier_run_is_found(server: FakeNdex, site: Path) -> None:
    server.processing = "manual"
    first = run(server, figures(site / "_figures" / f"{NEW}.md"), write_back=False, wait_timeout=0.2)[0]
    assert first.action == "failed" and "still processing" in first.message
    (net,) = server.live_networks()
    server.processing, server.polls, net.polls_left = "polls", 2, 2
    (result,) = run(server, figures(site / "_figures" / f"{NEW}.md"))
    assert (result.action, result.uuid) == ("unchanged", net.uuid)
    assert len(server.live_networks()) == 1


def test_dropped_reads_are_retried(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    server.add_fault("GET", r"/summary$", "drop", times=2)
    server.add_fault("GET", r"/networksummary$", "status", status=502, times=1)
    results = by_figid(run(server, figures(site)))
    assert {r.action for r in results.values()} == {"created", "updated"}
    assert len(server.live_networks()) == 3


def test_read_only_network_is_updated_and_made_read_only_again(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    server.networks[NAMED_UUID].read_only = True
    (result,) = run(server, figures(site / "_figures" / f"{NAMED}.md"))
    assert result.action == "updated"
    assert server.networks[NAMED_UUID].read_only is True and server.networks[NAMED_UUID].name != "old"


def test_lost_update_answer_is_not_resent(server: FakeNdex, site: Path) -> None:
    seed_named(server)
    server.add_fault("PUT", r"^/v3/networks/", "commit_drop")
    (result,) = run(server, figures(site / "_figures" / f"{NAMED}.md"))
    assert result.action == "updated"
    assert len(server.requests("PUT", r"^/v3/networks/")) == 1


@pytest.mark.filterwarnings("ignore:.*deprecated:DeprecationWarning")
def test_failed_setting_still_records_the_uuid(server: FakeNdex, site: Path) -> None:
    fault = server.add_fault("POST", r"/members$", "status", status=500, times=None,
                             body={"errorCode": "NDEx_Exception", "message": "set storage offline"})
    path = site / "_figures" / f"{NEW}.md"
    (result,) = run(server, figures(path), networkset="PFOCR")
    assert result.action == "failed" and "set storage offline" in result.message
    assert result.uuid and read_record(path).ndex == result.uuid
    fault.times = 0
    (again,) = run(server, figures(path), networkset="PFOCR")
    assert (again.action, again.uuid) == ("unchanged", result.uuid)
    (item,) = server.sets.values()
    assert item.members == [result.uuid]


def test_own_network_listing_pages_through_everything_and_skips_shared(server: FakeNdex) -> None:
    mine = {server.add_network(USER, tiny_cx2(f"f{i}")) for i in range(5)}
    shared = server.add_network("pfocr", tiny_cx2("theirs"))
    server.networks[shared].grants[server.user_id(USER)] = "READ"
    listed = [s["externalId"] for s in client(server).own_summaries(page=2)]
    assert sorted(listed) == sorted(mine)
