"""A small check that a reply is Danish (used on bad-input answers)."""

import re

DANISH_WORDS = {"du", "jeg", "det", "er", "og", "kan", "ikke", "til", "på", "at", "en", "har",
                "skriv", "din", "dit", "vil", "om", "med", "af", "hvis", "så", "gerne", "kun"}
ENGLISH_WORDS = {"the", "you", "please", "sorry", "error", "your", "message", "could", "not",
                 "invalid", "request", "bad", "failed", "exception"}


def is_danish(text: str) -> bool:
    words = set(re.findall(r"[a-zæøå]+", text.lower()))
    return len(words & DANISH_WORDS) >= 2 and not words & ENGLISH_WORDS
