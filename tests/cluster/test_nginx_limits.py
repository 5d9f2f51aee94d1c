"""nginx's limit per client address, for real: the cluster profile's config rendered by
``scripts/cluster.sh nginx_config`` (and checked with ``nginx -t``), run in front of two
stand-in Rasa servers that echo what they receive. No model, Redis or Rasa is needed.

Requests come from 127.0.0.1 (a TLS proxy on the host, or a local tool when it sends no
X-Forwarded-For) or from 127.0.0.2 (another loopback address: a client nginx does not trust).
Skips with a printed reason where nginx cannot be installed.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import socket
import subprocess
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Optional, Tuple

import pytest

from bot.channel import ADDRESS_LIMITED_REPLY
from tests.cluster.helpers import ROOT, alive, missing_programs, pid_of, run_script
from tests.danish import is_danish

VAR_DIR = ROOT / "var" / "nginx-limits-test"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
UPSTREAM_429 = [{"text": "Du skriver hurtigere, end jeg kan nå at svare."}]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EchoRasa(BaseHTTPRequestHandler):
    """Answers every message with the X-Forwarded-For it was given; a message "429" gets
    the channel's own kind of 429, which nginx must pass through unchanged."""

    def _answer(self, status: int, body: object) -> None:
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        payload = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        if payload.get("message") == "429":
            return self._answer(429, UPSTREAM_429)
        self._answer(200, [{"text": "svar", "forwarded": self.headers.get("X-Forwarded-For")}])

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:  # quiet
        pass


@pytest.fixture(scope="module")
def nginx_env():
    if "nginx" in missing_programs():
        print("SKIP reason: nginx not installed (scripts/install_system_deps.sh nginx)")
        pytest.skip("nginx not installed")
    shutil.rmtree(VAR_DIR, ignore_errors=True)
    ports = [free_port(), free_port()]
    return {**os.environ, "VAR_DIR": str(VAR_DIR), "NGINX_PORT": str(free_port()),
            "RASA_PORTS": " ".join(map(str, ports))}


@pytest.fixture(scope="module")
def edge(nginx_env):
    """nginx with the project's defaults (120 a minute, 60 at once) before two echo servers."""
    servers = []
    for port in nginx_env["RASA_PORTS"].split():
        server = ThreadingHTTPServer(("127.0.0.1", int(port)), EchoRasa)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    rendered = run_script("cluster.sh", "nginx_config", nginx_env, timeout=60)
    assert rendered.returncode == 0, rendered.stdout + rendered.stderr
    conf = VAR_DIR / "nginx.conf"
    started = subprocess.run([NGINX, "-c", str(conf), "-p", str(VAR_DIR), "-e",
                              str(VAR_DIR / "log" / "nginx-error.log")],
                             capture_output=True, text=True, timeout=30)
    assert started.returncode == 0, started.stderr
    for _ in range(50):
        if alive(pid_of(VAR_DIR, "nginx")):
            break
        time.sleep(0.1)
    try:
        yield int(nginx_env["NGINX_PORT"])
    finally:
        pid = pid_of(VAR_DIR, "nginx")
        if alive(pid):
            os.kill(pid, 15)
            for _ in range(50):
                if not alive(pid):
                    break
                time.sleep(0.1)
        for server in servers:
            server.shutdown()
            server.server_close()


def request(port: int, source: str = "127.0.0.1", forwarded_for: Optional[str] = None,
            message: str = "hej", method: str = "POST") -> Tuple[int, Dict[str, str], object]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20, source_address=(source, 0))
    headers = {"Content-Type": "application/json"}
    if forwarded_for is not None:
        headers["X-Forwarded-For"] = forwarded_for
    body = json.dumps({"sender": uuid.uuid4().hex, "message": message}) if method == "POST" else None
    try:
        conn.request(method, "/webhooks/web/webhook", body=body, headers=headers)
        resp = conn.getresponse()
        raw = resp.read().decode("utf-8")
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, (
            json.loads(raw) if raw else None)
    finally:
        conn.close()


