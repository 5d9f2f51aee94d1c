"""Helpers for the cluster tests: HTTP, process control and reading trackers from Redis."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
FALLBACK = "Prøv igen om lidt"


def missing_programs() -> List[str]:
    """Debian programs the cluster needs that are not installed."""
    found = {name: shutil.which(name) or (Path("/usr/sbin") / name).exists()
             for name in ("redis-server", "nginx")}
    return [name for name, ok in found.items() if not ok]


def post(url: str, body: Any = None, raw: Optional[bytes] = None,
         timeout: float = 60) -> Tuple[int, Any]:
    """POST JSON; returns (status, decoded JSON body or text)."""
    data = raw if raw is not None else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, text = resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        status, text = err.code, err.read().decode("utf-8", "replace")
    try:
        return status, json.loads(text or "null")
    except ValueError:
        return status, text


def get(url: str, timeout: float = 10) -> Tuple[int, Any]:
    """GET; returns (status, decoded JSON body or text)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            status, text = resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        status, text = err.code, err.read().decode("utf-8", "replace")
    try:
        return status, json.loads(text or "null")
    except ValueError:
        return status, text


def texts(replies: Any) -> str:
    """All reply texts (and button titles) of a webhook answer as one string."""
    if not isinstance(replies, list):
        return str(replies)
    return " ".join(str(r.get("text", "")) + " " +
                    " ".join(b.get("title", "") for b in r.get("buttons") or [])
                    for r in replies if isinstance(r, dict))


def pid_of(var_dir: Path, name: str) -> Optional[int]:
    try:
        return int((var_dir / "run" / f"{name}.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def alive(pid: Optional[int]) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:  # a zombie is not alive
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def stop_process(var_dir: Path, name: str, sig: int = signal.SIGTERM, wait: float = 15) -> None:
    """Stop one process of ours by its pid file and wait until it is gone."""
    pid = pid_of(var_dir, name)
    if not alive(pid):
        return
    os.kill(pid, sig)
    deadline = time.time() + wait
    while alive(pid) and time.time() < deadline:
        time.sleep(0.1)
    assert not alive(pid), f"{name} ({pid}) did not stop"


def busy_factor(most: int = 10) -> int:
    """How many times longer things take now than on an idle machine: the 1-minute load
    average per core, rounded up, between 1 and ``most`` (as busy_factor in scripts/lib.sh)."""
    per_core = os.getloadavg()[0] / (os.cpu_count() or 1)
    return max(1, min(most, int(per_core + 0.999)))


def run_script(script: str, command: str, env: Dict[str, str],
               timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(ROOT / "scripts" / script), command], env=env,
                          capture_output=True, text=True, timeout=timeout)


def stored_events(redis_port: int, conversation: str) -> List[Dict[str, Any]]:
    """The events Redis holds for a conversation (Rasa's tracker store, db 0)."""
    import redis

    raw = redis.Redis(host="127.0.0.1", port=redis_port, db=0).get(
        "rusmiddel:tracker:" + conversation)
    return json.loads(raw)["events"] if raw else []


def user_texts(events: List[Dict[str, Any]]) -> List[str]:
    return [e.get("text") for e in events if e.get("event") == "user"]


def turns_interleaved(events: List[Dict[str, Any]]) -> bool:
    """True when a user message arrived before the previous turn ended in action_listen."""
    listening = True
    for event in events:
        if event.get("event") == "user":
            if not listening:
                return True
            listening = False
        elif event.get("event") == "action":
            listening = event.get("name") == "action_listen"
    return False
