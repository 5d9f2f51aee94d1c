"""Staff view of bookings: a Sanic blueprint for the web service (port 8080).

``GET /staff/bookings?centre=<slug>&date=YYYY-MM-DD`` lists one day's bookings of a centre
as HTML, or JSON with ``Accept: application/json`` or ``format=json``: time, offer, the
code's last two symbols and the status, nothing else. ``POST /staff/bookings/<id>`` with
``status`` = ``attended`` | ``no_show`` | ``booked`` (JSON or form) marks a booking.

Every route needs ``Authorization: Bearer <STAFF_TOKEN>``. The token is compared in
constant time, accepted only in that header (a query string would end up in proxy logs)
and never logged. Without a configured token every request gets 401. The HTML forms post
without the header, so browsers need a proxy or tool that adds it; the JSON API is the
primary interface.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import re
from datetime import date, datetime, time, timedelta
from typing import Any, Callable, Dict, List, Mapping, Optional

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from booking.store import STAFF_STATUSES, Booking, BookingRepository
from booking.texts import DANISH_MONTHS
from core.hours import COPENHAGEN, DANISH_DAYS, format_time, now_in_copenhagen
from core.knowledge.base import WEEKDAYS, Municipality
from core.staff_auth import bearer_digest, token_digest

SLUG_RE = re.compile(r"^[a-z0-9_]{1,40}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_TOKEN_LENGTH = 16
STATUS_DA = {"booked": "booket", "attended": "mødt", "no_show": "udeblevet"}
HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": ("default-src 'none'; style-src 'unsafe-inline'; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "X-Robots-Tag": "noindex, nofollow",
}



def _danish_date(day: date) -> str:
    return f"{DANISH_DAYS[WEEKDAYS[day.weekday()]]} {day.day}. {DANISH_MONTHS[day.month - 1]} {day.year}"


def _wants_json(request: Request) -> bool:
    if request.args.get("format") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _json(body: Any, status: int = 200, extra: Optional[Dict[str, str]] = None) -> HTTPResponse:
    return response.json(body, status=status, headers={**HEADERS, **(extra or {})})


def staff_blueprint(repository: BookingRepository, token: Optional[str],
                    knowledge: Optional[Mapping[str, Municipality]] = None,
                    clock: Callable[[], datetime] = now_in_copenhagen,
                    name: str = "booking_staff") -> Blueprint:
    """Build the staff routes.

    Args:
        repository: The booking store.
        token: ``STAFF_TOKEN``; ``None`` or empty disables access (always 401).
        knowledge: For offer and centre names; ids are shown without it.
        clock: Current time in Copenhagen (the default date is today).
        name: Blueprint name (unique per Sanic app).

    Raises:
        ValueError: The token is shorter than 16 characters.
    """
    if token and len(token) < MIN_TOKEN_LENGTH:
        raise ValueError(f"STAFF_TOKEN must be at least {MIN_TOKEN_LENGTH} characters")
    expected = token_digest(token) if token else None
    names = knowledge or {}
    blueprint = Blueprint(name, url_prefix="/staff")

    def authorised(request: Request) -> bool:
        if expected is None:
            return False
        given = bearer_digest(request.headers.get("authorization", ""))
        return given is not None and hmac.compare_digest(given, expected)

    def unauthorised() -> HTTPResponse:
        return _json({"error": "unauthorized"}, 401,
                     {"WWW-Authenticate": 'Bearer realm="staff"'})

    def offer_name(centre: str, offer: str) -> str:
        municipality = names.get(centre)
        found = municipality.offer(offer) if municipality else None
        return found.name if found else offer

    def day_of(request: Request) -> Optional[date]:
        raw = request.args.get("date")
        if not raw:
            return clock().astimezone(COPENHAGEN).date()
        if not DATE_RE.match(raw):
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return None

    def rows(bookings: List[Booking], centre: str) -> List[Dict[str, Any]]:
        return [{"id": b.id,
                 "time": b.slot.starts_at.astimezone(COPENHAGEN).strftime("%H:%M"),
                 "offer": offer_name(centre, b.slot.offer),
                 "code_end": b.code_tail,
                 "status": b.status} for b in bookings]

    @blueprint.get("/bookings")
    async def list_bookings(request: Request) -> HTTPResponse:
        if not authorised(request):
            return unauthorised()
        centre = request.args.get("centre", "")
        day = day_of(request)
        if not SLUG_RE.match(centre) or day is None:
            return _json({"error": "centre=<slug> and date=YYYY-MM-DD are needed"}, 400)
        start = datetime.combine(day, time(0), tzinfo=COPENHAGEN)
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=COPENHAGEN)
        found = await asyncio.to_thread(repository.bookings_between, centre, start, end)
        listed = rows(found, centre)
        if _wants_json(request):
            return _json({"centre": centre, "date": day.isoformat(), "bookings": listed})
        return response.html(_page(centre, names.get(centre), day, listed), headers=HEADERS)

    @blueprint.post("/bookings/<booking_id:int>")
    async def mark(request: Request, booking_id: int) -> HTTPResponse:
        if not authorised(request):
            return unauthorised()
        form = request.content_type.startswith("application/x-www-form-urlencoded")
        if form:
            status = request.form.get("status")
        else:
            body = request.json if request.body else None
            status = body.get("status") if isinstance(body, dict) else None
        if status not in STAFF_STATUSES:
            return _json({"error": f"status must be one of {list(STAFF_STATUSES)}"}, 400)
        changed = await asyncio.to_thread(repository.set_status, booking_id, status)
        if not changed:
            return _json({"error": "not found"}, 404)
        if form:
            centre = request.form.get("centre", "")
            day = request.form.get("date", "")
            if SLUG_RE.match(centre) and DATE_RE.match(day):
                return response.redirect(f"/staff/bookings?centre={centre}&date={day}",
                                         status=303, headers=HEADERS)
        return _json({"id": booking_id, "status": status})

    return blueprint


def _page(centre: str, municipality: Optional[Municipality], day: date,
          rows: List[Dict[str, Any]]) -> str:
    title = municipality.centre.name.value if municipality else centre
    esc = html.escape
    lines = []
    for row in rows:
        buttons = "".join(
            f'<button name="status" value="{s}"{" disabled" if s == row["status"] else ""}>'
            f'{STATUS_DA[s]}</button>' for s in ("attended", "no_show", "booked"))
        lines.append(
            f'<tr><td>{format_time(row["time"])}</td><td>{esc(row["offer"])}</td>'
            f'<td>…{esc(row["code_end"])}</td><td>{STATUS_DA.get(row["status"], "")}</td>'
            f'<td><form method="post" action="/staff/bookings/{int(row["id"])}">'
            f'<input type="hidden" name="centre" value="{esc(centre)}">'
            f'<input type="hidden" name="date" value="{day.isoformat()}">{buttons}</form></td></tr>')
    body = ("\n".join(lines) if lines
            else '<tr><td colspan="5">Ingen bookinger denne dag.</td></tr>')
    return f"""<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Bookinger</title>
<meta name="robots" content="noindex">
<style>body{{font-family:sans-serif;margin:2rem}}td,th{{padding:.3rem .8rem;text-align:left}}</style>
</head><body>
<h1>Bookinger: {esc(title)}</h1>
<p>{_danish_date(day)}. Personen siger sin kode; de to sidste tegn står her.</p>
<table><thead><tr><th>Tid</th><th>Tilbud</th><th>Kode</th><th>Status</th><th>Markér</th></tr></thead>
<tbody>
{body}
</tbody></table>
</body></html>"""

