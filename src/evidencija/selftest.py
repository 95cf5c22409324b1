"""`evidencija --self-test`: the whole product, end to end, headless, in a temporary folder.

It is what CI runs from the frozen bundle, so a migration, translation, Qt plugin or library that
the bundle lacks fails it; and what a centre's admin can run after installing. Each step prints one
line as it finishes. A step whose code is not in this build FAILS with "not available in this
build" — it is never skipped — and the exit code is 0 only when every step passed.

Nothing outside the temporary folder is touched (the log goes where the app logs anyway), and the
key derivation is the shipped one unless EVIDENCIJA_TEST_WEAK_KDF=1 (the test suite) says so.
"""

from __future__ import annotations

import logging
import os
import platform
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

CENTRE_CODE = "SELFTEST"
MUNICIPALITY = "RS-70645"  # Kragujevac
ADMIN = "selftest-admin"
MANAGER = "selftest-manager"


class NotAvailable(Exception):
    """The code a step needs is not part of this build."""

    def __init__(self, module: str) -> None:
        super().__init__(f"not available in this build ({module})")


class Skipped(Exception):
    """A step cannot run because an earlier one it builds on failed."""


@dataclass
class Context:
    """What the steps share: the temporary folder and what earlier steps made."""

    root: Path
    passphrase: str = field(default_factory=lambda: "Selftest-" + secrets.token_urlsafe(12))
    values: dict[str, Any] = field(default_factory=dict)

    def need(self, key: str, step: str) -> Any:
        if key not in self.values:
            raise Skipped(f"needs the result of '{step}', which failed")
        return self.values[key]


def _import(module: str) -> Any:
    """Import one of our modules, or say it is not in this build (a missing dependency of a module
    that is present is a real failure and propagates)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (module == exc.name or module.startswith(exc.name + ".")):
            raise NotAvailable(module) from exc
        raise


def process_age() -> float | None:
    """Seconds since this process started (Linux and Windows), to time the first window."""
    try:
        if sys.platform.startswith("linux"):
            ticks = os.sysconf("SC_CLK_TCK")
            stat = Path("/proc/self/stat").read_text()
            start = int(stat.rsplit(")", 1)[1].split()[19]) / ticks
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            return uptime - start
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
            k32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            times = (creation, exit_, kernel, user)
            k32.GetProcessTimes(k32.GetCurrentProcess(), *(ctypes.byref(t) for t in times))
            now = wintypes.FILETIME()
            k32.GetSystemTimeAsFileTime(ctypes.byref(now))

            def as_int(t: Any) -> int:
                return (t.dwHighDateTime << 32) | t.dwLowDateTime

            return (as_int(now) - as_int(creation)) / 1e7
    except Exception:  # the timing is a nicety; never let it fail a step
        return None
    return None


def bundle_root() -> Path | None:
    """The folder of a PyInstaller bundle's files (None when running from an installed wheel or a
    checkout)."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if getattr(sys, "frozen", False) and meipass else None


# ============================================================================ the steps
def step_runtime(ctx: Context) -> str:
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__

    try:
        installed = version("evidencija")
    except PackageNotFoundError as exc:
        raise RuntimeError("package metadata missing: Evidencija is not installed") from exc
    if installed != __version__:
        raise RuntimeError(f"the installed metadata says {installed}, the code is {__version__}: reinstall")
    kind = "bundle" if bundle_root() else "python"
    return (f"evidencija {__version__} ({kind}), Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}")


def step_window(ctx: Context) -> str:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("evidencija-selftest")
    QCoreApplication.setApplicationName("evidencija-selftest")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(ctx.root / "settings"))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(ctx.root / "settings"))
    app = QApplication.instance() or QApplication([sys.argv[0]])
    ctx.values["qt_app"] = app
    window = _first_window()
    from .ui.app import ICON_FILE

    if not ICON_FILE.is_file():
        raise RuntimeError(f"the application icon {ICON_FILE} is missing")
    icon = QIcon(str(ICON_FILE))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise RuntimeError("the SVG icon does not render (QtSvg or its icon engine plugin missing)")
    window.setWindowIcon(icon)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise RuntimeError("the window did not show")
    age = process_age()
    ctx.values["window"] = window
    timing = f", shown {age:.2f} s after the process started" if age is not None else ""
    return f"Qt {pyside_version} ({app.platformName()}): the unlock window with the icon{timing}"


