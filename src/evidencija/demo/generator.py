"""A register full of realistic synthetic cases, for demonstrations, manual testing and benchmarks.

`generate(register, cases=N, seed=S, today=D)` fills an empty register with N cases opened over
the three years up to D, with everything a real case has: victims, perpetrators and children
with valid JMBGs, reports, incidents with forms of violence, risk assessments, services, GKS
meetings, protection plans with measures and deadlines, police urgent measures on the ZSNP legal
clock, family-law protection measures, criminal proceedings, referrals, feedback and closures.

The proportions follow the official statistics the data dictionary cites (§2.3): about 80 % of
victims are women; victims aged 0–17 / 18–25 / 26–64 / 65+ ≈ 10 / 12 / 65 / 13 %; relationship
groups partner / former partner / parent→child / child→parent / other ≈ 45 / 15 / 10 / 15 / 15 %;
psychological and physical violence most common, sexual violence rare. Most victims live in the
centre's own municipality. Cases opened recently are still open and some of their deadlines have
passed (an overdue GKS review, an overdue plan measure, a report not yet answered), so the
deadline list has something to show.

**Deterministic.** Everything comes from one `random.Random(seed)`, identifiers included (UUIDs
are drawn from it, not from `uuid4`), and every date is counted back from `today`, which the
caller passes in; every timestamp column is filled explicitly so no `utcnow()` default slips in.
The same seed and day give the same rows, byte for byte.

**Fast.** Rows are built as plain dicts and written with SQLAlchemy Core `insert()` as
executemany, one transaction per batch of cases (ARCHITECTURE §10: ORM `add_all` is ≈40× slower).
A single summary entry goes into the audit trail, not one per row.
"""

from __future__ import annotations

import bisect
import json
import pickle
import subprocess
import sys
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any, Generic, TypeVar

from sqlalchemy import Engine, Table, func, insert, select

from ..db.models import (
    Case,
    Centre,
    Closure,
    ContactEntry,
    CriminalProceeding,
    Feedback,
    Incident,
    IncidentForm,
    Meeting,
    MeetingDecision,
    MeetingInstitution,
    Participant,
    Person,
    PersonDisability,
    PlanMeasure,
    PlanMember,
    ProceedingOffence,
    ProceedingSanction,
    ProtectionMeasure,
    ProtectionMeasureType,
    ProtectionPlan,
    Referral,
    Relationship,
    Report,
    RiskAssessment,
    RiskAssessmentRecipient,
    RiskFactorAnswer,
    Service,
    UrgentMeasure,
    User,
)
from ..db.municipalities import MUNICIPALITIES, Municipality, municipality
from ..db.register import Register
from ..errors import InvalidInput
from ..services import clock, legal_clocks
from ..services import jmbg as jmbg_rules
from ..services.search import compose_search_text
from ..translit import fold, latin_to_cyrillic
from . import names
from .mechanisms import add_mechanism

__all__ = ["DEFAULT_BATCH", "SPAN_DAYS", "DemoResult", "generate"]

SPAN_DAYS = 3 * 365
"""Cases are opened over this many days up to `today`."""

DEFAULT_BATCH = 1000
"""Cases written per transaction."""

# Tables in foreign-key order: a batch is inserted in this order.
TABLES: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[attr-defined]
    for model in (
        User, Person, PersonDisability, Case, Participant, Relationship, Report, Incident,
        IncidentForm, RiskAssessment, RiskFactorAnswer, RiskAssessmentRecipient, ProtectionPlan,
        PlanMember, PlanMeasure, Service, Meeting, MeetingInstitution, MeetingDecision,
        UrgentMeasure, ProtectionMeasure, ProtectionMeasureType, CriminalProceeding,
        ProceedingOffence, ProceedingSanction, Referral, Feedback, Closure, ContactEntry,
    )
)  # fmt: skip

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)

