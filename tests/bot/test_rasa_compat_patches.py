"""The patches of bot/rasa_compat.py decide exactly as Rasa's own code does."""

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from bot import rasa_compat

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
    from rasa.shared.core.events import Event

    original = RemoteAction._validate_action_result
    from rasa.core.policies.rule_policy import RulePolicy

    original_resolve = Event.__dict__["resolve_by_type"]
    original_rule_key = RulePolicy.__dict__["_rule_key_to_state"]
    from rasa.utils.endpoints import EndpointConfig

    original_session = EndpointConfig.__dict__["session"]
    assert rasa_compat.install() == list(rasa_compat.PATCHES)  # every patch applies
    assert rasa_compat.install() == list(rasa_compat.PATCHES)  # idempotent
    yield
    RemoteAction._validate_action_result = original
    Event.resolve_by_type = original_resolve
    RulePolicy._rule_key_to_state = original_rule_key
    EndpointConfig.session = original_session
    rasa_compat._installed = None


def reference(result) -> bool:
    try:
        jsonschema.validate(result, RemoteAction.action_response_format_spec())
        return True
    except jsonschema.ValidationError:
        return False


@pytest.mark.parametrize("result", VALID + INVALID)
def test_same_decision_as_jsonschema_validate(result):
    action = RemoteAction("action_x", None)
    assert RemoteAction._validate_action_result is rasa_compat.validate_action_result
    try:
        accepted = action._validate_action_result(result)
    except jsonschema.ValidationError as e:
        accepted = False
        assert "Failed to validate Action server response" in e.message
    assert accepted == reference(result) == (result in VALID)


# ---- event classes by type name: the cached lookup finds what Rasa's own finds ----

def test_resolve_by_type_gives_rasa_s_answer_for_every_event_class():
    import inspect

    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    names = {cls.type_name for cls in all_subclasses(Event) if not inspect.isabstract(cls)}
    assert len(names) > 20
    for name in sorted(names):
        expected = next(c for c in all_subclasses(Event) if c.type_name == name)
        assert Event.resolve_by_type(name) is expected
        assert Event.resolve_by_type(name) is expected  # second time from the cache


def test_resolve_by_type_unknown_names_behave_as_before():
    from rasa.shared.core.events import Event, UserUttered

    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", UserUttered) is UserUttered
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")


def test_events_deserialise_the_same_with_the_cache():
    from rasa.shared.core.events import Event, SlotSet, UserUttered

    events = [{"event": "user", "text": "hej", "parse_data": {"intent": {"name": "greet"}}},
              {"event": "slot", "name": "municipality", "value": "vejle"}]
    parsed = [Event.from_parameters(e) for e in events]
    assert isinstance(parsed[0], UserUttered) and parsed[0].text == "hej"
    assert parsed[1] == SlotSet("municipality", "vejle")


def test_rule_keys_are_parsed_once_and_unchanged():
    import json

    from rasa.core.policies.rule_policy import RulePolicy

    key = json.dumps([{"prev_action": {"action_name": "action_listen"},
                       "user": {"intent": "greet"}}, {"slots": {"x": [1.0]}}])
    first = RulePolicy._rule_key_to_state(key)
    assert first == json.loads(key)
    assert RulePolicy._rule_key_to_state(key) is first


# ---- one kept connection to the action server instead of one per call ----

@pytest.mark.asyncio
async def test_endpoint_requests_reuse_one_connection():
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    peers = []

    async def handler(request):
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"ok": len(peers)})

    app = web.Application()
    app.router.add_post("/webhook", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", headers={"X-A": "1"})
        answers = [await endpoint.request(json={"n": i}) for i in range(3)]
        assert answers == [{"ok": 1}, {"ok": 2}, {"ok": 3}]
        assert len(set(peers)) == 1  # the same client port: one connection, kept
        session = endpoint.__dict__["_rr_session"][1]
        assert session.headers["X-A"] == "1" and not session.closed
        await session.close()
    finally:
        await runner.cleanup()
