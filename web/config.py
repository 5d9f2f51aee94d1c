"""Settings of the web service: its section of the process's :class:`core.settings.Settings`.

Built at start-up with :meth:`WebConfig.from_settings`; nothing here reads ``os.environ``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable, Mapping, Tuple
from urllib.parse import urlsplit

from core.hours import now_in_copenhagen
from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR
from core.settings import Settings

WEB_DIR = Path(__file__).resolve().parent
DEFAULT_EXIT_URL = "https://www.dmi.dk/"
DEFAULT_ORIGINS = ("http://localhost:8080", "http://127.0.0.1:8080")


def origin_of(url: str) -> str:
    """``"http://127.0.0.1:5005/x"`` -> ``"http://127.0.0.1:5005"``; raises on non-http(s) URLs."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"expected an http(s) URL, got {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


@dataclass(frozen=True)
class WebConfig:
    """Everything the web service needs to know; build it with :meth:`from_settings` or directly.

    Attributes:
        host: Interface to listen on (loopback by default; a proxy faces the internet).
        port: Port to listen on.
        public_url: Where browsers reach this service (used in embed snippets).
        rasa_url: Where browsers reach the Rasa web channel (the widget's default API).
        exit_url: Neutral page that quick exit replaces the location with.
        allowed_origins: Sites allowed to read the widget config cross-origin; the same list
            Rasa gets as ``--cors``.
        knowledge_dir: Directory of the ``knowledge/<slug>.yml`` files.
        static_dir: Widget files and demo assets.
        templates_dir: HTML templates of the pages.
        privacy_file: The Danish privacy text shown in the widget.
        clock: Current time in Copenhagen; injected so tests can fix it.
    """

    host: str = "127.0.0.1"
    port: int = 8080
    public_url: str = "http://127.0.0.1:8080"
    rasa_url: str = "http://127.0.0.1:5005"
    exit_url: str = DEFAULT_EXIT_URL
    allowed_origins: Tuple[str, ...] = DEFAULT_ORIGINS
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    static_dir: Path = WEB_DIR / "static"
    templates_dir: Path = WEB_DIR / "templates"
    privacy_file: Path = WEB_DIR / "privacy.da.md"
    clock: Callable[[], datetime] = field(default=now_in_copenhagen, compare=False)

    def __post_init__(self) -> None:
        # Fail at start-up, not in a browser, when a URL is unusable.
        for name in ("public_url", "rasa_url", "exit_url"):
            origin_of(getattr(self, name))

    @property
    def public_origin(self) -> str:
        return origin_of(self.public_url)

    @property
    def rasa_origin(self) -> str:
        return origin_of(self.rasa_url)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "WebConfig":
        """The section of ``Settings.from_env(env)``; for tools and tests that have a mapping."""
        return cls.from_settings(Settings.from_env(env))

    @classmethod
    def from_settings(cls, settings: Settings) -> "WebConfig":
        """Read ``WEB_HOST``, ``WEB_PORT``, ``WEB_PUBLIC_URL``, ``RASA_URL``, ``EXIT_URL`` and
        ``CORS_ORIGINS`` (space separated) from ``settings.env``; the knowledge directory
        is the settings' own (``KNOWLEDGE_DIR``)."""
        env = settings.env
        host = env.get("WEB_HOST", "127.0.0.1")
        port = int(env.get("WEB_PORT", "8080"))
        origins = tuple(env.get("CORS_ORIGINS", "").split()) or DEFAULT_ORIGINS
        return cls(
            host=host,
            port=port,
            public_url=env.get("WEB_PUBLIC_URL", f"http://127.0.0.1:{port}").rstrip("/"),
            rasa_url=env.get("RASA_URL", "http://127.0.0.1:5005").rstrip("/"),
            exit_url=env.get("EXIT_URL", DEFAULT_EXIT_URL),
            allowed_origins=origins,
            knowledge_dir=settings.knowledge_dir,
        )
