"""Staff view over real HTTP: bearer token required, only time/offer/code end/status shown."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
import requests

from booking.codes import CodeHasher, code_tail
from booking.staff import staff_blueprint
from booking.store import NewSlot, SqlBookingRepository
from core.hours import COPENHAGEN
from tests.booking.conftest import NOW, PEPPER

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "staff-token-" + "x7" * 16
DAY = "2026-12-01"                      # a Tuesday
AT_14 = datetime(2026, 12, 1, 14, 0, tzinfo=COPENHAGEN)
AT_15 = datetime(2026, 12, 1, 15, 0, tzinfo=COPENHAGEN)
CODES = {"first": "K7QM3XPD", "second": "ABCD2345", "cancelled": "ZZZZ9999",
         "elsewhere": "MMMM7777"}
BOOKING_KEYS = {"id", "time", "offer", "code_end", "status"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, url: str, token: str, log: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {**os.environ, "PYTHONPATH": str(ROOT), "STAFF_TOKEN": token}
        self._out = log.open("wb")
        self.process = subprocess.Popen([sys.executable, "-m", "tests.booking.staff_app", url,
                                         str(self.port)], cwd=ROOT, env=env,
                                        stdout=self._out, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                requests.get(f"{self.base}/staff/bookings", timeout=2)
                return
            except requests.ConnectionError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.2)
        self.stop()
        pytest.fail("staff test server did not start:\n" + log.read_text()[-2000:])

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._out.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    directory = tmp_path_factory.mktemp("staff")
    url = f"sqlite:///{directory / 'booking.sqlite3'}"
    repo = SqlBookingRepository.open(url)
    hasher = CodeHasher(PEPPER)
    repo.add_slots([NewSlot("skanderborg", "ungeraadgivningen_raadgivning", AT_14, 45),
                    NewSlot("skanderborg", "aaben_raadgivning", AT_15, 45),
                    NewSlot("skanderborg", "aaben_raadgivning", AT_15.replace(hour=16), 45),
                    NewSlot("sonderborg", "aaben_raadgivning", AT_14, 30)])
    slots = {(s.centre, s.starts_at.astimezone(COPENHAGEN).hour): s
             for centre in ("skanderborg", "sonderborg")
             for offer in ("ungeraadgivningen_raadgivning", "aaben_raadgivning")
             for s in repo.free_slots(centre, offer, NOW, 10)}
    for name, key in (("first", ("skanderborg", 14)), ("second", ("skanderborg", 15)),
                      ("cancelled", ("skanderborg", 16)), ("elsewhere", ("sonderborg", 14))):
        code = CODES[name]
        repo.book(slots[key].id, hasher.digest(code), code_tail(code), now=NOW, not_before=NOW)
    repo.cancel(hasher.digest(CODES["cancelled"]), NOW)
    yield repo, url, directory, hasher
    repo.close()


@pytest.fixture(scope="module")
def server(store):
    _, url, directory, _ = store
    running = Server(url, TOKEN, directory / "server.log")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def server_without_token(store):
    _, url, directory, _ = store
    running = Server(url, "", directory / "server-no-token.log")
    yield running
    running.stop()


def auth(token=TOKEN):
    return {"Authorization": f"Bearer {token}"}


def listing(server, **params):
    return requests.get(f"{server.base}/staff/bookings",
                        params={"centre": "skanderborg", "date": DAY, **params},
                        headers={**auth(), "Accept": "application/json"}, timeout=10)


@pytest.mark.parametrize("headers,params", [
    ({}, {}),
    ({"Authorization": "Bearer wrong-token-but-long-enough"}, {}),
    ({"Authorization": f"Bearer {TOKEN}x"}, {}),
    ({"Authorization": f"Basic {TOKEN}"}, {}),
    ({"Authorization": "Bearer "}, {}),
    ({}, {"token": TOKEN}),                 # never from the query string
    ({}, {"access_token": TOKEN}),
])
def test_token_required(server, headers, params):
    resp = requests.get(f"{server.base}/staff/bookings",
                        params={"centre": "skanderborg", "date": DAY, **params},
                        headers=headers, timeout=10)
    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert "K7" not in resp.text and "PD" not in resp.text


def test_without_a_configured_token_everything_is_401(server_without_token):
    for headers in ({}, auth(""), auth(TOKEN), auth("anything-at-all-here")):
        resp = requests.get(f"{server_without_token.base}/staff/bookings",
                            params={"centre": "skanderborg", "date": DAY}, headers=headers,
                            timeout=10)
        assert resp.status_code == 401
    resp = requests.post(f"{server_without_token.base}/staff/bookings/1",
                         json={"status": "attended"}, headers=auth(TOKEN), timeout=10)
    assert resp.status_code == 401


def test_json_lists_only_time_offer_code_end_and_status(server, store):
    _, _, _, hasher = store
    resp = listing(server)
    assert resp.status_code == 200 and resp.headers["Cache-Control"] == "no-store"
    body = resp.json()
    assert set(body) == {"centre", "date", "bookings"}
    assert all(set(b) == BOOKING_KEYS for b in body["bookings"])
    assert [(b["time"], b["code_end"], b["status"]) for b in body["bookings"]] == [
        ("14:00", "PD", "booked"), ("15:00", "45", "booked")]
    assert body["bookings"][0]["offer"] == "Rådgivning og information i Ungerådgivningen"
    for code in CODES.values():
        assert code not in resp.text and code[:4] not in resp.text
        assert hasher.digest(code) not in resp.text


def test_format_json_parameter(server):
    resp = requests.get(f"{server.base}/staff/bookings",
                        params={"centre": "skanderborg", "date": DAY, "format": "json"},
                        headers=auth(), timeout=10)
    assert resp.headers["Content-Type"].startswith("application/json")
    assert len(resp.json()["bookings"]) == 2


def test_other_centres_and_days_are_separate(server):
    assert [b["code_end"] for b in listing(server, centre="sonderborg").json()["bookings"]] == ["77"]
    assert listing(server, date="2026-12-02").json()["bookings"] == []


def test_html_page(server, store):
    _, _, _, hasher = store
    resp = requests.get(f"{server.base}/staff/bookings",
                        params={"centre": "skanderborg", "date": DAY}, headers=auth(), timeout=10)
    assert resp.status_code == 200 and resp.headers["Content-Type"].startswith("text/html")
    assert "Skanderborg Rusmiddelcenter" in resp.text and "tirsdag 1. december 2026" in resp.text
    assert "…PD" in resp.text and "14.00" in resp.text
    assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    for code in CODES.values():
        assert code not in resp.text and hasher.digest(code) not in resp.text
    assert "…99" not in resp.text  # the cancelled one


@pytest.mark.parametrize("params", [{"centre": "Skanderborg!"}, {"centre": ""},
                                    {"date": "1-12-2026"}, {"date": "2026-13-01"}])
def test_bad_parameters(server, params):
    assert listing(server, **params).status_code == 400


def test_staff_mark_attended_and_no_show(server, store):
    repo, _, _, hasher = store
    first = repo.find(hasher.digest(CODES["first"]))
    url = f"{server.base}/staff/bookings/{first.id}"
    resp = requests.post(url, json={"status": "attended"}, headers=auth(), timeout=10)
    assert resp.status_code == 200 and resp.json() == {"id": first.id, "status": "attended"}
    assert repo.find(hasher.digest(CODES["first"])).status == "attended"
    resp = requests.post(url, data={"status": "no_show", "centre": "skanderborg", "date": DAY},
                         headers=auth(), allow_redirects=False, timeout=10)
    assert resp.status_code == 303
    assert resp.headers["Location"] == f"/staff/bookings?centre=skanderborg&date={DAY}"
    assert repo.find(hasher.digest(CODES["first"])).status == "no_show"
    requests.post(url, json={"status": "booked"}, headers=auth(), timeout=10)
    assert repo.find(hasher.digest(CODES["first"])).status == "booked"


def test_staff_cannot_mark_without_token_or_with_bad_values(server, store):
    repo, _, _, hasher = store
    first = repo.find(hasher.digest(CODES["first"]))
    cancelled = repo.find(hasher.digest(CODES["cancelled"]))
    base = f"{server.base}/staff/bookings"
    assert requests.post(f"{base}/{first.id}", json={"status": "attended"},
                         timeout=10).status_code == 401
    assert requests.post(f"{base}/{first.id}", json={"status": "cancelled"},
                         headers=auth(), timeout=10).status_code == 400
    assert requests.post(f"{base}/{first.id}", json={}, headers=auth(), timeout=10).status_code == 400
    assert requests.post(f"{base}/{cancelled.id}", json={"status": "attended"},
                         headers=auth(), timeout=10).status_code == 404
    assert requests.post(f"{base}/999999", json={"status": "attended"},
                         headers=auth(), timeout=10).status_code == 404
    assert repo.find(hasher.digest(CODES["first"])).status == "booked"


def test_token_never_reaches_the_log(server, server_without_token):
    listing(server)
    requests.get(f"{server.base}/staff/bookings", headers=auth("wrong-token-but-long-enough"),
                 timeout=10)
    time.sleep(0.3)
    for log in (server.log, server_without_token.log):
        text = log.read_text(errors="replace")
        assert "DEBUG" in text  # the server logged at DEBUG level, and still no token
        assert TOKEN not in text and "wrong-token-but-long-enough" not in text


def test_short_tokens_are_refused(store):
    repo = store[0]
    with pytest.raises(ValueError):
        staff_blueprint(repo, "short")
    assert staff_blueprint(repo, None) is not None
