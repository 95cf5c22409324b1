"""Render the main screens to PNG: `python -m evidencija.ui.screenshots --out docs/screenshots`.

Everything happens in a temporary folder (register, preferences) on Qt's offscreen platform, with
a demo register of synthetic cases when the demo generator is available. The KDF is the cheap test
one: the register is thrown away at the end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ADMIN, MANAGER, PASSPHRASE = "admin", "milica", "Demo-lozinka-2026"
SIZES = {"wizard": (780, 600), "unlock": (600, 440), "main": (1240, 780)}


def _wait(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _grab(widget: object, path: Path, size: tuple[int, int] | None = None) -> None:
    from PySide6.QtCore import QCoreApplication

    if size:
        widget.resize(*size)  # type: ignore[attr-defined]
    for _ in range(5):
        QCoreApplication.processEvents()
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    sys.stdout.write(f"{path}\n")


def _demo_register(data_dir: Path) -> None:
    from ..db.register import Register
    from ..services import users

    register, _key = Register.create(
        data_dir,
        centre_code="CSR-KG",
        centre_name="Centar za socijalni rad Kragujevac",
        admin_username=ADMIN,
        admin_display_name="Ana Petrović",
        passphrase=PASSPHRASE,
        municipality_code="RS-70645",
    )
    with register:
        try:
            from ..demo.generator import generate

            generate(register, cases=400, seed=7)
        except ImportError:
            pass
        users.add_user(register, MANAGER, "Milica Jovanović", "CASE_MANAGER", PASSPHRASE)
        users.add_user(register, "marko", "Marko Ilić", "CASEWORKER", PASSPHRASE)
        users.add_user(register, "vesna", "Vesna Nikolić", "READ_ONLY", PASSPHRASE)
        users.disable_user(register, "vesna")


def _wizard(out: Path, lang: str, work: Path, session_for: Callable[[Path], object]) -> None:
    from ..db.register import Register

    session = session_for(work / f"wizard-{lang}")
    session.start()  # type: ignore[attr-defined]
    controller = session.first_run  # type: ignore[attr-defined]
    wizard = controller.view
    _grab(wizard, out / f"01-first-run-welcome.{lang}.png", SIZES["wizard"])
    wizard.next()
    wizard.centre.code.setText("CSR-KG")
    wizard.centre.name.setText("Centar za socijalni rad Kragujevac")
    wizard.centre.municipality.setCurrentIndex(wizard.centre.municipality.findData("RS-70645"))
    _grab(wizard, out / f"02-first-run-centre.{lang}.png")
    wizard.next()
    wizard.admin.username.setText("ana.petrovic")
    wizard.admin.display_name.setText("Ana Petrović")
    wizard.admin.passphrase.first.setText("tri zelene jabuke")
    wizard.admin.passphrase.second.setText("tri zelene jabuke")
    _grab(wizard, out / f"03-first-run-administrator.{lang}.png")
    register, key = Register.create(
        work / f"wizard-{lang}",
        centre_code="CSR-KG",
        centre_name="Centar za socijalni rad Kragujevac",
        admin_username="ana.petrovic",
        admin_display_name="Ana Petrović",
        passphrase=PASSPHRASE,
    )
    controller._created((register, key))
    wizard.recovery.confirm.setText(key.split("-")[2])
    _grab(wizard, out / f"04-first-run-recovery-key.{lang}.png")
    session.quit(0)  # type: ignore[attr-defined]
    register.close()


def _unlock_and_main(
    out: Path, lang: str, data_dir: Path, session_for: Callable[[Path], object]
) -> None:
    session = session_for(data_dir)
    session.start()  # type: ignore[attr-defined]
    unlock = session.unlock  # type: ignore[attr-defined]
    view = unlock.view
    view.username.setText(MANAGER)
    _grab(view, out / f"05-unlock.{lang}.png", SIZES["unlock"])
    view.passphrase.setText("wrong passphrase")
    unlock.unlock()
    _wait(lambda: view.unlock_button.isEnabled())
    _grab(view, out / f"06-unlock-wrong-passphrase.{lang}.png")
    view.passphrase.setText(PASSPHRASE)
    unlock.unlock()
    _wait(lambda: session.main is not None and session.main.view.isVisible())  # type: ignore[attr-defined]
    main = session.main  # type: ignore[attr-defined]
    main.view.resize(*SIZES["main"])
    # The window opens on My work (a case manager's: the whole centre), read in the background.
    _wait(lambda: not main.page("my_work").loading)
    _grab(main.view, out / f"06b-main-my-work.{lang}.png")
    pages = [key for key in main.view.page_keys() if key != "my_work"]
    for number, key in enumerate(pages, start=7):
        main.view.show_page(key)
        page = main.page(key)
        _wait(lambda page=page: not getattr(page, "loading", False))
        _grab(main.view, out / f"{number:02d}-main-{key}.{lang}.png")
    cases = main.page("cases")
    main.view.show_page("cases")
    cases.view.search.setText("jov")
    cases.apply_query()
    _grab(main.view, out / f"{number + 1:02d}-main-cases-search.{lang}.png")
    cases.new_case()
    _grab(main.view, out / f"{number + 2:02d}-main-new-case.{lang}.png")
    cases.clear_unsaved()
    _new_case_flow_and_case_file(main, out, lang, number + 2, session)
    cases.view.search.clear()
    session.lock("manual")  # type: ignore[attr-defined]
    _grab(view, out / f"{number + 3:02d}-locked.{lang}.png")
    view.username.setText(ADMIN)
    view.passphrase.setText(PASSPHRASE)
    unlock.unlock()
    _wait(lambda: session.main is not None and session.main.view.isVisible())  # type: ignore[attr-defined]
    admin = session.main  # type: ignore[attr-defined]
    admin.view.resize(*SIZES["main"])
    for offset, key in enumerate(("users", "backups"), start=4):
        admin.view.show_page(key)
        _grab(admin.view, out / f"{number + offset:02d}-admin-{key}.{lang}.png")
    _export_statistics_analysis(admin, out, lang, number + 6, data_dir.parent, session)
    session.quit(0)  # type: ignore[attr-defined]


def _new_case_flow_and_case_file(
    main: object, out: Path, lang: str, number: int, session: object
) -> None:
    """The new-case flow (people step, with the JMBG checked) and a case file."""
    from datetime import date

    from ..services import jmbg

    cases = main.page("cases")  # type: ignore[attr-defined]
    view = main.view  # type: ignore[attr-defined]
    cases.new_case_flow()
    flow = cases.flow.view
    flow.case_form.set_value("file_number", "553-1207/2026")
    flow.victim.form.set_value("first_name", "Jelena")
    flow.victim.form.set_value("last_name", "Stanković")
    flow.victim.form.set_value("jmbg", jmbg.make(date(1990, 5, 17), "72", 633))
    flow.perpetrator.form.set_value("first_name", "Dragan")
    flow.perpetrator.form.set_value("last_name", "Stanković")
    cases.flow.go(1)
    _grab(view, out / f"{number:02d}b-main-new-case-flow-people.{lang}.png")
    cases.flow.go(3)
    flow.incident_form.set_value("forms", ("PHYSICAL", "PSYCHOLOGICAL"))
    _grab(view, out / f"{number:02d}c-main-new-case-flow-incident.{lang}.png")
    cases.flow.reset()
    cases.view.search.clear()
    cases.apply_query()
    cf = cases.case_file
    best = None
    for row in range(min(cases.model.rowCount(), 60)):  # a case with an urgent measure
        item = cases.model.case_at(row)
        if item is None:
            continue
        from ..services.casefile import get_case_file

        found = get_case_file(session.register, item.id)  # type: ignore[attr-defined]
        if found.urgent_measures and found.incidents:
            best = item.id
            break
        best = best or item.id
    if best is None:
        return
    cases.open_case_id(best)
    _wait(lambda: cf.case_file is not None and not session.tasks.busy)  # type: ignore[attr-defined]
    _grab(view, out / f"{number:02d}d-main-case-file.{lang}.png")
    cf.view.tabs.setCurrentWidget(cf.view.sections["urgent"])
    _grab(view, out / f"{number:02d}e-main-case-file-urgent.{lang}.png")
    _person_and_documents(cf, view, out, lang, number, session)
    cf.close()


def _person_and_documents(
    cf: object, view: object, out: Path, lang: str, number: int, session: object
) -> None:
    """The victim's form with "More about this person" open, and the Documents section."""
    from ..services import documents

    people = cf.view.sections["people"]  # type: ignore[attr-defined]
    cf.view.tabs.setCurrentWidget(people)  # type: ignore[attr-defined]
    victim = next((i for i, p in enumerate(people.model.rows) if p.role == "VICTIM"), 0)
    people.table.selectRow(victim)
    cf.correct_identity(people)  # type: ignore[attr-defined]
    _wait(lambda: cf.dialog is not None)  # type: ignore[attr-defined]
    dialog = cf.dialog  # type: ignore[attr-defined]
    dialog.form.unfold()
    dialog.resize(640, 900)
    _grab(dialog, out / f"{number:02d}f-main-case-file-person.{lang}.png")
    dialog.reject()
    _wait(lambda: cf.dialog is None)  # type: ignore[attr-defined]
    register, case_id = session.register, cf.case_id  # type: ignore[attr-defined]
    if not cf.case_file.documents:  # type: ignore[attr-defined]
        for doc_type, title in (("POLICE_ORDER", "Rešenje o hitnoj meri"),
                                ("SIGNED_PLAN", "Potpisan plan zaštite")):
            data = documents.DocumentData(doc_type=doc_type, title=title)
            documents.attach_document(register, case_id, f"{title}.pdf",
                                      b"%PDF-1.4\n" + bytes(180_000) + b"\n%%EOF\n", data)
        cf.reload()  # type: ignore[attr-defined]
        _wait(lambda: bool(cf.case_file and cf.case_file.documents))  # type: ignore[attr-defined]
    docs = cf.view.sections["documents"]  # type: ignore[attr-defined]
    cf.view.tabs.setCurrentWidget(docs)  # type: ignore[attr-defined]
    docs.table.selectRow(0)
    _grab(view, out / f"{number:02d}g-main-case-file-documents.{lang}.png")


