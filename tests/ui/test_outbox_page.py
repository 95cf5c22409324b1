"""The outbox tab: states in words, retry, discard, prepare e-mail, settings, the reminder."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pyrage import x25519
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from test_export_page import demo_register
from ui_support import unlock

from evidencija.export import api
from evidencija.export.period import Period
from evidencija.outbox import queue
from evidencija.outbox.settings import mail_settings, update_mail_settings


def _created_long_ago(data_dir: Path) -> None:
    """The register existed last month, so last month's export is due."""
    from sqlalchemy import update
    from ui_support import ADMIN_PASSPHRASE

    from evidencija.db.models import Centre
    from evidencija.db.register import Register

    with Register.open(data_dir) as register:
        register.unlock("admin", ADMIN_PASSPHRASE)
        with register.session() as s, s.begin():
            s.execute(update(Centre).values(created_at=datetime(2020, 1, 1, tzinfo=UTC)))


def _package(register: Any, out: Path) -> Path:
    identity = x25519.Identity.generate()
    api.set_recipients(register, [str(identity.to_public())])
    return api.run_export(register, Period.last_month(), out).path


def test_outbox_lists_states_and_acts_on_items(
    qtbot: Any,
    qtmodeltester: Any,
    make_session: Any,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: Any,
    answers: Any,
) -> None:
    demo_register(data_dir, cases=20)
    _created_long_ago(data_dir)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    reg = session.register
    # No export for last month yet: the banner says so.
    assert main.view.banner.isVisibleTo(main.view)
    assert Period.last_month().__str__() in main.view.banner_text.text()

    path = _package(reg, tmp_path / "out")
    queue.enqueue_file(reg, path)
    older = Period.last_month().shift(-1)
    import pyrage

    sealed = pyrage.encrypt(b"package", [x25519.Identity.generate().to_public()])
    info = queue.enqueue(reg, f"CSR-KG-{older}.xlsx.age", sealed)
    with reg.session() as s, s.begin():
        from evidencija.db.models import OutboxItem

        item = s.get(OutboxItem, info.id)
        item.state, item.last_error, item.attempts = "failed", "outbox_error_rejected", 1
    main.view.show_page("export")
    page = main.page("export")
    page.refresh()
    outbox = page.outbox
    model = outbox.view.model
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    states = {model.raw(r, 1): model.raw(r, 4) for r in range(2)}
    assert any(s.lower().startswith("failed") for s in states.values()), states
    assert any("queued" in s.lower() or "waiting" in s.lower() for s in states.values()), states
    # The banner now says the package waits to be sent.
    main.refresh_reminder()
    assert main.reminder is not None and main.reminder.kind == "not_sent"

    # Retry the failed one: queued again.
    failed_row = next(r for r in range(2) if model.raw(r, 1) == str(older))
    outbox.view.table.selectRow(failed_row)
    assert outbox.view.retry_button.isEnabled()
    outbox.view.retry_button.click()
    assert queue.get_item(reg, info.id).state == "queued"

    # Prepare e-mail: opens the folder and the mailto link.
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toString())
    )
    update_mail_settings(reg, ngo_address="analiza@example.org")
    outbox.refresh()
    row = next(r for r in range(2) if model.raw(r, 1) == str(older))
    outbox.view.table.selectRow(row)
    outbox.view.prepare_button.click()
    assert any(u.startswith("mailto:analiza@example.org") for u in opened), opened
    assert any(u.startswith("file:") for u in opened)
    # Marked as sent by hand → "sent at …"
    answers.queue.append(0)
    outbox.view.table.selectRow(row)
    outbox.view.by_hand_button.click()
    assert queue.get_item(reg, info.id).state == "sent"
    row = next(r for r in range(2) if model.raw(r, 1) == str(older))
    assert "sent" in model.raw(row, 4).lower()

    # Discard the other.
    row = next(r for r in range(2) if model.raw(r, 1) == str(Period.last_month()))
    outbox.view.table.selectRow(row)
    answers.queue.append(0)
    outbox.view.discard_button.click()
    assert model.rowCount() == 1
    main.refresh_reminder()
    assert main.reminder is not None and main.reminder.kind == "not_exported"


def test_smtp_settings_never_echo_the_password(
    qtbot: Any, make_session: Any, data_dir: Path, monkeypatch: Any
) -> None:
    demo_register(data_dir, cases=5)
    session = make_session(data_dir)
    session.start()
    main = unlock(qtbot, session)
    outbox = main.page("export").outbox
    v = outbox.view
    v.ngo_address.setText("analiza@example.org")
    v.sender_address.setText("csr@example.org")
    v.smtp_host.setText("127.0.0.1")
    v.smtp_port.setValue(2525)
    v.smtp_username.setText("csr")
    v.smtp_password.setText("tajna-lozinka")
    v.save_settings.click()
    view = mail_settings(session.register)
    assert view.has_password and view.smtp_configured
    assert v.smtp_password.text() == ""
    assert "password is stored" in v.smtp_password.placeholderText()
    # The background round goes to the worker and never blocks the UI.
    calls: list[datetime] = []

    def fake_send(register: Any, now: Any = None, transport: Any = None) -> list[Any]:
        calls.append(datetime.now(UTC))
        return []

    monkeypatch.setattr(queue, "send_due", fake_send)
    outbox.items = [
        queue.OutboxItemInfo(
            id="x",
            file_name="CSR-KG-2026-01.xlsx.age",
            centre_code="CSR-KG",
            period="2026-01",
            size=1,
            sha256="0",
            created_at=datetime.now(UTC),
            state="queued",
            attempts=0,
            last_attempt_at=None,
            next_attempt_at=None,
            last_error=None,
            last_error_detail=None,
            message_id=None,
            sent_at=None,
            sent_via=None,
        )
    ]
    outbox.send_in_background()
    qtbot.waitUntil(lambda: bool(calls) and not outbox.sending, timeout=10_000)
    assert outbox.timer.isActive()
