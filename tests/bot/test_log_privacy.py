import logging

from bot.log_privacy import MessageTextFilter, RecentMessages


def record(msg, *args, exc_info=None):
    return logging.LogRecord("rasa.core.processor", logging.DEBUG, __file__, 1, msg, args, exc_info)


def test_message_text_is_scrubbed_in_all_forms():
    recent = RecentMessages()
    recent.add("hvornår kan jeg ringe")
    f = MessageTextFilter(recent)
    for text in ("Received user message 'hvornår kan jeg ringe'",
                 'tracker {"text": "hvorn\\u00e5r kan jeg ringe"}',
                 "repr 'hvorn\\xe5r kan jeg ringe'"):
        r = record(text)
        f.filter(r)
        assert "ringe" not in r.getMessage()


def test_args_are_scrubbed_too():
    recent = RecentMessages()
    recent.add("min søn ryger hash")
    r = record("Received %s from %s", "min søn ryger hash", "web")
    MessageTextFilter(recent).filter(r)
    assert r.getMessage() == "Received [message] from web"


def test_exception_text_is_dropped():
    recent = RecentMessages()
    try:
        raise ValueError("bad input: min søn ryger hash")
    except ValueError as exc:
        r = record("failed", exc_info=(type(exc), exc, exc.__traceback__))
    MessageTextFilter(recent).filter(r)
    assert r.exc_info is None and r.getMessage() == "failed (ValueError)"


def test_short_texts_are_not_registered():
    recent = RecentMessages()
    recent.add("ja")
    assert recent.scrub("ja tak") == "ja tak"
