"""actions.core_answers: how the answering core is asked from a rasa-sdk action."""

from __future__ import annotations

import pytest

from actions.core_answers import core_reply
from tests.conftest import make_tracker

TEXT = "kan vi få parsamtaler? min kone er i alkoholbehandling hos jer"


@pytest.mark.parametrize("confidence,anonymity", [(0.3, False), (0.95, True)])
def test_a_weakly_read_intent_does_not_decide_the_detail_asked(confidence, anonymity):
    tracker = make_tracker(TEXT, "ask_anonymity", metadata={"municipality": "vejle"})
    tracker.latest_message["intent"]["confidence"] = confidence
    reply = core_reply(tracker, "vejle", TEXT, "ask_anonymity")
    assert reply is not None
    assert (reply.question.aspects[:1] == ()) is not anonymity, reply.question.aspects
    if not anonymity:
        assert reply.text.startswith("Parsamtaler"), reply.text
