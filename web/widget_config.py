"""What the widget needs to know about a municipality, computed from the knowledge base.

The widget shows no contact fact of its own: centre name, phone number and hours in the
greeting and in the "no connection" message all come from here, and so from ``knowledge/``.
Where the catalogue gives no phone or hours (Fredericia), the text says so and points to
what the catalogue does give.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Dict, List, Mapping, Optional

from core.answering.reach import reach_person, reach_sentence
from core.knowledge.base import Municipality

INTRO = ("Hej! Jeg er en automatisk chat-robot, ikke et menneske. Du er anonym her: "
         "skriv ikke dit navn eller andet, der kan vise, hvem du er.")
DANGER = "Er nogen i fare, så ring 112."


def _join_names(names: List[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def humans_text(m: Municipality, now: datetime) -> str:
    """When and how a person at the centre can be reached, only from the catalogue.

    Args:
        m: The municipality.
        now: Current time, for "the phone is open now".

    Returns:
        Danish text; may contain line breaks.
    """
    return reach_person(m, now, lead=True).text


def municipality_config(m: Municipality, now: datetime, api: str, exit_url: str,
                        privacy: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The JSON the widget loads for one municipality (``/widget/config/<slug>.json``)."""
    humans = humans_text(m, now)
    return {
        "municipality": m.slug,
        "municipalityName": m.name,
        "centre": m.centre.name.value,
        "phone": m.centre.phone.value if m.centre.phone is not None else None,
        "greeting": [INTRO,
                     f"Jeg svarer ud fra {m.name} Kommunes egen beskrivelse af tilbuddene "
                     f"({m.document_title}).",
                     humans],
        "humans": humans,
        "api": api,
        "exitUrl": exit_url,
        "privacy": privacy,
    }


def general_config(knowledge: Mapping[str, Municipality], now: datetime, api: str,
                   exit_url: str, privacy: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The JSON for a widget without a municipality (``/widget/config.json``)."""
    ordered = sorted(knowledge.values(), key=lambda m: m.name)
    names = _join_names([m.name for m in ordered])
    lines = ["Vil du tale med et menneske, så kontakt rusmiddelcentret i din kommune:"]
    for m in ordered:
        lines.append(f"{m.name}: {reach_sentence(m)}")
    humans = "\n".join(lines)
    return {
        "municipality": None,
        "municipalityName": None,
        "centre": None,
        "phone": None,
        "greeting": [INTRO, f"Jeg kender tilbuddene i {names} Kommune.", humans],
        "humans": humans,
        "api": api,
        "exitUrl": exit_url,
        "privacy": privacy,
    }


_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _parts(text: str) -> List[Dict[str, Any]]:
    """Split ``**bold**`` markup into text parts the widget inserts as text nodes."""
    parts: List[Dict[str, Any]] = []
    position = 0
    for match in _BOLD.finditer(text):
        if match.start() > position:
            parts.append({"text": text[position:match.start()], "strong": False})
        parts.append({"text": match.group(1), "strong": True})
        position = match.end()
    if position < len(text):
        parts.append({"text": text[position:], "strong": False})
    return parts


def privacy_blocks(markdown: str) -> List[Dict[str, Any]]:
    """The privacy text as blocks (``title``, ``heading``, ``item``, ``paragraph``).

    Only the small Markdown subset ``web/privacy.da.md`` uses is understood: ``#``/``##``
    headings, ``- `` list items, paragraphs and ``**bold**``. The widget renders the
    blocks as elements with text nodes, so no HTML from the server reaches the page.
    """
    blocks: List[Dict[str, Any]] = []
    current: Optional[Dict[str, str]] = None

    def flush() -> None:
        nonlocal current
        if current is not None:
            blocks.append({"type": current["type"], "parts": _parts(current["text"].strip())})
        current = None

    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("## "):
            flush()
            blocks.append({"type": "heading", "parts": _parts(line[3:].strip())})
        elif line.startswith("# "):
            flush()
            blocks.append({"type": "title", "parts": _parts(line[2:].strip())})
        elif line.startswith("- "):
            flush()
            current = {"type": "item", "text": line[2:]}
        elif current is not None:
            current["text"] += " " + line
        else:
            current = {"type": "paragraph", "text": line}
    flush()
    return blocks
