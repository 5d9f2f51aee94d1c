"""Counts from real conversations, and the staff page ``/staff/indsigt`` in a browser.

``make screenshots-insight`` runs :func:`main`: it starts Rasa, the action server and the web
service on their own ports (5505, 5555, 8280) with a throwaway counter store, holds real
conversations through the web channel (:func:`hold_conversations`, plus the widget's
"Var svaret en hjælp?" signal), waits until the counts are on the staff page, and takes a
desktop (1280 wide) and a phone (390 wide) screenshot into ``docs/``. The browser test
(the end of ``tests/web/test_widget_browser.py``) uses the same functions on its own stack.

:func:`running_stack` (the three servers on given ports with a throwaway store),
:func:`chromium` and :data:`VIEWPORTS` are shared with ``scripts/conversation_screens.py``
(``make screenshots``).

Nothing here reads counters from the store: what is checked and photographed is what a
centre's staff member sees with the centre's bearer token.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# (name, viewport, more browser-context options) of every screenshot pair
VIEWPORTS: Tuple[Tuple[str, Dict[str, int], Dict[str, Any]], ...] = (
    ("desktop", DESKTOP, {}),
    ("phone", PHONE, {"is_mobile": True, "has_touch": True, "device_scale_factor": 2}))
MUNICIPALITY = "vejle"
# The screenshots show a centre with phone hours in its catalogue, so the heatmap's
# phone-hour dots are on them (Vejle's catalogue has none).
SCREENSHOT_MUNICIPALITY = "skanderborg"
# One random token per centre and one for everything, per process: the stack started from
# this process and the browser share them; nothing is written down.
TOKENS = {slug: secrets.token_urlsafe(24) for slug in (MUNICIPALITY, SCREENSHOT_MUNICIPALITY,
                                                         "sonderborg", "*")}
# (entry as the widget sends it, the turns of one conversation). Each topic gets at least 5
# conversations, so its cells are shown and not hidden as "< 5".
CONVERSATIONS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    (("kommune", ("er det anonymt?", "hvad koster det?")),) * 6
    + (("kommune", ("hvornår har I telefontid?",)),) * 5
    + (("skole", ("kan jeg være anonym?",)),) * 5
    + (("skole", ("hvem vinder fodboldkampen?",)),) * 5
)
# (topic, value) signals sent as the widget sends them, 5 of each.
SIGNALS: Tuple[Tuple[str, str], ...] = (("ask_anonymity", "helpful"),) * 5 + \
    (("out_of_scope", "not_helpful"),) * 5
# What the staff page must show afterwards: (view, row, column) -> at least this count.
EXPECTED = {
    ("emner pr. uge", "anonymitet", "i alt"): 11,
    ("emner pr. uge", "pris", "i alt"): 6,
    ("emner pr. uge", "telefontid", "i alt"): 5,
    ("ubesvaret pr. emne", "uden for emnet", "kan ikke svare"): 5,
    ("indgang", "skolens side", "antal"): 10,
    ("signaler", "anonymitet", "svaret hjalp"): 5,
}


def stack_env() -> Dict[str, str]:
    """Insight settings for a stack whose counts are read back at once."""
    return {"INSIGHT_TOKENS": ",".join(f"{slug}:{token}" for slug, token in TOKENS.items()),
            "INSIGHT_FLUSH_SECONDS": "1",  # written every second, not every 10
            "INSIGHT_SHOW_OPEN_WEEK": "1"}  # the running week, which holds these counts


def _post(url: str, body: Dict[str, Any]) -> Tuple[int, Any]:
    request = urllib.request.Request(url, data=json.dumps(body).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def hold_conversations(api: str, conversations: Iterable[Tuple[str, Sequence[str]]] =
                       CONVERSATIONS, municipality: str = MUNICIPALITY,
                       signals: Iterable[Tuple[str, str]] = SIGNALS) -> List[List[Any]]:
    """Each conversation through ``POST {api}/webhooks/web/webhook`` under a new sender id,
    then the signals through ``POST {api}/webhooks/web/insight``. Returns every reply list.

    Raises:
        AssertionError: A turn or a signal failed, or a reply carried anything but
            ``text``, ``buttons``, ``custom`` and ``feedback`` (an ``insight`` hint leaked).
    """
    replies = []
    for entry, turns in conversations:
        sender = secrets.token_hex(16)
        for text in turns:
            status, reply = _post(f"{api}/webhooks/web/webhook", {
                "sender": sender, "message": text,
                "metadata": {"municipality": municipality, "entry": entry}})
            assert status == 200 and isinstance(reply, list) and reply, (status, reply)
            for message in reply:
                extra = set(message) - {"text", "buttons", "custom", "feedback"}
                assert not extra, f"reply carries {sorted(extra)}"
            replies.append(reply)
    for topic, value in signals:
        status, body = _post(f"{api}/webhooks/web/insight",
                             {"municipality": municipality, "topic": topic, "value": value})
        assert status == 200 and body == {"counted": True}, (status, body)
    return replies


def staff_csv(web: str, token: str, municipality: Optional[str] = None) -> Dict[Tuple[str, str, str], str]:
    """The staff CSV export as {(view, row, column): value}."""
    query = f"?kommune={municipality}" if municipality else ""
    request = urllib.request.Request(f"{web}/staff/indsigt.csv{query}",
                                     headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=20) as resp:
        rows = list(csv.reader(io.StringIO(resp.read().decode("utf-8"))))
    return {(view, row, column): value
            for view, row, column, value in rows[1:]}


def missing(shown: Dict[Tuple[str, str, str], str],
            expected: Dict[Tuple[str, str, str], int] = EXPECTED) -> Dict[Any, Any]:
    """The expected cells not (yet) shown with at least their count."""
    gone = {}
    for cell, least in expected.items():
        value = shown.get(cell)
        if value is None or not value.isdigit() or int(value) < least:
            gone[cell] = value
    return gone


def wait_until_shown(web: str, token: str, expected: Dict[Tuple[str, str, str], int] = EXPECTED,
                     seconds: float = 20.0) -> Dict[Tuple[str, str, str], str]:
    """Poll the CSV export until every expected cell is shown (the recorder writes in batches)."""
    deadline = time.monotonic() + seconds
    while True:
        shown = staff_csv(web, token)
        gone = missing(shown, expected)
        if not gone:
            return shown
        if time.monotonic() > deadline:
            raise AssertionError(f"not on the staff page after {seconds:.0f} s: {gone}")
        time.sleep(0.5)


def open_staff_page(browser: Any, web: str, token: str, viewport: Dict[str, int],
                    **context_args: Any) -> Tuple[Any, Any]:
    """(context, page) on ``/staff/indsigt`` with the bearer token on every request."""
    context = browser.new_context(viewport=viewport, locale="da-DK",
                                  extra_http_headers={"Authorization": f"Bearer {token}"},
                                  **context_args)
    page = context.new_page()
    page.goto(f"{web}/staff/indsigt")
    page.wait_for_selector("main svg")
    return context, page


def screenshot(browser: Any, web: str, token: str, out: Path) -> List[Path]:
    """Full-page PNGs of the staff page: ``insight-desktop.png`` and ``insight-phone.png``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, viewport, extra in VIEWPORTS:
        context, page = open_staff_page(browser, web, token, viewport, **extra)
        path = out / f"insight-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        context.close()
        written.append(path)
    return written


