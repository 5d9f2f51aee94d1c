"""Command line: ``python -m booking check|materialise|purge``.

- ``check``: validate ``booking/availability.yml`` against ``knowledge/`` and print it.
- ``materialise``: migrate the store and create the next ``BOOKING_WEEKS_AHEAD`` weeks of slots.
- ``purge``: delete bookings whose talk is more than ``BOOKING_RETENTION_DAYS`` days old.

Settings come from the environment (see :class:`booking.config.BookingConfig`). Output is
counts only, never codes or hashes.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

from booking.config import BookingConfig
from booking.retention import purge_past_bookings
from booking.slots import AvailabilityError, load_availability, materialise
from booking.store import SqlBookingRepository
from core.hours import now_in_copenhagen
from core.knowledge.base import load_knowledge
from core.settings import Settings


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m booking", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("check", "materialise", "purge"))
    args = parser.parse_args(argv)
    config = BookingConfig.from_settings(Settings.from_env(os.environ))  # the start-up read
    knowledge = load_knowledge(config.knowledge_dir)
    try:
        availability = load_availability(config.availability_file, knowledge)
    except AvailabilityError as err:
        print(f"availability is invalid:\n{err}", file=sys.stderr)
        return 1
    if args.command == "check":
        for spec in availability.offers:
            times = sum(len(t) for t in spec.weekly.values())
            print(f"{spec.centre}/{spec.offer}: {times} weekly times of "
                  f"{spec.length_minutes} min at {spec.address.one_line()}")
        print(f"{len(availability.offers)} bookable offers: OK")
        return 0
    repository = SqlBookingRepository.open(config.database_url)
    try:
        now = now_in_copenhagen()
        if args.command == "materialise":
            result = materialise(repository, availability, now, config.weeks_ahead)
            print(f"slots: {result.added} added, {result.removed} removed "
                  f"({config.weeks_ahead} weeks ahead)")
        else:
            counts = purge_past_bookings(repository, now, config.retention_days)
            print(f"deleted {counts.bookings} bookings and {counts.slots} slots older than "
                  f"{config.retention_days} days")
    finally:
        repository.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
