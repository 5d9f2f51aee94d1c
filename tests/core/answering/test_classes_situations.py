"""Failure class E: a situation described with no offer named finds the offer whose facts
say so (family, working hours, home visits, autism/psychosis, no talk therapy, imposed,
relatives of someone who refuses, aftercare). Own examples."""

from __future__ import annotations

import pytest

SITUATIONS = [
    ("vejle", "jeg drikker og har to små børn derhjemme, hvad kan jeg få?",
     "alko_familieorienteret"),
    ("sonderborg", "jeg er mor til to små og ryger hash hver aften, er der hjælp?",
     "familieorienteret"),
    ("skanderborg", "jeg drikker og har en baby, hvad kan jeg få?",
     "familieorienteret_behandling"),
    ("skanderborg", "kan en behandler komme hjem til mig?", "aaben_raadgivning"),
    ("sonderborg", "kan I komme hjem til os?", "gadesygeplejerske"),
    ("skanderborg", "min søn har autisme og ryger hash, hvad kan han få?",
     "individuelt_tilrettelagt_indsats"),
    ("skanderborg", "jeg kan ikke klare samtaleterapi, hvad kan I tilbyde?",
     "stabiliserende_forloeb"),
    ("skanderborg", "socialrådgiveren siger min datter skal komme til jer, hvad sker der?",
     "paalagt_rusmiddelindsats"),
    ("vejle", "min mand vil ikke i behandling, hvad kan jeg gøre?", "craft"),
    ("vejle", "min kone vil ikke have hjælp for sit drikkeri, hvad gør jeg", "craft"),
    ("skanderborg", "jeg arbejder fuldtid, kan jeg få behandling online?",
     "online_behandling_voksne"),
]


@pytest.mark.parametrize("slug,text,offer", SITUATIONS)
def test_classE_situation_finds_the_offer(ask, slug, text, offer):
    reply = ask(slug, text)
    assert reply is not None and reply.confident
    assert reply.candidates[0].offer.id == offer, reply.candidates[:3]
    assert reply.offer_id in (offer, None)
    assert reply.text.splitlines()[0].startswith(reply.candidates[0].offer.name.split(" ")[0])


def test_classE_working_days_finds_the_online_offers(ask):
    reply = ask("skanderborg", "jeg arbejder til kl 17 hver dag, kan jeg stadig få behandling?")
    assert "Online" in reply.text.splitlines()[0]


@pytest.mark.parametrize("slug,text", [
    ("vejle", "hvad sker der når han kommer hjem fra døgn?"),
    ("skanderborg", "hvad sker der når min mand kommer hjem fra døgnbehandling?"),
])
def test_classE_home_from_residential_is_aftercare(ask, slug, text):
    reply = ask(slug, text)
    assert all(c.category != "residential" for c in
               [c.offer for c in reply.candidates[:1]]), reply.candidates[:2]
    assert "Døgnbehandling" not in reply.text.splitlines()[0]


def test_classE_home_visits_only_where_the_catalogue_says_so(ask):
    assert ask("vejle", "kan I komme hjem til mig?") is None  # Vejle names no home visits
    reply = ask("sonderborg", "kan behandlingen foregå derhjemme?")
    assert reply.candidates[0].offer.id == "gadesygeplejerske"


@pytest.mark.parametrize("slug,text,pattern", [
    # a treatment just finished: the aftercare offer, in English too
    ("vejle", "my husband has completed his alcohol treatment. is there anything for him afterwards?",
     r"Efterbehandling"),
    ("fredericia", "min søster har afsluttet sin stoffri behandling, er der mere hjælp bagefter?",
     r"[Ee]fterbehandling"),
])
def test_after_a_finished_treatment_comes_the_aftercare(ask, slug, text, pattern):
    import re
    reply = ask(slug, text)
    assert reply is not None and re.search(pattern, reply.text.split("Kilde:")[0]), reply and reply.text


@pytest.mark.parametrize("text,aspect", [
    ("who pays for the treatment?", "price"), ("how many talks do you get?", "duration"),
    ("how can I contact you?", "phone"),
])
def test_english_questions_ask_the_same_aspects(text, aspect):
    from core.answering.aspects import detect_aspects
    assert aspect in [a.value for a in detect_aspects(text)]


def test_a_lonely_person_after_treatment_gets_the_drop_in_place(ask):
    reply = ask("sonderborg", "min fætter er færdig med behandlingen, men han er ensom og har ingen "
                              "at være sammen med i hverdagen. findes der et sted han kan komme?")
    assert reply is not None and "Lykken" in reply.text, reply and reply.text


@pytest.mark.parametrize("text,first", [
    ("I'm 15, can I join the youth counselling?", "target_group"),
    ("min far vil på døgn. kan han bare uden videre komme på det?", "target_group"),
])
def test_eligibility_in_english_and_simply_granted(text, first):
    from core.answering.aspects import detect_aspects
    assert detect_aspects(text)[0].value == first
