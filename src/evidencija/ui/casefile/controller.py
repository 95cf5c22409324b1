"""The case file's behaviour: loading it on the worker, who may edit what, adding, editing and
deleting records, identity data on request (audited) and its correction, the case manager,
closing and reopening, printing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox

from ...services import cases as case_service
from ...services import people
from ...services import users as user_service
from ...services.access import EDITORS, may_edit
from ...services.casefile import get_case_file
from ...services.dto import CaseData, CaseFile, ClosureData, PersonData, PersonIdentity, ref
from ...services.history import HistoryEntry, case_history
from ...services.roles import CASE_MANAGER
from ...services.validation import Checker, check_fields
from .. import dialogs, errors
from ..context import AppContext, DraftData
from ..reference import code_choices, code_label, jurisdiction_of, law_choices
from ..widgets.jmbg_check import JmbgCheck
from .documents import DocumentActions
from .forms import from_json, jsonable
from .record_dialog import RecordDialog, error_texts
from .sections import (
    IDENTITY_FIELDS,
    PERSON_MORE,
    Section,
    build_sections,
    fmt_date,
    fmt_moment,
    more_about_person,
)
from .view import CaseFileView, SectionView, fit_columns

DRAFT_KEY = "case:record"
CASE_DETAILS = (
    "file_number",
    "case_type",
    "status",
    "response_priority",
    "victim_municipality_code",
    "repeat_case",
    "earlier_reports_count",
    "first_contact_at",
    "internal_team",
)


@dataclass(frozen=True)
class ManagerChoice:
    """The form of "Change case manager": one user, chosen among those who may manage cases."""

    case_manager_id: str = ref("user", required=True)


def check_manager_choice(data: ManagerChoice) -> None:
    """An empty choice is refused next to the field: the service would read it as "no case
    manager", which is not what an empty combo means."""
    checker = Checker()
    check_fields(data, checker)
    checker.done()


