"""Where, when and which number for one offer."""

from core.answering.contact import hours_part, phone_part, place_part


def test_direct_numbers_for_an_offer_come_from_the_extra_contacts(kb):
    m = kb["skanderborg"]
    p = phone_part(m, m.offer("ungeraadgivningen_raadgivning"))
    assert p.lines[0] == ("Du kan ringe direkte: Ungerådgivningen, mobil (i centrets "
                          "åbningstid): 2332 6669, 2059 8446, 2059 8466.")


def test_a_number_in_the_offers_own_text(kb):
    m = kb["vejle"]
    p = phone_part(m, m.offer("craft"))
    assert "76 81 90 00" in p.lines[0] and p.lines[0].startswith("CRAFT: ")


def test_no_own_number_gives_the_centres(kb):
    m = kb["sonderborg"]
    p = phone_part(m, m.offer("nada"))
    assert p.lines[0] == ("Kataloget giver ikke et eget nummer til NADA behandling. "
                          "Ring til Misbrugscenter Sønderborg på 88 72 44 85.")


def test_times_in_the_offers_fields(kb):
    m = kb["sonderborg"]
    assert hours_part(m, m.offer("vaerestedet_lykken")).lines[0] == (
        "Værestedet Lykken: Der er morgenmad kl. 08.30-10.00.")


def test_no_own_times_gives_the_centres_hours(kb):
    m = kb["skanderborg"]
    p = hours_part(m, m.offer("move"))
    assert p.lines[0].startswith("MOVE: kataloget giver ikke egne tider.")
    assert any("8.15-15.30" in line for line in p.lines)


def test_place_of_the_offer(kb):
    m = kb["vejle"]
    assert place_part(m, m.offer("anonym_stofbehandling")).lines == [
        "Anonym behandling for stofmisbrug: Odense eller Esbjerg."]


def test_no_place_says_so_and_gives_the_centre(kb):
    m = kb["sonderborg"]
    p = place_part(m, m.offer("skurvogne"))
    assert p.lines[0].startswith("Det fremgår ikke af Indsatskatalog for Misbrugscenter "
                                 "Sønderborg 2020, hvor Skurvogne foregår.")
    assert "Kongevej 19" in p.lines[1] and not p.found


def test_a_place_that_is_the_centre_gets_the_centres_street(kb):
    m = kb["sonderborg"]
    p = place_part(m, m.offer("motivationsgruppe"))
    assert p.lines == ["Motivationsgruppe: Ambulant på misbrugscentret i Sønderborg, i dagtimerne.",
                       "Misbrugscenter Sønderborg ligger på Kongevej 19, 6400 Sønderborg."]
    assert len(p.sources) == 2 and p.found
