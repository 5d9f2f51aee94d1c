"""Screenshots of the widget holding a parent's and a teacher's conversation, desktop and phone.

``make screenshots`` runs :func:`main`: it starts Rasa, the action server and the web service
on their own ports (6505, 6555, 6280; ``--ports`` or ``SCREENSHOT_PORTS``) with a throwaway
store (:func:`insight_screens.running_stack`), opens a demo page in Chromium, and for each
conversation in :data:`CONVERSATIONS`:

- the parent on a municipality's page (``/?kommune=vejle``), the teacher on the school
  intranet (``/skole``, set up as #mindrerus staff set it up: with the school's municipality);
- opens the chat as a keyboard user does (Tab to the launcher, Enter), types each message
  into the chat's text box and presses Enter, and waits for the bot's answer;
- saves ``docs/conversation-<who>-desktop.png`` (1280 wide) and ``-phone.png`` (390 wide).

The widget's shadow root stays closed (no test hook): the script sees only what a page
sees, the widget's ``sessionStorage`` entry, which holds the bot's answers as they arrive.
An answer that does not come, or an error message instead of one, stops the script; each
answer is printed, so what the screenshots show can be read in the terminal as well.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional, Sequence, Tuple

import insight_screens  # the stack and browser helpers of make screenshots-insight

ROOT = Path(__file__).resolve().parents[1]
PORTS = "6505,6555,6280"  # Rasa, actions, web: not make run's, not the tests'
STORAGE_KEY = "rusmiddelraadgiveren"  # the widget's sessionStorage entry (widget.js)
ANSWER_SECONDS = 60  # the widget itself gives up after 20 s and shows an error


class Conversation(NamedTuple):
    """One person's conversation: the demo page it is held on and the messages typed."""

    name: str  # file names: docs/conversation-<name>-<desktop|phone>.png
    page: str
    turns: Tuple[str, ...]


CONVERSATIONS: Tuple[Conversation, ...] = (
    Conversation("parent", "/?kommune=vejle", (
        "min søn på 16 ryger hash hver dag, hvad kan vi gøre?",
        "kan jeg som forælder også få hjælp?")),
    Conversation("teacher", "/skole", (  # the school's municipality: Sønderborg
        "jeg er lærer og er bekymret for en elev i 8. klasse der ryger hash, hvordan henviser jeg?",
        "skal forældrene vide det?")),
)


def stored_answers(page: Any) -> List[str]:
    """The bot's answers in the widget's ``sessionStorage`` entry, oldest first."""
    raw = page.evaluate("key => sessionStorage.getItem(key)", STORAGE_KEY)
    messages = json.loads(raw)["messages"] if raw else []
    return [m.get("text", "") for m in messages if m.get("from") == "bot"]


def open_chat(page: Any) -> None:
    """Tab to the launcher (the widget's first stop is "Forlad siden") and press Enter."""
    in_widget = "() => document.activeElement?.tagName === 'RUSMIDDEL-CHAT'"
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(in_widget):
            break
    else:
        raise AssertionError(f"Tab never reached the chat on {page.url}")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # opens the panel; the text box gets the focus


def say(page: Any, text: str) -> List[str]:
    """Type ``text`` into the chat's focused text box, press Enter; the answers to it.

    Raises:
        AssertionError: No answer within :data:`ANSWER_SECONDS` (the widget then shows its
            error message, which it never stores), or an empty one.
    """
    before = len(stored_answers(page))
    page.keyboard.type(text, delay=15)
    page.keyboard.press("Enter")
    try:
        page.wait_for_function(
            "([key, n]) => { const s = sessionStorage.getItem(key); return s &&"
            " JSON.parse(s).messages.filter(m => m.from === 'bot').length > n; }",
            arg=[STORAGE_KEY, before], timeout=ANSWER_SECONDS * 1000)
    except Exception as err:  # playwright's TimeoutError
        raise AssertionError(f"no answer to {text!r} on {page.url}") from err
    answers = stored_answers(page)[before:]
    assert all(a.strip() for a in answers), f"an empty answer to {text!r}: {answers}"
    return answers


def hold(browser: Any, web: str, conversation: Conversation, viewport: Dict[str, int],
         out: Path, label: str, **context_args: Any) -> Path:
    """The whole conversation in a new browser context; a screenshot at its end."""
    context = browser.new_context(viewport=viewport, locale="da-DK", **context_args)
    try:
        page = context.new_page()
        page.goto(web + conversation.page)
        page.wait_for_selector("rusmiddel-chat[data-state=ready]", state="attached")
        open_chat(page)
        for text in conversation.turns:
            print(f"  [{conversation.name}, {label}] > {text}")
            for answer in say(page, text):
                print("    < " + answer.replace("\n", "\n      "))
        page.wait_for_timeout(400)  # the answer's scroll and the fonts settle
        path = out / f"conversation-{conversation.name}-{label}.png"
        page.screenshot(path=str(path))
        return path
    finally:
        context.close()


def screenshots(browser: Any, web: str, out: Path,
                conversations: Sequence[Conversation] = CONVERSATIONS) -> List[Path]:
    """Every conversation on every viewport of :data:`insight_screens.VIEWPORTS`."""
    out.mkdir(parents=True, exist_ok=True)
    return [hold(browser, web, conversation, viewport, out, label, **extra)
            for conversation in conversations
            for label, viewport, extra in insight_screens.VIEWPORTS]


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--ports", default=os.environ.get("SCREENSHOT_PORTS", PORTS),
                        help=f"Rasa,actions,web (default {PORTS}, or SCREENSHOT_PORTS)")
    args = parser.parse_args(argv)
    ports = args.ports.split(",")
    if len(ports) != 3 or not all(p.isdigit() for p in ports):
        parser.error(f"--ports needs three port numbers, Rasa,actions,web: {args.ports!r}")
    try:
        with insight_screens.running_stack(ports, prefix="conversation-screens-") as (_, web):
            with insight_screens.chromium() as browser:
                for path in screenshots(browser, web, args.out):
                    print(insight_screens.shown_path(path))
    except RuntimeError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
