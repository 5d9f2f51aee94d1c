"""Keep message text out of every log, at every level.

The web channel registers the text of each message it forwards. :func:`install`, called
once by the Rasa process's start-up hook (:func:`bot.startup.start`), wraps the logging
module's record factory: every record made in the process, whatever logger or handler it
goes to (also handlers Rasa and Sanic configure later), has any occurrence of a recent
message (also in its JSON- and repr-escaped forms, which Rasa's debug dumps use) replaced
by ``[message]`` as it is created. Rasa's structlog output goes through the standard
logging module, so it is covered too.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import deque
from typing import Any, Deque, List

MIN_CHARS = 4
PLACEHOLDER = "[message]"


class RecentMessages:
    """A bounded, thread-safe set of recently seen message texts."""

    def __init__(self, capacity: int = 2000) -> None:
        self._items: Deque[str] = deque(maxlen=capacity)
        self._lock = threading.Lock()

    def add(self, text: str) -> None:
        if not text or len(text) < MIN_CHARS:
            return
        forms = {text, json.dumps(text)[1:-1], repr(text)[1:-1], ascii(text)[1:-1],
                 json.dumps(text, ensure_ascii=False)[1:-1]}
        with self._lock:
            for form in forms:
                if form not in self._items:
                    self._items.append(form)

    def scrub(self, message: str) -> str:
        with self._lock:
            items: List[str] = sorted(self._items, key=len, reverse=True)
        for item in items:
            if item in message:
                message = message.replace(item, PLACEHOLDER)
        return message


RECENT = RecentMessages()


class MessageTextFilter(logging.Filter):
    """Rewrites log records so they never contain a recent message's text."""

    def __init__(self, recent: RecentMessages = RECENT) -> None:
        super().__init__()
        self.recent = recent

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep only the logger's own text
            message = str(record.msg)
        scrubbed = self.recent.scrub(message)
        if record.exc_info and record.exc_info[1] is not None:
            # exception messages can quote user text (e.g. JSON decode errors)
            scrubbed += f" ({type(record.exc_info[1]).__name__})"
            record.exc_info = None
            record.exc_text = None
        if scrubbed != message or record.args:
            record.msg, record.args = scrubbed, ()
        return True


def install(recent: RecentMessages = RECENT) -> bool:
    """Scrub every log record made from now on; returns False when already installed."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "scrubs_message_text", False):
        return False
    scrub = MessageTextFilter(recent)

    def make_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        scrub.filter(record)
        return record

    make_record.scrubs_message_text = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(make_record)
    return True
