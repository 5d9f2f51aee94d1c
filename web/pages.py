"""The HTML pages of the web service: demo pages, the embed page and the CSP test page.

Pages are filled from templates in ``web/templates/`` with :class:`string.Template`; every
value is HTML-escaped here. No page has inline script or style, so they all work under the
strict Content-Security-Policy that :mod:`web.security` sends.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from string import Template
from typing import Mapping, Optional, Sequence

from core.knowledge.base import Municipality

COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_COLOR = "#005a70"
# The demo school's municipality: #mindrerus is Sønderborg's offer at its schools.
SCHOOL_MUNICIPALITY = "sonderborg"
# ``/skole?kommune=ingen``: the school page without a municipality (the chat asks).
NO_MUNICIPALITY = "ingen"


def valid_color(value: Optional[str]) -> Optional[str]:
    """``"#1a2b3c"`` stays, anything else (named colours, CSS tricks) becomes ``None``."""
    return value.lower() if value and COLOR_RE.match(value) else None


def snippet(script_src: str, municipality: Optional[str], color: Optional[str] = None,
            open_on_load: bool = False, api: Optional[str] = None,
            entry: Optional[str] = None) -> str:
    """The one ``<script>`` tag a site pastes in (plain text, escape before showing it)."""
    attributes = [f'src="{escape(script_src)}"']
    if municipality:
        attributes.append(f'data-municipality="{escape(municipality)}"')
    if api:
        attributes.append(f'data-api="{escape(api)}"')
    if color:
        attributes.append(f'data-color="{escape(color)}"')
    if open_on_load:
        attributes.append('data-open="true"')
    if entry in ("kommune", "skole"):  # where the widget sits, for the anonymous counters
        attributes.append(f'data-entry="{entry}"')
    return f"<script {' '.join(attributes)} defer></script>"


class Pages:
    """Renders the pages from the templates in a directory.

    Args:
        templates_dir: Directory holding ``*.html`` templates.
        knowledge: Municipalities by slug (names and centre names for the demo pages).
    """

    def __init__(self, templates_dir: Path, knowledge: Mapping[str, Municipality]) -> None:
        self.templates = {p.stem: Template(p.read_text(encoding="utf-8"))
                          for p in sorted(templates_dir.glob("*.html"))}
        self.knowledge = knowledge

    def _ordered(self) -> Sequence[Municipality]:
        return sorted(self.knowledge.values(), key=lambda m: m.name)

    def _links(self, path: str, current: Optional[str]) -> str:
        items = []
        for m in self._ordered():
            here = ' aria-current="page"' if m.slug == current else ""
            items.append(f'<li><a href="{path}?kommune={escape(m.slug)}"{here}>'
                         f"{escape(m.name)}</a></li>")
        return "\n".join(items)

    def _render(self, template: str, **values: str) -> str:
        return self.templates[template].substitute(**values)

    def municipality_page(self, slug: Optional[str]) -> str:
        """The demo "kommunens hjemmeside" (``/?kommune=<slug>``), or the overview without one."""
        m = self.knowledge.get(slug or "")
        if m is None:
            return self._render("index", links=self._links("/", None),
                                widget=snippet("/widget/widget.js", None))
        return self._render(
            "kommune", name=escape(m.name), centre=escape(m.centre.name.value),
            links=self._links("/", m.slug),
            widget=snippet("/widget/widget.js", m.slug, entry="kommune"))

    def school_page(self, slug: Optional[str], script_src: str = "/widget/widget.js") -> str:
        """The demo school intranet (``/skole``) with the chat as #mindrerus staff set it up:
        the school's municipality in the tag (``SCHOOL_MUNICIPALITY`` when no ``kommune`` is
        given), and that tag shown on the page with ``script_src``. ``?kommune=ingen`` (or
        any unknown value) leaves the municipality out, so the chat asks for it."""
        m = self.knowledge.get(SCHOOL_MUNICIPALITY if slug is None else slug)
        chosen = m.slug if m else None
        return self._render(
            "skole", links=self._links("/skole", chosen),
            chosen=escape(f"{m.name} Kommune" if m else "ingen kommune valgt"),
            none_href=f"/skole?kommune={NO_MUNICIPALITY}",
            none_here=' aria-current="page"' if m is None else "",
            code=escape(snippet(script_src, chosen, entry="skole")),
            widget=snippet("/widget/widget.js", chosen, entry="skole"))

    def embed_page(self, script_src: str, slug: Optional[str], color: Optional[str],
                   open_on_load: bool) -> str:
        """The embed page: choose municipality and colour, get the snippet to paste."""
        m = self.knowledge.get(slug or "")
        color = valid_color(color)
        options = ['<option value="">Ingen (chatten spørger)</option>']
        for item in self._ordered():
            chosen = " selected" if m is not None and item.slug == m.slug else ""
            options.append(f'<option value="{escape(item.slug)}"{chosen}>'
                           f"{escape(item.name)}</option>")
        code = snippet(script_src, m.slug if m else None, color, open_on_load)
        preview = snippet("/widget/widget.js", m.slug if m else None, color, open_on_load)
        return self._render(
            "embed", options="\n".join(options), color=escape(color or DEFAULT_COLOR),
            open_checked=" checked" if open_on_load else "", code=escape(code),
            widget=preview)

    def csp_test_page(self, widget_origin: str, slug: Optional[str]) -> str:
        """A plain page loading the widget from ``widget_origin`` (a different origin in tests)."""
        m = self.knowledge.get(slug or "")
        return self._render(
            "csp-test", stylesheet=escape(f"{widget_origin}/static/demo.css"),
            name=escape(m.name if m else "ingen kommune"),
            widget=snippet(f"{widget_origin}/widget/widget.js", m.slug if m else None))
