"""The reminder across month and year boundaries, and the months never exported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from outbox_support import age_package, register_copy
from sqlalchemy import update

from evidencija.db.models import Centre, OutboxItem
from evidencija.db.register import Register
from evidencija.errors import PermissionDenied
from evidencija.outbox import queue
from evidencija.outbox.reminder import (
    Reminder,
    never_exported_months,
    periods_between,
    previous_period,
    reminder_for,
)
from evidencija.services import users


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = register_copy(tmp_path / "register")
    with reg.session() as session, session.begin():  # a register made on 15 January 2026
        session.execute(update(Centre).values(created_at=datetime(2026, 1, 15, 12, tzinfo=UTC)))
    yield reg
    reg.close()


def put(register: Register, period: str, seed: int = 1) -> str:
    return queue.enqueue(register, f"CSR-KG-{period}.xlsx.age", age_package(seed=seed)).id


def test_month_arithmetic() -> None:
    assert previous_period(date(2026, 3, 1)) == "2026-02"
    assert previous_period(date(2026, 3, 31)) == "2026-02"
    assert previous_period(date(2027, 1, 1)) == "2026-12"
    assert periods_between("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert periods_between("2026-03", "2026-02") == []


def test_the_banner_from_the_first_of_the_month_until_last_month_is_sent(
    register: Register,
) -> None:
    # The register did not exist in December: nothing is asked for in January.
    assert reminder_for(register, date(2026, 1, 31)) is None
    # From 1 February, January is due.
    assert reminder_for(register, date(2026, 2, 1)) == Reminder("2026-01", "not_exported")
    assert reminder_for(register, date(2026, 2, 1)).text("en") == (  # type: ignore[union-attr]
        "The export for 2026-01 has not been made and sent to the NGO yet."
    )

    january = put(register, "2026-01")
    assert reminder_for(register, date(2026, 2, 10)) == Reminder("2026-01", "not_sent", january)

    with register.session() as session, session.begin():
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == january)
            .values(state="failed", last_error="outbox_error_rejected")
        )
    failed = reminder_for(register, date(2026, 2, 10))
    assert failed == Reminder("2026-01", "failed", january, "outbox_error_rejected")
    assert (
        failed.text("en") == "Sending the export for 2026-01 failed: the server refused the message"
    )

    queue.retry(register, january)
    queue.mark_sent_by_hand(register, january)
    assert reminder_for(register, date(2026, 2, 28)) is None
    # The next month boundary brings the next month.
    assert reminder_for(register, date(2026, 3, 1)) == Reminder("2026-02", "not_exported")
    # …and a year boundary.
    assert reminder_for(register, date(2027, 1, 1)) == Reminder("2026-12", "not_exported")
    put(register, "2026-12", seed=12)
    assert reminder_for(register, date(2027, 1, 1)).kind == "not_sent"  # type: ignore[union-attr]


def test_months_never_exported(register: Register) -> None:
    put(register, "2026-01", seed=1)
    put(register, "2026-03", seed=3)
    assert never_exported_months(register, None, date(2026, 6, 10)) == [
        "2026-02",
        "2026-04",
        "2026-05",
    ]
    assert never_exported_months(register, date(2025, 11, 20), date(2026, 3, 1)) == [
        "2025-11",
        "2025-12",
        "2026-02",
    ]
    assert never_exported_months(register, None, date(2026, 1, 20)) == []

    users.add_user(register, "radnik", "Radnik", "CASEWORKER", "Radnicka-lozinka-2026")
    register.lock()
    register.unlock("radnik", "Radnicka-lozinka-2026")
    with pytest.raises(PermissionDenied):
        never_exported_months(register, None, date(2026, 6, 10))
    assert reminder_for(register, date(2026, 2, 3)) is not None  # everyone sees the banner
