"""No plaintext anywhere: what is written into the register never appears on disk in the clear.

Distinctive markers go into every table and every text column of the register; then every byte of
every file in the data folder (with the WAL and its index while the register is open), of a
backup, of the log folder and of the temporary folder is searched for each marker, in UTF-8 and
UTF-16 (both byte orders), in either letter case: zero hits.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    func,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from evidencija.db.models import (
    Base,
    Case,
    Centre,
    Closure,
    CriminalProceeding,
    DraftEdit,
    Feedback,
    Incident,
    Meeting,
    Municipality,
    Participant,
    Person,
    PlanMeasure,
    ProtectionMeasure,
    ProtectionPlan,
    Referral,
    Relationship,
    Report,
    RiskAssessment,
    Service,
    Setting,
    UrgentMeasure,
    User,
)
from evidencija.db.models.base import UtcDateTime
from evidencija.db.register import Register
from evidencija.log import setup_logging
from evidencija.services import audit, users
from evidencija.services.maintenance import backup_register

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"

SUFFIX = "7731"
# Columns the register itself needs to open (left as they are; the usernames are also in the
# key file by design, so markers go into display names instead).
KEEP = {
    ("users", "username"),
    ("users", "role"),
    ("centre", "register_id"),
    ("audit_log", "prev_hash"),
    ("audit_log", "entry_hash"),
    ("municipalities", "jurisdiction"),  # checked by the database: RS or XK
    ("persons", "jmbg"),  # real-looking JMBGs, searched for as they are
}


def marker(kind: str) -> str:
    return f"ZZMARKER-{kind}-{SUFFIX}"


def at(day: int) -> datetime:
    return datetime(2025, 3, day, 12, tzinfo=UTC)


@pytest.fixture
def log_dir() -> Iterator[Path]:
    """The application's log file, as the command line sets it up; put back as it was afterwards."""
    logger = logging.getLogger("evidencija")
    saved = (list(logger.handlers), logger.propagate, logger.level)
    folder = Path(os.environ["EVIDENCIJA_LOG_DIR"])
    setup_logging(folder)
    yield folder
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = saved[0]
    logger.propagate, logger.level = saved[1], saved[2]


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder of our own, so everything the program puts there can be searched."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert Path(tempfile.gettempdir()) == folder
    yield folder


