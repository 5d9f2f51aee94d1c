"""A Redis lock store whose ticket operations are atomic across Rasa instances.

Several Rasa servers behind a load balancer share one lock store so that two messages of
one conversation never run at the same time. Rasa 3.6's ``RedisLockStore`` reads a lock,
changes it in Python and writes it back (GET, then SET) for every ticket operation; two
instances doing that at the same moment both get ticket 0 of a new lock, or one
deletes the lock the other has just joined (RasaHQ/rasa#11256; the fix was reverted in
#11428). Then both process at once and one user message or reply is lost.

:class:`AtomicRedisLockStore` does every read-modify-write in one Redis transaction
(WATCH/MULTI/EXEC, retried when another instance changed the lock in between), and
polls for its turn every ``poll_seconds`` instead of every second.

Tickets are short-lived and renewed: while a message waits or is processed, its instance
extends its ticket every ``lock_lifetime / 4`` seconds. A live instance never loses its
turn however long it takes, and the ticket of an instance that was killed expires within
``lock_lifetime`` seconds, so its conversations carry on at the other instance instead of
waiting Rasa's fixed 60 s. Lock keys expire too, so nothing stays in Redis.
``endpoints.cluster.yml`` names it::

    lock_store:
      type: bot.lock_store.AtomicRedisLockStore
      url: 127.0.0.1
      port: 6380
      db: 1
      lock_lifetime: 10
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Callable, Optional, Text, TypeVar

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LockError, RedisLockStore

from bot.rasa_compat import acquire_lock

logger = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_LOCK_LIFETIME = 10.0
DEFAULT_POLL_SECONDS = 0.05
DEFAULT_SOCKET_TIMEOUT = 2.0


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's Redis lock store with atomic ticket operations; see the module docstring.

    Args:
        endpoint_config: what Rasa passes for a custom ``lock_store: type:``; its
            ``url`` is the Redis host and its other keys are the arguments below.
        host, port, db, password, key_prefix: the Redis connection (``db`` 1 keeps
            locks apart from conversations in db 0).
        lock_lifetime: seconds a ticket (a message's place in its conversation's queue)
            lives without renewal: the longest a killed instance's ticket can block its
            conversation. Keep it below the channel's ``reply_timeout_seconds`` so a
            message queued behind a dead ticket is still answered.
        poll_seconds: how often a waiting message checks whether it is its turn.
        socket_timeout: seconds before a Redis call gives up, so a hung Redis cannot
            stall the event loop for long.
    """

    def __init__(self, endpoint_config: Any = None, host: Text = "localhost",
                 port: int = 6379, db: int = 1, password: Optional[Text] = None,
                 key_prefix: Optional[Text] = None,
                 lock_lifetime: float = DEFAULT_LOCK_LIFETIME,
                 poll_seconds: float = DEFAULT_POLL_SECONDS,
                 socket_timeout: float = DEFAULT_SOCKET_TIMEOUT, **kwargs: Any) -> None:
        if endpoint_config is not None:
            options = dict(endpoint_config.kwargs)
            host = endpoint_config.url or host
            port = int(options.pop("port", port))
            db = int(options.pop("db", db))
            password = options.pop("password", password)
            key_prefix = options.pop("key_prefix", key_prefix)
            lock_lifetime = float(options.pop("lock_lifetime", lock_lifetime))
            poll_seconds = float(options.pop("poll_seconds", poll_seconds))
            socket_timeout = float(options.pop("socket_timeout", socket_timeout))
        super().__init__(host=host, port=int(port), db=int(db), password=password,
                         key_prefix=key_prefix, socket_timeout=socket_timeout)
        # a refused or hung connection must fail fast too, not only a slow reply
        self.red.connection_pool.connection_kwargs["socket_connect_timeout"] = socket_timeout
        self.lock_lifetime = float(lock_lifetime)
        self.poll_seconds = float(poll_seconds)

    def _key(self, conversation_id: Text) -> Text:
        return self.key_prefix + conversation_id

    def _atomically(self, conversation_id: Text, change: Callable[[TicketLock], T]) -> T:
        """Apply ``change`` to the stored lock in one Redis transaction; returns its result.

        The lock is deleted when no ticket is left, else saved with an expiry a little
        longer than a ticket lives.
        """
        key = self._key(conversation_id)
        outcome: list = []

        def transaction(pipe: Any) -> None:
            raw = pipe.get(key)
            lock = (TicketLock.from_dict(json.loads(raw)) if raw
                    else TicketLock(conversation_id))
            result = change(lock)
            pipe.multi()
            if lock.tickets:
                pipe.set(key, lock.dumps(), ex=max(1, int(self.lock_lifetime) + 5))
            else:
                pipe.delete(key)
            outcome[:] = [result]

        self.red.transaction(transaction, key)
        return outcome[0]

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = 0.0) -> int:
        """A new ticket for ``conversation_id``; creates the lock when there is none.

        Raises:
            LockError: when Redis cannot be reached.
        """
        lifetime = lock_lifetime or self.lock_lifetime
        try:
            return self._atomically(conversation_id, lambda lock: lock.issue_ticket(lifetime))
        except Exception as e:  # redis errors: Rasa expects a LockError here
            raise LockError(f"Error while acquiring lock. Error:\n{type(e).__name__}: {e}") from e

    def update_lock(self, conversation_id: Text) -> None:
        """Drop expired tickets (those of a crashed instance, for example)."""
        self._atomically(conversation_id, lambda lock: lock.remove_expired_tickets())

    def finish_serving(self, conversation_id: Text, ticket_number: int) -> None:
        """Remove ``ticket_number``; the lock goes when it was the last ticket."""
        self._atomically(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))

    def renew(self, conversation_id: Text, ticket_number: int) -> bool:
        """Extend a ticket by ``lock_lifetime`` from now; False when it is gone already."""
        def extend(lock: TicketLock) -> bool:
            for ticket in lock.tickets:
                if ticket.number == ticket_number:
                    ticket.expires = time.time() + self.lock_lifetime
                    return True
            return False

        return self._atomically(conversation_id, extend)

    async def _keep_alive(self, conversation_id: Text, ticket_number: int) -> None:
        """Renew the ticket until cancelled (when the message is done or abandoned)."""
        while True:
            await asyncio.sleep(self.lock_lifetime / 4)
            try:
                if not self.renew(conversation_id, ticket_number):
                    return
            except Exception as e:  # Redis away for a moment: the next round may work
                logger.warning("lock store: could not renew a ticket (%s)", type(e).__name__)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        """Finishing a ticket already deletes an empty lock, in the same transaction."""
        self.finish_serving(conversation_id, ticket_number)

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = 0.0,
                   wait_time_in_seconds: float = 0.0) -> AsyncGenerator[TicketLock, None]:
        """Wait for this message's turn in its conversation, then hold the lock.

        Rasa calls this with its defaults (60 s lifetime, polling every second); the
        store's own ``lock_lifetime`` and ``poll_seconds`` are used instead.

        Raises:
            LockError: when Redis cannot be reached or the ticket expired while waiting.
        """
        lifetime = self.lock_lifetime
        ticket = self.issue_ticket(conversation_id, lifetime)
        keep_alive = asyncio.ensure_future(self._keep_alive(conversation_id, ticket))
        try:
            yield await acquire_lock(self, conversation_id, ticket, self.poll_seconds)
        finally:
            keep_alive.cancel()
            try:
                self.cleanup(conversation_id, ticket)
            except Exception as e:  # the ticket expires by itself; do not hide the cause
                logger.error("lock store: could not release a ticket (%s); it expires in "
                             "%.0f s", type(e).__name__, lifetime)
