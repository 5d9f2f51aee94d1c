"""The web service on port 8080: the widget files, demo pages, the embed page and health.

Run it with ``python -m web.server`` (``scripts/services.sh`` does, for ``make run``).
Another service's routes can be added through ``extra_blueprints`` of :func:`create_app`.
No access log is written: it would hold IP addresses and user agents.
"""

from __future__ import annotations

import gzip
import itertools
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional, Sequence, Set, Tuple

from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from booking.config import BookingConfig
from booking.staff import staff_blueprint
from booking.store import SqlBookingRepository
from core.knowledge.base import load_knowledge
from core.settings import Settings
from web.config import WebConfig
from web.pages import Pages
from web.security import COMMON_HEADERS, cors_headers, page_csp, strict_embed_csp
from web.widget_config import general_config, municipality_config, privacy_blocks

logger = logging.getLogger(__name__)

CONTENT_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
WIDGET_FILES = ("widget.js", "widget.css")
SLUG_RE = re.compile(r"^[a-z0-9_]{1,40}$")
_APP_NUMBERS = itertools.count(1)  # Sanic wants a unique name per app in one process
__all__ = ["WebConfig", "create_app", "main"]


@dataclass(frozen=True)
class Asset:
    """A static file held in memory, with a gzipped copy for clients that accept it."""

    body: bytes
    gzipped: bytes
    content_type: str

    @classmethod
    def load(cls, path: Path) -> "Asset":
        body = path.read_bytes()
        return cls(body=body, gzipped=gzip.compress(body, 9, mtime=0),
                   content_type=CONTENT_TYPES[path.suffix])


def _load_assets(directory: Path) -> Dict[str, Asset]:
    return {p.name: Asset.load(p) for p in sorted(directory.iterdir())
            if p.is_file() and p.suffix in CONTENT_TYPES}


