"""Kosovo protection orders run Kosovo's clocks, in a register of a Kosovo centre; each clock is
pinned to the law and provision it comes from, and a Serbian register keeps the ZSNP clocks.

Local time is Central European (see conftest); 7 March 2025 is a Friday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from evidencija.db.register import Register
from evidencija.services import cases, legal, settings, users
from evidencija.services.deadlines import deadlines_on
from evidencija.services.dto import CaseData, UrgentMeasureData
from evidencija.services.legal_clocks import CLOCKS, XK_LAW, ZSNP
from evidencija.services.validation import ValidationFailed

PASSPHRASE = "Sigurna-lozinka-2026"

KOSOVO_CENTRE = "XK-GJILAN"
MINUTE = timedelta(minutes=1)
FRIDAY_EVENING = datetime(2025, 3, 7, 19, 0, tzinfo=UTC)  # 20:00 local


@pytest.fixture
def kosovo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
    reg, _ = Register.create(
        tmp_path / "gjilan", centre_code="QPS-GJILAN", centre_name="QPS Gjilan",
        admin_username="admin", admin_display_name="Admin", passphrase=PASSPHRASE,
        municipality_code=KOSOVO_CENTRE)
    users.add_user(reg, "arta", "Arta Krasniqi", "CASE_MANAGER", PASSPHRASE)
    reg.lock()
    reg.unlock("arta", PASSPHRASE)
    case = cases.create_case(reg, CaseData(
        file_number="1/2025", centre_municipality_code=KOSOVO_CENTRE,
        opened_on=date(2025, 3, 1)))
    yield reg, case
    reg.close()


def kinds(register: Register, day: date, now: datetime | None = None) -> dict[str, bool]:
    return {d.kind: d.overdue for d in deadlines_on(register, day, now=now)}


def test_every_clock_names_its_law_and_provision() -> None:
    pinned = {kind: (c.law, c.article, c.period) for kind, c in CLOCKS.items()}
    assert pinned == {
        "URGENT_MEASURE_EXPIRY": (ZSNP, "art. 18", timedelta(hours=48)),
        "PROSECUTOR_PROPOSAL": (ZSNP, "art. 19", timedelta(hours=24)),
        "COURT_DECISION": (ZSNP, "art. 19", timedelta(hours=24)),
        "EXTENDED_MEASURE_END": (ZSNP, "art. 21", timedelta(days=30)),
        "APPEAL_WINDOW": (ZSNP, "art. 20", timedelta(days=3)),
        "XK_INTERIM_ORDER_EXPIRY": (
            XK_LAW, "interim emergency protection order (police)", timedelta(days=1)),
        "XK_EMERGENCY_ORDER_DECISION": (
            XK_LAW, "emergency protection order (court)", timedelta(hours=24)),
        "XK_PROTECTION_ORDER_DECISION": (XK_LAW, "protection order (court)", timedelta(days=15)),
        "XK_PROTECTION_ORDER_END": (
            XK_LAW, "duration of a protection order (up to 12 months)", timedelta(days=365)),
    }
    # The Kosovo provisions are not yet checked against the official text of 08/L-185.
    assert {k for k, c in CLOCKS.items() if not c.confirmed} == {
        k for k in CLOCKS if k.startswith("XK_")}


def test_a_kosovo_centre_is_of_kosovo_jurisdiction(kosovo: Any, register: Register) -> None:
    reg, _ = kosovo
    assert settings.jurisdiction(reg) == "XK"
    assert settings.jurisdiction(register) == "RS"


def test_interim_order_ends_with_the_courts_next_working_day(kosovo: Any) -> None:
    reg, case = kosovo
    legal.add_urgent_measure(reg, case.id, UrgentMeasureData(
        measure_type="XK_INTERIM_EMERGENCY_ORDER", ordered_on=date(2025, 3, 7),
        served_at=FRIDAY_EVENING))
    # Served on Friday evening: in force until Monday 16:00 local, not 48 h (Sunday 20:00).
    monday_end = datetime(2025, 3, 10, 16, 0).astimezone()
    assert kinds(reg, date(2025, 3, 7)) == {"XK_INTERIM_ORDER_EXPIRY": False}
    assert kinds(reg, date(2025, 3, 10), monday_end - MINUTE) == {"XK_INTERIM_ORDER_EXPIRY": False}
    assert kinds(reg, date(2025, 3, 10), monday_end + MINUTE) == {"XK_INTERIM_ORDER_EXPIRY": True}
    assert kinds(reg, date(2025, 3, 11)) == {}
    (entry,) = deadlines_on(reg, date(2025, 3, 8))
    assert entry.message("sq").startswith("Urdhri i përkohshëm për mbrojtje emergjente skadon")
    assert entry.message("sr_Latn").endswith("10.03.2025. 16:00")


@pytest.mark.parametrize(("order", "clock", "within"), [
    ("XK_EMERGENCY_PROTECTION_ORDER", "XK_EMERGENCY_ORDER_DECISION", timedelta(hours=24)),
    ("XK_PROTECTION_ORDER", "XK_PROTECTION_ORDER_DECISION", timedelta(days=15)),
])
def test_the_court_decides_a_petition_in_time(kosovo: Any, order: str, clock: str,
                                               within: timedelta) -> None:
    reg, case = kosovo
    filed = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    measure = legal.add_urgent_measure(reg, case.id, UrgentMeasureData(
        measure_type=order, proposal_at=filed))
    due_day = (filed + within).astimezone().date()
    assert kinds(reg, date(2025, 3, 3)) == {clock: False}
    assert kinds(reg, due_day, filed + within - MINUTE) == {clock: False}
    assert kinds(reg, due_day, filed + within + MINUTE) == {clock: True}
    # none of the Serbian prosecutor/court steps
    assert not {"PROSECUTOR_PROPOSAL", "COURT_DECISION", "URGENT_MEASURE_EXPIRY"} & set(
        kinds(reg, date(2025, 3, 3)))
    decided = filed + within - timedelta(hours=2)
    legal.update_urgent_measure(reg, measure.id, UrgentMeasureData(
        measure_type=order, proposal_at=filed, decided_at=decided,
        court_decision="XK_PETITION_REJECTED"))
    assert kinds(reg, due_day, filed + within + MINUTE) == {}


def test_a_protection_order_end_is_shown_a_month_ahead(kosovo: Any) -> None:
    reg, case = kosovo
    filed = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    decided = filed + timedelta(days=10)
    until = datetime(2025, 7, 16, 21, 59, tzinfo=UTC)  # 23:59 local, six months on
    legal.add_urgent_measure(reg, case.id, UrgentMeasureData(
        measure_type="XK_PROTECTION_ORDER", proposal_at=filed, decided_at=decided,
        court_decision="XK_ORDER_ISSUED", served_at=decided + timedelta(hours=3),
        extended_until=until))
    assert kinds(reg, date(2025, 6, 15)) == {}
    assert kinds(reg, date(2025, 6, 16)) == {"XK_PROTECTION_ORDER_END": False}
    assert kinds(reg, date(2025, 7, 16)) == {"XK_PROTECTION_ORDER_END": False}
    assert kinds(reg, date(2025, 7, 17)) == {}


def test_orders_of_another_law_are_refused(kosovo: Any, register: Register, make: Any) -> None:
    reg, case = kosovo
    with pytest.raises(ValidationFailed) as err:
        legal.add_urgent_measure(reg, case.id, UrgentMeasureData(
            measure_type="REMOVAL_FROM_DWELLING", served_at=FRIDAY_EVENING))
    assert "measure_type" in err.value.fields()
    with pytest.raises(ValidationFailed) as err:
        legal.add_urgent_measure(reg, case.id, UrgentMeasureData(
            measure_type="XK_PROTECTION_ORDER", proposal_at=FRIDAY_EVENING,
            decided_at=FRIDAY_EVENING + timedelta(days=3), court_decision="EXTENDED_30_DAYS"))
    assert "court_decision" in err.value.fields()
    with pytest.raises(ValidationFailed) as err:
        legal.add_urgent_measure(reg, case.id, UrgentMeasureData(
            measure_type="XK_PROTECTION_ORDER", proposal_at=FRIDAY_EVENING,
            decided_at=FRIDAY_EVENING - timedelta(days=1), court_decision="XK_ORDER_ISSUED"))
    assert "decided_at" in err.value.fields() or "proposal_at" in err.value.fields()
    serbian = make.case()
    with pytest.raises(ValidationFailed) as err:
        legal.add_urgent_measure(register, serbian.id, UrgentMeasureData(
            measure_type="XK_INTERIM_EMERGENCY_ORDER", served_at=FRIDAY_EVENING))
    assert "measure_type" in err.value.fields()
