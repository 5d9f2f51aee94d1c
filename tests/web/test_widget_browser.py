"""The widget in a real browser (Debian's chromium, driven by Playwright) against real servers.

The module starts its own Rasa (5305), action server (5355) and web service (8180;
``WEBTEST_PORTS`` for others) with ``scripts/services.sh`` and stops them afterwards. The
quick-exit target (www.dmi.dk) is answered by a Playwright route, so no request leaves this
machine. Screenshots go to ``results/screenshots/``.

The widget's shadow root is closed, which Playwright's locators cannot pierce. Unless a test
asks for the real thing (``session(..., open_shadow=False)``), each page gets OPEN_SHADOW as
an init script: it lives only in this file and turns ``attachShadow`` calls into open ones
before the widget runs. Nothing in ``widget.js`` knows about it.

The stack has its own booking and counter store (a fresh temporary directory), so the
anonymous insight tests, which run first, see only the conversations they hold themselves.
"""

from __future__ import annotations

import hashlib
import hmac
import http.server
import json
import os
import re
import secrets
import subprocess
import tempfile
import threading
import time
import urllib.request
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List, Optional
from urllib.parse import urlsplit

import insight_screens  # scripts/ (on the path by tests/conftest.py); also make screenshots-insight
import pytest

from tests.support.servers import ROUTE as STORE_ROUTE
from tests.support.servers import write_credentials

ROOT = Path(__file__).resolve().parents[2]
# WEBTEST_PORTS=rasa,actions,web: other ports, e.g. beside another checkout's test run
RASA_PORT, ACTIONS_PORT, WEB_PORT = (
    int(p) for p in os.environ.get("WEBTEST_PORTS", "5305,5355,8180").split(","))
WEB = f"http://127.0.0.1:{WEB_PORT}"
OTHER_ORIGIN = f"http://localhost:{WEB_PORT}"  # a "host site" on another origin than the widget
API = f"http://127.0.0.1:{RASA_PORT}"
ALLOWED_HOSTS = {f"127.0.0.1:{WEB_PORT}", f"localhost:{WEB_PORT}", f"127.0.0.1:{RASA_PORT}"}
VAR_DIR = ROOT / "var" / "webtest"
SHOTS = ROOT / "results" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "build" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
EXIT_URL = "https://www.dmi.dk/"
EXIT_PAGE = "<!doctype html><html lang='da'><title>Vejret</title><p>Vejret i dag</p></html>"
STORAGE_KEY = "rusmiddelraadgiveren"
OPEN_SHADOW = (  # test-only: see the module docstring
    "(() => { const attach = Element.prototype.attachShadow;"
    " Element.prototype.attachShadow = function (init) {"
    " return attach.call(this, Object.assign({}, init, {mode: 'open'})); }; })();")
BOOKING_CODE = re.compile(r"\b(?![0-9-]{9}\b)[0-9A-Z]{4}-[0-9A-Z]{4}\b")  # not "2024-2026"
SECRET = secrets.token_hex(16)
FOREIGN_PAGE = (  # "someone else's site": another origin, options set in the tag
    "<!doctype html><html lang='da'><title>Anden side</title><body><main><h1>Side</h1>"
    "<p><a href='#'>et link</a></p></main>"
    f"<script src='{WEB}/widget/widget.js' data-municipality='skanderborg' data-open='true' "
    f"data-color='#7a1f5c' data-exit='{WEB}/health' defer></script></body></html>")


class ForeignSite(http.server.BaseHTTPRequestHandler):
    """Serves FOREIGN_PAGE; a real loopback server, as Chromium blocks loopback requests
    from pages that a Playwright route made up (local network access checks)."""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        body = FOREIGN_PAGE.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

playwright_api = pytest.importorskip("playwright.sync_api")


def _start_stack(foreign_origin: str) -> Dict[str, str]:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    endpoints = VAR_DIR / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace(
        "127.0.0.1:5055", f"127.0.0.1:{ACTIONS_PORT}"))
    env = {**os.environ, "RASA_PORT": str(RASA_PORT), "ACTIONS_PORT": str(ACTIONS_PORT),
           "WEB_PORT": str(WEB_PORT), "VAR_DIR": str(VAR_DIR), "ENDPOINTS": str(endpoints),
           "CORS_ORIGINS": f"{WEB} {OTHER_ORIGIN} {foreign_origin}",
           # known key: the test can compute which stored conversation a browser id maps to
           "SENDER_SECRET": SECRET,
           # production credentials plus a test-only channel that shows the store
           "CREDENTIALS": str(write_credentials(VAR_DIR / "credentials.yml")),
           # anonymous counters: written every second, the running week shown, one token
           # per centre (the insight tests, first in this module)
           **insight_screens.stack_env()}
    env.pop("REDIS_URL", None)
    for name in ("BOOKING_DB_URL", "INSIGHT_REDIS_URL", "INSIGHT_ENABLED"):
        env.pop(name, None)
    # a store of its own: other modules' stacks count into the session's booking directory
    env["BOOKING_DATA_DIR"] = tempfile.mkdtemp(prefix="webtest-booking-")
    return env


@pytest.fixture(scope="module")
def stack():
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed: scripts/install_system_deps.sh chromium "
                    "needs root and apt-get")
    foreign = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ForeignSite)
    threading.Thread(target=foreign.serve_forever, daemon=True).start()
    env = _start_stack(f"http://127.0.0.1:{foreign.server_port}")
    env["FOREIGN_ORIGIN"] = f"http://127.0.0.1:{foreign.server_port}"
    script = str(ROOT / "scripts" / "services.sh")
    started = subprocess.run([script, "start"], env=env, capture_output=True, text=True)
    if started.returncode != 0 or "not starting one" in started.stdout:
        subprocess.run([script, "stop"], env=env, capture_output=True)
        pytest.fail("servers did not start: " + started.stdout + started.stderr)
    yield env
    subprocess.run([script, "stop"], env=env, capture_output=True)
    foreign.shutdown()


