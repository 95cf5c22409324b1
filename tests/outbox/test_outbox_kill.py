"""A kill during sending loses nothing: the sending process is SIGKILLed while the SMTP server
holds the message; the item is re-sent (with the same Message-ID) only when the server had not
acknowledged it, and its state says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from outbox_support import (
    ADMIN_PASSPHRASE,
    Handler,
    age_package,
    configure,
    register_copy,
    smtp_server,
)

from evidencija.db.models import OutboxItem
from evidencija.db.register import Register
from evidencija.outbox import queue
from evidencija.services import audit, clock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

CHILD = Path(__file__).with_name("send_child.py")
FILE = "CSR-KG-2026-10.xlsx.age"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = register_copy(tmp_path / "register")
    yield reg
    reg.close()


def send_in_child_and_kill(register: Register, handler: Handler) -> None:
    """Close the register, run `send_due` in a child, SIGKILL it once the server holds the
    message, and reopen the register here."""
    data_dir = register.paths.root
    register.close()
    env = dict(os.environ, EVIDENCIJA_PASSPHRASE=ADMIN_PASSPHRASE)
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), "admin"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        held = handler.held.wait(60)
        if not held:
            child.kill()
            _out, err = child.communicate(timeout=10)
            pytest.fail(f"the child never reached the server: {err}")
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    handler.release.set()  # the server may now answer the dead connection
    register.unlock("admin", ADMIN_PASSPHRASE)


def raw_state(register: Register, item_id: str) -> str:
    with register.session() as session:
        item = session.get(OutboxItem, item_id)
        assert item is not None
        return item.state


def test_killed_before_the_servers_acknowledgement_the_item_is_resent_with_the_same_message_id(
    register: Register,
) -> None:
    package = age_package(size=50_000)
    item = queue.enqueue(register, FILE, package)
    with smtp_server(handler=Handler(hold=True, abort_held=True)) as (server, handler):
        configure(register, server.port)
        send_in_child_and_kill(register, handler)
        assert handler.received == []  # the server never acknowledged it

        # As the child left it: `sending`, one attempt, its Message-ID fixed and committed.
        assert raw_state(register, item.id) == "sending"
        claimed = queue.get_item(register, item.id)
        assert claimed.attempts == 1 and claimed.message_id

        # On the next start the item is recognised as interrupted, and shown so.
        assert queue.recover_interrupted(register) == 1
        shown = queue.get_item(register, item.id)
        assert shown.state == "interrupted"
        assert shown.status() == "Interrupted — will be re-sent"
        assert shown.last_error == "outbox_error_interrupted"
        assert shown.message_id == claimed.message_id

        # The next round re-sends it, exactly once, with the same Message-ID.
        handler.hold = False
        [result] = queue.send_due(register, clock.now())
        assert result.delivered
        assert queue.send_due(register, clock.now()) == []
    assert len(handler.received) == 1
    got = handler.received[0]
    assert got.message["Message-ID"] == claimed.message_id
    assert got.attachment()[1] == package
    done = queue.get_item(register, item.id)
    assert (done.state, done.attempts, done.message_id) == ("sent", 2, claimed.message_id)
    with register.session() as session:
        assert audit.verify_chain(session).intact


def test_killed_after_the_servers_acknowledgement_the_item_is_not_sent_again(
    register: Register,
) -> None:
    item = queue.enqueue(register, FILE, age_package())
    with smtp_server(handler=Handler(hold_quit=True)) as (server, handler):
        configure(register, server.port)
        send_in_child_and_kill(register, handler)  # killed while the server holds QUIT
        assert len(handler.received) == 1  # acknowledged with 250 before QUIT

        # The acknowledgement was recorded before QUIT: nothing to recover, nothing to re-send.
        assert raw_state(register, item.id) == "sent"
        assert queue.recover_interrupted(register) == 0
        assert queue.send_due(register, clock.now()) == []
    assert len(handler.received) == 1
    done = queue.get_item(register, item.id)
    assert done.state == "sent" and done.attempts == 1
    assert done.message_id == handler.received[0].message["Message-ID"]
