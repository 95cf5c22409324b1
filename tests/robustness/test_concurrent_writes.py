"""Two things saving at once (the window and a background task) both succeed.

Every save reads before it writes (the audit chain's last hash, the draft being replaced). A
deferred SQLite transaction that read and then tries to write fails at once with "database is
locked" when another connection committed in between — no busy wait can help it. Writing sessions
therefore take the write lock at BEGIN; this test saves from two threads and expects no loss."""

from __future__ import annotations

import threading

from evidencija.db.register import Register
from evidencija.services import audit, drafts


def test_saves_from_two_threads_all_succeed(register: Register) -> None:
    rounds = 40
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def saver(prefix: str) -> None:
        start.wait()
        try:
            for i in range(rounds):
                drafts.save_draft(register, f"{prefix}-{i}", {"purpose": i})
                if i % 2:
                    drafts.discard_draft(register, f"{prefix}-{i}")
        except BaseException as exc:  # noqa: BLE001 — reported below with the thread's name
            failures.append(exc)

    threads = [threading.Thread(target=saver, args=(name,)) for name in ("window", "background")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not failures, failures[0]
    kept = {d.form_key for d in drafts.load_drafts(register)}
    assert kept == {f"{p}-{i}" for p in ("window", "background") for i in range(0, rounds, 2)}
    with register.session() as session:
        assert audit.verify_chain(session).intact