@pytest.fixture(scope="module")
def browser(stack):
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                     headless=True)
        yield chromium
        chromium.close()


class Session:
    """One browser context and page, with everything the page requested and logged."""

    def __init__(self, browser: Any, viewport: Dict[str, int], open_shadow: bool = True,
                 **context_args: Any) -> None:
        self.context = browser.new_context(viewport=viewport, locale="da-DK", **context_args)
        self.requests: List[Any] = []
        self.console: List[str] = []
        self.dialogs: List[str] = []
        self.context.on("request", lambda request: self.requests.append(request))
        self.context.route(re.compile(r"^https://www\.dmi\.dk/"), lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=EXIT_PAGE))
        self.page = self.context.new_page()
        if open_shadow:
            self.page.add_init_script(OPEN_SHADOW)
        self.page.add_init_script(
            "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI), true);")
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    # ------------------------------------------------------------- navigation
    def goto(self, path: str, origin: str = WEB) -> "Session":
        self.response = self.page.goto(origin + path)
        self.page.wait_for_selector("rusmiddel-chat[data-state=ready]", state="attached")
        return self

    def root(self, selector: str):
        return self.page.locator(f"rusmiddel-chat {selector}")

    def js(self, body: str, arg: Any = None) -> Any:
        """Run ``body`` with ``r`` = the widget's shadow root (and ``arg``)."""
        return self.page.evaluate(
            "([body, arg]) => { const r = document.querySelector('rusmiddel-chat')"
            ".shadowRoot; return (new Function('r', 'arg', body))(r, arg); }", [body, arg])

    # ------------------------------------------------------------- chatting
    def open(self) -> None:
        self.root(".rr-launcher").click()
        self.root(".rr-panel").wait_for(state="visible")

    def bot_count(self) -> int:
        return self.js("return r.querySelectorAll('.rr-bot:not(.rr-greeting)').length;")

    def wait_for_answer(self, before: int) -> None:
        self.page.wait_for_function(
            "n => { const r = document.querySelector('rusmiddel-chat').shadowRoot;"
            " return !r.querySelector('.rr-is-busy') &&"
            " r.querySelectorAll('.rr-bot:not(.rr-greeting)').length > n; }", arg=before)

    def ask(self, text: str) -> str:
        before = self.bot_count()
        self.root("textarea").fill(text)
        self.root("textarea").press("Enter")
        self.wait_for_answer(before)
        return self.answers_since(before)

    def answers_since(self, before: int) -> str:
        return "\n".join(self.js(
            "return [...r.querySelectorAll('.rr-bot:not(.rr-greeting)')]"
            ".map(e => e.innerText);")[before:])

    def stored(self) -> Optional[Dict[str, Any]]:
        raw = self.page.evaluate(f"() => sessionStorage.getItem('{STORAGE_KEY}')")
        return json.loads(raw) if raw else None

    def webhook_posts(self) -> List[Any]:
        return [r for r in self.requests
                if r.method == "POST" and r.url == API + "/webhooks/web/webhook"]

    def csp_violations(self) -> List[str]:
        in_page = self.page.evaluate("() => window.__csp || []")
        return in_page + [c for c in self.console if "Content Security Policy" in c]

    def other_hosts(self) -> List[str]:
        return [r.url for r in self.requests if urlsplit(r.url).netloc not in ALLOWED_HOSTS]

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / name))


@pytest.fixture
def session(browser):
    sessions: List[Session] = []

    def make(viewport: Dict[str, int] = DESKTOP, open_shadow: bool = True,
             **context_args: Any) -> Session:
        sessions.append(Session(browser, viewport, open_shadow, **context_args))
        return sessions[-1]

    yield make
    for s in sessions:
        s.context.close()


def conversation_key(browser_id: str) -> str:
    """The id Rasa stores for a browser's random id (see bot/channel.py)."""
    digest = hmac.new(SECRET.encode(), browser_id.encode(), hashlib.sha256).hexdigest()
    return f"c{digest[:32]}"


def stored_conversations() -> Dict[str, Any]:
    with urllib.request.urlopen(API + STORE_ROUTE, timeout=10) as resp:
        return json.loads(resp.read())


