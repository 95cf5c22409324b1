"""The demo generator: deterministic, realistic, and valid by the services' own rules.

One register of ≈200 cases is generated per module and shared by the read-only checks; the
determinism checks make their own small registers.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from evidencija import cli
from evidencija.db.codes import age_group, code_list
from evidencija.db.models import (
    AuditEntry,
    Case,
    Closure,
    Person,
    ProtectionMeasure,
    UrgentMeasure,
)
from evidencija.db.register import Register
from evidencija.demo import generator
from evidencija.services import care, cases, intake, jmbg, legal, people, records
from evidencija.services.deadlines import deadlines_on
from evidencija.services.maintenance import check_register
from evidencija.services.search import refresh_search_text
from evidencija.services.validation import Checker, ValidationFailed

PASSPHRASE = "Sigurna-lozinka-2026"
TODAY = date(2025, 6, 30)
CASES = 150
# The tables compared by the determinism checks: every generated table except `users`, whose
# admin row is made by Register.create with a random id (the generated staff rows are compared
# separately).
DIGEST_TABLES = (
    "persons", "person_disabilities", "cases", "participants", "relationships", "reports",
    "incidents", "incident_forms", "risk_assessments", "risk_factor_answers", "protection_plans",
    "plan_members", "plan_measures", "services", "meetings", "meeting_institutions",
    "urgent_measures", "protection_measures", "criminal_proceedings", "referrals",
    "feedback_responses", "closures", "contact_log",
)  # fmt: skip


def _new_register(path: Path) -> Register:
    reg, _ = Register.create(
        path, centre_code="CSR-KG", centre_name="Centar za socijalni rad Kragujevac",
        admin_username="admin", admin_display_name="Ana Administratorka", passphrase=PASSPHRASE,
        municipality_code="RS-70645",
    )  # fmt: skip
    return reg


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVIDENCIJA_TEST_WEAK_KDF", "1")
        mp.setenv("EVIDENCIJA_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
        reg = _new_register(tmp_path_factory.mktemp("demo") / "register")
        generator.generate(reg, cases=CASES, seed=2026, today=TODAY)
        yield reg
        reg.close()


def _digest(reg: Register) -> dict[str, str]:
    out = {}
    with reg.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        for table in DIGEST_TABLES:
            rows = sorted(repr(r) for r in raw.execute(f"SELECT * FROM {table}"))  # noqa: S608
            out[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        staff = sorted(repr(r) for r in raw.execute("SELECT * FROM users WHERE role != 'ADMIN'"))
        out["users"] = hashlib.sha256("\n".join(staff).encode()).hexdigest()
    return out


# ------------------------------------------------------------------------------ determinism
def test_same_seed_same_rows_and_another_seed_other_rows(tmp_path: Path) -> None:
    digests = []
    for name, seed, separate in (("a", 5, True), ("b", 5, False), ("c", 6, True)):
        reg = _new_register(tmp_path / name)
        try:
            generator.generate(reg, cases=60, seed=seed, today=TODAY, batch_size=25,
                               separate_process=separate)
            digests.append(_digest(reg))
        finally:
            reg.close()
    same, in_process, other = digests
    # the loader process and the in-process path write the same rows, batch by batch
    assert same == in_process
    differing = [t for t in DIGEST_TABLES if same[t] != other[t]]
    assert set(differing) >= {"persons", "cases", "participants", "reports", "incidents"}


def test_refuses_a_register_that_has_cases(demo: Register) -> None:
    from evidencija.errors import InvalidInput

    with pytest.raises(InvalidInput):
        generator.generate(demo, cases=1, seed=1, today=TODAY)


# ------------------------------------------------------------------------------ people
def test_every_jmbg_is_valid_and_agrees_with_birth_date_and_sex(demo: Register) -> None:
    weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    with demo.session() as session:
        people_rows = session.execute(select(Person.jmbg, Person.birth_date, Person.sex)).all()
    numbers = [r for r in people_rows if r.jmbg]
    assert len(numbers) > 0.7 * len(people_rows)
    assert len({r.jmbg for r in numbers}) == len(numbers)  # no two people share one
    for number, born, sex in numbers:
        assert jmbg.checksum_ok(number), number
        # independently of the services' module: m = 11 − Σ mod 11, never the ambiguous 10
        m = 11 - sum(int(d) * w for d, w in zip(number[:12], weights, strict=True)) % 11
        assert m != 10 and int(number[12]) == (0 if m == 11 else m), number
        assert jmbg.birth_date(number) == born, number
        assert jmbg.sex(number) == sex, number


def test_names_exercise_search_folding(demo: Register) -> None:
    with demo.session() as session:
        names = [f"{a} {b}" for a, b in session.execute(select(Person.first_name,
                                                               Person.last_name))]
    text = " ".join(names)
    assert any("\u0400" <= ch <= "\u04ff" for ch in text)  # some typed in Cyrillic
    assert any(ch in text for ch in "đĐ") and any(ch in text for ch in "ëç")
    assert "Dj" in text  # some typed in ASCII with the "dj" convention


# ------------------------------------------------------------------------------ distributions
def test_distributions_follow_the_official_statistics() -> None:
    """Counted on rows built in memory (no database), large enough for tight bounds."""
    from evidencija.db.municipalities import municipality

    gen = generator._Generator(99, TODAY, municipality("RS-70645"), "CSR-KG")
    gen.users(3000, {"admin"})
    start = gen.limit - generator.SPAN_DAYS * generator.DAY
    for i in range(3000):
        gen.case(start + timedelta(minutes=i * 500))
    rows = gen.rows
    persons = {p["id"]: p for p in rows["persons"]}
    opened = {c["id"]: c["opened_on"] for c in rows["cases"]}
    victims = [(persons[p["person_id"]], opened[p["case_id"]]) for p in rows["participants"]
               if p["role"] == "VICTIM" and p["person_id"] in persons]
    female = sum(p["sex"] == "FEMALE" for p, _ in victims) / len(victims)
    assert 0.74 <= female <= 0.86
    bands = Counter(age_group((day - p["birth_date"]).days // 366) for p, day in victims)
    share = {k: v / len(victims) for k, v in bands.items()}
    for band, expected in (("AGE_0_17", .10), ("AGE_18_25", .12), ("AGE_26_64", .65),
                           ("AGE_65_PLUS", .13)):
        assert abs(share.get(band, 0) - expected) < 0.05, (band, share)
    groups = Counter(code_list("relationship").get(r["relation"]).group
                     for r in rows["relationships"])
    total = sum(groups.values())
    for group, expected in (("PARTNER", .45), ("FORMER_PARTNER", .15), ("PARENT_TO_CHILD", .10),
                            ("CHILD_TO_PARENT", .15), ("OTHER_FAMILY", .15)):
        assert abs(groups[group] / total - expected) < 0.05, (group, groups)
    forms = Counter(f["code"] for f in rows["incident_forms"])
    top_two = {code for code, _ in forms.most_common(2)}
    assert top_two == {"PSYCHOLOGICAL", "PHYSICAL"}
    assert forms["SEXUAL"] / len(rows["incidents"]) < 0.06
    home = sum(c["victim_municipality_code"] == "RS-70645" for c in rows["cases"])
    assert home / len(rows["cases"]) > 0.75


# ------------------------------------------------------------------------------ legal clocks
def test_every_urgent_measure_keeps_the_legal_clock(demo: Register) -> None:
    limit = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    with demo.session() as session:
        measures = session.scalars(select(UrgentMeasure)).all()
    assert measures
    extended = 0
    for m in measures:
        assert m.served_at is not None and m.served_at < limit
        assert m.ordered_on is not None and m.ordered_on <= m.served_at.date()
        if m.measure_type.startswith("XK_"):
            continue
        if m.proposal_at is not None:
            assert m.prosecutor_proposal == "YES"
            assert timedelta(0) <= m.proposal_at - m.served_at <= timedelta(hours=24)
        if m.decided_at is not None:
            assert m.proposal_at is not None
            assert timedelta(0) <= m.decided_at - m.proposal_at <= timedelta(hours=24)
            assert m.decided_at - m.served_at <= timedelta(hours=48)
        else:
            assert m.court_decision in (None, "NO_PROPOSAL")
        if m.court_decision == "EXTENDED_30_DAYS":
            extended += 1
            assert m.extended_until == m.decided_at + timedelta(days=30)
        else:
            assert m.extended_until is None
        if m.breach_on is not None:
            end = m.extended_until or m.served_at + timedelta(hours=48)
            assert m.served_at.date() <= m.breach_on <= end.date()
    assert extended > 0


def test_protection_measures_last_at_most_twelve_months(demo: Register) -> None:
    with demo.session() as session:
        measures = session.scalars(select(ProtectionMeasure)).all()
    assert measures
    for m in measures:
        if m.outcome == "ORDERED":
            assert m.ordered_on is not None and 1 <= (m.duration_months or 0) <= 12
        else:
            assert m.duration_months is None


def test_deadlines_exist_and_some_are_overdue(demo: Register) -> None:
    found = deadlines_on(demo, TODAY)
    overdue = [d for d in found if d.overdue]
    assert overdue
    kinds = Counter(d.kind for d in found)
    assert kinds["GKS_REVIEW"] > 0 and kinds["PLAN_MEASURE"] > 0, kinds
    assert {d.kind for d in overdue} & {"GKS_REVIEW", "PLAN_MEASURE", "FIRST_CONTACT"}


def test_open_and_closed_cases(demo: Register) -> None:
    with demo.session() as session:
        statuses = Counter(session.scalars(select(Case.status)))
        closed = session.scalar(select(func.count()).select_from(Closure))
        dates = session.execute(select(func.min(Case.opened_on), func.max(Case.opened_on))).one()
    assert closed == statuses["PASSIVE"] + statuses["TRANSFERRED"]
    assert statuses["OPEN"] + statuses["UNDER_GKS_REVIEW"] > 0
    assert dates[0] >= TODAY - timedelta(days=generator.SPAN_DAYS)
    assert dates[1] <= TODAY and dates[1] >= TODAY - timedelta(days=30)


def test_the_contact_log_is_kept_within_each_case(demo: Register) -> None:
    from evidencija.db.models import ContactEntry

    with demo.session() as session:
        entries = session.execute(
            select(ContactEntry.contacted_on, Case.opened_on, ContactEntry.note, ContactEntry.counterpart,
                   ContactEntry.institution)
            .join(Case, Case.id == ContactEntry.case_id)
        ).all()
    assert 1.5 * CASES < len(entries) < 4.5 * CASES  # a few contacts a case
    assert all(opened <= day <= TODAY for day, opened, *_ in entries)
    with_note = sum(1 for e in entries if e.note) / len(entries)
    assert 0.25 < with_note < 0.55
    assert all((e.institution is not None) == (e.counterpart == "INSTITUTION") for e in entries)


def test_services_search_finds_people_in_any_script_and_spelling(demo: Register) -> None:
    from evidencija.services.dto import CaseQuery
    from evidencija.services.search import count_cases
    from evidencija.translit import cyrillic_to_latin, fold, latin_to_cyrillic

    with demo.session() as session:
        names = session.execute(select(Person.first_name, Person.last_name, Person.jmbg)
                                .order_by(Person.id)).all()
    latin = next(n for n in names if "đ" in n.last_name.lower())
    cyrillic = next(n for n in names if any("\u0400" <= ch <= "\u04ff" for ch in n.last_name))
    folded = fold(latin.last_name)
    for query in (latin.last_name, folded, folded.replace("dj", "d"),
                  latin_to_cyrillic(latin.last_name), cyrillic_to_latin(cyrillic.last_name),
                  fold(cyrillic.last_name)):
        assert count_cases(demo, CaseQuery(text=query)) >= 1, query
    with_jmbg = next(n for n in names if n.jmbg)
    assert count_cases(demo, CaseQuery(text=with_jmbg.jmbg)) >= 1


def test_search_text_is_what_the_services_compute(demo: Register) -> None:
    with demo.session() as session:
        ids = list(session.scalars(select(Case.id)))
        refresh_search_text(session, ids)
        assert not session.dirty


def test_one_audit_entry_summarises_the_generation(demo: Register) -> None:
    with demo.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "DEMO_DATA")).all()
    assert len(entries) == 1 and f'"cases":[null,{CASES}]' in entries[0].changes
    report = check_register(demo)
    assert report.sound, report.problems


# ------------------------------------------------------------------------------ validation
# Every record kind the services write, with the rules they check on create and update.
KINDS = (intake.REPORT, intake.INCIDENT, care.RISK_ASSESSMENT, care.SERVICE, care.MEETING,
         care.PLAN, care.PLAN_MEASURE, legal.URGENT_MEASURE, legal.PROTECTION_MEASURE,
         legal.CRIMINAL_PROCEEDING, legal.REFERRAL, legal.FEEDBACK, people.RELATIONSHIP,
         cases.CLOSURE)  # fmt: skip


@pytest.fixture(params=["CET-1CEST,M3.5.0,M10.5.0/3", "HST10"], ids=["CET", "UTC-10"])
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local days differ from UTC days, in either direction."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_demo_output_passes_every_validation_rule_of_the_services(
    demo: Register, local_zone: None
) -> None:
    problems: list[tuple[str, str, list[str]]] = []

    def attempt(entity: str, record_id: str, check: object) -> None:
        try:
            check()  # type: ignore[operator]
        except ValidationFailed as exc:
            problems.append((entity, record_id, [f"{e.field}:{e.message_id}" for e in exc.errors]))

    with demo.session() as session:
        for kind in KINDS:
            for obj in session.scalars(select(kind.model)):
                parent = session.get(kind.parent_model, getattr(obj, kind.parent))
                case = parent if isinstance(parent, Case) else parent.case
                data = kind.data(**records.read(kind, obj))
                attempt(kind.entity, obj.id, lambda k=kind, c=case, p=parent, d=data, o=obj:
                        records.validate(session, k, c, p, d, o))
        for person in session.scalars(select(Person)):
            data = people.PERSON.data(**records.read(people.PERSON, person))
            attempt("person", person.id, lambda d=data, i=person.id:
                    people._check_person(session, d, i))
        for case in session.scalars(select(Case)):
            values = records.read(cases.CASE, case)
            # a closed status is set by closing the case, never typed: edits are checked open
            assert (values["status"] in cases.CLOSED_STATUSES) == (case.closure is not None)
            values["status"] = "OPEN" if case.closure is not None else values["status"]
            data = cases.CASE.data(**values)
            attempt("case", case.id, lambda d=data, c=case: cases._check_case(session, d, c))
    assert not problems, problems[:20]
    assert Checker  # the services' checker is what ran above


# ------------------------------------------------------------------------------ command line
def test_demo_command_creates_a_filled_register(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = tmp_path / "demo"
    rc = cli.main(["demo", "--data-dir", str(target), "--cases", "30", "--seed", "3",
                   "--today", "2025-01-15", "--admin", "urednica",
                   "--passphrase-file", str(secret)])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert "30 / 30" in out and "cases/s" in out
    with Register.open(target) as reg:
        reg.unlock("urednica", PASSPHRASE)
        with reg.session() as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 30
            assert session.scalar(select(func.max(Case.opened_on))) <= date(2025, 1, 15)
    assert os.environ.get("EVIDENCIJA_PASSPHRASE") is None
