"""My work: a caseworker's window opens on her own work; a case manager's on the whole centre's,
narrowed to one colleague with "Whose work"; a row opens its case."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ui_support import USER_PASSPHRASE, create_register, unlock

from evidencija.services import care, cases, legal, users
from evidencija.services.dto import CaseData, PlanData, ReferralData


def _seed(register: Any) -> None:
    """Marko's case, waiting 12 days for the legal-aid office, its plan review overdue; an
    unassigned case of the centre."""
    marko = next(u.id for u in users.list_users(register) if u.username == "marko")
    today = date.today()
    mine = cases.create_case(register, CaseData(
        file_number="553-1/2026", opened_on=today - timedelta(days=40),
        centre_municipality_code="RS-70645", case_manager_id=marko))
    cases.create_case(register, CaseData(
        file_number="553-2/2026", opened_on=today, centre_municipality_code="RS-70645"))
    legal.add_referral(register, mine.id, ReferralData(
        direction="SENT_TO", institution_type="FREE_LEGAL_AID",
        referred_on=today - timedelta(days=12)))
    care.add_plan(register, mine.id, PlanData(drawn_up_on=today - timedelta(days=30),
                                              review_on=today - timedelta(days=2)))


def _loaded(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: not page.loading and page.work is not None, timeout=10_000)


def test_a_caseworker_starts_on_her_own_work(qtbot: Any, make_session: Any,
                                             data_dir: Path) -> None:
    create_register(data_dir, vodja="CASE_MANAGER", marko="CASEWORKER")
    session = make_session(data_dir)
    session.start()
    unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    _seed(session.register)
    session.lock("manual")

    main = unlock(qtbot, session, "marko", USER_PASSPHRASE)
    assert main.view.current_key() == "my_work"
    page = main.page("my_work")
    _loaded(qtbot, page)
    v = page.view
    assert v.person.currentText() == "Marko (me)"
    assert [v.tabs.tabText(i) for i in range(v.tabs.count())] == [
        "Due this week (1)", "Plan reviews (1)", "Waiting for an answer (1)",
        "No contact for 30 days (1)", "Open cases (1)"]
    referral = page.referrals.model
    assert [referral.data(referral.index(0, c)) for c in (0, 3)] == ["553-1/2026", "12"]
    # Enter on a row opens its case in the case file.
    page.referrals.table.activated.emit(referral.index(0, 0))
    cf = main.page("cases").case_file
    qtbot.waitUntil(lambda: cf.case_file is not None, timeout=10_000)
    assert main.view.current_key() == "cases" and cf.case_file.case.file_number == "553-1/2026"


def test_a_case_manager_sees_the_centre_and_narrows_it(qtbot: Any, make_session: Any,
                                                       data_dir: Path) -> None:
    create_register(data_dir, vodja="CASE_MANAGER", marko="CASEWORKER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    _seed(session.register)
    page = main.page("my_work")
    page.refresh()
    _loaded(qtbot, page)
    v = page.view
    assert main.view.current_key() == "my_work" and v.person.currentText() == "Whole centre"
    assert page.open_cases.rows() == 2
    v.person.setCurrentIndex(v.person.findText("Marko"))
    v.person.activated.emit(v.person.currentIndex())
    qtbot.waitUntil(lambda: not page.loading and page.open_cases.rows() == 1, timeout=10_000)
    assert v.tabs.tabText(4) == "Open cases (1)"
    # A lock leaves nothing of it on screen.
    session.lock("manual")
    assert page.open_cases.rows() == 0 and page.referrals.rows() == 0
