"""What the booking desk answers: a :class:`Reply` of one :class:`ReplyKind`, with choices."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Optional, Tuple


class ReplyKind(enum.Enum):
    """What a reply says, so an action (or a test) can branch without parsing Danish."""

    CHOOSE_OFFER = "choose_offer"
    CHOOSE_SLOT = "choose_slot"
    NO_SLOTS = "no_slots"
    CONFIRM = "confirm"
    BOOKED = "booked"
    TAKEN = "taken"
    UNAVAILABLE = "unavailable"
    CANCELLED = "cancelled"
    ALREADY_CANCELLED = "already_cancelled"
    TOO_LATE = "too_late"
    FOUND = "found"
    WRONG_CODE = "wrong_code"
    NEED_CODE = "need_code"
    RATE_LIMITED = "rate_limited"
    CODES_BUSY = "codes_busy"          # the process-wide wrong-code limit is reached
    ALREADY_BOOKED = "already_booked"  # this conversation has a future booking already
    CENTRE_BUSY = "centre_busy"        # the centre's bookings per hour are used up


@dataclass(frozen=True)
class Choice:
    """A button: what the user sees and the value the action gets back.

    ``value`` is a slot id for slot choices, an offer id for offer choices, and
    ``"yes"``/``"no"`` for a confirmation.
    """

    title: str
    value: str


@dataclass(frozen=True)
class Reply:
    """One answer: its kind, the Danish text and the choices to show as buttons.

    ``code`` is set only on a new booking (formatted like ``K7QM-3XPD``): it is in the text
    already; never store it in a slot or anywhere else.
    """

    kind: ReplyKind
    text: str
    choices: Tuple[Choice, ...] = ()
    code: Optional[str] = field(default=None, repr=False)
