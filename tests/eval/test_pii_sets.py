"""Redaction on identifiers from Faker (a generator the team did not write) in sentences
written by reviewers who never read the redactor (tests/eval/pii_templates_*.yaml).

Template batch A was scored before the redactor was rebuilt and then used to fix failures
by class; batch B was only scored. Floors are the figures measured at the end of that work,
per kind, so that no change makes any of them worse; the issue's target (0.98 per kind) is
printed beside them. They were raised after a second round by class of failure (tails of
addresses, workplaces' branches and names, schools' towns, plates, handles). Sentences
marked ``keep`` (catalogue words, centre numbers, ages, times) must come out unchanged, and
no question of the evaluation sets may be changed unless it holds an identifier.
"""

from __future__ import annotations

import pytest

from scripts.eval_pii import load_generator, questions_changed, redactor, score

TARGET = 0.98
# Measured per template batch (seeds 1 and 2, 800 items each), rounded down to 0.01: overall
# recall, recall per kind, keep sentences kept. Every kind has its own floor, so that no
# kind (CPR, say, at 1.000 today) can fall to the level of the weakest (workplaces).
# 2026-12-03: the name floors (first_name, full_name) and the overall floors were lowered.
# The former ones (A 0.99/0.99, B 0.97/0.97, C 0.97/0.99, D 0.97/0.97; overall A 0.99, B-D
# 0.98) were measured with core/data/common_abroad_names.txt built from Faker's person
# providers, i.e. from the generator's own data that fills these sets, so they overstated
# recall. The list now comes from names-dataset and gender-guesser
# (scripts/build_name_lists.py); the floors are its honest figures (seeds 1-2), rounded
# down to 0.01: first_name A 0.969, B 0.958, C 0.955, D 0.949; full_name A 0.978,
# B 0.959, C 0.979, D 0.965; overall A 0.984, B 0.975, C 0.978, D 0.973.
# 2026-12-04: raised after a third round by class (lists of people, signatures, greetings,
# "X fra klassen", the first name before a surname, IP ports and "::ffff:", "mailto:"):
# measured with seeds 1-2 and checked on seeds 3-6 (every set 0.98 overall or more there).
# The "Netto og Føtex" keep template of batch E is kept now (291/291).
# 2026-12-05 (fifth round, workplaces by class: a lower-case chain that is also a word with
# its town, streets with "gammel"/"de", two-word towns, "<town> sygehus" from a name or home,
# "frisør X"): workplace C 0.981 -> 0.995, D 0.969 -> 0.990 (97/98, floor 0.98), E 0.946 -> 0.982, F 0.954 ->
# 0.989 (seeds 1-2); seeds 3-6 all 0.986 or more. Left: values with "min"/"søn" that also
# stand elsewhere in the sentence (the scorer counts them as leaked).
# 2026-12-02 (names by class, fifth round: accents, combining marks, a capital or capitals
# inside a sentence on a word in no list, name words after a relation or a conjunction,
# "sagde/fortalt X at", "det er X igen", "tage X med"): the name floors raised to the
# figures measured with seeds 1-2, rounded down to 0.01 (first_name / full_name): A 0.982 /
# 0.989, B 0.983 / 0.983, C 0.991 / 0.990, D 0.985 / 0.974, E 0.980 / 0.989, F 0.986 /
# 0.995, G 0.997 / 0.995, H 0.992 / 0.995; keep 100 % on every set.
FLOORS = {
    "pii_templates_a.yaml": (0.99, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.98, "full_name": 0.98, "handle": 0.99,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 1.0,
                                    "workplace": 1.0}, 1.0),
    # batch C: written at the start of 2026-12-02 by a third reviewer and held out (only its
    # totals were looked at) while the redactor was improved on A and B: 0.893 before, 0.970 after
    "pii_templates_c.yaml": (0.98, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.99, "full_name": 0.98, "handle": 1.0,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 0.97,
                                    "workplace": 0.99}, 1.0),
    # a fourth reviewer (2026-12-03), scored once at the end of the session, unread (only
    # totals looked at): overall 0.957; names and handles are the weak kinds. 2026-12-03,
    # after fixing by class (names abroad, handles made of names, a town's institution,
    # a school type's town): 0.985
    "pii_templates_d.yaml": (0.98, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.98, "full_name": 0.97, "handle": 0.98,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 1.0,
                                    "workplace": 0.98}, 1.0),
    # a fifth reviewer (2026-12-02, second session), scored once at its end, unread (totals and
    # the first misses the script prints): overall 0.960 with the redactor of the session
    # before, 0.969 after. One keep template ("Netto og Føtex ...": a chain read as a name
    # in a list) changes 8 of 291 keep sentences: known and open.
    "pii_templates_e.yaml": (0.97, {"address": 0.98, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.98, "full_name": 0.98, "handle": 0.98,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 1.0,
                                    "workplace": 0.98}, 1.0),
    "pii_templates_b.yaml": (0.99, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.98, "full_name": 0.98, "handle": 1.0,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 1.0,
                                    "workplace": 1.0}, 1.0),
    # a sixth reviewer (2026-12-04), used to find failure classes like A-E; floors measured
    # 2026-12-05 after the fourth round by class (surnames after a found first name, "ring
    # til X", "X's", "Tak X,", relations in quotes and plurals, "Søs"/"Man" with a capital)
    "pii_templates_f.yaml": (0.99, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.98, "full_name": 0.99, "handle": 0.98,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 0.98,
                                    "workplace": 0.98}, 1.0),
    # a seventh reviewer (2026-12-02), scored once (0.988, keep 278/293), then used to find
    # classes: a chain with its number or beside another chain ("Rema 1000", "Rema og Lidl")
    # and a word after a chain that a place shares ("i Netto koster") were changed in keep
    # sentences; names before "(min ven)" or ", 17)", after "pårørende til", before
    # "flyttede", a double name's genitive. Measured after (seeds 1-2): overall 0.994,
    # first_name 0.989, full_name 0.985, handle 0.988, workplace 0.990 (95/96), keep 293/293.
    "pii_templates_g.yaml": (0.99, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.99, "full_name": 0.99, "handle": 0.98,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 1.0,
                                    "workplace": 0.98}, 1.0),
    # an eighth reviewer, written late in that session and scored once, never read: 0.975 with
    # the session's starting code, 0.985 at its end (first_name 0.969, full_name 0.986, handle
    # 0.972, address 0.988, school_class 0.989, workplace 0.989, the rest 1.0; keep 288/288)
    "pii_templates_h.yaml": (0.98, {"address": 0.98, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.99, "full_name": 0.99, "handle": 0.97,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 0.98,
                                    "workplace": 0.98}, 1.0),
    # a ninth reviewer (2026-12-02, third session), scored at the start with the code of the
    # session before: overall 0.983, first_name 0.963, full_name 0.966, keep 270/292 (three
    # keep templates: drinks named after people, "Skanderborg Sø", "Tina" for crystal meth).
    # After names by class and kept phrases (core/redaction/keep_phrases.py): 0.986, 0.9695,
    # 0.979, keep 292/292.
    # 2026-12-02 (sixth round by class: first names before a surname found, lists with '&'
    # or 'mig og', 'Best, X', 'X 16 år'): first_name 0.978, full_name 0.987
    "pii_templates_i.yaml": (0.98, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.97, "full_name": 0.98, "handle": 1.0,
                                    "ip": 1.0, "phone": 1.0, "plate": 0.98,
                                    "profile_url": 1.0, "school_class": 1.0,
                                    "workplace": 0.97}, 1.0),
    # a tenth reviewer, written late in that session and scored only at its end, unread
    # (totals only): 0.973, first_name 0.947, full_name 0.967, keep 269/292 with the session's
    # starting code; 0.978, 0.961, 0.971, keep 269/292 at its end (the honest numbers).
    # 2026-12-02 (sixth round by class, on its misses): 0.982, 0.971, 0.975, keep 292/292
    # (words at a sentence start: "Lykke er ...", "Vilde fester ...")
    "pii_templates_j.yaml": (0.98, {"address": 0.98, "cpr": 1.0, "email": 0.98,
                                    "first_name": 0.97, "full_name": 0.97, "handle": 1.0,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 0.97, "school_class": 1.0,
                                    "workplace": 0.97}, 1.0),
    # an eleventh reviewer, written at the start of the 2026-12-02 fourth session: 0.982,
    # first_name 0.968, full_name 0.977, ip 0.957, keep 275/288 with the session's starting
    # code; 0.989, 0.981, 0.984, ip 1.0, keep 288/288 after the sixth round by class (words
    # after "min mor", lower-case names in lists, signatures, IPv6 before a colon); used since
    "pii_templates_k.yaml": (0.98, {"address": 0.98, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.98, "full_name": 0.98, "handle": 0.98,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 1.0,
                                    "workplace": 0.98}, 1.0),
    # a twelfth reviewer, written at the start of that session and sealed: scored only at its
    # end, unread: 0.982, first_name 0.968, full_name 0.976, keep 268/282 with the starting
    # code; 0.985, 0.971, 0.984, keep 268/282 at the end (the honest numbers)
    "pii_templates_l.yaml": (0.98, {"address": 1.0, "cpr": 1.0, "email": 1.0,
                                    "first_name": 0.97, "full_name": 0.98, "handle": 0.98,
                                    "ip": 1.0, "phone": 1.0, "plate": 1.0,
                                    "profile_url": 1.0, "school_class": 0.97,
                                    "workplace": 0.97}, 0.95),
}


