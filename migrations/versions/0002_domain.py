"""case register domain

Revision ID: 0002_domain
Revises: 0001_foundation
Create Date: 2026-11-22 04:38:43.007080
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_domain"
down_revision: str | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    municipalities = op.create_table(
        "municipalities",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_sr", sa.String(length=100), nullable=False),
        sa.Column("name_sq", sa.String(length=100), nullable=True),
        sa.Column("rzs_code", sa.String(length=10), nullable=True),
        sa.Column("ask_code", sa.String(length=10), nullable=True),
        sa.Column("jurisdiction", sa.String(length=2), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "jurisdiction IN ('RS', 'XK')", name=op.f("ck_municipalities_jurisdiction_rs_or_xk")
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
            name=op.f("ck_municipalities_valid_period"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_municipalities")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("jmbg", sa.String(length=13), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("safe_contact", sa.Boolean(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=40), nullable=True),
        sa.Column("ethnicity", sa.String(length=40), nullable=True),
        sa.Column("has_disability", sa.String(length=40), nullable=True),
        sa.Column("pregnant", sa.String(length=40), nullable=True),
        sa.Column("marital_status", sa.String(length=40), nullable=True),
        sa.Column("employment_status", sa.String(length=40), nullable=True),
        sa.Column("education", sa.String(length=40), nullable=True),
        sa.Column("economically_dependent", sa.String(length=40), nullable=True),
        sa.Column("citizenship", sa.String(length=40), nullable=True),
        sa.Column("children_in_household", sa.Integer(), nullable=True),
        sa.Column("social_protection_beneficiary", sa.Boolean(), nullable=False),
        sa.Column("substance_misuse", sa.String(length=40), nullable=True),
        sa.Column("mental_illness", sa.String(length=40), nullable=True),
        sa.Column("weapon_access", sa.String(length=40), nullable=True),
        sa.Column("prior_convictions", sa.String(length=40), nullable=True),
        sa.Column("prior_measures", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "children_in_household >= 0", name=op.f("ck_persons_children_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_jmbg"), ["jmbg"], unique=False)

    op.create_table(
        "cases",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("file_number", sa.String(length=60), nullable=False),
        sa.Column("centre_municipality_code", sa.String(length=20), nullable=False),
        sa.Column("victim_municipality_code", sa.String(length=20), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("case_manager_id", sa.String(length=36), nullable=True),
        sa.Column("internal_team", sa.Boolean(), nullable=False),
        sa.Column("response_priority", sa.String(length=40), nullable=True),
        sa.Column("case_type", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("repeat_case", sa.String(length=40), nullable=True),
        sa.Column("earlier_reports_count", sa.Integer(), nullable=True),
        sa.Column("first_contact_at", sa.DateTime(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "earlier_reports_count >= 0", name=op.f("ck_cases_earlier_reports_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["case_manager_id"], ["users.id"], name=op.f("fk_cases_case_manager_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("file_number", name=op.f("uq_cases_file_number")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cases_case_manager_id"), ["case_manager_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_opened_on"), ["opened_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_search_text"), ["search_text"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_status"), ["status"], unique=False)

    op.create_table(
        "person_disabilities",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_person_disabilities_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "code", name=op.f("pk_person_disabilities")),
    )
    op.create_table(
        "closures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_closures_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closures")),
    )
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closures_case_id"), ["case_id"], unique=True)

    op.create_table(
        "criminal_proceedings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("complaint_filed", sa.String(length=40), nullable=True),
        sa.Column("complaint_on", sa.Date(), nullable=True),
        sa.Column("filed_by", sa.String(length=40), nullable=True),
        sa.Column("prosecutor_decision", sa.String(length=40), nullable=True),
        sa.Column("decision_on", sa.Date(), nullable=True),
        sa.Column("verdict", sa.String(length=40), nullable=True),
        sa.Column("verdict_on", sa.Date(), nullable=True),
        sa.Column("detained", sa.String(length=40), nullable=True),
        sa.Column("final_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_criminal_proceedings_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criminal_proceedings")),
    )
    with op.batch_alter_table("criminal_proceedings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_criminal_proceedings_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "draft_edits",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("form_key", sa.String(length=200), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_draft_edits_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_draft_edits_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_edits")),
        sa.UniqueConstraint("user_id", "form_key", name=op.f("uq_draft_edits_user_id")),
    )
    with op.batch_alter_table("draft_edits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_edits_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_draft_edits_user_id"), ["user_id"], unique=False)

    op.create_table(
        "feedback_responses",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("informed_of_rights", sa.String(length=40), nullable=True),
        sa.Column("took_part_in_plan", sa.String(length=40), nullable=True),
        sa.Column("feels_safer", sa.String(length=40), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("treated_with_respect", sa.String(length=40), nullable=True),
        sa.Column("would_recommend", sa.String(length=40), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "satisfaction BETWEEN 1 AND 5", name=op.f("ck_feedback_responses_satisfaction_1_to_5")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_feedback_responses_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_responses")),
    )
    with op.batch_alter_table("feedback_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_responses_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "incidents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("municipality_code", sa.String(length=20), nullable=True),
        sa.Column("location_type", sa.String(length=40), nullable=True),
        sa.Column("settlement", sa.String(length=200), nullable=True),
        sa.Column("weapon", sa.String(length=40), nullable=True),
        sa.Column("injury", sa.String(length=40), nullable=True),
        sa.Column("medical_help", sa.String(length=40), nullable=True),
        sa.Column("children_present", sa.String(length=40), nullable=True),
        sa.Column("intoxicated", sa.String(length=40), nullable=True),
        sa.Column("first_incident", sa.String(length=40), nullable=True),
        sa.Column("violence_duration", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_incidents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_case_id"), ["case_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_type", sa.String(length=40), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("chair", sa.String(length=40), nullable=True),
        sa.Column("victim_present", sa.Boolean(), nullable=False),
        sa.Column("case_list", sa.String(length=40), nullable=True),
        sa.Column("minutes_ref", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_meetings_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_case_id"), ["case_id"], unique=False)

    op.create_table(
        "participants",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_participants_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_participants_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("case_id", "person_id", "role", name=op.f("uq_participants_case_id")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participants_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participants_person_id"), ["person_id"], unique=False)

    op.create_table(
        "protection_measures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("distance_m", sa.Integer(), nullable=True),
        sa.Column("plaintiff", sa.String(length=40), nullable=True),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("court", sa.String(length=200), nullable=True),
        sa.Column("outcome", sa.String(length=40), nullable=True),
        sa.Column("ordered_on", sa.Date(), nullable=True),
        sa.Column("duration_months", sa.Integer(), nullable=True),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("ended_early", sa.Boolean(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("breach", sa.String(length=40), nullable=True),
        sa.Column("csr_opinion", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("distance_m > 0", name=op.f("ck_protection_measures_distance_positive")),
        sa.CheckConstraint(
            "duration_months BETWEEN 1 AND 12",
            name=op.f("ck_protection_measures_duration_at_most_12_months"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_protection_measures_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protection_measures")),
    )
    with op.batch_alter_table("protection_measures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_protection_measures_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "protection_plans",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("drawn_up_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(length=40), nullable=True),
        sa.Column("victim_signed", sa.Boolean(), nullable=False),
        sa.Column("monitoring_plan", sa.Text(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_protection_plans_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_protection_plans")),
    )
    with op.batch_alter_table("protection_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_protection_plans_case_id"), ["case_id"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=40), nullable=False),
        sa.Column("institution_type", sa.String(length=40), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("answer_received", sa.Boolean(), nullable=False),
        sa.Column("consent_to_share", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_referrals_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_case_id"), ["case_id"], unique=False)

    op.create_table(
        "reports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=True),
        sa.Column("reporter_type", sa.String(length=40), nullable=True),
        sa.Column("intake_sheet_done", sa.Boolean(), nullable=False),
        sa.Column("intake_worker_id", sa.String(length=36), nullable=True),
        sa.Column("forwarded_to_police_at", sa.DateTime(), nullable=True),
        sa.Column("victim_consent", sa.String(length=40), nullable=True),
        sa.Column("immediate_intervention", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_reports_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["intake_worker_id"], ["users.id"], name=op.f("fk_reports_intake_worker_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reports_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reports_intake_worker_id"), ["intake_worker_id"], unique=False
        )

    op.create_table(
        "risk_assessments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("assessed_on", sa.DateTime(), nullable=False),
        sa.Column("assessor", sa.String(length=40), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=True),
        sa.Column("imminent_danger", sa.Boolean(), nullable=False),
        sa.Column("victim_view", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_risk_assessments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_assessments")),
    )
    with op.batch_alter_table("risk_assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_assessments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "urgent_measures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("measure_type", sa.String(length=40), nullable=False),
        sa.Column("order_number", sa.String(length=60), nullable=True),
        sa.Column("ordered_on", sa.Date(), nullable=True),
        sa.Column("served_at", sa.DateTime(), nullable=True),
        sa.Column("prosecutor_proposal", sa.String(length=40), nullable=True),
        sa.Column("proposal_at", sa.DateTime(), nullable=True),
        sa.Column("court_decision", sa.String(length=40), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_number", sa.String(length=60), nullable=True),
        sa.Column("extended_until", sa.DateTime(), nullable=True),
        sa.Column("appeal_by", sa.String(length=40), nullable=True),
        sa.Column("appeal_outcome", sa.String(length=40), nullable=True),
        sa.Column("breach", sa.String(length=40), nullable=True),
        sa.Column("breach_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_urgent_measures_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_urgent_measures")),
    )
    with op.batch_alter_table("urgent_measures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_urgent_measures_case_id"), ["case_id"], unique=False)

    op.create_table(
        "incident_forms",
        sa.Column("incident_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_forms_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "code", name=op.f("pk_incident_forms")),
    )
    op.create_table(
        "meeting_decisions",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_decisions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "code", name=op.f("pk_meeting_decisions")),
    )
    op.create_table(
        "meeting_institutions",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_institutions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "code", name=op.f("pk_meeting_institutions")),
    )
    op.create_table(
        "plan_measures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("measure", sa.String(length=40), nullable=False),
        sa.Column("institution", sa.String(length=40), nullable=True),
        sa.Column("responsible_user_id", sa.String(length=36), nullable=True),
        sa.Column("responsible_person", sa.String(length=200), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("effectiveness", sa.String(length=40), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["protection_plans.id"],
            name=op.f("fk_plan_measures_plan_id_protection_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_user_id"],
            ["users.id"],
            name=op.f("fk_plan_measures_responsible_user_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_measures")),
    )
    with op.batch_alter_table("plan_measures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_measures_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_measures_responsible_user_id"),
            ["responsible_user_id"],
            unique=False,
        )

    op.create_table(
        "plan_members",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_plan_members_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["protection_plans.id"],
            name=op.f("fk_plan_members_plan_id_protection_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("plan_id", "participant_id", name=op.f("pk_plan_members")),
    )
    with op.batch_alter_table("plan_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_members_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "proceeding_offences",
        sa.Column("proceeding_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["criminal_proceedings.id"],
            name=op.f("fk_proceeding_offences_proceeding_id_criminal_proceedings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("proceeding_id", "code", name=op.f("pk_proceeding_offences")),
    )
    op.create_table(
        "proceeding_sanctions",
        sa.Column("proceeding_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["proceeding_id"],
            ["criminal_proceedings.id"],
            name=op.f("fk_proceeding_sanctions_proceeding_id_criminal_proceedings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("proceeding_id", "code", name=op.f("pk_proceeding_sanctions")),
    )
    op.create_table(
        "protection_measure_types",
        sa.Column("measure_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["protection_measures.id"],
            name=op.f("fk_protection_measure_types_measure_id_protection_measures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("measure_id", "code", name=op.f("pk_protection_measure_types")),
    )
    op.create_table(
        "relationships",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("victim_id", sa.String(length=36), nullable=False),
        sa.Column("perpetrator_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=40), nullable=False),
        sa.Column("living_together", sa.String(length=40), nullable=True),
        sa.Column("separation_in_progress", sa.String(length=40), nullable=True),
        sa.Column("custody_dispute", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "victim_id <> perpetrator_id", name=op.f("ck_relationships_distinct_ends")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_relationships_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["perpetrator_id"],
            ["participants.id"],
            name=op.f("fk_relationships_perpetrator_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["victim_id"],
            ["participants.id"],
            name=op.f("fk_relationships_victim_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relationships")),
        sa.UniqueConstraint("victim_id", "perpetrator_id", name=op.f("uq_relationships_victim_id")),
    )
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relationships_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_relationships_perpetrator_id"), ["perpetrator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_relationships_victim_id"), ["victim_id"], unique=False)

    op.create_table(
        "risk_assessment_recipients",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["risk_assessments.id"],
            name=op.f("fk_risk_assessment_recipients_assessment_id_risk_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "assessment_id", "code", name=op.f("pk_risk_assessment_recipients")
        ),
    )
    op.create_table(
        "risk_factor_answers",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("factor", sa.String(length=40), nullable=False),
        sa.Column("answer", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["risk_assessments.id"],
            name=op.f("fk_risk_factor_answers_assessment_id_risk_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "factor", name=op.f("pk_risk_factor_answers")),
    )
    op.create_table(
        "services",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("service_type", sa.String(length=40), nullable=False),
        sa.Column("provider_type", sa.String(length=40), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("plan_measure_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_services_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_services_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_measure_id"],
            ["plan_measures.id"],
            name=op.f("fk_services_plan_measure_id_plan_measures"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services")),
    )
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_services_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_services_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_services_plan_measure_id"), ["plan_measure_id"], unique=False
        )

    # Reference data as of this revision; a later change to the list comes with its own revision.
    from evidencija.db.municipalities import MUNICIPALITIES

    op.bulk_insert(
        municipalities,
        [
            {
                "code": m.code,
                "name_sr": m.name_sr,
                "name_sq": m.name_sq,
                "rzs_code": m.rzs_code,
                "ask_code": m.ask_code,
                "jurisdiction": m.jurisdiction,
                "district": m.district,
                "valid_from": m.valid_from,
                "valid_to": m.valid_to,
            }
            for m in MUNICIPALITIES
        ],
    )


def downgrade() -> None:

    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_services_plan_measure_id"))
        batch_op.drop_index(batch_op.f("ix_services_participant_id"))
        batch_op.drop_index(batch_op.f("ix_services_case_id"))

    op.drop_table("services")
    op.drop_table("risk_factor_answers")
    op.drop_table("risk_assessment_recipients")
    with op.batch_alter_table("relationships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relationships_victim_id"))
        batch_op.drop_index(batch_op.f("ix_relationships_perpetrator_id"))
        batch_op.drop_index(batch_op.f("ix_relationships_case_id"))

    op.drop_table("relationships")
    op.drop_table("protection_measure_types")
    op.drop_table("proceeding_sanctions")
    op.drop_table("proceeding_offences")
    with op.batch_alter_table("plan_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_members_participant_id"))

    op.drop_table("plan_members")
    with op.batch_alter_table("plan_measures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_measures_responsible_user_id"))
        batch_op.drop_index(batch_op.f("ix_plan_measures_plan_id"))

    op.drop_table("plan_measures")
    op.drop_table("meeting_institutions")
    op.drop_table("meeting_decisions")
    op.drop_table("incident_forms")
    with op.batch_alter_table("urgent_measures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_urgent_measures_case_id"))

    op.drop_table("urgent_measures")
    with op.batch_alter_table("risk_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_assessments_case_id"))

    op.drop_table("risk_assessments")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reports_intake_worker_id"))
        batch_op.drop_index(batch_op.f("ix_reports_case_id"))

    op.drop_table("reports")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_case_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("protection_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_protection_plans_case_id"))

    op.drop_table("protection_plans")
    with op.batch_alter_table("protection_measures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_protection_measures_case_id"))

    op.drop_table("protection_measures")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_person_id"))
        batch_op.drop_index(batch_op.f("ix_participants_case_id"))

    op.drop_table("participants")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_case_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_case_id"))

    op.drop_table("incidents")
    with op.batch_alter_table("feedback_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_responses_case_id"))

    op.drop_table("feedback_responses")
    with op.batch_alter_table("draft_edits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_edits_user_id"))
        batch_op.drop_index(batch_op.f("ix_draft_edits_case_id"))

    op.drop_table("draft_edits")
    with op.batch_alter_table("criminal_proceedings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criminal_proceedings_case_id"))

    op.drop_table("criminal_proceedings")
    with op.batch_alter_table("closures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closures_case_id"))

    op.drop_table("closures")
    op.drop_table("person_disabilities")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_status"))
        batch_op.drop_index(batch_op.f("ix_cases_search_text"))
        batch_op.drop_index(batch_op.f("ix_cases_opened_on"))
        batch_op.drop_index(batch_op.f("ix_cases_case_manager_id"))

    op.drop_table("cases")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_jmbg"))

    op.drop_table("persons")
    op.drop_table("municipalities")
