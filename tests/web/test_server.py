"""The web service's routes, served by the real Sanic server in this process."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from datetime import datetime

import pytest
from sanic import Blueprint, response

from core.hours import COPENHAGEN
from tests.web.conftest import fetch, serve
from web.config import WEB_DIR, WebConfig
from web.security import page_csp, strict_embed_csp
from web.server import create_app

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0, tzinfo=COPENHAGEN)
SATURDAY_10 = datetime(2026, 11, 28, 10, 0, tzinfo=COPENHAGEN)
CONFIG = WebConfig(public_url="http://127.0.0.1:8180", rasa_url="http://127.0.0.1:5305",
                   allowed_origins=("http://localhost:8180", "http://127.0.0.1:8180"),
                   clock=lambda: WEDNESDAY_10)
PAGES = ["/", "/?kommune=vejle", "/?kommune=fredericia", "/skole", "/skole?kommune=ingen",
         "/skole?kommune=vejle",
         "/embed", "/embed?kommune=skanderborg&farve=%23aa0000&aaben=1",
         "/csp-test?kommune=vejle"]


@pytest.fixture(scope="module")
def base():
    staff = Blueprint("staff_test", url_prefix="/staff")

    @staff.get("/ping")
    async def ping(request):
        return response.json({"staff": True})

    with serve(create_app(CONFIG, extra_blueprints=[staff])) as url:
        yield url


def config_json(base, slug, headers=None):
    reply = fetch(f"{base}/widget/config/{slug}.json", headers)
    assert reply.status == 200, reply.text
    return reply, json.loads(reply.body)


def test_health(base):
    reply = fetch(base + "/health")
    assert reply.status == 200
    assert json.loads(reply.body) == {"status": "ok", "municipalities": [
        "fredericia", "skanderborg", "sonderborg", "vejle"]}


@pytest.mark.parametrize("path", PAGES)
def test_pages_need_no_inline_script_or_style(base, path):
    reply = fetch(base + path)
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/html")
    html = reply.text
    assert '<html lang="da">' in html
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []  # every script has a src
    assert "<style" not in html and " style=" not in html and "javascript:" not in html
    assert re.search(r' on[a-z]+=', html) is None  # no inline event handlers
    assert "set-cookie" not in reply.headers


@pytest.mark.parametrize("path", [p for p in PAGES if not p.startswith("/csp-test")])
def test_own_pages_send_the_strict_policy(base, path):
    headers = fetch(base + path).headers
    assert headers["content-security-policy"] == page_csp("http://127.0.0.1:5305")
    assert "'unsafe-inline'" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


def test_municipality_page_embeds_the_widget_for_that_municipality(base):
    html = fetch(base + "/?kommune=vejle").text
    assert ('<script src="/widget/widget.js" data-municipality="vejle" data-entry="kommune" '
            'defer></script>') in html
    assert "Vejle Kommune" in html and "RusmiddelCenter Vejle" in html


def test_overview_and_school_page_let_the_chat_ask_for_the_municipality(base):
    for path in ("/", "/skole?kommune=ingen"):
        html = fetch(base + path).text
        entry = ' data-entry="skole"' if path.startswith("/skole") else ""
        assert f'<script src="/widget/widget.js"{entry} defer></script>' in html
        for slug in ("fredericia", "skanderborg", "sonderborg", "vejle"):
            assert f"kommune={slug}" in html


def test_school_page_shows_and_runs_the_tag_with_the_schools_municipality(base):
    html = fetch(base + "/skole").text
    assert ('<script src="/widget/widget.js" data-municipality="sonderborg" data-entry="skole" '
            "defer></script>") in html
    assert ('&lt;script src=&quot;http://127.0.0.1:8180/widget/widget.js&quot; '
            'data-municipality=&quot;sonderborg&quot; data-entry=&quot;skole&quot; '
            'defer&gt;&lt;/script&gt;') in html  # as pasted: the public widget URL
    assert "Sønderborg Kommune" in html
    assert "data-municipality=&quot;vejle&quot;" in fetch(base + "/skole?kommune=vejle").text


def test_a_hostile_query_value_is_not_reflected(base):
    for path in ("/", "/skole"):
        html = fetch(base + path + "?kommune=%3Cscript%3Ealert(1)%3C/script%3E").text
        assert "alert(1)" not in html and "<script>" not in html
    embed = fetch(base + "/embed?kommune=vejle&farve=red%22%3E%3Cb%3E").text
    assert "<b>" not in embed and 'data-color="red' not in embed


def test_embed_page_shows_the_snippet_for_the_chosen_municipality_and_colour(base):
    html = fetch(base + "/embed?kommune=skanderborg&farve=%23AA0000&aaben=1").text
    expected = ('&lt;script src=&quot;http://127.0.0.1:8180/widget/widget.js&quot; '
                'data-municipality=&quot;skanderborg&quot; data-color=&quot;#aa0000&quot; '
                'data-open=&quot;true&quot; defer&gt;&lt;/script&gt;')
    assert expected in html
    assert '<option value="skanderborg" selected>Skanderborg</option>' in html
    assert 'value="#aa0000"' in html and "checked" in html
    # the live preview on the page is the same widget with the same options
    assert ('<script src="/widget/widget.js" data-municipality="skanderborg" '
            'data-color="#aa0000" data-open="true" defer></script>') in html


def test_csp_test_page_loads_the_widget_from_the_public_origin_under_the_strict_policy(base):
    reply = fetch(base + "/csp-test?kommune=vejle")
    assert reply.headers["content-security-policy"] == (
        "default-src 'self'; script-src http://127.0.0.1:8180; "
        "style-src http://127.0.0.1:8180; connect-src http://127.0.0.1:8180 http://127.0.0.1:5305")
    assert reply.headers["content-security-policy"] == strict_embed_csp(
        "http://127.0.0.1:8180", "http://127.0.0.1:5305")
    assert ('<script src="http://127.0.0.1:8180/widget/widget.js" data-municipality="vejle" '
            'defer></script>') in reply.text
    assert '<link rel="stylesheet" href="http://127.0.0.1:8180/static/demo.css">' in reply.text


def test_sonderborg_config_has_phone_and_phone_hours_from_the_knowledge_base(base):
    _, body = config_json(base, "sonderborg")
    assert body["municipality"] == "sonderborg" and body["phone"] == "88 72 44 85"
    greeting = "\n".join(body["greeting"])
    assert "automatisk" in greeting and "anonym" in greeting
    assert "Misbrugscenter Sønderborg på 88 72 44 85" in body["humans"]
    assert "Mandag: kl. 8.30-15.00" in body["humans"]
    assert "Torsdag: kl. 8.30-17.00" in body["humans"]
    assert "Telefonen er åben nu, indtil kl. 15.00." in body["humans"]  # fixed clock: Wed 10.00
    assert body["humans"] in greeting
    assert body["api"] == "http://127.0.0.1:5305"
    assert body["exitUrl"] == "https://www.dmi.dk/"


def test_fredericia_config_says_the_catalogue_gives_no_phone(base):
    _, body = config_json(base, "fredericia")
    assert body["phone"] is None
    assert "Kataloget giver ikke et telefonnummer" in body["humans"]
    assert "Fredericia Kommune" in body["humans"]
    assert not re.search(r"\d{2} ?\d{2} ?\d{2} ?\d{2}", body["humans"])  # no invented number


def test_vejle_config_has_a_phone_but_no_invented_hours(base):
    _, body = config_json(base, "vejle")
    assert "76 81 90 00" in body["humans"]
    assert "Kataloget nævner ikke faste telefontider." in body["humans"]
    assert "kl." not in body["humans"]


def test_general_config_lists_every_centre(base):
    body = json.loads(fetch(base + "/widget/config.json").body)
    assert body["municipality"] is None
    for expected in ("88 72 44 85", "8794 7580", "76 81 90 00", "Spørg Fredericia Kommune"):
        assert expected in body["humans"]


def test_config_on_a_saturday_says_when_the_phone_opens(base):
    with serve(create_app(replace(CONFIG, clock=lambda: SATURDAY_10))) as other:
        _, body = config_json(other, "sonderborg")
    assert "Telefonen er lukket lige nu. Næste gang er på mandag kl. 8.30." in body["humans"]


def test_config_carries_the_privacy_text_as_text_blocks(base):
    _, body = config_json(base, "vejle")
    blocks = body["privacy"]
    assert blocks[0] == {"type": "title", "parts": [
        {"text": "Sådan passer vi på dig i chatten", "strong": False}]}
    assert {b["type"] for b in blocks} == {"title", "heading", "paragraph", "item"}
    text = json.dumps(blocks, ensure_ascii=False)
    assert "**" not in text and "<" not in text and "højst 30 minutter" in text


@pytest.mark.parametrize("name", ["aarhus.json", "vejle", "..%2Fvejle.json", "VEJLE.json",
                                  "vejle.json.bak"])
def test_unknown_or_odd_config_names_are_404(base, name):
    assert fetch(f"{base}/widget/config/{name}").status == 404


def test_config_cors_only_for_configured_origins(base):
    allowed, _ = config_json(base, "vejle", {"Origin": "http://localhost:8180"})
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:8180"
    assert "origin" in allowed.headers["vary"].lower()
    other, _ = config_json(base, "vejle", {"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_widget_files_are_served_plain_and_gzipped(base):
    source = (WEB_DIR / "static" / "widget.js").read_bytes()
    plain = fetch(base + "/widget/widget.js")
    assert plain.status == 200 and plain.body == source
    assert plain.headers["content-type"].startswith("text/javascript")
    assert plain.headers["cross-origin-resource-policy"] == "cross-origin"
    zipped = fetch(base + "/widget/widget.js", {"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert gzip.decompress(zipped.body) == source and len(zipped.body) < len(source) / 2
    css = fetch(base + "/widget/widget.css")
    assert css.status == 200 and css.headers["content-type"].startswith("text/css")


def test_widget_css_sizes_do_not_follow_the_host_pages_root_font_size():
    """rem is the host page's root font size (22px on /skole): the widget uses px."""
    css = (WEB_DIR / "static" / "widget.css").read_text(encoding="utf-8")
    assert re.findall(r"[\d.]+rem\b", re.sub(r"/\*.*?\*/", "", css, flags=re.S)) == []


