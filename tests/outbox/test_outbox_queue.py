"""The outbox's items and states without a network: what may go in, how states move, recovery of
an interrupted send, backoff, permissions, the mail settings and the words shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from outbox_support import ADMIN_PASSPHRASE, NGO, SENDER, age_package, register_copy
from sqlalchemy import select, update

from evidencija.db.models import AuditEntry, Centre, OutboxItem
from evidencija.db.register import Register
from evidencija.errors import InvalidInput, KnownError, PermissionDenied
from evidencija.messages import LANGS, text
from evidencija.outbox import queue
from evidencija.outbox.errors import NotAPackage
from evidencija.outbox.settings import MailSettings, mail_settings, update_mail_settings
from evidencija.outbox.smtp import DeliveryFailed, OutgoingMessage
from evidencija.services import audit, users

FILE = "CSR-KG-2026-10.xlsx.age"
WORKER_PASSPHRASE = "Radnicka-lozinka-2026"
NOW = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = register_copy(tmp_path / "register")
    yield reg
    reg.close()


@dataclass
class FakeTransport:
    """Accepts every message (or fails as told) and remembers what it was given."""

    messages: list[OutgoingMessage] = field(default_factory=list)
    fail: Exception | None = None
    after_ack: Exception | None = None

    def deliver(
        self, settings: MailSettings, message: OutgoingMessage, on_accepted: Callable[[str], None]
    ) -> None:
        self.messages.append(message)
        if self.fail is not None:
            raise self.fail
        on_accepted("250 2.0.0 Ok")
        if self.after_ack is not None:
            raise self.after_ack


def configure_fake(register: Register) -> None:
    update_mail_settings(
        register,
        ngo_address=NGO,
        sender_address=SENDER,
        smtp_host="mail.example",
        smtp_port=587,
        smtp_security="starttls",
    )


def switch_user(register: Register, username: str, role: str) -> None:
    users.add_user(register, username, username.title(), role, WORKER_PASSPHRASE)
    register.lock()
    register.unlock(username, WORKER_PASSPHRASE)


def count_items(register: Register) -> int:
    return len(queue.list_items(register))


# --------------------------------------------------------------------------- what may go in
@pytest.mark.parametrize(
    ("file_name", "data", "why"),
    [
        ("CSR-KG-2026-10.xlsx", None, "file name"),
        ("CSR-KG-2026-13.xlsx.age", None, "file name"),
        ("CSR-KG-26-10.xlsx.age", None, "file name"),
        ("../CSR-KG-2026-10.xlsx.age", None, "file name"),
        ("CSR-NS-2026-10.xlsx.age", None, "centre CSR-NS"),
        (FILE, b"PK\x03\x04" + bytes(3000), "no age-encryption.org/v1 header"),
        (
            FILE,
            b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n",
            "no age-encryption.org/v1 header",
        ),
        (FILE, b"age-encryption.org/v1\n-> X25519 abc\nxyz\n", "no age-encryption.org/v1 header"),
        (FILE, b"age-encryption.org/v1\n--- mac\n" + bytes(64), "no age-encryption.org/v1 header"),
    ],
    ids=[
        "not-age-name",
        "month-13",
        "short-year",
        "path",
        "other-centre",
        "zip",
        "armored",
        "header-cut",
        "no-stanza",
    ],
)
def test_only_age_encrypted_packages_of_this_centre_get_in(
    register: Register, file_name: str, data: bytes | None, why: str
) -> None:
    with pytest.raises(NotAPackage) as caught:
        queue.enqueue(register, file_name, data if data is not None else age_package())
    assert why in str(caught.value)
    assert str(caught.value).startswith("Only an encrypted export package (<centre>-<YYYY-MM>")
    assert count_items(register) == 0


def test_the_file_name_carries_the_centre_code_as_the_export_writes_it(register: Register) -> None:
    with register.session() as session, session.begin():
        session.execute(update(Centre).values(code="CSR KG/Š"))
    assert queue.file_safe("CSR KG/Š") == "CSR_KG_Š"
    item = queue.enqueue(register, "CSR_KG_Š-2026-10.xlsx.age", age_package())
    assert (item.centre_code, item.period) == ("CSR KG/Š", "2026-10")
    with pytest.raises(NotAPackage):
        queue.enqueue(register, "CSR-KG-2026-10.xlsx.age", age_package(seed=2))
    package = pytest.importorskip("evidencija.export.package")  # the export's own rule, if built
    for code in ("CSR-KG", "CSR KG/Š", "a.b_c-d"):
        assert package.file_stem(code, "2026-10") == f"{queue.file_safe(code)}-2026-10"


def test_a_package_too_large_for_mail_is_refused(
    register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue, "MAX_PACKAGE_BYTES", 1000)
    with pytest.raises(InvalidInput, match="too large"):
        queue.enqueue(register, FILE, age_package(size=2000))
    assert count_items(register) == 0


def test_a_package_goes_in_once_with_its_metadata(register: Register, tmp_path: Path) -> None:
    package = age_package()
    path = tmp_path / FILE
    path.write_bytes(package)
    item = queue.enqueue_file(register, path)
    assert queue.enqueue(register, FILE, package).id == item.id  # the same bytes again: same item
    assert (item.period, item.centre_code, item.size, item.state, item.attempts) == (
        "2026-10",
        "CSR-KG",
        len(package),
        "queued",
        0,
    )
    assert item.message_id is None and item.next_attempt_at is None
    assert queue.package_bytes(register, item.id) == package
    assert queue.find_item(register, item.id[:6]).id == item.id
    assert queue.find_item(register, FILE).id == item.id
    with pytest.raises(KnownError, match="no outbox item"):
        queue.find_item(register, "zzzz")
    assert count_items(register) == 1


def test_who_may_do_what(register: Register) -> None:
    item = queue.enqueue(register, FILE, age_package())
    switch_user(register, "radnik", "CASEWORKER")
    with pytest.raises(PermissionDenied):
        queue.enqueue(register, "CSR-KG-2026-09.xlsx.age", age_package(seed=9))
    with pytest.raises(PermissionDenied):
        queue.discard(register, item.id)
    with pytest.raises(PermissionDenied):
        update_mail_settings(register, ngo_address=NGO)
    queue.retry(register, item.id)  # a caseworker may ask for another attempt
    assert [i.id for i in queue.list_items(register)] == [item.id]
    register.lock()
    register.unlock("admin", ADMIN_PASSPHRASE)
    switch_user(register, "citac", "READ_ONLY")
    with pytest.raises(PermissionDenied):
        queue.retry(register, item.id)
    assert queue.send_due(register, NOW, transport=FakeTransport()) == []  # not configured


# --------------------------------------------------------------------------- states
def test_backoff_doubles_up_to_four_hours() -> None:
    minutes = [queue.backoff(n) / timedelta(minutes=1) for n in range(1, 11)]
    assert queue.backoff(10_000) == queue.BACKOFF_MAX
    assert minutes == [1, 2, 4, 8, 16, 32, 64, 128, 240, 240]


def test_a_transient_failure_waits_for_the_backoff(register: Register) -> None:
    configure_fake(register)
    item = queue.enqueue(register, FILE, age_package())
    failing = FakeTransport(
        fail=DeliveryFailed("outbox_error_timeout", "TimeoutError", connection=True)
    )
    due = NOW
    for attempt in (1, 2, 3):
        [result] = queue.send_due(register, due, transport=failing)
        assert (result.state, result.reason) == ("queued", "outbox_error_timeout")
        shown = queue.get_item(register, item.id)
        assert shown.attempts == attempt
        assert shown.next_attempt_at is not None
        assert shown.next_attempt_at - due >= queue.backoff(attempt)
        early = shown.next_attempt_at - timedelta(seconds=1)
        assert queue.send_due(register, early, transport=failing) == []
        due = shown.next_attempt_at
    ids = {m.message_id for m in failing.messages}
    assert len(failing.messages) == 3 and len(ids) == 1  # one Message-ID for every attempt


def test_an_item_left_in_sending_is_resent_with_its_message_id(register: Register) -> None:
    configure_fake(register)
    item = queue.enqueue(register, FILE, age_package())
    with register.session() as session, session.begin():  # as a killed process leaves it
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item.id)
            .values(
                state="sending",
                attempts=1,
                message_id="<evidencija.kept@centar.example>",
                last_attempt_at=NOW,
            )
        )
    fake = FakeTransport()
    [result] = queue.send_due(register, NOW, transport=fake)  # recovers first, then sends
    assert result.delivered
    assert [m.message_id for m in fake.messages] == ["<evidencija.kept@centar.example>"]
    assert b"Message-ID: <evidencija.kept@centar.example>\r\n" in fake.messages[0].data
    done = queue.get_item(register, item.id)
    assert (done.state, done.attempts) == ("sent", 2)
    with register.session() as session:
        actions = session.execute(
            select(AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.entity == "outbox_item")
            .order_by(AuditEntry.seq)
        ).all()
    assert [a for a, _ in actions] == ["CREATE", "UPDATE", "SEND"]
    assert '"interrupted"' in actions[1][1]


def test_a_tampered_package_is_never_sent(register: Register) -> None:
    configure_fake(register)
    item = queue.enqueue(register, FILE, age_package())
    with register.session() as session, session.begin():
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == item.id)
            .values(package=b"PK\x03\x04 a plain workbook")
        )
    fake = FakeTransport()
    [result] = queue.send_due(register, NOW, transport=fake)
    assert (result.state, result.reason) == ("failed", "outbox_error_not_package")
    assert fake.messages == []


def test_an_unexpected_error_keeps_the_item_and_ends_the_round(register: Register) -> None:
    configure_fake(register)
    first = queue.enqueue(register, "CSR-KG-2026-09.xlsx.age", age_package(seed=3))
    queue.enqueue(register, FILE, age_package(seed=4))
    [result] = queue.send_due(register, NOW, transport=FakeTransport(fail=RuntimeError("boom")))
    assert (result.item_id, result.state, result.reason, result.detail) == (
        first.id,
        "queued",
        "outbox_error_unexpected",
        "RuntimeError",
    )


def test_a_failure_after_the_acknowledgement_does_not_undo_it(register: Register) -> None:
    configure_fake(register)
    item = queue.enqueue(register, FILE, age_package())
    fake = FakeTransport(
        after_ack=DeliveryFailed("outbox_error_disconnected", "QUIT", connection=True)
    )
    [result] = queue.send_due(register, NOW, transport=fake)
    assert result.delivered
    assert queue.get_item(register, item.id).state == "sent"


def test_retry_discard_and_sent_by_hand(register: Register) -> None:
    configure_fake(register)
    item = queue.enqueue(register, FILE, age_package())
    refused = FakeTransport(fail=DeliveryFailed("outbox_error_rejected", "550 no", permanent=True))
    queue.send_due(register, NOW, transport=refused)
    assert queue.get_item(register, item.id).state == "failed"
    assert queue.retry(register, item.id).state == "queued"
    sent = queue.mark_sent_by_hand(register, item.id, NOW)
    assert (sent.state, sent.sent_via) == ("sent", "manual")
    assert sent.status("en") == "Sent by hand (recorded 03.11.2026. " + sent.status("en")[-6:]
    for action in (queue.retry, queue.discard, queue.mark_sent_by_hand):
        with pytest.raises(InvalidInput, match="cannot be done"):
            action(register, item.id)
    other = queue.enqueue(register, "CSR-KG-2026-09.xlsx.age", age_package(seed=7))
    queue.discard(register, other.id)
    assert [i.id for i in queue.list_items(register)] == [item.id]
    with register.session() as session:
        assert audit.verify_chain(session).intact


def test_status_words(register: Register) -> None:
    base = queue.enqueue(register, FILE, age_package())
    at = datetime(2026, 11, 3, 8, 30, tzinfo=UTC)

    def shown(**changes: object) -> str:
        return queue.OutboxItemInfo(**{**base.__dict__, **changes}).status("en")

    assert shown() == "Queued"
    assert shown(state="sending") == "Sending…"
    assert shown(state="interrupted") == "Interrupted — will be re-sent"
    assert shown(
        last_error="outbox_error_connection",
        last_error_detail="ConnectionRefusedError",
        next_attempt_at=at,
    ).startswith(
        "Queued — the mail server cannot be reached (ConnectionRefusedError); next attempt "
    )
    assert shown(
        state="failed", last_error="outbox_error_rejected", last_error_detail="554 no"
    ) == ("Failed: the server refused the message (554 no)")
    assert shown(state="sent", sent_at=at, sent_via="smtp").startswith("Sent at ")
    assert queue.OutboxItemInfo(**{**base.__dict__, "state": "interrupted"}).status("sr_Cyrl") == (
        "Прекинуто — биће поново послато"
    )


# --------------------------------------------------------------------------- settings
def test_mail_settings_keep_the_password_inside(register: Register) -> None:
    view = update_mail_settings(
        register,
        ngo_address=NGO,
        sender_address=SENDER,
        smtp_host="mail.example",
        smtp_port=465,
        smtp_security="tls",
        smtp_username=SENDER,
        smtp_password="tajna-SMTP-lozinka",
    )
    assert view.has_password and view.smtp_configured
    assert "tajna" not in repr(view) and "tajna" not in repr(MailSettings(smtp_password="tajna"))
    assert mail_settings(register) == view
    update_mail_settings(register, smtp_password="druga-tajna-lozinka")
    with register.session() as session:
        trail = " ".join(session.scalars(select(AuditEntry.changes)).all())
    assert "tajna" not in trail
    assert '"smtp_password":["(set)","(changed)"]' in trail


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"ngo_address": "izvozi at ngo"}, "ngo_address"),
        ({"sender_address": "a@b.example\r\nBcc: x@y.example"}, "sender_address"),
        ({"smtp_host": "mail example"}, "smtp_host"),
        ({"smtp_port": 70000}, "smtp_port"),
        ({"smtp_security": "ssl"}, "smtp_security"),
        ({"timeout_seconds": 0}, "timeout_seconds"),
        ({"ca_file": "/nonexistent/ca.pem"}, "ca_file"),
        ({"smtp_security": "none", "smtp_username": "csr"}, "unencrypted connection"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_mail_settings_are_checked(
    register: Register, changes: dict[str, object], expected: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        update_mail_settings(register, **changes)
    assert expected in str(caught.value)
    assert not mail_settings(register).smtp_configured


OUTBOX_MESSAGES = {
    "outbox_not_package": {"pattern": "p", "detail": "d"},
    "outbox_package_too_large": {"file": "f", "size": "1", "limit": "2"},
    "outbox_not_configured": {},
    "outbox_no_ngo_address": {},
    "outbox_item_missing": {"item": "i"},
    "outbox_item_ambiguous": {"item": "i"},
    "outbox_wrong_state": {"item": "i", "state": "s"},
    "outbox_login_needs_tls": {"modes": "m"},
    "outbox_state_queued": {},
    "outbox_state_queued_retry": {"reason": "r", "at": "a"},
    "outbox_state_sending": {},
    "outbox_state_interrupted": {},
    "outbox_state_sent": {"at": "a"},
    "outbox_state_sent_manual": {"at": "a"},
    "outbox_state_failed": {"reason": "r"},
    "outbox_error_connection": {},
    "outbox_error_timeout": {},
    "outbox_error_tls": {},
    "outbox_error_auth": {},
    "outbox_error_disconnected": {},
    "outbox_error_temporary": {},
    "outbox_error_rejected": {},
    "outbox_error_interrupted": {},
    "outbox_error_not_package": {},
    "outbox_error_unexpected": {},
    "outbox_mail_body": {
        "centre": "c",
        "period": "p",
        "file": "f",
        "algorithm": "a",
        "digest": "d",
    },
    "outbox_attach_hint": {"file": "f"},
    "reminder_not_exported": {"period": "p"},
    "reminder_not_sent": {"period": "p"},
    "reminder_failed": {"period": "p", "reason": "r"},
    "outbox_added": {"file": "f"},
    "outbox_empty": {},
    "outbox_send_report": {"sent": 1, "queued": 2, "failed": 3},
    "outbox_settings_saved": {},
}


@pytest.mark.parametrize("lang", LANGS)
def test_every_outbox_message_reads_in_every_language(lang: str) -> None:
    for message_id, params in OUTBOX_MESSAGES.items():
        words = text(message_id, lang, **params)
        assert words and "{" not in words
        for value in params.values():
            assert str(value) in words, (message_id, lang)