def wait_until_forgotten(key: str, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if key not in stored_conversations():
            return True
        time.sleep(0.2)
    return False


def contrast(rgb_a: str, rgb_b: str) -> float:
    """WCAG contrast ratio of two ``rgb(r, g, b)`` strings."""
    def lum(rgb: str) -> float:
        values = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
        lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in values]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    a, b = sorted((lum(rgb_a), lum(rgb_b)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# ===================================================================== anonymous insight
# First in the module: the stack's counter store then holds only these conversations, so
# every cell they fill has at least 5 and is shown (smaller ones would read "< 5").

INSIGHT_TOKEN = insight_screens.TOKENS["vejle"]
CHART_NAMES = ["Emner pr. uge", "Beskeder pr. ugedag og time", "Andel ubesvaret pr. emne",
               "Udfald af beskederne"]


def _signal_count(stack: Dict[str, str], topic: str, value: str) -> int:
    from booking.config import BookingConfig
    from insight.model import CellKey
    from insight.store import SqlInsightStore

    url = BookingConfig.from_env({"BOOKING_DATA_DIR": stack["BOOKING_DATA_DIR"]}).database_url
    rows = SqlInsightStore.open(url).rows("vejle", datetime(2000, 1, 1))
    key = CellKey("vejle", topic, "other", value)
    return sum(r.count for r in rows if r.key == key)


def test_insight_staff_page_shows_counts_of_real_conversations(browser, stack):
    insight_screens.hold_conversations(API)  # through the web channel; no hint in a reply
    shown = insight_screens.wait_until_shown(WEB, INSIGHT_TOKEN)
    assert shown[("ubesvaret pr. emne", "uden for emnet", "kan ikke svare")] == "5"
    for viewport in (DESKTOP, PHONE):
        context, page = insight_screens.open_staff_page(browser, WEB, INSIGHT_TOKEN, viewport)
        assert page.title() == "Indsigt: Vejle"
        charts = page.locator("main figure svg")
        assert charts.count() == len(CHART_NAMES)
        for i, name in enumerate(CHART_NAMES):  # each chart: an image with a name and a text
            chart = charts.nth(i)
            assert chart.get_attribute("role") == "img"
            title, desc = chart.get_attribute("aria-labelledby").split()
            assert page.locator(f"#{title}").text_content() == name
            assert len(page.locator(f"#{desc}").text_content()) > 30
            assert page.get_by_role("img", name=name).count() == 1
            assert chart.locator("rect").count() >= 2  # something was drawn
        # the numbers behind the charts, as tables with headers
        topics = page.get_by_role("table", name="Samtaler pr. emne og uge")
        assert topics.locator("th[scope=col]").first.inner_text() == "Emne"
        row = topics.locator("tr").filter(
            has=page.locator("th[scope=row]", has_text="anonymitet"))
        assert int(row.locator("td").last.inner_text()) == 11
        assert page.locator("main table").count() == 6
        assert page.get_by_role("link", name="Hent tallene som CSV").count() == 1
        if AXE.exists():
            violations = _axe_page(page)
            print("axe violations:", json.dumps(violations, ensure_ascii=False))
            assert [v for v in violations if v["impact"] in ("serious", "critical")] == []
        context.close()
    if not AXE.exists():
        pytest.skip(f"axe-core not installed at {AXE} (make test installs it with npm)")


def test_insight_staff_page_refuses_another_centre_and_no_token(browser, stack):
    other = browser.new_context(extra_http_headers={
        "Authorization": f"Bearer {insight_screens.TOKENS['sonderborg']}"})
    page = other.new_page()
    assert page.goto(f"{WEB}/staff/indsigt?kommune=vejle").status == 403
    assert "Vejle" not in page.content()
    assert page.goto(f"{WEB}/staff/indsigt.csv?kommune=vejle").status == 403
    assert page.goto(f"{WEB}/staff/indsigt").status == 200  # its own centre
    assert page.title() == "Indsigt: Sønderborg"
    other.close()
    anonymous = browser.new_context()
    assert anonymous.new_page().goto(f"{WEB}/staff/indsigt").status == 401
    anonymous.close()


def test_insight_widget_asks_if_the_answer_helped(session, stack):
    # the topic is the detail the answer gave ("anonymity", kept as context for the next
    # turn) or the intent; the staff page shows both as "anonymitet"
    before = {t: _signal_count(stack, t, "helpful") for t in ("anonymity", "ask_anonymity")}
    s = session(DESKTOP).goto("/?kommune=vejle")
    s.open()
    s.ask("er det anonymt?")
    reply = s.webhook_posts()[-1].response().json()
    topic = reply[-1]["feedback"]["topic"]
    assert reply[-1]["feedback"] == {"topic": topic} and topic in before
    assert all(set(m) <= {"text", "buttons", "custom", "feedback"} for m in reply)
    group = s.page.get_by_role("group", name="Var svaret en hjælp?")
    assert group.count() == 1
    assert [b.inner_text() for b in group.get_by_role("button").all()] == ["Ja", "Nej"]
    assert group.get_by_role("button", name="Ja").count() == 1
    # keyboard: from the input box back to "Nej", then "Ja", and Enter
    s.root("textarea").focus()
    s.page.keyboard.press("Shift+Tab")
    assert _active(s) == "rr-feedback-btn"
    assert s.js("return r.activeElement.textContent;") == "Nej"
    s.page.keyboard.press("Shift+Tab")
    assert s.js("return r.activeElement.textContent;") == "Ja"
    with s.page.expect_request(API + "/webhooks/web/insight") as sent:
        s.page.keyboard.press("Enter")
    assert json.loads(sent.value.post_data) == {
        "municipality": "vejle", "topic": topic, "value": "helpful"}
    assert sent.value.response().json() == {"counted": True}
    assert group.get_by_role("status").inner_text() == "Tak for dit svar."
    deadline = time.monotonic() + 10  # the recorder writes every second
    while _signal_count(stack, topic, "helpful") == before[topic] and \
            time.monotonic() < deadline:
        time.sleep(0.3)
    assert _signal_count(stack, topic, "helpful") == before[topic] + 1
    s.ask("hvad koster det?")  # the next answer asks anew; the old question is gone
    assert s.page.get_by_role("group", name="Var svaret en hjælp?").count() == 1
    assert s.root(".rr-feedback-btn").count() == 2


# ===================================================================== conversations


def test_desktop_question_gets_the_right_answer(session):
    s = session(DESKTOP).goto("/?kommune=sonderborg")
    s.open()
    greeting = s.root(".rr-greeting").inner_text()
    assert "automatisk chat-robot" in greeting and "anonym" in greeting
    assert "Telefontid:" in greeting and "Mandag: kl. 8.30-15.00" in greeting
    assert s.root(".rr-greeting a[href='tel:+4588724485']").count() >= 1
    answer = s.ask("hvornår har I telefontid")
    assert "88 72 44 85" in answer and "Torsdag: kl. 8.30-17.00" in answer
    assert "Kilde:" in answer
    assert s.root(".rr-user").inner_text().endswith("hvornår har I telefontid")
    box = s.root(".rr-panel").bounding_box()
    assert box["width"] == 400 and box["x"] + box["width"] <= DESKTOP["width"]
    s.shot("desktop.png")
    assert s.csp_violations() == [] and s.other_hosts() == []
    assert s.context.cookies() == []


def test_phone_viewport_is_full_screen_and_answers(session):
    s = session(PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    s.goto("/?kommune=vejle")
    s.shot("phone-closed.png")
    s.root(".rr-launcher").tap()
    s.root(".rr-panel").wait_for(state="visible")
    box = s.root(".rr-panel").bounding_box()
    assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 390, 844)
    assert s.root(".rr-dock").is_hidden()
    answer = s.ask("er det anonymt")
    assert "anonym" in answer and "Vejle" in answer
    for selector in (".rr-tools .rr-exit", ".rr-close", "textarea", ".rr-send"):
        b = s.root(selector).bounding_box()
        assert b and b["x"] >= 0 and b["x"] + b["width"] <= 390 and b["y"] + b["height"] <= 844
        assert b["height"] >= 36  # big enough to hit with a thumb
    s.shot("phone.png")
    assert s.csp_violations() == [] and s.other_hosts() == []


def test_buttons_choose_the_municipality(session):
    s = session(DESKTOP).goto("/skole?kommune=ingen")  # the chat asks for it
    s.open()
    s.ask("hvad er jeres telefonnummer")
    titles = s.root(".rr-reply").all_inner_texts()
    assert titles == ["Fredericia", "Skanderborg", "Sønderborg", "Vejle"]
    before = s.bot_count()
    s.root(".rr-reply").filter(has_text="Vejle").click()
    s.wait_for_answer(before)
    assert "76 81 90 00" in s.answers_since(before)
    last_user = s.root(".rr-user").last.inner_text()
    assert last_user.endswith("Vejle") and "inform_municipality" not in last_user
    sent = json.loads(s.webhook_posts()[-1].post_data)
    assert sent["message"] == '/inform_municipality{"municipality":"vejle"}'
    assert s.root(".rr-reply").count() == 0  # used buttons go away
    # the chosen municipality goes along with later messages
    s.ask("er det gratis")
    assert json.loads(s.webhook_posts()[-1].post_data)["metadata"] == {
        "municipality": "vejle", "entry": "school"}  # /skole's tag says data-entry="skole"
    s.shot("school-desktop.png")


def test_conversation_lives_in_session_storage_only(session):
    s = session(DESKTOP).goto("/?kommune=vejle")
    s.open()
    s.ask("er det anonymt")
    stored = s.stored()
    assert re.fullmatch(r"[0-9a-f]{32}", stored["id"])
    # a typed message is kept only as "there was one"; the answer is kept
    assert stored["messages"][0] == {"from": "user", "hidden": True}
    assert "er det anonymt" not in json.dumps(stored, ensure_ascii=False)
    assert [m["from"] for m in stored["messages"][1:]] == ["bot"] * (len(stored["messages"]) - 1)
    assert s.page.evaluate("() => localStorage.length") == 0
    assert s.page.evaluate("() => document.cookie") == "" and s.context.cookies() == []
    sent = json.loads(s.webhook_posts()[-1].post_data)
    assert sent["sender"] == stored["id"]
    s.page.reload()  # another page of the same site in the same tab: the chat goes on
    s.page.wait_for_selector("rusmiddel-chat[data-state=ready]", state="attached")
    assert s.root(".rr-panel").is_visible()
    assert s.root(".rr-user").first.inner_text().endswith(
        "Din besked er ikke gemt, så den vises ikke her.")
    assert "anonym" in s.answers_since(0)
    fresh = session(DESKTOP).goto("/?kommune=vejle")  # a new tab/window starts empty
    assert fresh.stored() is None and fresh.root(".rr-user").count() == 0


NAME, PHONE_NUMBER = "Mikkel Rasmussen", "22 33 44 55"
CODE_MASK = "\u2022\u2022\u2022\u2022-\u2022\u2022\u2022\u2022"


def browser_storage(s: Session) -> Dict[str, Any]:
    """Everything the page's origin keeps in the browser, as the host page's scripts see it."""
    kept = s.page.evaluate(
        "async () => {"
        " const dump = store => Object.fromEntries(Object.keys(store)"
        "   .map(k => [k, store.getItem(k)]));"
        " return {session: dump(sessionStorage), local: dump(localStorage),"
        "  cookie: document.cookie,"
        "  indexedDB: indexedDB.databases ? (await indexedDB.databases()).map(d => d.name) : [],"
        "  caches: self.caches ? await caches.keys() : []}; }")
    kept["context_cookies"] = s.context.cookies()
    return kept


def assert_nothing_identifying(kept: Dict[str, Any], code: str) -> None:
    text = json.dumps(kept, ensure_ascii=False)
    for needle in ("Mikkel", "Rasmussen", code, code.replace("-", "")):
        assert needle.lower() not in text.lower(), needle
    assert not re.search(r"2\D{0,3}2\D{0,3}3\D{0,3}3\D{0,3}4\D{0,3}4\D{0,3}5\D{0,3}5", text)
    assert BOOKING_CODE.search(text.replace("K7QM-3XPD", "")) is None  # only the example
    assert kept["local"] == {} and kept["cookie"] == "" and kept["context_cookies"] == []
    assert kept["indexedDB"] == [] and kept["caches"] == []
    assert list(kept["session"]) == [STORAGE_KEY]


def _click_reply(s: Session, title: Optional[str] = None) -> str:
    before = s.bot_count()
    replies = s.root(".rr-reply")
    (replies.filter(has_text=title) if title else replies.first).click()
    s.wait_for_answer(before)
    return s.answers_since(before)


def test_browser_storage_keeps_no_identifiers_and_no_booking_code(session):
    s = session(DESKTOP).goto("/?kommune=skanderborg")
    s.open()
    s.ask(f"jeg hedder {NAME} og mit nummer er {PHONE_NUMBER}. Hvornår har I telefontid?")
    s.ask("jeg vil gerne booke en samtale")
    for _ in range(3):  # an offer (when there are several), then a time
        if s.root(".rr-reply").filter(has_text="Ja, book tiden").count():
            break
        _click_reply(s)
    booked = _click_reply(s, "Ja, book tiden")
    code = BOOKING_CODE.search(booked).group(0)
    # on screen, once: the code in full and the widget's own "write it down"
    with_code = s.root(".rr-bot").filter(has_text=f"Din kode er: {code}")
    assert with_code.count() == 1
    assert s.root(".rr-code-note").count() == 1  # one note, though Rasa splits the text
    assert with_code.locator(".rr-code-note").inner_text().startswith(
        "Koden bliver ikke gemt i chatten. Skriv den ned nu.")
    assert "Din tid er" in s.ask(f"hvornår er min tid {code}")

    kept = browser_storage(s)
    assert_nothing_identifying(kept, code)
    stored = s.stored()
    assert stored["messages"][0] == {"from": "user", "hidden": True}
    assert {"from": "user", "choice": True, "text": "Ja, book tiden"} in stored["messages"]
    masked = [m["text"] for m in stored["messages"] if m.get("masked")]
    assert masked and f"Din kode er: {CODE_MASK}" in masked[0]
    assert set(stored) == {"id", "open", "municipality", "messages"}

    s.page.reload()  # what the user sees after a reload (or on the next page of the site)
    s.page.wait_for_selector("rusmiddel-chat[data-state=ready]", state="attached")
    assert s.root(".rr-panel").is_visible()
    users = s.root(".rr-user").all_inner_texts()
    assert users[0].endswith("Din besked er ikke gemt, så den vises ikke her.")
    assert users[-2].endswith("Ja, book tiden")  # a chosen button is shown as chosen
    assert all(NAME.split()[0] not in u and "hvornår er min tid" not in u for u in users)
    shown = s.js("return r.querySelector('.rr-log').textContent;")
    assert code not in shown and f"Din kode er: {CODE_MASK}" in shown
    # every answer is still there, the booking and the lookup of it included
    assert s.bot_count() == len([m for m in stored["messages"] if m["from"] == "bot"])
    assert "Din tid er booket" in shown and "Mød op og sig din kode" in shown
    assert s.root(".rr-code-note").inner_text() == (
        "Koden er skjult her, fordi den ikke bliver gemt. Brug den kode, du skrev ned.")
    assert s.js("const l = r.querySelector('.rr-log');"
                " return l.scrollTop + l.clientHeight >= l.scrollHeight - 2;")  # at the end
    s.root(".rr-code-note").scroll_into_view_if_needed()
    s.shot("reloaded-after-booking.png")
    # the conversation goes on with the same id, and the written-down code still works
    assert "aflyst" in s.ask(f"aflys {code}")
    assert_nothing_identifying(browser_storage(s), code)


def test_old_transcripts_in_storage_are_scrubbed_on_load(session):
    s = session(DESKTOP).goto("/?kommune=vejle")
    old = {"id": "ab" * 16, "open": True, "municipality": "vejle", "messages": [
        {"from": "user", "text": f"jeg hedder {NAME}, ring på {PHONE_NUMBER}"},
        {"from": "bot", "text": "Din kode er: QW7R-Z2KD. Skriv \"aflys QW7R-Z2KD\".",
         "buttons": [{"title": "Ja", "payload": "/affirm"}]}]}
    s.page.evaluate("([k, v]) => sessionStorage.setItem(k, JSON.stringify(v))",
                    [STORAGE_KEY, old])
    s.page.reload()
    s.page.wait_for_selector("rusmiddel-chat[data-state=ready]", state="attached")
    assert s.stored()["messages"] == [
        {"from": "user", "hidden": True},
        {"from": "bot", "text": f"Din kode er: {CODE_MASK}. Skriv \"aflys {CODE_MASK}\".",
         "buttons": [{"title": "Ja", "payload": "/affirm"}], "masked": True}]
    assert_nothing_identifying(browser_storage(s), "QW7R-Z2KD")


def test_the_shadow_root_is_closed_and_the_chat_still_works(session):
    """Without the test hook: the page's scripts get no shadow root, keyboard users get a chat."""
    s = session(DESKTOP, open_shadow=False).goto("/?kommune=vejle")
    assert s.page.evaluate("() => document.querySelector('rusmiddel-chat').shadowRoot") is None
    assert s.root(".rr-launcher").count() == 0  # not even Playwright's locators get in
    in_widget = "() => document.activeElement.tagName === 'RUSMIDDEL-CHAT'"
    for _ in range(30):  # the first stop in the widget is "Forlad siden", then the launcher
        s.page.keyboard.press("Tab")
        if s.page.evaluate(in_widget):
            break
    assert s.page.evaluate(in_widget)
    s.page.keyboard.press("Tab")
    s.page.keyboard.press("Enter")
    s.page.keyboard.type("er det anonymt")
    s.page.keyboard.press("Enter")
    s.page.wait_for_function(
        "key => { const s = sessionStorage.getItem(key);"
        " return s && JSON.parse(s).messages.some(m => m.from === 'bot'); }", arg=STORAGE_KEY)
    assert s.page.url.startswith(WEB)  # no quick exit on the way
    assert "anonym" in json.dumps(s.stored(), ensure_ascii=False)
    s.shot("closed-shadow-root.png")
    assert s.csp_violations() == [] and [c for c in s.console if "pageerror" in c] == []


# ===================================================================== quick exit


def _exit_and_check(s: Session, trigger) -> None:
    s.goto("/embed")  # a page before the chat: back must lead here, not to the chat
    s.goto("/?kommune=vejle")
    s.open()
    s.ask("er det anonymt")
    browser_id = s.stored()["id"]
    key = conversation_key(browser_id)
    assert key in stored_conversations()
    trigger()
    s.page.wait_for_url(EXIT_URL)
    assert s.page.title() == "Vejret"
    forget = [r for r in s.requests if r.url == API + "/webhooks/web/forget"]
    assert len(forget) == 1 and json.loads(forget[0].post_data) == {"sender": browser_id}
    assert wait_until_forgotten(key), "the server still holds the conversation"
    s.page.go_back()  # location.replace: the chat page is not in the history
    assert s.page.url == WEB + "/embed"
    assert s.page.evaluate("() => sessionStorage.length") == 0
    s.goto("/?kommune=vejle")
    assert s.stored() is None and s.root(".rr-user").count() == 0
    assert s.context.cookies() == []


def test_quick_exit_by_button(session):
    s = session(DESKTOP)
    _exit_and_check(s, lambda: s.root(".rr-tools .rr-exit").click())


def test_quick_exit_by_pressing_shift_three_times(session):
    s = session(DESKTOP)

    def shift_three_times() -> None:
        s.root("textarea").focus()
        for key in ("Shift", "Shift", "a", "Shift"):  # interrupted: not an exit
            s.page.keyboard.press(key)
        s.page.wait_for_timeout(300)
        assert s.page.url.startswith(WEB)
        for _ in range(3):
            s.page.keyboard.press("Shift")
    _exit_and_check(s, shift_three_times)


def test_quick_exit_button_is_visible_while_the_chat_is_closed(session):
    s = session(DESKTOP).goto("/?kommune=vejle")
    assert s.root(".rr-dock .rr-exit").is_visible()
    assert s.root(".rr-dock .rr-exit").inner_text() == "Forlad siden"
    s.root(".rr-dock .rr-exit").click()  # with no conversation: no forget request needed
    s.page.wait_for_url(EXIT_URL)
    assert [r for r in s.requests if "/forget" in r.url] == []


def test_delete_conversation_stays_on_the_page(session):
    s = session(DESKTOP).goto("/?kommune=skanderborg")
    s.open()
    s.ask("hvad er jeres adresse")
    key = conversation_key(s.stored()["id"])
    s.root(".rr-tool").filter(has_text="Slet samtalen").click()
    assert wait_until_forgotten(key)
    assert s.page.url == WEB + "/?kommune=skanderborg"
    assert s.stored() is None and s.root(".rr-user").count() == 0
    assert s.root(".rr-greeting").count() == 1
    assert s.root(".rr-status").inner_text() == "Samtalen er slettet."
    s.ask("er det gratis")  # a new conversation with a new id
    assert conversation_key(s.stored()["id"]) != key


# ===================================================================== keyboard, a11y


def _active(s: Session) -> str:
    return s.page.evaluate(
        "() => { const a = document.activeElement; if (a.tagName !== 'RUSMIDDEL-CHAT')"
        " return a.tagName; const i = a.shadowRoot.activeElement;"
        " return i ? (i.id || i.className || i.tagName) : 'host'; }")


def test_keyboard_only_conversation(session):
    s = session(DESKTOP).goto("/?kommune=sonderborg")
    for _ in range(30):
        s.page.keyboard.press("Tab")
        if _active(s) == "rr-launcher":
            break
    assert _active(s) == "rr-launcher"
    s.page.keyboard.press("Shift+Tab")
    assert _active(s) == "rr-exit rr-exit-dock"
    s.page.keyboard.press("Tab")
    s.page.keyboard.press("Enter")
    assert s.root(".rr-panel").is_visible() and _active(s) == "rr-input"
    before = s.bot_count()
    s.page.keyboard.type("hvornår har I telefontid")
    s.page.keyboard.press("Enter")
    s.wait_for_answer(before)
    assert "88 72 44 85" in s.answers_since(before)
    s.page.keyboard.press("Tab")
    assert _active(s) == "rr-send"
    # the tab order inside the panel: close, tools, exit, log (and links in it), input, send
    order = []
    s.root(".rr-close").focus()
    for _ in range(30):
        order.append(_active(s))
        if order[-1] == "rr-send":
            break
        s.page.keyboard.press("Tab")
    assert order[:5] == ["rr-close", "rr-tool", "rr-tool", "rr-exit", "rr-log"]
    # links in the answers, and "Var svaret en hjælp?" (Ja, Nej) under the last one
    assert order[-2:] == ["rr-input", "rr-send"]
    assert set(order[5:-2]) <= {"A", "rr-feedback-btn"}
    s.page.keyboard.press("Escape")
    assert s.root(".rr-panel").is_hidden() and _active(s) == "rr-launcher"
    assert s.root(".rr-launcher").get_attribute("aria-expanded") == "false"


def test_screen_reader_structure(session):
    s = session(DESKTOP).goto("/?kommune=vejle")
    s.open()
    panel = s.root(".rr-panel")
    assert panel.get_attribute("role") == "dialog"
    assert s.root("#rr-title").inner_text() == "Rusmiddelrådgiveren"
    log = s.root(".rr-log")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
    assert s.page.get_by_label("Skriv din besked").count() == 1
    assert s.root(".rr-close").get_attribute("aria-label") == "Luk chatten"
    s.ask("er det anonymt")
    assert s.root(".rr-user .rr-sr").text_content() == "Du skrev: "
    assert s.root(".rr-bot:not(.rr-greeting) .rr-sr").first.text_content() == "Rådgiveren skriver: "
    s.root(".rr-tool").filter(has_text="Om privatliv").click()
    privacy = s.root(".rr-privacy")
    assert privacy.is_visible() and "Chatten er anonym." in privacy.inner_text()
    assert s.root(".rr-privacy strong").count() >= 3


def test_zoom_200_percent_keeps_everything_reachable(session):
    # 1280x800 at 200% zoom is a 640x400 CSS-pixel viewport at device scale 2
    s = session({"width": 640, "height": 400}, device_scale_factor=2)
    s.goto("/?kommune=sonderborg")
    s.open()
    s.ask("hvornår har I telefontid")
    for selector in (".rr-tools .rr-exit", ".rr-close", "textarea", ".rr-send"):
        b = s.root(selector).bounding_box()
        assert b["x"] >= 0 and b["y"] >= 0
        assert b["x"] + b["width"] <= 640 and b["y"] + b["height"] <= 400, selector
    assert s.js("const l = r.querySelector('.rr-log'); return l.scrollWidth <= l.clientWidth;")
    s.shot("zoom-200.png")


def test_reduced_motion_stops_the_typing_animation(session):
    animation = ("r.querySelector('textarea').value = 'er det anonymt';"
                 "r.querySelector('.rr-send').click();"
                 "return getComputedStyle(r.querySelector('.rr-typing span')).animationName;")
    moving = session(DESKTOP).goto("/?kommune=vejle")
    moving.open()
    assert moving.js(animation) == "rr-bounce"
    still = session(DESKTOP, reduced_motion="reduce").goto("/?kommune=vejle")
    still.open()
    assert still.js(animation) == "none"


def test_host_page_css_does_not_reach_the_widget(session):
    def styles(path: str) -> Dict[str, str]:
        s = session(DESKTOP).goto(path)
        return s.js("const b = getComputedStyle(r.querySelector('.rr-launcher'));"
                    "return {font: b.fontFamily, size: b.fontSize, bg: b.backgroundColor,"
                    " color: b.color, transform: b.textTransform, spacing: b.letterSpacing,"
                    " padding: b.padding, box: b.boxSizing};")
    plain, loud = styles("/?kommune=vejle"), styles("/skole?kommune=vejle")
    assert loud == plain
    assert plain["transform"] == "none" and "Comic" not in plain["font"]


@pytest.mark.parametrize("color", ["#ffff00", "#3388ff", "#777777", "#005a70", "#000000"])
def test_any_colour_keeps_readable_contrast(session, color):
    s = session(DESKTOP).goto(f"/embed?kommune=vejle&farve=%23{color[1:]}")
    colors = s.js("const b = getComputedStyle(r.querySelector('.rr-launcher'));"
                  "return [b.color, b.backgroundColor];")
    assert contrast(*colors) >= 4.5, colors


def _axe(s: Session) -> List[Dict[str, Any]]:
    return _axe_page(s.page)


def _axe_page(page: Any) -> List[Dict[str, Any]]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' '))}))")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_or_critical_violations(session, viewport):
    if not AXE.exists():
        pytest.skip(f"axe-core not installed at {AXE} (make test installs it with npm)")
    s = session(viewport).goto("/?kommune=sonderborg")
    s.open()
    s.ask("hvornår har I telefontid")
    s.root(".rr-tool").filter(has_text="Om privatliv").click()
    violations = _axe(s)
    s.root(".rr-tool").filter(has_text="Om privatliv").click()
    s.ask("hvad er jeres telefonnummer")  # a reply with buttons, then the closed state
    violations += _axe(s)
    s.root(".rr-close").click()
    violations += _axe(s)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    print("axe violations:", json.dumps(violations, ensure_ascii=False))
    assert serious == []


