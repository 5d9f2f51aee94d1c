"""End to end: real Rasa and action servers, messages over the web channel.

Starts its own servers on ports 5105/5155 (so a running `make run` is not disturbed)
and stops them afterwards.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from triage_questions import DEFAULT_CASES, load_cases, replay  # scripts/, see conftest

from tests.danish import is_danish

ROOT = Path(__file__).resolve().parent.parent
RASA_PORT, ACTIONS_PORT = 5105, 5155
URL = f"http://127.0.0.1:{RASA_PORT}/webhooks/web/webhook"
VAR_DIR = ROOT / "var" / "e2e"


@pytest.fixture(scope="module")
def servers():
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    endpoints = VAR_DIR / "endpoints.yml"
    # the project's own endpoints (tracker store included), only the action port differs
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace(
        "127.0.0.1:5055", f"127.0.0.1:{ACTIONS_PORT}"))
    env = {**os.environ, "RASA_PORT": str(RASA_PORT), "ACTIONS_PORT": str(ACTIONS_PORT), "WEB_PORT": "off",
           "VAR_DIR": str(VAR_DIR), "ENDPOINTS": str(endpoints)}
    script = str(ROOT / "scripts" / "services.sh")
    started = subprocess.run([script, "start"], env=env, capture_output=True, text=True)
    if started.returncode != 0:
        subprocess.run([script, "stop"], env=env)
        pytest.fail("servers did not start: " + started.stdout + started.stderr
                    + (VAR_DIR / "log" / "rasa.log").read_text()[-3000:])
    yield env
    subprocess.run([script, "stop"], env=env, capture_output=True)


def post(body, raw: bytes = None):
    data = raw if raw is not None else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(URL, data=data, method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        body = err.read().decode("utf-8", "replace")
        try:
            return err.code, json.loads(body or "null")
        except ValueError:
            return err.code, body


def say(message, municipality=None, sender=None):
    body = {"sender": sender or uuid.uuid4().hex, "message": message}
    if municipality:
        body["metadata"] = {"municipality": municipality}
    status, replies = post(body)
    assert status == 200
    return " ".join(r.get("text", "") + " " + " ".join(b["title"] for b in r.get("buttons", []))
                    for r in replies)


@pytest.mark.parametrize("municipality,message,pattern", [
    ("vejle", "er det anonymt", r"anonym"),
    ("sonderborg", "hvornår kan jeg ringe til jer", r"88 72 44 85"),
    ("skanderborg", "hvad er jeres adresse", r"Ole Lund Kirkegaards Stræde 2F"),
    ("fredericia", "hvad er jeres telefonnummer", r"ikke"),
    ("vejle", "jeg har lyst til at tage mit eget liv", r"112"),
])
def test_real_answers(servers, municipality, message, pattern):
    assert re.search(pattern, say(message, municipality)), message


def test_without_municipality_it_asks_then_answers(servers):
    sender = uuid.uuid4().hex
    first = say("hvad er jeres telefonnummer", sender=sender)
    assert "Vejle" in first and "Sønderborg" in first
    assert "76 81 90 00" in say("Vejle", sender=sender)


def test_identifying_details_are_not_echoed(servers):
    reply = say("Jeg hedder Mette, ring på 22 33 44 55", "sonderborg")
    assert "Mette" not in reply and "22 33 44 55" not in reply and "anonym" in reply


BAD_INPUTS = [
    "", " ", "\n\n\t", "😀😀😀", "👍", "🍺🍺🍺🍺", "?", "!!!!!", "...", "-", "<>", "{}", "[]",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>fed</b> tekst",
    "javascript:alert(1)", "' OR 1=1 --", "'; DROP TABLE events; --", "${jndi:ldap://x/a}",
    "{{7*7}}", "%s%s%s%n", "../../etc/passwd", "\x00\x01\x02binary\xff", "\u202eevil",
    "a" * 10000, "hash " * 2000, "æøå" * 3000, "1234567890" * 100, "hej " + "🙂" * 500,
    "/restart", "/crisis", "/inform_municipality{\"municipality\":\"vejle\"}",
    "/ask_price", "/session_start", "/greet{\"municipality\": \"aarhus\"}", "//", "/",
    "Ω≈ç√∫", "中文消息", "مرحبا", "ПРИВЕТ", "asdfghjkl", "qwerty qwerty", "lorem ipsum dolor",
    "SELECT * FROM trackers", "null", "undefined", "NaN", "true", "0", "-1", "9" * 400,
    "http://example.com", "mailto:x@y.dk", "\r\n\r\n", "hej\u0000med\u0007dig",
    "jeg bor i aarhus", "kommune: odense",
]


def test_bad_input_corpus_size():
    assert len(BAD_INPUTS) >= 50


@pytest.mark.parametrize("message", BAD_INPUTS)
def test_bad_input_gets_a_kind_danish_answer(servers, message):
    status, replies = post({"sender": uuid.uuid4().hex, "message": message,
                            "metadata": {"municipality": "vejle"}})
    assert status == 200 and replies and all(r.get("text") for r in replies)
    text = " ".join(r["text"] for r in replies)
    assert is_danish(text), text
    assert "<script" not in json.dumps(replies) and "onerror" not in text


@pytest.mark.parametrize("body", [
    {"sender": 5, "message": "hej"}, {"message": "hej"}, {"sender": ["x"], "message": {"a": 1}},
    {"sender": "x" * 5000, "message": "hej", "metadata": "vejle"},
    {"sender": "x", "message": "hej", "metadata": {"municipality": {"$ne": 1}}},
    {"sender": "x", "message": "hej", "metadata": {"municipality": "a" * 10000}},
])
def test_odd_fields_are_handled(servers, body):
    status, replies = post(body)
    assert status == 200 and replies and all(is_danish(r["text"]) for r in replies)


@pytest.mark.parametrize("raw", [b"not json", b"[1,2]", b'{"message": 5}', b"\xff\xfe"])
def test_malformed_requests_are_4xx_or_answered(servers, raw):
    status, _ = post(None, raw=raw)
    assert status in (200, 400)


def test_oversize_request_is_refused_with_4xx(servers):
    status, _ = post(None, raw=json.dumps({"sender": "x", "message": "a" * 300_000}).encode())
    assert 400 <= status < 500


def test_server_keeps_serving_after_bad_input(servers):
    assert re.search(r"anonym", say("kan jeg være anonym", "vejle"))


def test_the_expiring_tracker_store_is_really_in_use(servers):
    # Rasa silently falls back to a never-expiring store if the class cannot be imported.
    with urllib.request.urlopen(f"http://127.0.0.1:{RASA_PORT}/webhooks/web/", timeout=10) as r:
        assert json.loads(r.read())["tracker_store"] == "ExpiringInMemoryTrackerStore"


def test_forget_answers_the_same_for_any_id(servers):
    sender = uuid.uuid4().hex
    say("hej", "vejle", sender=sender)
    for who in (sender, "never-seen"):
        req = urllib.request.Request(URL.rsplit("/", 1)[0] + "/forget", method="POST",
                                     data=json.dumps({"sender": who}).encode())
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert json.loads(resp.read()) == {"forgotten": True}


def test_rate_limit_per_conversation_answers_kindly(servers):
    sender = uuid.uuid4().hex
    statuses = [post({"sender": sender, "message": "hej", "metadata": {"municipality": "vejle"}})
                for _ in range(12)]
    limited = [replies for status, replies in statuses if status == 429]
    assert limited and "Vent et øjeblik" in limited[0][0]["text"]


def post_from(body, source="127.0.0.1", forwarded_for=None):
    """POST from the loopback address ``source``, as a proxy naming ``forwarded_for``."""
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", RASA_PORT, timeout=60,
                                      source_address=(source, 0))
    headers = {"Content-Type": "application/json"}
    if forwarded_for:
        headers["X-Forwarded-For"] = forwarded_for
    try:
        conn.request("POST", "/webhooks/web/webhook", body=json.dumps(body), headers=headers)
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read().decode("utf-8"))
    finally:
        conn.close()


@pytest.mark.parametrize("source,forwarded_for", [
    ("127.0.0.1", "203.0.113.77"),   # behind the trusted proxy (nginx, a TLS proxy)
    ("127.0.0.2", None),             # a client talking directly; not a trusted proxy
])
def test_many_sender_ids_from_one_address_are_limited(servers, source, forwarded_for):
    """A new sender id per message gains nothing: credentials.yml allows 60 at once per
    address, then 2 a second. (Empty messages: the channel answers them itself.)"""
    results = [post_from({"sender": uuid.uuid4().hex, "message": ""}, source, forwarded_for)
               for _ in range(75)]
    statuses = [status for status, _ in results]
    assert statuses[:60] == [200] * 60 and statuses[60:].count(429) >= 10, statuses
    limited = next(replies for status, replies in results if status == 429)
    assert "samme forbindelse" in limited[0]["text"] and is_danish(limited[0]["text"])
    # other people are not affected
    assert post_from({"sender": uuid.uuid4().hex, "message": ""}, "127.0.0.1",
                     "203.0.113.78")[0] == 200


def _raw(method, path, headers=None):
    req = urllib.request.Request(f"http://127.0.0.1:{RASA_PORT}{path}", method=method,
                                 headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers)


@pytest.mark.parametrize("path", ["/status", "/model/parse", "/conversations/x/tracker", "/version"])
def test_rasa_http_api_is_not_enabled(servers, path):
    status, _ = _raw("GET", path)
    assert status in (404, 405)


def test_cors_allows_only_configured_origins(servers):
    _, allowed = _raw("OPTIONS", "/webhooks/web/webhook",
                      {"Origin": "http://localhost:8080", "Access-Control-Request-Method": "POST"})
    _, other = _raw("OPTIONS", "/webhooks/web/webhook",
                    {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert allowed.get("Access-Control-Allow-Origin") == "http://localhost:8080"
    assert other.get("Access-Control-Allow-Origin") in (None, "")


def _listening_addresses(port: int):
    """Local addresses listening on ``port``, read from /proc/net/tcp{,6}."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


