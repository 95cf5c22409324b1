"""Every item model passes Qt's model tester, and the case list pages, searches and sorts in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_support import USER_PASSPHRASE, create_register

from evidencija.db.register import Register
from evidencija.services import cases as case_service
from evidencija.services import users
from evidencija.services.dto import CaseData, CaseQuery, Deadline
from evidencija.ui.pages import cases_model
from evidencija.ui.pages.cases_model import CasesModel
from evidencija.ui.pages.deadlines_model import OVERDUE, TODAY, WEEK, DeadlineRow, DeadlinesModel
from evidencija.ui.pages.users_model import UsersModel


def test_users_model(qapp: Any, qtmodeltester: Any, register: Register) -> None:
    users.add_user(register, "marko", "Marko Jovanović", "CASEWORKER", USER_PASSPHRASE)
    users.add_user(register, "vesna", "Vesna Ilić", "READ_ONLY", USER_PASSPHRASE)
    users.disable_user(register, "vesna")
    model = UsersModel()
    model.set_users(users.list_users(register))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    row = model.row_of("vesna")
    assert model.index(row, UsersModel.ROLE).data() == "Read only"
    assert model.index(row, UsersModel.STATE).data() == "Disabled"
    assert model.index(row, 0).data(UsersModel.IdRole) == model.user_at(row).id


@pytest.fixture
def case_register(data_dir: Path) -> Any:
    create_register(data_dir, vodja="CASE_MANAGER")
    register = Register.open(data_dir)
    register.unlock("vodja", USER_PASSPHRASE)
    for n in range(23):
        case_service.create_case(
            register,
            CaseData(
                file_number=f"553-{n:03d}/2026",
                centre_municipality_code="RS-70645",
                opened_on=date(2026, 1, 1) + timedelta(days=n),
                response_priority=("IMMEDIATE_24H", "URGENT_3D", "REGULAR_7D")[n % 3],
            ),
        )
    yield register
    register.close()


def test_cases_model_pages_lazily(
    qapp: Any, qtmodeltester: Any, case_register: Register, monkeypatch: Any
) -> None:
    monkeypatch.setattr(cases_model, "PAGE_SIZE", 5)
    monkeypatch.setattr(cases_model, "PAGES_KEPT", 2)
    model = CasesModel(case_register)
    model.set_query(CaseQuery(sort="file_number", descending=False))
    assert model.rowCount() == 23
    assert model._pages == {}  # nothing fetched until a row is shown
    qtmodeltester.check(model)
    assert len(model._pages) <= 2
    assert model.index(22, CasesModel.FILE).data() == "553-022/2026"
    assert model.index(0, CasesModel.OPENED).data() == "01.01.2026."
    assert model.index(0, CasesModel.PRIORITY).data() == "Immediate (within 24 h)"


def test_cases_model_searches_and_sorts_in_sql(qapp: Any, case_register: Register) -> None:
    model = CasesModel(case_register)
    model.set_query(CaseQuery(text="553-017"))
    assert model.rowCount() == 1
    assert model.index(0, CasesModel.FILE).data() == "553-017/2026"
    model.set_query(CaseQuery())
    model.sort(CasesModel.FILE, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "file_number" and model.query.descending
    assert model.index(0, CasesModel.FILE).data() == "553-022/2026"
    model.sort(CasesModel.VICTIMS)  # not sortable in SQL: the order stays
    assert model.query.sort == "file_number"
    model.forget()
    assert model.rowCount() == 0


def test_deadlines_model(qapp: Any, qtmodeltester: Any) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def item(n: int, overdue: bool) -> Deadline:
        return Deadline(
            kind="GKS_REVIEW",
            case_id=f"case-{n}",
            file_number=f"553-{n}",
            record_id=None,
            due_at=now + timedelta(days=n),
            all_day=True,
            overdue=overdue,
            message_id="deadline_gks_review",
            params={"due": f"0{n + 2}.03.2026."},
        )

    model = DeadlinesModel()
    model.set_rows(
        [
            DeadlineRow(OVERDUE, item(0, True)),
            DeadlineRow(TODAY, item(1, False)),
            DeadlineRow(WEEK, item(2, False)),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(r, DeadlinesModel.STATE).data() for r in range(3)] == [
        "Overdue",
        "Due today",
        "This week",
    ]
    assert model.index(0, DeadlinesModel.STATE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, DeadlinesModel.CASE).data(DeadlinesModel.CaseIdRole) == "case-0"
    assert model.counts() == {OVERDUE: 1, TODAY: 1, WEEK: 1}