# JMBG registry regions (digits 8–9) of the districts in the municipality table.
_DISTRICT_REGION = {
    "Grad Beograd": "71", "Šumadijski": "72", "Pomoravski": "72", "Nišavski": "73",
    "Pirotski": "73", "Toplički": "73", "Jablanički": "74", "Pčinjski": "74", "Zaječarski": "75",
    "Borski": "75", "Podunavski": "76", "Braničevski": "76", "Mačvanski": "77", "Kolubarski": "77",
    "Raški": "78", "Moravički": "78", "Rasinski": "78", "Zlatiborski": "79", "Južnobački": "80",
    "Zapadnobački": "81", "Severnobački": "82", "Srednjobanatski": "85", "Južnobanatski": "86",
    "Severnobanatski": "87", "Sremski": "88", "Prištinski": "91", "Uroševački": "91",
    "Kosovskomitrovački": "92", "Pećki": "93", "Đakovički": "94", "Prizrenski": "95",
    "Gnjilanski": "96",
}  # fmt: skip
_RS_REGIONS = ("71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "85", "86")
_XK_REGIONS = ("91", "92", "93", "94", "95", "96")

# Share of people with Albanian names, where it is far from the jurisdiction's default.
_ALBANIAN_SHARE_BY_NAME = {
    "Preševo": 0.85, "Bujanovac": 0.5, "Medveđa": 0.25, "Leposavić": 0.05, "Zvečan": 0.05,
    "Zubin Potok": 0.05, "Severna Mitrovica": 0.2, "Gračanica": 0.15, "Štrpce": 0.3,
    "Ranilug": 0.1, "Parteš": 0.05, "Klokot": 0.2, "Novo Brdo": 0.5,
}  # fmt: skip


# ---------------------------------------------------------------------------------- small tools
T = TypeVar("T")


class Weighted(Generic[T]):
    """A weighted choice drawn with one `random()` call (faster than `Random.choices`)."""

    __slots__ = ("values", "cum", "total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cum: list[float] = []
        total = 0.0
        for _, w in pairs:
            total += w
            self.cum.append(total)
        self.total = total

    def __call__(self, rng: Random) -> T:
        return self.values[bisect.bisect_right(self.cum, rng.random() * self.total)]


def _w(*pairs: tuple[T, float]) -> Weighted[T]:
    return Weighted(pairs)


def _midday(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 11, tzinfo=UTC)


class _Person:
    __slots__ = ("id", "first", "last", "jmbg", "sex", "birth", "muni", "albanian")

    def __init__(
        self, pid: str, first: str, last: str, jmbg: str | None, sex: str, birth: date,
        muni: Municipality, albanian: bool,
    ) -> None:  # fmt: skip
        self.id, self.first, self.last, self.jmbg = pid, first, last, jmbg
        self.sex, self.birth, self.muni, self.albanian = sex, birth, muni, albanian

    def age_on(self, day: date) -> int:
        years = day.year - self.birth.year
        return years - ((day.month, day.day) < (self.birth.month, self.birth.day))


# ------------------------------------------------------------------------------ distributions
# (relationship group, victim age band) → share of cases; the marginals are the official ones.
GROUP_BAND = _w(
    (("PARENT_TO_CHILD", 0), 8), (("PARENT_TO_CHILD", 1), 2),
    (("CHILD_TO_PARENT", 2), 6), (("CHILD_TO_PARENT", 3), 9),
    (("PARTNER", 1), 6), (("PARTNER", 2), 37), (("PARTNER", 3), 2),
    (("FORMER_PARTNER", 1), 2.5), (("FORMER_PARTNER", 2), 12), (("FORMER_PARTNER", 3), 0.5),
    (("OTHER_FAMILY", 0), 2), (("OTHER_FAMILY", 1), 1.5), (("OTHER_FAMILY", 2), 10),
    (("OTHER_FAMILY", 3), 1.5),
)  # fmt: skip
RELATION = {
    "PARTNER": _w(("SPOUSE", 45), ("COHABITING_PARTNER", 25), ("DATING_PARTNER", 20),
                  ("COMMON_CHILD", 10)),
    "FORMER_PARTNER": _w(("FORMER_SPOUSE", 40), ("FORMER_COHABITING_PARTNER", 35),
                         ("FORMER_DATING_PARTNER", 25)),
    "PARENT_TO_CHILD": _w(("PARENT", 1)),
    "CHILD_TO_PARENT": _w(("CHILD", 1)),
    "OTHER_CHILD": _w(("PARENTS_PARTNER", 40), ("SIBLING", 25), ("GRANDPARENT_GRANDCHILD", 20),
                      ("OTHER_RELATIVE", 10), ("FOSTER", 5)),
    "OTHER_ADULT": _w(("IN_LAW", 30), ("SIBLING", 30), ("OTHER_RELATIVE", 15),
                      ("HOUSEHOLD_MEMBER", 10), ("GRANDPARENT_GRANDCHILD", 10), ("ADOPTIVE", 3),
                      ("FOSTER", 2)),
}  # fmt: skip
FEMALE_VICTIM_SHARE = {
    "PARTNER": 0.9, "FORMER_PARTNER": 0.9, "PARENT_TO_CHILD": 0.5, "CHILD_TO_PARENT": 0.75,
    "OTHER_FAMILY": 0.65,
}  # fmt: skip
MARITAL_BY_RELATION = {
    "SPOUSE": "MARRIED", "COHABITING_PARTNER": "COHABITING", "FORMER_SPOUSE": "DIVORCED",
    "FORMER_COHABITING_PARTNER": "SINGLE", "DATING_PARTNER": "SINGLE",
    "FORMER_DATING_PARTNER": "SINGLE",
}  # fmt: skip
REPORTER = _w(
    ("POLICE", 50), ("VICTIM", 14), ("HEALTH", 6), ("EDUCATION_INSTITUTION", 5),
    ("FAMILY_MEMBER", 6), ("RELATIVE_FRIEND_NEIGHBOUR", 4), ("PROSECUTION", 4), ("COURT", 1),
    ("OTHER_SOCIAL_PROTECTION", 3), ("NGO_SOS_LINE", 3), ("ANONYMOUS", 2), ("OTHER", 2),
)  # fmt: skip
REPORTER_CHILD = _w(
    ("POLICE", 35), ("EDUCATION_INSTITUTION", 25), ("HEALTH", 12), ("FAMILY_MEMBER", 8),
    ("RELATIVE_FRIEND_NEIGHBOUR", 6), ("PROSECUTION", 4), ("OTHER_SOCIAL_PROTECTION", 5),
    ("ANONYMOUS", 3), ("NGO_SOS_LINE", 2),
)  # fmt: skip
INSTITUTION_REPORTERS = frozenset(
    {"POLICE", "PROSECUTION", "COURT", "HEALTH", "EDUCATION_INSTITUTION", "OTHER_SOCIAL_PROTECTION"}
)
CHANNEL_INSTITUTION = _w(("LETTER", 50), ("EMAIL", 30), ("PHONE", 20))
CHANNEL_PRIVATE = _w(("IN_PERSON", 60), ("PHONE", 40))
CHANNEL_NGO = _w(("PHONE", 60), ("EMAIL", 40))
CHANNEL_ANON = _w(("ANONYMOUS", 70), ("PHONE", 30))
TRI = _w(("YES", 1), ("NO", 1), ("UNKNOWN", 1))
PRIORITY = _w(("IMMEDIATE_24H", 30), ("URGENT_3D", 40), ("REGULAR_7D", 30))
PRIORITY_HOURS = {"IMMEDIATE_24H": 24, "URGENT_3D": 72, "REGULAR_7D": 168}
EARLIER_REPORTS = _w((0, 60), (1, 20), (2, 8), (3, 5), (4, 2), (5, 2), (7, 2), (10, 1))
DURATION = _w(("UNDER_1_YEAR", 25), ("YEARS_1_TO_5", 35), ("OVER_5_YEARS", 25), ("UNKNOWN", 15))
WEAPON = _w(("NONE", 85), ("COLD_WEAPON", 7), ("OTHER_OBJECT", 6), ("FIREARM", 2))
INJURY_PHYSICAL = _w(("NONE", 45), ("LIGHT", 45), ("SERIOUS", 10))
ETHNICITY_SR = _w(("SERB", 85), ("ROMA", 6), ("HUNGARIAN", 3), ("BOSNIAK", 2), ("OTHER", 2),
                  ("NOT_DECLARED", 2))  # fmt: skip
ETHNICITY_SQ = _w(("ALBANIAN", 92), ("ROMA", 2), ("OTHER", 2), ("NOT_DECLARED", 4))
EDUCATION = _w(("NONE", 5), ("PRIMARY", 25), ("SECONDARY", 55), ("HIGHER", 15))
DISABILITY = _w(("PHYSICAL", 40), ("SENSORY", 15), ("INTELLECTUAL", 20), ("MENTAL_HEALTH", 25))
RISK_LEVEL_LOW = _w(("LOW", 55), ("MEDIUM", 45))
VICTIM_VIEW_IMMINENT = _w(("HIGH", 70), ("MEDIUM", 25), ("LOW", 5))
VICTIM_VIEW_OTHER = _w(("HIGH", 10), ("MEDIUM", 45), ("LOW", 45))
ZSNP16 = ("PRIOR_VIOLENCE", "THREAT_TO_KILL", "THREAT_OF_SUICIDE", "POSSESSES_WEAPON",
          "MENTAL_ILLNESS", "SUBSTANCE_MISUSE", "CHILD_CUSTODY_DISPUTE", "PRIOR_MEASURES",
          "VICTIM_FEAR", "VICTIM_RISK_PERCEPTION")  # fmt: skip
EXTENDED = ("STRANGULATION", "ESCALATION", "SEPARATION", "PREGNANCY", "JEALOUSY_CONTROL",
            "STALKING", "BREACH_OF_MEASURES", "VIOLENCE_AGAINST_CHILDREN", "SEXUAL_VIOLENCE",
            "VIOLENCE_OUTSIDE_FAMILY", "JOB_LOSS_STRESS", "HARM_TO_PETS")  # fmt: skip
URGENT_RS = _w((("REMOVAL_FROM_DWELLING",), 30), (("CONTACT_APPROACH_BAN",), 30),
               (("REMOVAL_FROM_DWELLING", "CONTACT_APPROACH_BAN"), 40))  # fmt: skip
URGENT_XK = _w(("XK_INTERIM_EMERGENCY_ORDER", 60), ("XK_EMERGENCY_PROTECTION_ORDER", 25),
               ("XK_PROTECTION_ORDER", 15))  # fmt: skip
PLAINTIFF = _w(("VICTIM", 45), ("PUBLIC_PROSECUTOR", 35), ("CSR_GUARDIANSHIP_AUTHORITY", 15),
               ("LEGAL_REPRESENTATIVE", 5))  # fmt: skip
PM_OUTCOME = _w(("ORDERED", 70), ("REJECTED", 17), ("WITHDRAWN", 13))
PM_MONTHS = _w((12, 35), (6, 30), (3, 15), (9, 8), (1, 4), (2, 4), (4, 2), (8, 2))
PM_TYPES = (("APPROACH_BAN", 0.6), ("HARASSMENT_BAN", 0.7), ("AREA_ACCESS_BAN", 0.35),
            ("EVICTION", 0.25), ("MOVE_IN", 0.05))  # fmt: skip
DISTANCE = _w((50, 10), (100, 35), (200, 30), (300, 15), (500, 10))
FILED_BY = _w(("POLICE", 70), ("VICTIM", 12), ("CSR", 10), ("HEALTH", 5), ("OTHER", 3))
PROSECUTOR = _w(("REJECTED", 25), ("DEFERRED_PROSECUTION", 15), ("INDICTMENT", 45),
                ("INVESTIGATION", 15))  # fmt: skip
VERDICT = _w(("CONVICTION", 68), ("ACQUITTAL", 12), ("CHARGE_REJECTED", 6), ("DISCONTINUED", 8))
SANCTION = _w(("SUSPENDED_SENTENCE", 50), ("PRISON", 30), ("FINE", 10), ("COMMUNITY_SERVICE", 6),
              ("JUDICIAL_ADMONITION", 4))  # fmt: skip
REFERRAL_OUT = _w(
    (("WOMENS_NGO_SOS", "PSYCHOSOCIAL"), 18), (("FREE_LEGAL_AID", "LEGAL"), 14),
    (("PRIMARY_HEALTH_CENTRE", "MEDICAL"), 12), (("HOSPITAL_EMERGENCY", "MEDICAL"), 4),
    (("PSYCHIATRY", "MEDICAL"), 5), (("SHELTER", "ACCOMMODATION"), 6),
    (("EMPLOYMENT_SERVICE", "ECONOMIC"), 8), (("SCHOOL", "EDUCATION"), 6),
    (("POLICE", "PROTECTION"), 8), (("BASIC_PROSECUTION", "PROTECTION"), 7),
    (("BASIC_COURT", "LEGAL"), 3), (("ATTORNEY", "LEGAL"), 3), (("OTHER_CSR", "PROTECTION"), 3),
    (("MUNICIPALITY", "ECONOMIC"), 3),
)  # fmt: skip
REFERRAL_OUT_XK = _w((("XK_VICTIM_ADVOCATE", "LEGAL"), 60),
                     (("XK_FREE_LEGAL_AID_AGENCY", "LEGAL"), 40))  # fmt: skip
REFERRAL_IN = _w((("HOSPITAL_EMERGENCY", "MEDICAL"), 30), (("SCHOOL", "PROTECTION"), 25),
                 (("POLICE", "PROTECTION"), 30), (("OTHER_CSR", "PROTECTION"), 15))  # fmt: skip
CONSENT = _w(("YES", 75), ("NO", 10), ("UNKNOWN", 15))
FEELS_SAFER = _w(("MORE", 55), ("SAME", 25), ("LESS", 8), ("DONT_KNOW", 12))
SATISFACTION = _w((1, 3), (2, 5), (3, 15), (4, 40), (5, 37))
EFFECTIVENESS = _w(("EFFECTIVE", 55), ("PARTLY_EFFECTIVE", 35), ("NOT_EFFECTIVE", 10))
CLOSURE = _w(("GOALS_MET", 40), ("PROCEEDINGS_FINAL", 25), ("USER_WITHDREW", 14),
             ("LOST_CONTACT", 8), ("TAKEN_OVER_BY_OTHER_SERVICE", 6), ("MOVED_TRANSFERRED", 5),
             ("PERPETRATOR_DIED", 0.7), ("VICTIM_DIED_OTHER", 0.8),
             ("VICTIM_KILLED_FEMICIDE", 0.15))  # fmt: skip
# Plan measures: (kind, measure code, institution that carries it out).
PLAN_PROTECTION = _w(
    (("CONTACT_APPROACH_BAN", "POLICE"), 25), (("APPROACH_BAN", "COURT"), 25),
    (("HARASSMENT_BAN", "COURT"), 15), (("SHELTER_PLACEMENT", "SHELTER"), 15),
    (("EVICTION", "COURT"), 10), (("HOME_VISIT", "CSR"), 10),
)  # fmt: skip
PLAN_SUPPORT = _w(
    (("PSYCHOSOCIAL_SUPPORT", "CSR"), 25), (("PSYCHOSOCIAL_SUPPORT", "NGO"), 10),
    (("FREE_LEGAL_AID", "NGO"), 12), (("EMPLOYMENT_SUPPORT", "EMPLOYMENT_SERVICE"), 10),
    (("HEALTH_CARE", "HEALTH"), 10), (("CASH_ASSISTANCE", "CSR"), 12),
    (("INTERVIEW_WITH_CHILDREN", "SCHOOL"), 6), (("PERPETRATOR_PROGRAMME", "NGO"), 6),
    (("SUPPORT_GROUP", "NGO"), 5), (("INFORMATION", "CSR"), 4),
)  # fmt: skip
SERVICE_TYPES = {"INFORMATION", "PSYCHOSOCIAL_SUPPORT", "FREE_LEGAL_AID", "EMPLOYMENT_SUPPORT",
                 "HEALTH_CARE", "CASH_ASSISTANCE", "INTERVIEW_WITH_CHILDREN",
                 "PERPETRATOR_PROGRAMME", "SUPPORT_GROUP", "SHELTER_PLACEMENT", "HOME_VISIT"}
INSTITUTION_PROVIDER = {"CSR": "CSR", "NGO": "NGO", "EMPLOYMENT_SERVICE": "EMPLOYMENT_SERVICE",
                        "HEALTH": "HEALTH", "SCHOOL": "SCHOOL", "SHELTER": "SHELTER",
                        "COURT": "OTHER", "POLICE": "POLICE"}  # fmt: skip
# Services given outside a plan: (type, provider, share of cases).
SERVICES = (
    ("INFORMATION", "CSR", 0.85), ("ASSESSMENT_PLANNING", "CSR", 0.6),
    ("PSYCHOSOCIAL_SUPPORT", "CSR", 0.3), ("CSR_LEGAL_ADVICE", "CSR", 0.25),
    ("HOME_VISIT", "CSR", 0.2), ("CASH_ASSISTANCE", "CSR", 0.08), ("HELPLINE", "NGO", 0.05),
    ("SUPPORT_GROUP", "NGO", 0.04), ("EXPERT_REPORT", "CSR", 0.08),
    ("FREE_LEGAL_AID", "ATTORNEY", 0.05), ("EMERGENCY_PLACEMENT_FAMILY", "CSR", 0.02),
    ("MOBILE_TEAM", "CSR", 0.03), ("HEALTH_CARE", "HEALTH", 0.04), ("OTHER", "OTHER", 0.01),
)  # fmt: skip
SERVICE_CLOSED = _w(("DELIVERED", 85), ("REFUSED_BY_USER", 8), ("NOT_AVAILABLE", 7))
SERVICE_OPEN = _w(("IN_PROGRESS", 40), ("DELIVERED", 40), ("PLANNED", 15), ("REFUSED_BY_USER", 3),
                  ("NOT_AVAILABLE", 2))  # fmt: skip
CONTACT_TYPE = Weighted([("OFFICE", 0.35), ("PHONE", 0.3), ("HOME_VISIT", 0.15), ("FIELD", 0.05),
                         ("MESSAGE", 0.05), ("LETTER", 0.05), ("MEETING", 0.05)])
CONTACT_WITH = Weighted([("VICTIM", 0.55), ("INSTITUTION", 0.25), ("PERPETRATOR", 0.08),
                         ("FAMILY", 0.07), ("CHILD", 0.05)])
CONTACT_INSTITUTION = Weighted([("POLICE", 0.45), ("HEALTH", 0.2), ("SCHOOL", 0.15),
                                ("BASIC_PROSECUTION", 0.1), ("COURT", 0.1)])
CONTACT_NOTES = ("Razgovor o bezbednosnom planu.", "Dogovorena sledeća poseta.",
                 "Nije se javila na telefon; ponovo sutra.", "Dostavljen izveštaj policiji.",
                 "Biseduam për planin e sigurisë.", "Proverena situacija dece u školi.")  # fmt: skip
FEEDBACK_COMMENTS = ("Hvala na podršci.", "Savetnica je bila veoma ljubazna.",
                     "Trebalo je brže reagovati.", "Faleminderit për ndihmën.", None)  # fmt: skip

FORMS_BASE = (  # form → probability, per relationship group where it differs
    ("PSYCHOLOGICAL", 0.85), ("PHYSICAL", 0.55), ("ECONOMIC", 0.12), ("STALKING", 0.05),
    ("SEXUAL", 0.03), ("RESTRICTION_OF_FREEDOM", 0.04), ("TECHNOLOGY_FACILITATED", 0.03),
    ("SEXUAL_HARASSMENT", 0.01),
)  # fmt: skip


@dataclass
class DemoResult:
    """What one generation run wrote."""

    cases: int
    seed: int
    today: date
    seconds: float
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Cases written per second."""
        return self.cases / self.seconds if self.seconds > 0 else float("inf")

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


class _Generator:
    """Builds the rows of one register; `case(...)` appends one case's rows to `self.rows`."""

    def __init__(self, seed: int, today: date, centre_muni: Municipality, centre_code: str) -> None:
        self.rng = Random(seed)
        self.contact_rng = Random(seed * 7919 + 1)  # the contact log's own draws (see contacts)
        self.centre_code = centre_code
        self.today = today
        # Every timestamp is strictly before midnight (UTC) starting `today`: never in the future.
        self.limit = datetime(today.year, today.month, today.day, tzinfo=UTC) - MINUTE
        self.centre = centre_muni
        self.xk = centre_muni.jurisdiction == "XK"
        same = [m for m in MUNICIPALITIES if m.jurisdiction == centre_muni.jurisdiction
                and m.code != centre_muni.code and m.is_valid_on(today - timedelta(SPAN_DAYS))]
        self.near = [m for m in same if m.district == centre_muni.district] or same
        self.far = same
        self.everywhere = [m for m in MUNICIPALITIES if m.is_valid_on(today - timedelta(SPAN_DAYS))]
        self.rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in TABLES}
        self.used_jmbg: set[str] = set()
        self.recent: deque[tuple[_Person, _Person, str, str]] = deque(maxlen=300)
        self.file_seq: dict[int, int] = {}
        self.case_managers: list[str] = []
        self.caseworkers: list[str] = []

    # ------------------------------------------------------------------ primitives
    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def between(self, a: datetime, b: datetime) -> datetime:
        """A moment in [a, b] to the minute (a when b <= a)."""
        span = int((b - a) / MINUTE)
        return a if span <= 0 else a + self.rng.randint(0, span) * MINUTE

    def day_between(self, a: date, b: date) -> date:
        span = (b - a).days
        return a if span <= 0 else a + timedelta(days=self.rng.randint(0, span))

    def stamp(self, day: date) -> datetime:
        """A created_at for a record of `day` (midday, never past the limit)."""
        return min(_midday(day), self.limit)

    def pick_muni(self) -> Municipality:
        r = self.rng.random()
        if r < 0.85 or not self.far:
            return self.centre
        if r < 0.95:
            return self.rng.choice(self.near)
        return self.rng.choice(self.far) if r < 0.99 else self.rng.choice(self.everywhere)

    # ------------------------------------------------------------------ people
    def albanian_share(self, m: Municipality) -> float:
        share = _ALBANIAN_SHARE_BY_NAME.get(m.name_sr)
        if share is not None:
            return share
        return 0.95 if m.jurisdiction == "XK" else 0.01

    def name(self, sex: str, albanian: bool, last: str | None = None) -> tuple[str, str]:
        rng = self.rng
        if albanian:
            first = rng.choice(names.ALBANIAN_FEMALE if sex == "FEMALE" else names.ALBANIAN_MALE)
            return first, last or rng.choice(names.ALBANIAN_SURNAMES)
        r = rng.random()
        if r < 0.01 and last is None:  # typed in Cyrillic by the caseworker
            return rng.choice(names.CYRILLIC_FEMALE if sex == "FEMALE" else names.CYRILLIC_MALE)
        first = rng.choice(names.SERBIAN_FEMALE if sex == "FEMALE" else names.SERBIAN_MALE)
        last = last or rng.choice(names.SERBIAN_SURNAMES)
        if r < 0.05:  # converted to Cyrillic
            return latin_to_cyrillic(first), latin_to_cyrillic(last)
        if r < 0.10:  # typed without diacritics, đ as "dj"
            return fold(first).title(), fold(last).title()
        return first, last

    def jmbg(self, birth: date, sex: str, muni: Municipality) -> str | None:
        rng = self.rng
        if muni.jurisdiction == "XK" and (birth.year >= 2000 or rng.random() < 0.3):
            return None  # Kosovo personal number instead of a JMBG: not recorded here
        if rng.random() < 0.06:
            return None  # not known to the centre
        region = _DISTRICT_REGION.get(muni.district or "", "71")
        if rng.random() < 0.15:
            region = rng.choice(_XK_REGIONS if muni.jurisdiction == "XK" else _RS_REGIONS)
        for _ in range(50):
            serial = rng.randrange(500) + (500 if sex == "FEMALE" else 0)
            number = jmbg_rules.make(birth, region, serial)
            if number not in self.used_jmbg:
                self.used_jmbg.add(number)
                return number
        return None  # pragma: no cover - a day/region with every serial taken

    def person(
        self, *, age: int, sex: str, on: date, muni: Municipality, albanian: bool,
        role: str, last: str | None = None, relation: str | None = None,
    ) -> _Person:  # fmt: skip
        rng = self.rng
        birth = on - timedelta(days=age * 365 + age // 4 + rng.randint(1, 364))
        first, last_name = self.name(sex, albanian, last)
        jmbg = self.jmbg(birth, sex, muni) if role != "REPORTER" or rng.random() < 0.5 else None
        p = _Person(self.uid(), first, last_name, jmbg, sex, birth, muni, albanian)
        adult = age >= 18
        streets = names.ALBANIAN_STREETS if albanian else names.SERBIAN_STREETS
        town = (muni.name_sq or muni.name_sr) if albanian else muni.name_sr
        address = (f"{rng.choice(streets)} {rng.randint(1, 180)}, {town}"
                   if rng.random() < 0.9 else None)
        phone = None
        if adult and rng.random() < 0.75:
            if muni.jurisdiction == "XK":
                phone = (f"+383 4{rng.choice('3459')} "
                         f"{rng.randint(100, 999)} {rng.randint(100, 999)}")
            else:
                phone = (f"06{rng.choice('0123469')}/"
                         f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
        email = f"{fold(first)}.{fold(last_name)}{rng.randint(1, 99)}@primer.rs".replace(" ", "") \
            if adult and rng.random() < 0.1 else None
        victim, perpetrator = role == "VICTIM", role == "PERPETRATOR"
        if age < 15:
            employment, education, marital = None, None, None
        else:
            employment = ("PENSIONER" if age >= 65 else "STUDENT" if age < 22 and rng.random() < 0.6
                          else rng.choice(("EMPLOYED", "EMPLOYED", "UNEMPLOYED", "UNEMPLOYED",
                                           "HOMEMAKER" if sex == "FEMALE" else "OTHER")))
            education = EDUCATION(rng) if age >= 18 else "PRIMARY"
            marital = (MARITAL_BY_RELATION.get(relation or "") or
                       ("WIDOWED" if age >= 70 and rng.random() < 0.4 else
                        "SINGLE" if age < 25 else rng.choice(("MARRIED", "SINGLE", "DIVORCED"))))
        recorded = rng.random() < 0.45  # ethnicity only with consent
        has_disability = (("YES" if rng.random() < 0.07 or (age >= 65 and rng.random() < 0.2)
                           else "NO") if rng.random() < 0.8 else "UNKNOWN") if victim else None
        tri = TRI if perpetrator else None
        self.rows["persons"].append({
            "id": p.id, "first_name": first, "last_name": last_name, "jmbg": jmbg,
            "address": address, "phone": phone, "email": email,
            "safe_contact": bool(victim and phone and rng.random() < 0.5),
            "birth_date": birth, "sex": sex,
            "ethnicity": ((ETHNICITY_SQ if albanian else ETHNICITY_SR)(rng) if recorded else None),
            "has_disability": has_disability,
            "pregnant": (("YES" if rng.random() < 0.05 else "NO")
                         if victim and sex == "FEMALE" and 18 <= age <= 45 else None),
            "marital_status": marital, "employment_status": employment, "education": education,
            "economically_dependent": (("YES" if rng.random() < 0.3 else "NO")
                                       if victim and adult else None),
            "citizenship": ("XK" if muni.jurisdiction == "XK" else "RS")
            if rng.random() < 0.97 else rng.choice(("OTHER", "REFUGEE_DISPLACED")),
            "children_in_household": None, "social_protection_beneficiary": rng.random() < 0.25,
            "substance_misuse": ("YES" if rng.random() < 0.3 else tri(rng)) if tri else None,
            "mental_illness": ("NO" if rng.random() < 0.6 else tri(rng)) if tri else None,
            "weapon_access": ("NO" if rng.random() < 0.6 else tri(rng)) if tri else None,
            "prior_convictions": tri(rng) if tri else None,
            "prior_measures": tri(rng) if tri else None,
            "created_at": self.limit, "updated_at": self.limit,  # fixed below by the case
        })
        if has_disability == "YES":
            self.rows["person_disabilities"].append({"person_id": p.id, "code": DISABILITY(rng)})
        return p

    # ------------------------------------------------------------------ users
    def users(self, n_cases: int, taken: set[str]) -> None:
        rng = self.rng
        n_managers = 2 + n_cases // 25_000
        n_workers = min(40, 4 + n_cases // 4_000)
        created = self.limit - timedelta(days=SPAN_DAYS + 30)
        for i in range(n_managers + n_workers):
            sex = "FEMALE" if rng.random() < 0.8 else "MALE"  # the profession is mostly women
            albanian = rng.random() < self.albanian_share(self.centre)
            pool_first = (names.ALBANIAN_FEMALE if sex == "FEMALE" else names.ALBANIAN_MALE) \
                if albanian else (names.SERBIAN_FEMALE if sex == "FEMALE" else names.SERBIAN_MALE)
            first = rng.choice(pool_first)
            last = rng.choice(names.ALBANIAN_SURNAMES if albanian else names.SERBIAN_SURNAMES)
            base = f"{fold(first)}.{fold(last)}".replace(" ", "")
            username, k = base, 1
            while username in taken:
                k += 1
                username = f"{base}{k}"
            taken.add(username)
            uid = self.uid()
            role = "CASE_MANAGER" if i < n_managers else "CASEWORKER"
            (self.case_managers if i < n_managers else self.caseworkers).append(uid)
            self.rows["users"].append({
                "id": uid, "username": username, "display_name": f"{first} {last}", "role": role,
                "active": True, "created_at": created,
            })

    # ------------------------------------------------------------------ one case
    def case(self, received_at: datetime) -> None:  # noqa: C901 - one case, read top to bottom
        rng, rows, limit, today = self.rng, self.rows, self.limit, self.today
        xk = self.xk
        case_id = self.uid()
        opened = min(today, (received_at + timedelta(days=rng.choice((0, 0, 0, 0, 0, 1, 1, 2))))
                     .date())
        year = opened.year
        seq = self.file_seq[year] = self.file_seq.get(year, 0) + 1
        file_number = f"{self.centre_code}-{year}-{seq:05d}"
        manager = (rng.choice(self.caseworkers) if rng.random() < 0.8 else
                   rng.choice(self.case_managers)) if rng.random() < 0.98 else None
        intake = rng.choice(self.caseworkers)

        # --- who: victim, perpetrator, the relationship (joint draw keeps ages consistent)
        repeat = bool(self.recent) and rng.random() < 0.06
        if repeat:
            victim, perp, relation, group = rng.choice(self.recent)
            v_age, p_age = victim.age_on(opened), perp.age_on(opened)
            new_people: list[tuple[_Person, str]] = []
        else:
            group, band = GROUP_BAND(rng)
            v_female = rng.random() < FEMALE_VICTIM_SHARE[group]
            v_sex = "FEMALE" if v_female else "MALE"
            if group == "OTHER_FAMILY":
                relation = RELATION["OTHER_CHILD" if band == 0 else "OTHER_ADULT"](rng)
            else:
                relation = RELATION[group](rng)
            v_age = (rng.randint(0, 17), rng.randint(18, 25), int(rng.triangular(26, 65, 38)),
                     min(95, 65 + int(rng.expovariate(1 / 8))))[band]
            if group == "CHILD_TO_PARENT" and band == 2:
                v_age = rng.randint(40, 64)
            p_age = self.perpetrator_age(relation, v_age)
            if group in ("PARTNER", "FORMER_PARTNER"):
                p_sex = ("MALE" if v_female else "FEMALE") if rng.random() < 0.97 else v_sex
            else:
                p_sex = "MALE" if rng.random() < 0.8 else "FEMALE"
            muni = self.pick_muni()
            albanian = rng.random() < self.albanian_share(muni)
            shared_last = None
            if relation in ("SPOUSE", "PARENT", "CHILD", "SIBLING") and rng.random() < 0.8:
                shared_last = rng.choice(names.ALBANIAN_SURNAMES if albanian
                                         else names.SERBIAN_SURNAMES)
            victim = self.person(age=v_age, sex=v_sex, on=opened, muni=muni, albanian=albanian,
                                 role="VICTIM", last=shared_last, relation=relation)
            perp = self.person(age=p_age, sex=p_sex, on=opened, muni=muni, albanian=albanian,
                               role="PERPETRATOR", last=shared_last, relation=relation)
            new_people = [(victim, "VICTIM"), (perp, "PERPETRATOR")]
        muni = victim.muni
        people: list[tuple[_Person, str]] = [(victim, "VICTIM"), (perp, "PERPETRATOR")]

        # children in the household (partner violence), a legal representative for a child victim
        children: list[_Person] = []
        if group in ("PARTNER", "FORMER_PARTNER") and 20 <= v_age <= 55 and not repeat \
                and rng.random() < 0.55:
            father = perp if perp.sex == "MALE" else victim
            for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
                kid = self.person(age=rng.randint(0, min(17, v_age - 18)),
                                  sex=rng.choice(("FEMALE", "MALE")), on=opened, muni=muni,
                                  albanian=victim.albanian, role="CHILD", last=father.last)
                children.append(kid)
                new_people.append((kid, "CHILD"))
                people.append((kid, "CHILD"))
        if v_age < 18 and not repeat and rng.random() < 0.4:
            rep = self.person(age=max(18, p_age + rng.randint(-5, 5)),
                              sex="MALE" if perp.sex == "FEMALE" else "FEMALE", on=opened,
                              muni=muni, albanian=victim.albanian, role="LEGAL_REPRESENTATIVE",
                              last=victim.last)
            new_people.append((rep, "LEGAL_REPRESENTATIVE"))
            people.append((rep, "LEGAL_REPRESENTATIVE"))
        reporter_type = (REPORTER_CHILD if v_age < 18 else REPORTER)(rng)
        if reporter_type in ("FAMILY_MEMBER", "RELATIVE_FRIEND_NEIGHBOUR") and rng.random() < 0.6:
            rep = self.person(age=rng.randint(20, 75), sex=rng.choice(("FEMALE", "MALE")),
                              on=opened, muni=muni, albanian=victim.albanian, role="REPORTER")
            new_people.append((rep, "REPORTER"))
            people.append((rep, "REPORTER"))
        parts: dict[str, str] = {}  # role → participant id (the first one of that role)
        child_parts: list[str] = []
        for person, role in people:
            pid = self.uid()
            if role == "CHILD":
                child_parts.append(pid)
            parts.setdefault(role, pid)
            rows["participants"].append({
                "id": pid, "case_id": case_id, "person_id": person.id, "role": role,
                "created_at": received_at, "updated_at": received_at,
            })

        # --- the case's course: how long it runs, how serious it is
        not_confirmed = rng.random() < 0.06
        physical = rng.random() < 0.55
        imminent = not not_confirmed and rng.random() < (0.42 if physical else 0.15)
        proceedings = not not_confirmed and rng.random() < (0.3 + 0.15 * physical + 0.2 * imminent)
        if not_confirmed:
            planned = rng.randint(5, 40)
        elif proceedings and rng.random() < 0.5:
            planned = rng.randint(120, 600)
        else:
            planned = 10 + int(rng.expovariate(1 / 110))
        planned_close = opened + timedelta(days=planned)
        closed = planned_close < today
        horizon = planned_close if closed else today
        h_end = min(limit, datetime(horizon.year, horizon.month, horizon.day, 15, tzinfo=UTC))

        # --- report(s) and first contact
        priority = "IMMEDIATE_24H" if imminent else PRIORITY(rng)
        window = PRIORITY_HOURS[priority] * HOUR
        r = rng.random()
        if received_at + window > limit and r < 0.4:
            first_contact = None  # still within the response window
        elif r < 0.04:
            first_contact = None  # never reached (an overdue response if the case is open)
        elif r < 0.12:
            first_contact = min(limit, received_at + window + rng.randint(60, 5 * 1440) * MINUTE)
        else:
            first_contact = self.between(received_at + 30 * MINUTE,
                                         min(limit, received_at + window))
        report_rows = [self.report(case_id, received_at, reporter_type, priority, intake)]
        if not not_confirmed and rng.random() < 0.12:
            second = self.between(received_at + 7 * DAY, h_end)
            if second > received_at + 7 * DAY:
                report_rows.append(self.report(case_id, second, "POLICE", PRIORITY(rng), intake))

        # --- incidents
        police = reporter_type == "POLICE"
        lag = rng.randint(30, 600) if police else rng.randint(60, 4320)
        occurred = received_at - lag * MINUTE
        forms = self.forms(group, v_age, physical)
        self.incident(case_id, occurred, muni, forms, bool(children), first=True)
        if rng.random() < 0.2:
            self.incident(case_id, occurred - rng.randint(10, 200) * DAY, muni,
                          self.forms(group, v_age, rng.random() < 0.5), bool(children),
                          first=False)
        for rep_row in report_rows[1:]:
            self.incident(case_id, rep_row["received_at"] - rng.randint(60, 2000) * MINUTE, muni,
                          self.forms(group, v_age, rng.random() < 0.6), bool(children),
                          first=False)

        # --- risk assessments
        victim_view = (VICTIM_VIEW_IMMINENT if imminent else VICTIM_VIEW_OTHER)(rng)
        police_at = None
        if police or rng.random() < 0.6:
            police_at = (self.between(occurred + 20 * MINUTE, received_at) if police
                         else self.between(received_at, min(h_end, received_at + 12 * HOUR)))
            self.assessment(case_id, police_at, "POLICE", imminent, victim_view,
                            extended=False, sent=("BASIC_PROSECUTION", "CSR"))
        if rng.random() < 0.5:
            at = self.between(received_at + HOUR, min(h_end, received_at + 5 * DAY))
            if at > received_at:
                self.assessment(case_id, at, "CSR", imminent, victim_view, extended=True,
                                sent=("BASIC_PROSECUTION",) if rng.random() < 0.3 else ())

        # --- police urgent measures (or Kosovo protection orders) on the legal clock
        urgent_until = None
        if imminent and police_at is not None and rng.random() < 0.85:
            served = min(limit, police_at + rng.randint(20, 180) * MINUTE)
            types = (URGENT_XK(rng),) if xk else URGENT_RS(rng)
            for kind in types:
                end = self.urgent_measure(case_id, kind, served, horizon)
                if end is not None and (urgent_until is None or end > urgent_until):
                    urgent_until = end

        # --- meetings (GKS every ≤ 15 days while the case is reviewed), the plan, its measures
        internal_team = rng.random() < 0.6
        if internal_team and rng.random() < 0.7:
            self.meeting(case_id, self.day_between(opened, min(horizon, opened + 3 * DAY)),
                         "CSR_INTERNAL_TEAM", "CSR", ("CSR",), "NEW", ("REVIEW_AGAIN",), False)
        gks_days: list[date] = []
        if not not_confirmed and rng.random() < (0.95 if imminent else 0.3):
            gks_days = self.gks_meetings(case_id, opened, horizon, imminent, closed,
                                         bool(children), urgent_until is not None)
        elif rng.random() < 0.1:
            self.meeting(case_id, self.day_between(opened, horizon), "CSR_CASE_CONFERENCE", "CSR",
                         ("CSR", "POLICE", "HEALTH"), "NEW", ("REFERRAL",), rng.random() < 0.5)
        plan = imminent and bool(gks_days)
        if plan:
            self.plan(case_id, gks_days[0], horizon, closed, victim.albanian,
                      [parts["VICTIM"], *child_parts], manager, parts["VICTIM"])

        # --- services
        self.services(case_id, opened, horizon, closed, v_age, parts, child_parts, imminent)

        # --- family-law protection measures (Serbia), criminal proceedings
        if not xk and not not_confirmed and rng.random() < (0.25 if imminent else 0.08):
            self.protection_measure(case_id, opened, horizon, muni)
        final_on = None
        if proceedings:
            final_on = self.proceeding(case_id, occurred.date(), horizon, forms, imminent)

        # --- referrals and feedback
        for _ in range(rng.choice((0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3))):
            self.referral(case_id, opened, horizon)
        self.contacts(case_id, opened, horizon, parts, manager)

        # --- closure (a case is not closed while an extended urgent measure still runs)
        close_day = None
        if closed:
            close_day = planned_close
            if urgent_until is not None and urgent_until.date() > close_day:
                close_day = urgent_until.date() + timedelta(days=rng.randint(0, 10))
            if close_day >= today:
                close_day = None
        if close_day is not None:
            if not_confirmed:
                reason = "NOT_CONFIRMED"
            else:
                reason = CLOSURE(rng)
                if reason == "PROCEEDINGS_FINAL" and (final_on is None or final_on > close_day):
                    reason = "GOALS_MET"
                if reason == "VICTIM_KILLED_FEMICIDE" and victim.sex != "FEMALE":
                    reason = "VICTIM_DIED_OTHER"
            rows["closures"].append({
                "id": self.uid(), "case_id": case_id, "closed_on": close_day, "reason": reason,
                "note": None, "created_at": self.stamp(close_day),
                "updated_at": self.stamp(close_day),
            })
            status = "TRANSFERRED" if reason == "MOVED_TRANSFERRED" else "PASSIVE"
            if reason not in ("NOT_CONFIRMED", "LOST_CONTACT", "VICTIM_KILLED_FEMICIDE",
                              "VICTIM_DIED_OTHER") and rng.random() < 0.25:
                self.feedback(case_id, max(opened, close_day - timedelta(rng.randint(0, 14))),
                              plan)
        else:
            status = "UNDER_GKS_REVIEW" if gks_days else "OPEN"

        # --- the case row and the relationship
        living = ("NO" if relation.startswith(("FORMER", "DATING")) and rng.random() < 0.75
                  else "YES" if rng.random() < 0.8 else "UNKNOWN")
        rows["relationships"].append({
            "id": self.uid(), "case_id": case_id, "victim_id": parts["VICTIM"],
            "perpetrator_id": parts["PERPETRATOR"], "relation": relation, "living_together": living,
            "separation_in_progress": ("YES" if rng.random() < (0.4 if group == "FORMER_PARTNER"
                                                              else 0.15) else "NO")
            if group in ("PARTNER", "FORMER_PARTNER") else None,
            "custody_dispute": ("YES" if rng.random() < 0.25 else "NO") if children else None,
            "created_at": received_at, "updated_at": received_at,
        })
        earlier = max(1, EARLIER_REPORTS(rng)) if repeat else EARLIER_REPORTS(rng)
        rows["cases"].append({
            "id": case_id, "file_number": file_number,
            "centre_municipality_code": self.centre.code, "victim_municipality_code": muni.code,
            "opened_on": opened, "case_manager_id": manager, "internal_team": internal_team,
            "response_priority": priority,
            "case_type": ("INTIMATE_PARTNER" if group in ("PARTNER", "FORMER_PARTNER") else
                          "ART4_OFFENCE" if rng.random() < 0.01 else "DOMESTIC_VIOLENCE"),
            "status": status, "repeat_case": "YES" if repeat else ("NO" if rng.random() < 0.8
                                                                  else "UNKNOWN"),
            "earlier_reports_count": earlier, "first_contact_at": first_contact,
            "search_text": compose_search_text(
                file_number, [(p.first, p.last, p.jmbg) for p, _ in people]),
            "version_id": 1, "created_at": received_at, "updated_at": received_at,
        })
        # new persons get their created_at from the case that introduced them
        n_new = len(new_people)
        if n_new:
            for row in rows["persons"][-n_new:]:
                row["created_at"] = row["updated_at"] = received_at
            victim_row = rows["persons"][-n_new] if not repeat else None
            if victim_row is not None and victim_row["id"] == victim.id:
                victim_row["children_in_household"] = len(children)
        if not repeat and group in ("PARTNER", "FORMER_PARTNER", "CHILD_TO_PARENT"):
            self.recent.append((victim, perp, relation, group))

    def perpetrator_age(self, relation: str, v_age: int) -> int:
        rng = self.rng
        if relation == "PARENT" or relation in ("PARENTS_PARTNER", "ADOPTIVE", "FOSTER") \
                and v_age < 18:
            age = v_age + rng.randint(18, 42)
        elif relation == "CHILD":
            age = v_age - rng.randint(20, 40)
        elif relation == "GRANDPARENT_GRANDCHILD":
            age = v_age + rng.randint(40, 60) if v_age < 40 else v_age - rng.randint(40, 55)
        elif relation == "SIBLING":
            age = v_age + rng.randint(-10, 10)
        elif relation in ("IN_LAW", "OTHER_RELATIVE", "HOUSEHOLD_MEMBER", "ADOPTIVE", "FOSTER"):
            age = rng.randint(20, 70)
        else:  # partners: close in age, the man usually older
            age = v_age + round(rng.gauss(2, 5))
        return max(18, min(92, age))

    # ------------------------------------------------------------------ case parts
    def report(self, case_id: str, at: datetime, reporter: str, priority: str,
               intake: str) -> dict[str, Any]:  # fmt: skip
        rng = self.rng
        if reporter in INSTITUTION_REPORTERS:
            channel = CHANNEL_INSTITUTION(rng)
        elif reporter == "NGO_SOS_LINE":
            channel = CHANNEL_NGO(rng)
        elif reporter == "ANONYMOUS":
            channel = CHANNEL_ANON(rng)
        else:
            channel = CHANNEL_PRIVATE(rng)
        forwarded = None
        if reporter not in ("POLICE", "PROSECUTION", "COURT") and rng.random() < 0.95:
            forwarded = min(self.limit, at + rng.randint(10, 180) * MINUTE)
        row = {
            "id": self.uid(), "case_id": case_id, "received_at": at, "channel": channel,
            "reporter_type": reporter, "intake_sheet_done": rng.random() < 0.85,
            "intake_worker_id": intake, "forwarded_to_police_at": forwarded,
            "victim_consent": "YES" if reporter == "VICTIM" else CONSENT(rng),
            "immediate_intervention": priority == "IMMEDIATE_24H" and rng.random() < 0.7,
            "created_at": at, "updated_at": at,
        }
        self.rows["reports"].append(row)
        return row

    def forms(self, group: str, v_age: int, physical: bool) -> list[str]:
        rng = self.rng
        out = []
        for form, p in FORMS_BASE:
            if form == "PHYSICAL":
                hit = physical
            elif form == "STALKING" and group == "FORMER_PARTNER":
                hit = rng.random() < 0.25
            elif form == "TECHNOLOGY_FACILITATED" and group == "FORMER_PARTNER":
                hit = rng.random() < 0.1
            elif form in ("SEXUAL", "SEXUAL_HARASSMENT") and group == "CHILD_TO_PARENT":
                hit = False
            else:
                hit = rng.random() < p
            if hit:
                out.append(form)
        if (v_age < 18 or v_age >= 65) and rng.random() < 0.25:
            out.append("NEGLECT")
        if 14 <= v_age <= 25 and rng.random() < 0.004:
            out.append("FORCED_MARRIAGE")
        return out or ["PSYCHOLOGICAL"]

    def incident(self, case_id: str, at: datetime, muni: Municipality, forms: list[str],
                 children: bool, *, first: bool) -> None:  # fmt: skip
        rng = self.rng
        iid = self.uid()
        physical = "PHYSICAL" in forms
        injury = INJURY_PHYSICAL(rng) if physical else "NONE"
        r = rng.random()
        location = ("ONLINE" if "TECHNOLOGY_FACILITATED" in forms and r < 0.5 else
                    "SHARED_HOME" if r < 0.55 else "VICTIM_HOME" if r < 0.75 else
                    "PERPETRATOR_HOME" if r < 0.83 else "PUBLIC_PLACE" if r < 0.95 else
                    "WORKPLACE" if r < 0.97 else "OTHER")
        self.rows["incidents"].append({
            "id": iid, "case_id": case_id, "occurred_at": at,
            "municipality_code": muni.code if rng.random() < 0.95 else self.pick_muni().code,
            "location_type": location, "settlement": None,
            "weapon": WEAPON(rng) if physical else "NONE", "injury": injury,
            "medical_help": ("YES" if rng.random() < 0.7 else "NO") if injury != "NONE" else "NO",
            "children_present": (("YES" if rng.random() < 0.5 else TRI(rng)) if children
                                 else ("NO" if rng.random() < 0.8 else "UNKNOWN")),
            "intoxicated": "YES" if rng.random() < 0.3 else TRI(rng),
            "first_incident": (("YES" if rng.random() < 0.3 else TRI(rng)) if first else "NO"),
            "violence_duration": DURATION(rng), "created_at": at, "updated_at": at,
        })
        add = self.rows["incident_forms"].append
        for code in forms:
            add({"incident_id": iid, "code": code})

    def assessment(self, case_id: str, at: datetime, assessor: str, imminent: bool,
                   victim_view: str, *, extended: bool, sent: Sequence[str]) -> None:  # fmt: skip
        rng = self.rng
        aid = self.uid()
        level = "HIGH" if imminent else RISK_LEVEL_LOW(rng)
        self.rows["risk_assessments"].append({
            "id": aid, "case_id": case_id, "assessed_on": at, "assessor": assessor,
            "level": level, "imminent_danger": imminent, "victim_view": victim_view,
            "created_at": at, "updated_at": at,
        })
        p_yes = 0.45 if imminent else 0.12
        add = self.rows["risk_factor_answers"].append
        for factor in ZSNP16:
            if factor == "VICTIM_RISK_PERCEPTION":
                answer = "YES" if victim_view == "HIGH" else "NO"
            else:
                r = rng.random()
                answer = "YES" if r < p_yes else "UNKNOWN" if r < p_yes + 0.1 else "NO"
            add({"assessment_id": aid, "factor": factor, "answer": answer})
        if extended:
            for factor in rng.sample(EXTENDED, 6):
                r = rng.random()
                answer = "YES" if r < p_yes * 0.7 else "UNKNOWN" if r < p_yes + 0.15 else "NO"
                add({"assessment_id": aid, "factor": factor, "answer": answer})
        add_sent = self.rows["risk_assessment_recipients"].append
        for code in sent:
            add_sent({"assessment_id": aid, "code": code})

    def urgent_measure(self, case_id: str, kind: str, served: datetime,
                       horizon: date) -> datetime | None:  # fmt: skip
        """One order. Returns when it ends (48 h, or the 30-day extension) if known."""
        rng, limit = self.rng, self.limit
        year = served.year
        row: dict[str, Any] = {
            "id": self.uid(), "case_id": case_id, "measure_type": kind,
            # made the day it was served, or the evening before (never after it, in any zone)
            "order_number": f"{rng.randint(1, 9999)}/{year}",
            "ordered_on": (served - 12 * HOUR).date(),
            "served_at": served, "prosecutor_proposal": None, "proposal_at": None,
            "court_decision": None, "decided_at": None, "decision_number": None,
            "extended_until": None, "appeal_by": None, "appeal_outcome": None, "breach": None,
            "breach_on": None, "created_at": served, "updated_at": served,
        }
        end: datetime | None = served + 48 * HOUR
        if kind.startswith("XK_"):
            end = self.kosovo_order(row, served)
        else:
            # ZSNP arts. 18–21: proposal within 24 h of service, decision within 24 h of it.
            proposal_at = served + rng.randint(60, 23 * 60 + 50) * MINUTE
            if proposal_at > limit:
                self.rows["urgent_measures"].append(row)  # still running, nothing decided yet
                return end
            if rng.random() < 0.2:
                row["prosecutor_proposal"] = "NO"
                row["court_decision"] = "NO_PROPOSAL" if rng.random() < 0.7 else None
            else:
                row["prosecutor_proposal"] = "YES"
                row["proposal_at"] = proposal_at
                decided = proposal_at + rng.randint(60, 23 * 60 + 50) * MINUTE
                if decided <= limit:
                    row["decided_at"] = decided
                    row["decision_number"] = f"R1 {rng.randint(1, 4000)}/{year}"
                    if rng.random() < 0.88:
                        row["court_decision"] = "EXTENDED_30_DAYS"
                        end = row["extended_until"] = decided + 30 * DAY
                        if rng.random() < 0.08:
                            row["appeal_by"] = "PERPETRATOR"
                            row["appeal_outcome"] = "REJECTED" if rng.random() < 0.85 \
                                else "DECISION_CHANGED"
                    else:
                        row["court_decision"] = "PROPOSAL_REJECTED"
                        if rng.random() < 0.1:
                            row["appeal_by"] = "PROSECUTION"
                            row["appeal_outcome"] = "REJECTED"
                    if row["appeal_by"] is None and rng.random() < 0.6:
                        row["appeal_by"] = "NONE"
        if end is not None and rng.random() < 0.07:
            last = min(end.date(), self.today)
            first_day = (served + DAY).date()  # the local day of service has begun everywhere
            if last >= first_day:
                row["breach"], row["breach_on"] = "YES", self.day_between(first_day, last)
        elif rng.random() < 0.75:
            row["breach"] = "NO"
        self.rows["urgent_measures"].append(row)
        return end

    def kosovo_order(self, row: dict[str, Any], at: datetime) -> datetime | None:
        """A Kosovo order (services/legal_clocks): the police's interim order is served at `at`
        and lasts to the end of the court's next working day; for a court order `at` is the
        petition, decided within 24 h (emergency) or about 15 days (protection order, some
        late), served after the decision. Returns when the protection ends, if known."""
        rng, limit = self.rng, self.limit
        if row["measure_type"] == "XK_INTERIM_EMERGENCY_ORDER":
            return legal_clocks.next_court_day_end(at)
        emergency = row["measure_type"] == "XK_EMERGENCY_PROTECTION_ORDER"
        row.update(served_at=None, proposal_at=at, ordered_on=None)
        decided = at + (rng.randint(2 * 60, 23 * 60) * MINUTE if emergency
                        else rng.randint(3, 14 if rng.random() < 0.8 else 25) * DAY)
        if decided > limit:
            return None  # the petition is still before the court
        issued = rng.random() < 0.8
        row.update(decided_at=decided, ordered_on=decided.date(),
                   decision_number=f"C {rng.randint(1, 4000)}/{decided.year}",
                   court_decision="XK_ORDER_ISSUED" if issued else "XK_PETITION_REJECTED")
        if not issued:
            return None
        served = decided + rng.randint(60, 6 * 60) * MINUTE
        row["served_at"] = served if served <= limit else None
        if emergency:
            return None  # in force until the court decides on the protection order
        months = rng.choice((6, 12))
        end = clock.end_of(clock.add_months(decided.date(), months))
        row["extended_until"] = end
        return end

    def meeting(self, case_id: str, day: date, kind: str, chair: str | None,
                institutions: Sequence[str], case_list: str | None, decisions: Sequence[str],
                victim_present: bool) -> None:  # fmt: skip
        mid = self.uid()
        stamp = self.stamp(day)
        self.rows["meetings"].append({
            "id": mid, "case_id": case_id, "meeting_type": kind, "held_on": day, "chair": chair,
            "victim_present": victim_present, "case_list": case_list,
            "minutes_ref": f"{'GKS' if kind == 'GKS_MEETING' else 'ZAP'}-{day.year}/"
                           f"{self.rng.randint(1, 999)}",
            "created_at": stamp, "updated_at": stamp,
        })
        add_i = self.rows["meeting_institutions"].append
        for code in dict.fromkeys(institutions):
            add_i({"meeting_id": mid, "code": code})
        add_d = self.rows["meeting_decisions"].append
        for code in dict.fromkeys(decisions):
            add_d({"meeting_id": mid, "code": code})

    def gks_meetings(self, case_id: str, opened: date, horizon: date, imminent: bool,
                     closed: bool, children: bool, urgent: bool) -> list[date]:  # fmt: skip
        rng = self.rng
        kind, chair = (("XK_COORDINATION_MECHANISM", "XK_GENDER_OFFICER") if self.xk
                       else ("GKS_MEETING", "PROSECUTION"))
        base = (("POLICE", "CSR", "XK_GENDER_OFFICER", "XK_VICTIM_ADVOCATE") if self.xk
                else ("BASIC_PROSECUTION", "POLICE", "CSR"))
        day = opened + timedelta(days=rng.randint(1, 12))
        days: list[date] = []
        cap = 12 if imminent else 4
        while day <= horizon and len(days) < cap:
            days.append(day)
            step = rng.randint(7, 15) if rng.random() < 0.85 else rng.randint(16, 30)
            day += timedelta(days=step)
        # an open case reviewed recently, or not: about a quarter have their review overdue
        if not closed and days and len(days) == cap:
            if rng.random() < 0.75:
                days.append(horizon - timedelta(days=rng.randint(0, 14)))
            else:
                days.append(horizon - timedelta(days=rng.randint(16, 60)))
            days = sorted(d for d in set(days) if opened <= d <= horizon)
        for i, held in enumerate(days):
            extra = []
            if rng.random() < 0.3:
                extra.append("HEALTH")
            if children and rng.random() < 0.4:
                extra.append("SCHOOL")
            if rng.random() < 0.2:
                extra.append("NGO")
            if i == 0:
                decisions = ["PLAN_DRAWN_UP"] if imminent else ["REVIEW_AGAIN"]
                if rng.random() < 0.3:
                    decisions.append("MEASURES_PROPOSED_TO_PROSECUTOR")
                if urgent and not self.xk:
                    decisions.append("EXTENSION_PROPOSED")
                case_list = "NEW"
            elif closed and i == len(days) - 1 and rng.random() < 0.6:
                decisions, case_list = ["CLOSE"], "ONGOING"
            else:
                decisions = ["REVIEW_AGAIN"] if rng.random() < 0.85 else ["PLAN_CHANGED"]
                if rng.random() < 0.1:
                    decisions.append("REFERRAL")
                case_list = "TO_EXPEDITE" if rng.random() < 0.1 else "ONGOING"
            self.meeting(case_id, held, kind, chair, (*base, *extra), case_list, decisions,
                         rng.random() < 0.3)
        return days

    def plan(self, case_id: str, drawn: date, horizon: date, closed: bool, albanian: bool,
             members: list[str], manager: str | None, victim_part: str) -> None:  # fmt: skip
        rng, rows, today = self.rng, self.rows, self.today
        plan_id = self.uid()
        stamp = self.stamp(drawn)
        rows["protection_plans"].append({
            "id": plan_id, "case_id": case_id, "drawn_up_on": drawn,
            "author": "CSR" if self.xk else "COORDINATION_GROUP",
            "victim_signed": rng.random() < 0.7,
            "monitoring_plan": "Praćenje kroz GKS na 15 dana; kontakt sa korisnicom nedeljno.",
            "review_on": drawn + timedelta(days=rng.randint(30, 60)),
            "created_at": stamp, "updated_at": stamp,
        })
        add_member = rows["plan_members"].append
        for participant in members:
            add_member({"plan_id": plan_id, "participant_id": participant})
        for _ in range(rng.randint(2, 5)):
            kind = "PROTECTION" if rng.random() < 0.4 else "SUPPORT"
            measure, institution = (PLAN_PROTECTION if kind == "PROTECTION" else PLAN_SUPPORT)(rng)
            deadline = drawn + timedelta(days=rng.randint(3, 45))
            done_on = None
            effectiveness = None
            if deadline >= today and not closed:
                status = "PLANNED"
                if rng.random() < 0.2 and drawn < today:
                    status, done_on = "DONE_ON_TIME", self.day_between(drawn, today - DAY)
            else:
                r = rng.random()
                late_ok = deadline < horizon
                if r < 0.6 or (r < 0.75 and not late_ok):
                    status = "DONE_ON_TIME"
                    done_on = self.day_between(drawn, min(deadline, horizon))
                elif r < 0.75:
                    status, done_on = "DONE_LATE", self.day_between(deadline + DAY, horizon)
                elif r < 0.83 or closed:
                    status = "NOT_DONE" if r < 0.83 or rng.random() < 0.6 else "DROPPED"
                else:
                    status = "PLANNED"  # deadline passed, not done: overdue
            if done_on is not None:
                effectiveness = EFFECTIVENESS(rng)
            responsible_user = manager if institution == "CSR" else None
            responsible_person = None
            if responsible_user is None:
                first, last = self.name(rng.choice(("FEMALE", "MALE")), albanian)
                responsible_person = f"{first} {last}"
            mid = self.uid()
            rows["plan_measures"].append({
                "id": mid, "plan_id": plan_id, "kind": kind, "measure": measure,
                "institution": institution, "responsible_user_id": responsible_user,
                "responsible_person": responsible_person, "deadline": deadline,
                "status": status, "effectiveness": effectiveness, "done_on": done_on,
                "created_at": stamp, "updated_at": stamp,
            })
            if measure in SERVICE_TYPES and status in ("DONE_ON_TIME", "DONE_LATE", "PLANNED"):
                done = status != "PLANNED"
                self.service(case_id, measure, INSTITUTION_PROVIDER.get(institution, "OTHER"),
                             victim_part, drawn if done else None, done_on,
                             "DELIVERED" if done else "PLANNED", mid)

    def service(self, case_id: str, kind: str, provider: str, participant: str | None,
                started: date | None, ended: date | None, status: str,
                plan_measure: str | None = None) -> None:  # fmt: skip
        stamp = self.stamp(started or self.today)
        self.rows["services"].append({
            "id": self.uid(), "case_id": case_id, "service_type": kind, "provider_type": provider,
            "participant_id": participant, "started_on": started, "ended_on": ended,
            "status": status, "plan_measure_id": plan_measure,
            "created_at": stamp, "updated_at": stamp,
        })

    def services(self, case_id: str, opened: date, horizon: date, closed: bool, v_age: int,
                 parts: dict[str, str], child_parts: list[str],
                 imminent: bool) -> None:  # fmt: skip
        rng = self.rng
        offered = [(k, p, "VICTIM") for k, p, share in SERVICES if rng.random() < share]
        if child_parts and rng.random() < 0.4:
            offered.append(("INTERVIEW_WITH_CHILDREN", "CSR", "CHILD"))
        if rng.random() < (0.15 if imminent else 0.03):
            offered.append(("SHELTER_PLACEMENT", "SHELTER", "VICTIM"))
        if rng.random() < 0.04:
            offered.append(("PERPETRATOR_PROGRAMME", "NGO", "PERPETRATOR"))
        if v_age < 18 and rng.random() < 0.3:
            offered.append(("CHILD_PROTECTION_MEASURES", "CSR", "VICTIM"))
        for kind, provider, role in offered:
            status = (SERVICE_CLOSED if closed else SERVICE_OPEN)(rng)
            if kind == "INFORMATION":
                started = self.day_between(opened, min(horizon, opened + 2 * DAY))
            else:
                started = self.day_between(opened, horizon)
            ended = None
            if status == "DELIVERED":
                ended = self.day_between(started, min(horizon, started + timedelta(days=60)))
            elif status in ("PLANNED", "NOT_AVAILABLE"):
                started = None
            participant = rng.choice(child_parts) if role == "CHILD" else parts[role]
            self.service(case_id, kind, provider, participant, started, ended, status)

    def protection_measure(self, case_id: str, opened: date, horizon: date,
                           muni: Municipality) -> None:  # fmt: skip
        rng, today = self.rng, self.today
        filed = self.day_between(opened + 2 * DAY, min(horizon, opened + timedelta(days=45)))
        if filed > horizon:
            return
        decided = filed + timedelta(days=rng.randint(8, 60))
        pid = self.uid()
        row: dict[str, Any] = {
            "id": pid, "case_id": case_id, "distance_m": None, "plaintiff": PLAINTIFF(rng),
            "filed_on": filed, "court": f"Osnovni sud – {self.centre.name_sr}",
            "outcome": "PENDING", "ordered_on": None, "duration_months": None,
            "extended": False, "extended_on": None, "ended_early": False, "ended_on": None,
            "breach": None, "csr_opinion": rng.random() < 0.6,
            "created_at": self.stamp(filed), "updated_at": self.stamp(filed),
        }
        types = [code for code, p in PM_TYPES if rng.random() < p] or ["HARASSMENT_BAN"]
        if decided <= horizon:
            row["outcome"] = PM_OUTCOME(rng)
        if row["outcome"] == "ORDERED":
            months = PM_MONTHS(rng)
            row["ordered_on"], row["duration_months"] = decided, months
            end = clock.add_months(decided, months)
            if rng.random() < 0.06 and min(end, today) > decided + DAY:
                row["ended_early"] = True
                row["ended_on"] = self.day_between(decided + DAY, min(end, today) - DAY)
            elif end <= today + timedelta(days=30) and rng.random() < 0.12:
                extended_on = end - timedelta(days=rng.randint(1, 20))
                if decided < extended_on <= today:
                    row["extended"], row["extended_on"] = True, extended_on
            row["breach"] = "YES" if rng.random() < 0.08 else ("NO" if rng.random() < 0.8
                                                              else "UNKNOWN")
        if "APPROACH_BAN" in types:
            row["distance_m"] = DISTANCE(rng)
        self.rows["protection_measures"].append(row)
        add = self.rows["protection_measure_types"].append
        for code in types:
            add({"measure_id": pid, "code": code})

    def proceeding(self, case_id: str, incident_day: date, horizon: date, forms: list[str],
                   imminent: bool) -> date | None:  # fmt: skip
        rng = self.rng
        complaint = min(horizon, incident_day + timedelta(days=rng.randint(0, 3)))
        pid = self.uid()
        row: dict[str, Any] = {
            "id": pid, "case_id": case_id, "complaint_filed": "YES", "complaint_on": complaint,
            "filed_by": FILED_BY(rng), "prosecutor_decision": "PENDING", "decision_on": None,
            "verdict": None, "verdict_on": None,
            "detained": "YES" if rng.random() < (0.3 if imminent else 0.1) else "NO",
            "final_on": None,
            "created_at": self.stamp(complaint), "updated_at": self.stamp(complaint),
        }
        offences = ["DOMESTIC_VIOLENCE"] if rng.random() < 0.9 or "PHYSICAL" in forms else []
        if "STALKING" in forms and rng.random() < 0.6:
            offences.append("STALKING")
        if "SEXUAL" in forms and rng.random() < 0.7:
            offences.append("RAPE" if rng.random() < 0.5 else "OTHER_SEXUAL_OFFENCE")
        if rng.random() < 0.15:
            offences.append("ENDANGERING_SAFETY")
        if "ECONOMIC" in forms and rng.random() < 0.1:
            offences.append("NON_PAYMENT_OF_MAINTENANCE")
        if not offences:
            offences.append("PUBLIC_ORDER_MISDEMEANOUR")
        sanctions: list[str] = []
        decision_day = complaint + timedelta(days=rng.randint(10, 120))
        if decision_day <= horizon:
            row["prosecutor_decision"], row["decision_on"] = PROSECUTOR(rng), decision_day
            if row["prosecutor_decision"] == "INDICTMENT":
                row["verdict"] = "PENDING"
                verdict_day = decision_day + timedelta(days=rng.randint(60, 400))
                if verdict_day <= horizon:
                    row["verdict"], row["verdict_on"] = VERDICT(rng), verdict_day
                    final = verdict_day + timedelta(days=rng.randint(15, 120))
                    if final <= horizon:
                        row["final_on"] = final
                    if row["verdict"] == "CONVICTION":
                        sanctions.append(SANCTION(rng))
                        if rng.random() < 0.3:
                            sanctions.append("SECURITY_MEASURE")
        self.rows["criminal_proceedings"].append(row)
        add = self.rows["proceeding_offences"].append
        for code in offences:
            add({"proceeding_id": pid, "code": code})
        add_s = self.rows["proceeding_sanctions"].append
        for code in dict.fromkeys(sanctions):
            add_s({"proceeding_id": pid, "code": code})
        final_on: date | None = row["final_on"]
        return final_on

    def referral(self, case_id: str, opened: date, horizon: date) -> None:
        rng = self.rng
        day = self.day_between(opened, horizon)
        if rng.random() < 0.8:
            direction = "SENT_TO"
            institution, purpose = (REFERRAL_OUT_XK if self.xk and rng.random() < 0.3
                                    else REFERRAL_OUT)(rng)
            consent = CONSENT(rng)
        else:
            direction, consent = "RECEIVED_FROM", None
            institution, purpose = REFERRAL_IN(rng)
        stamp = self.stamp(day)
        self.rows["referrals"].append({
            "id": self.uid(), "case_id": case_id, "direction": direction,
            "institution_type": institution, "purpose": purpose, "referred_on": day,
            "answer_received": rng.random() < 0.55, "consent_to_share": consent,
            "created_at": stamp, "updated_at": stamp,
        })

    def contacts(self, case_id: str, opened: date, horizon: date, parts: dict[str, str],
                 manager: str | None) -> None:
        """The contact log: a few dated contacts a case, some with a short note. Drawn from a
        generator of their own, so that adding the log left every other generated row as it was."""
        rng = self.contact_rng
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 3, 4, 5, 6))):
            day = opened + timedelta(days=rng.randint(0, max(0, (horizon - opened).days)))
            counterpart = CONTACT_WITH(rng)
            stamp = self.stamp(day)
            self.rows["contact_log"].append({
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "case_id": case_id,
                "contacted_on": day, "contact_type": CONTACT_TYPE(rng), "counterpart": counterpart,
                "participant_id": parts.get(counterpart),  # the victim's or perpetrator's, if any
                "institution": CONTACT_INSTITUTION(rng) if counterpart == "INSTITUTION" else None,
                "staff_user_id": manager,
                "note": rng.choice(CONTACT_NOTES) if rng.random() < 0.4 else None,
                "created_at": stamp, "updated_at": stamp,
            })

    def feedback(self, case_id: str, day: date, plan: bool) -> None:
        rng = self.rng
        stamp = self.stamp(day)
        # about the case's latest service when it had one (no draw: the demo stream stays)
        service_id = next((s["id"] for s in reversed(self.rows["services"][-12:])
                           if s["case_id"] == case_id and s["started_on"] and
                           s["started_on"] <= day), None)
        self.rows["feedback_responses"].append({
            "id": self.uid(), "case_id": case_id, "given_on": day, "service_id": service_id,
            "informed_of_rights": "YES" if rng.random() < 0.85 else TRI(rng),
            "took_part_in_plan": ("YES" if rng.random() < 0.7 else "NO") if plan else None,
            "feels_safer": FEELS_SAFER(rng), "satisfaction": SATISFACTION(rng),
            "treated_with_respect": "YES" if rng.random() < 0.85 else TRI(rng),
            "would_recommend": "YES" if rng.random() < 0.75 else TRI(rng),
            "comment": rng.choice(FEEDBACK_COMMENTS) if rng.random() < 0.1 else None,
            "created_at": stamp, "updated_at": stamp,
        })


# ------------------------------------------------------------------------------------ entry
@dataclass(frozen=True)
class _Plan:
    """Everything the loader needs, picklable for the loader process."""

    database: str
    cases: int
    seed: int
    today: date
    centre_code: str
    centre_municipality: str
    batch_size: int
    taken_usernames: frozenset[str]


Progress = Callable[[int, int, float], None]


def _load(engine: Engine, plan: _Plan, progress: Progress | None) -> dict[str, int]:
    """Generate and insert every row of the plan, one transaction per batch of cases."""
    started = time.perf_counter()
    gen = _Generator(plan.seed, plan.today, municipality(plan.centre_municipality),
                     plan.centre_code)
    gen.users(plan.cases, set(plan.taken_usernames))
    # Report moments, sorted so that file numbers run in the order cases came in.
    first = gen.limit - SPAN_DAYS * DAY
    minutes = sorted(gen.rng.randrange(SPAN_DAYS * 1440) for _ in range(plan.cases))
    counts = {t.name: 0 for t in TABLES}
    for i, minute in enumerate(minutes, 1):
        gen.case(first + minute * MINUTE)
        if i % plan.batch_size == 0 or i == plan.cases:
            with engine.begin() as conn:
                for table in TABLES:
                    batch = gen.rows[table.name]
                    if batch:
                        conn.execute(insert(table), batch)
                        counts[table.name] += len(batch)
                        batch.clear()
            if progress is not None:
                progress(i, plan.cases, time.perf_counter() - started)
    return counts


def _loader_main() -> None:  # pragma: no cover - runs in the loader process
    """Entry point of the loader process: the plan and the key arrive pickled on stdin; progress,
    the row counts or an error go back as JSON lines on stdout.

    This process handles synthetic rows only, so it opens the database without SQLCipher's
    memory security. With it, every SQLite allocation costs an mlock/munlock system call, which
    made bulk inserts ≈4× slower (65 % of the time in the kernel, measured with perf); and once
    a process has turned it on it cannot turn it off, so the loader needs a process of its own.
    """
    from ..db import engine as dbengine

    out = sys.stdout

    def say(kind: str, value: Any) -> None:
        out.write(json.dumps({kind: value}) + "\n")
        out.flush()

    try:
        plan, key = pickle.load(sys.stdin.buffer)
        dbengine.PRAGMAS = tuple(p for p in dbengine.PRAGMAS if "memory_security" not in p)
        engine = dbengine.make_engine(Path(plan.database), key)
        try:
            counts = _load(engine, plan, lambda i, n, s: say("progress", [i, n, s]))
        finally:
            engine.dispose()
        say("done", counts)
    except BaseException as exc:
        say("error", f"{type(exc).__name__}: {exc}")
        raise SystemExit(1) from exc


def _load_in_child(plan: _Plan, key: bytes, progress: Progress | None) -> dict[str, int]:
    code = "from evidencija.demo.generator import _loader_main; _loader_main()"
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert child.stdin is not None and child.stdout is not None
    counts: dict[str, int] | None = None
    error = "the loader process ended without a result"
    try:
        pickle.dump((plan, key), child.stdin)
        child.stdin.close()
        for line in child.stdout:
            message = json.loads(line)
            if "progress" in message and progress is not None:
                progress(*message["progress"])
            elif "done" in message:
                counts = message["done"]
            elif "error" in message:
                error = message["error"]
    finally:
        child.stdout.close()
        child.wait()
    if counts is None:
        raise RuntimeError(f"demo data generation failed: {error}")
    return counts


def generate(
    register: Register,
    *,
    cases: int,
    seed: int,
    today: date | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Progress | None = None,
    separate_process: bool | None = None,
) -> DemoResult:
    """Fill an empty, unlocked register with `cases` synthetic cases (admins only).

    `today` fixes the calendar (default: the real today); with the same `seed` and `today` the
    rows are identical. `progress(done, total, seconds)` is called after every batch. The rows
    are written by a loader process of their own (see `_loader_process`) unless
    `separate_process` is False, or the program is a frozen bundle.
    """
    from ..services import audit
    from ..services.roles import ADMIN, require

    user = require(register, ADMIN)
    if cases < 1:
        raise InvalidInput(detail="--cases")
    if batch_size < 1:
        raise InvalidInput(detail="batch size")
    today = today or date.today()
    with register.session() as session:
        centre = session.scalar(select(Centre))
        if centre is None:  # pragma: no cover - every register has its centre row
            raise InvalidInput(detail="centre")
        if session.scalar(select(func.count()).select_from(Case)):
            raise InvalidInput(detail="the register already has cases")
        taken = frozenset(session.scalars(select(User.username)))
    try:
        municipality(centre.municipality_code or "")
    except KeyError:
        raise InvalidInput(detail=f"centre municipality {centre.municipality_code!r}") from None
    plan = _Plan(str(register.paths.database), cases, seed, today, centre.code,
                 centre.municipality_code or "", batch_size, taken)
    if separate_process is None:
        separate_process = not getattr(sys, "frozen", False)

    started = time.perf_counter()
    # Our own connections go first: the loader writes alone, and a connection that has read the
    # whole file (the integrity check at unlock) would insert several times slower.
    register.engine.dispose()
    if separate_process:
        counts = _load_in_child(plan, bytes(register.data_key), progress)
    else:
        counts = _load(register.engine, plan, progress)
    register.engine.dispose()
    with register.session(write=True) as session, session.begin():
        counts["mechanism_meetings"] = add_mechanism(
            session, municipality(centre.municipality_code or ""), seed, today)
        audit.record(
            session, user_id=user.id, action="DEMO_DATA", entity="register",
            entity_id=register.keyfile.register_id,
            changes={"cases": [None, cases], "seed": [None, seed],
                     "today": [None, today.isoformat()], "rows": [None, sum(counts.values())]},
        )  # fmt: skip
    return DemoResult(cases, seed, today, time.perf_counter() - started, counts)
