"""``next_step``: what the catalogue says comes after an offer ("hvad kommer bagefter?").

The table below is every offer whose catalogue says what follows it, with the offer the
``next_step`` text names (None where the next step is not an offer: a plan, an ambulant course,
a follow-up call that is no offer in that file). Every other offer's next_step is null.
"""

import re
from typing import Dict, Optional, Set

import pytest
import yaml

from core.knowledge.base import (
    DEFAULT_KNOWLEDGE_DIR,
    OFFER_TEXT_FIELDS,
    KnowledgeError,
    Municipality,
    Offer,
    load_file,
)
from core.knowledge.source_check import index_document
from core.language.text import fold
from tests.conftest import CATALOGUE_DIR

NEXT_STEPS: Dict[str, Dict[str, Optional[str]]] = {
    "sonderborg": {
        "aaben_raadgivning": "kortlaegning",
        "ungdomsraadgivning": "kortlaegning",
        "mindrerus": "kortlaegning",
        "kortlaegning": "feedback",
        "feedback": None,                      # visitation to a treatment offer
        "behandlingsgruppe": "efterbehandlingsgruppe",
        "foerforloeb_dagbehandling": "dagbehandling_hovedforloeb",
        "dagbehandling_hovedforloeb": "dagbehandling_efterforloeb",
        "doegnbehandling": None,               # an ambulant course in Sønderborg
        "visitation_doegnbehandling": "doegnbehandling",
    },
    "fredericia": {
        "anonym_ambulant_stofbehandling": None,  # a closing talk alone
        "udredning_vejen_frem": "behandlingsplan",
        "behandlingsplan": None,               # the treatment the plan names, within 14 days
        "individuelle_samtaler_stof": None,    # follow-up after 1 and 6 months
        "ungebehandlingen": None,
        "motivationsgruppe": "afgiftningstur",
        "stoffri_dagbehandling": "stoffri_efterbehandling",
        "stoffri_efterbehandling": None,
        "introkursus": "behandlingsplan",
        "forandringsgruppen": "behandlingsgruppen",
        "behandlingsgruppen": "efterbehandling_alkohol",
        "efterbehandling_alkohol": None,
    },
    "skanderborg": {
        "aaben_raadgivning": None,             # an indskrivningssamtale
        "individuel_behandling": "opfoelgning",
        "familieorienteret_behandling": "opfoelgning",
        "online_behandling_voksne": "opfoelgning",
        "anonym_stofbehandling": None,         # a closing talk alone
        "ungeraadgivningen_raadgivning": "move",
        "afklarende_forloeb": "move",
        "move": "individuelt_tilrettelagt_indsats",
        "individuelt_tilrettelagt_indsats": "opfoelgning",
        "online_behandling_unge": "opfoelgning",
        "stofbehandling_unge_under_18": "individuelt_tilrettelagt_indsats",
        "alkoholbehandling_unge_under_18": "individuelt_tilrettelagt_indsats",
        "paalagt_rusmiddelindsats": None,      # a meeting with Børnesocialrådgivningen
        "doegnbehandling": "efterbehandling",
        "gravide_doegnbehandling": "efterbehandling",
        "ringgaarden": "efterbehandling",
        "midtgaarden": "efterbehandling",
        "kongens_oe": "efterbehandling",
        "slusen": "efterbehandling",
        "toftehuset": "efterbehandling",
        "tjele": "efterbehandling",
        "opfoelgning": None,                   # treatment again if needed
        "efterbehandling": "opfoelgning",
    },
    "vejle": {
        "visitation_udredning": None,          # planning the treatment, within 14 days
        "stof_ambulant_over_25": "stof_efterbehandling",
        "stof_efterbehandling": None,          # follow-up after 1 and 6 months
        "stof_substitution": None,             # a more intensive course
        "unge_15_18": None,                    # a written recommendation
        "unge_18_25": None,
        "paarorende_unge_under_25": None,      # a netværksgruppe
        "stof_doegnbehandling": "stof_efterbehandling",
        "alko_afrusning": "alko_motivationsforloeb",
        "alko_motivationsforloeb": "alko_3_maaneders_forloeb",
        "alko_introkursus": "alko_3_maaneders_forloeb",
        "alko_3_maaneders_forloeb": "alko_efterbehandling",
        "alko_flexbehandling": "alko_efterbehandling",
        "alko_doegnbehandling": "alko_efterbehandling",
        "ringgaarden_doegn": "alko_efterbehandling",
        "alko_efterbehandling": None,          # a netværks- or selvhjælpsgruppe
    },
}

