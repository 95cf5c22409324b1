"""A newcomer's first contact with the command line: every command's `--help` ends with an
example, the README lists exactly the commands that exist, and `--help` starts fast because it
loads none of the heavy libraries (Qt, SQLAlchemy, openpyxl) nor importlib.metadata."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from evidencija.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "sqlalchemy", "openpyxl", "alembic", "matplotlib", "sqlcipher3", "importlib.metadata")


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:  # noqa: E501
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


def test_every_command_help_ends_with_an_example_of_itself() -> None:
    found = list(commands(build_parser()))
    assert len(found) > 25
    missing = []
    for path, parser in found:
        help_text = parser.format_help()
        example = re.search(r"^examples?:\n((?:  .*\n?)+)", help_text, re.MULTILINE)
        command = " ".join(("evidencija", *path))
        if example is None or not any(
            line.strip().startswith(command) for line in example.group(1).splitlines()
        ):
            missing.append(command)
    assert not missing, f"--help without an example of the command itself: {missing}"


def _readme_commands() -> set[tuple[str, ...]]:
    block = (ROOT / "README.md").read_text(encoding="utf-8").split("## Command line", 1)[1].split("```")[1]
    listed: set[tuple[str, ...]] = set()
    for line in block.splitlines():
        words = line.split("#", 1)[0].split()
        if not words or words[0] != "evidencija":
            continue
        names = [w for w in words[1:3] if not w.startswith("-") and w != "COMMAND"]
        if not names:
            continue
        for first in names[0].split("|"):
            if len(names) > 1 and first in ("analysis", "outbox", "users"):
                listed.update((first, second) for second in names[1].split("|"))
            listed.add((first,))
    return listed


def test_the_readme_lists_exactly_the_commands_that_exist() -> None:
    real = {path for path, _ in commands(build_parser()) if 1 <= len(path) <= 2}
    listed = _readme_commands()
    assert listed - real == set(), f"the README lists commands that do not exist: {listed - real}"
    assert real - listed == set(), f"commands missing from the README: {real - listed}"


def test_help_loads_no_heavy_library() -> None:
    probe = (
        "import sys\n"
        "from evidencija.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print('LOADED', [m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert "LOADED []" in result.stdout, result.stdout[-500:]
