"""The web channel's preparation of messages (the HTTP path is covered end to end)."""

import pytest

from bot.channel import (
    EMPTY_REPLY,
    NO_WORDS_REPLY,
    TRUNCATED_NOTE,
    OfferedPayloads,
    WebInput,
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
    ("ring 22 33 44 55", "ring [TLF]", None,
     ["Jeg har fjernet et telefonnummer fra din besked, for chatten er anonym."]),
    ("Mikkel drikker, ring 22 33 44 55", "[NAVN] drikker, ring [TLF]", None,
     ["Jeg har fjernet et navn og et telefonnummer fra din besked, for chatten er anonym."]),
    ("ring 76 81 90 00", "ring 76 81 90 00", None, []),
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


def test_a_crisis_after_the_cut_still_gets_112_first(channel):
    long = "hej, jeg har et spørgsmål om jeres tilbud. " * 10 + "jeg vil bare dø i nat"
    assert len(long) > 100  # the channel cuts at 100 characters here
    assert channel.prepare("c1", long)["text"] == '/crisis{"crisis_type":"suicide"}'


def test_a_crisis_word_split_by_invisible_characters_is_read(channel):
    assert channel.prepare("c1", "tænker på sel\u200bv\u00admord")["text"].startswith("/crisis")


def test_a_child_writing_about_a_drinking_parent_gets_an_answer_then_the_childrens_line(channel):
    from bot.channel import CHILD_CONCERN_NOTE

    prepared = channel.prepare("c1", "jeg er 12 og min mor drikker hver aften, hvad kan jeg gøre")
    assert not prepared["text"].startswith("/crisis")
    assert prepared["after"] == [CHILD_CONCERN_NOTE] and "116 111" in CHILD_CONCERN_NOTE


def test_an_ordinary_message_with_crisis_words_is_answered_not_alarmed(channel):
    assert not channel.prepare("c1", "jeg vil stoppe med at drikke for altid")["text"].startswith("/")


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


# ---------------------------------------------------------------- fault handling

import asyncio  # noqa: E402
import logging  # noqa: E402

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage  # noqa: E402
from rasa.core.lock_store import InMemoryLockStore, LockError  # noqa: E402

from bot.channel import OutageLog, _read_json, is_store_outage, stores_reachable  # noqa: E402
from bot.tracker_store import StoreUnavailable  # noqa: E402


def _message(text="hej"):
    return UserMessage(text, CollectingOutputChannel(), "c1", input_channel="web")


@pytest.mark.asyncio
async def test_slow_processing_is_cancelled_and_releases_the_lock(channel):
    channel.reply_timeout = 0.2
    locks = InMemoryLockStore()
    reached_end = []

    async def slow_rasa(message):
        async with locks.lock(message.sender_id):
            await asyncio.sleep(5)  # an action server that does not answer
            reached_end.append(True)

    began = asyncio.get_running_loop().time()
    assert await channel.run_rasa(slow_rasa, _message()) == "timeout"
    assert asyncio.get_running_loop().time() - began < 1.0 and not reached_end
    assert locks.get_lock("c1") is None  # the next message of the conversation is not blocked


@pytest.mark.asyncio
async def test_finished_processing_is_not_a_failure(channel):
    async def rasa(message):
        await message.output_channel.send_text_message(message.sender_id, "svar")

    assert await channel.run_rasa(rasa, _message()) is None


@pytest.mark.asyncio
async def test_store_outage_is_logged_once_and_recovery_once(channel, caplog):
    async def redis_down(message):
        raise LockError("Error while acquiring lock. Error:\nConnectionError")

    async def redis_up(message):
        return None

    caplog.set_level(logging.WARNING, logger="bot.channel")
    for _ in range(3):
        assert await channel.run_rasa(redis_down, _message("min cpr er 010203-1234")) == "store"
    assert await channel.run_rasa(redis_up, _message()) is None
    lines = [r.getMessage() for r in caplog.records]
    assert sum("unreachable" in line for line in lines) == 1
    assert sum("reachable again" in line for line in lines) == 1
    assert not any("010203" in line for line in lines)


@pytest.mark.asyncio
async def test_other_errors_are_logged_by_kind_only(channel, caplog):
    async def broken(message):
        raise KeyError("secret user text")

    caplog.set_level(logging.ERROR, logger="bot.channel")
    assert await channel.run_rasa(broken, _message()) == "error"
    assert "KeyError" in caplog.text and "secret user text" not in caplog.text


def test_store_outage_is_recognised_through_causes():
    import redis

    try:
        try:
            raise redis.exceptions.ConnectionError("refused")
        except redis.exceptions.ConnectionError as inner:
            raise StoreUnavailable("ConnectionError") from inner
    except StoreUnavailable as outer:
        assert is_store_outage(outer)
    try:
        try:
            raise redis.exceptions.TimeoutError("slow")
        except redis.exceptions.TimeoutError as err:
            raise RuntimeError("wrapped") from err
    except RuntimeError as wrapped:
        assert is_store_outage(wrapped)
    assert is_store_outage(LockError("x")) and not is_store_outage(KeyError("x"))


def test_outage_log_says_only_the_kind_of_error(caplog):
    caplog.set_level(logging.ERROR)
    log = OutageLog(logging.getLogger("test.outage"))
    error = StoreUnavailable("ConnectionError")
    error.__cause__ = ConnectionRefusedError("127.0.0.1:6380 hej jeg hedder Mette")
    log.failed(error)
    log.failed(error)
    assert len(caplog.records) == 1 and "Mette" not in caplog.text
    assert "ConnectionRefusedError" in caplog.text


@pytest.mark.parametrize("body", [b"[" * 60000, b"{" * 50000, b"\xff\xfe", b"not json", b""])
def test_unreadable_bodies_are_none_not_an_exception(body):
    assert _read_json(body) is None


def test_stores_reachable():
    class Store:
        def __init__(self, up):
            self.up = up

        def ping(self):
            return self.up

    class Lock:
        class red:  # noqa: N801 - mimics the redis client attribute
            @staticmethod
            def ping():
                raise ConnectionError("down")

    assert stores_reachable(Store(True), InMemoryLockStore())
    assert not stores_reachable(Store(False), None)
    assert not stores_reachable(Store(True), Lock())
    assert stores_reachable(object(), None)  # the in-memory store has nothing to ping


@pytest.mark.asyncio
async def test_buttons_offered_by_another_instance_are_learned_from_the_tracker(channel):
    from rasa.shared.core.events import BotUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    payload = '/inform_municipality{"municipality":"vejle"}'
    tracker = DialogueStateTracker("c9", slots=[])
    tracker.update(BotUttered("Hvilken kommune?", data={"buttons": [
        {"title": "Vejle", "payload": payload}]}))

    class SharedStore:
        async def retrieve(self, sender):
            return tracker if sender == "c9" else None

    assert channel.prepare("c9", payload)["text"] != payload  # this instance never offered it
    await channel.learn_offered(SharedStore(), "c9")
    assert channel.prepare("c9", payload)["text"] == payload
    await channel.learn_offered(SharedStore(), "c10")
    assert channel.prepare("c10", payload)["text"] != payload


@pytest.mark.asyncio
async def test_learning_offered_buttons_survives_a_store_outage(channel):
    class DownStore:
        async def retrieve(self, sender):
            raise StoreUnavailable("ConnectionError")

    await channel.learn_offered(DownStore(), "c9")
    await channel.learn_offered(None, "c9")
    assert not channel.offered.accepts("c9", "/x")
