"""Security headers: Content-Security-Policy for our pages and CORS for the widget config."""

from __future__ import annotations

from typing import Dict, Iterable, Optional

COMMON_HEADERS: Dict[str, str] = {
    "X-Content-Type-Options": "nosniff",
    # The widget sends no Referer either: the page a young person was on is nobody's business.
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def page_csp(rasa_origin: str) -> str:
    """The policy of our own pages: only this service, plus the Rasa origin for the chat."""
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"connect-src 'self' {rasa_origin}; img-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def strict_embed_csp(widget_origin: str, api_origin: str) -> str:
    """The strict policy a host site can use (and the CSP test page uses).

    ``connect-src`` must name the widget host (the widget loads its municipality config
    there) and the API host (the Rasa web channel) when they are not the page's own origin.
    """
    connect = " ".join(dict.fromkeys([widget_origin, api_origin]))
    return (f"default-src 'self'; script-src {widget_origin}; style-src {widget_origin}; "
            f"connect-src {connect}")


def cors_headers(origin: Optional[str], allowed: Iterable[str]) -> Dict[str, str]:
    """CORS headers for a cross-origin read, given exactly to the configured origins."""
    headers = {"Vary": "Origin"}
    if origin and origin in set(allowed):
        headers["Access-Control-Allow-Origin"] = origin
    return headers

