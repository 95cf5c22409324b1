"""The composition root: parse arguments, set up paths and logging, then run a command or the GUI.

Known errors end with one line on stderr in the user's language and their own exit code; anything
else is a bug: logged with its trace, reported in one line, exit code 1.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import importlib.util
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .errors import InvalidInput, KnownError
from .messages import LANGS, text
from .paths import log_dir, resolve_data_dir

log = logging.getLogger("evidencija.cli")

PASSPHRASE_ENV = "EVIDENCIJA_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EVIDENCIJA_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "EVIDENCIJA_RECOVERY_KEY"


# --------------------------------------------------------------------------- secrets in
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


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_secret(args.passphrase_file, PASSPHRASE_ENV, "Lozinka / Passphrase: ", confirm=confirm)


def _new_passphrase(args: argparse.Namespace) -> str:
    return read_secret(
        args.new_passphrase_file, NEW_PASSPHRASE_ENV, "Nova lozinka / New passphrase: ", confirm=True
    )


def _say(message_id: str, **params: object) -> None:
    """One line of a command's report, in the user's language (flushed: progress matters)."""
    sys.stdout.write(text(message_id, **params) + "\n")
    sys.stdout.flush()


def _open_unlocked(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from .db.register import Register

    register = Register.open(args.data_dir)
    try:
        register.unlock(args.user, _passphrase(args))
    except BaseException:
        register.close()
        raise
    if register.last_migration_backup is not None:
        from .db.migrate import SCHEMA_HEAD

        _say("migrated", revision=SCHEMA_HEAD, backup=register.last_migration_backup)
    return register


# --------------------------------------------------------------------------- commands
def cmd_init(args: argparse.Namespace) -> int:
    from .db.register import Register

    passphrase = _passphrase(args, confirm=True)
    register, recovery_key = Register.create(
        args.data_dir,
        centre_code=args.centre_code,
        centre_name=args.centre_name,
        admin_username=args.admin,
        admin_display_name=args.admin_name or args.admin,
        passphrase=passphrase,
        municipality_code=args.municipality,
    )
    register.close()
    _say("init_done", path=args.data_dir)
    _say("recovery_key_notice")
    sys.stdout.write(f"\n    {recovery_key}\n\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .services.maintenance import check_register

    with _open_unlocked(args) as register:
        report = check_register(register)
    for line in report.checked:
        sys.stdout.write(f"  ✓ {line}\n")
    for line in report.problems:
        sys.stdout.write(f"  ✗ {line}\n")
    _say("check_ok" if report.sound else "check_failed")
    return 0 if report.sound else 6


def cmd_backup(args: argparse.Namespace) -> int:
    from .services.maintenance import backup_register

    with _open_unlocked(args) as register:
        info = backup_register(register, Path(args.out).absolute())
    _say("backup_done", path=info.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .db.backup import open_backup
    from .services.maintenance import restore_register

    username = args.user
    if username is None:
        _, keyfile = open_backup(Path(args.file))
        names = keyfile.usernames()
        if len(names) != 1:
            raise InvalidInput(detail="--user")
        username = names[0]
    info = restore_register(args.data_dir, Path(args.file), username, _passphrase(args))
    _say("restore_done", created=info.created_at)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from .services.users import change_own_passphrase

    current = _passphrase(args)
    from .db.register import Register

    with Register.open(args.data_dir) as register:
        register.unlock(args.user, current)
        change_own_passphrase(register, current, _new_passphrase(args))
    _say("passwd_done")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from .services import users

    with _open_unlocked(args) as register:
        if args.users_command == "list":
            for u in users.list_users(register):
                state = "active" if u.active else "disabled"
                sys.stdout.write(f"{u.username}\t{u.role}\t{state}\t{u.display_name}\n")
        elif args.users_command == "add":
            users.add_user(register, args.username, args.name or args.username, args.role, _new_passphrase(args))
            _say("user_added", username=args.username)
        elif args.users_command == "disable":
            users.disable_user(register, args.username)
            _say("user_disabled", username=args.username)
        elif args.users_command == "reset":
            users.reset_passphrase(register, args.username, _new_passphrase(args))
            _say("user_reset", username=args.username)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from .db.register import Register
    from .services.users import recover_admin

    typed = read_secret(args.recovery_key_file, RECOVERY_KEY_ENV, "Ključ za oporavak / Recovery key: ")
    with Register.open(args.data_dir) as register:
        register.unlock_with_recovery(typed)
        recover_admin(register, args.admin, _new_passphrase(args))
    _say("recover_done", username=args.admin)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import run_gui

    return run_gui(args.data_dir, lang=args.lang)


# --------------------------------------------------------------------------- parser
class _Parser(argparse.ArgumentParser):
    """No abbreviated options (sub-command parsers inherit the class): otherwise argparse takes
    `--passphrase SECRET` for `--passphrase-file SECRET`, and a passphrase typed as an argument
    would half work instead of being refused."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


