"""Every number a catalogue states about an offer is carried by the offer's facts.

``core.knowledge.completeness`` lists the numbers in each offer's own catalogue section (and
in sentences elsewhere that name the offer) that no fact of the offer carries, or that only
the summary or content carries while a typed field should. What is not about the offer is
explained in ``knowledge/completeness_exceptions.yml``; every entry there must still be
needed.
"""

from datetime import date

import pytest

from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR, KnowledgeError, load_file
from core.knowledge.completeness import (
    build_catalogue,
    build_report,
    format_report,
    is_carried,
    load_exceptions,
    locate,
    numbers_in,
    offer_numbers,
)
from tests.conftest import CATALOGUE_DIR


@pytest.fixture(scope="module")
def report():
    return build_report(DEFAULT_KNOWLEDGE_DIR, CATALOGUE_DIR)


def test_no_offer_misses_a_number_its_catalogue_states(report):
    missing = [(o.slug, o.offers, u) for o in report.offers for u in o.uncovered]
    assert not missing, "\n" + format_report(report)


def test_every_exception_is_still_needed(report):
    assert report.stale() == []


def test_every_exception_has_a_reason():
    exceptions = load_exceptions(DEFAULT_KNOWLEDGE_DIR / "completeness_exceptions.yml")
    assert exceptions.rules and exceptions.numbers
    assert all(r.reason.strip() for r in exceptions.rules)
    assert all(n.reason.strip() and n.context for n in exceptions.numbers)
    assert all(reason.strip() for reason in exceptions.generic_names.values())


def test_every_offer_has_a_section_in_its_catalogue(report):
    assert all(o.ranges for o in report.offers), [o.offers for o in report.offers if not o.ranges]


@pytest.mark.parametrize("text,expected", [
    ("1 gang om ugen af 1 ½ times varighed 4 gruppesessioner.",
     [("1", "occasion"), ("1.5", "hour"), ("4", "occasion")]),
    ("1 gang om ugen af to timers varighed. 8 gruppesessioner.",
     [("1", "occasion"), ("2", "hour"), ("8", "occasion")]),
    ("Torsdage, lige uger i tidsrummet kl. 15-16:30.", [("15", "clock"), ("16:30", "clock")]),
    ("2 – 4 gange om måneden.", [("2", "occasion"), ("4", "occasion")]),
    ("Unge kan få en til to anonyme rådgivende samtaler", [("1", "occasion"), ("2", "occasion")]),
    ("et to-ugers ophold", [("2", "week")]),
    ("rådighedsbeløb til borgeren på 2.823,00 kr.", [("2823", "money")]),
    ("ca. 2500,- pr. mdr.", [("2500", "money")]),
    ("tre fokusområder", []),
    ("BRUS løber foreløbigt frem til og med 2025.", [("2025", "calendar")]),
    ("Telefon 76819000 eller 76 81 90 00, tlf. 2332 6669.",
     [("tel:76819000", None), ("tel:76819000", None), ("tel:23326669", None)]),
])
def test_numbers_are_read_with_their_unit(text, expected):
    assert [(n.value, n.unit) for n in numbers_in(text)] == expected


def test_a_number_with_a_unit_needs_the_same_unit():
    carried = {n.key for n in numbers_in("Kommunen betaler for 2-4 gange om måneden.")}
    two_hours = numbers_in("2 timer ugentligt")[0]
    assert not is_carried(two_hours, carried)
    assert is_carried(numbers_in("2 x om måneden")[0], carried)