def test_action_server_listens_on_loopback_only(servers):
    # rasa-sdk has no authentication: it must listen on 127.0.0.1 and nowhere else
    assert _listening_addresses(ACTIONS_PORT) == {"0100007F"}
    assert _listening_addresses(RASA_PORT) == {"0100007F"}

TRIAGE_CASES = load_cases(DEFAULT_CASES)


@pytest.mark.parametrize("case", TRIAGE_CASES, ids=[c["id"] for c in TRIAGE_CASES])
def test_triage_conversations_end_in_the_right_offer(servers, case):
    result = replay(URL, case)
    assert re.search(case["expect"], result.recommendation, re.IGNORECASE), result.replies
    assert is_danish("\n".join(result.replies))


def test_triage_never_asks_for_identifying_details(servers):
    for case in TRIAGE_CASES:
        for text in replay(URL, case).replies:
            assert not re.search(r"(dit|jeres) (navn|cpr|telefonnummer|adresse|e-?mail)", text,
                                 re.IGNORECASE), text


def test_stop_in_the_middle_of_triage(servers):
    sender = uuid.uuid4().hex
    first = say("min kæreste drikker for meget", "vejle", sender)
    assert "Hvor gammel er du selv?" in first
    assert "stopper" in say("glem det", "vejle", sender)
    # afterwards the assistant answers questions normally
    assert "76 81 90 00" in say("hvad er jeres telefonnummer", "vejle", sender)


