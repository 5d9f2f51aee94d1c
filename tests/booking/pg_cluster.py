"""A throwaway PostgreSQL cluster for tests and the booking benchmark.

``initdb`` in a fresh temporary directory (as the ``postgres`` user when we are root, since
PostgreSQL refuses to run as root), listening only on a Unix socket in that directory, so
it can clash with no other server. :meth:`TempPostgres.stop` stops it and deletes it.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import List, Optional

DEFAULT_PORT = 5433


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot be used here; the message says why."""


def find_bin_dir() -> Optional[Path]:
    """Directory of ``initdb``/``pg_ctl``: Debian's newest version, else ``PATH``."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name) if
                   Path(p).parent.parent.name.isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class TempPostgres:
    """One private cluster; use :meth:`start`, :meth:`create_database`, :meth:`stop`."""

    def __init__(self, port: int = DEFAULT_PORT, durable: bool = False) -> None:
        """Args:
            port: Port number (names the socket file; no TCP listener is opened).
            durable: Keep fsync on (benchmarks); tests turn it off for speed.
        """
        self.port = port
        self.durable = durable
        self.directory: Optional[Path] = None
        self._bin: Optional[Path] = None
        self._as_postgres = os.geteuid() == 0

    def _run(self, args: List[str], timeout: float = 120) -> subprocess.CompletedProcess:
        command = [str(self._bin / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout)

    def start(self) -> None:
        """Create and start the cluster.

        Raises:
            PostgresUnavailable: Not installed, no ``postgres`` user, or it did not start.
        """
        self._bin = find_bin_dir()
        if self._bin is None:
            raise PostgresUnavailable("PostgreSQL is not installed "
                                      "(scripts/install_system_deps.sh postgresql)")
        if self._as_postgres and shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root without runuser")
        self.directory = Path(tempfile.mkdtemp(prefix="booking-pg-"))
        if self._as_postgres:
            try:
                shutil.chown(self.directory, user="postgres", group="postgres")
            except (LookupError, PermissionError) as err:
                self._cleanup()
                raise PostgresUnavailable(f"no postgres user to run the server: {err}") from err
        data = self.directory / "data"
        made = self._run(["initdb", "-D", str(data), "-A", "trust", "-U", "postgres",
                          "-E", "UTF8", "--no-sync"])
        if made.returncode != 0:
            self._cleanup()
            raise PostgresUnavailable(f"initdb failed: {made.stderr.strip()[-500:]}")
        options = f"-p {self.port} -k {self.directory} -c listen_addresses='' " \
                  "-c max_connections=300"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        started = self._run(["pg_ctl", "-D", str(data), "-l", str(self.directory / "server.log"),
                             "-o", options, "-w", "-t", "60", "start"])
        if started.returncode != 0:
            log = (self.directory / "server.log")
            tail = log.read_text()[-800:] if log.exists() else started.stderr
            self._cleanup()
            raise PostgresUnavailable(f"PostgreSQL did not start: {tail.strip()}")

    def url(self, database: str = "postgres") -> str:
        return (f"postgresql+psycopg2://postgres@/{database}"
                f"?host={self.directory}&port={self.port}")

    def create_database(self, name: Optional[str] = None) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        import psycopg2

        name = name or f"booking_{uuid.uuid4().hex[:12]}"
        conn = psycopg2.connect(dbname="postgres", user="postgres", host=str(self.directory),
                                port=self.port)
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()
        return self.url(name)

    def stop(self) -> None:
        if self.directory is None:
            return
        self._run(["pg_ctl", "-D", str(self.directory / "data"), "-m", "fast", "-w", "stop"])
        self._cleanup()

    def _cleanup(self) -> None:
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None
