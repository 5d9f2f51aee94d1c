"""The channel's limits over real HTTP: per client address (whatever sender ids it uses),
per conversation and per process, with injected clocks and a stand-in for Rasa.

The channel is served by a real Sanic server on a free loopback port. Requests come from
127.0.0.1 (a trusted proxy by default, like nginx in the cluster profile) or from 127.0.0.2
and 127.0.0.3 (other loopback addresses, so untrusted peers: clients talking directly).
"""

from __future__ import annotations

import http.client
import itertools
import json
import uuid
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

import pytest
import yaml
from sanic import Sanic

from bot.channel import ADDRESS_LIMITED_REPLY, BUSY_REPLY, RATE_LIMITED_REPLY, WebInput
from bot.rate_limit import RateLimiter
from bot.redaction import redactor_for
from tests.danish import is_danish
from tests.web.conftest import serve

ROOT = Path(__file__).resolve().parents[2]
_apps = itertools.count()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def fake_rasa(message) -> None:
    await message.output_channel.send_text_message(message.sender_id, "svar")


def app_for(channel: WebInput) -> Sanic:
    app = Sanic(f"limits_test_{next(_apps)}")
    app.blueprint(channel.blueprint(fake_rasa), url_prefix="/webhooks/web")
    return app


def post(base: str, sender: Optional[str] = None, source: str = "127.0.0.1",
         forwarded_for: Optional[str] = None, message: str = "hej") -> Tuple[int, Any]:
    """POST one message from the loopback address ``source``; returns (status, JSON)."""
    host, port = base.rsplit("//", 1)[1].split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=20, source_address=(source, 0))
    headers: Dict[str, str] = {"Content-Type": "application/json"}
    if forwarded_for is not None:
        headers["X-Forwarded-For"] = forwarded_for
    body = json.dumps({"sender": sender or uuid.uuid4().hex, "message": message})
    try:
        conn.request("POST", "/webhooks/web/webhook", body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read().decode("utf-8"))
    finally:
        conn.close()


def lenient() -> RateLimiter:
    return RateLimiter(per_minute=1e6, burst=10_000, clock=FakeClock())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def address_limited(clock):
    """Per address: 60 at once, then 2 a second; the other limits out of the way."""
    channel = WebInput(sender_secret=b"k" * 32, redactor=redactor_for([], []),
                       per_address=RateLimiter(per_minute=120, burst=60, clock=clock),
                       per_conversation=lenient(), per_process=lenient())
    with serve(app_for(channel)) as base:
        yield base


def test_many_sender_ids_from_one_address_are_limited(address_limited, clock):
    results = [post(address_limited, source="127.0.0.2") for _ in range(65)]
    assert [s for s, _ in results[:60]] == [200] * 60
    assert {s for s, _ in results[60:]} == {429}
    assert results[60][1] == [{"text": ADDRESS_LIMITED_REPLY}]
    assert is_danish(ADDRESS_LIMITED_REPLY) and "112" in ADDRESS_LIMITED_REPLY
    # another address is not affected; the limited one gets 2 more a second
    assert post(address_limited, source="127.0.0.3")[0] == 200
    clock.now += 1.0
    assert [post(address_limited, source="127.0.0.2")[0] for _ in range(3)] == [200, 200, 429]


def test_a_client_cannot_escape_by_claiming_another_address(address_limited):
    """X-Forwarded-For from a peer that is not a trusted proxy is ignored."""
    statuses = [post(address_limited, source="127.0.0.2", forwarded_for=f"198.51.100.{i}")[0]
                for i in range(65)]
    assert statuses[:60] == [200] * 60 and set(statuses[60:]) == {429}


def test_behind_a_trusted_proxy_the_last_forwarded_address_counts(address_limited):
    # the client may put anything in front; the proxy's own entry is the last one
    statuses = [post(address_limited, forwarded_for=f"10.0.0.{i}, 203.0.113.7")[0]
                for i in range(65)]
    assert statuses[:60] == [200] * 60 and set(statuses[60:]) == {429}
    assert post(address_limited, forwarded_for="203.0.113.8")[0] == 200


def test_a_trusted_proxy_naming_no_client_is_a_local_tool_without_address_limit(
        address_limited):
    assert {post(address_limited)[0] for _ in range(80)} == {200}


def test_ipv6_clients_count_per_64_block(clock):
    channel = WebInput(sender_secret=b"k" * 32, redactor=redactor_for([], []),
                       per_address=RateLimiter(per_minute=60, burst=2, clock=clock),
                       per_conversation=lenient(), per_process=lenient())
    with serve(app_for(channel)) as base:
        statuses = [post(base, forwarded_for=f"2001:db8:1:2::{i:x}")[0] for i in range(1, 4)]
        assert statuses == [200, 200, 429]
        assert post(base, forwarded_for="2001:db8:1:3::1")[0] == 200


