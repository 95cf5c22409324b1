"""Captions of the record fields the case file and the new-case flow show.

A field holding a code takes its caption from its code list (the one definition in the core)
unless a caption is given here; yes/no/unknown answers, dates, texts and numbers are named here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_labels() -> dict[str, str]:
    return {
        # the case
        "file_number": QCoreApplication.translate("Fields", "File number"),
        "opened_on": QCoreApplication.translate("Fields", "Opened on"),
        "centre_municipality_code": QCoreApplication.translate("Fields", "Centre's municipality"),
        "victim_municipality_code": QCoreApplication.translate("Fields", "Victim's municipality"),
        "internal_team": QCoreApplication.translate("Fields", "Internal team"),
        "case_manager_id": QCoreApplication.translate("Fields", "Case manager"),
        "repeat_case": QCoreApplication.translate("Fields", "Repeat case"),
        "earlier_reports_count": QCoreApplication.translate("Fields", "Earlier reports"),
        "first_contact_at": QCoreApplication.translate("Fields", "First contact with the victim"),
        "closed_on": QCoreApplication.translate("Fields", "Closed on"),
        "note": QCoreApplication.translate("Fields", "Note"),
        # who of the centre
        "intake_worker_id": QCoreApplication.translate("Fields", "Intake worker"),
        "responsible_user_id": QCoreApplication.translate("Fields", "Responsible colleague"),
        "staff_user_id": QCoreApplication.translate("Fields", "Colleague"),
        # the contact log ("Data class.field": a caption for that record kind only)
        "contacted_on": QCoreApplication.translate("Fields", "Date of contact"),
        "ContactData.participant_id": QCoreApplication.translate("Fields", "Person of the case"),
        # people
        "first_name": QCoreApplication.translate("Fields", "First name"),
        "last_name": QCoreApplication.translate("Fields", "Last name"),
        "jmbg": QCoreApplication.translate("Fields", "JMBG"),
        "address": QCoreApplication.translate("Fields", "Address"),
        "phone": QCoreApplication.translate("Fields", "Phone"),
        "email": QCoreApplication.translate("Fields", "E-mail"),
        "safe_contact": QCoreApplication.translate("Fields", "Safe to contact"),
        "birth_date": QCoreApplication.translate("Fields", "Birth date"),
        "has_disability": QCoreApplication.translate("Fields", "Has a disability"),
        "pregnant": QCoreApplication.translate("Fields", "Pregnant"),
        "economically_dependent": QCoreApplication.translate("Fields", "Economically dependent"),
        "children_in_household": QCoreApplication.translate("Fields", "Children in the household"),
        "social_protection_beneficiary": QCoreApplication.translate(
            "Fields", "Social protection beneficiary"
        ),
        "substance_misuse": QCoreApplication.translate("Fields", "Alcohol or drug misuse"),
        "mental_illness": QCoreApplication.translate("Fields", "Mental illness"),
        "weapon_access": QCoreApplication.translate("Fields", "Access to a weapon"),
        "prior_convictions": QCoreApplication.translate("Fields", "Prior convictions"),
        "prior_measures": QCoreApplication.translate("Fields", "Earlier protection measures"),
        "victim_id": QCoreApplication.translate("Fields", "Victim"),
        "perpetrator_id": QCoreApplication.translate("Fields", "Perpetrator"),
        "living_together": QCoreApplication.translate("Fields", "Living together"),
        "separation_in_progress": QCoreApplication.translate("Fields", "Separation in progress"),
        "custody_dispute": QCoreApplication.translate("Fields", "Custody dispute"),
        # intake
        "received_at": QCoreApplication.translate("Fields", "Report received at"),
        "intake_sheet_done": QCoreApplication.translate("Fields", "Intake sheet filled in"),
        "forwarded_to_police_at": QCoreApplication.translate(
            "Fields", "Forwarded to the police at"
        ),
        "victim_consent": QCoreApplication.translate("Fields", "Victim's consent"),
        "immediate_intervention": QCoreApplication.translate("Fields", "Immediate intervention"),
        "occurred_at": QCoreApplication.translate("Fields", "Occurred at"),
        "municipality_code": QCoreApplication.translate("Fields", "Municipality"),
        "settlement": QCoreApplication.translate("Fields", "Settlement"),
        "medical_help": QCoreApplication.translate("Fields", "Medical help"),
        "children_present": QCoreApplication.translate("Fields", "Children present"),
        "intoxicated": QCoreApplication.translate("Fields", "Perpetrator intoxicated"),
        "first_incident": QCoreApplication.translate("Fields", "First incident"),
        # care
        "assessed_on": QCoreApplication.translate("Fields", "Assessed at"),
        "imminent_danger": QCoreApplication.translate("Fields", "Imminent danger"),
        "victim_view": QCoreApplication.translate("Fields", "Risk as the victim sees it"),
        "factors": QCoreApplication.translate("Fields", "Risk factors"),
        "participant_id": QCoreApplication.translate("Fields", "For"),
        "started_on": QCoreApplication.translate("Fields", "Started on"),
        "ended_on": QCoreApplication.translate("Fields", "Ended on"),
        "plan_measure_id": QCoreApplication.translate("Fields", "Plan measure"),
        "held_on": QCoreApplication.translate("Fields", "Held on"),
        "victim_present": QCoreApplication.translate("Fields", "Victim present"),
        "minutes_ref": QCoreApplication.translate("Fields", "Minutes reference"),
        "drawn_up_on": QCoreApplication.translate("Fields", "Drawn up on"),
        "victim_signed": QCoreApplication.translate("Fields", "Signed by the victim"),
        "monitoring_plan": QCoreApplication.translate("Fields", "Monitoring plan"),
        "review_on": QCoreApplication.translate("Fields", "Review on"),
        "member_ids": QCoreApplication.translate("Fields", "People covered"),
        "measure": QCoreApplication.translate("Fields", "Measure"),
        "responsible_person": QCoreApplication.translate("Fields", "Responsible person"),
        "deadline": QCoreApplication.translate("Fields", "Deadline"),
        "done_on": QCoreApplication.translate("Fields", "Done on"),
        # legal
        "order_number": QCoreApplication.translate("Fields", "Order number"),
        "ordered_on": QCoreApplication.translate("Fields", "Ordered on"),
        "served_at": QCoreApplication.translate("Fields", "Served at"),
        "prosecutor_proposal": QCoreApplication.translate(
            "Fields", "Prosecutor proposed an extension"
        ),
        "proposal_at": QCoreApplication.translate("Fields", "Proposal made at"),
        "decided_at": QCoreApplication.translate("Fields", "Court decided at"),
        "decision_number": QCoreApplication.translate("Fields", "Decision number"),
        "extended_until": QCoreApplication.translate("Fields", "Extended until"),
        "breach": QCoreApplication.translate("Fields", "Breached"),
        "breach_on": QCoreApplication.translate("Fields", "Breached on"),
        "distance_m": QCoreApplication.translate("Fields", "Distance (m)"),
        "filed_on": QCoreApplication.translate("Fields", "Filed on"),
        "court": QCoreApplication.translate("Fields", "Court"),
        "duration_months": QCoreApplication.translate("Fields", "Duration (months)"),
        "extended": QCoreApplication.translate("Fields", "Extended"),
        "extended_on": QCoreApplication.translate("Fields", "Extended on"),
        "ended_early": QCoreApplication.translate("Fields", "Ended early"),
        "csr_opinion": QCoreApplication.translate("Fields", "Centre gave an opinion"),
        "complaint_filed": QCoreApplication.translate("Fields", "Criminal complaint filed"),
        "complaint_on": QCoreApplication.translate("Fields", "Complaint filed on"),
        "decision_on": QCoreApplication.translate("Fields", "Decision on"),
        "verdict_on": QCoreApplication.translate("Fields", "Verdict on"),
        "detained": QCoreApplication.translate("Fields", "Detained"),
        "final_on": QCoreApplication.translate("Fields", "Final on"),
        "referred_on": QCoreApplication.translate("Fields", "Referred on"),
        "answer_received": QCoreApplication.translate("Fields", "Answer received"),
        "consent_to_share": QCoreApplication.translate("Fields", "Consent to share data"),
        "given_on": QCoreApplication.translate("Fields", "Given on"),
        "informed_of_rights": QCoreApplication.translate("Fields", "Informed of her rights"),
        "took_part_in_plan": QCoreApplication.translate("Fields", "Took part in the plan"),
        "satisfaction": QCoreApplication.translate("Fields", "Satisfaction (1–5)"),
        "treated_with_respect": QCoreApplication.translate("Fields", "Treated with respect"),
        "would_recommend": QCoreApplication.translate("Fields", "Would recommend"),
        "comment": QCoreApplication.translate("Fields", "Comment"),
        "FeedbackData.service_id": QCoreApplication.translate("Fields", "About the service"),
    }


def field_hints() -> dict[str, str]:
    """A line under a field that says how to fill it in, where a caption alone would mislead.
    Kept to one short line: a wrapped label under a narrow field is cut by the form layout."""
    return {
        "ethnicity": QCoreApplication.translate("Fields", "Only as she declares it, with consent."),
        "safe_contact": QCoreApplication.translate("Fields", "Phone and e-mail are safe to use."),
        "FeedbackData.service_id": QCoreApplication.translate(
            "Fields", "Empty: the centre's help as a whole."
        ),
    }


def kosovo_order_captions() -> dict[str, str]:
    """A Kosovo protection order's fields in the words of Kosovo's law on domestic violence:
    the petition comes first, the court decides it, and the order runs to the term it sets."""
    return {
        "measure_type": QCoreApplication.translate("Fields", "Order"),
        "order_number": QCoreApplication.translate("Fields", "Order number"),
        "proposal_at": QCoreApplication.translate("Fields", "Petition filed at"),
        "decided_at": QCoreApplication.translate("Fields", "Court decided at"),
        "court_decision": QCoreApplication.translate("Fields", "Court decision on the petition"),
        "ordered_on": QCoreApplication.translate("Fields", "Order issued on"),
        "served_at": QCoreApplication.translate("Fields", "Served at"),
        "extended_until": QCoreApplication.translate("Fields", "Order in force until"),
    }
