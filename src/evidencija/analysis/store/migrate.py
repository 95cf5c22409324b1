"""Create or upgrade the analysis store through its own alembic history.

The history lives in `evidencija/analysis/store_migrations/` (inside the package, so it ships in
the wheel and the bundle) and records its revision in its own table (`VERSION_TABLE`), so a
shared PostgreSQL database that also holds other things never confuses two alembic histories.
An upgrade runs in one transaction; on PostgreSQL an advisory lock keeps two analysts who open a
new shared store at the same moment from creating it twice. A store from a newer program is
refused untouched.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from ..errors import StoreError
from . import VERSION_TABLE

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

STORE_HEAD = "a0002_coordination"
_ADVISORY_LOCK = 0x45564944  # "EVID"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "store_migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def ensure_current(engine: Engine, *, upgrade: bool = True) -> None:
    """Bring the store to `STORE_HEAD` (fast path: one SELECT when it already is)."""
    with engine.connect() as conn:
        if current_revision(conn) == STORE_HEAD:
            return
    if not upgrade:
        raise StoreError("store_newer", revision="?")
    with engine.connect() as conn:
        conn = conn.execution_options(evidencija_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK})
            current = current_revision(conn)
            if current == STORE_HEAD:
                return
            if current is not None and current not in known_revisions():
                raise StoreError("store_newer", revision=current)
            log.info("analysis store: migrating from %s to %s", current, STORE_HEAD)
            from alembic import command

            command.upgrade(alembic_config(conn), "head")


def check_models_match(conn: Connection) -> list[Any]:
    """Differences between the store models and the migrated schema (`alembic check`)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from .models import AnalysisBase

    context = MigrationContext.configure(
        conn, opts={"compare_type": True, "render_as_batch": True, "version_table": VERSION_TABLE}
    )
    return [diff for diff in compare_metadata(context, AnalysisBase.metadata)]
