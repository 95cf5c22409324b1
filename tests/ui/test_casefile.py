"""The case file: every section's model passes qtmodeltester, the urgent measure's legal clock is
spelled out, identity data only on request, a closed case is read-only with Reopen, and a
read-only user sees no edit controls."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ui_support import USER_PASSPHRASE, create_register, unlock

from evidencija.services import care, intake, legal, people
from evidencija.services import cases as case_service
from evidencija.services.dto import (
    CaseData,
    ClosureData,
    IncidentData,
    MeetingData,
    PersonData,
    PlanData,
    PlanMeasureData,
    ReferralData,
    ServiceData,
    UrgentMeasureData,
)
from evidencija.ui.casefile.sections import build_sections


def seed_case(register: Any) -> str:
    now = datetime.now().astimezone()
    case = case_service.create_case(
        register,
        CaseData(
            file_number="553-77/2026", opened_on=date.today(), centre_municipality_code="RS-70645"
        ),
    )
    victim = people.create_person(
        register, PersonData(first_name="Ana", last_name="Đorđević", jmbg=None, address="Ulica 1")
    )
    perp = people.create_person(register, PersonData(first_name="Zoran", last_name="Đorđević"))
    people.add_participant(register, case.id, victim.id, "VICTIM")
    people.add_participant(register, case.id, perp.id, "PERPETRATOR")
    intake.add_incident(
        register, case.id, IncidentData(occurred_at=now - timedelta(hours=30), forms=("PHYSICAL",))
    )
    legal.add_urgent_measure(
        register,
        case.id,
        UrgentMeasureData(
            measure_type=_first("urgent_measure_type"), served_at=now - timedelta(hours=30)
        ),
    )
    legal.add_referral(
        register,
        case.id,
        ReferralData(
            direction=_first("referral_direction"),
            institution_type=_first("referral_institution"),
            referred_on=date.today(),
        ),
    )
    care.add_meeting(
        register, case.id, MeetingData(meeting_type=_first("meeting_type"), held_on=date.today())
    )
    plan = care.add_plan(register, case.id, PlanData(drawn_up_on=date.today()))
    care.add_plan_measure(
        register,
        plan.id,
        PlanMeasureData(kind=_first("plan_measure_kind"), measure=_first("service_type")),
    )
    care.add_service(register, case.id, ServiceData(service_type=_first("service_type")))
    return case.id


def _first(list_name: str) -> str:
    from evidencija.db.codes import code_list

    return code_list(list_name).codes[0].code


def open_case(qtbot: Any, page: Any, case_id: str) -> Any:
    page.open_case_id(case_id)
    qtbot.waitUntil(lambda: page.case_file.case_file is not None, timeout=10_000)
    return page.case_file


def test_sections_models_clock_identity_close_reopen(
    qtbot: Any, qtmodeltester: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case_id = seed_case(session.register)
    page = main.page("cases")
    cf = open_case(qtbot, page, case_id)
    assert len(cf.view.sections) == len(build_sections())
    for section in cf.view.sections.values():
        qtmodeltester.check(section.model)
    assert cf.view.sections["people"].model.rowCount() == 2
    assert cf.view.sections["plan_measures"].model.rowCount() == 1
    # the urgent measure served 30 h ago: its 48 h clock and the overdue proposal, in words
    urgent = cf.view.sections["urgent"].model
    text = urgent.index(0, 2).data()
    assert "OVERDUE" in text and "expires" in text and "proposal due" in text
    assert urgent.index(0, 2).data(1) is not None  # an icon beside the text
    # identity data only on request
    assert "Đorđević" not in cf.view.identity.text()
    cf.show_identity()
    qtbot.waitUntil(lambda: "Ulica 1" in cf.view.identity.text(), timeout=10_000)
    assert "Ana Đorđević" in cf.view.identity.text()
    # every section the brief names has Add for a case manager
    for key in ("services", "meetings", "plan_measures", "urgent", "referrals", "feedback"):
        assert not cf.view.sections[key].add_button.isHidden(), key
    # History: the audit trail of this case, including the identity viewing just done
    history = cf.view.history.toPlainText()
    assert "CREATE" in history and "VIEW" in history
    # a third person (a child) added in the case file
    people_view = cf.view.sections["people"]
    cf.add(people_view)
    form = cf.dialog.form
    assert form.value("role") == "CHILD"
    form.set_value("first_name", "Mila")
    form.set_value("last_name", "Đorđević")
    cf.dialog.save()
    qtbot.waitUntil(lambda: people_view.model.rowCount() == 3, timeout=10_000)
    # the case's own details
    assert not cf.view.details_button.isHidden()
    cf.edit_details()
    priority = cf.dialog.form.widgets["response_priority"].itemData(1)
    cf.dialog.form.set_value("response_priority", priority)
    cf.dialog.save()
    qtbot.waitUntil(
        lambda: cf.case_file is not None and cf.case_file.case.response_priority == priority,
        timeout=10_000,
    )
    # close → read-only with Reopen
    assert not cf.view.close_button.isHidden()
    case_service.close_case(
        session.register,
        case_id,
        ClosureData(closed_on=date.today(), reason=_first("closure_reason")),
    )
    cf.reload()
    qtbot.waitUntil(lambda: cf.case_file is not None and cf.case_file.closed, timeout=10_000)
    assert not cf.view.closed_banner.isHidden()
    assert all(s.add_button.isHidden() for s in cf.view.sections.values())
    assert cf.view.close_button.isHidden() and not cf.view.reopen_button.isHidden()
    cf.reopen_case()  # the confirmation is answered with its first button (Reopen)
    qtbot.waitUntil(lambda: cf.case_file is not None and not cf.case_file.closed, timeout=10_000)
    assert not cf.view.sections["services"].add_button.isHidden()


def test_read_only_user_sees_no_edit_controls(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER", citalac="READ_ONLY", marko="CASEWORKER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case_id = seed_case(session.register)
    session.lock("manual")
    for username in ("citalac", "marko"):  # read-only; a caseworker on someone else's case
        main = unlock(qtbot, session, username, USER_PASSPHRASE)
        page = main.page("cases")
        assert page.view.new_button.isHidden() or username == "marko"
        cf = open_case(qtbot, page, case_id)
        assert cf.view.sections["services"].model.rowCount() == 1
        for section in cf.view.sections.values():
            assert section.add_button.isHidden() and section.edit_button.isHidden()
        assert cf.view.close_button.isHidden() and cf.view.reopen_button.isHidden()
        assert cf.view.details_button.isHidden()
        cf.add(cf.view.sections["services"])  # even called directly, nothing opens
        assert cf.dialog is None
        cf.close()
        session.lock("manual")


def test_record_being_typed_survives_a_lock(
    qtbot: Any, make_session: Any, data_dir: Path, answers: Any
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case_id = seed_case(session.register)
    cf = open_case(qtbot, main.page("cases"), case_id)
    referrals = cf.view.sections["referrals"]
    cf.add(referrals)
    purpose = cf.dialog.form.widgets["purpose"]
    chosen = purpose.itemData(2)
    cf.dialog.form.set_value("purpose", chosen)
    session.lock("idle")
    assert cf.dialog is None and cf.case_file is None
    unlock(qtbot, session, "vodja", USER_PASSPHRASE)  # the draft is offered and taken back
    qtbot.waitUntil(lambda: cf.dialog is not None, timeout=10_000)
    assert cf.dialog.form.value("purpose") == chosen
    assert "unsaved" in answers.texts()


def test_a_deadline_opens_its_case(qtbot: Any, make_session: Any, data_dir: Path) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case_id = seed_case(session.register)
    deadlines = main.page("deadlines")
    main.view.show_page("deadlines")
    deadlines.refresh()
    # The week's list is read on the worker thread.
    qtbot.waitUntil(lambda: not deadlines.loading and deadlines.model.rowCount() > 0,
                    timeout=10_000)
    deadlines.view.table.activated.emit(deadlines.model.index(0, 0))
    cf = main.page("cases").case_file
    qtbot.waitUntil(lambda: cf.case_file is not None, timeout=10_000)
    assert main.view.current_key() == "cases" and cf.case_file.case.id == case_id


def test_a_measure_names_a_colleague_as_responsible_and_the_plan_shows_it(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    """'Who does what by when': the responsible person is chosen among the centre's users (the
    form used to drop the field for want of choices), shown in the measures and printed."""
    from evidencija.ui import printing

    create_register(data_dir, vodja="CASE_MANAGER", radnica="CASEWORKER", citac="READ_ONLY")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    cf = open_case(qtbot, main.page("cases"), seed_case(session.register))
    measures = cf.view.sections["plan_measures"]
    measures.table.selectRow(0)
    cf.edit(measures)
    form = cf.dialog.form
    offered = dict(form.refs["responsible_user_id"]())
    names = [name.split(" — ")[0] for name in offered.values()]
    assert names == ["Ana Administratorka", "Radnica", "Vodja"]  # active, not read-only
    radnica = next(user_id for user_id, name in offered.items() if name.startswith("Radnica"))
    form.set_value("responsible_user_id", radnica)
    form.set_value("responsible_person", "dr Petar Petrović, Dom zdravlja")
    cf.dialog.save()
    qtbot.waitUntil(
        lambda: cf.case_file.plans[0].measures[0].responsible_user_id == radnica, timeout=10_000
    )
    shown = [measures.model.index(0, col).data() for col in range(measures.model.columnCount())]
    assert "Radnica · dr Petar Petrović, Dom zdravlja" in shown
    identities, _centre = printing.gather(session.register, cf.case_file)
    html = printing.plan_html(cf.case_file, identities, "en", "CSR Kragujevac")
    assert "Radnica · dr Petar Petrović, Dom zdravlja" in html


def test_a_contact_is_noted_from_the_case_file(qtbot: Any, make_session: Any, data_dir: Path) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    cf = open_case(qtbot, main.page("cases"), seed_case(session.register))
    contacts = cf.view.sections["contacts"]
    assert not contacts.add_button.isHidden()
    cf.add(contacts)
    form = cf.dialog.form
    form.set_value("contacted_on", date.today())
    form.set_value("contact_type", "HOME_VISIT")
    form.set_value("counterpart", "INSTITUTION")
    form.set_value("institution", "SCHOOL")
    form.set_value("note", "Razgovor sa pedagogom škole.")
    cf.dialog.save()
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=10_000)
    shown = [contacts.model.index(0, col).data() for col in range(contacts.model.columnCount())]
    assert "Razgovor sa pedagogom škole." in shown
    assert "Vodja" in shown  # who had the contact: the one who noted it


def test_a_kosovo_case_records_kosovo_orders_in_kosovo_words(
    qtbot: Any, make_session: Any, data_dir: Path
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case = case_service.create_case(session.register, CaseData(
        file_number="K-1/2026", opened_on=date.today(), centre_municipality_code="XK-GJILAN"))
    filed = datetime.now().astimezone() - timedelta(hours=30)
    legal.add_urgent_measure(session.register, case.id, UrgentMeasureData(
        measure_type="XK_EMERGENCY_PROTECTION_ORDER", proposal_at=filed))
    cf = open_case(qtbot, main.page("cases"), case.id)
    # the petition was not decided within 24 h: the clock says so, with no 48 h ZSNP expiry
    clock_text = cf.view.sections["urgent"].model.index(0, 2).data()
    assert "OVERDUE" in clock_text and "decision due" in clock_text
    assert "expires" not in clock_text
    cf.add(cf.view.sections["urgent"])
    form = cf.dialog.form
    types = [form.widgets["measure_type"].itemData(i)
             for i in range(form.widgets["measure_type"].count())]
    assert {t for t in types if t} == {"XK_INTERIM_EMERGENCY_ORDER",
                                      "XK_EMERGENCY_PROTECTION_ORDER", "XK_PROTECTION_ORDER"}
    decisions = {form.widgets["court_decision"].itemData(i)
                 for i in range(form.widgets["court_decision"].count())} - {None, ""}
    assert decisions == {"XK_ORDER_ISSUED", "XK_PETITION_REJECTED"}
    assert "prosecutor_proposal" not in form.widgets and "appeal_by" not in form.widgets
    assert form.labels["proposal_at"].text().startswith("Petition filed at")
    assert form.labels["extended_until"].text().startswith("Order in force until")
