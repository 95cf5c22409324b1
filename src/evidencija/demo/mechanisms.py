"""The demo's coordination mechanism: two years of the centre's municipal mechanism.

A Kosovo centre gets its municipal coordination mechanism against domestic violence (the
gender-equality officer chairs; police, the centre, the victim advocate, health, education,
the employment office, an NGO and the shelter are members), meeting every two months with a few
meetings missed, an extraordinary and some case-related meetings, and decisions followed up
(most done, some late, some still open). A Serbian centre gets its GKS (the deputy basic
prosecutor chairs), meeting about every 15 days with a few longer gaps.

The same seed and day give the same mechanism; it draws on a random generator of its own, so
the cases are the same with or without it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..db.models import (
    Mechanism,
    MechanismAttendance,
    MechanismDecision,
    MechanismMeeting,
    MechanismMember,
)
from ..db.municipalities import Municipality
from ..services import clock
from .names import ALBANIAN_FEMALE, ALBANIAN_MALE, ALBANIAN_SURNAMES, SERBIAN_FEMALE, SERBIAN_MALE, SERBIAN_SURNAMES

XK_MEMBERS = ("XK_GENDER_OFFICER", "POLICE", "CSR", "XK_VICTIM_ADVOCATE", "HEALTH",
              "XK_EDUCATION_DIRECTORATE", "EMPLOYMENT_SERVICE", "NGO", "SHELTER", "COURT")
RS_MEMBERS = ("BASIC_PROSECUTION", "POLICE", "CSR", "HEALTH", "SCHOOL", "NGO")
XK_DECISIONS = (
    "Obuka članova mehanizma o standardnim operativnim procedurama",
    "Informativna kampanja u školama o nasilju u porodici",
    "Dogovor sa službom zapošljavanja o programu za žrtve",
    "Razmena podataka o slučajevima između policije i centra",
    "Prostor za hitni smeštaj u saradnji sa sigurnom kućom",
    "Izveštaj opštini o sprovođenju akcionog plana",
    "Protokol o upućivanju žrtava zdravstvenim ustanovama",
    "Sastanak sa sudom o rokovima za naloge za zaštitu",
)
RS_DECISIONS = (
    "Ažuriranje liste slučajeva za praćenje",
    "Razmena podataka o izrečenim hitnim merama",
    "Izrada individualnih planova zaštite za nove slučajeve",
    "Obuka o proceni rizika za službenike policije",
)


def add_mechanism(session: Session, muni: Municipality, seed: int, today: date) -> int:
    """Add the centre's mechanism with two years of meetings up to `today`; returns the number
    of meetings."""
    rng = random.Random(f"mechanism-{seed}")
    xk = muni.jurisdiction == "XK"
    members = XK_MEMBERS if xk else RS_MEMBERS
    mechanism = Mechanism(
        name=(f"Opštinski mehanizam koordinacije — {muni.name_sr}" if xk
              else f"Grupa za koordinaciju i saradnju — {muni.name_sr}"),
        kind="XK_MECHANISM" if xk else "GKS", municipality_code=muni.code,
        meets_every_days=60 if xk else 15, active=True)
    session.add(mechanism)
    first_names = (ALBANIAN_FEMALE + ALBANIAN_MALE) if xk else (SERBIAN_FEMALE + SERBIAN_MALE)
    surnames = ALBANIAN_SURNAMES if xk else SERBIAN_SURNAMES
    start = date(today.year - 2, today.month, 1)
    for i, institution in enumerate(members):
        mechanism.members.append(MechanismMember(
            institution=institution, member_role="CHAIR" if i == 0 else "MEMBER",
            representative=f"{rng.choice(first_names)} {rng.choice(surnames)}", since=start))
    days = _meeting_days(rng, start, today, xk)
    decisions = XK_DECISIONS if xk else RS_DECISIONS
    for held, kind in days:
        present = [m for m in members if m in members[:3] or rng.random() < 0.7]
        meeting = MechanismMeeting(
            held_on=held, meeting_type=kind, cases_discussed=rng.randint(1, 9 if xk else 4),
            agenda="Pregled slučajeva; praćenje odluka; akcioni plan" if xk else
            "Pregled slučajeva sa liste za praćenje",
            attendance_rows=[MechanismAttendance(code=c) for c in present])
        mechanism.meetings.append(meeting)
        for _ in range(rng.randint(0, 2) if kind == "REGULAR" else rng.randint(0, 1)):
            deadline = held + timedelta(days=rng.randint(30, 90) if xk else rng.randint(7, 30))
            decision = MechanismDecision(
                decision=rng.choice(decisions), responsible=rng.choice(members[:6]),
                deadline=deadline, status="OPEN")
            if deadline < today:
                roll = rng.random()
                if roll < 0.7:
                    late = rng.random() < 0.25
                    done = deadline + timedelta(days=rng.randint(1, 40)) if late \
                        else deadline - timedelta(days=rng.randint(0, 20))
                    done = max(held, min(done, today))
                    decision.status, decision.done_on = "DONE", done
                elif roll < 0.8:
                    decision.status = "NOT_DONE"
            meeting.decisions.append(decision)
    return len(days)


def _meeting_days(rng: random.Random, start: date, today: date,
                  xk: bool) -> list[tuple[date, str]]:
    days: list[tuple[date, str]] = []
    if xk:
        slot = date(start.year, ((start.month - 1) // 2) * 2 + 1, 1)
        while slot <= today:
            end = clock.add_months(slot, 2) - timedelta(days=1)
            if rng.random() < 0.8:  # one slot in five passes without its meeting
                held = slot + timedelta(days=rng.randint(5, 50))
                if held <= today:
                    days.append((held, "REGULAR"))
            if rng.random() < 0.15:
                held = slot + timedelta(days=rng.randint(0, (end - slot).days))
                if held <= today:
                    days.append((held, rng.choice(("EXTRAORDINARY", "CASE_RELATED"))))
            slot = end + timedelta(days=1)
    else:
        day = start + timedelta(days=rng.randint(0, 6))
        while day <= today:
            days.append((day, "REGULAR"))
            day += timedelta(days=rng.randint(12, 15) if rng.random() < 0.9
                             else rng.randint(20, 35))
    return sorted(days)