# ===================================================================== CSP, privacy, safety


def test_strict_csp_on_another_origin_zero_violations_cookies_and_foreign_requests(session):
    s = session(DESKTOP).goto("/csp-test?kommune=vejle", origin=OTHER_ORIGIN)
    policy = s.response.headers["content-security-policy"]
    assert policy == (f"default-src 'self'; script-src {WEB}; style-src {WEB}; "
                      f"connect-src {WEB} {API}")
    s.open()
    assert "anonym" in s.ask("er det anonymt")
    s.root(".rr-tool").filter(has_text="Om privatliv").click()
    # the stylesheet inside the shadow root applies under the policy
    assert s.js("return getComputedStyle(r.querySelector('.rr-launcher')).borderRadius;") == "24px"
    s.root(".rr-tool").filter(has_text="Slet samtalen").click()
    assert s.csp_violations() == []
    assert s.other_hosts() == []
    assert {urlsplit(r.url).netloc for r in s.requests} == ALLOWED_HOSTS
    assert s.context.cookies() == [] and s.page.evaluate("() => localStorage.length") == 0
    assert [r for r in s.requests if r.headers.get("referer")] == []


def test_typed_html_is_shown_as_text(session):
    s = session(DESKTOP).goto("/?kommune=vejle")
    s.open()
    typed = "<img src=x onerror=alert(1)><b>fed</b><script>alert(2)</script>"
    s.ask(typed)
    assert s.root(".rr-user p").first.inner_text() == typed
    assert s.js("return r.querySelectorAll('.rr-log img, .rr-log b, .rr-log script').length;") == 0
    assert s.dialogs == []


