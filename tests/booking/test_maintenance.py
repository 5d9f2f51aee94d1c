"""Maintenance (slots ahead, retention) runs on a timer, never inside a user's turn."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy.exc import OperationalError

from booking.codes import CodeHasher
from booking.config import BookingConfig
from booking.desk import BookingDesk
from booking.limits import WrongCodeLimiter
from booking.maintenance import Maintenance, MaintenanceTimer, maintain
from booking.replies import ReplyKind
from booking.slots import materialise
from booking.store import NewSlot
from tests.booking.conftest import NOW, PEPPER

OFFER = ("sonderborg", "aaben_raadgivning")
MAINTENANCE_CALLS = {"add_slots", "remove_stale_slots", "purge"}


class WallClock:
    def __init__(self, now=NOW):
        self.now = now

    def __call__(self):
        return self.now


class Recording:
    """The repository, recording which of its methods are called."""

    def __init__(self, inner):
        self._inner = inner
        self.calls = []

    def __getattr__(self, name):
        attribute = getattr(self._inner, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            self.calls.append(name)
            return attribute(*args, **kwargs)

        return call


def old_booking(repository, days_ago: int, code_hash: str) -> None:
    """A booking of a talk ``days_ago`` days before NOW."""
    start = NOW - timedelta(days=days_ago)
    repository.add_slots([NewSlot(*OFFER, start, 30)])
    slot = repository.free_slots(*OFFER, start - timedelta(minutes=1), 1)[0]
    assert slot.starts_at == start
    repository.book(slot.id, code_hash, "OO", now=start - timedelta(days=1),
                    not_before=start - timedelta(days=1))


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@pytest.fixture
def desk_on(availability, kb):
    made = []

    def make(repository, clock=None, every=timedelta(hours=1)) -> BookingDesk:
        desk = BookingDesk(repository, availability, kb, CodeHasher(PEPPER), WrongCodeLimiter(),
                           clock=clock or WallClock(),
                           maintenance=Maintenance(weeks_ahead=1, retention_days=30,
                                                   every=every))
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()


def test_a_users_turns_never_maintain_the_store(repository, availability, desk_on):
    old_booking(repository, 40, "o" * 64)
    materialise(repository, availability, NOW, 1)
    recording = Recording(repository)
    desk = desk_on(recording)
    offered = desk.offer_slots(*OFFER, "conv")
    assert offered.kind == ReplyKind.CHOOSE_SLOT
    slot_id = offered.choices[0].value
    desk.confirm(slot_id, "conv")
    booked = desk.book(slot_id, "conv")
    desk.lookup("conv", f"hvornår er min tid {booked.code}")
    desk.cancel("conv", f"aflys {booked.code}")
    desk.offer_slots(*OFFER, "conv")
    assert recording.calls and not MAINTENANCE_CALLS & set(recording.calls), recording.calls
    assert repository.find("o" * 64) is not None        # past retention, but still there
    assert not desk.maintainer.running


def test_the_timer_maintains_at_start_and_every_interval(repository, desk_on):
    old_booking(repository, 40, "o" * 64)
    clock = WallClock()
    recording = Recording(repository)
    desk = desk_on(recording, clock=clock, every=timedelta(milliseconds=20))
    assert repository.free_slots(*OFFER, NOW, 1) == []
    desk.maintainer.start()
    assert desk.maintainer.running
    # the first run: slots laid out from the desk's clock, the old booking purged
    assert wait_for(lambda: repository.find("o" * 64) is None)
    assert wait_for(lambda: repository.free_slots(*OFFER, NOW, 1) != [])
    assert repository.free_slots(*OFFER, NOW, 1)[0].starts_at < NOW + timedelta(weeks=1)
    # later runs follow the clock: 25 days ago is kept now, and purged 6 days later
    old_booking(repository, 25, "p" * 64)
    time.sleep(0.1)
    assert repository.find("p" * 64) is not None
    clock.now = NOW + timedelta(days=6)
    assert wait_for(lambda: repository.find("p" * 64) is None)
    assert recording.calls.count("purge") >= 2
    desk.maintainer.stop()
    assert not desk.maintainer.running
    runs = recording.calls.count("purge")
    time.sleep(0.1)
    assert recording.calls.count("purge") == runs    # stopped means stopped


def test_the_timer_runs_at_once_then_waits_and_stops_without_waiting_the_hour():
    ran = []
    second = threading.Event()

    def job():
        ran.append(time.monotonic())
        if len(ran) == 2:
            second.set()

    timer = MaintenanceTimer(job, timedelta(hours=1)).start()
    assert wait_for(lambda: len(ran) == 1)
    assert not second.wait(0.2)                       # the next run is an hour away
    started = time.monotonic()
    timer.stop()
    assert time.monotonic() - started < 5 and not timer.running
    assert len(ran) == 1


def test_a_failing_run_does_not_stop_the_timer():
    calls = []

    def job():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("boom")

    timer = MaintenanceTimer(job, timedelta(milliseconds=10)).start()
    try:
        assert wait_for(lambda: len(calls) >= 3)
    finally:
        timer.stop()
    with pytest.raises(ValueError):
        MaintenanceTimer(job, timedelta(0))


def test_a_store_failure_is_logged_by_type_and_retried(availability, caplog):
    class Broken:
        def add_slots(self, slots):
            raise OperationalError("INSERT secret", {}, Exception("down"))

    assert maintain(Broken(), availability, NOW, Maintenance()) is False
    assert "OperationalError" in caplog.text and "secret" not in caplog.text


def test_from_config_starts_the_maintenance_and_close_stops_it(tmp_path, kb):
    desk = BookingDesk.from_config(BookingConfig(data_dir=tmp_path), knowledge=kb)
    try:
        assert desk.maintainer.running
        # its first run lays out the next weeks' slots without any turn
        assert wait_for(lambda: desk.repository.free_slots(*OFFER, desk.clock(), 1) != [])
    finally:
        desk.close()
    assert not desk.maintainer.running


def test_a_desk_without_maintenance_has_no_maintainer(repository, availability, kb):
    desk = BookingDesk(repository, availability, kb, CodeHasher(PEPPER), WrongCodeLimiter(),
                       clock=WallClock())
    assert desk.maintainer is None
    desk.close()
