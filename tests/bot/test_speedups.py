"""The reused action-result validator decides exactly like jsonschema.validate."""

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from bot import speedups

VALID = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "municipality", "value": "vejle", "timestamp": None}],
     "responses": [{"text": "Det er anonymt.", "buttons": []}]},
    {"events": [{"event": "bot", "text": "hej", "data": {}},
                {"event": "active_loop", "name": None}], "responses": [{"text": "x"}]},
    {"events": [{"event": "followup", "name": "action_listen"}]},
]
INVALID = [
    {"events": "not a list"},
    {"events": [{"event": "slot"}]},  # a slot event needs a name
    {"events": [{"event": "no_such_event"}]},
    {"responses": "text"},
    {"events": [{"event": "user", "text": 5}]},
    {"events": [{"event": "slot", "name": 5}]},
    {"responses": [5]},
]


@pytest.fixture(scope="module", autouse=True)
def patched():
    original = RemoteAction._validate_action_result
    assert speedups.install() and speedups.install()  # idempotent
    yield
    RemoteAction._validate_action_result = original
    speedups._INSTALLED = False


def reference(result) -> bool:
    try:
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
        return True
    except jsonschema.ValidationError:
        return False


@pytest.mark.parametrize("result", VALID + INVALID)
def test_same_decision_as_jsonschema_validate(result):
    action = RemoteAction("action_x", None)
    assert RemoteAction._validate_action_result is speedups.validate_action_result
    try:
        accepted = action._validate_action_result(result)
    except jsonschema.ValidationError as e:
        accepted = False
        assert "Failed to validate Action server response" in e.message
    assert accepted == reference(result) == (result in VALID)