def test_html_and_odd_links_from_the_server_are_shown_as_text(session):
    s = session(DESKTOP).goto("/?kommune=vejle")
    hostile = [{"text": "<img src=x onerror=alert(1)> Se <a href='javascript:alert(2)'>her</a> "
                        "eller javascript:alert(3) eller www.vejle.dk/rusmiddelcentervejle, "
                        "ring 76 81 90 00 eller skriv til rusmiddel@vejle.dk. Ved fare: 112.",
                "buttons": [{"title": "<b>knap</b>", "payload": "/greet"}]}]

    def fake(route):
        cors = {"Access-Control-Allow-Origin": WEB, "Access-Control-Allow-Headers": "content-type",
                "Access-Control-Allow-Methods": "POST"}
        if route.request.method == "OPTIONS":
            route.fulfill(status=204, headers=cors)
        else:
            route.fulfill(status=200, headers=cors, content_type="application/json",
                          body=json.dumps(hostile))
    s.page.route(API + "/webhooks/web/webhook", fake)
    s.open()
    s.ask("hej")
    message = s.root(".rr-bot:not(.rr-greeting)").last
    assert "<img src=x onerror=alert(1)>" in message.inner_text()
    assert "javascript:alert(3)" in message.inner_text()
    hrefs = s.js("const m = [...r.querySelectorAll('.rr-bot:not(.rr-greeting)')].pop();"
                 "return [...m.querySelectorAll('a')].map(a => a.getAttribute('href'));")
    assert hrefs == ["https://www.vejle.dk/rusmiddelcentervejle", "tel:+4576819000",
                     "mailto:rusmiddel@vejle.dk", "tel:112"]
    every = s.js("return [...r.querySelectorAll('a')].map(a => a.getAttribute('href'));")
    assert all(re.match(r"^(https?:|tel:|mailto:)", h) for h in every)
    assert s.root(".rr-reply").inner_text() == "<b>knap</b>"
    assert s.js("return r.querySelectorAll('.rr-log img, .rr-log b').length;") == 0
    assert s.dialogs == []


