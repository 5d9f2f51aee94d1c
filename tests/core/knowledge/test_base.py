from pathlib import Path

import pytest
import yaml

from core.knowledge.base import (
    DEFAULT_KNOWLEDGE_DIR,
    WEEKDAYS,
    KnowledgeError,
    load_file,
    load_knowledge,
)

MUNICIPALITIES = ("sonderborg", "fredericia", "skanderborg", "vejle")


def test_all_four_municipalities_load(kb):
    assert set(kb) == set(MUNICIPALITIES)


@pytest.mark.parametrize("slug,minimum", [("sonderborg", 28), ("skanderborg", 24),
                                           ("vejle", 24), ("fredericia", 14)])
def test_every_catalogue_offer_is_covered(kb, slug, minimum):
    assert len(kb[slug].offers) >= minimum


def test_silence_is_explicit_where_catalogues_give_no_contact_data(kb):
    fredericia = kb["fredericia"].centre
    assert fredericia.phone is None and fredericia.addresses == ()
    assert fredericia.opening_hours is None and fredericia.phone_hours is None
    assert kb["vejle"].centre.opening_hours is None


@pytest.mark.parametrize("slug", MUNICIPALITIES)
def test_schedules_have_all_weekdays(kb, slug):
    for schedule in (kb[slug].centre.opening_hours, kb[slug].centre.phone_hours):
        if schedule is not None:
            assert set(schedule.days) == set(WEEKDAYS)


def _write(tmp_path: Path, data: dict, name: str = "vejle.yml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _valid() -> dict:
    return yaml.safe_load((DEFAULT_KNOWLEDGE_DIR / "vejle.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("mutate,expected", [
    (lambda d: d["centre"].__setitem__("phone", {"value": "76 81 90 00"}),
     "vejle.yml: centre.phone.source: expected '<file>.txt §<section>'"),
    (lambda d: d["offers"][0].__setitem__("category", "spa"),
     "vejle.yml: offers."),
    (lambda d: d["offers"][0].__setitem__("age_min", {"value": 200, "source": d["offers"][0]["summary"]["source"]}),
     ".age_min.value: expected an age 0-120"),
    (lambda d: d["topics"].__setitem__("weather", []), "vejle.yml: topics.weather: unknown topic"),
    (lambda d: d["offers"][0]["summary"].__setitem__("source", "other.txt §X"),
     "cites 'other.txt', but this file's document is"),
    (lambda d: d.__setitem__("slug", "aarhus"), "vejle.yml: slug: 'aarhus' does not match"),
    (lambda d: d["offers"].append(dict(d["offers"][0])), "duplicate id"),
])
def test_schema_errors_name_file_and_field(tmp_path, mutate, expected):
    data = _valid()
    mutate(data)
    with pytest.raises(KnowledgeError) as err:
        load_file(_write(tmp_path, data))
    assert expected in str(err.value)


def test_bad_schedule_is_reported(tmp_path):
    data = yaml.safe_load((DEFAULT_KNOWLEDGE_DIR / "skanderborg.yml").read_text(encoding="utf-8"))
    data["centre"]["opening_hours"]["days"]["monday"] = ["8.15 til 15.30"]
    with pytest.raises(KnowledgeError, match=r"skanderborg.yml: centre.opening_hours.days.monday\[0\]"):
        load_file(_write(tmp_path, data, "skanderborg.yml"))


def test_empty_directory_is_an_error(tmp_path):
    with pytest.raises(KnowledgeError, match="no knowledge files"):
        load_knowledge(tmp_path)
