"""Opening the consolidated store: SQLite file by default, PostgreSQL by URL.

`open_store(url)` creates the database schema on first use and upgrades an older one through the
store's own alembic history (`evidencija/analysis/store_migrations`, shipped in the wheel); a store
from a newer version of the program is refused with a readable message. The store keeps one engine;
each unit of work opens its own connection/transaction (`store.begin()`), so an import runs in
exactly one transaction per file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError

STORE_ENV = "EVIDENCIJA_ANALYSIS_STORE"
VERSION_TABLE = "evidencija_analysis_version"


def default_store_path(data_dir: Path | None = None) -> Path:
    """The analyst's own store: `<data dir>/analysis/analysis-store.db`."""
    from ...paths import resolve_data_dir

    return resolve_data_dir(data_dir) / "analysis" / "analysis-store.db"


def resolve_store_url(url: str | None, data_dir: Path | None = None) -> str:
    """`--store URL`, else EVIDENCIJA_ANALYSIS_STORE, else the SQLite file in the data dir.

    A bare path is taken as a SQLite file; `postgresql://…` is given the psycopg (3) driver.
    """
    chosen = url or os.environ.get(STORE_ENV)
    if not chosen:
        path = default_store_path(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" not in chosen:
        path = Path(chosen).expanduser().absolute()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # The pysqlite driver's own transaction handling is switched off; we emit BEGIN ourselves
    # (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # Write transactions (Store.begin) take the write lock at the start (IMMEDIATE), so two
    # importers never deadlock upgrading a read lock; reads stay DEFERRED and never block.
    if conn.get_execution_options().get("evidencija_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(url)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        raise StoreError("store_unreachable", url=_safe_url(url), detail=str(exc)) from exc
    return engine


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<invalid URL>"


@dataclass
class Store:
    """The consolidated store: an engine and its dialect."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(evidencija_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def session(self) -> Session:
        return sessionmaker(self.engine)()

    def dispose(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.dispose()

    def table_counts(self) -> dict[str, int]:
        """Rows in every store table (used by the tests: nothing half-imported)."""
        from sqlalchemy import func, select

        from .models import AnalysisBase

        with self.connect() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in AnalysisBase.metadata.tables.items()
            }


def open_store(
    url: str | None = None, data_dir: Path | None = None, *, upgrade: bool = True
) -> Store:
    """Open (and create or upgrade) the store at `url` (see `resolve_store_url`)."""
    from .migrate import ensure_current

    resolved = resolve_store_url(url, data_dir)
    engine = make_engine(resolved)
    try:
        ensure_current(engine, upgrade=upgrade)
    except OperationalError as exc:
        engine.dispose()
        raise StoreError(
            "store_unreachable", url=_safe_url(resolved), detail=str(exc.orig)
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine=engine, url=resolved)


def has_schema(engine: Engine) -> bool:
    return inspect(engine).has_table(VERSION_TABLE)