def _first_window() -> Any:
    """The app's unlock window: the first window a person sees when the program starts."""
    unlock = _import("evidencija.ui.unlock.view")
    view_class = getattr(unlock, "UnlockView", None)
    if view_class is None:
        raise NotAvailable("evidencija.ui.unlock.view.UnlockView")
    return view_class("sr_Latn")


def step_translations(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from .messages import LANGS

    i18n_dir = Path(__file__).resolve().parent / "i18n"
    missing, empty = [], []
    for lang in LANGS:
        qm = i18n_dir / f"evidencija_{lang}.qm"
        if not qm.is_file():
            missing.append(qm.name)
            continue
        translator = QTranslator()
        if not translator.load(str(qm)) or translator.isEmpty():
            empty.append(qm.name)
    if missing or empty:
        problems = ([f"missing {', '.join(missing)}"] if missing else []) + (
            [f"unreadable/empty {', '.join(empty)}"] if empty else []
        )
        raise RuntimeError(f"{'; '.join(problems)} in {i18n_dir}")
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_files = len(list(qt_dir.glob("qtbase_*.qm"))) if qt_dir.is_dir() else 0
    if qt_files == 0:
        raise RuntimeError(f"Qt's own translations (qtbase_*.qm) missing from {qt_dir}")
    return f"{len(LANGS)} languages ({', '.join(LANGS)}), and {qt_files} qtbase_*.qm of Qt's"


def step_sqlcipher(ctx: Context) -> str:
    import sqlcipher3

    path = ctx.root / "cipher-probe.db"
    key = "x'" + secrets.token_hex(32) + "'"
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{key}"')
        version = conn.execute("PRAGMA cipher_version").fetchone()
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES ('selftest-plaintext')")
        conn.commit()
    finally:
        conn.close()
    raw = path.read_bytes()
    if raw.startswith(b"SQLite format 3") or b"selftest-plaintext" in raw:
        raise RuntimeError("the database file is not encrypted")
    wrong = sqlcipher3.connect(str(path))
    try:
        wrong.execute("PRAGMA cipher_log_level = NONE")
        wrong.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        wrong.execute("SELECT count(*) FROM sqlite_master").fetchone()
        raise RuntimeError("a wrong key opened the database")
    except sqlcipher3.DatabaseError:
        pass
    finally:
        wrong.close()
    if not version or not version[0]:
        raise RuntimeError("SQLCipher did not report a version: plain SQLite was loaded")
    return (f"SQLCipher {version[0]} ({provider[0] if provider else '?'}): the file is "
            "ciphertext, a wrong key is refused")


def step_migrations(ctx: Context) -> str:
    from alembic.script import ScriptDirectory

    from .db import engine as dbengine
    from .db import keys, migrate

    folder = migrate.migrations_dir()
    script = ScriptDirectory.from_config(migrate.alembic_config())
    head = script.get_current_head()
    if head != migrate.SCHEMA_HEAD:
        raise RuntimeError(f"alembic head {head} but the code expects {migrate.SCHEMA_HEAD}")
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    if bundle_root() is not None and bundle_root() not in folder.parents:
        raise RuntimeError(f"migrations read from {folder}, outside the bundle")
    # An upgrade from the oldest schema, the way an older register is upgraded on first open.
    key = keys.new_data_key()
    engine = dbengine.make_engine(ctx.root / "upgrade-probe.db", key, create=True)
    asked: list[str | None] = []
    try:
        migrate.upgrade(engine, target=chain[0])

        def backup_first(current: str | None) -> None:
            asked.append(current)

        migrate.upgrade(engine, backup_first=backup_first)  # type: ignore[arg-type]
        if not migrate.is_current(engine):
            raise RuntimeError("the upgrade did not reach the head revision")
        with engine.connect() as conn:
            drift = migrate.check_models_match(conn)
        if drift:
            raise RuntimeError(f"models and migrations differ: {drift[:3]}")
    finally:
        engine.dispose()
        keys.forget(key)
    if asked != [chain[0]]:
        raise RuntimeError(f"the backup before the upgrade was not asked for (asked: {asked})")
    return (f"{' → '.join(chain)} from {folder.parent.name}/{folder.name}; backup asked first; "
            "models match")


def step_create_register(ctx: Context) -> str:
    from .db.register import Register

    data_dir = ctx.root / "register"
    started = time.perf_counter()
    register, recovery_key = Register.create(
        data_dir,
        centre_code=CENTRE_CODE,
        centre_name="Self-test centre",
        admin_username=ADMIN,
        admin_display_name="Self-test admin",
        passphrase=ctx.passphrase,
        municipality_code=MUNICIPALITY,
    )
    ctx.values["register"] = register
    elapsed = time.perf_counter() - started
    if not recovery_key or len(recovery_key.replace("-", "").replace(" ", "")) < 40:
        raise RuntimeError("no recovery key was given")
    header = register.paths.database.read_bytes()[:16]
    if header.startswith(b"SQLite format 3"):
        raise RuntimeError("register.db is not encrypted")
    from .db import migrate

    with register.engine.connect() as conn:
        revision = migrate.current_revision(conn)
    if revision != migrate.SCHEMA_HEAD:
        raise RuntimeError(f"new register at revision {revision}, not {migrate.SCHEMA_HEAD}")
    return (f"encrypted register at schema {revision}, admin '{ADMIN}', recovery key issued "
            f"({elapsed:.1f} s)")


def step_add_case(ctx: Context) -> str:
    """A case the way the case screens make one: case, victim, perpetrator, their relationship,
    the report and the incident, all through the service layer, in last month (the export's)."""
    register = ctx.need("register", "create a register")
    cases = _import("evidencija.services.cases")
    people = _import("evidencija.services.people")
    intake = _import("evidencija.services.intake")
    dto = _import("evidencija.services.dto")

    from .services.users import add_user

    # Admins administer; case managers and caseworkers write cases. So the admin adds a case
    # manager, who signs in (lock, unlock as her) to open the case; the admin comes back after.
    add_user(register, MANAGER, "Self-test case manager", "CASE_MANAGER", ctx.passphrase)
    register.lock()
    register.unlock(MANAGER, ctx.passphrase)
    try:
        # Five alike, so that the month passes the export's k-anonymity gate (k = 5) and its rows
        # are released rather than suppressed: the import is then compared on real content.
        details = [_add_case(ctx, register, cases, people, intake, dto, n) for n in range(1, 6)]
    finally:
        register.lock()
        register.unlock(ADMIN, ctx.passphrase)
    return f"{details[0]}; {len(details)} such cases in {ctx.values['period']}"


def _add_case(ctx: Context, register: Any, cases: Any, people: Any, intake: Any, dto: Any,
              n: int = 1) -> str:
    from datetime import UTC, date, datetime, timedelta
    from datetime import time as clock

    month_end = date.today().replace(day=1) - timedelta(days=1)
    opened = month_end.replace(day=10)
    at = datetime.combine(opened, clock(9, 30), tzinfo=UTC)
    case = cases.create_case(register, dto.CaseData(
        file_number=f"SELFTEST-{n}", centre_municipality_code=MUNICIPALITY, opened_on=opened,
        first_contact_at=at + timedelta(hours=2), response_priority="URGENT_3D"))
    victim = people.create_person(register, dto.PersonData(
        first_name="Probna", last_name=f"Osoba {n}", sex="FEMALE", birth_date=date(1985, 4, n)))
    perpetrator = people.create_person(register, dto.PersonData(
        first_name="Probni", last_name=f"Učinilac {n}", sex="MALE", birth_date=date(1980, 1, n)))
    v = people.add_participant(register, case.id, victim.id, "VICTIM")
    a = people.add_participant(register, case.id, perpetrator.id, "PERPETRATOR")
    people.add_relationship(register, case.id, dto.RelationshipData(
        victim_id=v.id, perpetrator_id=a.id, relation="SPOUSE"))
    intake.add_report(register, case.id, dto.ReportData(received_at=at))
    intake.add_incident(register, case.id, dto.IncidentData(
        occurred_at=at - timedelta(hours=12), forms=("PHYSICAL", "PSYCHOLOGICAL"),
        municipality_code=MUNICIPALITY))
    ctx.values["period"] = f"{opened:%Y-%m}"
    if n == 1:
        def case_check(reg: Any) -> str:
            again = cases.get_case(reg, case.id)
            if again.file_number != "SELFTEST-1" or again.opened_on != opened:
                raise RuntimeError("the case read back differs from the case written")
            return f"case {again.file_number} read back"

        ctx.values["case_check"] = case_check
    return (f"case SELFTEST-{n} opened {opened:%d.%m.%Y.} by a case manager with victim, "
            "perpetrator, relationship, report and incident")


def step_backup(ctx: Context) -> str:
    from .db.backup import verify_backup
    from .services.maintenance import backup_register

    register = ctx.need("register", "create a register")
    target = ctx.root / "selftest.evbackup"
    backup_register(register, target)
    info = verify_backup(target, data_key=register.data_key)
    size = target.stat().st_size // 1024
    return f"verified encrypted backup ({size} KiB, schema {info.schema_revision})"


def step_lock_unlock(ctx: Context) -> str:
    from .errors import WrongCredentials

    register = ctx.need("register", "create a register")
    register.lock()
    if register.is_unlocked:
        raise RuntimeError("still unlocked after lock()")
    try:
        register.session()
        raise RuntimeError("a session was opened while locked")
    except WrongCredentials:
        pass
    try:
        register.unlock(ADMIN, ctx.passphrase + "x")
        raise RuntimeError("a wrong passphrase unlocked the register")
    except WrongCredentials:
        pass
    register.unlock(ADMIN, ctx.passphrase)
    seen = _read_back(ctx, register)
    return f"locked (no session possible), wrong passphrase refused, unlocked again; {seen}"


def _read_back(ctx: Context, register: Any) -> str:
    """After unlocking: the data written before the lock is still there."""
    from sqlalchemy import func, select

    from .db.models import User

    with register.session() as session:
        users = session.scalar(select(func.count()).select_from(User))
    if not users:
        raise RuntimeError("no users readable after unlock")
    case_check = ctx.values.get("case_check")
    if case_check is not None:
        return case_check(register)
    return f"{users} user(s) readable"


def step_export(ctx: Context) -> str:
    """The month's export, signed and encrypted to a new NGO key, plus the centre card."""
    register = ctx.need("register", "create a register")
    period = ctx.need("period", "add a case")
    api = _import("evidencija.export.api")
    keys = _import("evidencija.analysis.keys")
    ngo_key = ctx.root / "ngo" / "identity.txt"
    recipient = keys.generate_identity(ngo_key)
    card = ctx.root / "ngo" / f"{CENTRE_CODE}.card.json"
    api.write_centre_card(register, card)
    result = api.run_export(register, period, ctx.root / "outbox", recipients=[recipient])
    if not result.path.is_file() or not result.encrypted:
        raise RuntimeError("no encrypted export was written")
    if result.path.read_bytes()[:21] != b"age-encryption.org/v1":
        raise RuntimeError("the export is not an age file")
    cases_rows = result.row_counts.get("cases", 0)
    if cases_rows < 1:
        raise RuntimeError(f"the export has no case rows: {result.row_counts}")
    ctx.values["export"] = result
    ctx.values["ngo"] = (ngo_key, card)
    return (f"{result.file_name} ({result.path.stat().st_size // 1024} KiB, {cases_rows} cases, "
            f"{result.disclosure.records} victim record(s), k={result.disclosure.k}), signed "
            f"{result.signer_fingerprint[:16]}…")


def step_import(ctx: Context) -> str:
    """The analysis side: register the centre's card, import the export into a new store."""
    result = ctx.need("export", "export a month")
    ngo_key, card = ctx.need("ngo", "export a month")
    importer = _import("evidencija.analysis.importer")
    centres = _import("evidencija.analysis.centres")
    keys = _import("evidencija.analysis.keys")
    store_mod = _import("evidencija.analysis.store")
    store = store_mod.open_store(str(ctx.root / "analysis" / "store.db"))
    ctx.values["store"] = store
    centres.add_centre(store, card)
    summary = importer.import_files(store, keys.load_identity(ngo_key), [result.path])
    outcomes = [(o.status, o.reason, o.message) for o in summary.outcomes]
    if len(summary.accepted) != 1 or summary.rejected:
        raise RuntimeError(f"the export was not accepted: {outcomes}")
    outcome = summary.accepted[0]
    if outcome.centre_code != CENTRE_CODE or outcome.period != result.period:
        raise RuntimeError(f"imported as {outcome.centre_code} {outcome.period}")

    def analysis_check() -> str:
        from sqlalchemy import func, select

        from .analysis.contract import ROW_SHEETS
        from .analysis.store.models import DATA_TABLES, Submission

        with store.connect() as conn:
            sub = conn.execute(select(Submission.id, Submission.export_id).where(
                Submission.centre_code == CENTRE_CODE, Submission.status == "current")).one()
            if sub.export_id != result.export_id:
                raise RuntimeError("the store holds another export than the one written")
            differ = []
            for sheet in ROW_SHEETS:
                table = DATA_TABLES[sheet]
                n = conn.execute(select(func.count()).select_from(table)
                                 .where(table.c.submission_id == sub.id)).scalar_one()
                exported = result.row_counts.get(sheet, 0)
                if n != exported:
                    differ.append(f"{sheet}: exported {exported}, stored {n}")
        if differ:
            raise RuntimeError("; ".join(differ))
        return f"store rows equal the export's in all {len(ROW_SHEETS)} sheets"

    ctx.values["analysis_check"] = analysis_check
    return f"{outcome.status}: {outcome.message}"


def step_check(ctx: Context) -> str:
    from .services.maintenance import check_register

    register = ctx.need("register", "create a register")
    report = check_register(register)
    if not report.sound:
        raise RuntimeError("; ".join(report.problems))
    done = [f"register sound ({len(report.checked)} checks)"]
    compare = ctx.values.get("analysis_check")
    if compare is None:
        raise Skipped("the export was not imported on the analysis side, so it cannot be compared")
    done.append(compare())
    return "; ".join(done)


STEPS: list[tuple[str, Callable[[Context], str]]] = [
    ("runtime", step_runtime),
    ("window", step_window),
    ("translations", step_translations),
    ("SQLCipher", step_sqlcipher),
    ("migrations", step_migrations),
    ("create a register", step_create_register),
    ("add a case", step_add_case),
    ("backup", step_backup),
    ("lock / unlock", step_lock_unlock),
    ("export a month", step_export),
    ("import the export", step_import),
    ("check", step_check),
]


# ============================================================================ running them
def run(out: IO[str] | None = None) -> int:
    """Run every step; print one line per step; 0 only when all passed."""
    out = out or sys.stdout
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="evidencija-selftest-",
                                     ignore_cleanup_errors=True) as tmp:
        ctx = Context(Path(tmp))
        out.write(f"Evidencija self-test in {tmp}\n")
        out.flush()
        failed = 0
        try:
            for number, (name, step) in enumerate(STEPS, 1):
                t0 = time.perf_counter()
                try:
                    detail = step(ctx)
                    status = "ok"
                except (NotAvailable, Skipped) as exc:
                    status, detail = "FAILED", str(exc)
                except Exception as exc:  # a self-test reports every failure and goes on
                    log.exception("self-test step %s failed", name)
                    first = (str(exc).strip().splitlines() or [""])[0]
                    status, detail = "FAILED", f"{type(exc).__name__}: {first[:300]}"
                failed += status != "ok"
                ms = (time.perf_counter() - t0) * 1000
                out.write(f"  {status:<6} {number:>2}. {name:<18} {detail}  [{ms:.0f} ms]\n")
                out.flush()
        finally:
            _close(ctx)
    passed = len(STEPS) - failed
    total = time.perf_counter() - started
    out.write(f"self-test: {passed} passed, {failed} failed\n")
    out.write(f"{'PASSED' if not failed else 'FAILED'} in {total:.1f} s\n")
    out.flush()
    return 0 if failed == 0 else 1


def _close(ctx: Context) -> None:
    store = ctx.values.pop("store", None)
    if store is not None:
        store.dispose()
    register = ctx.values.pop("register", None)
    if register is not None:
        register.close()
    window = ctx.values.pop("window", None)
    if window is not None:
        window.close()
        window.deleteLater()
    app = ctx.values.pop("qt_app", None)
    if app is not None:
        app.processEvents()