def _export_statistics_analysis(
    admin: object, out: Path, lang: str, number: int, work: Path, session: object
) -> None:
    """The Export page (preview, outbox), Statistics and the NGO's Analysis window."""
    from ..analysis.keys import generate_identity
    from ..export import api
    from ..export.period import Period
    from ..outbox import queue
    from ..services import clock
    from .analysis.window import AnalysisWindow

    tasks = session.tasks  # type: ignore[attr-defined]
    register = session.register  # type: ignore[attr-defined]
    view = admin.view  # type: ignore[attr-defined]
    page = admin.page("export")  # type: ignore[attr-defined]
    view.show_page("export")
    page.run_preview()
    _wait(lambda: page.preview is not None and not tasks.busy, 120)
    page.view.sheets.setCurrentIndex(2)
    _grab(view, out / f"{number:02d}-admin-export-preview.{lang}.png")
    identity = work / f"ngo-{lang}.key"
    recipient = generate_identity(identity)
    api.set_recipients(register, [recipient])
    packages = work / f"packages-{lang}"
    result = api.run_export(register, Period.last_month(), packages)
    queue.enqueue_file(register, result.path)
    api.write_centre_card(register, work / f"card-{lang}.json")
    page.refresh()
    page.view.tabs.setCurrentIndex(1)
    _grab(view, out / f"{number + 1:02d}-admin-export-outbox.{lang}.png")
    page.view.tabs.setCurrentIndex(2)
    _grab(view, out / f"{number + 2:02d}-admin-export-history.{lang}.png")
    page.view.tabs.setCurrentIndex(0)
    stats = admin.page("statistics")  # type: ignore[attr-defined]
    view.show_page("statistics")
    stats.set_period(str(clock.today().year))
    stats.compute()
    _wait(lambda: bool(stats.tables) and not tasks.busy, 120)
    stats.show_indicator(0)
    _grab(view, out / f"{number + 3:02d}-admin-statistics.{lang}.png")
    window = AnalysisWindow(store_url=str(work / f"store-{lang}.db"), identity=identity)
    window.resize(*SIZES["main"])
    window.show()
    window.register_card(work / f"card-{lang}.json")
    window.grid_period.setText(str(clock.today().year))
    window.import_paths([packages])
    _wait(lambda: window.summary is not None and window.grid is not None and not window.tasks.busy)
    _grab(window, out / f"{number + 4:02d}-analysis-import.{lang}.png")
    window.tabs.setCurrentIndex(1)
    _grab(window, out / f"{number + 5:02d}-analysis-grid.{lang}.png")
    window.ind_period.setText(str(clock.today().year))
    window.tabs.setCurrentIndex(2)
    window.show_indicators()
    _wait(lambda: bool(window.tables) and not window.tasks.busy)
    window.show_indicator(0)
    _grab(window, out / f"{number + 6:02d}-analysis-indicators.{lang}.png")
    window.close()
    window.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--langs", default="sr_Latn,en", help="comma-separated, e.g. sr_Latn,sq")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["EVIDENCIJA_TEST_WEAK_KDF"] = "1"  # a throw-away register
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from .app import create_session

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="evidencija-shots-") as tmp:
        work = Path(tmp)
        os.environ["EVIDENCIJA_LOG_DIR"] = str(work / "logs")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setFont(QFont("DejaVu Sans", 10))
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings")
        )
        from . import dialogs

        dialogs.run = lambda box: (
            box.buttons()[0].click() if box.buttons() else None
        )  # no one to ask
        data_dir = work / "demo"
        _demo_register(data_dir)
        for lang in args.langs.split(","):
            sessions: list[object] = []

            def session_for(
                folder: Path, lang: str = lang, made: list[object] = sessions
            ) -> object:
                session = create_session(folder, lang)
                made.append(session)
                return session

            _wizard(args.out, lang, work, session_for)
            _unlock_and_main(args.out, lang, data_dir, session_for)
            for session in sessions:
                session.translators.clear()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    sys.exit(main())
