"""Staff page ``/staff/indsigt`` (HTML with SVG charts) and ``/staff/indsigt.csv``.

Bearer token per centre (``INSIGHT_TOKENS="vejle:<token>,*:<token>"``), compared in
constant time like :mod:`booking.staff`: a centre's token reads only its own municipality
(``?kommune=`` of another gives 403); a ``*`` token may choose any, or all. Only whole
weeks that have ended are shown (unless ``INSIGHT_SHOW_OPEN_WEEK=1``), so the page does not
change hour by hour and cannot be compared before and after one conversation.
"""

from __future__ import annotations

import asyncio
import hmac
from datetime import datetime, timedelta, timezone
from html import escape
from typing import Callable, List, Mapping, Optional, Set, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from core.staff_auth import bearer_digest, token_digest
from insight import svg
from insight.config import ALL, InsightConfig
from insight.model import CANNOT_ANSWER, OFFER_PREFIX, SLUG_RE, week_start
from insight.report import DAYS_DA, ENTRIES_DA, OTHER, OUTCOMES_DA, Report, build, csv_export, rate, week_label
from insight.store import InsightStore

CSS = """body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;
color:#1a1a1a;line-height:1.45}h1{font-size:1.6rem}h2{margin-top:2.2rem;font-size:1.25rem}
figure{margin:0}figcaption{margin:.4rem 0}.chart{max-width:100%;height:auto}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:right}th[scope=row]{text-align:left}
caption{text-align:left;font-weight:600;padding:.3rem 0}.note{background:#f3f3f3;padding:.6rem}
a{color:#00486a}@media (max-width:600px){body{margin:.5rem auto}h1{font-size:1.3rem}}"""
HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY", "X-Robots-Tag": "noindex, nofollow",
}
TOPICS_DA = {
    "ask_anonymity": "anonymitet", "anonymity": "anonymitet", "ask_price": "pris",
    "price": "pris", "ask_opening_hours": "åbningstid", "hours": "åbningstid",
    "ask_phone": "telefon", "phone": "telefon", "ask_phone_hours": "telefontid",
    "ask_address": "adresse", "address": "adresse", "ask_offers": "tilbud",
    "ask_offer_info": "et tilbud", "overview": "et tilbud", "ask_age": "alder",
    "target_group": "målgruppe", "ask_relatives": "pårørende", "relatives": "pårørende",
    "ask_waiting_time": "ventetid", "waiting_time": "ventetid", "ask_how_to_start": "at komme i gang",
    "how_to_start": "at komme i gang", "ask_youth": "unge", "greet": "hilsen",
    "crisis": "krise", "booking": "booking", "nlu_fallback": "uklart spørgsmål",
    "out_of_scope": "uden for emnet", "unavailable": "svar ikke muligt", "none": "intet emne",
    "ask_complaint": "klage", "ask_duration": "varighed", "duration": "varighed",
    "ask_privacy": "privatliv", "consent": "samtykke", "place": "sted",
}



def insight_blueprint(store: InsightStore, config: InsightConfig,
                      names: Optional[Mapping[str, str]] = None,
                      offer_names: Optional[Mapping[str, str]] = None,
                      phone_hours: Optional[Mapping[str, Set[Tuple[int, int]]]] = None,
                      clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
                      name: str = "insight_staff") -> Blueprint:
    """The routes; see the module docstring. ``names``: slug -> municipality name."""
    tokens = [(token_digest(t), slug) for t, slug in config.tokens.items()]
    names = names or {}
    offers = offer_names or {}
    blueprint = Blueprint(name, url_prefix="/staff")

    def scope(request: Request) -> Tuple[int, Optional[str]]:
        """(status, municipality or None for all)."""
        given = bearer_digest(request.headers.get("authorization", ""))
        granted = None
        if given is not None:
            for digest, slug in tokens:  # every token is compared: no early exit
                if hmac.compare_digest(given, digest):
                    granted = slug
        if granted is None:
            return 401, None
        asked = request.args.get("kommune") or None
        if asked is not None and not SLUG_RE.match(asked):
            return 400, None
        if granted == ALL:
            return 200, asked
        if asked not in (None, granted):
            return 403, None
        return 200, granted

    def topic_name(topic: str) -> str:
        if topic.startswith(OFFER_PREFIX):
            return "anbefalet: " + offers.get(topic[len(OFFER_PREFIX):], topic[len(OFFER_PREFIX):])
        return TOPICS_DA.get(topic, topic.replace("ask_", "").replace("_", " "))

    async def report_for(slug: Optional[str]) -> Report:
        now = clock()
        last = week_start(now) if config.show_open_week else \
            week_start(now) - timedelta(days=7)
        weeks = []
        for i in range(config.weeks - 1, -1, -1):
            weeks.append(week_start((last - timedelta(days=7 * i) + timedelta(hours=36))
                                    .replace(tzinfo=timezone.utc)))
        rows = await asyncio.to_thread(store.rows, slug, weeks[0])
        hours = (phone_hours or {}).get(slug) if slug else None
        return build(rows, weeks, hours, config.k)

    def refuse(status: int) -> HTTPResponse:
        extra = {"WWW-Authenticate": 'Bearer realm="staff"'} if status == 401 else {}
        return response.json({"error": {401: "unauthorized", 403: "forbidden"}.get(
            status, "bad request")}, status=status, headers={**HEADERS, **extra})

    @blueprint.get("/indsigt.css")
    async def stylesheet(request: Request) -> HTTPResponse:
        return response.text(CSS, content_type="text/css; charset=utf-8",
                             headers={"Cache-Control": "public, max-age=300"})

    @blueprint.get("/indsigt")
    async def page(request: Request) -> HTTPResponse:
        status, slug = scope(request)
        if status != 200:
            return refuse(status)
        report = await report_for(slug)
        title = names.get(slug, slug) if slug else "alle kommuner"
        return response.html(render(report, title, slug, topic_name), headers=HEADERS)

    @blueprint.get("/indsigt.csv")
    async def export(request: Request) -> HTTPResponse:
        status, slug = scope(request)
        if status != 200:
            return refuse(status)
        body = csv_export(await report_for(slug), topic_name)
        return response.text(body, content_type="text/csv; charset=utf-8", headers={
            **HEADERS, "Content-Disposition": f'attachment; filename="indsigt-{slug or "alle"}.csv"'})

    return blueprint


