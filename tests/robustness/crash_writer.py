"""Child process of test_crash_safety: commit rows in a loop and acknowledge each one.

Usage: python crash_writer.py DATA_DIR USERNAME FIRST_N

Prints `ready` once the register is unlocked, then for n = FIRST_N, FIRST_N + 1, … commits a
`settings` row with key `crash-<n>` and only after the commit returns prints `<n>` (flushed).
It never stops by itself: the parent kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    data_dir, username, first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    passphrase = os.environ["EVIDENCIJA_PASSPHRASE"]

    from evidencija.db.models import Setting
    from evidencija.db.register import Register

    register = Register.open(data_dir)
    register.unlock(username, passphrase)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = first
    while True:
        with register.session() as session, session.begin():
            session.add(Setting(key=f"crash-{n}", value=f"value {n} " + "x" * (n % 700)))
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
