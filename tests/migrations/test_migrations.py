"""Schema changes: backup first, refuse newer, all-or-nothing upgrade, models and migrations agree,
and every released schema (kept as a fixture register) still opens."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic.ddl.impl import DefaultImpl
from alembic.operations.base import AbstractOperations
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text

from evidencija.db import backup as backups
from evidencija.db import engine as dbengine
from evidencija.db import keys, migrate
from evidencija.db.models import Centre, Setting, User
from evidencija.db.register import Register
from evidencija.errors import MigrationFailed, NewerRegister
from evidencija.services.maintenance import check_register

_spec = importlib.util.spec_from_file_location(
    "make_fixture", Path(__file__).with_name("make_fixture.py")
)
assert _spec and _spec.loader
make_fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_fixture)

FIRST = "0001_foundation"
PASSPHRASE = make_fixture.PASSPHRASE
FIXTURES = Path(__file__).with_name("fixtures")


class Injected(RuntimeError):
    """The failure put into a migration step by a test."""


@pytest.fixture(scope="module")
def old_register(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytearray]:
    """A register folder at the first revision (built once; tests copy it)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
        root = tmp_path_factory.mktemp("old") / "register"
        data_key = make_fixture.build_register(root, FIRST)
    return root, data_key


def copy_of(old: tuple[Path, bytearray], target: Path) -> Path:
    shutil.copytree(old[0], target)
    return target


def snapshot(root: Path) -> dict[str, tuple[int, int, str]]:
    return {
        str(p.relative_to(root)): (
            p.stat().st_size,
            p.stat().st_mtime_ns,
            hashlib.sha256(p.read_bytes()).hexdigest(),
        )
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def state(engine: Engine) -> dict[str, Any]:
    """What a user of the old register would notice: revision, tables, rows, foreign keys."""
    with engine.connect() as conn:
        tables = sorted(inspect(conn).get_table_names())
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return {
            "revision": migrate.current_revision(conn),
            "tables": tables,
            # Every table, index and trigger exactly as SQLite stores its definition.
            "schema": raw.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            ).fetchall(),
            "users": conn.execute(select(User.username, User.display_name)).all(),
            "centre": conn.execute(select(Centre.code, Centre.name)).all(),
            "settings": conn.execute(select(Setting.key, Setting.value)).all(),
            "audit": conn.execute(text("SELECT seq, entry_hash FROM audit_log")).all(),
            "fk": raw.execute("PRAGMA foreign_key_check").fetchall(),
            "integrity": dbengine.integrity_problems(raw),
            "fk_enforced": raw.execute("PRAGMA foreign_keys").fetchone()[0],
        }


