"""Schema changes on open: detect → back up first → refuse newer → upgrade in one transaction → verify.

Alembic is imported only when a migration is pending (it costs ≈0.3 s at start-up); the fast path
compares the stored revision with `SCHEMA_HEAD`, which a test keeps equal to alembic's head.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from ..errors import KnownError, MigrationFailed, NewerRegister

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SCHEMA_HEAD = "0009_mechanisms"


def migrations_dir() -> Path:
    """The migrations shipped inside the package (wheel, bundle) or, in a checkout, at the top."""
    here = Path(__file__).resolve()
    packaged = here.parent.parent / "migrations"
    if (packaged / "env.py").is_file():
        return packaged
    checkout = here.parents[3] / "migrations"
    if (checkout / "env.py").is_file():
        return checkout
    raise FileNotFoundError("the migrations folder is missing from this installation")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def is_current(engine: Engine) -> bool:
    with engine.connect() as conn:
        return current_revision(conn) == SCHEMA_HEAD


def upgrade(
    engine: Engine,
    *,
    backup_first: Callable[[str | None], Path | None] | None = None,
    target: str = "head",
) -> Path | None:
    """Bring the database to `target`. Returns the path of the backup taken first, if any.

    A newer database is refused untouched. Any failure rolls the whole upgrade back, so the
    previous revision stays intact and usable; SQLite's DDL is transactional.
    """
    with engine.connect() as conn:
        current = current_revision(conn)
        if current == SCHEMA_HEAD and target == "head":
            return None
        if current is not None and current not in known_revisions():
            raise NewerRegister(revision=current)
        conn.rollback()  # end the read transaction: the PRAGMA below must run outside one
        backup = backup_first(current) if backup_first and current is not None else None
        log.info("migrating schema from %s to %s", current, target)
        # Batch migrations rebuild tables; foreign keys must be off while they do (and this PRAGMA
        # is ignored inside a transaction, so it goes to the driver directly, in autocommit).
        # The foreign_key_check below re-validates every reference before the commit.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                _run_upgrade(conn, target)
                violations = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise RuntimeError(f"{len(violations)} foreign key violations after upgrade")
                leftovers = [
                    n for n in inspect(conn).get_table_names() if n.startswith("_alembic_tmp")
                ]
                if leftovers:
                    raise RuntimeError(f"temporary tables left behind: {leftovers}")
        except KnownError:
            raise
        except Exception as exc:
            log.exception("migration failed; rolled back")
            raise MigrationFailed(backup=str(backup) if backup else "—") from exc
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return backup


def _run_upgrade(conn: Connection, target: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(conn), target)


def check_models_match(conn: Connection) -> list[Any]:
    """Differences between the models and the migrated schema (what `alembic check` reports)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from .models import Base

    context = MigrationContext.configure(
        conn,
        opts={"compare_type": True, "render_as_batch": True, "include_name": _not_search_index},
    )
    problems: list[Any] = list(compare_metadata(context, Base.metadata))
    # The search index lives beside the models (FTS5 has no ORM model). A later migration that
    # recreates `cases` (SQLite batch mode) would drop its triggers silently: say so here.
    present = {
        name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') AND name LIKE 'case_search%'"
        )
    }
    problems += [("missing_search_index_object", name) for name in SEARCH_INDEX_OBJECTS if name not in present]
    return problems


# Migration 0005_search_index: the FTS5 trigram index of cases.search_text, its stable keys and
# the triggers that keep it in step (services.search reads it).
SEARCH_INDEX_OBJECTS = (
    "case_search", "case_search_keys", "case_search_insert", "case_search_update", "case_search_delete",
)


def _not_search_index(name: str | None, type_: str, parent_names: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("case_search"))
