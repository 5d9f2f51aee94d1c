"""The staff page: one token per centre, a centre sees only its own municipality."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sanic import Sanic

from insight.config import InsightConfig, parse_tokens
from insight.model import CellKey, hour_bucket
from insight.staff import insight_blueprint
from tests.insight.conftest import NOW, history
from tests.web.conftest import fetch, serve

VEJLE, SKANDERBORG, ALL = "v" * 20, "s" * 20, "a" * 20


@pytest.fixture
def base(store):
    store.add(history())
    other = {(hour_bucket(NOW - timedelta(days=8, hours=h)),
              CellKey("skanderborg", "ask_secret_topic", "municipal", "answered")): 9
             for h in range(3)}
    store.add(other)
    config = InsightConfig(tokens=parse_tokens(f"vejle:{VEJLE},skanderborg:{SKANDERBORG},*:{ALL}"))
    app = Sanic("insight_staff_test")
    app.blueprint(insight_blueprint(store, config, names={"vejle": "Vejle"}, clock=lambda: NOW))
    with serve(app) as url:
        yield url


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_tokens_are_needed_and_a_centre_reads_only_its_own(base):
    assert fetch(f"{base}/staff/indsigt").status == 401
    assert fetch(f"{base}/staff/indsigt?token={VEJLE}").status == 401
    assert fetch(f"{base}/staff/indsigt", bearer("x" * 20)).status == 401
    own = fetch(f"{base}/staff/indsigt", bearer(VEJLE))
    assert own.status == 200 and "Indsigt: Vejle" in own.text
    assert "secret" not in own.text
    for path in ("/staff/indsigt?kommune=skanderborg", "/staff/indsigt.csv?kommune=skanderborg"):
        assert fetch(base + path, bearer(VEJLE)).status == 403
    csv_own = fetch(f"{base}/staff/indsigt.csv", bearer(VEJLE)).text
    assert "secret" not in csv_own and "pris" in csv_own
    assert "secret" in fetch(f"{base}/staff/indsigt.csv?kommune=skanderborg",
                             bearer(SKANDERBORG)).text
    assert fetch(f"{base}/staff/indsigt?kommune=skanderborg", bearer(ALL)).status == 200


def test_page_is_strict_and_accessible_in_structure(base):
    page = fetch(f"{base}/staff/indsigt", bearer(VEJLE))
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "http" not in csp
    assert '<html lang="da">' in page.text and page.text.count("<svg") == 4
    assert page.text.count("<title id=") == 4 and page.text.count("<desc id=") == 4
    assert "<script" not in page.text and page.text.count("<table>") >= 5


def test_tokens_config():
    assert parse_tokens("vejle:" + VEJLE) == {VEJLE: "vejle"}
    for bad in ("vejle:short", "Vejle Kommune:" + VEJLE, VEJLE):
        with pytest.raises(ValueError):
            parse_tokens(bad)


def test_phone_hours_are_dots_with_a_legend_and_words():
    from insight.report import build
    from insight.staff import render
    from tests.insight.test_small_cells import WEEKS, _rows
    rows = _rows(history(False))
    hours = {(0, 8), (0, 9), (0, 10), (3, 15), (3, 16)}
    page = render(build(rows, WEEKS, hours), "Vejle", "vejle", str)
    grid = page[page.index('<svg', page.index("Hvornår skriver folk?")):]
    grid = grid[:grid.index("</svg>")]
    assert grid.count('class="phone"') == len(hours) + 1  # a dot per cell and the legend
    assert "Prik: telefonen er åben" in grid
    assert "mandag 08-11, torsdag 15-17" in page  # the text alternative, in the caption too
    assert grid.count("telefonen er åben</title>") == len(hours)

    none = render(build(rows, WEEKS, None), "Vejle", "vejle", str)
    assert 'class="phone"' not in none and "Prik:" not in none
    assert "Kataloget har ingen telefontid for Vejle" in none
    everyone = render(build(rows, WEEKS, None), "alle kommuner", None, str)
    assert 'class="phone"' not in everyone and "kun, når siden viser én kommune" in everyone


def test_share_outside_phone_hours_is_withheld_when_it_would_pin_a_small_cell():
    from insight.report import build
    from tests.insight.test_small_cells import WEEKS, _rows
    rows = _rows(history(True))
    report = build(rows, WEEKS, set())  # an empty catalogue entry: nothing is inside
    assert report.outside_phone_hours is None
    every_hour = {(d, h) for d in range(7) for h in range(24)}
    heat = build(rows, WEEKS, every_hour).heatmap
    lone = [cell for cell, kind in heat.suppressed.items() if kind == "small"]
    assert lone
    # everything inside but the lone night message: the share outside would be exactly it
    report = build(rows, WEEKS, every_hour - {lone[0]})
    assert report.outside_phone_hours is None


def test_share_outside_phone_hours_is_withheld_when_one_hidden_cell_is_alone_outside():
    """Both groups hold 5 or more, but outside phone hours only one cell is hidden: the
    share would give it away (outside minus the shown cells outside), so it is left out."""
    from insight.report import build
    from insight.staff import render
    from tests.insight.test_small_cells import WEEKS, _rows
    rows = _rows(history(True))
    every_hour = {(d, h) for d in range(7) for h in range(24)}
    heat = build(rows, WEEKS, every_hour).heatmap
    lone = next(cell for cell, kind in heat.suppressed.items() if kind == "small")
    shown = sorted(c for c, n in heat.counts.items() if c not in heat.suppressed and n >= 5)
    outside = {lone, shown[0], shown[1]}
    report = build(rows, WEEKS, every_hour - outside)
    out = sum(heat.counts[c] for c in outside)
    assert out >= 5 and sum(heat.counts.values()) - out >= 5
    assert report.heatmap.suppressed == heat.suppressed  # one hidden cell alone outside
    assert report.outside_phone_hours is None
    page = render(report, "Vejle", "vejle", str)
    assert "uden for telefontiden, kan ikke vises" in page and "% af beskederne" not in page
    # the same page with only shown cells outside phone hours does show the share
    report = build(rows, WEEKS, every_hour - {shown[0], shown[1]})
    assert report.outside_phone_hours == (heat.counts[shown[0]] + heat.counts[shown[1]],
                                          sum(heat.counts.values()))
    assert "% af beskederne kom uden for telefontiden" in render(report, "Vejle", "vejle", str)
