"""The first reply is short; the rest waits behind "Læs mere" (core.answering.shorten)."""

from core.answering.shorten import split_reply

SOURCE = "Kilde: Et katalog 2020, 1 Et afsnit"
LONG_SUMMARY = ("Et forløb for dig, der gerne vil ændre dit forbrug, hvor du sammen med andre taler om "
                "trang, om dit netværk, om dine drømme og om de ting, der står i vejen for dem.")


def words(text: str) -> int:
    return len(text.split())


def test_a_short_answer_is_sent_whole():
    text = f"Gruppen mødes hver torsdag kl. 15-16.30.\n\n{SOURCE}"
    assert split_reply(text) == (text, "")


def test_a_long_answer_keeps_its_lead_and_the_facts_with_numbers_first():
    prose = [f"Her er en længere forklaring nummer {n} om hvordan forløbet er bygget op og tænkt."
             for n in ("et", "to", "tre", "fire")]
    text = "\n".join([LONG_SUMMARY, *prose, "Hvor tit: 1 gang om ugen i 8 uger."]) + f"\n\n{SOURCE}"
    first, more = split_reply(text, budget=45)
    assert first.startswith(LONG_SUMMARY)
    assert "1 gang om ugen i 8 uger" in first
    assert more and all(line in first or line in more for line in prose)
    assert first.endswith(SOURCE) and more.endswith(SOURCE)
    assert words(first) < words(text)


def test_how_to_reach_the_centre_stays_with_a_silent_answer():
    text = ("Det fremgår ikke af kataloget, hvor lang ventetiden er, og det ved jeg derfor ikke noget "
            "sikkert om, desværre.\nRing til Centret på 88 72 44 85. Du kan også se www.eksempel.dk.\n"
            "Telefonen er lukket nu, åbner i morgen kl. 8.30.\n" + "Mere tekst her om andre ting. " * 8)
    first, _ = split_reply(text, budget=20)
    assert "88 72 44 85" in first and "Telefonen er lukket" in first


def test_a_list_shows_its_first_items_under_its_heading():
    items = [f"- Tilbud nummer {n} for unge (fra 12 år til 23 år)" for n in range(1, 8)]
    text = "Tilbud, der passer til en på 14 år:\n" + "\n".join(items) + f"\n\n{SOURCE}"
    first, more = split_reply(text, budget=10)
    assert first.startswith("Tilbud, der passer til en på 14 år:\n- Tilbud nummer 1")
    assert "Tilbud nummer 3" in first and "Tilbud nummer 4" not in first
    assert "Tilbud nummer 7" in more


def test_a_week_of_phone_hours_is_not_cut_in_the_middle():
    days = ["Mandag: kl. 8.30-15.00", "Tirsdag: kl. 8.30-13.00", "Onsdag: kl. 8.30-15.00",
            "Torsdag: kl. 8.30-17.00", "Fredag: kl. 8.30-13.00"]
    text = "Ring til Centret på 88 72 44 85.\nTelefontid:\n" + "\n".join(days) + "\n" + LONG_SUMMARY * 3
    first, _ = split_reply(text, budget=12)
    assert all(day in first for day in days)