def write_markers(register: Register) -> list[str]:
    """A case with something in every table, identity data and free text set to markers; then
    every remaining text column of every table set to a marker too. Returns all markers."""
    users.add_user(
        register, "mmarkovic", marker("display_name"), "CASEWORKER", "Milicina-lozinka-77"
    )
    users.add_user(
        register, "jjovanovic", marker("display_name-2"), "CASE_MANAGER", "Jovanova-lozinka-88"
    )
    with register.session() as session, session.begin():
        worker = session.scalars(select(User).where(User.username == "mmarkovic")).one()
        centre = session.scalars(select(Centre)).one()
        centre.name = marker("centre_name")
        session.add(
            Municipality(
                code="ZZ-1",
                name_sr=marker("municipality_sr"),
                name_sq=marker("municipality_sq"),
                jurisdiction="RS",
                district=marker("district"),
            )
        )
        victim_person = Person(
            first_name=marker("first_name"),
            last_name=marker("last_name"),
            jmbg="0101985715012",
            address=marker("address"),
            phone=marker("phone"),
            email=marker("email") + "@example.org",
            sex="FEMALE",
            birth_date=date(1985, 1, 1),
            has_disability="YES",
            disabilities=[marker("disability")],
        )
        perpetrator_person = Person(
            first_name=marker("first_name-2"),
            last_name=marker("last_name-2"),
            jmbg="1212970710023",
            address=marker("address-2"),
            phone=marker("phone-2"),
        )
        case = Case(
            file_number=marker("file_number"),
            centre_municipality_code="70645",
            opened_on=date(2025, 3, 2),
            case_manager=worker,
            case_type="DOMESTIC",
            status="OPEN",
            search_text=marker("search_text").lower(),
        )
        victim = Participant(person=victim_person, role="VICTIM")
        perpetrator = Participant(person=perpetrator_person, role="PERPETRATOR")
        case.participants = [victim, perpetrator]
        case.relationships = [
            Relationship(victim=victim, perpetrator=perpetrator, relation="SPOUSE")
        ]
        case.reports = [Report(received_at=at(2), channel="PHONE", intake_worker=worker)]
        case.incidents = [
            Incident(occurred_at=at(1), settlement=marker("settlement"), forms=[marker("form")])
        ]
        assessment = RiskAssessment(
            assessed_on=at(2), assessor="POLICE", sent_to=[marker("recipient")]
        )
        assessment.factors[marker("factor")] = "YES"
        case.risk_assessments = [assessment]
        measure = PlanMeasure(
            kind="SUPPORT",
            measure="PSYCHOSOCIAL_SUPPORT",
            status="PLANNED",
            responsible_person=marker("responsible_person"),
            responsible_user=worker,
        )
        plan = ProtectionPlan(
            drawn_up_on=date(2025, 3, 4),
            monitoring_plan=marker("monitoring_plan"),
            measures=[measure],
        )
        plan.members.append(victim)
        case.protection_plans = [plan]
        case.services = [
            Service(
                service_type="PSYCHOSOCIAL_SUPPORT",
                status="IN_PROGRESS",
                participant=victim,
                plan_measure=measure,
            )
        ]
        case.meetings = [
            Meeting(
                meeting_type="GKS_MEETING",
                held_on=date(2025, 3, 4),
                minutes_ref=marker("minutes_ref"),
                institutions=[marker("institution")],
                decisions=[marker("decision")],
            )
        ]
        case.urgent_measures = [
            UrgentMeasure(
                measure_type="REMOVAL_FROM_HOME",
                order_number=marker("order_number"),
                decision_number=marker("decision_number"),
            )
        ]
        case.protection_measures = [
            ProtectionMeasure(measure_types=[marker("measure_type")], court=marker("court"))
        ]
        case.criminal_proceedings = [
            CriminalProceeding(offences=[marker("offence")], sanctions=[marker("sanction")])
        ]
        case.referrals = [
            Referral(
                direction="SENT_TO", institution_type="FREE_LEGAL_AID", referred_on=date(2025, 3, 5)
            )
        ]
        case.feedback = [Feedback(given_on=date(2025, 3, 28), comment=marker("feedback_comment"))]
        case.closure = Closure(
            closed_on=date(2025, 3, 31), reason="GOALS_MET", note=marker("closure_note")
        )
        case.drafts = [
            DraftEdit(
                user=worker,
                form_key="closure:new",
                payload=json.dumps({"note": marker("draft_payload")}),
            )
        ]
        session.add(case)
        session.add(Setting(key="export.note", value=marker("setting_value")))
        session.flush()
        audit.record(
            session,
            user_id=worker.id,
            action="UPDATE",
            entity="person",
            entity_id=victim_person.id,
            changes={"last_name": [marker("audit_before"), marker("audit_after")]},
        )

    # Every other text column of every table gets a marker as well (codes included: the database
    # does not check most of them), and a table nobody wrote to above gets a generated row, so a
    # table or column added later is covered without touching this test.
    markers = set()
    with register.session() as session, session.begin():
        for table in Base.metadata.sorted_tables:
            if not session.scalar(select(func.count()).select_from(table)):
                markers.update(insert_generated_row(session, table))
            for column in table.columns:
                if (table.name, column.name) in KEEP or column.primary_key or column.foreign_keys:
                    continue
                if isinstance(column.type, String | Text):
                    value = marker(f"{table.name}.{column.name}")
                    t, c = table.name, column.name
                    update = text(
                        f'UPDATE "{t}" SET "{c}" = :v || \'-\' || rowid '
                        f'WHERE "{c}" IS NULL OR "{c}" NOT LIKE \'%ZZMARKER-%\''
                    )
                    try:
                        with session.begin_nested():
                            result = session.execute(update, {"v": value})
                    except IntegrityError:
                        continue  # a column the database checks (a CHECK constraint): left as it is
                    if result.rowcount:
                        markers.add(value)
    explicit = {
        marker(k)
        for k in (
            "display_name",
            "display_name-2",
            "centre_name",
            "municipality_sr",
            "municipality_sq",
            "district",
            "first_name",
            "last_name",
            "address",
            "phone",
            "email",
            "disability",
            "first_name-2",
            "last_name-2",
            "address-2",
            "phone-2",
            "file_number",
            "settlement",
            "form",
            "recipient",
            "factor",
            "responsible_person",
            "monitoring_plan",
            "minutes_ref",
            "institution",
            "decision",
            "order_number",
            "decision_number",
            "measure_type",
            "court",
            "offence",
            "sanction",
            "feedback_comment",
            "closure_note",
            "draft_payload",
            "setting_value",
            "audit_before",
            "audit_after",
        )
    }
    return sorted(explicit | markers | {"0101985715012", "1212970710023"})