def test_rendered_config_has_the_limit_and_passes_nginx_t(nginx_env):
    rendered = run_script("cluster.sh", "nginx_config", nginx_env, timeout=60)
    assert rendered.returncode == 0, rendered.stdout + rendered.stderr  # includes nginx -t
    conf = (VAR_DIR / "nginx.conf").read_text()
    assert "rate=120r/m" in conf and "burst=60 nodelay" in conf and "limit_req_status 429" in conf
    assert "@" not in conf.replace("location @", "").replace("= @", "")  # all placeholders filled


def test_compose_config_passes_nginx_t(nginx_env, tmp_path):
    conf = (ROOT / "deploy" / "nginx.compose.conf").read_text()
    # the compose service names do not resolve here: point them at loopback for the check
    conf = conf.replace("rasa-1:5005", "127.0.0.1:1").replace("rasa-2:5005", "127.0.0.1:2")
    (tmp_path / "nginx.conf").write_text(conf)
    checked = subprocess.run([NGINX, "-t", "-q", "-c", str(tmp_path / "nginx.conf"), "-p",
                              str(tmp_path), "-e", str(tmp_path / "error.log")],
                             capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    assert "limit_req zone=per_client burst=60 nodelay" in conf


def test_many_sender_ids_from_one_address_are_limited_at_the_edge(edge):
    """A front proxy on the host names the client; 70 new conversations from it."""
    results = [request(edge, forwarded_for="203.0.113.7") for _ in range(70)]
    statuses = [status for status, _, _ in results]
    assert statuses[:61] == [200] * 61  # 60 at once beyond the first
    assert statuses[61:].count(429) >= 5  # 2 a second come back; the test takes less
    assert results[0][2][0]["forwarded"] == "203.0.113.7"  # Rasa limits by it too
    status, headers, body = next(r for r in results if r[0] == 429)
    assert body == [{"text": ADDRESS_LIMITED_REPLY}] and is_danish(body[0]["text"])
    assert headers["content-type"].startswith("application/json")
    assert headers["access-control-allow-origin"] == "*"  # the widget may read it
    # another client of the same proxy is not affected
    assert request(edge, forwarded_for="203.0.113.8")[0] == 200


def test_a_client_cannot_escape_by_claiming_other_addresses(edge):
    results = [request(edge, source="127.0.0.2", forwarded_for=f"198.51.100.{i}")
               for i in range(70)]
    statuses = [status for status, _, _ in results]
    assert statuses[:61] == [200] * 61 and statuses[61:].count(429) >= 5
    assert results[0][2][0]["forwarded"] == "127.0.0.2"  # its claim is replaced, not passed on


def test_only_the_last_forwarded_address_counts(edge):
    statuses = [request(edge, forwarded_for=f"10.1.1.{i}, 203.0.113.9")[0] for i in range(70)]
    assert statuses[:61] == [200] * 61 and statuses[61:].count(429) >= 5


def test_a_local_tool_naming_no_client_is_not_limited(edge):
    results = [request(edge) for _ in range(80)]
    assert {status for status, _, _ in results} == {200}
    assert results[0][2][0]["forwarded"] is None  # and Rasa sees no address either


def test_cors_preflights_are_not_counted(edge):
    assert {request(edge, forwarded_for="203.0.113.20", method="OPTIONS")[0]
            for _ in range(80)} == {204}
    assert request(edge, forwarded_for="203.0.113.20")[0] == 200


def test_rasas_own_429_passes_unchanged(edge):
    status, _, body = request(edge, forwarded_for="203.0.113.30", message="429")
    assert status == 429 and body == UPSTREAM_429


def test_no_address_reaches_nginx_logs(edge):
    for _ in range(65):
        request(edge, forwarded_for="203.0.113.40")
    time.sleep(0.2)
    logs = "".join(p.read_text(errors="replace") for p in (VAR_DIR / "log").glob("*.log"))
    assert " 429 " in logs  # the access log shows the refusals ...
    assert "203.0.113" not in logs and "127.0.0.2" not in logs  # ... never who was refused
