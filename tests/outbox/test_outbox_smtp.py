"""Sending the outbox to a real SMTP server on loopback (aiosmtpd): plain, STARTTLS and implicit
TLS with a private CA, login; what goes wrong leaves the item queued with its reason, and a later
attempt delivers it exactly once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from outbox_support import (
    ADMIN_PASSPHRASE,
    NGO,
    SENDER,
    SMTP_USER,
    Certificates,
    Handler,
    age_package,
    configure,
    free_port,
    make_certificates,
    register_copy,
    smtp_server,
)

from evidencija.db.register import Register
from evidencija.outbox import queue
from evidencija.outbox.smtp import SmtpTransport
from evidencija.services import clock

# aiosmtpd itself sets the deprecated Session.login_data on every successful AUTH.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Session.login_data is deprecated:DeprecationWarning"
)

FILE = "CSR-KG-2026-10.xlsx.age"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = register_copy(tmp_path / "register")
    yield reg
    reg.close()


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"))


def item_state(register: Register, item_id: str) -> queue.OutboxItemInfo:
    return queue.get_item(register, item_id)


@pytest.mark.parametrize(
    ("mode", "login"), [("plain", False), ("starttls", True), ("tls", True), ("starttls", False)]
)
def test_a_queued_package_is_delivered(
    register: Register, certs: Certificates, mode: str, login: bool
) -> None:
    package = age_package()
    item = queue.enqueue(register, FILE, package)
    with smtp_server(mode, certs=certs, auth=login) as (server, handler):
        configure(register, server.port, mode, certs=certs, login=login)
        results = queue.send_due(register, clock.now())

    assert [(r.item_id, r.state) for r in results] == [(item.id, "sent")]
    assert len(handler.received) == 1
    got = handler.received[0]
    assert got.mail_from == SENDER
    assert got.rcpt_tos == [NGO]
    assert got.login == (SMTP_USER if login else None)
    message = got.message
    assert message["To"] == NGO
    assert message["Subject"] == "Evidencija export CSR-KG 2026-10"
    assert message["X-Evidencija-Package-SHA256"] == item.sha256
    name, payload = got.attachment()
    assert name == FILE
    assert payload == package  # byte for byte
    body = message.get_body(("plain",))
    assert body is not None and item.sha256 in body.get_content()

    after = item_state(register, item.id)
    assert after.state == "sent"
    assert after.message_id == message["Message-ID"] == results[0].message_id
    assert after.attempts == 1
    assert after.sent_at is not None and after.sent_via == "smtp"
    assert after.status().startswith("Sent at ")
    # Nothing is due any more: a second round sends nothing.
    assert queue.send_due(register, clock.now() + timedelta(days=1)) == []


def test_connection_refused_then_delivered_once_when_the_server_is_up(register: Register) -> None:
    item = queue.enqueue(register, FILE, age_package())
    now = clock.now()
    configure(register, free_port())
    [result] = queue.send_due(register, now)
    assert (result.state, result.reason) == ("queued", "outbox_error_connection")
    assert "ConnectionRefusedError" in (result.detail or "")

    waiting = item_state(register, item.id)
    assert waiting.state == "queued"
    assert waiting.attempts == 1
    assert waiting.next_attempt_at is not None
    assert waiting.next_attempt_at - now >= queue.BACKOFF_FIRST
    assert waiting.status().startswith("Queued — the mail server cannot be reached (")
    assert "next attempt" in waiting.status()
    # Not due yet: nothing is tried before the backoff has passed.
    assert queue.send_due(register, now + timedelta(seconds=30)) == []

    with smtp_server() as (server, handler):
        configure(register, server.port)  # fixing the settings makes waiting items due at once
        [again] = queue.send_due(register, now + timedelta(seconds=31))
        assert again.delivered
        assert queue.send_due(register, now + timedelta(hours=5)) == []
    assert len(handler.received) == 1
    done = item_state(register, item.id)
    assert (done.state, done.attempts, done.last_error) == ("sent", 2, None)
    assert handler.received[0].message["Message-ID"] == done.message_id


def test_authentication_failure_then_delivered_once_with_the_right_password(
    register: Register, certs: Certificates
) -> None:
    item = queue.enqueue(register, FILE, age_package())
    with smtp_server("starttls", certs=certs, auth=True) as (server, handler):
        configure(register, server.port, "starttls", certs=certs, login=True, password="wrong")
        [result] = queue.send_due(register, clock.now())
        assert (result.state, result.reason) == ("queued", "outbox_error_auth")
        assert (result.detail or "").startswith("535")
        shown = item_state(register, item.id)
        assert shown.state == "queued"
        assert "did not accept the username or password (535" in shown.status()
        assert handler.received == []

        configure(register, server.port, "starttls", certs=certs, login=True)
        [again] = queue.send_due(register, clock.now())
        assert again.delivered
        assert queue.send_due(register, clock.now() + timedelta(days=1)) == []
    assert len(handler.received) == 1


def test_a_server_that_drops_the_connection_mid_message(register: Register) -> None:
    package = age_package(size=200_000)
    item = queue.enqueue(register, FILE, package)
    now = clock.now()
    with smtp_server(handler=Handler(drop_next=True)) as (server, handler):
        configure(register, server.port)
        [result] = queue.send_due(register, now)
        assert (result.state, result.reason) == ("queued", "outbox_error_disconnected")
        first = item_state(register, item.id)
        assert first.state == "queued"
        assert first.status().startswith(
            "Queued — the server closed the connection before accepting the message"
        )
        assert handler.received == []

        later = now + queue.backoff(1) + timedelta(seconds=1)
        [again] = queue.send_due(register, later)
        assert again.delivered
        assert queue.send_due(register, later + timedelta(days=1)) == []
    assert len(handler.received) == 1
    assert handler.received[0].attachment()[1] == package
    done = item_state(register, item.id)
    # The retry reused the Message-ID given at the first attempt.
    assert done.message_id == first.message_id == handler.received[0].message["Message-ID"]
    assert done.attempts == 2


def test_a_certificate_from_an_unknown_ca_is_refused(
    register: Register, certs: Certificates
) -> None:
    item = queue.enqueue(register, FILE, age_package())
    with smtp_server("tls", certs=certs) as (server, handler):
        configure(register, server.port, "tls")  # no ca_file: the private CA is not trusted
        [result] = queue.send_due(register, clock.now())
    assert (result.state, result.reason) == ("queued", "outbox_error_tls")
    assert "certificate verify failed" in (result.detail or "")
    assert handler.received == []
    assert item_state(register, item.id).state == "queued"


def test_starttls_is_never_silently_skipped(register: Register) -> None:
    queue.enqueue(register, FILE, age_package())
    with smtp_server("plain") as (server, handler):  # offers no STARTTLS
        configure(register, server.port, "starttls")
        [result] = queue.send_due(register, clock.now())
    assert (result.reason, result.detail) == (
        "outbox_error_tls",
        "the server does not offer STARTTLS",
    )
    assert handler.received == []


def test_a_refused_message_fails_until_the_user_retries(register: Register) -> None:
    item = queue.enqueue(register, FILE, age_package())
    with smtp_server(handler=Handler(reject_next="554 5.6.0 Message refused")) as (server, handler):
        configure(register, server.port)
        [result] = queue.send_due(register, clock.now())
        assert (result.state, result.reason) == ("failed", "outbox_error_rejected")
        failed = item_state(register, item.id)
        assert (
            failed.status() == "Failed: the server refused the message (554 5.6.0 Message refused)"
        )
        assert queue.send_due(register, clock.now() + timedelta(days=30)) == []  # not retried alone

        queue.retry(register, item.id)
        [again] = queue.send_due(register, clock.now())
        assert again.delivered
    assert len(handler.received) == 1


def test_a_connection_problem_ends_the_round(register: Register) -> None:
    first = queue.enqueue(register, "CSR-KG-2026-09.xlsx.age", age_package(seed=1))
    second = queue.enqueue(register, FILE, age_package(seed=2))
    configure(register, free_port())
    results = queue.send_due(register, clock.now())
    assert [r.item_id for r in results] == [first.id]  # the oldest first, then stop
    untouched = item_state(register, second.id)
    assert (untouched.state, untouched.attempts, untouched.last_error) == ("queued", 0, None)


def test_the_acknowledgement_is_recorded_even_if_the_register_locks_meanwhile(
    register: Register,
) -> None:
    item = queue.enqueue(register, FILE, age_package())

    class LockingTransport(SmtpTransport):
        def deliver(self, settings, message, on_accepted):  # type: ignore[no-untyped-def]
            register.lock()  # the idle lock strikes while the message is on its way
            super().deliver(settings, message, on_accepted)

    with smtp_server() as (server, handler):
        configure(register, server.port)
        [result] = queue.send_due(register, clock.now(), transport=LockingTransport())
    assert result.delivered
    assert not register.is_unlocked
    register.unlock("admin", ADMIN_PASSPHRASE)
    assert item_state(register, item.id).state == "sent"
    assert len(handler.received) == 1


def test_one_round_at_a_time_and_the_caller_is_never_kept_waiting(register: Register) -> None:
    queue.enqueue(register, FILE, age_package())
    with smtp_server(handler=Handler(hold=True)) as (server, handler):
        configure(register, server.port)
        results: list[list[queue.SendResult]] = []
        worker = threading.Thread(target=lambda: results.append(queue.send_due(register)))
        worker.start()
        assert handler.held.wait(30)
        assert queue.is_sending()
        assert queue.send_due(register) == []  # returns at once
        assert queue.recover_interrupted(register) == 0  # the item in `sending` is really sending
        assert queue.list_items(register)[0].status() == "Sending…"
        handler.release.set()
        worker.join(30)
    assert [r.state for r in results[0]] == ["sent"]
    assert not queue.is_sending()


def test_nothing_is_sent_without_smtp_settings(register: Register, tmp_path: Path) -> None:
    item = queue.enqueue(register, FILE, age_package())
    assert queue.send_due(register, clock.now()) == []
    assert item_state(register, item.id).attempts == 0
