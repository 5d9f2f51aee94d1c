"""Phrases that look like names but name things: drinks, places by a lake or a fjord, the
street names of drugs, and booking codes.

"Jack Daniels og Captain Morgan er det eneste han drikker", "ude ved Skanderborg Sø",
"og Tina er crystal meth?": each has a capitalised word from a name list, yet no person is
named. These spans are marked as kept before the name finder runs.
"""

from __future__ import annotations

import re
from typing import Iterator, Tuple

from core.redaction.lexicon import fold_word
from core.redaction.towns import TOWNS, TOWNS_PLAIN, plain

# Drinks sold under a person's name or a title and a name (written by hand, not a list of
# people): spirits, liqueurs and beers people in Denmark write about.
_DRINKS = re.compile(
    r"\b(?:jack\s+daniel'?s|captain\s+morgan|johnnie\s+walker|jim\s+beam|jose\s+cuervo|grey\s+goose|"
    r"southern\s+comfort|famous\s+grouse|william\s+lawson'?s|ballantine'?s|jameson|"
    r"gammel\s+dansk|ga-?jol|bailey'?s|sailor\s+jerry|bacardi\s+razz|morgan\s+spiced|"
    r"old\s+gammel|harboe|royal\s+(?:beer|export|pilsner)|thor\s+pilsner|"
    r"(?:tuborg|carlsberg|albani|faxe|slots|ceres|thor)\s+(?:grøn|groen|classic|guld|gold|rå|"
    r"julebryg|påskebryg|squash|pilsner|pils|export|elephant|nordic|top|fri|kondi|red|black)|"
    r"grøn\s+tuborg|tuborg|carlsberg|heineken|budweiser|somersby|breezer|mokai)\b",
    re.IGNORECASE)

# A lake, a fjord or a beach named after its town: "Skanderborg Sø", "Vejle Fjord".
# Not when more of a name follows ("Vejle Fjord Skole", "Hørning Sø 4"): that is an address,
# a school or a workplace, found by their own finders.
_FEATURE = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+)\s+(Sø|Fjord|Bugt)\b(?![-\w]|\s+(?:[A-ZÆØÅ\d]|skole|gymnasium|vej))")

# The street names of drugs, where the sentence speaks of the drug: "Tina er crystal meth",
# "tager Molly", "en pose Charlie".
_DRUG_NAMES = r"(?:tina|molly|mandy|charlie|lucy|mary\s+jane)"
_SUBSTANCE = (r"(?:crystal|meth|mdma|ecstasy|xtc|kokain|coke|lsd|hash|amfetamin|speed|"
              r"stoffer|stof|drug|drugs|pille|piller)")
_DRUG_SLANG = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"\b(?P<n>" + _DRUG_NAMES + r")\b(?=\s+(?:er|=|is|og|eller|or|hedder|kaldes|det samme som|the same as)"
    r"\s+(?:\w+\s+)?" + _SUBSTANCE + r"\b)",
    r"\b(?:tager|taget|tage|ryger|sniffer|sniffe|prøvet|proevet|købe|købt|koebe|koebt|bruger|take|took|"
    r"taking|snorted|bought|pose|gram)\s+(?P<n>" + _DRUG_NAMES + r")\b",
    r"\b(?:på|paa|on)\s+(?P<n>" + _DRUG_NAMES + r")\b(?=\s+(?:til|i|hele|at|in|all))",
))


# A booking code as the chat shows it, in capitals ("K7QM-3XPD", "PFET-RESC": all letters can
# look like a name in capitals), or its eight symbols after a word about the booking. The code is the
# person's key to their booking, not their identity; the booking desk needs it unchanged.
_CODE_SYMBOLS = "[0-9ABCDEFGHJKMNPQRSTVWXYZ]"
_BOOKING_CODE = (
    re.compile(rf"(?<![\w-])(?P<c>{_CODE_SYMBOLS}{{4}}[-‐‑–]{_CODE_SYMBOLS}{{4}})(?![\w-])"),
    re.compile(rf"\b(?:[Kk]oden?|[Tt]iden?|[Aa]flys|[Bb]ooking|[Cc]ode|[Aa]fbestil)\s+(?P<c>{_CODE_SYMBOLS}{{8}})(?![\w-])"),
)


def kept_phrases(text: str) -> Iterator[Tuple[int, int]]:
    """Start and end of each drink, town feature, drug street name and booking code in ``text``."""
    for match in _DRINKS.finditer(text):
        yield match.span()
    for match in _FEATURE.finditer(text):
        town = fold_word(match.group(1))
        if town in TOWNS or plain(town) in TOWNS_PLAIN:
            yield match.span()
    for pattern in _BOOKING_CODE:
        for match in pattern.finditer(text):
            if any(ch.isalpha() for ch in match.group("c")):  # "2661-4348" is a phone number
                yield match.span("c")
    for pattern in _DRUG_SLANG:
        for match in pattern.finditer(text):
            yield match.span("n")
