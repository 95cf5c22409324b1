"""A throwaway local PostgreSQL server for the tests and the benchmark.

It runs the distribution's own binaries (`initdb`, `pg_ctl` under /usr/lib/postgresql/*/bin, or
on PATH), in a fresh data folder in a temporary directory, listening on a free localhost port and
on a unix socket in that directory, with trust authentication for local connections only. When
we run as root the server runs as the `postgres` system user (PostgreSQL refuses root).

Nothing here is used by the application itself: the NGO's shared server is theirs to run.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries are not installed on this machine."""


def find_pg_bin() -> Path:
    """The folder holding `initdb` and `pg_ctl` (the highest installed version)."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: [int(x) if x.isdigit() else 0 for x in Path(p).parent.name.split(".")],
        reverse=True,
    )
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin "
        "or on PATH; install the distribution's `postgresql` package"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    base: Path
    port: int
    bin_dir: Path
    run_as: str | None

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    def _cmd(self, *argv: str) -> list[str]:
        if self.run_as is None:
            return list(argv)
        return ["runuser", "-u", self.run_as, "--", *argv]

    def _run(self, *argv: str, timeout: float = 120) -> None:
        result = subprocess.run(
            self._cmd(*argv),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=timeout,
            cwd=self.base,
            check=False,
        )
        if result.returncode != 0:
            log = self.base / "server.log"
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(
                f"{' '.join(argv)} failed ({result.returncode}):\n{result.stdout}\n{tail}"
            )

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        user = self.run_as or os.environ.get("USER") or "postgres"
        return f"{driver}://{user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create database `name` (through psycopg) and return its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=self.run_as or os.environ.get("USER"),
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-m",
                "immediate",
                "-w",
                "stop",
                timeout=60,
            )


@contextlib.contextmanager
def running_postgres() -> Iterator[PgServer]:
    """Start a private PostgreSQL server; stop it and remove its files on exit."""
    bin_dir = find_pg_bin()
    run_as = "postgres" if os.geteuid() == 0 else None
    base = Path(tempfile.mkdtemp(prefix="evidencija-pg-"))
    if run_as is not None:
        shutil.chown(base, user=run_as)
    server = PgServer(base=base, port=_free_port(), bin_dir=bin_dir, run_as=run_as)
    try:
        server._run(
            str(bin_dir / "initdb"),
            "-D",
            str(server.data_dir),
            "-U",
            run_as or os.environ.get("USER", "postgres"),
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        server._run("mkdir", "-p", str(server.socket_dir))
        for attempt in range(3):
            options = (
                f"-p {server.port} -k {server.socket_dir} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
            )
            try:
                server._run(
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(server.data_dir),
                    "-l",
                    str(base / "server.log"),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                )
                break
            except RuntimeError:
                if attempt == 2:
                    raise
                server.port = _free_port()  # the port was taken in the meantime
                time.sleep(0.2)
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)
