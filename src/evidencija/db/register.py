"""A register on disk: its folder, its key slots, its encrypted database and its lock state.

`Register.open()` claims the folder (one instance per register, no network drives) without
touching any file; `unlock()` turns a passphrase into the data key, opens the database, upgrades
its schema if needed (backup first) and checks it; `lock()` closes every connection and forgets
the key. Services receive an unlocked Register and open one Session per user action.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import (
    DamagedRegister,
    InvalidInput,
    KnownError,
    NetworkShare,
    RegisterExists,
    RegisterMissing,
    WrongCredentials,
    write_error,
)
from ..paths import RegisterPaths, is_network_path
from . import engine as dbengine
from . import keys as keyslots
from . import migrate
from .instance_lock import InstanceLock
from .models import Centre, User

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CurrentUser:
    id: str
    username: str
    display_name: str
    role: str


class Register:
    """One register folder, claimed by this process; unlocked while it holds the data key."""

    def __init__(self, paths: RegisterPaths, keyfile: keyslots.KeyFile, lock: InstanceLock) -> None:
        self.paths = paths
        self.keyfile = keyfile
        self._lock = lock
        self._data_key: bytearray | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._writers: sessionmaker[Session] | None = None
        self.user: CurrentUser | None = None
        self.last_migration_backup: Path | None = None
        self._page_checker: Any = None
        self._page_check_closed = threading.Event()

    # ------------------------------------------------------------------ opening the folder
    @staticmethod
    def _claim(root: Path) -> InstanceLock:
        if is_network_path(root):
            raise NetworkShare(path=str(root))
        lock = InstanceLock(RegisterPaths(root).lock)
        lock.acquire()
        return lock

    @classmethod
    def open(cls, data_dir: Path) -> Register:
        paths = RegisterPaths(Path(data_dir))
        if not paths.exists():
            raise RegisterMissing(path=str(paths.root))
        lock = cls._claim(paths.root)
        try:
            keyfile = keyslots.KeyFile.load(paths.keys)
        except BaseException:
            lock.release()
            raise
        return cls(paths, keyfile, lock)

    @classmethod
    def create(
        cls,
        data_dir: Path,
        *,
        centre_code: str,
        centre_name: str,
        admin_username: str,
        admin_display_name: str,
        passphrase: str,
        municipality_code: str | None = None,
    ) -> tuple[Register, str]:
        """Create a register with its first admin. Returns it unlocked, and the recovery key."""
        from ..services import audit

        root = Path(data_dir)
        paths = RegisterPaths(root)
        if paths.database.exists() or paths.keys.exists():
            raise RegisterExists(path=str(root))
        username = keyslots.normalise_username(admin_username)
        weak = keyslots.check_passphrase_strength(passphrase, username)
        if weak:
            from ..messages import text

            raise InvalidInput("passphrase_too_weak", reasons="; ".join(text(w, n=10) for w in weak))
        if not centre_code.strip() or not centre_name.strip():
            raise InvalidInput(detail="centre")
        if is_network_path(root):  # before anything is created there
            raise NetworkShare(path=str(root))
        try:
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(exc, root) from exc
        lock = cls._claim(root)
        created: list[Path] = []
        data_key = keyslots.new_data_key()
        try:
            register_id = secrets.token_hex(16)
            keyfile = keyslots.KeyFile(paths.keys, register_id)
            keyfile.set_passphrase(username, passphrase, data_key)
            recovery_text = keyfile.set_recovery(data_key)
            created.append(paths.database)
            engine = dbengine.make_engine(paths.database, data_key, create=True)
            try:
                migrate.upgrade(engine)
                signing = Ed25519PrivateKey.generate().private_bytes(
                    serialization.Encoding.Raw,
                    serialization.PrivateFormat.Raw,
                    serialization.NoEncryption(),
                )
                with Session(engine) as session, session.begin():
                    admin = User(username=username, display_name=admin_display_name.strip() or username, role="ADMIN")
                    session.add(admin)
                    session.add(
                        Centre(
                            id=1,
                            code=centre_code.strip(),
                            name=centre_name.strip(),
                            municipality_code=municipality_code,
                            register_id=register_id,
                            pseudonym_key=secrets.token_bytes(32),
                            signing_key=signing,
                        )
                    )
                    session.flush()
                    audit.record(session, user_id=admin.id, action="CREATE", entity="register",
                                 entity_id=register_id, changes={"centre_code": [None, centre_code]})
            finally:
                engine.dispose()
            paths.database.chmod(0o600)
            created.append(paths.keys)
            keyfile.save()  # last: a register without its key file is not a register
        except BaseException as exc:
            for path in created + paths.sidecars():
                path.unlink(missing_ok=True)
            lock.release()
            keyslots.forget(data_key)
            if isinstance(exc, OSError):
                raise write_error(exc, root) from exc
            raise
        register = cls(paths, keyfile, lock)
        register._activate(data_key, username)
        return register, recovery_text

    # ------------------------------------------------------------------ unlocking
    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    def unlock(self, username: str, passphrase: str, *, verify: bool = True) -> CurrentUser:
        """Open the database as `username`. `verify` runs SQLite's quick_check first (it reads
        every page: ≈10 s on a 100,000-case register), so the desktop app passes False and runs
        `check_pages` beside the user instead; the command line keeps it."""
        data_key = self.keyfile.unlock(username, passphrase)
        return self._activate(data_key, keyslots.normalise_username(username), verify=verify)

    def unlock_with_recovery(self, typed_key: str) -> None:
        """Open the database with the recovery key; there is no current user until one is chosen."""
        data_key = self.keyfile.unlock_with_recovery(typed_key)
        self._activate(data_key, None)

    def _activate(self, data_key: bytearray, username: str | None, *, verify: bool = True) -> CurrentUser:
        engine = dbengine.make_engine(self.paths.database, data_key)
        try:
            with engine.connect() as conn:
                if verify:
                    problems = dbengine.integrity_problems(conn.connection.dbapi_connection, full=False)
                    if problems:
                        raise DamagedRegister(detail=problems[0])
            backup_first = self._backup_before_migration_for(engine, data_key)
            self.last_migration_backup = migrate.upgrade(engine, backup_first=backup_first)
            user = None
            if username is not None:
                with Session(engine) as session:
                    row = session.scalars(select(User).where(User.username == username)).one_or_none()
                    if row is None or not row.active:
                        raise WrongCredentials()
                    user = CurrentUser(row.id, row.username, row.display_name, row.role)
        except KnownError:
            engine.dispose()
            keyslots.forget(data_key)
            raise
        except Exception as exc:
            engine.dispose()
            keyslots.forget(data_key)
            if isinstance(exc, DBAPIError | sqlcipher3.DatabaseError):
                raise DamagedRegister(detail=str(getattr(exc, "orig", exc))) from exc
            raise
        self._data_key, self._engine = data_key, engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(engine.execution_options(writing=True), expire_on_commit=False)
        self.user = user
        log.info("register unlocked")
        return user  # type: ignore[return-value]

    def _backup_before_migration_for(
        self, engine: Engine, data_key: bytearray
    ) -> Callable[[str | None], Path]:
        def take(current: str | None) -> Path:
            from .backup import write_backup_from_engine

            self.paths.backups.mkdir(exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = self.paths.backups / f"before-upgrade-{current}-{stamp}.evbackup"
            write_backup_from_engine(engine, data_key, self.keyfile, target)
            return target

        return take

    # Below this size quick_check at unlock takes well under a second (≈17 ms empty, ≈1 s per
    # 100 MB); above it the desktop app unlocks first and checks the pages in the background.
    BACKGROUND_CHECK_BYTES = 64 * 1024 * 1024

    @property
    def page_check_in_background(self) -> bool:
        try:
            return self.paths.database.stat().st_size > self.BACKGROUND_CHECK_BYTES
        except OSError:
            return False

    def check_pages(self) -> list[str]:
        """SQLite's quick_check on a connection of its own, for a background thread: WAL lets it
        read beside the app's work, and `lock()` interrupts it. Problems found, or [] (also when
        interrupted)."""
        conn = dbengine.connect(self.paths.database, self.data_key)
        self._page_checker = conn
        self._page_check_closed.clear()
        try:
            return dbengine.integrity_problems(conn, full=False)
        except sqlcipher3.DatabaseError as exc:
            if "interrupt" in str(exc).lower():  # lock() stopped it
                return []
            return [str(exc)]  # a page that fails its HMAC stops the check here
        finally:
            self._page_checker = None
            conn.close()
            self._page_check_closed.set()

    def lock(self) -> None:
        """Close every database connection and forget the key."""
        checker = self._page_checker
        if checker is not None:
            checker.interrupt()
            # Wait for the checking thread to close its connection: no decrypted connection may
            # outlive the lock, and a connection closing later would race the next unlock.
            self._page_check_closed.wait(timeout=10)
        if self._engine is not None:
            self._engine.dispose()
        self._engine, self._sessions, self._writers, self.user = None, None, None, None
        keyslots.forget(self._data_key)
        self._data_key = None
        log.info("register locked")

    def close(self) -> None:
        self.lock()
        self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ for services
    def session(self, *, write: bool = False) -> Session:
        """A new Session for one user action. A session that writes asks for `write=True`: its
        transactions take the write lock at BEGIN and wait (busy_timeout) for another writer,
        instead of failing when a read-then-write transaction meets a newer commit."""
        makers = self._writers if write else self._sessions
        if makers is None:
            raise WrongCredentials()
        return makers()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise WrongCredentials()
        return self._engine

    @property
    def data_key(self) -> bytearray:
        if self._data_key is None:
            raise WrongCredentials()
        return self._data_key

    def require_user(self) -> CurrentUser:
        if self.user is None:
            raise WrongCredentials()
        return self.user
