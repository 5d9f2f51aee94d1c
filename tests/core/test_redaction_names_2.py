"""Names by class of failure (fourth round): own sentences, made-up names."""

from __future__ import annotations

import re

import pytest

from core.redaction import redact


@pytest.mark.parametrize("text, gone", [
    # a surname in no list after a first name found already
    ("i går ringede Mette Quorvell og spurgte efter mig", "Quorvell"),
    ("jeg tror mette zandrix har det svært", "zandrix"),
    ("min nabo Anders Holland larmer hver nat", "Holland"),
    # a capital where only a person fits
    ("kan du sige til Vormund at jeg ikke kommer", "Vormund"),
    ("skriv tilbage til Eskarra i morgen", "Eskarra"),
    ("We were at Quilvana's place when it happened", "Quilvana"),
    ("Zorbelle!!! hun svarer ikke på telefonen", "Zorbelle"),
    ("Tak Vindrasil, det hjalp at tale med dig", "Vindrasil"),
    ("hvordan får jeg Quenbrid med til et møde?", "Quenbrid"),
    ("min bedste veninde er Kastrilla og hun drikker for meget", "Kastrilla"),
    ("my uncle is Brennok Wulf and he drinks", "Brennok"),
    ("Pellimor keeps telling me it is fine", "Pellimor"),
    # a list with a placeholder, a full name before its verb
    ("Drovana og Mette Hansen sidder og ryger bag skolen", "Drovana"),
    ("zarvik tolmon lovede at stoppe i sommer", "zarvik"),
    ("øv, trevash lovede mig at komme i går", "trevash"),
    # a relation with quotes or parentheses, and plural relations
    ('min kammerat "Ulvrik" siger det er ufarligt', "Ulvrik"),
    ("en af mine elever (Brisante) sover i timerne", "Brisante"),
    # a little word that is a name, with a capital inside a sentence
    ("min storesøster Søs har drukket hele weekenden", "Søs"),
    ("vi sov hos Man efter festen", "Man"),
    # "X fra" a workplace or group found already, "det er mig X"
    ("Pernilla fra Netto i Vejle har budt mig på piller", "Pernilla"),
    ("hej det er mig valdrek fra i går igen", "valdrek"),
    ("Hans fars navn var Orvald Krimme og han døde af druk", "Orvald"),
])
def test_names_by_class(text, gone):
    out = redact(text).text
    assert gone.lower() not in re.findall(r"\w+", out.lower()), out


@pytest.mark.parametrize("text", [
    "Is the group free? I live in Vejle and I'm 17.",
    "My girlfriend is Danish. She drinks every day.",
    "She doesn't want to come. Can I come alone?",
    "Hans mor drikker hver dag, hvad gør jeg?",
    "man kan ikke tvinge nogen i behandling",
    "Tak for svaret, det hjalp",
    "min søn er glad for fodbold",
    "hvordan får jeg hjælp med det?",
    "Netto og Føtex har åbent i morgen",
])
def test_ordinary_sentences_stay(text):
    result = redact(text)
    assert not result.kinds, result.text