# ===================================================================== resilience


def test_server_down_shows_contact_data_and_retry_works(session):
    s = session(DESKTOP).goto("/?kommune=sonderborg")
    s.page.route(API + "/webhooks/web/webhook", lambda route: route.abort("connectionrefused"))
    s.open()
    s.ask("hvornår har I telefontid")
    error = s.root(".rr-error").inner_text()
    assert "Chatten kan ikke svare lige nu" in error and "Prøv igen om lidt" in error
    assert "88 72 44 85" in error and "Mandag: kl. 8.30-15.00" in error and "112" in error
    assert s.root(".rr-is-busy").count() == 0  # no endless spinner
    s.page.unroute(API + "/webhooks/web/webhook")
    before = s.bot_count()
    s.root(".rr-retry").click()
    s.wait_for_answer(before)
    assert "Torsdag: kl. 8.30-17.00" in s.answers_since(before)
    assert s.root(".rr-user").count() == 1  # the retry did not repeat the question
    assert s.root(".rr-retry").count() == 0


def test_offline_shows_a_kind_message_without_sending(session):
    s = session(DESKTOP).goto("/?kommune=fredericia")
    s.open()
    s.context.set_offline(True)
    s.ask("er det gratis")
    error = s.root(".rr-error").inner_text()
    assert "Du er ikke på nettet" in error
    assert "Kataloget giver ikke et telefonnummer" in error  # Fredericia: no invented number
    assert s.webhook_posts() == []
    s.context.set_offline(False)
    before = s.bot_count()
    s.root(".rr-retry").click()
    s.wait_for_answer(before)
    assert len(s.webhook_posts()) == 1 and "Fredericia" in s.answers_since(before)