def test_the_address_is_kept_only_as_a_keyed_hash(address_limited):
    # the limiter's table is in the channel, reachable through the served app's blueprint
    channel = WebInput(sender_secret=b"k" * 32, redactor=redactor_for([], []))
    key = channel.addresses.key("127.0.0.1", "203.0.113.7")
    assert "203.0.113.7" not in key and key == channel.addresses.key("127.0.0.1", "203.0.113.7")
    other = WebInput(sender_secret=b"k" * 32, redactor=channel.redactor)
    assert other.addresses.key("127.0.0.1", "203.0.113.7") != key  # per-process key
    channel.per_address.allow(key)
    assert all("203.0.113" not in k for k in channel.per_address._buckets)


def test_one_conversation_is_still_limited_on_its_own(clock):
    channel = WebInput(sender_secret=b"k" * 32, redactor=redactor_for([], []),
                       per_conversation=RateLimiter(per_minute=20, burst=8, clock=clock),
                       per_address=lenient(), per_process=lenient())
    with serve(app_for(channel)) as base:
        statuses = [post(base, sender="same", source="127.0.0.2")[0] for _ in range(9)]
        assert statuses == [200] * 8 + [429]
        assert post(base, sender="same", source="127.0.0.2")[1] == [{"text": RATE_LIMITED_REPLY}]


# ------------------------------------------------------------------- process


def configured() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "credentials.yml").read_text())["bot.channel.WebInput"]


def test_configured_process_limit_is_one_and_a_half_times_measured_capacity(settings):
    """docs/performance.md: one Rasa process sustains about 60 messages/s."""
    credentials = configured()
    assert credentials["process_messages_per_minute"] / 60 == pytest.approx(1.5 * 60)
    channel = WebInput.from_settings(credentials, settings)
    assert channel.per_process.rate == pytest.approx(90.0)
    assert channel.per_process.burst == credentials["process_burst"]


def test_process_limit_triggers_above_its_rate_and_not_below():
    settings = configured()
    rate = settings["process_messages_per_minute"] / 60
    burst = settings["process_burst"]
    clock = FakeClock()
    limiter = RateLimiter(per_minute=settings["process_messages_per_minute"], burst=burst,
                          clock=clock)
    # at the configured rate for a minute: nothing refused
    for _ in range(int(rate) * 60):
        clock.now += 1 / rate
        assert limiter.allow()
    # at twice the rate the burst is used up after burst / (2 * rate - rate) seconds
    over = 2 * rate
    refused_at = None
    for i in range(int(over) * 60):
        clock.now += 1 / over
        if not limiter.allow():
            refused_at = (i + 1) / over
            break
    assert refused_at == pytest.approx(burst / (over - rate), abs=0.1)


def test_at_the_configured_process_rate_a_danish_429_comes_back(settings):
    """Over HTTP with the credentials.yml settings: many people (each its own address and
    conversation) at once get the process's burst, then its rate per second, then a 429."""
    process = settings
    settings = configured()
    channel = WebInput.from_settings(settings, process)
    clock = FakeClock()
    for limiter in (channel.per_process, channel.per_address, channel.per_conversation):
        limiter.clock = clock
    channel.sender_secret = b"k" * 32
    rate = settings["process_messages_per_minute"] / 60
    people = (f"198.51.{i // 250}.{i % 250 + 1}" for i in itertools.count())
    with serve(app_for(channel)) as base:
        first = [post(base, forwarded_for=next(people)) for _ in range(settings["process_burst"])]
        assert {status for status, _ in first} == {200}
        status, replies = post(base, forwarded_for=next(people))
        assert status == 429 and replies == [{"text": BUSY_REPLY}]
        assert is_danish(BUSY_REPLY) and "112" in BUSY_REPLY
        clock.now += 1.0
        second = [post(base, forwarded_for=next(people))[0] for _ in range(int(rate) + 1)]
        assert second == [200] * int(rate) + [429]


def test_refusals_per_address_use_up_nothing_of_the_process(clock):
    process = RateLimiter(per_minute=60, burst=5, clock=clock)
    channel = WebInput(sender_secret=b"k" * 32, redactor=redactor_for([], []),
                       per_address=RateLimiter(per_minute=60, burst=2, clock=clock),
                       per_conversation=lenient(), per_process=process)
    with serve(app_for(channel)) as base:
        statuses = [post(base, source="127.0.0.2")[0] for _ in range(20)]
        assert statuses == [200, 200] + [429] * 18
        # the process has used 2 of its 5: 3 more from other addresses, then it is busy
        assert [post(base, source="127.0.0.3")[0] for _ in range(2)] == [200, 200]
        assert post(base, source="127.0.0.4")[0] == 200
        assert post(base, source="127.0.0.4") == (429, [{"text": BUSY_REPLY}])


def test_forget_counts_against_the_address_too(address_limited):
    host, port = address_limited.rsplit("//", 1)[1].split(":")

    def forget():
        conn = http.client.HTTPConnection(host, int(port), timeout=20,
                                          source_address=("127.0.0.2", 0))
        try:
            conn.request("POST", "/webhooks/web/forget",
                         body=json.dumps({"sender": uuid.uuid4().hex}))
            resp = conn.getresponse()
            return resp.status, json.loads(resp.read())
        finally:
            conn.close()

    results = [forget() for _ in range(61)]
    assert results[:60] == [(200, {"forgotten": True})] * 60
    assert results[60] == (429, {"forgotten": False})
    assert post(address_limited, source="127.0.0.2")[0] == 429  # one budget per address
