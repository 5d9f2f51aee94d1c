"""Finding and cancelling a booking by its code, behind the wrong-code limits.

The answer to a code depends only on the message and on the booking the code belongs to:
a wrong code gets the same words whatever the store holds, and every miss counts against
the conversation and against all conversations of this process. Each call reaches the
store and blocks; an async caller runs it with ``asyncio.to_thread``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable, Mapping, Optional

from booking import texts
from booking.codes import CodeHasher, find_booking_code, find_possible_code
from booking.limits import GLOBAL_KEY, WrongCodeLimiter
from booking.replies import Reply, ReplyKind
from booking.slots import Availability
from booking.store import ATTENDED, CANCELLED, NO_SHOW, Booking, BookingRepository, CancelResult
from core.knowledge.base import Municipality


class CodeLookup:
    """Answers "hvornår er min tid K7QM-3XPD" and "aflys K7QM-3XPD".

    Args:
        repository: The store.
        availability: Bookable offers (for the address of a found booking).
        knowledge: Loaded knowledge base (centre names, phone numbers).
        hasher: Keyed hash for codes.
        limiter: Wrong-code limit per conversation.
        global_limiter: Wrong-code limit across all conversations (one key); None: none.
        clock: Current time, timezone-aware.
    """

    def __init__(self, repository: BookingRepository, availability: Availability,
                 knowledge: Mapping[str, Municipality], hasher: CodeHasher,
                 limiter: WrongCodeLimiter, global_limiter: Optional[WrongCodeLimiter],
                 clock: Callable[[], datetime]) -> None:
        self.repository = repository
        self.availability = availability
        self.knowledge = knowledge
        self.hasher = hasher
        self.limiter = limiter
        self.global_limiter = global_limiter
        self.clock = clock

    def lookup(self, conversation_id: str, text: str) -> Reply:
        """Answer "hvornår er min tid K7QM-3XPD"."""
        return self._with_code(conversation_id, text, self._lookup)

    def cancel(self, conversation_id: str, text: str) -> Reply:
        """Answer "aflys K7QM-3XPD"."""
        return self._with_code(conversation_id, text, self._cancel)

    def _with_code(self, conversation_id: str, text: str,
                   step: Callable[[str, Booking], Reply]) -> Reply:
        # Checked before the code is even looked at: a blocked guesser learns nothing.
        if self.limiter.blocked(conversation_id):
            return Reply(ReplyKind.RATE_LIMITED,
                         texts.text_rate_limited(int(self.limiter.window_seconds)))
        code = find_booking_code(text)
        possible = None if code is not None else find_possible_code(text)
        if code is None and possible is None:
            return Reply(ReplyKind.NEED_CODE, texts.text_need_code())
        # Across all conversations: a guesser with a new conversation id per try is
        # stopped here, before the code is looked at.
        if self.global_limiter is not None and self.global_limiter.blocked(GLOBAL_KEY):
            return Reply(ReplyKind.CODES_BUSY, texts.text_codes_busy())
        code_hash = self.hasher.digest(code or possible)
        booking = self.repository.find(code_hash)
        if booking is None:
            # Every miss counts, also of a word that only might be a code. The wording
            # depends only on the message, never on what the store holds.
            self.limiter.record_wrong(conversation_id)
            if self.global_limiter is not None:
                self.global_limiter.record_wrong(GLOBAL_KEY)
            if code is None:
                return Reply(ReplyKind.NEED_CODE, texts.text_need_code())
            return Reply(ReplyKind.WRONG_CODE, texts.text_wrong_code())
        return step(code_hash, booking)

    def _lookup(self, code_hash: str, booking: Booking) -> Reply:
        if booking.status == CANCELLED:
            return Reply(ReplyKind.ALREADY_CANCELLED, texts.text_already_cancelled())
        if booking.status in (ATTENDED, NO_SHOW) or booking.slot.ends_at <= self.clock():
            return Reply(ReplyKind.TOO_LATE, texts.text_past())
        slot = booking.slot
        where = texts.where(self.knowledge[slot.centre],
                            self.availability.get(slot.centre, slot.offer))
        return Reply(ReplyKind.FOUND, texts.text_found(texts.danish_datetime(slot.starts_at),
                                                       where))

    def _cancel(self, code_hash: str, booking: Booking) -> Reply:
        result = self.repository.cancel(code_hash, self.clock())
        if result is CancelResult.CANCELLED:
            return Reply(ReplyKind.CANCELLED,
                         texts.text_cancelled(texts.danish_datetime(booking.slot.starts_at)))
        if result is CancelResult.ALREADY_CANCELLED:
            return Reply(ReplyKind.ALREADY_CANCELLED, texts.text_already_cancelled())
        if result is CancelResult.NOT_FOUND:  # purged between the two calls
            return Reply(ReplyKind.WRONG_CODE, texts.text_wrong_code())
        return Reply(ReplyKind.TOO_LATE, texts.text_too_late(self.knowledge[booking.slot.centre]))
