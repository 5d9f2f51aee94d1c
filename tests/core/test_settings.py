"""core.settings: one Settings read once from the environment, and nobody else reads it."""

from __future__ import annotations

import ast
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR
from core.settings import DEFAULT_CATALOGUE_DIR, DEFAULT_DATA_DIR, Settings

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "actions", "bot", "web", "booking", "insight")
# The start-up entry points: each may read the environment once, as
# Settings.from_env(os.environ), and nowhere else.
ENTRY_POINTS = {
    "actions/__main__.py", "bot/__main__.py", "web/server.py", "booking/__main__.py",
    "core/knowledge/source_check.py",
}
ENV_NAMES = {"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"}


def test_defaults_from_an_empty_environment():
    settings = Settings.from_env({})
    assert settings == Settings()
    assert settings.knowledge_dir == DEFAULT_KNOWLEDGE_DIR
    assert settings.catalogue_dir == DEFAULT_CATALOGUE_DIR
    assert settings.redis_url is None and settings.sender_secret is None
    assert settings.conversation_ttl_seconds == 1800
    assert settings.database_url == f"sqlite:///{DEFAULT_DATA_DIR / 'booking.sqlite3'}"


def test_values_from_the_environment(tmp_path):
    settings = Settings.from_env({
        "KNOWLEDGE_DIR": str(tmp_path / "k"), "CATALOGUE_DIR": str(tmp_path / "c"),
        "REDIS_URL": "redis://127.0.0.1:6380/0", "CONVERSATION_TTL_SECONDS": "90",
        "SENDER_SECRET": "s" * 32, "TRUSTED_PROXIES": "none",
        "BOOKING_DATA_DIR": str(tmp_path / "b"), "UNRELATED": "x"})
    assert settings.knowledge_dir == tmp_path / "k" and settings.catalogue_dir == tmp_path / "c"
    assert settings.redis_url == "redis://127.0.0.1:6380/0"
    assert settings.conversation_ttl_seconds == 90 and settings.sender_secret == b"s" * 32
    assert settings.trusted_proxies == "none"
    assert settings.database_url == f"sqlite:///{tmp_path / 'b' / 'booking.sqlite3'}"
    assert Settings.from_env({"BOOKING_DB_URL": "postgresql://x/y"}).database_url == \
        "postgresql://x/y"
    assert settings.env["UNRELATED"] == "x"  # the subsystems' sections read from here


def test_settings_are_frozen_and_do_not_follow_the_mapping_they_came_from():
    env = {"KNOWLEDGE_DIR": "/a"}
    settings = Settings.from_env(env)
    env["KNOWLEDGE_DIR"], env["NEW"] = "/b", "1"
    assert settings.knowledge_dir == Path("/a") and "NEW" not in settings.env
    with pytest.raises(FrozenInstanceError):
        settings.knowledge_dir = Path("/c")  # type: ignore[misc]
    with pytest.raises(TypeError):
        settings.env["X"] = "1"  # type: ignore[index]


def test_the_secret_is_not_in_the_repr():
    assert "geheim" not in repr(Settings.from_env({"SENDER_SECRET": "geheim" * 6}))


@pytest.mark.parametrize("env", [{"CONVERSATION_TTL_SECONDS": "soon"},
                                 {"CONVERSATION_TTL_SECONDS": "0"}])
def test_bad_values_stop_start_up(env):
    with pytest.raises(ValueError):
        Settings.from_env(env)


def test_the_sections_share_the_settings_values(tmp_path):
    from booking.config import BookingConfig
    from insight.config import InsightConfig
    from web.config import WebConfig

    settings = Settings.from_env({"KNOWLEDGE_DIR": str(tmp_path), "BOOKING_DATA_DIR": str(tmp_path),
                                  "INSIGHT_MIN_CELL": "7", "WEB_PORT": "8181"})
    booking = BookingConfig.from_settings(settings)
    assert booking.knowledge_dir == tmp_path == WebConfig.from_settings(settings).knowledge_dir
    assert booking.database_url == settings.database_url
    insight = InsightConfig.from_settings(settings)
    assert insight.k == 7 and insight.database_url == settings.database_url
    assert WebConfig.from_settings(settings).port == 8181


# ----------------------------------------------------------- nobody else reads os.environ

def environment_reads(path: Path):
    """(line, is an argument of a ``*.from_env(...)`` call) for each read in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    arguments = {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Attribute) and node.func.attr == "from_env"
                 for arg in node.args}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ENV_NAMES \
                and isinstance(node.value, ast.Name) and node.value.id == "os":
            yield node.lineno, id(node) in arguments
        elif isinstance(node, ast.ImportFrom) and node.module == "os" \
                and any(a.name in ENV_NAMES for a in node.names):
            yield node.lineno, False


def test_only_the_entry_points_read_the_environment_and_only_into_settings():
    offenders = []
    seen_entry_reads = set()
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            for line, into_settings in environment_reads(path):
                if name in ENTRY_POINTS and into_settings:
                    seen_entry_reads.add(name)
                else:
                    offenders.append(f"{name}:{line}")
    assert offenders == []
    assert seen_entry_reads == ENTRY_POINTS  # the list above is not stale


def test_the_check_sees_the_forms_of_reading():
    import tempfile

    source = ("import os\nfrom os import getenv\na = os.environ.get('X')\nb = os.getenv('Y')\n"
              "c = Settings.from_env(os.environ)\n")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(source)
    reads = sorted(environment_reads(Path(handle.name)))
    Path(handle.name).unlink()
    assert reads == [(2, False), (3, False), (4, False), (5, True)]
