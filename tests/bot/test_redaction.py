import pytest

from bot.redaction import redactor_for

REDACTOR = redactor_for(["88 72 44 85", "76 81 90 00", "8794 7580"],
                        ["Kongevej 19", "Boulevarden 19 AB", "Ole Lund Kirkegaards Stræde 2F"])


@pytest.mark.parametrize("text,expected,kinds", [
    ("Jeg hedder Mette Hansen, mit cpr er 120398-1234, kan I ringe til mig på 22 33 44 55?",
     "Jeg hedder [NAVN], mit cpr er [CPR], kan I ringe til mig på [TLF]?", {"name", "cpr", "phone"}),
    ("cpr 2611901234", "cpr [CPR]", {"cpr"}),
    ("ring 22334455", "ring [TLF]", {"phone"}),
    ("ring +45 2233 4455", "ring [TLF]", {"phone"}),
    ("ring 0045 22 33 44 55", "ring [TLF]", {"phone"}),
    ("mail: anna.b+x@example.com", "mail: [EMAIL]", {"email"}),
    ("min ip 10.0.0.12", "min ip [IP]", {"ip"}),
    ("se https://x.dk/side?id=123&u=anna", "se [URL]", {"url"}),
    ("jeg bor på Nørregade 12, 6400 Sønderborg", "jeg bor på [ADRESSE]", {"address"}),
    ("min søn Peter på 16 ryger hash", "min søn [NAVN] på 16 ryger hash", {"name"}),
    ("mit navn er ali", "mit navn er [NAVN]", {"name"}),
])
def test_identifying_details_are_replaced(text, expected, kinds):
    result = REDACTOR.redact(text)
    assert result.text == expected
    assert set(result.kinds) == kinds


@pytest.mark.parametrize("text", [
    "er 88 72 44 85 jeres nummer", "ringer på 87947580", "Kongevej 19",
    "jeg er 16 år", "telefontid kl. 8.30-15.00", "i uge 42", "2 samtaler i 12 uger",
    "min søn på 17 drikker", "jeg er bekymret for min mand", "Boulevarden 19 AB, 7100 Vejle",
    "hvad er CRAFT", "den 12.03 kl 14", "jeg er mor til en på 15",
])
def test_safe_text_survives(text):
    assert REDACTOR.redact(text).text == text


@pytest.mark.parametrize("text", ["320198-1234", "011398-1234"])
def test_cpr_needs_a_valid_date(text):
    assert "[CPR]" not in REDACTOR.redact(text).text
