"""One Rasa server whose action server hangs: the channel's reply timeout answers in Danish.

Rasa waits up to 300 s for an action server; the channel bounds that by
``reply_timeout_seconds`` (set to 3 s here in a copy of credentials.yml). The action server
is a stand-in in this process that accepts the call and never answers in time. Rasa runs
on 5407 with the same flags as scripts/services.sh; the stand-in listens on 5457.
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.cluster.helpers import FALLBACK, ROOT, get, post, texts
from tests.danish import is_danish

RASA_PORT, ACTIONS_PORT = 5407, 5457
URL = f"http://127.0.0.1:{RASA_PORT}/webhooks/web"
VAR_DIR = ROOT / "var" / "faults-test"
REPLY_TIMEOUT = 3


class HangingActionServer(BaseHTTPRequestHandler):
    """Accepts every action call and answers only after 60 s (or when stopped)."""

    release = threading.Event()
    calls = 0

    def do_GET(self):  # health
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'{"status": "ok"}')

    def do_POST(self):
        type(self).calls += 1
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.release.wait(60)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"events": [], "responses": []}')
        except OSError:  # Rasa gave up on us long ago
            pass

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture(scope="module")
def server():
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    actions = ThreadingHTTPServer(("127.0.0.1", ACTIONS_PORT), HangingActionServer)
    actions.daemon_threads = True
    threading.Thread(target=actions.serve_forever, daemon=True).start()
    credentials = VAR_DIR / "credentials.yml"
    credentials.write_text((ROOT / "credentials.yml").read_text().replace(
        "reply_timeout_seconds: 15", f"reply_timeout_seconds: {REPLY_TIMEOUT}"))
    assert f"reply_timeout_seconds: {REPLY_TIMEOUT}" in credentials.read_text()
    endpoints = VAR_DIR / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace(
        "127.0.0.1:5055", f"127.0.0.1:{ACTIONS_PORT}"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2",
           "RASA_TELEMETRY_ENABLED": "false", "SANIC_REQUEST_MAX_SIZE": "262144"}
    env.pop("REDIS_URL", None)
    log = open(VAR_DIR / "rasa.log", "w")
    rasa = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "python"), "-m", "bot", "run", "--model", str(ROOT / "models" /
         "current.tar.gz"), "--interface", "127.0.0.1", "--port", str(RASA_PORT),
         "--credentials", str(credentials), "--endpoints", str(endpoints),
         "--cors", "http://localhost:8080"], cwd=ROOT, env=env, stdout=log,
        stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            try:
                if get(URL + "/", timeout=2)[0] == 200:
                    break
            except OSError:
                pass
            assert rasa.poll() is None, (VAR_DIR / "rasa.log").read_text()[-3000:]
            time.sleep(1)
        else:
            pytest.fail("Rasa did not start: " + (VAR_DIR / "rasa.log").read_text()[-3000:])
        yield
    finally:
        rasa.terminate()
        try:
            rasa.wait(20)
        except subprocess.TimeoutExpired:
            rasa.kill()
            rasa.wait(10)
        log.close()
        HangingActionServer.release.set()
        actions.shutdown()
        actions.server_close()


def timed_say(message, sender, municipality="vejle"):
    began = time.monotonic()
    status, replies = post(URL + "/webhook", {"sender": sender, "message": message,
                                              "metadata": {"municipality": municipality}})
    return status, replies, time.monotonic() - began


def test_hanging_action_server_gets_a_danish_answer_within_the_timeout(server):
    calls_before = HangingActionServer.calls
    status, replies, seconds = timed_say("hvad er jeres telefonnummer", uuid.uuid4().hex)
    assert status == 200 and FALLBACK in texts(replies) and "76 81 90 00" in texts(replies)
    assert is_danish(texts(replies))
    assert HangingActionServer.calls > calls_before  # Rasa really was waiting for it
    assert REPLY_TIMEOUT - 0.5 < seconds < REPLY_TIMEOUT + 5


def test_the_abandoned_message_does_not_block_its_conversation(server):
    sender = uuid.uuid4().hex
    timed_say("hvad er jeres adresse", sender)  # times out, its processing is cancelled
    # the crisis answer needs no action server: it comes at once if the lock was released
    status, replies, seconds = timed_say("jeg vil ikke leve mere", sender)
    assert status == 200 and "112" in texts(replies)
    assert seconds < REPLY_TIMEOUT


def test_the_timeout_is_logged_without_the_message(server):
    timed_say("min søn ryger hash og jeg er bekymret", uuid.uuid4().hex)
    log = (VAR_DIR / "rasa.log").read_text()
    assert "no reply within 3 s" in log
    assert "bekymret" not in log


@pytest.mark.parametrize("raw,expected", [
    (b"[" * 60000, 400), (b"{" * 60000, 400), (b"\xff\xfe", 400), (b"[1, 2]", 400),
    (json.dumps({"sender": "x", "message": "a" * 300_000}).encode(), 413),
    (json.dumps({"sender": "x", "message": "a" * 70_000}).encode(), 413),
])
def test_malformed_and_oversize_requests_are_4xx(server, raw, expected):
    assert post(URL + "/webhook", raw=raw)[0] == expected


@pytest.mark.parametrize("raw", [b"[" * 60000, b"not json", b'{"sender": 5}'])
def test_malformed_forget_requests_are_400(server, raw):
    assert post(URL + "/forget", raw=raw)[0] == 400


def test_wrong_method_is_405(server):
    assert get(URL + "/webhook")[0] == 405