CASES = [(slug, oid) for slug, table in NEXT_STEPS.items() for oid in table]


def _terms(offer: Offer) -> Set[str]:
    """The folded words an offer is named by: its name, its name without a parenthesis or a
    phase suffix ("3 måneders behandlingsforløb – fase 3" -> "3 måneders behandlingsforløb"),
    and its aliases."""
    name = re.sub(r"\s*\([^)]*\)", "", offer.name)
    short = re.split(r"\s[–-]\s", name)[0]
    return {t for t in (fold(x) for x in (offer.name, name, short, *offer.aliases)) if len(t) >= 3}


def names(text: str, offer: Offer) -> bool:
    """``text`` names ``offer`` as a word, Danish endings allowed ("Hovedforløbet")."""
    folded = fold(text)
    return any(re.search(r"(?<![a-z0-9])" + re.escape(t) + r"(?:en|et|n|ne|erne|r)?(?![a-z0-9])",
                         folded) for t in _terms(offer))


def named_offers(text: str, m: Municipality) -> Set[str]:
    return {o.id for o in m.offers if names(text, o)}


def test_next_step_is_an_offer_text_field_kept_apart_from_the_offers_own_facts(kb):
    assert "next_step" in OFFER_TEXT_FIELDS
    offer = kb["fredericia"].offer("forandringsgruppen")
    # the answer index reads offer.facts as evidence about the offer itself; next_step names
    # another offer, so it is read with offer.fact() / offer.next_step only
    assert "next_step" not in offer.facts
    assert offer.fact("next_step") is offer.next_step is not None
    assert ("offers.forandringsgruppen.next_step", offer.next_step) in kb["fredericia"].all_facts()


def test_a_next_step_citing_another_document_is_reported(tmp_path):
    data = yaml.safe_load((DEFAULT_KNOWLEDGE_DIR / "vejle.yml").read_text(encoding="utf-8"))
    first = data["offers"][0]
    first["next_step"] = {"text": "Bagefter kommer CRAFT.", "source": "other.txt §CRAFT"}
    path = tmp_path / "vejle.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"offers\.{first['id']}\.next_step\.source: cites"):
        load_file(path)


@pytest.mark.parametrize("slug", NEXT_STEPS)
def test_exactly_the_offers_the_catalogue_speaks_of_have_a_next_step(kb, slug):
    filled = {o.id for o in kb[slug].offers if o.fact("next_step") is not None}
    assert filled == set(NEXT_STEPS[slug])


@pytest.mark.parametrize("slug,oid", CASES)
def test_next_step_cites_a_heading_of_its_own_document(kb, slug, oid):
    m = kb[slug]
    fact = m.offer(oid).fact("next_step")
    assert fact is not None and fact.text
    assert fact.document == m.document
    assert index_document(CATALOGUE_DIR / fact.document).has_section(fact.section)


@pytest.mark.parametrize("slug,oid", CASES)
def test_next_step_names_the_offer_it_points_to(kb, slug, oid):
    m = kb[slug]
    target = NEXT_STEPS[slug][oid]
    text = m.offer(oid).fact("next_step").text
    if target is None:
        return
    assert target != oid
    assert m.offer(target) is not None, f"{slug}: no offer {target!r}"
    assert names(text, m.offer(target)), f"{slug}/{oid}: {text!r} does not name {target}"


@pytest.mark.parametrize("slug", NEXT_STEPS)
def test_no_next_step_points_to_its_own_offer(kb, slug):
    m = kb[slug]
    for offer in m.offers:
        fact = offer.fact("next_step")
        if fact is None:
            continue
        named = named_offers(fact.text, m)
        # where the text names offers, at least one of them is another offer
        assert not named or named - {offer.id}, f"{slug}/{offer.id} names only itself"


def test_names_reads_endings_and_phase_suffixes(kb):
    vejle = kb["vejle"]
    assert names("Som udgangspunkt et 3 måneders behandlingsforløb.",
                 vejle.offer("alko_3_maaneders_forloeb"))
    sonderborg = kb["sonderborg"]
    assert names("Bagefter kommer Hovedforløbet.", sonderborg.offer("dagbehandling_hovedforloeb"))
    # a word inside a longer word is not a name: Efterbehandlingsgruppen is not Behandlingsgruppe
    assert not names("Så kommer Efterbehandlingsgruppen.", sonderborg.offer("behandlingsgruppe"))
