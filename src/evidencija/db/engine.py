"""SQLCipher connections and the SQLAlchemy engine over them.

The data key is handed to SQLCipher through `set_key` (the C API), never formatted into SQL. Each
connection is configured the same way; `dispose()` on lock closes every pooled connection so no
decrypted connection outlives the unlocked session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ..errors import DamagedRegister, ForeignFile

log = logging.getLogger(__name__)

# 64 MiB page cache: SQLCipher decrypts on every cache miss, so a small cache costs 4-5× (ARCH §10).
CACHE_KIB = 65_536
PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA busy_timeout = 5000",
)


def _raw_key(data_key: bytes | bytearray) -> bytes:
    # SQLCipher reads x'<64 hex>' as a raw 256-bit key and skips its own PBKDF2.
    return b"x'" + bytes(data_key).hex().encode("ascii") + b"'"


def connect(db_path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Any:
    """A configured DB-API connection in autocommit mode (transactions are begun explicitly)."""
    if not create and not db_path.exists():
        raise ForeignFile(path=str(db_path))
    if not create and db_path.stat().st_size == 0:
        # SQLite would take an empty file for a new database (and WAL mode would write to it);
        # for an existing register it means the file was truncated.
        raise DamagedRegister(detail="empty file")
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(_raw_key(data_key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            # The key came from an authenticated slot, so a failure here means the file is not
            # this register's database or its first page is damaged.
            raise DamagedRegister(detail="page 1") from exc
        for pragma in PRAGMAS:
            conn.execute(pragma)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("journal_mode is %s, not wal", mode)
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(db_path: Path, data_key: bytes | bytearray, *, create: bool = False) -> Engine:
    """An engine whose pool opens keyed connections; `Engine.dispose()` closes them all."""
    key = bytes(data_key)

    def creator() -> Any:
        return connect(db_path, key, create=create)

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=4,
        pool_pre_ping=False,
        # Error messages (and so logged traces) must not carry the names, JMBGs or notes being
        # written: SQLAlchemy otherwise appends the statement's parameters to every DB error.
        hide_parameters=True,
    )

    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT and transactional DDL;
    # the documented recipe is autocommit at the driver and an explicit BEGIN here.
    # A writing session (`Register.session(write=True)`) takes the write lock at BEGIN: a deferred
    # transaction that read first and then writes fails at once with SQLITE_BUSY, without waiting
    # out busy_timeout, whenever another connection committed in between (WAL snapshot upgrade).
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writing") else "BEGIN")

    return engine


def integrity_problems(conn: Any, *, full: bool = True) -> list[str]:
    """Problems found by SQLCipher's HMAC check (every page), SQLite's check and FK check."""
    problems: list[str] = []
    if full:
        for row in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"cipher: {row[0]}")
    check = "integrity_check" if full else "quick_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
    if rows != ["ok"]:
        problems.extend(f"sqlite: {r}" for r in rows)
    for row in conn.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"foreign key: table {row[0]} row {row[1]}")
    return problems
