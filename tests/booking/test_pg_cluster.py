"""The throwaway PostgreSQL helper: a clear reason when it cannot run, a clean stop when it can."""

from __future__ import annotations

import pytest

from tests.booking import pg_cluster
from tests.booking.pg_cluster import PostgresUnavailable, TempPostgres


def test_missing_postgres_gives_the_reason(monkeypatch):
    monkeypatch.setattr(pg_cluster, "find_bin_dir", lambda: None)
    with pytest.raises(PostgresUnavailable, match="install_system_deps.sh postgresql"):
        TempPostgres().start()


def test_cluster_lives_in_a_temporary_directory_and_is_removed(pg_cluster):
    directory = pg_cluster.directory
    assert directory is not None and (directory / f".s.PGSQL.{pg_cluster.port}").exists()
    assert f"host={directory}" in pg_cluster.create_database()