def test_crisis_in_the_middle_of_triage_gets_112_first(servers):
    sender = uuid.uuid4().hex
    say("min far drikker", "vejle", sender)
    assert "112" in say("jeg vil slå mig selv ihjel", "vejle", sender)


def test_alternatives_after_a_recommendation(servers):
    sender = uuid.uuid4().hex
    say("jeg er 19 og synes selv jeg ryger for meget hash", "skanderborg", sender)
    assert "Det her kan også passe" in say("/triage_alternatives", "skanderborg", sender)


BOOKING_CODE = re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b")


def send(sender, message, municipality="skanderborg"):
    status, replies = post({"sender": sender, "message": message,
                            "metadata": {"municipality": municipality}})
    assert status == 200, replies
    return replies


def payloads(replies, prefix):
    return [b["payload"] for r in replies for b in r.get("buttons", [])
            if b["payload"].startswith(prefix)]


def offered_slot(sender):
    """Walk a new conversation to the first free time; returns its choose-slot payload."""
    replies = send(sender, "jeg vil gerne booke en samtale")
    offers = payloads(replies, "/choose_booking_offer")
    if offers:
        replies = send(sender, offers[0])
    return payloads(replies, "/choose_booking_slot")[0]


def test_booking_end_to_end_through_the_webhook(servers):
    sender = uuid.uuid4().hex
    choose = offered_slot(sender)
    confirm = payloads(send(sender, choose), "/confirm_booking")[0]
    booked = " ".join(r.get("text", "") for r in send(sender, confirm))
    code = BOOKING_CODE.search(booked).group(0)
    assert "eneste måde" in booked
    assert "Din tid er" in " ".join(r["text"] for r in send(sender, f"hvornår er min tid {code}"))
    assert "aflyst" in " ".join(r["text"] for r in send(sender, f"aflys {code}"))
    assert "allerede aflyst" in " ".join(r["text"] for r in send(sender, f"aflys {code}"))
    assert "kan ikke finde" in " ".join(r["text"] for r in send(sender, "aflys ZZZZ-ZZZZ"))


