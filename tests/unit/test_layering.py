"""The walls of the house (ARCHITECTURE §3): the core never imports Qt.

`db/`, `services/`, `export/` and `analysis/` must work from the command line, from tests and
from a future server without a screen, so they import no PySide6/shiboken6 — not at the top of a
module, not inside a function. The command line itself imports Qt only when the GUI starts.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import evidencija

PACKAGE = Path(evidencija.__file__).resolve().parent
CORE = ("db", "services", "export", "analysis")
QT = ("PySide6", "shiboken6")


def core_files() -> list[Path]:
    return sorted(p for name in CORE for p in (PACKAGE / name).rglob("*.py"))


def qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(
            node.func, "attr", getattr(node.func, "id", "")
        ) in ("import_module", "__import__"):
            names = [
                a.value
                for a in node.args[:1]
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
        found += [
            f"{path.relative_to(PACKAGE)}:{node.lineno} {n}" for n in names if n.split(".")[0] in QT
        ]
    return found


def ui_imports(path: Path) -> list[str]:
    """`from ..ui import …` (or `evidencija.ui`) in the core would pull Qt in by the back door.

    One exception: a feature's `commands.py` (its command-line sub-commands, like `cli.py` a
    composition root) may start that feature's window from inside the command's function.
    """
    found = []
    package = ["evidencija", *path.relative_to(PACKAGE).parent.parts]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    in_functions = {
        id(inner)
        for outer in ast.walk(tree)
        if isinstance(outer, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(outer)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if path.name == "commands.py" and id(node) in in_functions:
            continue
        base = package[: len(package) - node.level + 1] if node.level else []
        module = ".".join(base + ([node.module] if node.module else []))
        targets = [module] + [f"{module}.{alias.name}" for alias in node.names]
        if any(t == "evidencija.ui" or t.startswith("evidencija.ui.") for t in targets):
            found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {module}")
    return found


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text(
        "def f():\n    from PySide6.QtCore import QObject\n"
        "import shiboken6\n"
        "importlib.import_module('PySide6.QtGui')\n"
    )
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path
    try:
        assert len(qt_imports(tmp_path / "x.py")) == 3
        (tmp_path / "db").mkdir()
        (tmp_path / "db" / "y.py").write_text(
            "from ..ui import app\nfrom .. import ui\nfrom .engine import x\n"
        )
        assert len(ui_imports(tmp_path / "db" / "y.py")) == 2
        launcher = "from ..ui import top\ndef cmd_window():\n    from ..ui.window import run\n"
        (tmp_path / "db" / "commands.py").write_text(launcher)
        assert len(ui_imports(tmp_path / "db" / "commands.py")) == 1  # only the top-level one
    finally:
        PACKAGE = saved


def test_core_sources_import_no_qt() -> None:
    files = core_files()
    assert len(files) >= 15 and any(p.parent.name == "db" for p in files)
    offenders = [hit for path in files for hit in qt_imports(path) + ui_imports(path)]
    assert offenders == []


def test_importing_every_core_module_and_the_cli_loads_no_qt() -> None:
    # Alembic environments and revision files run only inside alembic; everything else imports.
    modules = sorted(
        "evidencija."
        + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for p in core_files()
        if not any("migrations" in part for part in p.relative_to(PACKAGE).parts)
    )
    modules += [
        "evidencija.cli",
        "evidencija.paths",
        "evidencija.log",
        "evidencija.errors",
        "evidencija.messages",
    ]
    code = (
        "import importlib, json, sys\n"
        "failed = {}\n"
        f"for name in {modules!r}:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        failed[name] = repr(exc)\n"
        "import evidencija.cli as cli\n"
        "cli.build_parser()\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(json.dumps({'qt': qt,"
        " 'failed': failed, 'count': len(sys.modules)}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}, report["failed"]
    assert report["qt"] == []
