"""Printing: the plan and the case summary as PDF files, in a language other than the
interface's, and the print recorded in the audit trail (when the services offer it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from test_casefile import open_case, seed_case
from ui_support import USER_PASSPHRASE, create_register, unlock

from evidencija.ui import printing


def test_plan_and_summary_to_pdf(
    qtbot: Any, make_session: Any, data_dir: Path, tmp_path: Path
) -> None:
    create_register(data_dir, vodja="CASE_MANAGER")
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session, "vodja", USER_PASSPHRASE)
    case_id = seed_case(session.register)
    cf = open_case(qtbot, main.page("cases"), case_id).case_file
    identities, _centre = printing.gather(session.register, cf)
    html = printing.plan_html(cf, identities, "en", "CSR Kragujevac")
    assert "Individual protection and support plan" in html and "Ana Đorđević" in html
    assert "Signature of the person protected" in html
    summary = printing.summary_html(cf, identities, "sr_Latn")
    assert "553-77/2026" in summary and date.today().strftime("%d.%m.%Y.") in summary
    audited = []
    for which in printing.DOCUMENTS:
        path = tmp_path / f"{which}.pdf"
        audited.append(printing.print_to_pdf(session.register, cf, which, "sq", path))
        assert path.read_bytes().startswith(b"%PDF")
        assert path.stat().st_size > 1000
    assert all(audited)
    from sqlalchemy import select

    from evidencija.db.models.register import AuditEntry

    with session.register.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.action == "PRINT")))
    assert len(actions) == 2
