"""Child process of test_outbox_kill: open the register and run one `send_due` round.

Usage: python send_child.py DATA_DIR USERNAME   (the passphrase in EVIDENCIJA_PASSPHRASE)

Prints `ready` once the register is unlocked, then each result as `<state> <message-id>`. The
parent kills it with SIGKILL while the SMTP server holds the message.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> None:
    data_dir, username = Path(sys.argv[1]), sys.argv[2]

    from evidencija.db.register import Register
    from evidencija.outbox import queue

    register = Register.open(data_dir)
    register.unlock(username, os.environ["EVIDENCIJA_PASSPHRASE"])
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    for result in queue.send_due(register):
        sys.stdout.write(f"{result.state} {result.message_id}\n")
    sys.stdout.flush()
    register.close()


if __name__ == "__main__":
    main()
