"""How the case came in and what happened: reports (intake) and incidents with their forms of
violence (data dictionary §1.4–1.5)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..db.models import Case, Incident, IncidentForm, Report
from ..db.register import Register
from . import records
from .dto import IncidentData, IncidentInfo, ReportData, ReportInfo
from .records import Kind
from .validation import Checker


def _report_rule(checker: Checker, session: Session, case: Case, parent: object,
                 data: ReportData, current: object) -> None:
    checker.order("received_at", data.received_at,
                  "forwarded_to_police_at", data.forwarded_to_police_at)


REPORT = Kind("report", Report, ReportData, ReportInfo, rule=_report_rule)
INCIDENT = Kind("incident", Incident, IncidentData, IncidentInfo,
                rows={"forms": ("form_rows", IncidentForm, "code")})


def add_report(register: Register, case_id: str, data: ReportData) -> ReportInfo:
    """Record a report (the intake, or a later re-report) received by the centre."""
    return records.create(register, REPORT, case_id, data)


def update_report(register: Register, report_id: str, data: ReportData) -> ReportInfo:
    return records.update(register, REPORT, report_id, data)


def delete_report(register: Register, report_id: str) -> None:
    records.delete(register, REPORT, report_id)


def add_incident(register: Register, case_id: str, data: IncidentData) -> IncidentInfo:
    """Record an incident with at least one form of violence."""
    return records.create(register, INCIDENT, case_id, data)


def update_incident(register: Register, incident_id: str, data: IncidentData) -> IncidentInfo:
    return records.update(register, INCIDENT, incident_id, data)


def delete_incident(register: Register, incident_id: str) -> None:
    records.delete(register, INCIDENT, incident_id)