def _table(caption: str, head: List[str], rows: List[List[str]]) -> str:
    th = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = "".join("<tr>" + f'<th scope="row">{escape(r[0])}</th>' +
                   "".join(f"<td>{escape(c)}</td>" for c in r[1:]) + "</tr>" for r in rows)
    return (f'<div class="scroll" role="region" tabindex="0" aria-label="{escape(caption)}">'
            f"<table><caption>{escape(caption)}</caption><thead><tr>{th}</tr></thead>"
            f"<tbody>{body}</tbody></table></div>")


def _withheld(caption: str) -> str:
    return (f'<p class="note">{escape(caption)}: tabellen vises ikke, fordi tallene er så få, '
            f"at et lille tal ellers kunne regnes ud.</p>")


def _shown(table, caption: str, html: str) -> str:
    """The table's HTML, or a sentence when the table is withheld."""
    return _withheld(caption) if table.withheld else html


def _merged(table, rows, label, col="antal") -> List[svg.Item]:
    items = [(label(r), float(table.cell(r, col)), str(table.cell(r, col))) for r in rows
             if table.cell(r, col)]
    other = table.col_other(col)
    if other is None and table.total() is None:
        return []
    if other:
        items.append((OTHER, float(other), str(other)))
    elif other is None and any((r, col) in table.suppressed for r in rows):
        items.append((OTHER, None, f"< {table.k}"))
    return items


def _phone_text(report: Report, title: str, slug: Optional[str]) -> str:
    """The phone hours in words: the text alternative of the heatmap's dots."""
    if not slug:
        return "Telefontider vises kun, når siden viser én kommune."
    if not report.phone_hours:
        return (f"Kataloget har ingen telefontid for {title}, så der er ingen prikker for "
                f"telefontid.")
    days = []
    for d, name in enumerate(DAYS_DA):
        hours = sorted(h for day, h in report.phone_hours if day == d)
        spans: List[List[int]] = []
        for h in hours:
            if spans and spans[-1][1] == h:
                spans[-1][1] = h + 1
            else:
                spans.append([h, h + 1])
        if spans:
            days.append(f"{name} " + " og ".join(f"{a:02d}-{b:02d}" for a, b in spans))
    return ("Prik = telefonen er åben (hele eller dele af timen): " + ", ".join(days) + ".")


