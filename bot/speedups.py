"""Measured speed-ups for Rasa 3.6 internals, installed by the web channel at start-up.

Profiling the server under load (py-spy, 20 concurrent conversations; see
``docs/performance.md``) showed that more than half of the Rasa process's CPU went into
``jsonschema.validate`` called by ``RemoteAction._validate_action_result`` for every
action server reply: ``jsonschema.validate`` re-checks the (constant) schema against the
JSON Schema meta-schema on every call, about 19 of its 20 ms. Here the schema is checked
once and one prepared validator is reused, so a reply is accepted or rejected exactly as
before (same schema, same validator class, same ``ValidationError``), in about 0.5 ms.

A later profile (TF-IDF intent classifier, 20 concurrent conversations) showed ~7 % of the
process in ``Event.resolve_by_type``: every event of every stored conversation, on every
turn, walks all ``Event`` subclasses (``all_subclasses`` with ``inspect.isabstract``) to
find the class of a type name. The answer for a type name never changes once found, so
it is remembered; unknown names still take Rasa's own path (and its error).

The same profile showed ~8 % in ``RulePolicy._get_possible_keys``, most of it
``json.loads`` of every rule key for every turn of the conversation
(``RulePolicy._rule_key_to_state``). The rule keys are the model's fixed set of rules, so
each is parsed once and the parsed states are reused; Rasa's two callers only read them.

``EndpointConfig.request`` opens a new ``aiohttp.ClientSession`` (and so a new TCP
connection) for every call to the action server, ~4 % of the process plus a connection
set-up per action. Here each endpoint keeps one session per event loop, with the same
headers, auth and timeout, and ``request`` uses it without closing it. Idle connections
are dropped after 2 s, before Sanic's 5 s keep-alive ends on the server side, so a
request never goes out on a connection the server is closing.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, Text

logger = logging.getLogger(__name__)

_INSTALLED = False


@lru_cache(maxsize=1)
def action_result_validator() -> Any:
    """The validator for action server replies, built and schema-checked once."""
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # what jsonschema.validate does on every call
    return cls(schema)


def validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
    """Drop-in for ``RemoteAction._validate_action_result`` with a reused validator.

    Raises:
        jsonschema.ValidationError: when the action server's reply breaks the schema,
            with Rasa's own hint appended, as the original does.
    """
    from jsonschema import ValidationError
    from rasa.shared.constants import DOCS_BASE_URL

    try:
        action_result_validator().validate(result)
        return True
    except ValidationError as e:
        e.message += (
            ". Failed to validate Action server response from API, "
            "make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise e


_EVENT_CLASSES: Dict[Text, Any] = {}


def _cached_resolve_by_type(original: Any) -> Any:
    """``Event.resolve_by_type`` that remembers each class it found by type name."""
    def resolve_by_type(type_name: Text, default: Any = None) -> Any:
        found = _EVENT_CLASSES.get(type_name)
        if found is not None:
            return found
        result = original(type_name, default)  # unknown names: Rasa's None, default or error
        if result is not None and result is not default:
            _EVENT_CLASSES[type_name] = result
        return result
    return resolve_by_type


def _cached_rule_key_to_state(original: Any) -> Any:
    """``RulePolicy._rule_key_to_state`` with each rule key parsed once (read-only use)."""
    return lru_cache(maxsize=4096)(original)


KEEPALIVE_SECONDS = 2.0


class _KeptSession:
    """``async with`` over a shared session that leaves it open afterwards."""

    def __init__(self, session: Any) -> None:
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *exc: Any) -> None:
        return None


def _reused_session(original: Any) -> Any:
    """``EndpointConfig.session`` returning one kept session per endpoint and event loop."""
    import asyncio

    import aiohttp

    def session(self: Any) -> Any:
        loop = asyncio.get_running_loop()
        kept = self.__dict__.get("_rr_session")
        if kept is None or kept[0] is not loop or kept[1].closed:
            fresh = original(self)  # same headers, auth and timeout as Rasa's own
            connector = aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS)
            shared = aiohttp.ClientSession(headers=fresh.headers, auth=fresh.auth,
                                           timeout=fresh.timeout, connector=connector)
            loop.create_task(fresh.close())
            kept = (loop, shared)
            self.__dict__["_rr_session"] = kept
        return _KeptSession(kept[1])
    return session


def install() -> bool:
    """Patch ``RemoteAction`` once per process; returns True when the patch is active.

    The patch is only applied when ``RemoteAction`` still has the method it replaces
    with the same schema, so a Rasa upgrade that changes it leaves Rasa's own code in use.
    """
    global _INSTALLED
    if _INSTALLED:
        return True
    from rasa.core.actions.action import RemoteAction

    if not hasattr(RemoteAction, "_validate_action_result"):
        logger.warning("speedups: RemoteAction has no _validate_action_result; not patched")
        return False
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]
    from rasa.shared.core.events import Event

    Event.resolve_by_type = staticmethod(  # type: ignore[assignment]
        _cached_resolve_by_type(Event.resolve_by_type))
    from rasa.core.policies.rule_policy import RulePolicy

    RulePolicy._rule_key_to_state = staticmethod(  # type: ignore[assignment]
        _cached_rule_key_to_state(RulePolicy._rule_key_to_state))
    from rasa.utils.endpoints import EndpointConfig

    EndpointConfig.session = _reused_session(EndpointConfig.session)  # type: ignore[assignment]
    _INSTALLED = True
    return True
