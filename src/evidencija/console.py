"""What every command shares, for `cli.py` and the feature modules' own commands alike: one-line
reports in the user's language, secrets read without echo or arguments, the register opened and
unlocked (with the upgrade reported), and the examples at the end of each `--help`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InvalidInput
from .messages import text

if TYPE_CHECKING:
    from .db.register import Register

PASSPHRASE_ENV = "EVIDENCIJA_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EVIDENCIJA_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "EVIDENCIJA_RECOVERY_KEY"


def say(message_id: str, **params: object) -> None:
    """One line of a command's report, in the user's language (flushed: progress matters)."""
    sys.stdout.write(text(message_id, **params) + "\n")
    sys.stdout.flush()


def examples(*lines: str) -> str:
    """The epilog of a command's `--help`: what a newcomer would type first."""
    return "example" + ("s" if len(lines) > 1 else "") + ":\n" + "\n".join(f"  {line}" for line in lines)


def _read_secret_file(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError) as exc:
        raise InvalidInput(detail=f"--…-file {path}") from exc


def read_secret(file_arg: str | None, env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from FILE, else the environment variable, else a no-echo prompt on a terminal."""
    if file_arg:
        return _read_secret_file(file_arg)
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise InvalidInput("no_passphrase_source")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(prompt) != first:
        raise InvalidInput("passphrases_differ")
    return first


def passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_secret(args.passphrase_file, PASSPHRASE_ENV, "Lozinka / Passphrase: ", confirm=confirm)


def new_passphrase(args: argparse.Namespace) -> str:
    return read_secret(
        args.new_passphrase_file, NEW_PASSPHRASE_ENV, "Nova lozinka / New passphrase: ", confirm=True
    )


def open_unlocked(args: argparse.Namespace) -> Register:
    """The register of `--data-dir`, unlocked as `--user`; an upgrade on opening is reported with
    the backup it took first."""
    from .db.register import Register

    register = Register.open(args.data_dir)
    try:
        register.unlock(args.user, passphrase(args))
    except BaseException:
        register.close()
        raise
    if register.last_migration_backup is not None:
        from .db.migrate import SCHEMA_HEAD

        say("migrated", revision=SCHEMA_HEAD, backup=register.last_migration_backup)
    return register
