"""Shared fixtures: the real knowledge base, a fixed clock, Rasa SDK doubles."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from core.hours import COPENHAGEN
from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
CATALOGUE_DIR = ROOT.parent / "shared" / "catalogues"


@pytest.fixture(scope="session", autouse=True)
def booking_data_dir(tmp_path_factory):
    """Actions open the booking store on first use: tests (and the servers they start) use a
    throwaway one, never var/booking."""
    path = tmp_path_factory.mktemp("booking")
    os.environ["BOOKING_DATA_DIR"] = str(path)
    os.environ.pop("BOOKING_DB_URL", None)
    return path


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