def _common_options(default: object) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=default, help="register folder (default: per-user data folder; env EVIDENCIJA_DATA_DIR)")
    common.add_argument("--lang", choices=LANGS, default=default, help="language of messages")
    return common


def build_parser() -> argparse.ArgumentParser:
    # The options are accepted before and after the command. Sub-commands must not have defaults
    # of their own: argparse would let them overwrite a value given before the command, and
    # `evidencija --data-dir D backup …` would silently act on the default register instead of D.
    common = _common_options(argparse.SUPPRESS)

    def with_user(p: argparse.ArgumentParser, required: bool = True) -> None:
        p.add_argument("--user", required=required, help="username")
        p.add_argument("--passphrase-file", help="read the passphrase from the first line of FILE")

    def with_new_passphrase(p: argparse.ArgumentParser) -> None:
        p.add_argument("--new-passphrase-file", help="read the new passphrase from FILE")

    parser = _Parser(prog="evidencija", parents=[_common_options(None)], description="Evidencija — register of domestic-violence cases and services.")
    parser.add_argument("--version", action="version", version=f"evidencija {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="headless end-to-end check in a temporary folder (0: all passed)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("init", parents=[common], help="create a register")
    p.add_argument("--centre-code", required=True)
    p.add_argument("--centre-name", required=True)
    p.add_argument("--municipality", help="municipality code of the centre")
    p.add_argument("--admin", required=True, help="the first administrator's username")
    p.add_argument("--admin-name", help="the administrator's display name")
    p.add_argument("--passphrase-file")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", parents=[common], help="integrity and schema report")
    with_user(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    with_user(p)
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="restore the register from a backup")
    p.add_argument("file")
    with_user(p, required=False)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("passwd", parents=[common], help="change your passphrase")
    with_user(p)
    with_new_passphrase(p)
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("users", parents=[common], help="manage users (admins)")
    users_sub = p.add_subparsers(dest="users_command", required=True)
    q = users_sub.add_parser("list", parents=[common])
    with_user(q)
    q = users_sub.add_parser("add", parents=[common])
    with_user(q)
    q.add_argument("username")
    q.add_argument("--name", help="display name")
    q.add_argument("--role", default="CASEWORKER", choices=["ADMIN", "CASE_MANAGER", "CASEWORKER", "READ_ONLY"])
    with_new_passphrase(q)
    q = users_sub.add_parser("disable", parents=[common])
    with_user(q)
    q.add_argument("username")
    q = users_sub.add_parser("reset", parents=[common])
    with_user(q)
    q.add_argument("username")
    with_new_passphrase(q)
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("recover", parents=[common], help="set an admin passphrase with the recovery key")
    p.add_argument("--admin", required=True)
    p.add_argument("--recovery-key-file")
    with_new_passphrase(p)
    p.set_defaults(func=cmd_recover)

    for add_commands in _feature_commands():
        add_commands(sub, common)
    return parser


# Each feature keeps its sub-commands beside its code: a module with `add_commands(sub, common)`.
FEATURE_COMMAND_MODULES = (
    "evidencija.demo.commands",
    "evidencija.export.commands",
    "evidencija.analysis.commands",
    "evidencija.outbox.commands",
)


def _feature_commands() -> list[Callable[[Any, argparse.ArgumentParser], None]]:
    found = []
    for name in FEATURE_COMMAND_MODULES:
        if importlib.util.find_spec(name) is not None:
            found.append(importlib.import_module(name).add_commands)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["EVIDENCIJA_LANG"] = args.lang
    args.data_dir = resolve_data_dir(args.data_dir)
    from .log import setup_logging

    setup_logging(log_dir())
    if args.self_test:
        from .selftest import run

        return run()
    func = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except KnownError as exc:
        log.info("known error %s (exit %d)", exc.message_id, exc.exit_code)
        sys.stderr.write(exc.message() + "\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception:
        log.exception("unexpected error")
        sys.stderr.write(text("error_generic") + f" ({log_dir() / 'evidencija.log'})\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
