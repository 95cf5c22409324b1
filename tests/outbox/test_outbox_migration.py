"""Revision 0003_outbox: it matches the models, goes up and down, and an existing register at
0002 is upgraded on unlock (backup first) with its outbox ready to use."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from alembic import command
from alembic.script import ScriptDirectory
from outbox_support import ADMIN_PASSPHRASE, age_package, register_copy
from sqlalchemy import Engine, create_engine, event, inspect

from evidencija.db import migrate
from evidencija.outbox import queue

TABLES = {"outbox_items", "outbox_settings"}


@pytest.fixture
def plain_engine(tmp_path: Path) -> Iterator[Engine]:
    # The app's own SQLite (SQLCipher's, without a key): the search index needs FTS5 features
    # (contentless_delete) newer than the SQLite some Pythons ship.
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}", module=sqlcipher3.dbapi2)

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    yield engine
    engine.dispose()


def test_the_outbox_revision_follows_the_domain_and_leads_to_the_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.SCHEMA_HEAD
    assert script.get_revision("0003_outbox").down_revision == "0002_domain"
    assert "0003_outbox" in {r.revision for r in script.iterate_revisions(migrate.SCHEMA_HEAD, "base")}


def test_upgrade_matches_the_models_and_downgrade_removes_the_tables(plain_engine: Engine) -> None:
    with plain_engine.connect() as conn, conn.begin():
        command.upgrade(migrate.alembic_config(conn), "0002_domain")
        assert not TABLES & set(inspect(conn).get_table_names())
        command.upgrade(migrate.alembic_config(conn), "0003_outbox")
        assert set(inspect(conn).get_table_names()) >= TABLES
        command.upgrade(migrate.alembic_config(conn), "head")
        assert migrate.check_models_match(conn) == []
        command.downgrade(migrate.alembic_config(conn), "0002_domain")
        assert not TABLES & set(inspect(conn).get_table_names())
        assert migrate.current_revision(conn) == "0002_domain"


def test_a_register_at_0002_is_upgraded_on_unlock(tmp_path: Path) -> None:
    register = register_copy(tmp_path / "register")
    try:
        with register.engine.connect() as conn, conn.begin():
            command.downgrade(migrate.alembic_config(conn), "0002_domain")
        register.lock()
        register.unlock("admin", ADMIN_PASSPHRASE)
        assert register.last_migration_backup is not None
        assert "before-upgrade-0002_domain" in register.last_migration_backup.name
        with register.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
        item = queue.enqueue(register, "CSR-KG-2026-10.xlsx.age", age_package())
        assert [i.id for i in queue.list_items(register)] == [item.id]
    finally:
        register.close()
