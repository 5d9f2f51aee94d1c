"""Failure class F: where a described person should go: the offer that fits them and the
centre address whose ``serves`` tags match their group, not the first address. Own examples."""

from __future__ import annotations

import pytest

from core.answering.aspects import Aspect, detect_aspects


def test_classF_where_to_go_is_a_place_question():
    for text in ("hvor skal jeg hen?", "hvor skal min søn gå hen", "hvor henvender man sig",
                 "hvor skal jeg henvende mig som pårørende?"):
        assert detect_aspects(text)[:1] == [Aspect.PLACE], text


def test_classF_young_drug_user_gets_the_youth_address(ask):
    text = ask("vejle", "er 20 og ryger hash, hvor skal jeg hen?").text
    assert text.splitlines()[0].startswith("Ambulant behandling af stofmisbrug for unge")
    assert "Boulevarden 19 AB" in text and "Horsensvej" not in text


def test_classF_adult_drug_user_gets_the_adult_drug_address(ask):
    text = ask("vejle", "jeg er 40 og tager kokain, hvor skal jeg hen?").text
    assert "Horsensvej 35" in text and "Boulevarden" not in text


def test_classF_a_relative_gets_the_relatives_offer_and_an_address(ask):
    lines = ask("sonderborg", "min mand drikker, hvor skal jeg henvende mig som pårørende?"
                ).text.splitlines()
    assert lines[0].startswith("Pårørendeforløb")
    assert "Kongevej 19" in lines[1]


@pytest.mark.parametrize("text", ["hvor skal jeg møde op? er 19 og tager coke. er det på horsensvej?",
                                  "hvor skal man møde op som ung? er det også på horsensvej?"])
def test_a_street_named_to_check_gets_the_address_for_the_person(ask, text):
    reply = ask("vejle", text)
    assert reply is not None and "Boulevarden" in reply.text.split("Kilde:")[0], reply and reply.text