def test_timeout_shows_a_kind_message(session):
    s = session(DESKTOP)
    s.page.clock.install()
    s.goto("/?kommune=vejle")
    s.page.route(API + "/webhooks/web/webhook", lambda route: None)  # never answers
    s.open()
    s.root("textarea").fill("er det anonymt")
    s.root("textarea").press("Enter")
    assert s.root(".rr-typing").count() == 1 and s.root(".rr-status").inner_text()
    s.page.clock.run_for(21_000)
    s.root(".rr-error").wait_for()
    assert "Det tager for lang tid" in s.root(".rr-error").inner_text()
    assert "76 81 90 00" in s.root(".rr-error").inner_text()
    assert s.root(".rr-typing").count() == 0


def test_double_sends_are_prevented(session):
    s = session(DESKTOP).goto("/skole?kommune=ingen")  # the chat asks for it
    s.open()
    kept = s.js("const t = r.querySelector('textarea'), send = r.querySelector('.rr-send');"
                "t.value = 'hvad er jeres telefonnummer'; send.click(); send.click();"
                "t.value = 'en til'; send.click();"
                "t.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));"
                "return [t.value, send.getAttribute('aria-disabled')];")
    assert kept == ["en til", "true"]  # the second message waits in the box
    s.wait_for_answer(0)
    assert len(s.webhook_posts()) == 1
    s.root("textarea").fill("")
    before = s.bot_count()
    s.js("const b = r.querySelector('.rr-reply'); b.click(); b.click();")
    s.wait_for_answer(before)
    assert len(s.webhook_posts()) == 2
    assert s.root(".rr-user").count() == 2


