"""Words the project uses in more than one place: relations and offer-category labels.

- :data:`RELATION_NOUNS`: the one vocabulary of who the person drinking or using is, seen
  from the one who writes ("min søn" -> the writer is a parent). Triage reads whole
  messages ("min søn ryger hash") and short answers ("søn") with it; the answering core
  reads who asks with it. Written in ordinary Danish; each reader folds it to its own
  spelling (:func:`spellings`).
- :data:`CATEGORY_LABELS` (shown to people) and :data:`CATEGORY_WORDS` (extra index words)
  for every offer category of the knowledge schema
  (:data:`core.knowledge.base.CATEGORIES`). A category in the schema without a label is
  an error at import, so a new category can never silently drop its offers from a list.
"""

from __future__ import annotations

from typing import Mapping, Tuple

from core.knowledge.base import CATEGORIES
from core.language.normalize import fold

# ------------------------------------------------------------------------------ relations

RELATIONS: Tuple[str, ...] = ("parent", "partner", "child", "sibling", "friend", "other")
"""Relation values, from the writer's side; the same as ``core.triage.rules.RELATIONS``."""

RELATION_NOUNS: Mapping[str, Tuple[str, ...]] = {
    # the writer is the parent: the one who drinks is their child
    "parent": ("søn", "sønnen", "sønner", "datter", "døtre", "barn", "børn", "dreng", "pige",
               "teenager", "knægt", "unge", "stedsøn", "steddatter", "bonussøn",
               "bonusdatter", "bonusbarn", "plejebarn", "plejesøn", "plejedatter"),
    # the writer is the child: the one who drinks is their parent (or a parent's partner,
    # or a grandparent)
    "child": ("mor", "far", "forældre", "forælder", "mors kæreste", "fars kæreste", "stedfar",
              "stedmor", "bonusfar", "bonusmor", "papfar", "papmor", "mormor", "farmor",
              "morfar", "farfar"),
    "partner": ("mand", "kone", "hustru", "ægtefælle", "kæreste", "kæresten", "kæriste",
                "partner", "samlever", "boyfriend", "girlfriend", "forlovede", "ekskæreste",
                "eks"),
    "sibling": ("bror", "broder", "brødre", "søster", "søstre", "søskende", "lillebror",
                "storebror", "lillesøster", "storesøster", "halvbror", "halvsøster"),
    "friend": ("ven", "veninde", "venner", "veninder", "bedste ven", "bedsteven",
               "bedste veninde", "bedsteveninde", "kammerat", "kammerater", "klassekammerat",
               "klassekammerater", "makker", "roomie", "bff"),
    # wider family and other people around the writer
    "other": ("kollega", "nabo", "onkel", "moster", "faster", "tante", "fætter", "kusine",
              "svoger", "svigerinde", "svigerfar", "svigermor", "bekendt", "familie"),
}
"""Relation -> the nouns that name the one who drinks or uses, from the writer's side."""

SPOUSE_NOUNS: Tuple[str, ...] = ("mand", "kone", "hustru", "ægtefælle")
"""Partners one is married to: the writer is then an adult (see core.language.ages)."""


def spellings(word: str) -> Tuple[str, ...]:
    """``word`` as the folded readers see it: "søn" -> ("soen", "son")."""
    folded = fold(word)
    short = folded.replace("aa", "a").replace("oe", "o").replace("ae", "a")
    return (folded,) if short == folded else (folded, short)


def folded_alternation(words: Tuple[str, ...]) -> str:
    """A regex alternation of ``words`` in folded spelling, longest first."""
    forms = {s for w in words for s in spellings(w)}
    return "|".join(sorted(forms, key=lambda s: (-len(s), s)))


# ----------------------------------------------------------------------- offer categories

CATEGORY_LABELS: Mapping[str, str] = {
    "counselling": "Rådgivning", "youth": "Unge", "assessment": "Udredning",
    "adult_outpatient": "Ambulant behandling", "day_treatment": "Dagbehandling",
    "residential": "Døgnbehandling", "medication": "Medicin", "relatives": "Pårørende",
    "children": "Børn", "prevention": "Forebyggelse", "aftercare": "Efterbehandling",
    "social": "Socialt", "employment": "Job og uddannelse", "other": "Andet",
}
"""Danish heading for each offer category, in the order offers are listed."""

CATEGORY_WORDS: Mapping[str, str] = {
    "counselling": "rådgivning", "youth": "unge", "assessment": "udredning",
    "adult_outpatient": "voksne ambulant", "day_treatment": "dagbehandling",
    "residential": "døgnbehandling døgn", "medication": "medicin", "relatives": "pårørende",
    "children": "børn", "prevention": "forebyggelse", "aftercare": "efterbehandling",
    "social": "socialt", "employment": "job arbejde", "other": "",
}
"""Words an offer's category adds to the search index (``core.answering.index``)."""


def check_covers_schema(table: Mapping[str, object], name: str,
                        categories: Tuple[str, ...] = CATEGORIES) -> None:
    """Raise when ``table`` has no entry for a schema category, or one the schema lacks."""
    missing = [c for c in categories if c not in table]
    unknown = [c for c in table if c not in categories]
    if missing or unknown:
        raise ValueError(f"{name} must have exactly the categories of "
                         f"core.knowledge.base.CATEGORIES: missing {missing}, unknown {unknown}")


check_covers_schema(CATEGORY_LABELS, "CATEGORY_LABELS")
check_covers_schema(CATEGORY_WORDS, "CATEGORY_WORDS")

__all__: Tuple[str, ...] = (
    "RELATIONS", "RELATION_NOUNS", "SPOUSE_NOUNS", "spellings", "folded_alternation",
    "CATEGORY_LABELS", "CATEGORY_WORDS", "check_covers_schema",
)
