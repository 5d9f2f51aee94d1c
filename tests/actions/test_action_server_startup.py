"""The action server's start-up (python -m actions) and its services container."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from actions import runtime
from actions.runtime import Services
from core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_actions_changes_nothing():
    """rasa-sdk imports every module of the package (also __main__); so do the tests."""
    result = subprocess.run([sys.executable, "-c", (
        "import logging, pkgutil, importlib, actions\n"
        "for m in pkgutil.walk_packages(actions.__path__, 'actions.'):\n"
        "    importlib.import_module(m.name)\n"
        "from rasa_sdk.executor import ActionExecutor\n"
        "from actions import runtime\n"
        "assert ActionExecutor.run.__module__ == 'rasa_sdk.executor'\n"
        "assert not [f for h in logging.getLogger().handlers for f in h.filters]\n"
        "assert runtime._current is None\n"
        "print('clean')\n")], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and result.stdout.strip() == "clean", result.stderr[-2000:]


def test_start_installs_filters_hook_and_services(settings, monkeypatch):
    from rasa_sdk.executor import ActionExecutor

    from actions import __main__ as entry
    from actions import insight_hook

    handler = logging.StreamHandler()
    logging.getLogger().addHandler(handler)
    monkeypatch.setattr(ActionExecutor, "run", ActionExecutor.run)  # restored afterwards
    monkeypatch.setattr(insight_hook, "_installed", False)
    try:
        services = entry.start(settings)
        assert runtime.services() is services and services.settings is settings
        assert any(isinstance(f, entry.DropSdkDebug) for f in handler.filters)
        assert ActionExecutor.run.__module__ == "actions.insight_hook"
        debug = logging.LogRecord("rasa_sdk.executor", logging.DEBUG, "x", 1, "tracker", (), None)
        info = logging.LogRecord("rasa_sdk.executor", logging.INFO, "x", 1, "ran", (), None)
        assert not entry.DropSdkDebug().filter(debug) and entry.DropSdkDebug().filter(info)
    finally:
        logging.getLogger().removeHandler(handler)


def test_the_command_line_keeps_rasa_sdk_s_options_and_binds_to_localhost():
    from actions.__main__ import argument_parser

    args = argument_parser().parse_args(["--port", "5255", "--cors", "http://a"])
    assert (args.port, args.cors, args.actions, args.interface) == \
        (5255, ["http://a"], "actions", "127.0.0.1")
    assert argument_parser().parse_args(["--interface", "0.0.0.0"]).interface == "0.0.0.0"


def test_without_services_the_actions_say_how_to_start(monkeypatch):
    monkeypatch.setattr(runtime, "_current", None)
    with pytest.raises(RuntimeError, match="python -m actions"):
        runtime.knowledge()


def test_the_services_read_the_settings_knowledge_directory(tmp_path, settings):
    directory = tmp_path / "knowledge"
    directory.mkdir()
    shutil.copy(ROOT / "knowledge" / "vejle.yml", directory / "vejle.yml")
    services = Services(Settings.from_env({"KNOWLEDGE_DIR": str(directory)}))
    previous = runtime.use(services)
    try:
        assert set(runtime.knowledge()) == {"vejle"}
    finally:
        runtime.use(previous)
    assert set(runtime.knowledge()) == {"fredericia", "skanderborg", "sonderborg", "vejle"}


def test_one_container_builds_each_service_once(settings):
    services = Services(settings)
    assert services.knowledge is services.knowledge
    assert services.warm().triage_rules is services.triage_rules
    desk = services.booking_desk
    try:
        assert services.booking_desk is desk
        assert (settings.data_dir / "booking.sqlite3").is_file()  # the settings' store
    finally:
        services.close()