def test_fifty_conversations_race_for_one_time_through_the_chat(servers):
    from concurrent.futures import ThreadPoolExecutor
    senders = [uuid.uuid4().hex for _ in range(50)]
    # every conversation is offered the same first free time and asks to book it ...
    chooses = {offered_slot(sender) for sender in senders}
    assert len(chooses) == 1
    choose = chooses.pop()
    confirms = [payloads(send(sender, choose), "/confirm_booking")[0] for sender in senders]
    # ... then all confirm at once
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda pair: " ".join(r.get("text", "") for r in send(*pair)),
                                zip(senders, confirms, strict=True)))
    booked = [r for r in results if BOOKING_CODE.search(r)]
    refused = [r for r in results if "nåede en anden at booke" in r]
    assert len(booked) == 1 and len(refused) == 49, results[:3]


# ------------------------------------------------- question sets the team did not write

ASK = ROOT.parent / "shared" / "eval" / "ask.py"
# (set, minimum score): dev.yaml must stay perfect; the independent sets must not get worse
# than measured when this round ended (A 0.71, B 0.57, fresh 0.63).
QUESTION_SETS = [(ROOT.parent / "shared" / "eval" / "dev.yaml", 1.0),
                 # floors a few points under the 2026-12-03 end figures (answers name the
                 # time of day, "Telefonen er lukket nu ...", so a run at another hour differs)
                 (ROOT / "tests" / "eval" / "questions_set_a.yaml", 0.76),
                 (ROOT / "tests" / "eval" / "questions_set_b.yaml", 0.63),
                 (ROOT / "tests" / "eval" / "questions_fresh.yaml", 0.65),
                 # written 2026-12-01 by a second reviewer who never read the code; scored
                 # once before any change it could have informed: 0.51
                 (ROOT / "tests" / "eval" / "questions_fresh2.yaml", 0.54),
                 # a third reviewer, written at the end of 2026-12-01; scored once: 0.54
                 (ROOT / "tests" / "eval" / "questions_fresh3.yaml", 0.61),
                 # a fourth reviewer, written at the start of the 2026-12-01 evening session;
                 # only its score was looked at: 0.51 first, 0.48 at the end
                 (ROOT / "tests" / "eval" / "questions_fresh4.yaml", 0.58),
                 # a fifth reviewer, written at the end of that session; only its score was
                 # looked at: 0.38 first, 0.40 at the end
                 (ROOT / "tests" / "eval" / "questions_fresh5.yaml", 0.51),
                 # a sixth reviewer, written at the start of 2026-12-02 and never read (only
                 # totals and per-asker scores looked at): 0.375 before, 0.458 after
                 (ROOT / "tests" / "eval" / "questions_fresh6.yaml", 0.49),
                 # a seventh reviewer, written late on 2026-12-02 and scored once at the end,
                 # unread: 0.43 (the honest number of that session)
                 (ROOT / "tests" / "eval" / "questions_fresh7.yaml", 0.51),
                 # an eighth reviewer, written at the start of the 2026-12-03 session and scored
                 # once at its end, unread: 0.46 with the code of the session before, 0.48 after
                 (ROOT / "tests" / "eval" / "questions_fresh8.yaml", 0.45),
                 # a ninth reviewer, written at the start of the 2026-12-02 (second) session and
                 # scored once at its end, unread: 0.59 with the code of the session before, 0.64
                 # after (young 0.65, relatives 0.68, professional 0.59)
                 (ROOT / "tests" / "eval" / "questions_fresh9.yaml", 0.61),
                 # a tenth reviewer, written at the start of the 2026-12-02 (third) session: 0.52
                 # with the session's starting code; then used to find classes (0.74 at its end)
                 (ROOT / "tests" / "eval" / "questions_fresh10.yaml", 0.72),
                 # an eleventh reviewer, written during that session and scored once before use:
                 # 0.63 with the starting code, 0.68 with the code then (later used: 0.69+)
                 (ROOT / "tests" / "eval" / "questions_fresh11.yaml", 0.70),
                 # a twelfth reviewer, written late in that session, scored once, never read:
                 # 0.54 with the starting code, 0.60 at the end (the honest number)
                 # (2026-12-02, next session, after fixing classes: 0.70)
                 (ROOT / "tests" / "eval" / "questions_fresh12.yaml", 0.65),
                 # a thirteenth reviewer, written at the start of that next session: 0.63 with its
                 # starting code; then used to find classes (0.68)
                 (ROOT / "tests" / "eval" / "questions_fresh13.yaml", 0.63),
                 # a fourteenth reviewer, written late in that session, scored only at its end and
                 # never read: 0.71 with the starting code, 0.73 at the end (the honest number)
                 (ROOT / "tests" / "eval" / "questions_fresh14.yaml", 0.68),
                 # a fifteenth reviewer, written at the start of the 2026-12-02 fourth session: 0.59
                 # with the session's starting code (young 0.52, relatives 0.59, professional 0.67);
                 # then used to find classes (0.71)
                 (ROOT / "tests" / "eval" / "questions_fresh15.yaml", 0.66),
                 # a sixteenth reviewer, written at the start of that session and sealed: scored only
                 # at its end, unread: 0.57 with the starting code, 0.59 at the end (the honest number)
                 (ROOT / "tests" / "eval" / "questions_fresh16.yaml", 0.55),
                 # the team's follow-up patterns (tests/stories/test_follow_ups.yml as text)
                 (ROOT / "tests" / "data" / "follow_ups.yaml", 1.0)]