def test_a_missing_number_is_reported(tmp_path):
    """Removing the session length of Sønderborg's introgruppe makes the report say so."""
    src = (DEFAULT_KNOWLEDGE_DIR / "sonderborg.yml").read_text(encoding="utf-8")
    marker = ('    session_length: {text: "1½ time.", '
              'source: "sonderborg-indsatskatalog-2020.txt §3.1 Introgruppe"}')
    assert marker in src
    (tmp_path / "sonderborg.yml").write_text(src.replace(marker, "    session_length: null"),
                                             encoding="utf-8")
    report = build_report(tmp_path, CATALOGUE_DIR,
                          DEFAULT_KNOWLEDGE_DIR / "completeness_exceptions.yml")
    intro = next(o for o in report.offers if "introgruppe" in o.offers)
    assert [(u.number, u.unit) for u in intro.uncovered] == [("1.5", "hour")]


def test_a_number_only_in_the_content_is_reported_as_untyped(tmp_path):
    src = (DEFAULT_KNOWLEDGE_DIR / "sonderborg.yml").read_text(encoding="utf-8")
    marker = ('    duration: {text: "4 gange i alt.", '
              'source: "sonderborg-indsatskatalog-2020.txt §1 Pårørendeforløb"}')
    assert marker in src
    src = src.replace(marker, "    duration: null")
    src = src.replace('content: {text: "Gruppe og kursus med oplæg og øvelser.',
                      'content: {text: "Gruppe og kursus med oplæg og øvelser, 4 gange i alt.')
    (tmp_path / "sonderborg.yml").write_text(src, encoding="utf-8")
    report = build_report(tmp_path, CATALOGUE_DIR,
                          DEFAULT_KNOWLEDGE_DIR / "completeness_exceptions.yml")
    group = next(o for o in report.offers if "paaroerendeforloeb" in o.offers)
    assert [(u.number, u.kind) for u in group.uncovered] == [("4", "untyped")]


def test_sections_are_cut_at_the_next_heading_of_the_same_level():
    cat = build_catalogue(CATALOGUE_DIR / "sonderborg-indsatskatalog-2020.txt")
    (start, end), = locate(cat, "3.1 Introgruppe")
    assert cat.lines[start].startswith("3.1 Introgruppe")
    assert cat.lines[end].startswith("3.2 Motivationsgruppe")
    vejle = build_catalogue(CATALOGUE_DIR / "vejle-kvalitetsstandard-2024-2026.txt")
    (start, end), = locate(vejle, "CRAFT - pårørende til rusmiddelmisbrugende")
    assert "11. Metodebeskrivelse" in vejle.lines[end]


def test_fredericia_paragraph_headings_are_found():
    cat = build_catalogue(CATALOGUE_DIR / "fredericia-kvalitetsstandard-2016.txt",
                          labels=["Vagten", "Introkursus"])
    (start, end), = locate(cat, "Vagten")
    assert cat.lines[start].startswith("Vagten Et akut tilbud")
    assert cat.lines[end].startswith("Introkursus")


def test_valid_until_is_carried_and_typed(kb):
    brus = kb["skanderborg"].offer("brus")
    assert brus.valid_until.value == "2025-08"
    assert ("2025", "calendar") in offer_numbers(brus)
    assert brus.has_expired(date(2025, 9, 1)) and not brus.has_expired(date(2025, 8, 31))
    ringgaarden = kb["vejle"].offer("ringgaarden_doegn")
    assert ringgaarden.valid_until_date() == date(2025, 12, 31)


@pytest.mark.parametrize("value,problem", [
    ("2025", "expected 'YYYY-MM-DD' or 'YYYY-MM'"),
    ("2025-13", "expected 'YYYY-MM-DD' or 'YYYY-MM'"),
    ("2025-02-30", "is not a real date"),
])
def test_a_bad_valid_until_is_rejected(tmp_path, value, problem):
    src = (DEFAULT_KNOWLEDGE_DIR / "skanderborg.yml").read_text(encoding="utf-8")
    src = src.replace('valid_until: {value: "2025-08"', f'valid_until: {{value: "{value}"', 1)
    path = tmp_path / "skanderborg.yml"
    path.write_text(src, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="offers.brus.valid_until.value: .*" + problem):
        load_file(path)