def test_snippet_options_on_someone_elses_page(session, stack):
    """A host page we do not control: data-open, data-color and data-exit are honoured."""
    s = session(DESKTOP)
    s.goto("/", origin=stack["FOREIGN_ORIGIN"])
    assert s.root(".rr-panel").is_visible()
    assert s.page.evaluate("() => document.activeElement === document.body")  # no focus theft
    assert s.js("return getComputedStyle(r.querySelector('.rr-header')).backgroundColor;") \
        == "rgb(122, 31, 92)"
    assert "8794 7580" in s.root(".rr-greeting").inner_text()
    s.root(".rr-tools .rr-exit").click()
    s.page.wait_for_url(WEB + "/health")
    to_api = [r for r in s.requests if urlsplit(r.url).netloc == f"127.0.0.1:{RASA_PORT}"]
    assert {urlsplit(r.url).netloc for r in s.requests} - {urlsplit(API).netloc} == {
        urlsplit(stack["FOREIGN_ORIGIN"]).netloc, f"127.0.0.1:{WEB_PORT}"}
    # to the chat server only the anonymous quick-exit count: no conversation, no id
    assert [(r.method, r.url) for r in to_api] == [("POST", API + "/webhooks/web/insight")]
    assert json.loads(to_api[0].post_data) == {
        "municipality": "skanderborg", "topic": "none", "value": "quick_exit"}
