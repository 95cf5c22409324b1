"""The trigram search index finds exactly what the substring search found: every word of the
query is a substring of the case's search text. Checked on a demo register against the plain
definition, after edits, after a backup is restored, and on a register upgraded from before the
index existed (the migration builds it)."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from evidencija.db import migrate
from evidencija.db.models import Case, Participant
from evidencija.db.register import Register
from evidencija.demo import generator
from evidencija.services import maintenance, people, search, users
from evidencija.services.dto import CaseQuery, PersonData
from evidencija.translit import fold

PASSPHRASE = "Pretraga-lozinka-2026"
TODAY = date(2026, 1, 31)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
        mp.setenv("EVIDENCIJA_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
        reg, _ = Register.create(
            tmp_path_factory.mktemp("demo") / "register", centre_code="CSR-KG",
            centre_name="Centar za socijalni rad Kragujevac", admin_username="admin",
            admin_display_name="Ana Administratorka", passphrase=PASSPHRASE,
            municipality_code="RS-70645",
        )  # fmt: skip
        generator.generate(reg, cases=120, seed=13, today=TODAY, separate_process=False)
        users.add_user(reg, "voditeljka", "Voditeljka Slučaja", "CASE_MANAGER", PASSPHRASE)
        yield reg
        reg.close()


def texts(register: Register) -> dict[str, str]:
    with register.session() as session:
        return dict(session.execute(select(Case.file_number, Case.search_text)).all())  # type: ignore[arg-type]


def found(register: Register, typed: str) -> set[str]:
    query = CaseQuery(text=typed)
    rows = search.search_cases(register, query, 0, search.MAX_PAGE)
    assert search.count_cases(register, query) == len(rows)
    return {r.file_number for r in rows}


def expected(register: Register, typed: str) -> set[str]:
    words = fold(typed).split()
    return {number for number, text in texts(register).items() if all(w in text for w in words)}


@st.composite
def queries(draw: st.DrawFn, corpus: list[str]) -> str:
    """What staff type: pieces of real names, JMBGs and file numbers (1–8 characters, in one to
    three words, any case), or letters that may match nothing."""
    words = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            source = draw(st.sampled_from(corpus))
            start = draw(st.integers(0, max(0, len(source) - 1)))
            word = source[start:start + draw(st.integers(1, 8))].split(" ")[0] or source[:3]
        else:
            word = draw(st.text("abcčćdđefghijklmnoprsštuvzž0123456789-/", min_size=1, max_size=6))
        words.append(word.upper() if draw(st.booleans()) else word)
    return " ".join(words)


def test_the_index_finds_what_the_substring_definition_finds(demo: Register) -> None:
    corpus = list(texts(demo).values())
    assert len(corpus) == 120

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(typed=queries(corpus))
    def check(typed: str) -> None:
        assert found(demo, typed) == expected(demo, typed), typed

    check()


def test_a_renamed_person_is_found_by_the_new_name_only(demo: Register) -> None:
    with demo.session() as session:
        case_id, number, person_id = session.execute(
            select(Case.id, Case.file_number, Participant.person_id)
            .join(Participant, Participant.case_id == Case.id)
            .where(Participant.role == "VICTIM")
            .limit(1)
        ).one()
    identity = people.view_person_identity(demo, person_id)
    data = PersonData(**{f.name: getattr(identity, f.name) for f in dataclasses.fields(PersonData)})
    old_last = fold(identity.last_name)
    demo.lock()
    demo.unlock("voditeljka", PASSPHRASE)  # a case manager corrects the name
    try:
        people.update_person(demo, person_id, dataclasses.replace(data, last_name="Zlatanovićka"))
    finally:
        demo.lock()
        demo.unlock("admin", PASSPHRASE)
    assert number in found(demo, "zlatanovick")
    assert found(demo, "zlatanovick") == expected(demo, "zlatanovick")
    assert found(demo, old_last) == expected(demo, old_last)


def test_the_index_survives_a_backup_and_restore(demo: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: E501
    monkeypatch.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
    info = maintenance.backup_register(demo, tmp_path / "copy.evbackup")
    target = tmp_path / "restored"
    maintenance.restore_register(target, info.path, "admin", PASSPHRASE)
    with Register.open(target) as restored:
        restored.unlock("admin", PASSPHRASE)
        corpus = list(texts(restored).values())
        for typed in (corpus[0][:5], corpus[7].split(" | ")[-1][:9], "ić"):
            assert found(restored, typed) == expected(restored, typed)
        with restored.engine.connect() as conn:
            assert migrate.check_models_match(conn) == []


def test_the_upgrade_builds_the_index_for_existing_cases(demo: Register, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: E501
    monkeypatch.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
    root = tmp_path / "older"
    shutil.copytree(demo.paths.root, root, ignore=shutil.ignore_patterns("register.lock", "backups"))
    with Register.open(root) as older:
        older.unlock("admin", PASSPHRASE)
        from alembic import command

        with older.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0004_indexes")
            left = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name LIKE 'case_search%'")
            assert left.scalar() == 0
    with Register.open(root) as upgraded:
        upgraded.unlock("admin", PASSPHRASE)
        assert upgraded.last_migration_backup is not None
        corpus = list(texts(upgraded).values())
        for typed in (corpus[3][:6], corpus[50].split(" | ")[-1][2:10], "vić"):
            assert found(upgraded, typed) == expected(upgraded, typed) != set()
