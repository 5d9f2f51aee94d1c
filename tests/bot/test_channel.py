"""The web channel's preparation of messages (the HTTP path is covered end to end)."""

import pytest

from bot.channel import (
    EMPTY_REPLY, NO_WORDS_REPLY, REDACTED_NOTE, TRUNCATED_NOTE, OfferedPayloads, WebInput,
)
from bot.redaction import redactor_for


@pytest.fixture
def channel():
    return WebInput(max_message_chars=100, sender_secret=b"k" * 32,
                    redactor=redactor_for(["76 81 90 00"], ["Boulevarden 19 AB"]))


def test_conversation_id_is_a_keyed_hash(channel):
    other = WebInput(sender_secret=b"x" * 32, redactor=channel.redactor)
    cid = channel.conversation_id("browser-123")
    assert cid == channel.conversation_id("browser-123")
    assert "browser-123" not in cid and cid != other.conversation_id("browser-123")


@pytest.mark.parametrize("raw,text,reply,notes", [
    ("", None, EMPTY_REPLY, []),
    (None, None, EMPTY_REPLY, []),
    ("   ", None, EMPTY_REPLY, []),
    ("😀😀😀", None, NO_WORDS_REPLY, []),
    ("hej", "hej", None, []),
    ("ring 22 33 44 55", "ring [TLF]", None, [REDACTED_NOTE]),
    ("a " * 80, "a " * 49 + "a", None, [TRUNCATED_NOTE]),
    ("<script>alert(1)</script>", "<script>alert(1)</script>", None, []),
])
def test_prepare(channel, raw, text, reply, notes):
    prepared = channel.prepare("c1", raw)
    assert (prepared["text"], prepared["reply"], prepared["notes"]) == (text, reply, notes)


def test_typed_intent_syntax_is_read_as_text(channel):
    prepared = channel.prepare("c1", '/inform_municipality{"municipality":"vejle"}')
    assert not prepared["text"].startswith("/")


def test_offered_button_payload_is_accepted(channel):
    payload = '/inform_municipality{"municipality":"vejle"}'
    channel.offered.remember("c1", [{"text": "?", "buttons": [{"title": "Vejle", "payload": payload}]}])
    assert channel.prepare("c1", payload)["text"] == payload
    assert channel.prepare("c2", payload)["text"] != payload  # another conversation


def test_crisis_becomes_the_crisis_intent(channel):
    assert channel.prepare("c1", "jeg vil ikke leve mere")["text"] == \
        '/crisis{"crisis_type":"suicide"}'


def test_offered_payloads_are_bounded():
    offered = OfferedPayloads(capacity=2)
    for sender in ("a", "b", "c"):
        offered.remember(sender, [{"buttons": [{"payload": "/x"}]}])
    assert not offered.accepts("a", "/x") and offered.accepts("c", "/x")


@pytest.mark.parametrize("municipality,expected", [
    ("vejle", "76 81 90 00"), ("sonderborg", "88 72 44 85"), ("fredericia", "Fredericia Kommune"),
    (None, "Prøv igen om lidt"), ("aarhus", "Prøv igen om lidt"),
])
def test_no_answer_reply_gives_contact_from_the_local_knowledge(channel, municipality, expected):
    reply = channel.no_answer_reply(municipality)
    assert "Prøv igen om lidt" in reply and expected in reply