@pytest.mark.parametrize("question_set,minimum", QUESTION_SETS, ids=lambda v: getattr(v, "name", v))
def test_question_sets_score_at_least(servers, question_set, minimum):
    if not ASK.exists():
        pytest.skip("../shared/eval/ask.py is not next to the repository")
    result = subprocess.run([sys.executable, str(ASK), str(question_set), "--url", URL,
                             "--min", str(minimum)], capture_output=True, text=True)
    print(question_set.name, result.stdout.strip().splitlines()[-1])
    assert result.returncode == 0, result.stdout[-3000:]


def test_crisis_answers_on_the_fresh_batch_end_to_end(servers):
    from scripts.eval_safety import load, over_http, score

    # batch H: written late on 2026-12-02 and scored once, unread; 0.85 / 0.050 end to end;
    # 0.98 / 0.055 for the detector after the learned reader's second training batch
    result = score(over_http(URL), load(["crisis_set_h.yaml"]), load(["noncrisis_set_h.yaml"]),
                   workers=4)
    print(f"end to end, fresh batch H: recall {result['recall']:.3f}, false alarms "
          f"{result['false_alarm_rate']:.3f}")
    assert result["recall"] >= 0.95 and result["false_alarm_rate"] <= 0.06


def test_zz_action_server_down_still_gets_danish_answers(servers):
    """Runs last in this module: stops the action server and keeps talking."""
    pid = int((VAR_DIR / "run" / "actions.pid").read_text())
    os.kill(pid, 15)
    time.sleep(1.0)
    reply = say("hvad er jeres telefonnummer", "vejle")
    assert "Prøv igen om lidt" in reply and "76 81 90 00" in reply
    assert "112" in say("jeg vil ikke leve mere", "vejle")  # static answer, no action server


