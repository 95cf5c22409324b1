"""Where things live: one module decides every location (platformdirs + overrides)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "evidencija"
DATA_DIR_ENV = "EVIDENCIJA_DATA_DIR"

# File-system types on which SQLite's WAL (shared memory, byte-range locks) is unsafe.
NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "ceph",
     "glusterfs", "fuse.sshfs", "fuse.davfs2", "davfs", "fuse.glusterfs", "fuse.rclone", "webdav"}
)


def default_data_dir() -> Path:
    import platformdirs  # here, not at the top: `evidencija --help` needs no folder (start-up time)

    # A folder of its own inside the app's data folder: on Windows platformdirs puts the log
    # folder inside the app's data folder, and the register folder must hold nothing else.
    return platformdirs.user_data_path(APP_NAME, appauthor=False, roaming=False) / "register"


def log_dir() -> Path:
    """Logs live outside the register folder, so reading a register never changes its files."""
    override = os.environ.get("EVIDENCIJA_LOG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The register folder: `--data-dir`, else EVIDENCIJA_DATA_DIR, else the platform default."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return Path(chosen).expanduser().absolute()


@dataclass(frozen=True)
class RegisterPaths:
    """The files of one register. Everything the register needs is inside `root`."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "register.db"

    @property
    def keys(self) -> Path:
        return self.root / "register.keys"

    @property
    def lock(self) -> Path:
        return self.root / "register.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def viewing(self) -> Path:
        """Where an attached document is copied while the system's viewer shows it (and only
        then: the copy is overwritten and removed when it is closed, at lock and at start)."""
        return self.root / "viewing"

    def sidecars(self) -> list[Path]:
        """SQLite's transient companions of the database file."""
        return [self.root / "register.db-wal", self.root / "register.db-shm"]

    def exists(self) -> bool:
        return self.database.exists() and self.keys.exists()


def _linux_fs_type(path: Path, mountinfo: str) -> str | None:
    best, best_type = "", None
    for line in mountinfo.splitlines():
        left, _, right = line.partition(" - ")
        fields, rfields = left.split(), right.split()
        if len(fields) < 5 or not rfields:
            continue
        mount_point = fields[4].replace("\\040", " ")
        if (str(path) == mount_point or str(path).startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, best_type = mount_point, rfields[0]
    return best_type


def is_network_path(path: Path, *, mountinfo: str | None = None) -> bool:
    """True when `path` is on a network file system (Linux mountinfo, Windows drive type/UNC)."""
    path = path.absolute()
    if sys.platform == "win32":
        import ctypes

        text = str(path)
        if text.startswith("\\\\"):
            return True
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote)  # type: ignore[attr-defined]
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text()
        except OSError:
            return False  # macOS and others: no cheap reliable test; documented in security.md
    # Resolve through symlinks to the deepest existing ancestor.
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    fs_type = _linux_fs_type(probe.resolve(), mountinfo)
    return fs_type in NETWORK_FS_TYPES