def insert_generated_row(session: Session, table: Table) -> list[str]:
    """One row with a plausible value in every column: markers in text, references to rows
    that exist. Fails the test, naming the table, if the database refuses it."""
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column
            row[column.name] = session.scalar(select(target).limit(1))
        elif column.primary_key and isinstance(column.type, Integer):
            row[column.name] = 1
        elif isinstance(column.type, String | Text):
            row[column.name] = (
                str(uuid.uuid4())
                if column.primary_key
                else marker(f"new.{table.name}.{column.name}")
            )
        elif isinstance(column.type, Boolean):
            row[column.name] = False
        elif isinstance(column.type, Integer):
            row[column.name] = 1
        elif isinstance(column.type, UtcDateTime | DateTime):
            row[column.name] = datetime(2025, 3, 1, 12, tzinfo=UTC)
        elif isinstance(column.type, Date):
            row[column.name] = date(2025, 3, 1)
        elif isinstance(column.type, LargeBinary):
            row[column.name] = b"\x00" * 16
    # Text columns the database checks (state codes …) get their default value instead.
    for attempt in (
        row,
        {
            k: v
            for k, v in row.items()
            if not str(v).startswith("ZZMARKER-")
            or table.columns[k].default is None
            and not table.columns[k].nullable
        },
    ):
        try:
            with session.begin_nested():
                session.execute(table.insert().values(attempt))
            return [v for v in attempt.values() if isinstance(v, str) and v.startswith("ZZMARKER-")]
        except IntegrityError:
            continue
    pytest.fail(f"could not put a row into {table.name}: add one for it in write_markers()")
    raise AssertionError  # (not reached)


def stored_text(register: Register) -> str:
    """Everything the register holds, as one string (to prove the markers really went in)."""
    parts = []
    with register.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                parts.extend(str(v) for v in row)
    return "\n".join(parts)


def needles(markers: list[str]) -> dict[bytes, str]:
    found: dict[bytes, str] = {}
    for m in markers:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found[m.lower().encode(encoding)] = f"{m} ({encoding})"
    return found


def scan(folders: list[Path], markers: list[str]) -> list[str]:
    """'file: marker (encoding)' for every hit of any marker in any file under `folders`."""
    hits = []
    search = needles(markers)
    files = [p for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()]
    assert files, "nothing to scan"
    for path in files:
        data = path.read_bytes().lower()
        hits.extend(f"{path}: {label}" for needle, label in search.items() if needle in data)
    return hits


def test_the_scanner_finds_plaintext(tmp_path: Path) -> None:
    """The search works: it would see a marker written in the clear in any of the encodings."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        (tmp_path / f"leak-{encoding}.txt").write_bytes(
            f"xx {marker('first_name').upper()} yy".encode(encoding)
        )
    hits = scan([tmp_path], [marker("first_name")])
    assert {hit.split(":")[0] for hit in hits} == {str(p) for p in tmp_path.iterdir()}


def test_no_marker_in_any_file_after_close(
    register: Register, data_dir: Path, temp_dir: Path, log_dir: Path, tmp_path: Path
) -> None:
    markers = write_markers(register)
    stored = stored_text(register)
    missing = [m for m in markers if m not in stored]
    assert not missing, missing
    backup = tmp_path / "backups-out" / "kopija.evbackup"
    backup.parent.mkdir()
    backup_register(register, backup)
    register.close()

    assert (log_dir / "evidencija.log").read_text().count(
        "register locked"
    ) >= 1  # the log was written
    hits = scan([data_dir, backup.parent, temp_dir, log_dir], markers)
    assert hits == []

    # The markers are still there, behind the key.
    with Register.open(data_dir) as reopened:
        reopened.unlock("admin", ADMIN_PASSPHRASE)
        content = stored_text(reopened)
    assert all(m in content for m in markers)


def test_no_marker_in_any_file_while_open(
    register: Register, data_dir: Path, temp_dir: Path
) -> None:
    """With the register open, the newest pages are still in the WAL (not checkpointed yet)."""
    markers = write_markers(register)
    with register.session() as session, session.begin():
        session.add(Setting(key="late", value=marker("late_in_wal")))
    markers.append(marker("late_in_wal"))
    names = {p.name for p in data_dir.iterdir()}
    assert {"register.db-wal", "register.db-shm"} <= names
    assert (data_dir / "register.db-wal").stat().st_size > 0
    assert scan([data_dir, temp_dir], markers) == []


def test_a_database_error_does_not_put_values_into_the_log(
    register: Register, log_dir: Path
) -> None:
    """An unexpected database error is logged with its trace (cli.main does this); the trace must
    not carry the values of the failed statement."""
    with register.session() as session, session.begin():
        session.add(
            Case(
                file_number="551-1/2025",
                centre_municipality_code="70645",
                opened_on=date(2025, 3, 2),
                case_type="DOMESTIC",
                status="OPEN",
                search_text=marker("search_first"),
            )
        )
    with pytest.raises(IntegrityError) as caught, register.session() as session, session.begin():
        session.add(
            Case(
                file_number="551-1/2025",
                centre_municipality_code="70645",
                opened_on=date(2025, 3, 2),
                case_type="DOMESTIC",
                status="OPEN",
                search_text=marker("search_second"),
            )
        )
    logging.getLogger("evidencija.cli").error("unexpected error", exc_info=caught.value)
    for handler in logging.getLogger("evidencija").handlers:
        handler.flush()
    assert "UNIQUE constraint failed" in (log_dir / "evidencija.log").read_text()
    assert scan([log_dir], [marker("search_first"), marker("search_second")]) == []
