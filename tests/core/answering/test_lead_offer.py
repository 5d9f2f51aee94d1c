"""lead_offer: the one offer an answer is about, for the next turn's "det"/"den"."""

from core.answering import lead_offer


def test_an_answer_naming_one_offer_is_about_it(kb):
    text = "Pårørendeforløb:\nEn gruppe for pårørende.\n1 gang hver anden uge.\n\nKilde: x, CRAFT"
    assert lead_offer(kb["sonderborg"], text) == "paaroerendeforloeb"


def test_a_list_of_offers_is_about_none_of_them(kb):
    text = "MOVE:\nEt fast forløb.\nAfklarende forløb:\nEt kort forløb."
    assert lead_offer(kb["skanderborg"], text) is None


def test_the_first_line_leads_a_general_answer(kb):
    text = ("Er du pårørende, kan du komme i et pårørendeforløb: en gruppe hver anden uge.\n"
            "Tilbud til pårørende: Familieorienteret rusmiddelbehandling; Pårørendeforløb.")
    assert lead_offer(kb["sonderborg"], text) is None
    assert lead_offer(kb["sonderborg"], text, first_line=True) == "paaroerendeforloeb"


def test_the_source_line_and_plain_text_name_nothing(kb):
    assert lead_offer(kb["vejle"], "Telefonen er lukket nu.\n\nKilde: Vejle, CRAFT") is None


def test_filler_adverbs_keep_the_previous_offer(ask):
    # "typisk", "normalt", "bagefter" ask nothing new: the offer in context is still meant
    for text in ("hvor lang tid varer det typisk?", "hvor længe varer den normalt"):
        reply = ask("fredericia", text, {"offer_id": "afgiftningstur", "topic": "overview"})
        assert reply.offer_id == "afgiftningstur" and "To uger" in reply.text, text


def test_a_detail_asked_after_a_short_list_of_offers_is_answered_for_each(ask):
    first = ask("sonderborg", "jeg er 20 og ryger hash, hvad har I til unge?")
    assert first is not None and first.offer_id is None and first.context_offer is not None, first.text
    assert "," in first.context_offer
    follow = ask("sonderborg", "hvor lang tid varer en samtale?", context=first.context)
    assert follow is not None and follow.confident, follow.text
    assert "Hvilket tilbud" not in follow.text and "30 minutter" in follow.text, follow.text


def test_another_substance_in_a_follow_up_moves_to_the_offer_for_it(ask):
    first = ask("skanderborg", "hvor mange samtaler er der i stofbehandlingen for unge 13-17 år?")
    assert first is not None and first.offer_id == "stofbehandling_unge_under_18", first.text
    follow = ask("skanderborg", "og hvis det er alkohol han drikker?", context=first.context)
    assert follow is not None and follow.offer_id == "alkoholbehandling_unge_under_18", follow.text


def test_a_new_age_in_a_follow_up_asks_the_detail_of_the_offers_for_that_age(ask):
    first = ask("vejle", "hvor mange samtaler er der i stofbehandlingen for unge mellem 18 og 25?")
    follow = ask("vejle", "og hvis det var min lillesøster på 15?", context=first.context)
    assert follow is not None and "Hvilket tilbud" not in follow.text, follow.text
    assert "15-18" in follow.text, follow.text
