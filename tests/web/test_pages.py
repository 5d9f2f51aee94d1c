"""Rendering of the demo, embed and CSP test pages."""

from __future__ import annotations

import pytest

from web.config import WEB_DIR
from web.pages import DEFAULT_COLOR, Pages, snippet, valid_color


@pytest.fixture(scope="module")
def pages(kb):
    return Pages(WEB_DIR / "templates", kb)


def test_snippet_has_only_the_given_options():
    assert snippet("https://w.example/widget/widget.js", "vejle") == (
        '<script src="https://w.example/widget/widget.js" data-municipality="vejle" defer>'
        "</script>")
    assert snippet("/w.js", None, "#aa0000", True, "https://api.example") == (
        '<script src="/w.js" data-api="https://api.example" data-color="#aa0000" '
        'data-open="true" defer></script>')


def test_snippet_escapes_attribute_values():
    assert '"><' not in snippet('/w.js"><script>', 'x"')


@pytest.mark.parametrize("value,expected", [
    ("#AABBCC", "#aabbcc"), ("#005a70", "#005a70"), ("red", None), ("#abc", None),
    ("#aabbcc;background:url(x)", None), ("", None), (None, None)])
def test_valid_color(value, expected):
    assert valid_color(value) == expected


def test_every_template_renders_without_placeholders_left(pages, kb):
    rendered = [pages.municipality_page(None), pages.school_page(None),
                pages.embed_page("https://w.example/widget/widget.js", None, None, False),
                pages.csp_test_page("https://w.example", None)]
    for slug in kb:
        rendered += [pages.municipality_page(slug), pages.school_page(slug),
                     pages.embed_page("https://w.example/widget/widget.js", slug, "#123456", True),
                     pages.csp_test_page("https://w.example", slug)]
    for html in rendered:
        assert "$" not in html and html.startswith("<!doctype html>")


def test_municipality_page_names_the_centre_from_the_knowledge_base(pages, kb):
    html = pages.municipality_page("skanderborg")
    assert kb["skanderborg"].centre.name.value in html
    assert 'href="/?kommune=skanderborg" aria-current="page"' in html


def test_embed_page_defaults(pages):
    html = pages.embed_page("https://w.example/widget/widget.js", "nowhere", "bad", False)
    assert f'value="{DEFAULT_COLOR}"' in html and " checked" not in html
    assert ("&lt;script src=&quot;https://w.example/widget/widget.js&quot; defer&gt;"
            "&lt;/script&gt;") in html
