"""Content-Security-Policy strings and CORS headers."""

from __future__ import annotations

from web.security import COMMON_HEADERS, cors_headers, page_csp, strict_embed_csp


def test_page_policy_allows_only_self_and_the_chat_api():
    csp = page_csp("http://127.0.0.1:5005")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["connect-src"] == "'self' http://127.0.0.1:5005"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe" not in csp


def test_strict_embed_policy_names_widget_and_api_hosts_once():
    assert strict_embed_csp("https://w.example", "https://api.example") == (
        "default-src 'self'; script-src https://w.example; style-src https://w.example; "
        "connect-src https://w.example https://api.example")
    assert strict_embed_csp("https://w.example", "https://w.example").endswith(
        "connect-src https://w.example")


def test_cors_only_for_listed_origins():
    allowed = ("http://localhost:8080",)
    assert cors_headers("http://localhost:8080", allowed) == {
        "Vary": "Origin", "Access-Control-Allow-Origin": "http://localhost:8080"}
    assert cors_headers("http://localhost:8080.evil.example", allowed) == {"Vary": "Origin"}
    assert cors_headers(None, allowed) == {"Vary": "Origin"}
    assert cors_headers("null", allowed) == {"Vary": "Origin"}


def test_no_referrer_is_sent():
    assert COMMON_HEADERS["Referrer-Policy"] == "no-referrer"