@pytest.mark.parametrize("path", ["/widget/server.py", "/widget/..%2Fserver.py",
                                  "/static/widget.js", "/static/privacy.da.md",
                                  "/static/..%2F..%2Frequirements.lock", "/widget/config.py"])
def test_nothing_but_the_listed_files_is_served(base, path):
    assert fetch(base + path).status == 404


def test_extra_blueprints_are_served(base):
    reply = fetch(base + "/staff/ping")
    assert reply.status == 200 and json.loads(reply.body) == {"staff": True}
    assert reply.headers["x-content-type-options"] == "nosniff"


def test_missing_widget_files_stop_start_up(tmp_path):
    with pytest.raises(FileNotFoundError):
        create_app(replace(CONFIG, static_dir=tmp_path))


def test_the_staff_area_of_make_run_needs_the_bearer_token(booking_data_dir):
    # web.server.main mounts this blueprint; the store is the tests' throwaway one
    from core.settings import Settings
    from web.server import staff_area
    settings = Settings.from_env({"STAFF_TOKEN": "a-long-staff-token-for-tests",
                                  "BOOKING_DATA_DIR": str(booking_data_dir)})
    with serve(create_app(CONFIG, extra_blueprints=[staff_area(settings)])) as url:
        path = f"{url}/staff/bookings?centre=skanderborg&format=json"
        assert fetch(path).status == 401
        reply = fetch(path, {"Authorization": "Bearer a-long-staff-token-for-tests"})
        assert reply.status == 200 and "bookings" in json.loads(reply.body)