@pytest.fixture(scope="module")
def redact():
    return redactor().redact


@pytest.mark.parametrize("templates", sorted(FLOORS))
def test_recall_per_kind_and_sentences_kept(redact, templates):
    overall_floor, kind_floors, keep_floor = FLOORS[templates]
    items = [item for seed in (1, 2) for item in load_generator(templates)(seed, 800)]
    result = score(items, redact)
    by_kind = {k: ok / n for k, (ok, n) in result["by_kind"].items()}
    total = sum(ok for ok, _ in result["by_kind"].values()) / sum(
        n for _, n in result["by_kind"].values())
    kept, keep_total = result["keep"]
    print(f"{templates}: overall {total:.3f}; " + ", ".join(
        f"{k} {v:.3f}" for k, v in sorted(by_kind.items())) +
        f"; kept {kept}/{keep_total}; kinds at the {TARGET} target: "
        f"{sum(v >= TARGET for v in by_kind.values())}/{len(by_kind)}")
    assert total >= overall_floor
    assert set(by_kind) == set(kind_floors)
    below = {k: round(v, 3) for k, v in by_kind.items() if v < kind_floors[k]}
    assert not below, below
    assert kept / keep_total >= keep_floor


def test_questions_are_rarely_changed(redact):
    changed = questions_changed(redact)
    # 26 of 3,468 evaluation messages are changed today (25 before the end-of-session batches
    # questions_fresh6/7 and noncrisis_set_h were added, unread): a handful hold a real name
    # (the shared dev set's "Mette Hansen", a dog called Vodka, "onkel Henning"), the rest
    # are ordinary words taken for names ("vennegruppe", "hangxiety"): known and open, and
    # this keeps it from growing. "lejrskole" is no longer taken for a school.
    # 2026-12-03: 30, after the unread batches questions_fresh8 and noncrisis_set_i were added
    # 2026-12-02 (second session): 31 of 4,160 with questions_fresh9 and noncrisis_set_j
    # 2026-12-05: 36 of 4,509 with questions_fresh10 (the 5 extra come from that new set;
    # the fourth round by class of names changed none)
    # 2026-12-02: 39 of 4,856, measured with the code before that day's keep/name round:
    # the batches added in db4221d bring 3 (questions_fresh11 1, noncrisis_set_l 2); the
    # round itself changed none
    # 2026-12-02 (end of that session): 42 of 5,206 after the unread batches questions_fresh12
    # and noncrisis_set_m were added (the 3 extra are theirs; no code changed in between)
    # 2026-12-02 (next session): the batches written then (questions_fresh13, crisis_set_n,
    # noncrisis_set_n) bring 4 (words written without æøå in long compounds or after "min
    # mor"), and one question's own example name ("Jeg hedder Mette Hansen") is now removed,
    # as it should be: 46 of 5,551.
    # The unread batches written late in that session (questions_fresh14, crisis_set_o,
    # noncrisis_set_o) bring 2 more: 48 of 5,898.
    # 2026-12-02 (sixth round by class of redaction: words after "min mor", words written
    # without æ, ø, å, compounds before "her", English words, kinds of place, "alle 19-20"):
    # 48 -> 11 of 5,898; the rest hold a real name, a school, a chain or an unknown word.
    # The fourth session's start batches (questions_fresh15, crisis_set_p, noncrisis_set_p)
    # bring none: 11 of 6,245. Its sealed end batches (questions_fresh16, crisis_set_q,
    # noncrisis_set_q) bring 1: 12 of 6,590.
    assert len(changed) <= 12, len(changed)
