"""Every use of Rasa's private API, in one module, for Rasa 3.6.21 only.

Upgrading Rasa means reading this module against the new Rasa, nothing else: no other
module of ours monkeypatches Rasa, reads or writes an ``_``-prefixed Rasa attribute, or
calls a private Rasa method. :func:`install` checks the Rasa version first
(:func:`check_version`) and is called once, from the Rasa process's start-up hook
(:func:`bot.startup.start`, run by ``python -m bot``); importing this module changes
nothing.

Patches (applied by :func:`install`), each measured under load (``docs/performance.md``)
and each tested to decide exactly as Rasa's own code (``tests/bot/test_rasa_compat_patches.py``):

1. ``RemoteAction._validate_action_result``: more than half of the Rasa process's CPU went
   into ``jsonschema.validate`` for every action server reply, because it re-checks the
   (constant) schema against the JSON Schema meta-schema on every call, about 19 of its
   20 ms. The replacement checks the schema once and reuses one prepared validator: the
   same schema, the same validator class, the same ``ValidationError`` with Rasa's hint,
   in about 0.5 ms. It is only applied when ``RemoteAction`` still has the method and
   still returns the schema it was measured with (:data:`ACTION_RESPONSE_SCHEMA_SHA256`);
   otherwise Rasa's own method stays in use and a warning says why.
2. ``Event.resolve_by_type``: ~7 % of the process; every event of every stored
   conversation, on every turn, walks all ``Event`` subclasses to find the class of a type
   name. The answer for a known type name never changes, so it is remembered; unknown
   names still take Rasa's own path (its ``None``, default or error).
3. ``RulePolicy._rule_key_to_state``: ~8 %, mostly ``json.loads`` of every rule key on
   every turn. The rule keys are the model's fixed set of rules, so each is parsed once
   and the parsed states are reused (Rasa's two callers only read them).
4. ``EndpointConfig.session``: ``EndpointConfig.request`` opens a new
   ``aiohttp.ClientSession`` (a new TCP connection) for every call to the action server,
   ~4 % plus a connection set-up per action. Each endpoint keeps one session per event
   loop instead, with the same headers, auth and timeout; idle connections are dropped
   after 2 s, before Sanic's 5 s keep-alive ends on the server side.

Accessors (used at run time by the channel, the tracker store and the lock store):

- :func:`agent_of`: the ``Agent`` Rasa keeps on its Sanic app (``app.ctx.agent``).
- :func:`underlying_store`, :func:`fallback_store`, :func:`on_tracker_store_error`,
  :func:`set_on_tracker_store_error`: the private attributes of Rasa's
  ``FailSafeTrackerStore`` wrapper (the real store, its in-memory fallback, and the
  error handler that decides whether it falls back).
- :func:`acquire_lock`: ``LockStore._acquire_lock``, the waiting loop our atomic Redis
  lock store reuses with its own poll interval.
"""

from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache
from typing import Any, Callable, Dict, List, Optional, Text

logger = logging.getLogger(__name__)

RASA_VERSION = "3.6.21"
# sha256 of json.dumps(RemoteAction.action_response_format_spec(), sort_keys=True) in 3.6.21
ACTION_RESPONSE_SCHEMA_SHA256 = "fb650e99afd82f1c650004526571ec7bc95a81aa36aaf6a899a6e9e212b166be"
KEEPALIVE_SECONDS = 2.0

_installed: Optional[List[str]] = None


class RasaVersionError(RuntimeError):
    """The installed Rasa is not the version whose internals this module was written for."""


def check_version(version: Optional[str] = None) -> None:
    """Raise unless ``version`` (default: the installed Rasa's) is :data:`RASA_VERSION`.

    Raises:
        RasaVersionError: with what was found and what to do.
    """
    if version is None:
        import rasa

        version = rasa.__version__
    if version != RASA_VERSION:
        raise RasaVersionError(
            f"bot/rasa_compat.py was written for Rasa {RASA_VERSION}, but Rasa {version} is "
            f"installed: check every patch and accessor in bot/rasa_compat.py against the "
            f"new Rasa's source, then update RASA_VERSION")


# ------------------------------------------------------------------ 1. action result check

def schema_fingerprint(schema: Dict[Text, Any]) -> str:
    return hashlib.sha256(json.dumps(schema, sort_keys=True).encode("utf-8")).hexdigest()


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


def _patch_action_result_check() -> Optional[str]:
    """Patch 1; returns why it was not applied, or None."""
    from rasa.core.actions.action import RemoteAction

    if not hasattr(RemoteAction, "_validate_action_result"):
        return "RemoteAction has no _validate_action_result"
    if schema_fingerprint(RemoteAction.action_response_format_spec()) != \
            ACTION_RESPONSE_SCHEMA_SHA256:
        return "RemoteAction's response schema is not the one the patch was measured with"
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]
    return None


