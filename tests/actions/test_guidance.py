import pytest

from actions.guidance import guide, offers_for_relative, offers_for_self


@pytest.mark.parametrize("slug,age,expected", [
    ("sonderborg", 15, "ungdomsraadgivning"),
    ("sonderborg", 22, "ungdomsraadgivning"),
    ("skanderborg", 19, "ungeraadgivningen_raadgivning"),
    ("skanderborg", 13, "ungeraadgivningen_raadgivning"),
])
def test_young_people_get_youth_counselling(kb, slug, age, expected):
    assert offers_for_self(kb[slug], age)[0].id == expected


def test_sonderborg_23_is_past_youth_counselling(kb):
    assert all(o.id != "ungdomsraadgivning" for o in offers_for_self(kb["sonderborg"], 23))


@pytest.mark.parametrize("slug,text,expected", [
    ("vejle", "min mand drikker alt for meget men vil ikke i behandling", "craft"),
    ("sonderborg", "min datter tager kokain hvad kan jeg som mor gøre", "paaroerendeforloeb"),
])
def test_relatives_get_the_fitting_offer(kb, slug, text, expected):
    assert offers_for_relative(kb[slug], text, None)[0].id == expected


def test_guide_text_names_the_offer_and_contact(kb):
    m = kb["sonderborg"]
    text = guide(m, "own_use", "jeg e 15 og ryger joints hver dag").render(m)
    assert "Ungdomsrådgivning" in text and "88 72 44 85" in text and text.splitlines()[-1].startswith("Kilde:")


@pytest.mark.parametrize("slug,text,expected", [
    ("vejle", "jeg er 17 og drikker hver weekend", "anonym_raadgivning"),   # youth offers are for drugs
    ("vejle", "jeg er 16 og ryger hash", "unge_15_18"),
])
def test_self_guidance_respects_the_substance(kb, slug, text, expected):
    m = kb[slug]
    assert guide(m, "own_use", text).lines[1].startswith(
        next(o.name for o in m.offers if o.id == expected))


@pytest.mark.parametrize("slug,text,expected", [
    ("vejle", "hvem kan hjælpe mig hvis min mor drikker, jeg er 12", "alko_boernesamtaler"),
    ("skanderborg", "min far drikker hver dag og jeg er 14", "brus"),
    ("vejle", "min søn på 16 ryger hash", "paarorende_unge_under_25"),
])
def test_relative_guidance_tells_child_from_parent(kb, slug, text, expected):
    from actions.text import find_age, without_writer_age
    assert offers_for_relative(kb[slug], text, find_age(without_writer_age(text)))[0].id == expected
