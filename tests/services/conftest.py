"""Fixtures for the services tests: a register with staff in every role, a local time zone with
summer time, and builders for valid cases and people.

Creating a register runs every migration (≈0.6 s), so one is made per session, with its staff,
and copied for each test: each test still gets a fresh register of its own.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from evidencija.db.register import CurrentUser, Register
from evidencija.services import cases, jmbg, people, users
from evidencija.services.dto import CaseData, CaseInfo, PersonData, PersonIdentity

PASSPHRASE = "Sigurna-lozinka-2026"
CENTRE = "RS-70645"  # Kragujevac
STAFF = {
    "vesna": ("Vesna Vodić", "CASE_MANAGER"),
    "marko": ("Marko Marković", "CASEWORKER"),
    "jovana": ("Jovana Jovanović", "CASEWORKER"),
    "citalac": ("Čitalac Izveštaja", "READ_ONLY"),
}
# Central European time with its summer time, written as a POSIX rule so no time-zone database
# is needed: local days then differ from UTC days, as they do in the centres.
LOCAL_TZ = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture(autouse=True)
def central_european_time() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = LOCAL_TZ
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture(scope="session")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("template")
    root = base / "register"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
        mp.setenv("EVIDENCIJA_LOG_DIR", str(base / "logs"))
        reg, _ = Register.create(
            root, centre_code="CSR-KG", centre_name="Centar za socijalni rad Kragujevac",
            admin_username="admin", admin_display_name="Ana Administratorka",
            passphrase=PASSPHRASE, municipality_code=CENTRE,
        )
        for username, (name, role) in STAFF.items():
            users.add_user(reg, username, name, role, PASSPHRASE)
        reg.close()
    return root


@pytest.fixture
def register(register_template: Path, data_dir: Path) -> Iterator[Register]:
    """A fresh register (a copy of the template) unlocked as its admin."""
    shutil.copytree(register_template, data_dir, ignore=shutil.ignore_patterns("register.lock"))
    reg = Register.open(data_dir)
    reg.unlock("admin", PASSPHRASE)
    yield reg
    reg.close()


@pytest.fixture
def staff(register: Register) -> dict[str, str]:
    """username → user id, for every user of the register."""
    return {u.username: u.id for u in users.list_users(register)}


def act_as(register: Register, username: str) -> CurrentUser:
    """Sign in as another user, the way the app does it: lock, then unlock with her slot."""
    register.lock()
    return register.unlock(username, PASSPHRASE)


@pytest.fixture
def as_user(register: Register) -> Callable[[str], CurrentUser]:
    return lambda username: act_as(register, username)


@dataclass
class Make:
    """Valid records with sensible defaults; keyword arguments override any field."""

    register: Register
    _n: int = 0

    def case(self, **fields: Any) -> CaseInfo:
        self._n += 1
        values: dict[str, Any] = {
            "file_number": f"551-{self._n:04d}/2025",
            "centre_municipality_code": CENTRE,
            "opened_on": date(2025, 3, 1),
            "response_priority": "URGENT_3D",
        }
        values.update(fields)
        return cases.create_case(self.register, CaseData(**values))

    def person(self, first_name: str = "Jelena", last_name: str = "Petrović", *,
               born: date | None = date(1985, 1, 1), sex: str = "FEMALE", with_jmbg: bool = True,
               **fields: Any) -> PersonIdentity:
        self._n += 1
        number = None
        if with_jmbg and born is not None:
            number = jmbg.make(born, "72", (self._n * 7) % 500 + (500 if sex == "FEMALE" else 0))
        values: dict[str, Any] = {"first_name": first_name, "last_name": last_name,
                                  "birth_date": born, "sex": sex, "jmbg": number}
        values.update(fields)
        return people.create_person(self.register, PersonData(**values))

    def victim_in(self, case_id: str, first_name: str = "Jelena",
                  last_name: str = "Petrović", **fields: Any) -> str:
        """A new person added to the case as its victim; returns the participant id."""
        person = self.person(first_name, last_name, **fields)
        return people.add_participant(self.register, case_id, person.id, "VICTIM").id


@pytest.fixture
def make(register: Register) -> Make:
    """Builders acting as whoever is signed in: the case manager `vesna` to begin with."""
    act_as(register, "vesna")
    return Make(register)
