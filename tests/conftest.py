"""Shared fixtures: settings, the actions' services, the knowledge base, a fixed clock,
Rasa SDK doubles."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from core.hours import COPENHAGEN
from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR, load_knowledge
from core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
CATALOGUE_DIR = ROOT.parent / "shared" / "catalogues"


@pytest.fixture(scope="session", autouse=True)
def booking_data_dir(tmp_path_factory):
    """Actions open the booking store on first use: tests use a throwaway one, never
    var/booking. The servers tests start read their environment, so it is set there too."""
    path = tmp_path_factory.mktemp("booking")
    os.environ["BOOKING_DATA_DIR"] = str(path)
    os.environ.pop("BOOKING_DB_URL", None)
    return path


@pytest.fixture(scope="session")
def settings(booking_data_dir) -> Settings:
    """What ``Settings.from_env(os.environ)`` gives a server the tests start."""
    return Settings.from_env({"BOOKING_DATA_DIR": str(booking_data_dir)})


@pytest.fixture(scope="session")
def session_services(settings):
    from actions.runtime import Services

    return Services(settings)


@pytest.fixture(autouse=True)
def action_services(session_services):
    """The actions' services container, as ``python -m actions`` installs it; one per
    session (the knowledge base is loaded once). A test that needs other settings installs
    its own with ``actions.runtime.use(Services(settings))``: the previous one comes back
    after the test."""
    from actions import runtime

    previous = runtime.use(session_services)
    yield session_services
    runtime.use(previous)


@pytest.fixture(scope="session")
def kb():
    return load_knowledge(DEFAULT_KNOWLEDGE_DIR)


@pytest.fixture
def wednesday_10am() -> datetime:
    return datetime(2026, 11, 25, 10, 0, tzinfo=COPENHAGEN)


def make_tracker(text: str = "", intent: str = "", slots: Optional[Dict[str, Any]] = None,
                 metadata: Optional[Dict[str, Any]] = None,
                 entities: Optional[List[Dict[str, Any]]] = None):
    from rasa_sdk import Tracker

    latest = {"text": text, "intent": {"name": intent, "confidence": 0.99},
              "entities": entities or [], "metadata": metadata or {}}
    return Tracker(sender_id="test", slots=dict(slots or {}), latest_message=latest,
                   events=[], paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


@pytest.fixture
def tracker_factory():
    return make_tracker


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


@pytest.fixture
def domain() -> Dict[str, Any]:
    return {}
