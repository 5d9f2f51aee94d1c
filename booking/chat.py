"""What a chat action needs for booking: free slots, Danish texts, codes in messages, limits.

Nothing here imports Rasa. A rasa-sdk action builds one :class:`BookingDesk` per process
and calls one method per turn; every method returns a :class:`Reply` (``kind``, Danish
``text``, ``choices``) and none raises for user mistakes::

    desk = BookingDesk.from_config(BookingConfig.from_env())      # once, lazily
    reply = desk.offer_slots("skanderborg", offer_id_or_None, tracker.sender_id)
                                              # CHOOSE_OFFER / CHOOSE_SLOT / NO_SLOTS / ALREADY_BOOKED / CENTRE_BUSY
    reply = desk.confirm(slot_id, tracker.sender_id)               # CONFIRM (yes/no) / TAKEN / UNAVAILABLE
    reply = desk.book(slot_id, tracker.sender_id)                  # BOOKED (code shown once) / TAKEN / ...
    reply = desk.lookup(tracker.sender_id, text)                   # FOUND / WRONG_CODE / RATE_LIMITED / CODES_BUSY / ...
    reply = desk.cancel(tracker.sender_id, text)                   # CANCELLED / WRONG_CODE / ...
    dispatcher.utter_message(text=reply.text, buttons=reply.buttons(
        lambda r, c: f'/choose_booking_slot{{"booking_slot":"{c.value}"}}'))

``desk.is_bookable(centre, offer)`` tells a triage outcome whether to offer booking. Never
put ``reply.code`` in a slot.

Limits that do not rest on the conversation id alone (a client can start a new one at any
time): wrong codes per conversation *and* across all conversations of this process; one
active booking per conversation (remembered in memory only, see :class:`ActiveBookings`);
new bookings per centre and clock hour, counted in the database. The repository calls block (a few milliseconds on SQLite);
an async action can wrap them in ``asyncio.to_thread``.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import (Any, Callable, Deque, Dict, List, Mapping, Optional, Sequence, Tuple)

from sqlalchemy.exc import SQLAlchemyError

from core.hours import COPENHAGEN, DANISH_DAYS, format_time, now_in_copenhagen
from core.knowledge.base import WEEKDAYS, Municipality, load_knowledge
from booking.codes import (CodeHasher, code_tail, find_booking_code, find_possible_code,
                           format_code, load_or_create_pepper, new_code)
from booking.config import BookingConfig
from booking.retention import purge_past_bookings
from booking.slots import Availability, OfferAvailability, load_availability, materialise
from booking.store import (ATTENDED, BOOKED, CANCELLED, NO_SHOW, Booking, BookingRepository,
                           BookResult, CancelResult, Slot, SqlBookingRepository)

logger = logging.getLogger(__name__)

DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")
EXAMPLE_CODE = "K7QM-3XPD"
MAX_CODE_ATTEMPTS = 5  # fresh codes to try when a random code's hash already exists

# Reply kinds, so an action (or a test) can branch without parsing Danish.
CHOOSE_OFFER = "choose_offer"
CHOOSE_SLOT = "choose_slot"
NO_SLOTS = "no_slots"
CONFIRM = "confirm"
BOOKED_KIND = "booked"
TAKEN = "taken"
UNAVAILABLE = "unavailable"
CANCELLED_KIND = "cancelled"
ALREADY_CANCELLED = "already_cancelled"
TOO_LATE = "too_late"
FOUND = "found"
WRONG_CODE = "wrong_code"
NEED_CODE = "need_code"
RATE_LIMITED = "rate_limited"
CODES_BUSY = "codes_busy"          # the process-wide wrong-code limit is reached
ALREADY_BOOKED = "already_booked"  # this conversation has a future booking already
CENTRE_BUSY = "centre_busy"        # the centre's bookings per hour are used up
GLOBAL_KEY = "*"


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
    """One answer: its kind, the Danish text and the buttons to show.

    ``code`` is set only on a new booking (formatted like ``K7QM-3XPD``): it is in the text
    already; never store it in a slot or anywhere else.
    """

    kind: str
    text: str
    choices: Tuple[Choice, ...] = ()
    code: Optional[str] = field(default=None, repr=False)

    def buttons(self, payload: Callable[["Reply", Choice], str]) -> List[Dict[str, str]]:
        """Rasa-style buttons; ``payload`` turns a choice into e.g. ``/book_slot{...}``."""
        return [{"title": c.title, "payload": payload(self, c)} for c in self.choices]


# ------------------------------------------------------------------- formatting


def danish_datetime(moment: datetime) -> str:
    """``"tirsdag 1. december kl. 14.00"`` in Copenhagen time."""
    local = moment.astimezone(COPENHAGEN)
    day = DANISH_DAYS[WEEKDAYS[local.weekday()]]
    return (f"{day} {local.day}. {DANISH_MONTHS[local.month - 1]} "
            f"kl. {format_time(local.strftime('%H:%M'))}")


def slot_title(slot: Slot, municipality: Municipality, spec: OfferAvailability) -> str:
    """Button title: day, date, time, centre and address, all facts from ``knowledge/``."""
    return (f"{danish_datetime(slot.starts_at)}, {municipality.centre.name.value}, "
            f"{spec.address.one_line()}")


def _where(municipality: Municipality, spec: OfferAvailability) -> str:
    return f"{municipality.centre.name.value}, {spec.address.one_line()}"


def _contact(municipality: Municipality, also: bool = True) -> str:
    """Another way in, from the catalogue: phone, else website, else nothing."""
    centre = municipality.centre
    word = " også" if also else ""
    if centre.phone is not None:
        return f" Du kan{word} ringe til {centre.name.value} på {centre.phone.value}."
    if centre.website is not None:
        return f" Du kan{word} finde {centre.name.value} på {centre.website.value}."
    return ""


# ------------------------------------------------------------------ texts

def text_choose_offer(municipality: Municipality) -> str:
    return (f"Du kan booke en anonym samtale hos {municipality.centre.name.value}. "
            "Hvilken slags samtale vil du have?")


def text_choose_slot(municipality: Municipality, offer_name: str) -> str:
    return (f"Her er de næste ledige tider til {offer_name} hos "
            f"{municipality.centre.name.value}. Samtalen er anonym: du skal ikke give os dit "
            "navn, nummer eller din mail. Vælg den tid, der passer dig.")


def text_no_slots(municipality: Municipality) -> str:
    return (f"Der er ingen ledige tider, du kan booke her hos "
            f"{municipality.centre.name.value} lige nu.{_contact(municipality)}")


def text_not_bookable(municipality: Municipality) -> str:
    return (f"Hos {municipality.centre.name.value} kan du ikke booke en tid her i chatten "
            f"endnu.{_contact(municipality, also=False)}")


def text_confirm(when_where: str, length_minutes: int) -> str:
    return (f"Vil du booke {when_where}? Samtalen varer {length_minutes} minutter.")


def text_booked(code: str, when: str, centre_name: str, address: str) -> str:
    """The only time the code is shown."""
    return (f"Din tid er booket: {when}, {centre_name}, {address}.\n\n"
            f"Din kode er: {code}\n\n"
            "Skriv koden ned eller tag et billede af den nu. Jeg viser den kun denne ene gang.\n"
            f"Når du kommer: mød op på {address} og sig koden. Du skal ikke sige dit navn.\n"
            "Koden er den eneste måde at finde eller aflyse tiden på. Skriv fx "
            f"\"hvornår er min tid {code}\" eller \"aflys {code}\".")


def text_taken(has_alternatives: bool) -> str:
    if has_alternatives:
        return ("Øv, den tid nåede en anden at booke lige før dig. "
                "Her er de næste ledige tider:")
    return "Øv, den tid nåede en anden at booke lige før dig."


def text_unavailable(has_alternatives: bool) -> str:
    if has_alternatives:
        return "Den tid kan ikke bookes længere. Her er de næste ledige tider:"
    return "Den tid kan ikke bookes længere."


def text_cancelled(when: str) -> str:
    return (f"Din tid {when} er aflyst, og koden virker ikke længere. "
            "Du er altid velkommen til at booke en ny tid.")


def text_already_cancelled() -> str:
    return "Den tid er allerede aflyst. Du er velkommen til at booke en ny tid."


def text_too_late(municipality: Municipality) -> str:
    return ("Tiden er begyndt eller overstået, så den kan ikke aflyses her."
            f"{_contact(municipality)}")


def text_found(when: str, where: str) -> str:
    return (f"Din tid er {when}, {where}. Mød op og sig din kode. "
            "Skriv \"aflys\" og koden, hvis du ikke kan komme.")


def text_past() -> str:
    return "Den tid er overstået. Du er velkommen til at booke en ny tid."


def text_wrong_code() -> str:
    """The same words whatever exists in the store: a guess learns nothing."""
    return ("Jeg kan ikke finde en tid med den kode. Tjek, at du har skrevet den rigtigt, "
            f"fx {EXAMPLE_CODE}. Har du mistet koden, kan du booke en ny tid.")


def text_need_code() -> str:
    return (f"Skriv din kode sammen med det, du vil, fx \"aflys {EXAMPLE_CODE}\" eller "
            f"\"hvornår er min tid {EXAMPLE_CODE}\".")


def text_rate_limited(window_seconds: int) -> str:
    minutes = max(1, round(window_seconds / 60))
    wait = "et kvarter" if minutes == 15 else f"{minutes} minutter"
    return (f"Du har prøvet mange koder lige nu. Vent {wait}, og prøv så igen. "
            "Har du mistet koden, kan du booke en ny tid.")


def text_codes_busy() -> str:
    """Wrong codes across all conversations are at their limit: the same words for everyone."""
    return ("Der bliver prøvet rigtig mange koder lige nu, så jeg kan ikke slå koder op i et "
            "par minutter. Prøv igen lidt senere. Har du en tid, gælder den stadig.")


def text_already_booked(when: str, where: str, municipality: Municipality) -> str:
    """The conversation has a future booking: how to see or cancel it (never the code)."""
    lost = _contact(municipality, also=False)
    return (f"Du har allerede booket en tid her i samtalen: {when}, {where}. Du kan have én "
            "tid ad gangen her i chatten.\n\n"
            "Vil du se tiden igen, så skriv \"hvornår er min tid\" og din kode. Vil du hellere "
            "have en anden tid, så aflys først den, du har: skriv \"aflys\" og din kode."
            + (f"\n\nHar du mistet koden?{lost}" if lost else ""))


def text_centre_busy(municipality: Municipality) -> str:
    return (f"Der er booket mange tider hos {municipality.centre.name.value} her i chatten den "
            "seneste time, så jeg kan ikke booke flere lige nu. Prøv igen om en times tid."
            f"{_contact(municipality)}")


# ------------------------------------------------------------- rate limit


class WrongCodeLimiter:
    """In-memory limit on wrong codes per conversation (nothing is written anywhere).

    Conversations are keyed by an HMAC of their id with a key that lives only in this
    process, so even the memory holds no conversation id. Each key keeps the times of its
    recent wrong codes (at most ``limit``); the number of keys is capped.
    """

    def __init__(self, limit: int = 5, window_seconds: float = 900.0, max_keys: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """Args:
            limit: Wrong codes allowed within the window.
            window_seconds: Length of the sliding window.
            max_keys: Most conversations tracked; the oldest are forgotten first.
            clock: Seconds, monotonic; injected in tests.
        """
        self.limit = limit
        self.window_seconds = window_seconds
        self._max_keys = max_keys
        self._clock = clock
        self._key = secrets.token_bytes(32)
        self._hits: "OrderedDict[bytes, Deque[float]]" = OrderedDict()
        self._lock = threading.Lock()

    def _id(self, conversation_id: str) -> bytes:
        return hmac.new(self._key, conversation_id.encode("utf-8"), hashlib.sha256).digest()

    def _recent(self, key: bytes, now: float) -> Deque[float]:
        hits = self._hits.get(key)
        if hits is None:
            return deque()
        while hits and now - hits[0] >= self.window_seconds:
            hits.popleft()
        if not hits:
            del self._hits[key]
        return hits

    def blocked(self, conversation_id: str) -> bool:
        """True when this conversation has used up its wrong codes for now."""
        with self._lock:
            return len(self._recent(self._id(conversation_id), self._clock())) >= self.limit

    def record_wrong(self, conversation_id: str) -> None:
        """Count one wrong code for this conversation."""
        key = self._id(conversation_id)
        with self._lock:
            now = self._clock()
            hits = self._recent(key, now)
            hits.append(now)
            while len(hits) > self.limit:
                hits.popleft()
            self._hits[key] = hits
            self._hits.move_to_end(key)
            while len(self._hits) > self._max_keys:
                self._hits.popitem(last=False)


class ActiveBookings:
    """The booking each conversation made, in memory only, until its talk starts.

    Lets the desk refuse a second booking in the same conversation without writing a
    conversation id anywhere: keys are an HMAC of the conversation id with a key that lives
    only in this process (like :class:`WrongCodeLimiter`), values the booking's code hash
    (the same value the database holds) and start. An entry is dropped when the talk starts
    and, when asked, if the database says it is no longer booked (cancelled by its code or
    marked by staff); at most ``max_keys`` are kept. A restart forgets everything: then a
    conversation may book once more.
    """

    def __init__(self, max_keys: int = 50_000) -> None:
        self._max_keys = max_keys
        self._key = secrets.token_bytes(32)
        self._entries: "OrderedDict[bytes, Tuple[str, datetime]]" = OrderedDict()
        self._lock = threading.Lock()

    def _id(self, conversation_id: str) -> bytes:
        return hmac.new(self._key, conversation_id.encode("utf-8"), hashlib.sha256).digest()

    def remember(self, conversation_id: str, code_hash: str, starts_at: datetime,
                 now: datetime) -> None:
        with self._lock:
            for key in [k for k, (_, start) in self._entries.items() if start <= now]:
                del self._entries[key]
            key = self._id(conversation_id)
            self._entries[key] = (code_hash, starts_at)
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_keys:
                self._entries.popitem(last=False)

    def get(self, conversation_id: str, now: datetime) -> Optional[str]:
        """The code hash of this conversation's booking whose talk has not started, or None."""
        key = self._id(conversation_id)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[1] <= now:
                del self._entries[key]
                return None
            return entry[0]

    def forget(self, conversation_id: str) -> None:
        with self._lock:
            self._entries.pop(self._id(conversation_id), None)

    def __len__(self) -> int:
        return len(self._entries)


