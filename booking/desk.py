"""The booking conversation's logic, without Rasa: offer, confirm and book a slot.

A rasa-sdk action gets one :class:`BookingDesk` per process and calls one method per turn;
each returns a :class:`booking.replies.Reply` (a :class:`booking.replies.ReplyKind`, the
Danish text from :mod:`booking.texts`, choices) and none raises for user mistakes::

    desk = BookingDesk.from_config(config)         # once; starts the hourly maintenance
    desk.offer_slots("skanderborg", offer_or_None, sender_id)  # CHOOSE_OFFER / CHOOSE_SLOT / ...
    desk.confirm(slot_id, sender_id)               # CONFIRM (yes/no) / TAKEN / UNAVAILABLE
    desk.book(slot_id, sender_id)                  # BOOKED (code shown once) / TAKEN / ...
    desk.lookup(sender_id, text); desk.cancel(sender_id, text)     # booking.lookup

Every method but :meth:`BookingDesk.is_bookable` reaches the store and blocks: an async
caller runs it with ``asyncio.to_thread``. Maintenance (slots ahead, retention) runs on a
:class:`booking.maintenance.MaintenanceTimer`, never inside a turn. Limits that do not
rest on the conversation id alone: wrong codes per conversation and across all
(:mod:`booking.limits`), one future booking per conversation (in memory only), new
bookings per centre and clock hour (counted in the database). Never put ``reply.code``
in a slot.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Callable, List, Mapping, Optional, Sequence, Tuple, Union

from booking import texts
from booking.codes import CodeHasher, code_tail, format_code, load_or_create_pepper, new_code
from booking.config import BookingConfig
from booking.limits import ActiveBookings, WrongCodeLimiter
from booking.lookup import CodeLookup
from booking.maintenance import Maintenance, StoreMaintainer
from booking.replies import Choice, Reply, ReplyKind
from booking.slots import Availability, OfferAvailability, load_availability
from booking.store import BOOKED, Booking, BookingRepository, BookResult, Slot, SqlBookingRepository
from core.hours import now_in_copenhagen
from core.knowledge.base import Municipality, load_knowledge

MAX_CODE_ATTEMPTS = 5  # fresh codes to try when a random code's hash already exists


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
                 maintenance: Optional[Maintenance] = None,
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
            maintenance: Slots ahead, retention and how often: ``desk.maintainer`` runs
                it (``run()`` now, ``start()`` on its timer); None: no maintainer.
            global_limiter: Wrong-code limit across all conversations (one key); None: none.
            centre_bookings_per_hour: New bookings a centre takes per clock hour through
                the chat; None or 0: no limit.
            active: Each conversation's booking (one at a time); in memory by default.
        """
        self.repository = repository
        self.availability = availability
        self.knowledge = knowledge
        self.hasher = hasher
        self.clock = clock
        self.min_notice = min_notice
        self.slots_shown = slots_shown
        self._new_code = code_source
        self.codes = CodeLookup(repository, availability, knowledge, hasher, limiter,
                                global_limiter, clock)
        self.centre_bookings_per_hour = centre_bookings_per_hour
        self.active = active if active is not None else ActiveBookings()
        self.maintainer = (StoreMaintainer(repository, availability, maintenance, clock)
                           if maintenance is not None else None)
        self._owned_repository: Optional[SqlBookingRepository] = None

    @classmethod
    def from_config(cls, config: BookingConfig,
                    repository: Optional[BookingRepository] = None,
                    knowledge: Optional[Mapping[str, Municipality]] = None,
                    start_maintenance: bool = True) -> "BookingDesk":
        """Open the store (migrating it), load availability and the code pepper.

        With ``start_maintenance`` the hourly maintenance starts on its own thread (its
        first run at once); :meth:`close` stops it and closes the store it opened.
        """
        known = knowledge if knowledge is not None else load_knowledge(config.knowledge_dir)
        opened = None if repository is not None else SqlBookingRepository.open(
            config.database_url)
        pepper = config.code_pepper or load_or_create_pepper(config.data_dir)
        desk = cls(repository=repository if repository is not None else opened,
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
        desk._owned_repository = opened
        if start_maintenance and desk.maintainer is not None:
            desk.maintainer.start()
        return desk

    def close(self) -> None:
        """Stop the maintenance and close the store if :meth:`from_config` opened it."""
        if self.maintainer is not None:
            self.maintainer.stop()
        if self._owned_repository is not None:
            self._owned_repository.close()
            self._owned_repository = None

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
        municipality = self.knowledge[centre]
        specs = self.bookable_offers(centre)
        if not specs:
            return Reply(ReplyKind.NO_SLOTS, texts.text_not_bookable(municipality))
        refusal = self.new_booking_refusal(centre, conversation_id)
        if refusal is not None:
            return refusal
        spec = self.availability.get(centre, offer) if offer else None
        if spec is None and len(specs) == 1:
            spec = specs[0]
        if spec is None:
            choices = tuple(Choice(self._offer_name(s), s.offer) for s in specs)
            return Reply(ReplyKind.CHOOSE_OFFER, texts.text_choose_offer(municipality), choices)
        choices = self._slot_choices(spec)
        if not choices:
            return Reply(ReplyKind.NO_SLOTS, texts.text_no_slots(municipality))
        return Reply(ReplyKind.CHOOSE_SLOT,
                     texts.text_choose_slot(municipality, self._offer_name(spec)), choices)

    def confirm(self, slot_id: Any, conversation_id: Optional[str] = None) -> Reply:
        """Ask before booking the chosen slot (or say it is gone and offer others)."""
        checked = self._slot_for_new_booking(slot_id, conversation_id)
        if isinstance(checked, Reply):
            return checked
        slot, municipality, spec = checked
        if not any(s.id == slot.id for s in self.repository.free_slots(
                slot.centre, slot.offer, slot.starts_at - timedelta(seconds=1), 1)):
            return self._refusal(ReplyKind.TAKEN, slot_id)
        text = texts.text_confirm(texts.slot_title(slot, municipality, spec),
                                  slot.length_minutes)
        return Reply(ReplyKind.CONFIRM, text, (Choice(texts.CONFIRM_YES, "yes"),
                                               Choice(texts.CONFIRM_NO, "no")))

    def book(self, slot_id: Any, conversation_id: Optional[str] = None) -> Reply:
        """Book atomically and show the code once; a lost race gets a kind refusal.

        With ``conversation_id``, a conversation that has a future booking already is
        refused (with how to see or cancel it), and the new booking is remembered for it.
        """
        checked = self._slot_for_new_booking(slot_id, conversation_id)
        if isinstance(checked, Reply):
            return checked
        slot, municipality, spec = checked
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
                text = texts.text_booked(shown, texts.danish_datetime(slot.starts_at),
                                         municipality.centre.name.value,
                                         spec.address.one_line())
                return Reply(ReplyKind.BOOKED, text, code=shown)
            if result is not BookResult.CODE_IN_USE:
                break
        kind = ReplyKind.TAKEN if result is BookResult.TAKEN else ReplyKind.UNAVAILABLE
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
                where = texts.where(municipality, self.availability.get(slot.centre, slot.offer))
                return Reply(ReplyKind.ALREADY_BOOKED, texts.text_already_booked(
                    texts.danish_datetime(slot.starts_at), where, municipality))
        if self.centre_bookings_per_hour and self.repository.count_created(
                centre, self.clock()) >= self.centre_bookings_per_hour:
            return Reply(ReplyKind.CENTRE_BUSY, texts.text_centre_busy(self.knowledge[centre]))
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

    # -- finding and cancelling (booking.lookup)

    @property
    def limiter(self) -> WrongCodeLimiter:
        return self.codes.limiter

    @property
    def global_limiter(self) -> Optional[WrongCodeLimiter]:
        return self.codes.global_limiter

    def lookup(self, conversation_id: str, text: str) -> Reply:
        """Answer "hvornår er min tid K7QM-3XPD"."""
        return self.codes.lookup(conversation_id, text)

    def cancel(self, conversation_id: str, text: str) -> Reply:
        """Answer "aflys K7QM-3XPD"."""
        return self.codes.cancel(conversation_id, text)

    # -- helpers

    def _offer_name(self, spec: OfferAvailability) -> str:
        return self.knowledge[spec.centre].offer(spec.offer).name

    def _slot_choices(self, spec: OfferAvailability) -> Tuple[Choice, ...]:
        municipality = self.knowledge[spec.centre]
        slots = next_free_slots(self.repository, spec.centre, spec.offer, self.clock(),
                                self.slots_shown, self.min_notice)
        return tuple(Choice(texts.slot_title(s, municipality, spec), str(s.id)) for s in slots)

    def _slot_for_new_booking(self, slot_id: Any, conversation_id: Optional[str]
                              ) -> Union[Reply, Tuple[Slot, Municipality, OfferAvailability]]:
        """The slot, its municipality and offer; or the refusal when the slot cannot be
        booked or this conversation or centre may not book now."""
        found = self._bookable_slot(slot_id)
        if found is None:
            return self._refusal(ReplyKind.UNAVAILABLE, slot_id)
        refusal = self.new_booking_refusal(found[0].centre, conversation_id)
        return refusal if refusal is not None else found

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

    def _refusal(self, kind: ReplyKind, slot_id: Any) -> Reply:
        """Kind refusal with the next free slots of the same offer (when we know it)."""
        try:
            slot = self.repository.get_slot(int(slot_id))
        except (TypeError, ValueError):
            slot = None
        spec = self.availability.get(slot.centre, slot.offer) if slot else None
        choices = self._slot_choices(spec) if spec else ()
        words = texts.text_taken if kind is ReplyKind.TAKEN else texts.text_unavailable
        text = words(bool(choices))
        if not choices and slot is not None and slot.centre in self.knowledge:
            text += texts.contact(self.knowledge[slot.centre])
        return Reply(kind, text, choices)


__all__: Sequence[str] = ("BookingDesk", "next_free_slots")