def stack_environment(ports: Sequence[str], var: Path,
                      extra: Mapping[str, str]) -> Dict[str, str]:
    """The environment for ``scripts/services.sh`` with Rasa, actions and web on ``ports``,
    every file under ``var`` and a throwaway SQLite store, never the real counters or
    bookings; ``extra`` is added last."""
    rasa, actions, web_port = ports
    endpoints = var / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace(
        "127.0.0.1:5055", f"127.0.0.1:{actions}"))
    env = {**os.environ, "RASA_PORT": rasa, "ACTIONS_PORT": actions, "WEB_PORT": web_port,
           "VAR_DIR": str(var), "ENDPOINTS": str(endpoints),
           "BOOKING_DATA_DIR": str(var / "booking"), **extra}
    for name in ("BOOKING_DB_URL", "REDIS_URL", "INSIGHT_REDIS_URL", "INSIGHT_ENABLED"):
        env.pop(name, None)
    return env


@contextmanager
def running_stack(ports: Sequence[str], extra_env: Optional[Mapping[str, str]] = None,
                  prefix: str = "screens-") -> Iterator[Tuple[str, str]]:
    """Rasa, the action server and the web service on ``ports`` (Rasa, actions, web), their
    logs and store in a new temporary directory; yields the (Rasa, web) base URLs and stops
    the three on leaving.

    Raises:
        RuntimeError: They did not start, or a port was taken (``services.sh``'s output).
    """
    var = Path(tempfile.mkdtemp(prefix=prefix))
    env = stack_environment(ports, var, extra_env or {})
    script = str(ROOT / "scripts" / "services.sh")
    try:
        started = subprocess.run([script, "start"], env=env, capture_output=True, text=True)
        if started.returncode != 0 or "not starting one" in started.stdout:
            raise RuntimeError(f"the servers did not start (logs in {var / 'log'}):\n"
                               + started.stdout + started.stderr)
        yield f"http://127.0.0.1:{ports[0]}", f"http://127.0.0.1:{ports[2]}"
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True)


@contextmanager
def chromium() -> Iterator[Any]:
    """Headless Chromium (``/usr/bin/chromium``) driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                    headless=True)
        try:
            yield browser
        finally:
            browser.close()


def shown_path(path: Path) -> Path:
    """``path`` relative to the repository when it is inside it (for printing)."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--ports", default="5505,5555,8280", help="Rasa,actions,web")
    parser.add_argument("--municipality", default=SCREENSHOT_MUNICIPALITY,
                        choices=sorted(set(TOKENS) - {"*"}))
    args = parser.parse_args(argv)
    try:
        with running_stack(args.ports.split(","), stack_env(), "insight-screens-") as (api, web):
            hold_conversations(api, municipality=args.municipality)
            wait_until_shown(web, TOKENS[args.municipality])
            with chromium() as browser:
                for path in screenshot(browser, web, TOKENS[args.municipality], args.out):
                    print(shown_path(path))
    except RuntimeError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