# ------------------------------------------------------------------- desk


@dataclass(frozen=True)
class Maintenance:
    """How the desk keeps its store current: slots ahead, retention, how often."""

    weeks_ahead: int = 4
    retention_days: int = 30
    every: timedelta = timedelta(hours=1)



def next_free_slots(repository: BookingRepository, centre: str, offer: str, now: datetime,
                    limit: int = 3, min_notice: timedelta = timedelta(minutes=120)) -> List[Slot]:
    """The earliest free slots of an offer that start at least ``min_notice`` after ``now``."""
    return repository.free_slots(centre, offer, now + min_notice, limit)


class BookingDesk:
    """The booking conversation's logic: one method per step, each returning a :class:`Reply`."""

    def __init__(self, repository: BookingRepository, availability: Availability,
                 knowledge: Mapping[str, Municipality], hasher: CodeHasher,
                 limiter: WrongCodeLimiter, clock: Callable[[], datetime] = now_in_copenhagen,
                 min_notice: timedelta = timedelta(minutes=120), slots_shown: int = 3,
                 code_source: Callable[[], str] = new_code,
                 maintenance: Optional["Maintenance"] = None,
                 global_limiter: Optional[WrongCodeLimiter] = None,
                 centre_bookings_per_hour: Optional[int] = None,
                 active: Optional[ActiveBookings] = None) -> None:
        """Args:
            repository: The store.
            availability: Bookable offers (validated against ``knowledge``).
            knowledge: Loaded knowledge base (names, addresses, phone numbers).
            hasher: Keyed hash for codes.
            limiter: Wrong-code limit per conversation.
            clock: Current time, timezone-aware.
            min_notice: Slots starting sooner are neither offered nor booked.
            slots_shown: How many free slots to offer at once.
            code_source: New random codes; :func:`booking.codes.new_code` except in tests.
            maintenance: When given, slots are materialised and old bookings purged
                before offering slots, at most once per ``maintenance.every``.
            global_limiter: Wrong-code limit across all conversations (one key); None: none.
            centre_bookings_per_hour: New bookings a centre takes per clock hour through
                the chat; None or 0: no limit.
            active: Each conversation's booking (one at a time); in memory by default.
        """
        self.repository = repository
        self.availability = availability
        self.knowledge = knowledge
        self.hasher = hasher
        self.limiter = limiter
        self.clock = clock
        self.min_notice = min_notice
        self.slots_shown = slots_shown
        self._new_code = code_source
        self.maintenance = maintenance
        self.global_limiter = global_limiter
        self.centre_bookings_per_hour = centre_bookings_per_hour
        self.active = active if active is not None else ActiveBookings()
        self._maintained_at: Optional[datetime] = None
        self._maintenance_lock = threading.Lock()

    @classmethod
    def from_config(cls, config: BookingConfig,
                    repository: Optional[BookingRepository] = None,
                    knowledge: Optional[Mapping[str, Municipality]] = None) -> "BookingDesk":
        """Open the store (migrating it), load availability and the code pepper."""
        known = knowledge if knowledge is not None else load_knowledge(config.knowledge_dir)
        repo = repository or SqlBookingRepository.open(config.database_url)
        pepper = config.code_pepper or load_or_create_pepper(config.data_dir)
        return cls(repository=repo,
                   availability=load_availability(config.availability_file, known),
                   knowledge=known, hasher=CodeHasher(pepper),
                   limiter=WrongCodeLimiter(config.wrong_code_limit,
                                            config.wrong_code_window_seconds),
                   min_notice=timedelta(minutes=config.min_notice_minutes),
                   maintenance=Maintenance(config.weeks_ahead, config.retention_days),
                   global_limiter=WrongCodeLimiter(config.global_wrong_code_limit,
                                                   config.global_wrong_code_window_seconds,
                                                   max_keys=1),
                   centre_bookings_per_hour=config.centre_bookings_per_hour)

    # -- offering

    def bookable_offers(self, centre: str) -> Tuple[OfferAvailability, ...]:
        return self.availability.for_centre(centre)

    def is_bookable(self, centre: str, offer: Optional[str] = None) -> bool:
        """Whether the chat can book for this centre (and offer, if given)."""
        if offer is None:
            return bool(self.bookable_offers(centre))
        return self.availability.get(centre, offer) is not None

    def offer_slots(self, centre: str, offer: Optional[str] = None,
                    conversation_id: Optional[str] = None) -> Reply:
        """Start booking: free slots of ``offer``, or a choice of offers when it is unknown.

        An ``offer`` that is not bookable at this centre (e.g. a triage outcome without
        booking) falls back to the choice of bookable offers. A conversation that has a
        booking already, or a centre at its hourly limit, gets a kind refusal instead.
        """
        self.maintain_if_due()
        municipality = self.knowledge[centre]
        specs = self.bookable_offers(centre)
        if not specs:
            return Reply(NO_SLOTS, text_not_bookable(municipality))
        refusal = self.new_booking_refusal(centre, conversation_id)
        if refusal is not None:
            return refusal
        spec = self.availability.get(centre, offer) if offer else None
        if spec is None and len(specs) == 1:
            spec = specs[0]
        if spec is None:
            choices = tuple(Choice(self._offer_name(s), s.offer) for s in specs)
            return Reply(CHOOSE_OFFER, text_choose_offer(municipality), choices)
        choices = self._slot_choices(spec)
        if not choices:
            return Reply(NO_SLOTS, text_no_slots(municipality))
        return Reply(CHOOSE_SLOT, text_choose_slot(municipality, self._offer_name(spec)),
                     choices)

    def confirm(self, slot_id: int, conversation_id: Optional[str] = None) -> Reply:
        """Ask before booking the chosen slot (or say it is gone and offer others)."""
        found = self._bookable_slot(slot_id)
        if found is None:
            return self._refusal(UNAVAILABLE, slot_id)
        slot, municipality, spec = found
        refusal = self.new_booking_refusal(slot.centre, conversation_id)
        if refusal is not None:
            return refusal
        if not any(s.id == slot.id for s in self.repository.free_slots(
                slot.centre, slot.offer, slot.starts_at - timedelta(seconds=1), 1)):
            return self._refusal(TAKEN, slot_id)
        text = text_confirm(slot_title(slot, municipality, spec), slot.length_minutes)
        return Reply(CONFIRM, text, (Choice("Ja, book tiden", "yes"),
                                     Choice("Nej, vis andre tider", "no")))

    def book(self, slot_id: int, conversation_id: Optional[str] = None) -> Reply:
        """Book atomically and show the code once; a lost race gets a kind refusal.

        With ``conversation_id``, a conversation that has a future booking already is
        refused (with how to see or cancel it), and the new booking is remembered for it.
        """
        found = self._bookable_slot(slot_id)
        if found is None:
            return self._refusal(UNAVAILABLE, slot_id)
        slot, municipality, spec = found
        refusal = self.new_booking_refusal(slot.centre, conversation_id)
        if refusal is not None:
            return refusal
        now = self.clock()
        for _ in range(MAX_CODE_ATTEMPTS):
            code = self._new_code()
            code_hash = self.hasher.digest(code)
            result = self.repository.book(slot.id, code_hash, code_tail(code),
                                          now=now, not_before=now + self.min_notice)
            if result is BookResult.BOOKED:
                if conversation_id is not None:
                    self.active.remember(conversation_id, code_hash, slot.starts_at, now)
                shown = format_code(code)
                text = text_booked(shown, danish_datetime(slot.starts_at),
                                   municipality.centre.name.value, spec.address.one_line())
                return Reply(BOOKED_KIND, text, code=shown)
            if result is not BookResult.CODE_IN_USE:
                break
        kind = TAKEN if result is BookResult.TAKEN else UNAVAILABLE
        return self._refusal(kind, slot_id)

    def new_booking_refusal(self, centre: str,
                            conversation_id: Optional[str] = None) -> Optional[Reply]:
        """Why a new booking may not be made now, as a kind reply; None when it may.

        One future booking per conversation (when ``conversation_id`` is given), and at
        most ``centre_bookings_per_hour`` new bookings per centre and clock hour.
        """
        if conversation_id is not None:
            existing = self._active_booking(conversation_id)
            if existing is not None:
                slot = existing.slot
                municipality = self.knowledge[slot.centre]
                spec = self.availability.get(slot.centre, slot.offer)
                where = (_where(municipality, spec) if spec is not None
                         else municipality.centre.name.value)
                return Reply(ALREADY_BOOKED, text_already_booked(
                    danish_datetime(slot.starts_at), where, municipality))
        if self.centre_bookings_per_hour and self.repository.count_created(
                centre, self.clock()) >= self.centre_bookings_per_hour:
            return Reply(CENTRE_BUSY, text_centre_busy(self.knowledge[centre]))
        return None

    def _active_booking(self, conversation_id: str) -> Optional[Booking]:
        now = self.clock()
        code_hash = self.active.get(conversation_id, now)
        if code_hash is None:
            return None
        booking = self.repository.find(code_hash)
        if booking is None or booking.status != BOOKED or booking.slot.starts_at <= now:
            self.active.forget(conversation_id)  # cancelled, marked, purged or begun
            return None
        return booking

    def maintain_if_due(self) -> bool:
        """Materialise slots and purge old bookings when ``maintenance.every`` has passed.

        Both steps are idempotent, so several processes doing this is harmless. A failure
        is logged (its type only) and retried next time; offering slots goes on.

        Returns:
            Whether maintenance ran.
        """
        if self.maintenance is None:
            return False
        now = self.clock()
        with self._maintenance_lock:
            if self._maintained_at is not None and \
                    now - self._maintained_at < self.maintenance.every:
                return False
            self._maintained_at = now
        try:
            materialise(self.repository, self.availability, now, self.maintenance.weeks_ahead)
            purge_past_bookings(self.repository, now, self.maintenance.retention_days)
        except SQLAlchemyError as err:
            logger.warning("booking maintenance failed (%s); will retry", type(err).__name__)
            with self._maintenance_lock:
                self._maintained_at = None
            return False
        return True

    # -- finding and cancelling

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
            return Reply(RATE_LIMITED, text_rate_limited(int(self.limiter.window_seconds)))
        code = find_booking_code(text)
        possible = None if code is not None else find_possible_code(text)
        if code is None and possible is None:
            return Reply(NEED_CODE, text_need_code())
        # Across all conversations: a guesser with a new conversation id per try is
        # stopped here, before the code is looked at.
        if self.global_limiter is not None and self.global_limiter.blocked(GLOBAL_KEY):
            return Reply(CODES_BUSY, text_codes_busy())
        code_hash = self.hasher.digest(code or possible)
        booking = self.repository.find(code_hash)
        if booking is None:
            # Every miss counts, also of a word that only might be a code. The wording
            # depends only on the message, never on what the store holds.
            self.limiter.record_wrong(conversation_id)
            if self.global_limiter is not None:
                self.global_limiter.record_wrong(GLOBAL_KEY)
            if code is None:
                return Reply(NEED_CODE, text_need_code())
            return Reply(WRONG_CODE, text_wrong_code())
        return step(code_hash, booking)

    def _lookup(self, code_hash: str, booking: Booking) -> Reply:
        if booking.status == CANCELLED:
            return Reply(ALREADY_CANCELLED, text_already_cancelled())
        if booking.status in (ATTENDED, NO_SHOW) or booking.slot.ends_at <= self.clock():
            return Reply(TOO_LATE, text_past())
        municipality = self.knowledge[booking.slot.centre]
        spec = self.availability.get(booking.slot.centre, booking.slot.offer)
        where = (_where(municipality, spec) if spec is not None
                 else municipality.centre.name.value)
        return Reply(FOUND, text_found(danish_datetime(booking.slot.starts_at), where))

    def _cancel(self, code_hash: str, booking: Booking) -> Reply:
        result = self.repository.cancel(code_hash, self.clock())
        if result is CancelResult.CANCELLED:
            return Reply(CANCELLED_KIND, text_cancelled(danish_datetime(booking.slot.starts_at)))
        if result is CancelResult.ALREADY_CANCELLED:
            return Reply(ALREADY_CANCELLED, text_already_cancelled())
        if result is CancelResult.NOT_FOUND:  # purged between the two calls
            return Reply(WRONG_CODE, text_wrong_code())
        return Reply(TOO_LATE, text_too_late(self.knowledge[booking.slot.centre]))

    # -- helpers

    def _offer_name(self, spec: OfferAvailability) -> str:
        return self.knowledge[spec.centre].offer(spec.offer).name

    def _slot_choices(self, spec: OfferAvailability) -> Tuple[Choice, ...]:
        municipality = self.knowledge[spec.centre]
        slots = next_free_slots(self.repository, spec.centre, spec.offer, self.clock(),
                                self.slots_shown, self.min_notice)
        return tuple(Choice(slot_title(s, municipality, spec), str(s.id)) for s in slots)

    def _bookable_slot(self, slot_id: Any
                       ) -> Optional[Tuple[Slot, Municipality, OfferAvailability]]:
        try:
            slot = self.repository.get_slot(int(slot_id))
        except (TypeError, ValueError):
            return None
        if slot is None or slot.starts_at <= self.clock() + self.min_notice:
            return None
        spec = self.availability.get(slot.centre, slot.offer)
        if spec is None or slot.centre not in self.knowledge:
            return None
        return slot, self.knowledge[slot.centre], spec

    def _refusal(self, kind: str, slot_id: Any) -> Reply:
        """Kind refusal with the next free slots of the same offer (when we know it)."""
        try:
            slot = self.repository.get_slot(int(slot_id))
        except (TypeError, ValueError):
            slot = None
        spec = self.availability.get(slot.centre, slot.offer) if slot else None
        choices = self._slot_choices(spec) if spec else ()
        words = text_taken if kind == TAKEN else text_unavailable
        text = words(bool(choices))
        if not choices and slot is not None and slot.centre in self.knowledge:
            text += _contact(self.knowledge[slot.centre])
        return Reply(kind, text, choices)


__all__: Sequence[str] = (
    "ActiveBookings", "BookingDesk", "Choice", "Reply", "WrongCodeLimiter", "danish_datetime",
    "find_booking_code", "next_free_slots", "slot_title",
)
