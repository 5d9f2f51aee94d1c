"""Serve only the staff blueprint, for tests: ``python -m tests.booking.staff_app URL PORT``.

The token comes from ``STAFF_TOKEN`` like in the web service. Logging is at DEBUG level
so the tests can check that the token never reaches a log; the access log is off as in
``web/server.py`` (it would hold IP addresses, and any URL a client sends).
"""

from __future__ import annotations

import logging
import os
import sys

from sanic import Sanic

from booking.staff import staff_blueprint
from booking.store import SqlBookingRepository
from core.knowledge.base import load_knowledge


def main() -> None:
    url, port = sys.argv[1], int(sys.argv[2])
    logging.basicConfig(level=logging.DEBUG)
    repository = SqlBookingRepository.open(url)
    app = Sanic("booking_staff_test")
    app.blueprint(staff_blueprint(repository, os.environ.get("STAFF_TOKEN") or None,
                                  knowledge=load_knowledge()))
    app.run(host="127.0.0.1", port=port, access_log=False, debug=True, motd=False)


if __name__ == "__main__":
    main()