def render(report: Report, title: str, slug: Optional[str], topic_name) -> str:
    k = report.k
    weeks = [week_label(w) for w in report.weeks]
    t = report.topics
    shown_topics = [r for r in t.rows if r not in t.hidden_rows][:6]
    series = [(topic_name(r), [t.cell(r, w) or 0 for w in t.cols]) for r in shown_topics]
    rest = [max(0, (t.col_total(w) or 0) - sum(t.cell(r, w) or 0 for r in shown_topics))
            for w in t.cols]
    series.append((OTHER, rest))
    parts = [f'<!doctype html><html lang="da"><head><meta charset="utf-8">'
             f'<meta name="viewport" content="width=device-width, initial-scale=1">'
             f"<title>Indsigt: {escape(title)}</title>"
             f'<link rel="stylesheet" href="/staff/indsigt.css"></head><body><main>',
             f"<h1>Indsigt: {escape(title)}</h1>",
             f'<p class="note">Tal over samtaler med chatten, {escape(weeks[0])} til '
             f"{escape(weeks[-1])}. Der gemmes kun tællere: emne, time, hvor chatten blev "
             f"åbnet, og hvordan det gik. Ingen tekst og intet om, hvem der skrev. Tal under "
             f"{k} vises som &lt; {k} og lægges i &quot;andet&quot;; &quot;skjult&quot; er "
             f"et tal, der er skjult, så et lille tal ikke kan regnes ud, og &quot;–&quot; et "
             f"tal, der ikke vises. "
             f"Samtaler i alt: {t.total_label()}.</p>",
             f'<p><a href="/staff/indsigt.csv{"?kommune=" + escape(slug) if slug else ""}">'
             f"Hent tallene som CSV</a></p>"]
    parts.append("<h2>Emner pr. uge</h2><figure>" + svg.stacked_columns(
        "emner", "Emner pr. uge", f"Søjler pr. uge med de {len(shown_topics)} hyppigste emner "
        "og andet. Tallene står i tabellen under.", weeks, series) + "</figure>")
    parts.append(_shown(t, "Samtaler pr. emne og uge", _table(
        "Samtaler pr. emne og uge", ["Emne"] + weeks + ["I alt"],
        [[topic_name(r)] + [t.label(r, w) for w in t.cols] + [t.row_label(r)]
         for r in t.rows] + [[OTHER] + [t.other_label(w) for w in t.cols] + [""]])))
    h = report.heatmap
    grid = [[h.cell(d, hr) for hr in range(24)] for d in range(7)]
    phone, phone_text = None, _phone_text(report, title, slug)
    outside_text = ""
    if report.outside_phone_hours:
        out, everything = report.outside_phone_hours
        outside_text = (f" {round(100 * out / everything)} % af beskederne kom uden for "
                        f"telefontiden.")
    elif report.phone_hours:
        outside_text = (" Hvor mange beskeder der kom uden for telefontiden, kan ikke vises "
                        "(for få beskeder, eller det ville afsløre et lille tal).")
    if report.phone_hours:
        phone = [[(d, hr) in report.phone_hours for hr in range(24)] for d in range(7)]
    caption = phone_text + outside_text
    parts.append("<h2>Hvornår skriver folk?</h2><figure>" + svg.heatmap(
        "tid", "Beskeder pr. ugedag og time", "Mørkere felt betyder flere beskeder; grå felter "
        f"er under {k} eller skjult. " + caption, grid, DAYS_DA, phone) +
        f"<figcaption>{escape(caption)}</figcaption></figure>")
    parts.append(_shown(h, "Beskeder pr. ugedag og time", _table(
        "Beskeder pr. ugedag og time", ["Dag"] + [f"{x:02d}" for x in range(24)],
        [[DAYS_DA[d]] + [h.label(d, x) for x in range(24)] for d in range(7)])))
    u = report.unanswered
    rated = [(r, rate(report, r)) for r in u.rows]
    items = [(topic_name(r), 100 * v, f"{round(100 * v)} %") for r, v in rated if v is not None]
    parts.append("<h2>Hvor kan chatten ikke svare?</h2><figure>" + svg.bars(
        "ubesvaret", "Andel ubesvaret pr. emne", "Vandrette søjler: andel af emnets beskeder, "
        "som chatten ikke kunne svare på. Emner med for få tal er udeladt.", items) + "</figure>")
    parts.append(_shown(u, "Ubesvaret pr. emne", _table(
        "Ubesvaret pr. emne", ["Emne", "Kan ikke svare", "Øvrige", "I alt"],
        [[topic_name(r), u.label(r, CANNOT_ANSWER), u.label(r, "other"), u.row_label(r)]
         for r in u.rows])))
    o = report.outcomes
    parts.append("<h2>Hvordan gik det?</h2><figure>" + svg.bars(
        "udfald", "Udfald af beskederne", "Vandrette søjler pr. udfald, små tal samlet i andet.",
        _merged(o, o.rows, lambda x: OUTCOMES_DA.get(x, x))) + "</figure>")
    parts.append(_shown(o, "Udfald", _table(
        "Udfald", ["Udfald", "Antal"],
        [[OUTCOMES_DA.get(r, r), o.label(r, "antal")] for r in o.rows])))
    s = report.signals
    caption = "Var svaret en hjælp? og Forlad siden, pr. emne"
    parts.append(_shown(s, caption, _table(
        caption, ["Emne"] + [OUTCOMES_DA[c] for c in s.cols],
        [[topic_name(r)] + [s.label(r, c) for c in s.cols] for r in s.rows])))
    e = report.entries
    parts.append("<h2>Hvor blev chatten åbnet?</h2>" + _shown(e, "Indgang", _table(
        "Indgang", ["Side", "Antal"],
        [[ENTRIES_DA.get(r, r), e.label(r, "antal")] for r in e.rows])))
    parts.append("</main></body></html>")
    return "\n".join(parts)
