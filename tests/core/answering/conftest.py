"""Helpers for the answering tests: a fixed clock and one call that answers a question."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

import pytest

from core.answering import Reply, answer
from core.hours import COPENHAGEN

# A Monday in March 2026: after BRUS's "august 2025" and Ringgården's 2022-25 money.
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=COPENHAGEN)


@pytest.fixture
def ask(kb):
    def _ask(slug: str, text: str, context: object = None, now: datetime = NOW,
             intent: Optional[str] = None) -> Optional[Reply]:
        return answer(kb, slug, text, context=context, now=now, intent=intent)
    return _ask


def first_line(reply: Reply) -> str:
    return reply.text.splitlines()[0]
