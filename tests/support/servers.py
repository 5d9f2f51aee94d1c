"""Helpers for tests that start the servers: credentials with the test-only store channel."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = "tests.support.store_dump.StoreDumpInput"
ROUTE = "/webhooks/store_dump/"  # GET: every stored conversation (tests/support/store_dump.py)


def write_credentials(path: Path) -> Path:
    """credentials.yml plus the test-only store channel, written to ``path``; returns it.

    Pass it to ``scripts/services.sh`` as ``CREDENTIALS``.
    """
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text(encoding="utf-8"))
    credentials[CHANNEL] = None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(credentials, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path
