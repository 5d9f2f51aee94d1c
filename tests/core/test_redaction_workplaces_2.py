"""Workplaces by class of failure (fifth round): own sentences, made-up values."""

from __future__ import annotations

import pytest

from core.redaction import redact


@pytest.mark.parametrize("text, gone", [
    # a chain that is also a word, in lower case, with its town after it
    ("kassen i spar tornby er der hvor jeg står om lørdagen", "tornby"),
    ("ingen på lageret hos power nibe ved noget om det", "nibe"),
    ("jeg håber ikke normal kvistrabøl opdager noget", "kvistrabøl"),
    ("chefen (sallings ulsted) vil have en seddel fra lægen", "ulsted"),
    ("kan elgiganten i hvam se at jeg går til samtaler?", "hvam"),
    ("skal power i gandrup vide at jeg er i behandling", "gandrup"),
    # a chain with a lower-case town that is also a word, and a town's trailing part
    ("vagterne i superbrugsen hampen er lange", "hampen"),
    ("fredagsbaren efter lukketid i q8 i ferritslev fyn er vild", "ferritslev"),
    # streets with little words in them
    ("lønnen i føtex på gammel skolevej er elendig", "skolevej"),
    ("pædagog i bilka på jens de mosevej, og det er hårdt", "mosevej"),
    # towns of two words
    ("han står i kassen i meny i store tvebølle hver aften", "tvebølle"),
    ("min kollega i matas i ny kragrup drikker", "kragrup"),
    # a public place as a workplace: someone from it, home from it, a village in lower case
    ("Vibeke fra Tvebrup Sygehus sagde at jeg skulle skrive her", "Tvebrup"),
    ("hun kommer skæv hjem fra Mølbrunde Hospital om natten", "Mølbrunde"),
    ("han er portør og ansat ved kvelsø sygehus", "kvelsø"),
    # a hairdresser named by a first name
    ("Karen fra frisør zenobia gav mig nummeret", "zenobia"),
])
def test_workplace_is_removed(text, gone):
    out = redact(text).text
    assert gone.lower() not in out.lower(), out


@pytest.mark.parametrize("text", [
    "spar penge ved at drikke mindre",
    "max to genstande om dagen, er det normal praksis?",
    "hvor meget er normal dosis?",
    "kan jeg få en henvisning fra Vejle Sygehus?",
    "jeg arbejder på det lokale sygehus om natten",
    "jeg skal til frisør i morgen",
    "min frisør sagde at jeg skulle søge hjælp",
    "kan power nap hjælpe på tømmermænd?",
])
def test_ordinary_words_stay(text):
    result = redact(text)
    assert result.text == text, result.text


def test_store_before_a_word_is_no_town():
    out = redact("jeg arbejder i Netto i store mængder af timer").text
    assert "i store mængder af timer" in out, out
