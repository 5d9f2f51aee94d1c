"""Rendering of the demo, embed and CSP test pages."""

from __future__ import annotations

import pytest

from web.config import WEB_DIR
from web.pages import DEFAULT_COLOR, NO_MUNICIPALITY, SCHOOL_MUNICIPALITY, Pages, snippet, valid_color


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
                pages.school_page(NO_MUNICIPALITY),
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


def test_school_page_shows_the_tag_as_mindrerus_staff_set_it_up(pages, kb):
    """Without ``kommune`` the demo school is in Sønderborg, whose offer #mindrerus is; the
    page shows the tag to paste (with the public widget URL) and runs the same tag."""
    assert SCHOOL_MUNICIPALITY == "sonderborg" and "mindrerus" in {
        offer.id for offer in kb[SCHOOL_MUNICIPALITY].offers}
    html = pages.school_page(None, "https://w.example/widget/widget.js")
    assert ("&lt;script src=&quot;https://w.example/widget/widget.js&quot; "
            "data-municipality=&quot;sonderborg&quot; data-entry=&quot;skole&quot; defer&gt;"
            "&lt;/script&gt;") in html
    assert ('<script src="/widget/widget.js" data-municipality="sonderborg" data-entry="skole" '
            "defer></script>") in html
    assert "Chatten er sat op til: Sønderborg Kommune" in html
    assert 'href="/skole?kommune=sonderborg" aria-current="page"' in html
    vejle = pages.school_page("vejle", "https://w.example/widget/widget.js")
    assert "data-municipality=&quot;vejle&quot;" in vejle and "Vejle Kommune" in vejle


@pytest.mark.parametrize("value", [NO_MUNICIPALITY, "nowhere", ""])
def test_school_page_without_a_municipality_lets_the_chat_ask(pages, value):
    html = pages.school_page(value, "https://w.example/widget/widget.js")
    assert ("&lt;script src=&quot;https://w.example/widget/widget.js&quot; "
            "data-entry=&quot;skole&quot; defer&gt;&lt;/script&gt;") in html
    assert '<script src="/widget/widget.js" data-entry="skole" defer></script>' in html
    assert "ingen kommune valgt" in html and "data-municipality" not in html
    assert 'href="/skole?kommune=ingen" aria-current="page"' in html
    assert html.count("aria-current") == 1
