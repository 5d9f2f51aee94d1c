"""The Rasa process's start-up: importing bot/ changes nothing, python -m bot does it all,
and the channel reads the knowledge directory of the settings (the actions' directory)."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import startup
from core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"


def run_python(code: str, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def test_importing_the_bot_modules_patches_nothing():
    """rasa train, rasa test and rasa data validate import them: that must stay harmless."""
    result = run_python(
        "import logging\n"
        "import bot.channel, bot.tracker_store, bot.lock_store, bot.intent_classifier\n"
        "import bot.rasa_compat, bot.startup, bot.log_privacy, bot.__main__\n"
        "from rasa.core.actions.action import RemoteAction\n"
        "from rasa.utils.endpoints import EndpointConfig\n"
        "assert RemoteAction._validate_action_result.__module__.startswith('rasa.')\n"
        "assert EndpointConfig.session.__module__.startswith('rasa.')\n"
        "assert logging.getLogRecordFactory() is logging.LogRecord\n"
        "assert bot.rasa_compat.installed() == []\n"
        "print('clean')\n")
    assert result.returncode == 0 and result.stdout.strip() == "clean", result.stderr[-2000:]


def test_start_installs_the_patches_and_the_log_scrubbing_once():
    result = run_python(
        "import logging\n"
        "from bot import log_privacy, rasa_compat, startup\n"
        "from core.settings import Settings\n"
        "settings = Settings.from_env({'CONVERSATION_TTL_SECONDS': '61'})\n"
        "patches = startup.start(settings)\n"
        "assert patches == list(rasa_compat.PATCHES), patches\n"
        "assert startup.start(settings) == patches\n"
        "assert startup.current_settings() is settings\n"
        "log_privacy.RECENT.add('min søn drikker')\n"
        "record = logging.getLogger('rasa.core').makeRecord(\n"
        "    'rasa.core', logging.DEBUG, 'x.py', 1, 'got %s', ('min søn drikker',), None)\n"
        "assert record.getMessage() == 'got [message]', record.getMessage()\n"
        "print('started')\n")
    assert result.returncode == 0 and result.stdout.strip() == "started", result.stderr[-2000:]


def test_python_m_bot_hands_over_to_rasa_s_command_line():
    result = subprocess.run([sys.executable, "-m", "bot", "--version"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Rasa Version" in result.stdout and "3.6.21" in result.stdout


def test_without_the_start_up_hook_the_channel_refuses_to_start(monkeypatch):
    from bot.channel import WebInput

    monkeypatch.setattr(startup, "_settings", None)
    with pytest.raises(startup.NotStarted, match="python -m bot run"):
        WebInput.from_credentials({})


def test_credentials_cannot_name_another_knowledge_directory(settings):
    from bot.channel import WebInput

    with pytest.raises(ValueError, match="KNOWLEDGE_DIR"):
        WebInput.from_settings({"knowledge_dir": "elsewhere"}, settings)


@pytest.fixture
def vejle_only(tmp_path, booking_data_dir):
    """A knowledge directory with Vejle alone, as KNOWLEDGE_DIR would name it."""
    directory = tmp_path / "knowledge"
    directory.mkdir()
    shutil.copy(KNOWLEDGE / "vejle.yml", directory / "vejle.yml")
    return Settings.from_env({"KNOWLEDGE_DIR": str(directory),
                              "BOOKING_DATA_DIR": str(booking_data_dir),
                              "INSIGHT_ENABLED": "0"})


def test_channel_and_actions_read_the_same_knowledge_directory(vejle_only, monkeypatch):
    """With KNOWLEDGE_DIR set, the channel's redaction allow-list and outage text come from
    the directory the answers come from (credentials.yml used to name its own)."""
    from actions.runtime import Services
    from bot.channel import WebInput

    monkeypatch.setattr(startup, "_settings", vejle_only)
    channel = WebInput.from_credentials({"max_message_chars": 300})
    assert set(channel.knowledge) == set(Services(vejle_only).knowledge) == {"vejle"}
    assert "76 81 90 00" in channel.no_answer_reply("vejle")
    # Sønderborg is not in this directory: no contact of its in the outage answer ...
    assert "88 72 44 85" not in channel.no_answer_reply("sonderborg")
    # ... and its centre's number is not on the redaction allow-list, Vejle's is
    assert "76819000" in channel.redactor.allowed_phones
    assert "88724485" not in channel.redactor.allowed_phones
    assert channel.prepare("c1", "ring 76 81 90 00")["text"] == "ring 76 81 90 00"


def test_the_log_scrubbing_factory_keeps_other_records_intact():
    from bot import log_privacy

    previous = logging.getLogRecordFactory()
    try:
        recent = log_privacy.RecentMessages()
        assert log_privacy.install(recent) is True
        assert log_privacy.install(recent) is False  # once per process
        recent.add("jeg drikker hver dag")
        plain = logging.getLogger("x").makeRecord("x", logging.INFO, __file__, 1,
                                                  "plain %d", (3,), None)
        secret = logging.getLogger("x").makeRecord("x", logging.INFO, __file__, 1,
                                                   "text: jeg drikker hver dag", (), None)
        assert plain.getMessage() == "plain 3"
        assert secret.getMessage() == "text: [message]"
    finally:
        logging.setLogRecordFactory(previous)
