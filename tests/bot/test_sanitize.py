import pytest

from bot.sanitize import clean_message, has_words


@pytest.mark.parametrize("raw,expected", [
    ("  hej  med   dig ", "hej med dig"),
    ("hej\x00\x07med\x1bdig", "hej med dig"),
    ("line\nbreak", "line\nbreak"),
    ("zero\u200bwidth", "zero width"),
    ("bad \ud800 surrogate", "bad surrogate"),
    (None, ""), (42, ""), (["a"], ""), ({"a": 1}, ""),
    ("e\u0301", "é"),  # NFC
])
def test_clean_message(raw, expected):
    assert clean_message(raw, 1000).text == expected


def test_long_messages_are_cut_at_a_word_boundary():
    result = clean_message("hash " * 2000, 1000)
    assert result.truncated and len(result.text) <= 1000 and result.text.endswith("hash")


@pytest.mark.parametrize("text,expected", [("😀😀😀", False), ("?!", False), ("hej", True),
                                           ("112", True), ("<>", False)])
def test_has_words(text, expected):
    assert has_words(text) is expected
