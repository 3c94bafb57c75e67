"""The local NDEx server behaves like the reference describes, as seen through the real ndex2 client."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
import requests
from ndex2.client import Ndex2
from ndex2.exceptions import NDExError, NDExNotFoundError, NDExUnauthorizedError
from ndex_server import FakeNdex, tiny_cx2


@pytest.fixture
def fake() -> Iterator[FakeNdex]:
    with FakeNdex() as server:
        server.add_user("alice", "pw-a")
        server.add_user("bob", "pw-b")
        yield server


def ndex(fake: FakeNdex, user: str = "alice", password: str = "pw-a", **kwargs: object) -> Ndex2:
    kwargs.setdefault("skip_version_check", True)
    return Ndex2(fake.url, username=user, password=password, **kwargs)  # type: ignore[arg-type]


def create(client: Ndex2, doc: list[dict[str, object]], visibility: str | None = None) -> str:
    url = client.save_cx2_stream_as_new_network(io.BytesIO(json.dumps(doc).encode()), visibility=visibility)
    return url.rsplit("/", 1)[-1]


def test_version_check_reads_the_status_endpoint(fake: FakeNdex) -> None:
    client = Ndex2(fake.url, username="alice", password="pw-a")
    assert client.version == "2.5.5" and client.version_endpoint == "/v2"


def test_create_processes_and_applies_visibility(fake: FakeNdex) -> None:
    client = ndex(fake)
    uuid = create(client, tiny_cx2("f1", nodes=3), visibility="PUBLIC")
    summary = client.get_network_summary(uuid)
    assert summary["name"] == "f1" and summary["nodeCount"] == 3 and summary["edgeCount"] == 2
    assert summary["visibility"] == "PUBLIC" and summary["completed"] and "errorMessage" not in summary
    assert {"predicateString": "pfocrId", "dataType": "string", "value": "f1", "subNetworkId": None} in summary["properties"]


def test_failed_update_wipes_the_network(fake: FakeNdex) -> None:
    client = ndex(fake)
    uuid = create(client, tiny_cx2("f1"), visibility="PUBLIC")
    client.update_cx2_network(io.BytesIO(b"[]"), uuid)  # accepted: validation happens later
    summary = client.get_network_summary(uuid)
    assert summary["errorMessage"].startswith("Expect '{'")
    assert "name" not in summary and summary["nodeCount"] == 0 and summary["visibility"] == "PRIVATE"
    with pytest.raises(NDExNotFoundError):
        client.get_network_as_cx2_stream(uuid)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop(), "Anticipated the beginning"),
        (lambda d: d[4]["nodes"][0].pop("y"), "One or more Coordinate values are missing"),
        (lambda d: d[5]["edges"][0].update(t=99), "missing elements in aspect nodes"),
        (lambda d: d[4]["nodes"][0]["v"].update(extra=1), "Attribute extra is not declared"),
        (lambda d: d[3]["networkAttributes"][0].update(pfocrId={"a": 1}), "Invalid data type for network attribute"),
    ],
)
def test_validation_messages_end_up_in_the_summary(fake: FakeNdex, mutate: object, message: str) -> None:
    doc = tiny_cx2("f1", nodes=3)
    mutate(doc)  # type: ignore[operator]
    client = ndex(fake)
    uuid = create(client, doc)
    assert message in client.get_network_summary(uuid)["errorMessage"]


def test_locks_until_processed(fake: FakeNdex) -> None:
    fake.processing = "manual"
    client = ndex(fake)
    uuid = create(client, tiny_cx2("f1"))
    with pytest.raises(NDExError, match="NDEx_Concurrent_Modification_Exception"):
        client.update_cx2_network(io.BytesIO(json.dumps(tiny_cx2("f1")).encode()), uuid)
    with pytest.raises(requests.HTTPError):
        client.make_network_public(uuid)
    assert client.get_network_summary(uuid)["completed"] is False
    fake.process(uuid)
    client.make_network_public(uuid)
    assert client.get_network_summary(uuid)["visibility"] == "PUBLIC"


def test_permissions_and_listing(fake: FakeNdex) -> None:
    alice, bob = ndex(fake), ndex(fake, "bob", "pw-b")
    uuid = create(alice, tiny_cx2("f1"))
    with pytest.raises(requests.HTTPError) as caught:
        bob.get_network_summary(uuid)
    assert caught.value.response.status_code == 401
    with pytest.raises(NDExUnauthorizedError):
        bob.update_cx2_network(io.BytesIO(json.dumps(tiny_cx2("f1")).encode()), uuid)
    assert [s["externalId"] for s in alice.get_user_network_summaries("alice")] == [uuid]
    with pytest.raises(requests.HTTPError):
        ndex(fake, "alice", "wrong").get_user_network_summaries("alice")


def test_properties_are_replaced_not_merged(fake: FakeNdex) -> None:
    client = ndex(fake)
    uuid = create(client, tiny_cx2("f1"))
    client.set_network_properties(uuid, [{"predicateString": "x", "dataType": "string", "value": "1", "subNetworkId": None}])
    assert [p["predicateString"] for p in client.get_network_summary(uuid)["properties"]] == ["x"]


def test_search_lags_behind_the_database(fake: FakeNdex) -> None:
    fake.index_lag = 3600
    client = ndex(fake)
    uuid = create(client, tiny_cx2("f1"), visibility="PUBLIC")
    assert client.search_networks("f1")["numFound"] == 0
    assert client.search_networks(uuid)["numFound"] == 1


def test_commit_then_drop_surfaces_as_connection_error(fake: FakeNdex) -> None:
    fake.add_fault("POST", r"^/v3/networks$", "commit_drop")
    client = ndex(fake)
    with pytest.raises(NDExError, match="ConnectionError"):
        create(client, tiny_cx2("f1"))
    assert len(fake.networks_for("f1")) == 1