# ------------------------------------------------------------------ 2. event classes

_EVENT_CLASSES: Dict[Text, Any] = {}


def cached_resolve_by_type(original: Callable[..., Any]) -> Callable[..., Any]:
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


def _patch_resolve_by_type() -> Optional[str]:
    from rasa.shared.core.events import Event

    if not isinstance(Event.__dict__.get("resolve_by_type"), staticmethod):
        return "Event.resolve_by_type is not a static method"
    Event.resolve_by_type = staticmethod(  # type: ignore[assignment]
        cached_resolve_by_type(Event.resolve_by_type))
    return None


# ------------------------------------------------------------------ 3. rule keys

def cached_rule_key_to_state(original: Callable[..., Any]) -> Callable[..., Any]:
    """``RulePolicy._rule_key_to_state`` with each rule key parsed once (read-only use)."""
    return lru_cache(maxsize=4096)(original)


def _patch_rule_key_to_state() -> Optional[str]:
    from rasa.core.policies.rule_policy import RulePolicy

    if not isinstance(RulePolicy.__dict__.get("_rule_key_to_state"), staticmethod):
        return "RulePolicy._rule_key_to_state is not a static method"
    RulePolicy._rule_key_to_state = staticmethod(  # type: ignore[assignment]
        cached_rule_key_to_state(RulePolicy._rule_key_to_state))
    return None


# ------------------------------------------------------------------ 4. kept connections

class _KeptSession:
    """``async with`` over a shared session that leaves it open afterwards."""

    def __init__(self, session: Any) -> None:
        self._session = session

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *exc: Any) -> None:
        return None


def reused_session(original: Callable[[Any], Any]) -> Callable[[Any], Any]:
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


def _patch_endpoint_session() -> Optional[str]:
    from rasa.utils.endpoints import EndpointConfig

    if not callable(getattr(EndpointConfig, "session", None)):
        return "EndpointConfig has no session()"
    EndpointConfig.session = reused_session(EndpointConfig.session)  # type: ignore[assignment]
    return None


PATCHES: Dict[str, Callable[[], Optional[str]]] = {
    "RemoteAction._validate_action_result": _patch_action_result_check,
    "Event.resolve_by_type": _patch_resolve_by_type,
    "RulePolicy._rule_key_to_state": _patch_rule_key_to_state,
    "EndpointConfig.session": _patch_endpoint_session,
}


def install() -> List[str]:
    """Check the Rasa version, then apply the patches once per process.

    Returns:
        The names of the patches in effect (a patch whose precondition fails is skipped
        with a warning, leaving Rasa's own code in use).

    Raises:
        RasaVersionError: the installed Rasa is not :data:`RASA_VERSION`.
    """
    global _installed
    if _installed is not None:
        return list(_installed)
    check_version()
    applied: List[str] = []
    for name, patch in PATCHES.items():
        problem = patch()
        if problem is None:
            applied.append(name)
        else:
            logger.warning("rasa_compat: %s not patched (%s); Rasa's own code is used",
                           name, problem)
    _installed = applied
    return list(applied)


def installed() -> List[str]:
    """The patches :func:`install` applied in this process (empty before it ran)."""
    return list(_installed or [])


# ------------------------------------------------------------------ accessors

def agent_of(app: Any) -> Any:
    """The ``Agent`` that ``rasa run`` keeps on its Sanic app, or None (e.g. in tests)."""
    return getattr(getattr(app, "ctx", None), "agent", None)


def underlying_store(store: Any) -> Any:
    """The real store behind Rasa's ``FailSafeTrackerStore`` wrapper (``store`` if none)."""
    return getattr(store, "_tracker_store", store)


def fallback_store(store: Any) -> Any:
    """The in-memory store the wrapper falls back to after an error, or None."""
    return getattr(store, "_fallback_tracker_store", None)


def on_tracker_store_error(store: Any) -> Any:
    """The wrapper's error handler (``None``: Rasa's default, which falls back)."""
    return getattr(store, "_on_tracker_store_error", None)


def set_on_tracker_store_error(store: Any, handler: Callable[[Exception], None]) -> None:
    """Make ``handler`` the wrapper's error handler; raising in it prevents the fallback."""
    store._on_tracker_store_error = handler


async def acquire_lock(lock_store: Any, conversation_id: Text, ticket: int,
                       wait_time_in_seconds: float) -> Any:
    """Rasa's own waiting loop (``LockStore._acquire_lock``): poll until ``ticket`` is
    served, checking every ``wait_time_in_seconds``; returns the ``TicketLock``.

    Raises:
        LockError: the lock expired while waiting (Rasa's own error).
    """
    return await lock_store._acquire_lock(conversation_id, ticket, wait_time_in_seconds)
