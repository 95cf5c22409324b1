"""Coordination mechanisms apart from any case: members, meetings, decisions; the calendar shows
missed bimonthly meetings; open decisions are on the Deadlines list; a reader only reads."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import act_as  # type: ignore[import-not-found]
from evidencija.errors import PermissionDenied
from evidencija.services import mechanisms
from evidencija.services.deadlines import deadlines_from, deadlines_on
from evidencija.services.dto import (
    MechanismData,
    MechanismDecisionData,
    MechanismMeetingData,
    MechanismMemberData,
)
from evidencija.services.validation import ValidationFailed


def mechanism(register) -> str:
    return mechanisms.add_mechanism(register, MechanismData(
        name="Mekanizam Gnjilane", kind="XK_MECHANISM", municipality_code="XK-GJILAN",
        meets_every_days=60)).id


def meeting(register, mech: str, day: date, kind: str = "REGULAR") -> str:
    return mechanisms.add_meeting(register, mech, MechanismMeetingData(
        held_on=day, meeting_type=kind, attendance=("POLICE", "CSR"), cases_discussed=3)).id


def test_a_mechanism_with_members_meetings_and_a_followed_up_decision(register, make) -> None:
    mech = mechanism(register)
    mechanisms.add_member(register, mech, MechanismMemberData(
        institution="POLICE", representative="Arben Krasniqi", member_role="MEMBER"))
    first = meeting(register, mech, date(2025, 1, 20))
    decision = mechanisms.add_decision(register, first, MechanismDecisionData(
        decision="Obuka policije o proceni rizika", responsible="POLICE",
        deadline=date(2025, 3, 31)))
    assert decision.status == "OPEN" and decision.held_on == date(2025, 1, 20)
    # a later meeting follows it up
    meeting(register, mech, date(2025, 3, 18))
    done = mechanisms.update_decision(register, decision.id, MechanismDecisionData(
        decision=decision.decision, responsible="POLICE", deadline=date(2025, 3, 31),
        status="DONE", done_on=date(2025, 3, 15), follow_up="Održana 15. marta"))
    assert done.status == "DONE"
    view = mechanisms.overview(register, mech, today=date(2025, 4, 10))
    assert [m.held_on for m in view.meetings] == [date(2025, 3, 18), date(2025, 1, 20)]
    assert view.members[0].representative == "Arben Krasniqi"
    assert view.meetings[0].attendance == ("CSR", "POLICE")
    with pytest.raises(ValidationFailed) as err:
        mechanisms.update_decision(register, decision.id, MechanismDecisionData(
            decision=decision.decision, status="DONE"))
    assert err.value.fields() == {"done_on"}


def test_a_missed_bimonthly_meeting_is_visible(register, make) -> None:
    mech = mechanism(register)
    for day in (date(2024, 1, 15), date(2024, 3, 12), date(2024, 7, 9), date(2024, 9, 10)):
        meeting(register, mech, day)
    meeting(register, mech, date(2024, 11, 5), "CASE_RELATED")  # does not keep the calendar
    view = mechanisms.overview(register, mech, today=date(2025, 1, 10))
    assert view.missed == ((date(2024, 5, 1), date(2024, 6, 30)),
                           (date(2024, 11, 1), date(2024, 12, 31)))
    assert view.next_due == date(2025, 2, 28)


def test_the_fortnightly_calendar_of_a_gks() -> None:
    missed, next_due = mechanisms.calendar_of(
        [date(2025, 3, 1), date(2025, 3, 14), date(2025, 4, 10)], 15, date(2025, 4, 20))
    assert missed == [(date(2025, 3, 29), date(2025, 4, 10))]
    assert next_due == date(2025, 4, 25)


def test_open_decisions_are_due_on_the_centres_list_not_on_my_work(register, make,
                                                                  staff) -> None:
    mech = mechanism(register)
    first = meeting(register, mech, date(2025, 1, 20))
    mechanisms.add_decision(register, first, MechanismDecisionData(
        decision="Protokol o razmeni podataka sa školama", responsible="SCHOOL",
        deadline=date(2025, 2, 14)))
    (entry,) = [d for d in deadlines_on(register, date(2025, 2, 14))
                if d.kind == "MECHANISM_DECISION"]
    assert entry.file_number == "Mekanizam Gnjilane" and not entry.overdue
    assert "Protokol o razmeni podataka sa školama" in entry.message("sr_Latn")
    assert [d.kind for d in deadlines_on(register, date(2025, 2, 13))
            if d.kind == "MECHANISM_DECISION"] == []
    assert not [d for _, d in deadlines_from(register, date(2025, 2, 14), 7,
                                             person_id=staff["vesna"])
                if d.kind == "MECHANISM_DECISION"]


def test_a_reader_reads_and_cannot_write(register, make) -> None:
    mech = mechanism(register)
    act_as(register, "citalac")
    assert [m.name for m in mechanisms.list_mechanisms(register)] == ["Mekanizam Gnjilane"]
    with pytest.raises(PermissionDenied):
        meeting(register, mech, date(2025, 1, 20))
