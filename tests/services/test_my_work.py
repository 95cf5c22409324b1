"""My work: a caseworker sees her own cases, her plan measures and deadlines, plan reviews and
referrals waiting for an answer, and the cases gone quiet; a case manager sees the whole centre
or one colleague's work."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from evidencija.errors import InvalidInput
from evidencija.services import care, cases, legal, settings
from evidencija.services.dto import ClosureData, ContactData, PlanData, PlanMeasureData, ReferralData
from evidencija.services.my_work import colleagues, default_person, my_work

TODAY = date(2025, 3, 20)


@pytest.fixture
def centre(register, make, staff):
    """Marko manages case A, Jovana case B; a plan measure of A is Jovana's to carry out."""
    a = make.case(case_manager_id=staff["marko"], opened_on=date(2025, 1, 10))
    b = make.case(case_manager_id=staff["jovana"], opened_on=date(2025, 3, 1))
    plan = care.add_plan(register, a.id, PlanData(drawn_up_on=date(2025, 3, 1),
                                                  review_on=date(2025, 3, 18)))
    care.add_plan_measure(register, plan.id, PlanMeasureData(
        kind="PROTECTION", measure="SHELTER_PLACEMENT", institution="SHELTER",
        responsible_user_id=staff["jovana"], deadline=date(2025, 3, 22)))
    care.add_plan_measure(register, plan.id, PlanMeasureData(
        kind="SUPPORT", measure="PSYCHOSOCIAL_SUPPORT", deadline=date(2025, 3, 19)))  # nobody named
    legal.add_referral(register, b.id, ReferralData(
        direction="SENT_TO", institution_type="FREE_LEGAL_AID", referred_on=date(2025, 3, 5)))
    legal.add_referral(register, b.id, ReferralData(
        direction="SENT_TO", institution_type="PRIMARY_HEALTH_CENTRE", referred_on=date(2025, 3, 6),
        answer_received=True))
    legal.add_referral(register, b.id, ReferralData(
        direction="RECEIVED_FROM", institution_type="POLICE", referred_on=date(2025, 3, 1)))
    care.add_contact(register, b.id, ContactData(
        contacted_on=date(2025, 3, 10), contact_type="PHONE", counterpart="VICTIM"))
    return a, b


def measures(work) -> list[str]:
    """The file numbers of the plan measures due."""
    return [d.file_number for _, d in work.due if d.kind == "PLAN_MEASURE"]


def reviews(work) -> list[str]:
    """The file numbers of the coordination-group reviews due (every 15 days)."""
    return sorted(d.file_number for _, d in work.due if d.kind == "GKS_REVIEW")


def test_a_caseworker_sees_her_own_work(register, centre, staff) -> None:
    a, b = centre
    marko = my_work(register, staff["marko"], today=TODAY)
    assert [c.file_number for c in marko.open_cases] == [a.file_number]
    # The measure nobody was named for falls to the case manager; Jovana's is hers.
    assert measures(marko) == [a.file_number]
    assert [d.overdue for _, d in marko.due if d.kind == "PLAN_MEASURE"] == [True]
    assert reviews(marko) == [a.file_number]  # the legal clocks of his cases only
    assert [(r.file_number, r.overdue) for r in marko.plan_reviews] == [(a.file_number, True)]
    assert marko.referrals == []
    # Case A has had no contact since it was opened on 10 January: quiet after 30 days.
    assert [c.file_number for c in marko.quiet] == [a.file_number]

    jovana = my_work(register, staff["jovana"], today=TODAY)
    assert measures(jovana) == [a.file_number]  # in Marko's case, hers to do
    assert reviews(jovana) == [b.file_number]
    assert [c.file_number for c in jovana.open_cases] == [b.file_number]
    assert [(r.institution_type, r.days_waiting) for r in jovana.referrals] == [
        ("FREE_LEGAL_AID", 15)]  # answered and received referrals are not waiting
    assert jovana.quiet == []  # contacted ten days ago


def test_the_whole_centre_for_a_case_manager(register, centre, staff, as_user) -> None:
    a, b = centre
    centre_work = my_work(register, None, today=TODAY)
    assert {c.file_number for c in centre_work.open_cases} == {a.file_number, b.file_number}
    assert measures(centre_work) == [a.file_number] * 2
    assert reviews(centre_work) == sorted([a.file_number, b.file_number])
    assert default_person(as_user("vesna")) is None
    assert default_person(as_user("marko")) == staff["marko"]
    names = [c.display_name for c in colleagues(register)]
    assert {"Marko Marković", "Jovana Jovanović", "Vesna Vodić"} <= set(names)
    assert "Čitalac Izveštaja" not in names  # a read-only user manages nothing


def test_the_quiet_threshold_is_a_setting(register, centre, staff, as_user) -> None:
    _, b = centre
    as_user("admin")
    settings.update_settings(register, quiet_case_days=7)
    jovana = my_work(register, staff["jovana"], today=TODAY)
    assert [c.file_number for c in jovana.quiet] == [b.file_number]  # ten days > seven
    with pytest.raises(InvalidInput):
        settings.update_settings(register, quiet_case_days=3)


def test_a_new_plan_is_the_review_done_and_closing_ends_the_work(register, centre, staff) -> None:
    a, _ = centre
    care.add_plan(register, a.id, PlanData(drawn_up_on=TODAY - timedelta(days=1),
                                           review_on=TODAY + timedelta(days=30)))
    assert my_work(register, staff["marko"], today=TODAY).plan_reviews == []
    cases.close_case(register, a.id, ClosureData(closed_on=TODAY, reason="GOALS_MET"))
    marko = my_work(register, staff["marko"], today=TODAY)
    assert (marko.open_cases, marko.due, marko.quiet) == ([], [], [])
