"""The composition root: parse arguments, set up paths and logging, then run a command or the GUI.

Known errors end with one line on stderr in the user's language and their own exit code; anything
else is a bug: logged with its trace, reported in one line, exit code 1.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .console import RECOVERY_KEY_ENV, examples, new_passphrase, open_unlocked, passphrase, read_secret, say
from .errors import InvalidInput, KnownError
from .messages import LANGS, text
from .paths import log_dir, resolve_data_dir

log = logging.getLogger("evidencija.cli")

# --------------------------------------------------------------------------- commands
def cmd_init(args: argparse.Namespace) -> int:
    from .db.register import Register

    secret = passphrase(args, confirm=True)
    register, recovery_key = Register.create(
        args.data_dir,
        centre_code=args.centre_code,
        centre_name=args.centre_name,
        admin_username=args.admin,
        admin_display_name=args.admin_name or args.admin,
        passphrase=secret,
        municipality_code=args.municipality,
    )
    register.close()
    say("init_done", path=args.data_dir)
    say("recovery_key_notice")
    sys.stdout.write(f"\n    {recovery_key}\n\n")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .services.maintenance import check_register

    with open_unlocked(args) as register:
        report = check_register(register)
    for line in report.checked:
        sys.stdout.write(f"  ✓ {line}\n")
    for line in report.problems:
        sys.stdout.write(f"  ✗ {line}\n")
    say("check_ok" if report.sound else "check_failed")
    return 0 if report.sound else 6


def cmd_backup(args: argparse.Namespace) -> int:
    from .services.maintenance import backup_register

    with open_unlocked(args) as register:
        info = backup_register(register, Path(args.out).absolute())
    say("backup_done", path=info.path)
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
    info = restore_register(args.data_dir, Path(args.file), username, passphrase(args))
    say("restore_done", created=info.created_at)
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from .services.users import change_own_passphrase

    current = passphrase(args)
    from .db.register import Register

    with Register.open(args.data_dir) as register:
        register.unlock(args.user, current)
        change_own_passphrase(register, current, new_passphrase(args))
    say("passwd_done")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    from .services import users

    with open_unlocked(args) as register:
        if args.users_command == "list":
            for u in users.list_users(register):
                state = "active" if u.active else "disabled"
                sys.stdout.write(f"{u.username}\t{u.role}\t{state}\t{u.display_name}\n")
        elif args.users_command == "add":
            users.add_user(register, args.username, args.name or args.username, args.role, new_passphrase(args))
            say("user_added", username=args.username)
        elif args.users_command == "disable":
            users.disable_user(register, args.username)
            say("user_disabled", username=args.username)
        elif args.users_command == "reset":
            users.reset_passphrase(register, args.username, new_passphrase(args))
            say("user_reset", username=args.username)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from .db.register import Register
    from .services.users import recover_admin

    typed = read_secret(args.recovery_key_file, RECOVERY_KEY_ENV, "Ključ za oporavak / Recovery key: ")
    with Register.open(args.data_dir) as register:
        register.unlock_with_recovery(typed)
        recover_admin(register, args.admin, new_passphrase(args))
    say("recover_done", username=args.admin)
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
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)  # keep examples' lines
        super().__init__(*args, **kwargs)


def _common_options(default: object) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=default, help="register folder (default: per-user data folder; env EVIDENCIJA_DATA_DIR)")  # noqa: E501
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

    parser = _Parser(prog="evidencija", parents=[_common_options(None)],
                     description="Evidencija — register of domestic-violence cases and services.",
                     epilog=examples("evidencija",
                                     "evidencija init --data-dir D --centre-code CSR-NS --centre-name 'CSR Novi Sad' "
                                     "--admin ana",
                                     "evidencija --self-test", "evidencija COMMAND --help"))
    parser.add_argument("--version", action="version", version=f"evidencija {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="headless end-to-end check in a temporary folder (0: all passed)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("init", parents=[common], help="create a register",
                       epilog=examples("evidencija init --data-dir D --centre-code CSR-NS --centre-name 'CSR Novi Sad' "
                                       "--municipality 80292 --admin ana"))
    p.add_argument("--centre-code", required=True)
    p.add_argument("--centre-name", required=True)
    p.add_argument("--municipality", help="municipality code of the centre")
    p.add_argument("--admin", required=True, help="the first administrator's username")
    p.add_argument("--admin-name", help="the administrator's display name")
    p.add_argument("--passphrase-file")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", parents=[common], help="integrity and schema report",
                       epilog=examples("evidencija check --data-dir D --user ana"))
    with_user(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup",
                       epilog=examples("evidencija backup --data-dir D --user ana --out /media/usb/registar.evb"))
    with_user(p)
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="restore the register from a backup",
                       epilog=examples("evidencija restore --data-dir D /media/usb/registar-2026-12.evb"))
    p.add_argument("file")
    with_user(p, required=False)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("passwd", parents=[common], help="change your passphrase",
                       epilog=examples("evidencija passwd --data-dir D --user ana"))
    with_user(p)
    with_new_passphrase(p)
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("users", parents=[common], help="manage users (admins)",
                       epilog=examples("evidencija users list --data-dir D --user ana",
                                       "evidencija users add --data-dir D --user ana marko --name 'Marko M.' "
                                       "--role CASEWORKER"))
    users_sub = p.add_subparsers(dest="users_command", required=True)
    q = users_sub.add_parser("list", parents=[common],
                             epilog=examples("evidencija users list --data-dir D --user ana"))
    with_user(q)
    q = users_sub.add_parser("add", parents=[common], epilog=examples(
        "evidencija users add --data-dir D --user ana marko --name 'Marko M.' "
                                       "--role CASEWORKER"))
    with_user(q)
    q.add_argument("username")
    q.add_argument("--name", help="display name")
    q.add_argument("--role", default="CASEWORKER", choices=["ADMIN", "CASE_MANAGER", "CASEWORKER", "READ_ONLY"])
    with_new_passphrase(q)
    q = users_sub.add_parser("disable", parents=[common],
                             epilog=examples("evidencija users disable --data-dir D --user ana marko"))
    with_user(q)
    q.add_argument("username")
    q = users_sub.add_parser("reset", parents=[common],
                             epilog=examples("evidencija users reset --data-dir D --user ana marko"))
    with_user(q)
    q.add_argument("username")
    with_new_passphrase(q)
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("recover", parents=[common], help="set an admin passphrase with the recovery key",
                       epilog=examples("evidencija recover --data-dir D --admin ana"))
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
