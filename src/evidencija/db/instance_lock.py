"""One running instance per register: an OS lock on `register.lock` held while it is open.

The lock file is created with the register and never deleted or truncated, so opening a register
(even with a wrong passphrase) adds no file and changes no byte on disk.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..errors import RegisterInUse


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise RegisterInUse() from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        if os.name == "nt":
            import msvcrt

            with contextlib.suppress(OSError):  # already released
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        os.close(self._fd)  # closing releases flock on POSIX
        self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
