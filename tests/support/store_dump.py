"""A test-only Rasa input channel that shows everything the tracker store holds.

Production code has no such route. Tests that must read the stored conversations of a
running Rasa (the leak test, the widget's "Slet samtalen" test) start it through
``scripts/services.sh`` with ``CREDENTIALS`` pointing at a file written by
:func:`tests.support.servers.write_credentials`: the project's credentials.yml plus this
channel, which Rasa then serves at ``GET /webhooks/store_dump/`` beside the web channel.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.rasa_compat import agent_of, underlying_store


def dump(store: Any) -> Dict[Text, Text]:
    """Every stored conversation, serialised, of our in-memory or Redis tracker store."""
    from bot.tracker_store import ExpiringInMemoryTrackerStore, ExpiringRedisTrackerStore

    if isinstance(store, ExpiringInMemoryTrackerStore):
        return dict(store.store)
    if isinstance(store, ExpiringRedisTrackerStore):
        return {key.decode() if isinstance(key, bytes) else key:
                (value.decode() if isinstance(value, bytes) else value)
                for key in store.red.keys(store.key_prefix + "*")
                for value in [store.red.get(key)] if value is not None}
    raise TypeError(f"cannot read a {type(store).__name__}")


class StoreDumpInput(InputChannel):
    """``GET /webhooks/store_dump/``: the stored conversations as JSON."""

    @classmethod
    def name(cls) -> Text:
        return "store_dump"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint("store_dump", __name__)

        @blueprint.route("/", methods=["GET"])
        async def show(request: Request) -> HTTPResponse:
            agent = agent_of(request.app)
            store = underlying_store(getattr(agent, "tracker_store", None))
            try:
                return response.json(dump(store))
            except TypeError:
                return response.json({"unsupported": type(store).__name__}, status=501)

        return blueprint