class CaseFileController(QObject):
    closed = Signal()  # the person went back to the list
    loaded = Signal(object)  # CaseFile

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.sections: list[Section] = build_sections()
        self.view = CaseFileView(self.sections)
        self.case_file: CaseFile | None = None
        self.history: list[HistoryEntry] = []
        self.case_id: str | None = None
        self.identities: dict[str, Any] = {}
        self.dialog: RecordDialog | None = None
        self.documents = DocumentActions(ctx, self.view, self._refused)
        self._pending_draft: dict[str, Any] | None = None
        v = self.view
        v.back_button.clicked.connect(self.close)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            v,
            activated=self.close,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        v.identity_button.clicked.connect(self.show_identity)
        v.close_button.clicked.connect(self.close_case)
        v.details_button.clicked.connect(self.edit_details)
        v.reopen_button.clicked.connect(self.reopen_case)
        v.print_plan_button.clicked.connect(lambda: self.print_document("plan"))
        v.print_summary_button.clicked.connect(lambda: self.print_document("summary"))
        for section_view in v.sections.values():
            sv = section_view
            sv.add_button.clicked.connect(lambda _=False, s=sv: self.add(s))
            sv.edit_button.clicked.connect(lambda _=False, s=sv: self.edit(s))
            sv.correct_button.clicked.connect(lambda _=False, s=sv: self.correct_identity(s))
            sv.delete_button.clicked.connect(lambda _=False, s=sv: self.delete(s))
            sv.delete_requested.connect(lambda s=sv: self.delete(s))
            # Enter on a person corrects her identity (people have no other edit); Enter on a
            # document opens it
            sv.table.activated.connect(lambda _i, s=sv: self.activate(s))
        documents_view = v.sections["documents"]
        documents_view.open_button.clicked.connect(lambda: self.open_document())
        documents_view.save_copy_button.clicked.connect(lambda: self.save_document_copy())
        v.manager_button.clicked.connect(lambda: self.change_manager())
        v.retranslated.connect(self._render)

    # ------------------------------------------------------------------ loading
    def open(self, case_id: str) -> None:
        if self.case_id != case_id:
            self.identities = {}
        self.case_id = case_id
        register = self.ctx.register
        self.ctx.tasks.submit(
            lambda: (get_case_file(register, case_id), case_history(register, case_id)),
            self._loaded,
            self._failed,
            parent=self.view,
        )

    def reload(self) -> None:
        if self.case_id is not None and self.ctx.register.is_unlocked:
            self.open(self.case_id)

    def _loaded(self, loaded: tuple[CaseFile, list[HistoryEntry]]) -> None:
        case_file, self.history = loaded
        if case_file.case.id != self.case_id:
            return
        self.case_file = case_file
        self._render()
        self.loaded.emit(case_file)
        if self._pending_draft is not None:
            draft, self._pending_draft = self._pending_draft, None
            self._reopen_draft(draft)

    def _failed(self, exc: BaseException) -> None:
        errors.report(exc, self.view)
        if self.case_file is None and self.ctx.register.is_unlocked:
            self.close()  # nothing to show: back to the list

    def close(self) -> None:
        self.forget()
        self.closed.emit()

    def forget(self) -> None:
        """Drop everything shown (the register is locking or the person left the case)."""
        self.case_file = None
        self.case_id = None
        self.identities = {}
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.documents.close_all()
        for sv in self.view.sections.values():
            sv.model.set_rows([])
        self.view.identity.clear()
        self.view.identity.hide()
        self.view.heading.set_text("", "")

    # ------------------------------------------------------------------ rights
    @property
    def user(self) -> Any:
        return self.ctx.register.require_user()

    def may_edit(self) -> bool:
        cf = self.case_file
        return cf is not None and not cf.closed and may_edit(self.user, cf.case.case_manager_id)

    def may_assign(self) -> bool:
        """Only a case manager assigns cases (services.cases.assign_case_manager), and not on a
        closed case."""
        cf = self.case_file
        return cf is not None and not cf.closed and self.user.role == CASE_MANAGER

    def may_reopen(self) -> bool:
        cf = self.case_file
        return cf is not None and cf.closed and may_edit(self.user, cf.case.case_manager_id)

    # ------------------------------------------------------------------ rendering
    def _render(self) -> None:
        cf, v = self.case_file, self.view
        if cf is None or not self.ctx.register.is_unlocked:
            return
        case = cf.case
        v.heading.set_text(
            self.tr("Case %1").replace("%1", case.file_number),
            " · ".join(
                [
                    self.tr("Status: %1").replace("%1", code_label("case_status", case.status)),
                    self.tr("Priority: %1").replace(
                        "%1", code_label("response_priority", case.response_priority) or "—"
                    ),
                    self.tr("Case manager: %1").replace("%1", cf.case_manager_name or "—"),
                    self.tr("Opened: %1").replace("%1", fmt_date(case.opened_on)),
                ]
            ),
        )
        if cf.closure is not None:
            v.closed_banner.setText(
                self.tr("Closed on %1 (%2). The case is read-only until it is reopened.")
                .replace("%1", fmt_date(cf.closure.closed_on))
                .replace("%2", code_label("closure_reason", cf.closure.reason))
            )
        v.closed_banner.setVisible(cf.closure is not None)
        editable = self.may_edit()
        for sv in v.sections.values():
            sv.model.set_rows(list(sv.section.rows(cf)))
            fit_columns(sv.table)
            can = editable and sv.section.add is not None
            sv.add_button.setVisible(can)
            sv.edit_button.setVisible(can and sv.section.update is not None)
            sv.correct_button.setVisible(editable and sv.section.key == "people")
            sv.delete_button.setVisible(editable and sv.section.delete is not None)
            sv.enable_row_buttons()
            sv.note.setVisible(can and sv.section.note is not None)
            sv.empty.setVisible(sv.model.rowCount() == 0)
        v.close_button.setVisible(editable)
        v.details_button.setVisible(editable)
        v.manager_button.setVisible(self.may_assign())
        v.reopen_button.setVisible(self.may_reopen())
        self._render_identity()
        self._render_history()

    def _render_history(self) -> None:
        rows = "".join(
            f"<tr><td>{_esc(fmt_moment(e.at))}</td><td>{_esc(e.user or '—')}</td>"
            f"<td>{_esc(e.action)}</td><td>{_esc(e.entity)}</td>"
            f"<td>{_esc(', '.join(sorted(e.changes)))}</td></tr>"
            for e in self.history
        )
        head = "".join(
            f"<th align='left'>{_esc(h)}</th>"
            for h in (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record"),
                      self.tr("Fields"))
        )
        self.view.history.setHtml(
            f"<table cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"
            if self.history else self.tr("Nothing recorded yet.")
        )

    def _render_identity(self) -> None:
        cf, v = self.case_file, self.view
        if cf is None or not self.identities:
            v.identity.hide()
            return
        lines = []
        for p in cf.participants:
            ident = self.identities.get(p.person_id)
            if ident is None:
                continue
            bits = [
                f"<b>{_esc(ident.first_name)} {_esc(ident.last_name)}</b>",
                _esc(code_label("participant_role", p.role)),
            ]
            if ident.jmbg:
                bits.append(self.tr("JMBG %1").replace("%1", _esc(ident.jmbg)))
            if ident.birth_date:
                bits.append(fmt_date(ident.birth_date))
            if ident.address:
                bits.append(_esc(ident.address))
            if ident.phone:
                bits.append(_esc(ident.phone))
            lines.append(" · ".join(bits))
        v.identity.setText("<br>".join(lines))
        v.identity.show()

    # ------------------------------------------------------------------ identity
    def show_identity(self) -> None:
        cf = self.case_file
        if cf is None:
            return
        register = self.ctx.register
        person_ids = [p.person_id for p in cf.participants]

        def fetch() -> dict[str, Any]:
            return {pid: people.view_person_identity(register, pid) for pid in person_ids}

        def done(found: dict[str, Any]) -> None:
            if self.case_file is cf:
                self.identities = found
                self.view.tabs.setCurrentIndex(0)
                self._render_identity()

        self.ctx.tasks.submit(fetch, done, self._failed, parent=self.view)

    def correct_identity(
        self, sv: SectionView | None = None, values: dict[str, Any] | None = None
    ) -> None:
        """Correct the selected person's identity (a mistyped surname, JMBG, address …). Her
        current data is opened through the audited identity view, then saved like any record."""
        sv = sv or self.view.sections["people"]
        cf, part = self.case_file, sv.selected_row()
        if cf is None or part is None or sv.section.key != "people" or not self.may_edit():
            return
        person_id: str = part.person_id  # type: ignore[attr-defined]
        register, case_id = self.ctx.register, cf.case.id
        title = self.tr("Correct identity: %1").replace(
            "%1", code_label("participant_role", part.role)  # type: ignore[attr-defined]
        )

        def opened(identity: PersonIdentity) -> None:
            if self.case_id != case_id or self.case_file is None or self.dialog is not None:
                return  # the case was left (or locked) while the data was being read
            dialog = RecordDialog(
                self.view,
                title,
                PersonData,
                lambda data: people.update_person(register, person_id, data),
                self.ctx.tasks,
                record=identity,
                only=IDENTITY_FIELDS,
                folded=PERSON_MORE,
                fold_title=more_about_person,
            )
            # the same live JMBG check as when the person was entered
            dialog.layout().insertWidget(1, JmbgCheck(dialog.form, dialog))
            dialog.saved.connect(self._identity_saved)
            self._show(dialog, "identity", values, reload=False)

        self.ctx.tasks.submit(
            lambda: people.view_person_identity(register, person_id),
            opened,
            self._failed,
            parent=self.view,
        )

    def _identity_saved(self, identity: PersonIdentity) -> None:
        # An identity panel already open shows the corrected data without another opening.
        if self.identities:
            self.identities[identity.id] = identity
        self.reload()

    # ------------------------------------------------------------------ records
    def _refs(self) -> dict[str, Callable[[], list[tuple[str, str]]]]:
        cf = self.case_file
        parts = list(cf.participants) if cf else []

        def named(roles: tuple[str, ...] | None) -> Callable[[], list[tuple[str, str]]]:
            return lambda: [
                (p.id, f"{p.first_name} {p.last_name} — {code_label('participant_role', p.role)}")
                for p in parts
                if roles is None or p.role in roles
            ]

        def staff() -> list[tuple[str, str]]:
            named_here = {m.responsible_user_id for p in (cf.plans if cf else ()) for m in p.measures}
            named_here |= {r.intake_worker_id for r in (cf.reports if cf else ())}
            named_here |= {e.staff_user_id for e in (cf.contacts if cf else ())}
            return [
                (u.id, f"{u.display_name} — {code_label('user_role', u.role)}")
                for u in (cf.staff if cf else ())
                if (u.active and u.role != "READ_ONLY") or u.id in named_here
            ]

        law = jurisdiction_of(cf.case.centre_municipality_code) if cf else "RS"
        return {
            # the measures and decisions of the law the centre works under
            "measure_type": lambda: law_choices("urgent_measure_type", law),
            "court_decision": lambda: law_choices("urgent_court_decision", law),
            "victim_id": named(people.VICTIM_ROLES),
            "perpetrator_id": named(("PERPETRATOR",)),
            "participant_id": named(None),
            "member_ids": named(None),
            "plan_measure_id": lambda: [
                (m.id, m.measure) for p in (cf.plans if cf else ()) for m in p.measures
            ],
            # Who is responsible, who took the report: the centre's active users, and one already
            # named in this case (an edit must not silently drop a colleague who has left).
            "responsible_user_id": staff,
            "intake_worker_id": staff,
            "staff_user_id": staff,
            "service_id": lambda: [
                (
                    s.id,
                    " · ".join(
                        t for t in (code_label("service_type", s.service_type),
                                    fmt_date(s.started_on)) if t
                    ),
                )
                for s in (cf.services if cf else ())
            ],
        }

    def add(self, sv: SectionView) -> None:
        cf, section = self.case_file, sv.section
        if cf is None or section.add is None or section.cls is None or not self.may_edit():
            return
        register = self.ctx.register
        title = self.tr("%1: add").replace("%1", section.title())
        if section.extra.get("pick_file"):  # a document: the file first, then what it is
            path = self.documents.pick_file()
            if path is None or self.case_file is not cf:
                return
            dialog = self._dialog(
                title, section.cls, lambda data: section.add(register, cf, data, path), section
            )
            dialog.form.set_value("title", path.stem[:200])
            return
        self._dialog(title, section.cls, lambda data: section.add(register, cf, data), section)

    def activate(self, sv: SectionView) -> None:
        """Enter or a double click on a row: what that row is for."""
        if sv.section.key == "people":
            self.correct_identity(sv)
        elif sv.section.key == "documents":
            self.open_document()
        else:
            self.edit(sv)

    def open_document(self) -> None:
        doc = self.view.sections["documents"].selected_row()
        if doc is not None and self.case_file is not None:
            self.documents.open(doc)  # type: ignore[arg-type]

    def save_document_copy(self) -> None:
        doc = self.view.sections["documents"].selected_row()
        if doc is not None and self.case_file is not None:
            self.documents.save_copy(doc)  # type: ignore[arg-type]

    def edit(self, sv: SectionView) -> None:
        cf, section, record = self.case_file, sv.section, sv.selected_row()
        if (
            cf is None
            or record is None
            or section.update is None
            or section.cls is None
            or not self.may_edit()
        ):
            return
        register = self.ctx.register
        self._dialog(
            self.tr("%1: edit").replace("%1", section.title()),
            section.cls,
            lambda data: section.update(register, record.id, data),
            section,
            record=record,
        )

    def _dialog(
        self,
        title: str,
        cls: type,
        save: Callable[[Any], Any],
        section: Section | None,
        record: object | None = None,
    ) -> RecordDialog:
        cf = self.case_file
        view = section.by_law(jurisdiction_of(cf.case.centre_municipality_code)) \
            if section and section.by_law and cf else None
        dialog = RecordDialog(
            self.view,
            title,
            cls,
            save,
            self.ctx.tasks,
            record=record,
            only=view.only if view else section.only if section else None,
            refs=self._refs(),
            folded=section.folded if section else (),
            fold_title=section.fold_title if section else None,
            captions=view.captions if view else None,
        )
        dialog.section_key = section.key if section else "closure"  # type: ignore[attr-defined]
        dialog.initial = dialog.form.values()  # type: ignore[attr-defined]
        dialog.saved.connect(lambda _r: self.reload())
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show(
        self,
        dialog: RecordDialog,
        key: str,
        values: dict[str, Any] | None = None,
        *,
        reload: bool = True,
    ) -> None:
        """Open `dialog` as the case file's one dialog (kept as a draft across a lock, closed
        when the register locks); `values` are a draft's, typed in again."""
        dialog.section_key = key  # type: ignore[attr-defined]
        dialog.initial = dialog.form.values()  # type: ignore[attr-defined]
        if reload:
            dialog.saved.connect(lambda _r: self.reload())
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        for name, value in (values or {}).items():
            if name in dialog.form.widgets:
                dialog.form.set_value(name, from_json(value))

    def describe(self, sv: SectionView, record: object) -> str:
        """A record as its row reads in the table (what the person selected)."""
        return " · ".join(v for v in (c.value(record) for c in sv.section.columns) if v)

    def delete(self, sv: SectionView) -> None:
        """Delete the selected record (a person: take her out of the case) after a question
        naming it; the service records what it held in the audit trail."""
        cf, section, record = self.case_file, sv.section, sv.selected_row()
        if cf is None or record is None or section.delete is None or not self.may_edit():
            return
        what = self.describe(sv, record)
        if section.key == "people":
            question = self.tr(
                "Remove %1 from this case? The person stays in the register; her "
                "relationships in this case are deleted with her."
            ).replace("%1", what)
            yes = self.tr("Remove")
        else:
            question = (
                self.tr(
                    "Delete this record from “%1”?\n%2\n"
                    "It cannot be undone; the audit trail keeps what it held."
                )
                .replace("%1", section.title())
                .replace("%2", what)
            )
            yes = self.tr("Delete")
        # Cancel is the default: a second Enter after Del must not delete anything.
        choice = dialogs.message(
            self.view, question, [yes, self.tr("Cancel")], icon=QMessageBox.Icon.Warning, default=1
        )
        if choice != 0:
            return
        record_id: str = record.id  # type: ignore[attr-defined]
        register, remove = self.ctx.register, section.delete

        def done(_result: object) -> None:
            self.reload()
            sv.table.setFocus()

        self.ctx.tasks.submit(
            lambda: remove(register, record_id), done, self._refused, parent=self.view
        )

    def _refused(self, exc: BaseException) -> None:
        """A write the services refused (closed case, record in use …) in a message; a bug
        goes to the crash report."""
        texts = error_texts(exc)
        if texts is None:
            errors.report(exc, self.view)
        else:
            dialogs.warn(self.view, "\n".join(texts.values()))

    # ------------------------------------------------------------------ the case manager
    def change_manager(self, values: dict[str, Any] | None = None) -> None:
        """Give the case to another case manager or caseworker (active users only)."""
        cf = self.case_file
        if cf is None or not self.may_assign():
            return
        register, case = self.ctx.register, cf.case

        def chosen(users: list[user_service.UserInfo]) -> None:
            if self.case_id != case.id or self.case_file is None or self.dialog is not None:
                return
            # the users the service accepts: active, and allowed to edit cases
            choices = [
                (u.id, f"{u.display_name} — {code_label('user_role', u.role)}")
                for u in users
                if u.active and u.role in EDITORS
            ]

            def save(data: ManagerChoice) -> Any:
                check_manager_choice(data)
                return case_service.assign_case_manager(register, case.id, data.case_manager_id)

            dialog = RecordDialog(
                self.view,
                self.tr("Case manager of case %1").replace("%1", case.file_number),
                ManagerChoice,
                save,
                self.ctx.tasks,
                record=case,
                refs={"case_manager_id": lambda: choices},
            )
            self._show(dialog, "manager", values)

        self.ctx.tasks.submit(
            lambda: user_service.list_users(register), chosen, self._failed, parent=self.view
        )

    # ------------------------------------------------------------------ drafts
    def draft(self) -> DraftData | None:
        """The record being typed in the open dialog, kept as a draft across a lock."""
        d = self.dialog
        if d is None or self.case_id is None or d.form.values() == d.initial:  # type: ignore[attr-defined]
            return None
        if d.section_key == "documents" and d.record is None:  # type: ignore[attr-defined]
            return None  # attaching: the file is where it was; a draft could not hold it
        payload = {
            "case_id": self.case_id,
            "section": d.section_key,  # type: ignore[attr-defined]
            "record_id": getattr(d.record, "id", None),
            "values": jsonable(d.form.values()),
        }
        return DraftData(DRAFT_KEY, payload, self.case_id)

    def restore_draft(self, payload: dict[str, Any]) -> None:
        self._pending_draft = payload
        self.open(str(payload["case_id"]))

    def _reopen_draft(self, payload: dict[str, Any]) -> None:
        key = payload.get("section")
        if key == "identity":
            # the dialogs below open once their data is read: the draft's values go with them
            sv = self.view.sections["people"]
            row = next(
                (i for i, r in enumerate(sv.model.rows) if r.person_id == payload.get("record_id")),
                None,
            )
            if row is not None:
                self.view.tabs.setCurrentWidget(sv)
                sv.table.selectRow(row)
                self.correct_identity(sv, dict(payload.get("values", {})))
            return
        if key == "manager":
            self.change_manager(dict(payload.get("values", {})))
            return
        if key == "closure":
            self.close_case()
        elif key == "details":
            self.edit_details()
        else:
            sv = self.view.sections.get(str(key))
            if sv is None:
                return
            record_id = payload.get("record_id")
            if record_id:
                row = next((i for i, r in enumerate(sv.model.rows) if r.id == record_id), None)
                if row is None:
                    return
                self.view.tabs.setCurrentWidget(sv)
                sv.table.selectRow(row)
                self.edit(sv)
            else:
                self.view.tabs.setCurrentWidget(sv)
                self.add(sv)
        if self.dialog is not None:
            for name, value in dict(payload.get("values", {})).items():
                if name in self.dialog.form.widgets:
                    self.dialog.form.set_value(name, from_json(value))

    # ------------------------------------------------------------------ the case itself
    def edit_details(self) -> None:
        cf = self.case_file
        if cf is None or not self.may_edit():
            return
        register, case = self.ctx.register, cf.case
        dialog = RecordDialog(
            self.view,
            self.tr("Case details"),
            CaseData,
            lambda data: case_service.update_case(
                register, case.id, data, expected_version=case.version_id
            ),
            self.ctx.tasks,
            record=case,
            only=CASE_DETAILS,
            # open or under the coordination group's review; closing (passive, transferred)
            # goes through "Close case", which records the reason
            refs={
                "status": lambda: [
                    (c, label)
                    for c, label in code_choices("case_status")
                    if c in case_service.OPEN_STATUSES
                ]
            },
        )
        dialog.section_key = "details"  # type: ignore[attr-defined]
        dialog.initial = dialog.form.values()  # type: ignore[attr-defined]
        dialog.saved.connect(lambda _r: self.reload())
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ closing
    def close_case(self) -> None:
        cf = self.case_file
        if cf is None or not self.may_edit():
            return
        register, case_id = self.ctx.register, cf.case.id
        self._dialog(
            self.tr("Close case"),
            ClosureData,
            lambda data: case_service.close_case(register, case_id, data),
            None,
        )

    def reopen_case(self) -> None:
        cf = self.case_file
        if cf is None or not self.may_reopen():
            return
        if not dialogs.ask(
            self.view,
            self.tr("Reopen case %1? It can be edited again.").replace("%1", cf.case.file_number),
            self.tr("Reopen"),
            self.tr("Cancel"),
        ):
            return
        register, case_id = self.ctx.register, cf.case.id
        self.ctx.tasks.submit(
            lambda: case_service.reopen_case(register, case_id),
            lambda _c: self.reload(),
            self._refused,
            parent=self.view,
        )

    # ------------------------------------------------------------------ printing
    def print_document(self, which: str) -> None:
        cf = self.case_file
        if cf is None:
            return
        from .. import printing

        printing.print_interactively(self.ctx, self.view, cf, which)


def _esc(text: str) -> str:
    from html import escape

    return escape(text or "")