@contextmanager
def failing_at(kind: str, n: int | None, calls: list[int]) -> Iterator[None]:
    """Count migration operations (`kind` = 'operation') or executed DDL/SQL statements
    ('statement'), and raise `Injected` at the n-th one (never, if n is None)."""
    target: Any = AbstractOperations if kind == "operation" else DefaultImpl
    name = "invoke" if kind == "operation" else "_exec"
    original: Callable[..., Any] = getattr(target, name)

    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == n:
            raise Injected(f"{kind} {n}")
        return original(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(target, name, wrapper)
        yield


@pytest.mark.parametrize("kind", ["operation", "statement"])
def test_a_failure_at_any_step_leaves_the_previous_revision_intact(
    old_register: tuple[Path, bytearray], tmp_path: Path, kind: str
) -> None:
    data_key = old_register[1]
    pristine = copy_of(old_register, tmp_path / "pristine")
    engine = dbengine.make_engine(pristine / "register.db", data_key)
    before = state(engine)
    engine.dispose()
    assert (
        before["revision"] == FIRST and before["users"] and before["centre"] and before["settings"]
    )

    # How many steps does the whole upgrade take?
    counting = copy_of(old_register, tmp_path / "counting")
    engine = dbengine.make_engine(counting / "register.db", data_key)
    calls = [0]
    with failing_at(kind, None, calls):
        migrate.upgrade(engine)
    engine.dispose()
    steps = calls[0]
    assert steps >= 20, f"only {steps} {kind}s counted: the injection does not reach the migration"

    # Every operation; for statements every third one and the last (the revision stamp).
    chosen = (
        range(1, steps + 1)
        if kind == "operation"
        else sorted({*range(1, steps + 1, 3), steps - 1, steps})
    )
    problems = []
    for n in chosen:
        work = tmp_path / f"{kind}-{n}"
        shutil.copytree(pristine, work)
        engine = dbengine.make_engine(work / "register.db", data_key)
        try:
            calls = [0]
            with failing_at(kind, n, calls), pytest.raises(MigrationFailed) as caught:
                migrate.upgrade(engine)
            assert isinstance(caught.value.__cause__, Injected), caught.value.__cause__
            after = state(engine)
            leftovers = [t for t in after["tables"] if t.startswith("_alembic_tmp")]
            if after != before or leftovers:
                problems.append(
                    (n, {k: after[k] for k in after if after[k] != before[k]}, leftovers)
                )
                continue
            if n % 3 != 1 and n < steps - 1:
                # The old register is byte-for-byte the same schema and rows as before (above), so
                # upgrading it again is the same upgrade as from the pristine copy: sampled.
                continue
            # Still usable: the next, undisturbed attempt upgrades it.
            migrate.upgrade(engine)
            upgraded = state(engine)
            assert upgraded["revision"] == migrate.SCHEMA_HEAD
            assert (
                upgraded["fk"] == []
                and upgraded["integrity"] == []
                and upgraded["fk_enforced"] == 1
            )
            assert [upgraded[k] for k in ("users", "centre", "settings", "audit")] == [
                before[k] for k in ("users", "centre", "settings", "audit")
            ]
        finally:
            engine.dispose()
        shutil.rmtree(work)
    assert problems == [], f"failures at these {kind}s changed the old register: {problems}"


def test_a_failed_upgrade_on_unlock_says_so_and_keeps_the_backup(
    old_register: tuple[Path, bytearray], tmp_path: Path
) -> None:
    root = copy_of(old_register, tmp_path / "register")
    with failing_at("operation", 7, [0]), Register.open(root) as register:
        with pytest.raises(MigrationFailed) as caught:
            register.unlock(make_fixture.ADMIN, PASSPHRASE)
        assert not register.is_unlocked
    backups_made = sorted((root / "backups").iterdir())
    assert len(backups_made) == 1
    message = caught.value.message()
    assert "it was left as it was" in message and str(backups_made[0]) in message

    # Nothing was lost, and opening again (without the fault) upgrades it.
    with Register.open(root) as register:
        register.unlock(make_fixture.ADMIN, PASSPHRASE)
        assert check_register(register).sound
        with register.session() as session:
            assert session.scalar(select(Centre.name)) == make_fixture.CENTRE_NAME


def test_a_newer_register_is_refused_untouched(register: Register, data_dir: Path) -> None:
    with register.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zzzz_future'"))
    register.close()
    before = snapshot(data_dir)
    for _ in range(2):
        with Register.open(data_dir) as reopened:
            with pytest.raises(NewerRegister) as caught:
                reopened.unlock("admin", "Sigurna-lozinka-2026")
            assert not reopened.is_unlocked
    assert "newer version of the program (schema zzzz_future)" in caught.value.message()
    assert snapshot(data_dir) == before  # no backup, no upgrade, not a byte or mtime changed


def test_an_old_register_is_backed_up_then_upgraded_on_unlock(
    old_register: tuple[Path, bytearray], tmp_path: Path
) -> None:
    root = copy_of(old_register, tmp_path / "register")
    data_key = old_register[1]
    old_db = (root / "register.db").read_bytes()
    with Register.open(root) as register:
        register.unlock(make_fixture.ADMIN, PASSPHRASE)
        backup = register.last_migration_backup
        assert backup is not None and backup.parent == root / "backups"
        assert backup.name.startswith(f"before-upgrade-{FIRST}-")
        with register.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.SCHEMA_HEAD
        assert check_register(register).sound
    # The backup holds the register as it was before the upgrade, and verifies.
    info = backups.verify_backup(backup, data_key=data_key)
    assert info.schema_revision == FIRST
    restored = tmp_path / "restored"
    restored.mkdir()
    backups.extract_to(backup, restored)
    conn = dbengine.connect(restored / "register.db", data_key)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
        assert (
            conn.execute("SELECT display_name FROM users").fetchone()[0] == make_fixture.ADMIN_NAME
        )
    finally:
        conn.close()
    assert len(old_db) > 0
    # Opening again does not take another backup.
    with Register.open(root) as register:
        register.unlock(make_fixture.ADMIN, PASSPHRASE)
        assert register.last_migration_backup is None
    assert len(list((root / "backups").iterdir())) == 1


def test_schema_head_matches_the_migrations() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.SCHEMA_HEAD]
    assert migrate.SCHEMA_HEAD in migrate.known_revisions()


def test_models_and_migrations_agree(register: Register) -> None:
    """`alembic check`: the migrations build exactly the schema the models describe."""
    with register.engine.connect() as conn:
        assert migrate.check_models_match(conn) == []


def test_every_released_fixture_is_at_its_revision() -> None:
    fixtures = sorted(p for p in FIXTURES.iterdir() if p.is_dir())
    assert [p.name for p in fixtures][:1] == [FIRST]
    known = migrate.known_revisions()
    for folder in fixtures:
        assert folder.name in known
        data_key = keys.KeyFile.load(folder / "register.keys").unlock(
            make_fixture.ADMIN, PASSPHRASE
        )
        conn = dbengine.connect(folder / "register.db", data_key)
        try:
            assert (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == folder.name
            )
        finally:
            conn.close()


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()))
def test_a_released_register_opens_with_the_current_program(fixture: str, tmp_path: Path) -> None:
    root = tmp_path / "register"
    shutil.copytree(FIXTURES / fixture, root)
    with Register.open(root) as register:
        user = register.unlock(make_fixture.ADMIN, PASSPHRASE)
        assert user.display_name == make_fixture.ADMIN_NAME
        expect_backup = fixture != migrate.SCHEMA_HEAD
        assert (register.last_migration_backup is not None) == expect_backup
        report = check_register(register)
        assert report.sound, report.problems
        with register.session() as session:
            assert session.scalar(select(Centre.name)) == make_fixture.CENTRE_NAME
            assert session.get(Setting, make_fixture.SETTING[0]).value == make_fixture.SETTING[1]  # type: ignore[union-attr]