def _asset_response(request: Request, asset: Asset) -> HTTPResponse:
    headers = {"Cache-Control": "public, max-age=300",
               # host pages on other origins load these files
               "Cross-Origin-Resource-Policy": "cross-origin",
               "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return response.raw(asset.gzipped, headers=headers, content_type=asset.content_type)
    return response.raw(asset.body, headers=headers, content_type=asset.content_type)


def _page(html: str, csp: str) -> HTTPResponse:
    return response.html(html, headers={"Content-Security-Policy": csp,
                                        "Cache-Control": "no-store"})


def create_app(config: WebConfig, extra_blueprints: Sequence[Blueprint] = ()) -> Sanic:
    """Build the Sanic app.

    Args:
        config: Settings (see :class:`WebConfig`).
        extra_blueprints: More routes to serve, e.g. a staff area.

    Returns:
        The app; start it with ``app.run`` or serve it in tests.
    """
    knowledge = load_knowledge(config.knowledge_dir)
    pages = Pages(config.templates_dir, knowledge)
    assets = _load_assets(config.static_dir)
    missing = [name for name in WIDGET_FILES if name not in assets]
    if missing:
        raise FileNotFoundError(f"widget files missing in {config.static_dir}: {missing}")
    privacy = privacy_blocks(config.privacy_file.read_text(encoding="utf-8"))
    own_csp = page_csp(config.rasa_origin)

    app = Sanic(f"rusmiddel_web_{next(_APP_NUMBERS)}")
    app.config.REQUEST_MAX_SIZE = 16 * 1024  # only small GET requests are expected here
    app.config.FALLBACK_ERROR_FORMAT = "json"

    @app.get("/health")
    async def health(request: Request) -> HTTPResponse:
        return response.json({"status": "ok", "municipalities": sorted(knowledge)})

    @app.get("/")
    async def home(request: Request) -> HTTPResponse:
        return _page(pages.municipality_page(request.args.get("kommune")), own_csp)

    @app.get("/skole")
    async def school(request: Request) -> HTTPResponse:
        return _page(pages.school_page(request.args.get("kommune"),
                                       f"{config.public_url}/widget/widget.js"), own_csp)

    @app.get("/embed")
    async def embed(request: Request) -> HTTPResponse:
        html = pages.embed_page(f"{config.public_url}/widget/widget.js",
                                request.args.get("kommune"), request.args.get("farve"),
                                request.args.get("aaben") == "1")
        return _page(html, own_csp)

    @app.get("/csp-test")
    async def csp_test(request: Request) -> HTTPResponse:
        # The widget comes from public_url; open this page on another origin
        # (e.g. localhost instead of 127.0.0.1) to see the widget work cross-origin.
        html = pages.csp_test_page(config.public_origin, request.args.get("kommune"))
        return _page(html, strict_embed_csp(config.public_origin, config.rasa_origin))

    def config_json(request: Request, slug: Optional[str]) -> HTTPResponse:
        now = config.clock()
        if slug is None:
            body = general_config(knowledge, now, config.rasa_url, config.exit_url, privacy)
        elif slug in knowledge:
            body = municipality_config(knowledge[slug], now, config.rasa_url,
                                       config.exit_url, privacy)
        else:
            return response.json({"error": "unknown municipality"}, status=404,
                                 headers=cors_headers(request.headers.get("origin"),
                                                      config.allowed_origins))
        headers = cors_headers(request.headers.get("origin"), config.allowed_origins)
        headers["Cache-Control"] = "no-store"  # "the phone is open now" changes
        return response.raw(json.dumps(body, ensure_ascii=False).encode("utf-8"),
                            headers=headers, content_type="application/json; charset=utf-8")

    @app.get("/widget/config.json")
    async def general_widget_config(request: Request) -> HTTPResponse:
        return config_json(request, None)

    @app.get("/widget/config/<name>")
    async def widget_config(request: Request, name: str) -> HTTPResponse:
        slug = name[:-len(".json")] if name.endswith(".json") else ""
        if not SLUG_RE.match(slug):
            return response.json({"error": "not found"}, status=404)
        return config_json(request, slug)

    @app.get("/widget/<name>")
    async def widget_file(request: Request, name: str) -> HTTPResponse:
        if name not in WIDGET_FILES:
            return response.json({"error": "not found"}, status=404)
        return _asset_response(request, assets[name])

    @app.get("/static/<name>")
    async def static_file(request: Request, name: str) -> HTTPResponse:
        if name in WIDGET_FILES or name not in assets:
            return response.json({"error": "not found"}, status=404)
        return _asset_response(request, assets[name])

    @app.on_response
    async def security_headers(request: Request, resp: HTTPResponse) -> None:
        for key, value in COMMON_HEADERS.items():
            resp.headers.setdefault(key, value)
        resp.headers.setdefault("Content-Security-Policy", own_csp)

    for blueprint in extra_blueprints:
        app.blueprint(blueprint)
    return app


def staff_area(settings: Settings) -> Blueprint:
    """The booking staff view over the configured booking store (401 without STAFF_TOKEN)."""
    booking = BookingConfig.from_settings(settings)
    repository = SqlBookingRepository.open(booking.database_url)
    return staff_blueprint(repository, booking.staff_token,
                           knowledge=load_knowledge(booking.knowledge_dir))


def phone_hour_cells(knowledge: Dict[str, Any]) -> Dict[str, Set[Tuple[int, int]]]:
    """(weekday, hour) cells in which each centre's phone is open (touched by a phone-hours
    span); a centre whose catalogue gives no phone hours is left out, not guessed from its
    opening hours, because the staff page calls the marked cells phone hours."""
    from core.knowledge.base import WEEKDAYS

    cells: Dict[str, Set[Tuple[int, int]]] = {}
    for slug, m in knowledge.items():
        schedule = m.centre.phone_hours
        if schedule is None:
            continue
        found: Set[Tuple[int, int]] = set()
        for day, spans in schedule.days.items():
            for start, end in spans:
                for hour in range(24):
                    if start < f"{hour + 1:02d}:00" and end > f"{hour:02d}:00":
                        found.add((WEEKDAYS.index(day), hour))
        cells[slug] = found
    return cells


def insight_area(settings: Settings) -> Blueprint:
    """The insight staff page over the configured counter store (401 without tokens)."""
    from insight.config import InsightConfig
    from insight.staff import insight_blueprint
    from insight.store import open_store

    config = InsightConfig.from_settings(settings)
    knowledge = load_knowledge(settings.knowledge_dir)
    store = open_store(config.redis_url, settings.database_url)
    return insight_blueprint(
        store, config, names={s: m.name for s, m in knowledge.items()},
        offer_names={o.id: o.name for m in knowledge.values() for o in m.offers},
        phone_hours=phone_hour_cells(knowledge))


def main() -> None:
    """Start-up entry point: the settings are read here, once, and passed in."""
    settings = Settings.from_env(os.environ)
    config = WebConfig.from_settings(settings)
    app = create_app(config, extra_blueprints=[staff_area(settings), insight_area(settings)])
    logger.info("web service on http://%s:%s", config.host, config.port)
    app.run(host=config.host, port=config.port, access_log=False, motd=False)


if __name__ == "__main__":
    main()
