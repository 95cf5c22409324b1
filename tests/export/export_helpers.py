"""Shared helpers for the export tests: registers, the identifying values to scan for, and an
independent reading of released rows for the k-anonymity checks."""

from __future__ import annotations

import io
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from evidencija.db import models as m
from evidencija.db.register import Register

PASSPHRASE = "Sigurna-lozinka-2026"
TODAY = date(2026, 6, 15)


def new_register(root: Path, code: str = "CSR-KG", municipality: str = "RS-70645") -> Register:
    reg, _ = Register.create(root, centre_code=code, centre_name=f"Centar {code}",
                             admin_username="admin", admin_display_name="Ana Administratorka",
                             passphrase=PASSPHRASE, municipality_code=municipality)
    return reg


def demo_register(root: Path, cases: int, seed: int, code: str = "CSR-KG",
                  municipality: str = "RS-70645") -> Register:
    from evidencija.demo.generator import generate

    reg = new_register(root, code, municipality)
    generate(reg, cases=cases, seed=seed, today=TODAY)
    return reg


# ------------------------------------------------------------------------------ DI values
DI_COLUMNS = (
    (m.Person, ("first_name", "last_name", "jmbg", "address", "phone", "email")),
    (m.Case, ("file_number",)),
    (m.User, ("display_name",)),
    (m.Incident, ("settlement",)),
    (m.UrgentMeasure, ("order_number", "decision_number")),
    (m.ProtectionMeasure, ("court",)),
    (m.Meeting, ("minutes_ref",)),
    (m.ProtectionPlan, ("monitoring_plan",)),
    (m.PlanMeasure, ("responsible_person",)),
    (m.Closure, ("note",)),
    (m.Feedback, ("comment",)),
    (m.ContactEntry, ("note",)),
    (m.CaseDocument, ("title", "file_name")),
    (m.Mechanism, ("name",)),
    (m.MechanismMember, ("representative",)),
    (m.MechanismMeeting, ("agenda",)),
    (m.MechanismDecision, ("decision", "follow_up")),
)


def identifying_values(register: Register, min_len: int = 5) -> set[str]:
    """Every direct identifier and free text of the register (values of `min_len`+ chars)."""
    values: set[str] = set()
    with register.session() as s:
        for model, cols in DI_COLUMNS:
            for col in cols:
                for v in s.scalars(select(getattr(model, col))):
                    if v and len(v.strip()) >= min_len:
                        values.add(v.strip())
    return values


def scan_bytes(blob: bytes, needles: Iterable[str]) -> list[str]:
    found = []
    for n in needles:
        b = n.encode("utf-8")
        if b in blob:
            found.append(n)
        else:  # XML escapes & < > " '
            esc = (n.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .encode("utf-8"))
            if esc != b and esc in blob:
                found.append(n)
    return found


def xlsx_parts(workbook: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as z:
        return {name: z.read(name) for name in z.namelist()}


# ------------------------------------------------------------------------------ crafted data
def add_case(register: Register, *, opened: date, victim_sex: str, victim_birth: date,
             relation: str, municipality: str | None = None, first: str = "Jelena",
             last: str = "Petrović", file_number: str | None = None,
             perp_sex: str = "MALE") -> str:
    """A minimal case (victim, perpetrator, relationship, report) through Core inserts."""
    import uuid

    cid, vp, pp, vpart, ppart = (str(uuid.uuid4()) for _ in range(5))
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now}
    with register.session() as s, s.begin():
        s.execute(insert(m.Case).values(
            id=cid, file_number=file_number or f"KG-{uuid.uuid4().hex[:8]}",
            centre_municipality_code="RS-70645", victim_municipality_code=municipality,
            opened_on=opened, internal_team=False, case_type="DOMESTIC_VIOLENCE", status="OPEN",
            search_text="", version_id=1, **stamp))
        s.execute(insert(m.Person).values(id=vp, first_name=first, last_name=last,
                                          birth_date=victim_birth, sex=victim_sex,
                                          safe_contact=False, social_protection_beneficiary=False,
                                          **stamp))
        s.execute(insert(m.Person).values(id=pp, first_name="Nenad", last_name=last + "ić",
                                          birth_date=date(1970, 1, 1), sex=perp_sex,
                                          safe_contact=False, social_protection_beneficiary=False,
                                          **stamp))
        s.execute(insert(m.Participant).values(id=vpart, case_id=cid, person_id=vp, role="VICTIM",
                                               **stamp))
        s.execute(insert(m.Participant).values(id=ppart, case_id=cid, person_id=pp,
                                               role="PERPETRATOR", **stamp))
        s.execute(insert(m.Relationship).values(id=str(uuid.uuid4()), case_id=cid,
                                                victim_id=vpart, perpetrator_id=ppart,
                                                relation=relation, **stamp))
        s.execute(insert(m.Report).values(
            id=str(uuid.uuid4()), case_id=cid,
            received_at=datetime(opened.year, opened.month, opened.day, 9, tzinfo=UTC),
            channel="PHONE", reporter_type="POLICE", intake_sheet_done=True,
            immediate_intervention=False, **stamp))
    return cid


# ------------------------------------------------------------------------------ k-anonymity
QI_COLS = ("municipality", "opened_period", "sex", "age_band", "relationship_group")


def released_rows(victims: list[dict[str, Any]]) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(r["person_code"], r["case_code"], tuple(r[c] for c in QI_COLS))
            for r in victims if r["qi_suppressed"] == "NO"]


def component_profiles(rows: list[tuple[str, str, tuple[str, ...]]]) -> dict[frozenset, tuple]:
    """Independent re-implementation: component (as frozenset of nodes) → profile."""
    adj: dict[str, set[str]] = defaultdict(set)
    labels: dict[tuple[str, str], set] = defaultdict(set)
    for p, c, qi in rows:
        adj["p" + p].add("c" + c)
        adj["c" + c].add("p" + p)
        labels[(p, c)].add(qi)
    seen: set[str] = set()
    out: dict[frozenset, tuple] = {}
    for start in adj:
        if start in seen:
            continue
        stack, comp = [start], set()
        while stack:
            x = stack.pop()
            if x in comp:
                continue
            comp.add(x)
            stack.extend(adj[x] - comp)
        seen |= comp
        people = sorted(tuple(sorted(tuple(sorted(labels[(x[1:], y[1:])])) for y in adj[x]))
                        for x in comp if x.startswith("p"))
        cases = sorted(tuple(sorted(tuple(sorted(labels[(y[1:], x[1:])])) for y in adj[x]))
                       for x in comp if x.startswith("c"))
        out[frozenset(comp)] = (tuple(people), tuple(cases))
    return out


def group_counts(profiles: dict[frozenset, tuple]) -> Counter:
    return Counter(profiles.values())
