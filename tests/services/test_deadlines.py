"""Deadlines on the legal clock: each rule, at its boundary (a minute before the deadline it is
due, a minute after it is overdue), and gone once the step is recorded.

The register runs on Central European time (see conftest): 4 March 2025 20:00 UTC is 21:00
local, and the 48 hours of an urgent measure served then run out on 6 March at 21:00 local.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from evidencija.db.register import Register
from evidencija.demo import generator
from evidencija.services import care, cases, clock, intake, legal
from evidencija.services.clock import add_months
from evidencija.services.deadlines import deadlines_from, deadlines_on
from evidencija.services.dto import (
    CaseInfo,
    ClosureData,
    CriminalProceedingData,
    MeetingData,
    PlanData,
    PlanMeasureData,
    ProtectionMeasureData,
    ReportData,
    UrgentMeasureData,
)

SERVED = datetime(2025, 3, 4, 20, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def due(register: Register, day: date, kind: str, now: datetime | None = None) -> list[bool]:
    """The overdue flags of the deadlines of `kind` listed on `day`."""
    return [d.overdue for d in deadlines_on(register, day, now=now) if d.kind == kind]


@pytest.fixture
def case(register: Register, make) -> CaseInfo:
    return make.case(opened_on=date(2025, 3, 1), response_priority=None)


def urgent(register: Register, case: CaseInfo, **steps: object) -> str:
    data = UrgentMeasureData(measure_type="REMOVAL_FROM_DWELLING", ordered_on=date(2025, 3, 4),
                             served_at=SERVED, **steps)  # type: ignore[arg-type]
    return legal.add_urgent_measure(register, case.id, data).id


# ---------------------------------------------------------------------------- urgent measures


def test_urgent_measure_expires_48_hours_after_service(register: Register, case: CaseInfo) -> None:
    urgent(register, case)
    expiry = SERVED + timedelta(hours=48)
    assert due(register, date(2025, 3, 6), "URGENT_MEASURE_EXPIRY", expiry - MINUTE) == [False]
    assert due(register, date(2025, 3, 6), "URGENT_MEASURE_EXPIRY", expiry + MINUTE) == [True]
    # Listed while it runs, from the day of service; gone the day after it ran out.
    assert due(register, date(2025, 3, 4), "URGENT_MEASURE_EXPIRY") == [False]
    assert due(register, date(2025, 3, 7), "URGENT_MEASURE_EXPIRY") == []
    (entry,) = [d for d in deadlines_on(register, date(2025, 3, 6), now=expiry)
                if d.kind == "URGENT_MEASURE_EXPIRY"]
    assert entry.due_at == expiry
    assert entry.message("sr_Latn") == "Hitna mera ističe: 06.03.2025. 21:00"
    assert entry.file_number == case.file_number


def test_prosecutor_proposes_within_24_hours_of_service(register: Register,
                                                        case: CaseInfo) -> None:
    measure = urgent(register, case)
    deadline = SERVED + timedelta(hours=24)
    assert due(register, date(2025, 3, 5), "PROSECUTOR_PROPOSAL", deadline - MINUTE) == [False]
    assert due(register, date(2025, 3, 5), "PROSECUTOR_PROPOSAL", deadline + MINUTE) == [True]
    # Once the 48 h have run out there is no measure left to extend.
    assert due(register, date(2025, 3, 7), "PROSECUTOR_PROPOSAL") == []
    info = legal.update_urgent_measure(register, measure, UrgentMeasureData(
        measure_type="REMOVAL_FROM_DWELLING", ordered_on=date(2025, 3, 4), served_at=SERVED,
        prosecutor_proposal="YES", proposal_at=deadline - timedelta(hours=2)))
    assert due(register, date(2025, 3, 5), "PROSECUTOR_PROPOSAL", deadline + MINUTE) == []
    # A prosecutor who decides not to propose also ends the step.
    legal.update_urgent_measure(register, measure, dataclasses.replace(
        info, prosecutor_proposal="NO", proposal_at=None))
    assert due(register, date(2025, 3, 5), "PROSECUTOR_PROPOSAL", deadline + MINUTE) == []


def test_court_decides_within_24_hours_of_the_proposal(register: Register,
                                                       case: CaseInfo) -> None:
    proposal = SERVED + timedelta(hours=14)
    measure = urgent(register, case, prosecutor_proposal="YES", proposal_at=proposal)
    deadline = proposal + timedelta(hours=24)
    assert due(register, date(2025, 3, 6), "COURT_DECISION", deadline - MINUTE) == [False]
    assert due(register, date(2025, 3, 6), "COURT_DECISION", deadline + MINUTE) == [True]
    legal.update_urgent_measure(register, measure, UrgentMeasureData(
        measure_type="REMOVAL_FROM_DWELLING", ordered_on=date(2025, 3, 4), served_at=SERVED,
        prosecutor_proposal="YES", proposal_at=proposal, court_decision="PROPOSAL_REJECTED",
        decided_at=deadline - MINUTE))
    assert due(register, date(2025, 3, 6), "COURT_DECISION", deadline + MINUTE) == []


def test_extended_measure_ends_30_days_after_the_decision(register: Register,
                                                          case: CaseInfo) -> None:
    decided = SERVED + timedelta(hours=30)  # 6 March 02:00 UTC
    urgent(register, case, prosecutor_proposal="YES", proposal_at=SERVED + timedelta(hours=10),
           court_decision="EXTENDED_30_DAYS", decided_at=decided)
    end = decided + timedelta(days=30)  # 5 April 02:00 UTC = 04:00 local
    assert due(register, date(2025, 4, 5), "EXTENDED_MEASURE_END", end - MINUTE) == [False]
    assert due(register, date(2025, 4, 5), "EXTENDED_MEASURE_END", end + MINUTE) == [True]
    # Shown a week ahead, not earlier, and not after it ended.
    assert due(register, date(2025, 3, 29), "EXTENDED_MEASURE_END") == [False]
    assert due(register, date(2025, 3, 28), "EXTENDED_MEASURE_END") == []
    assert due(register, date(2025, 4, 6), "EXTENDED_MEASURE_END") == []
    # An extended measure no longer runs out at 48 h.
    assert due(register, date(2025, 3, 6), "URGENT_MEASURE_EXPIRY") == []


def test_appeal_window_is_three_days_from_the_decision(register: Register,
                                                       case: CaseInfo) -> None:
    decided = SERVED + timedelta(hours=30)
    steps = {"prosecutor_proposal": "YES", "proposal_at": SERVED + timedelta(hours=10),
             "court_decision": "EXTENDED_30_DAYS", "decided_at": decided}
    measure = urgent(register, case, **steps)
    closes = decided + timedelta(days=3)
    assert due(register, date(2025, 3, 9), "APPEAL_WINDOW", closes - MINUTE) == [False]
    assert due(register, date(2025, 3, 9), "APPEAL_WINDOW", closes + MINUTE) == [True]
    assert due(register, date(2025, 3, 10), "APPEAL_WINDOW") == []
    legal.update_urgent_measure(register, measure, UrgentMeasureData(
        measure_type="REMOVAL_FROM_DWELLING", ordered_on=date(2025, 3, 4), served_at=SERVED,
        appeal_by="PERPETRATOR", **steps))  # type: ignore[arg-type]
    assert due(register, date(2025, 3, 7), "APPEAL_WINDOW") == []


# ---------------------------------------------------------------------------- GKS review


def test_gks_reviews_an_open_case_every_15_days(register: Register, case: CaseInfo) -> None:
    # Opened 1 March, never reviewed: due 16 March.
    assert due(register, date(2025, 3, 15), "GKS_REVIEW") == []
    assert due(register, date(2025, 3, 16), "GKS_REVIEW") == [False]
    assert due(register, date(2025, 3, 16), "GKS_REVIEW",
               datetime(2025, 3, 16, 22, 59, tzinfo=UTC)) == [False]  # 23:59 local
    assert due(register, date(2025, 3, 17), "GKS_REVIEW") == [True]
    # A case conference of the centre is not a GKS review …
    care.add_meeting(register, case.id, MeetingData(meeting_type="CSR_CASE_CONFERENCE",
                                                    held_on=date(2025, 3, 10)))
    assert due(register, date(2025, 3, 17), "GKS_REVIEW") == [True]
    # … a GKS meeting restarts the 15 days.
    care.add_meeting(register, case.id, MeetingData(meeting_type="GKS_MEETING",
                                                    held_on=date(2025, 3, 12)))
    assert due(register, date(2025, 3, 26), "GKS_REVIEW") == []
    assert due(register, date(2025, 3, 27), "GKS_REVIEW") == [False]
    # … and so does a meeting of a Kosovo municipal coordination mechanism.
    care.add_meeting(register, case.id, MeetingData(meeting_type="XK_COORDINATION_MECHANISM",
                                                    held_on=date(2025, 3, 20)))
    assert due(register, date(2025, 4, 3), "GKS_REVIEW") == []
    assert due(register, date(2025, 4, 4), "GKS_REVIEW") == [False]


def test_gks_review_ends_with_a_final_court_decision(register: Register,
                                                     case: CaseInfo) -> None:
    legal.add_criminal_proceeding(register, case.id, CriminalProceedingData(
        complaint_filed="YES", complaint_on=date(2025, 3, 2), verdict="CONVICTION",
        verdict_on=date(2025, 3, 10)))
    assert due(register, date(2025, 3, 20), "GKS_REVIEW") == [True]
    proceeding = legal.add_criminal_proceeding(register, case.id, CriminalProceedingData(
        verdict="CONVICTION", verdict_on=date(2025, 3, 10), final_on=date(2025, 3, 18)))
    assert proceeding.final_on == date(2025, 3, 18)
    assert due(register, date(2025, 3, 20), "GKS_REVIEW") == []


def test_closed_cases_have_no_deadlines(register: Register, case: CaseInfo) -> None:
    urgent(register, case)
    assert deadlines_on(register, date(2025, 3, 20)) != []
    cases.close_case(register, case.id, ClosureData(closed_on=date(2025, 3, 5),
                                                    reason="NOT_CONFIRMED"))
    assert deadlines_on(register, date(2025, 3, 5)) == []
    assert deadlines_on(register, date(2025, 3, 20)) == []


# ---------------------------------------------------------------------------- plan and measures


def test_plan_measure_deadline_until_done(register: Register, case: CaseInfo) -> None:
    plan = care.add_plan(register, case.id, PlanData(drawn_up_on=date(2025, 3, 6)))
    measure = care.add_plan_measure(register, plan.id, PlanMeasureData(
        kind="PROTECTION", measure="SHELTER_PLACEMENT", institution="SHELTER",
        deadline=date(2025, 3, 20)))
    assert due(register, date(2025, 3, 19), "PLAN_MEASURE") == []
    assert due(register, date(2025, 3, 20), "PLAN_MEASURE") == [False]
    assert due(register, date(2025, 3, 21), "PLAN_MEASURE") == [True]
    care.update_plan_measure(register, measure.id, dataclasses.replace(
        measure, status="DONE_LATE", done_on=date(2025, 3, 21)))
    assert due(register, date(2025, 3, 21), "PLAN_MEASURE") == []


def test_protection_measure_ending_within_30_days(register: Register, case: CaseInfo) -> None:
    measure = legal.add_protection_measure(register, case.id, ProtectionMeasureData(
        measure_types=("APPROACH_BAN", "HARASSMENT_BAN"), outcome="ORDERED",
        filed_on=date(2025, 3, 3), ordered_on=date(2025, 3, 8), duration_months=6))
    # Ends 8 September 2025.
    assert due(register, date(2025, 8, 8), "PROTECTION_MEASURE_END") == []
    assert due(register, date(2025, 8, 9), "PROTECTION_MEASURE_END") == [False]
    assert due(register, date(2025, 9, 8), "PROTECTION_MEASURE_END") == [False]
    assert due(register, date(2025, 9, 9), "PROTECTION_MEASURE_END") == []
    # Extended on 1 September for another 6 months: now it ends 1 March 2026.
    legal.update_protection_measure(register, measure.id, dataclasses.replace(
        measure, extended=True, extended_on=date(2025, 9, 1)))
    assert due(register, date(2025, 8, 9), "PROTECTION_MEASURE_END") == []
    assert due(register, date(2026, 2, 1), "PROTECTION_MEASURE_END") == [False]


def test_protection_measure_ended_early_is_not_listed(register: Register,
                                                      case: CaseInfo) -> None:
    legal.add_protection_measure(register, case.id, ProtectionMeasureData(
        outcome="ORDERED", ordered_on=date(2025, 3, 8), duration_months=6, ended_early=True,
        ended_on=date(2025, 5, 1)))
    assert due(register, date(2025, 8, 20), "PROTECTION_MEASURE_END") == []


def test_add_months_keeps_the_day_or_takes_the_last() -> None:
    assert add_months(date(2025, 3, 8), 6) == date(2025, 9, 8)
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2024, 12, 15), 12) == date(2025, 12, 15)


# ---------------------------------------------------------------------------- first contact


@pytest.mark.parametrize("priority, hours", [
    ("IMMEDIATE_24H", 24), ("URGENT_3D", 72), ("REGULAR_7D", 168),
])
def test_first_contact_by_response_priority(register: Register, make, priority: str,
                                            hours: int) -> None:
    case = make.case(response_priority=priority)
    received = datetime(2025, 3, 4, 8, 30, tzinfo=UTC)
    intake.add_report(register, case.id, ReportData(received_at=received, channel="PHONE"))
    deadline = received + timedelta(hours=hours)
    day = (deadline + timedelta(hours=1)).date()
    assert due(register, day, "FIRST_CONTACT", deadline - MINUTE) == [False]
    assert due(register, day, "FIRST_CONTACT", deadline + MINUTE) == [True]
    cases.update_case(register, case.id, dataclasses.replace(
        cases.get_case(register, case.id), first_contact_at=deadline + MINUTE))
    assert due(register, day, "FIRST_CONTACT", deadline + MINUTE) == []


# ---------------------------------------------------------------------------- the list


def test_overdue_first_then_by_due_time(register: Register, make) -> None:
    late = make.case(response_priority="IMMEDIATE_24H")
    intake.add_report(register, late.id, ReportData(
        received_at=datetime(2025, 3, 3, 9, tzinfo=UTC)))
    soon = make.case(opened_on=date(2025, 3, 1), response_priority=None)
    urgent(register, soon)
    later = make.case(opened_on=date(2025, 3, 1), response_priority=None)
    legal.add_urgent_measure(register, later.id, UrgentMeasureData(
        measure_type="CONTACT_APPROACH_BAN", served_at=SERVED + timedelta(hours=2)))
    listed = deadlines_on(register, date(2025, 3, 5), now=SERVED + timedelta(hours=23))
    assert [(d.overdue, d.kind, d.case_id) for d in listed] == [
        (True, "FIRST_CONTACT", late.id),
        (False, "PROSECUTOR_PROPOSAL", soon.id),
        (False, "PROSECUTOR_PROPOSAL", later.id),
        (False, "URGENT_MEASURE_EXPIRY", soon.id),
        (False, "URGENT_MEASURE_EXPIRY", later.id),
    ]
    assert listed == sorted(listed, key=lambda d: (not d.overdue, d.due_at))


def test_overdue_is_judged_at_the_start_of_a_day_other_than_today(register: Register,
                                                                  case: CaseInfo) -> None:
    urgent(register, case)
    # Asked about 6 March: the measure still runs at the day's start, so it is not overdue yet.
    assert due(register, date(2025, 3, 6), "URGENT_MEASURE_EXPIRY") == [False]
    assert due(register, date(2025, 3, 6), "PROSECUTOR_PROPOSAL") == [True]


# ---------------------------------------------------------------------------- a week at once


def _week_day_by_day(register: Register, first: date) -> list[tuple[int, object]]:
    """The Deadlines page's week as it was composed: `deadlines_on` for each of seven days, a
    deadline kept from the first day that lists it, overdue ones only on the first day."""
    rows: list[tuple[int, object]] = []
    seen: set[tuple[str, str, str | None, datetime]] = set()
    for offset in range(7):
        for d in deadlines_on(register, first + timedelta(days=offset)):
            key = (d.kind, d.case_id, d.record_id, d.due_at)
            if key in seen or (offset and d.overdue):
                continue
            seen.add(key)
            rows.append((offset, d))
    return rows


def test_a_week_at_once_equals_the_week_day_by_day(register: Register,
                                                   request: pytest.FixtureRequest,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    today = date(2025, 6, 30)
    generator.generate(register, cases=250, seed=2026, today=today, separate_process=False)
    make = request.getfixturevalue("make")  # signs in as a case manager: after generating
    # Beside the generated cases, one of each step of the urgent-measure chain, a protection
    # measure running out and a plan measure, all close to `today`.
    served = datetime(2025, 6, 29, 21, 0, tzinfo=UTC)  # 23:00 local: a day's edge in UTC
    long_ago = served - timedelta(days=27)
    chain = [
        (served, {}),
        (served, {"prosecutor_proposal": "YES", "proposal_at": served + timedelta(hours=20)}),
        (long_ago, {"prosecutor_proposal": "YES", "proposal_at": long_ago + timedelta(hours=9),
                    "court_decision": "EXTENDED_30_DAYS",
                    "decided_at": long_ago + timedelta(hours=30)}),
        (served - timedelta(days=2), {
            "prosecutor_proposal": "YES", "proposal_at": served - timedelta(days=1),
            "court_decision": "PROPOSAL_REJECTED", "decided_at": served - timedelta(hours=6)}),
    ]
    for served_at, steps in chain:
        case = make.case(opened_on=date(2025, 5, 1), response_priority=None)
        legal.add_urgent_measure(register, case.id, UrgentMeasureData(
            measure_type="REMOVAL_FROM_DWELLING", ordered_on=served_at.date(),
            served_at=served_at, **steps))  # type: ignore[arg-type]
    case = make.case(opened_on=date(2025, 6, 20), response_priority="URGENT_3D")
    intake.add_report(register, case.id, ReportData(
        received_at=datetime(2025, 6, 28, 10, tzinfo=UTC), channel="PHONE"))
    legal.add_protection_measure(register, case.id, ProtectionMeasureData(
        outcome="ORDERED", ordered_on=date(2025, 1, 3), duration_months=6))
    plan = care.add_plan(register, case.id, PlanData(drawn_up_on=date(2025, 6, 21)))
    care.add_plan_measure(register, plan.id, PlanMeasureData(
        kind="PROTECTION", measure="SHELTER_PLACEMENT", institution="SHELTER",
        deadline=date(2025, 7, 2)))

    kinds: set[str] = set()
    for first, hour in ((today - timedelta(days=2), 8), (today, 0), (today, 13),
                        (today + timedelta(days=1), 22), (today + timedelta(days=5), 9)):
        moment = clock.start_of(first) + timedelta(hours=hour, minutes=30)
        monkeypatch.setattr(clock, "now", lambda moment=moment: moment)
        assert clock.today() == first
        day_by_day = _week_day_by_day(register, first)
        assert deadlines_from(register, first, 7) == day_by_day
        kinds |= {d.kind for _, d in day_by_day}  # type: ignore[attr-defined]
        offsets = {offset for offset, _ in day_by_day}
        assert 0 in offsets and len(offsets) >= 3  # today and later days
        assert any(d.overdue for _, d in day_by_day)  # type: ignore[attr-defined]
    assert kinds == {
        "URGENT_MEASURE_EXPIRY", "PROSECUTOR_PROPOSAL", "COURT_DECISION",
        "EXTENDED_MEASURE_END", "APPEAL_WINDOW", "GKS_REVIEW", "PLAN_MEASURE",
        "PROTECTION_MEASURE_END", "FIRST_CONTACT", "MECHANISM_DECISION",
    }
