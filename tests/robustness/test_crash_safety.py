"""Crash safety: a writer killed with SIGKILL at random moments never loses an acknowledged commit
and never leaves a damaged register behind."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from evidencija.db import engine as dbengine
from evidencija.db.models import Setting
from evidencija.db.register import Register

# The admin passphrase of the `register` fixture (tests/conftest.py). Not imported from there:
# with several conftest.py files in the tree, `import conftest` may find another one.
ADMIN_PASSPHRASE = "Sigurna-lozinka-2026"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 32


def _spawn(data_dir: Path, first: int) -> subprocess.Popen[str]:
    env = dict(os.environ)  # carries EVIDENCIJA_TEST_WEAK_KDF, the log dir …
    env["EVIDENCIJA_PASSPHRASE"] = ADMIN_PASSPHRASE
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), "admin", str(first)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_for_ready(proc: subprocess.Popen[str], deadline: float) -> bool:
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line == "ready\n":
            return True
        if not line:
            return False
    return False


def _committed(data_dir: Path) -> tuple[set[int], list[str]]:
    """Reopen as the next user of the PC would: every row that is there, and any damage found."""
    with Register.open(data_dir) as register:
        register.unlock("admin", ADMIN_PASSPHRASE)
        with register.engine.connect() as conn:
            problems = dbengine.integrity_problems(conn.connection.dbapi_connection, full=True)
        with register.session() as session:
            keys = session.scalars(select(Setting.key).where(Setting.key.like("crash-%"))).all()
    return {int(k.removeprefix("crash-")) for k in keys}, problems


def test_acknowledged_commits_survive_sigkill(register: Register, data_dir: Path) -> None:
    register.close()
    rnd = random.Random(20261122)
    next_n = 0
    acknowledged: set[int] = set()

    for round_no in range(ROUNDS):
        proc = _spawn(data_dir, next_n)
        try:
            if round_no % 8 == 7:
                # Now and then kill it while it is still starting, unlocking or opening the WAL.
                time.sleep(rnd.uniform(0.0, 0.6))
            else:
                # Kill it while it is busy committing: after its first acknowledged commit.
                assert _wait_for_ready(proc, time.monotonic() + 60), (
                    proc.stderr.read() if proc.stderr else ""
                )
                assert proc.stdout is not None
                first = proc.stdout.readline()
                assert first.strip().isdigit(), first
                acknowledged.add(int(first))
                time.sleep(rnd.uniform(0.0, 0.25))
        finally:
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, f"the writer died by itself:\n{err}"

        # Only whole lines are acknowledgements: the number is printed after the commit returned.
        acks = {
            int(line)
            for line in out.splitlines(keepends=True)
            if line.endswith("\n") and line.strip().isdigit()
        }
        acknowledged |= acks

        present, problems = _committed(data_dir)
        assert problems == [], (
            f"round {round_no}: the register is damaged after SIGKILL: {problems}"
        )
        lost = acknowledged - present
        assert not lost, (
            f"round {round_no}: acknowledged commits lost after SIGKILL: {sorted(lost)[:10]}"
        )
        assert present == set(range(len(present))), (
            f"round {round_no}: a hole in the committed rows"
        )
        next_n = max(present, default=-1) + 1

    # Most kills hit a busy writer (it had acknowledged a commit first); it wrote a good deal.
    assert len(acknowledged) >= ROUNDS, len(acknowledged)
