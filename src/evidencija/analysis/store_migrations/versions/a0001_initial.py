"""The analysis store: centres, keys, submissions, import log, row sheets

Revision ID: a0001_initial
Revises: (none)
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'a0001_initial'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('centres',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('municipality_code', sa.String(length=20), nullable=True),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_centres'))
    )
    op.create_table('import_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('outcome', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('centre_code', sa.String(length=40), nullable=True),
    sa.Column('period', sa.String(length=7), nullable=True),
    sa.Column('export_id', sa.String(length=64), nullable=True),
    sa.Column('submission_id', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_log'))
    )
    op.create_table('centre_keys',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('centre_code', sa.String(length=40), nullable=False),
    sa.Column('public_key', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.Column('card_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['centre_code'], ['centres.code'], name=op.f('fk_centre_keys_centre_code_centres')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_centre_keys'))
    )
    with op.batch_alter_table('centre_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_centre_keys_centre_code'), ['centre_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_centre_keys_fingerprint'), ['fingerprint'], unique=False)
        batch_op.create_index('uq_centre_keys_one_active', ['centre_code'], unique=True, sqlite_where=sa.text('active'), postgresql_where=sa.text('active'))

    op.create_table('submissions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('centre_code', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('export_id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('schema_version', sa.Integer(), nullable=False),
    sa.Column('software_version', sa.String(length=40), nullable=True),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('workbook_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('file_size', sa.BigInteger(), nullable=False),
    sa.Column('key_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('superseded_by_id', sa.Integer(), nullable=True),
    sa.Column('superseded_at', sa.DateTime(), nullable=True),
    sa.Column('row_counts', sa.Text(), nullable=False),
    sa.Column('metadata_json', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['centre_code'], ['centres.code'], name=op.f('fk_submissions_centre_code_centres')),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['submissions.id'], name=op.f('fk_submissions_superseded_by_id_submissions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_submissions')),
    sa.UniqueConstraint('export_id', name=op.f('uq_submissions_export_id'))
    )
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_submissions_centre_code'), ['centre_code'], unique=False)
        batch_op.create_index('ix_submissions_centre_period', ['centre_code', 'period'], unique=False)
        batch_op.create_index(batch_op.f('ix_submissions_file_sha256'), ['file_sha256'], unique=False)
        batch_op.create_index('uq_submissions_one_current', ['centre_code', 'period'], unique=True, sqlite_where=sa.text("status = 'current'"), postgresql_where=sa.text("status = 'current'"))

    op.create_table('rows_cases',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('case_type', sa.String(length=40), nullable=True),
    sa.Column('response_priority', sa.String(length=40), nullable=True),
    sa.Column('repeat_case', sa.String(length=40), nullable=True),
    sa.Column('earlier_reports', sa.String(length=40), nullable=True),
    sa.Column('internal_team', sa.String(length=40), nullable=True),
    sa.Column('victims', sa.BigInteger(), nullable=True),
    sa.Column('children_in_case', sa.String(length=40), nullable=True),
    sa.Column('days_report_to_first_contact', sa.BigInteger(), nullable=True),
    sa.Column('first_contact_in_time', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_cases_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_cases'))
    )
    op.create_table('rows_closures',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_closures_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_closures'))
    )
    op.create_table('rows_criminal_proceedings',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('complaint_filed', sa.String(length=40), nullable=True),
    sa.Column('filed_by', sa.String(length=40), nullable=True),
    sa.Column('offence_domestic_violence', sa.String(length=40), nullable=True),
    sa.Column('offence_sexual', sa.String(length=40), nullable=True),
    sa.Column('offence_other', sa.String(length=40), nullable=True),
    sa.Column('prosecutor_decision', sa.String(length=40), nullable=True),
    sa.Column('verdict', sa.String(length=40), nullable=True),
    sa.Column('sanction_prison', sa.String(length=40), nullable=True),
    sa.Column('sanction_fine', sa.String(length=40), nullable=True),
    sa.Column('sanction_community_service', sa.String(length=40), nullable=True),
    sa.Column('sanction_suspended', sa.String(length=40), nullable=True),
    sa.Column('sanction_admonition', sa.String(length=40), nullable=True),
    sa.Column('sanction_security_measure', sa.String(length=40), nullable=True),
    sa.Column('detained', sa.String(length=40), nullable=True),
    sa.Column('days_complaint_to_decision', sa.BigInteger(), nullable=True),
    sa.Column('complaint_in_period', sa.String(length=40), nullable=True),
    sa.Column('decision_in_period', sa.String(length=40), nullable=True),
    sa.Column('verdict_in_period', sa.String(length=40), nullable=True),
    sa.Column('final_in_period', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_criminal_proceedings_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_criminal_proceedings'))
    )
    op.create_table('rows_incidents',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('gbvims_main_type', sa.String(length=40), nullable=True),
    sa.Column('form_physical', sa.String(length=40), nullable=True),
    sa.Column('form_sexual', sa.String(length=40), nullable=True),
    sa.Column('form_psychological', sa.String(length=40), nullable=True),
    sa.Column('form_economic', sa.String(length=40), nullable=True),
    sa.Column('form_neglect', sa.String(length=40), nullable=True),
    sa.Column('weapon_used', sa.String(length=40), nullable=True),
    sa.Column('injury', sa.String(length=40), nullable=True),
    sa.Column('medical_help', sa.String(length=40), nullable=True),
    sa.Column('children_present', sa.String(length=40), nullable=True),
    sa.Column('perpetrator_intoxicated', sa.String(length=40), nullable=True),
    sa.Column('location_type', sa.String(length=40), nullable=True),
    sa.Column('first_incident', sa.String(length=40), nullable=True),
    sa.Column('violence_duration', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_incidents_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_incidents'))
    )
    op.create_table('rows_meetings',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('meeting_type', sa.String(length=40), nullable=True),
    sa.Column('chair', sa.String(length=40), nullable=True),
    sa.Column('victim_present', sa.String(length=40), nullable=True),
    sa.Column('case_list', sa.String(length=40), nullable=True),
    sa.Column('plan_drawn_up', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_meetings_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_meetings'))
    )
    op.create_table('rows_plans',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('author', sa.String(length=40), nullable=True),
    sa.Column('victim_signed', sa.String(length=40), nullable=True),
    sa.Column('measures', sa.BigInteger(), nullable=True),
    sa.Column('measures_done_on_time', sa.BigInteger(), nullable=True),
    sa.Column('measures_done_late', sa.BigInteger(), nullable=True),
    sa.Column('measures_not_done', sa.BigInteger(), nullable=True),
    sa.Column('measures_open', sa.BigInteger(), nullable=True),
    sa.Column('measures_dropped', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_plans_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_plans'))
    )
    op.create_table('rows_protection_measures',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('plaintiff', sa.String(length=40), nullable=True),
    sa.Column('outcome', sa.String(length=40), nullable=True),
    sa.Column('type_eviction', sa.String(length=40), nullable=True),
    sa.Column('type_move_in', sa.String(length=40), nullable=True),
    sa.Column('type_approach_ban', sa.String(length=40), nullable=True),
    sa.Column('type_area_access_ban', sa.String(length=40), nullable=True),
    sa.Column('type_harassment_ban', sa.String(length=40), nullable=True),
    sa.Column('duration_months', sa.BigInteger(), nullable=True),
    sa.Column('extended', sa.String(length=40), nullable=True),
    sa.Column('ended_early', sa.String(length=40), nullable=True),
    sa.Column('breach', sa.String(length=40), nullable=True),
    sa.Column('csr_opinion', sa.String(length=40), nullable=True),
    sa.Column('filed_in_period', sa.String(length=40), nullable=True),
    sa.Column('ordered_in_period', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_protection_measures_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_protection_measures'))
    )
    op.create_table('rows_referrals',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('direction', sa.String(length=40), nullable=True),
    sa.Column('institution_type', sa.String(length=40), nullable=True),
    sa.Column('purpose', sa.String(length=40), nullable=True),
    sa.Column('answer_received', sa.String(length=40), nullable=True),
    sa.Column('consent_to_share', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_referrals_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_referrals'))
    )
    op.create_table('rows_reports',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('channel', sa.String(length=40), nullable=True),
    sa.Column('reporter_type', sa.String(length=40), nullable=True),
    sa.Column('first_report_of_case', sa.String(length=40), nullable=True),
    sa.Column('forwarded_to_police', sa.String(length=40), nullable=True),
    sa.Column('victim_consent', sa.String(length=40), nullable=True),
    sa.Column('immediate_intervention', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_reports_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_reports'))
    )
    op.create_table('rows_risk_assessments',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('assessor', sa.String(length=40), nullable=True),
    sa.Column('level', sa.String(length=40), nullable=True),
    sa.Column('imminent_danger', sa.String(length=40), nullable=True),
    sa.Column('victim_view', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_risk_assessments_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_risk_assessments'))
    )
    op.create_table('rows_services',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('service_type', sa.String(length=40), nullable=True),
    sa.Column('provider_type', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=True),
    sa.Column('recipient_role', sa.String(length=40), nullable=True),
    sa.Column('in_plan', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_services_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_services'))
    )
    op.create_table('rows_urgent_measures',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('measure_type', sa.String(length=40), nullable=True),
    sa.Column('prosecutor_proposal', sa.String(length=40), nullable=True),
    sa.Column('court_decision', sa.String(length=40), nullable=True),
    sa.Column('days_service_to_decision', sa.BigInteger(), nullable=True),
    sa.Column('appeal_by', sa.String(length=40), nullable=True),
    sa.Column('appeal_outcome', sa.String(length=40), nullable=True),
    sa.Column('breach', sa.String(length=40), nullable=True),
    sa.Column('served_in_period', sa.String(length=40), nullable=True),
    sa.Column('decided_in_period', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_urgent_measures_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_urgent_measures'))
    )
    op.create_table('rows_victims',
    sa.Column('submission_id', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('case_code', sa.String(length=16), nullable=True),
    sa.Column('person_code', sa.String(length=16), nullable=True),
    sa.Column('municipality', sa.String(length=40), nullable=True),
    sa.Column('opened_period', sa.String(length=10), nullable=True),
    sa.Column('sex', sa.String(length=40), nullable=True),
    sa.Column('age_band', sa.String(length=40), nullable=True),
    sa.Column('relationship_group', sa.String(length=40), nullable=True),
    sa.Column('disability', sa.String(length=40), nullable=True),
    sa.Column('qi_suppressed', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_rows_victims_submission_id_submissions')),
    sa.PrimaryKeyConstraint('submission_id', 'row_no', name=op.f('pk_rows_victims'))
    )


def downgrade() -> None:
    op.drop_table('rows_victims')
    op.drop_table('rows_urgent_measures')
    op.drop_table('rows_services')
    op.drop_table('rows_risk_assessments')
    op.drop_table('rows_reports')
    op.drop_table('rows_referrals')
    op.drop_table('rows_protection_measures')
    op.drop_table('rows_plans')
    op.drop_table('rows_meetings')
    op.drop_table('rows_incidents')
    op.drop_table('rows_criminal_proceedings')
    op.drop_table('rows_closures')
    op.drop_table('rows_cases')
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.drop_index('uq_submissions_one_current', sqlite_where=sa.text("status = 'current'"), postgresql_where=sa.text("status = 'current'"))
        batch_op.drop_index(batch_op.f('ix_submissions_file_sha256'))
        batch_op.drop_index('ix_submissions_centre_period')
        batch_op.drop_index(batch_op.f('ix_submissions_centre_code'))

    op.drop_table('submissions')
    with op.batch_alter_table('centre_keys', schema=None) as batch_op:
        batch_op.drop_index('uq_centre_keys_one_active', sqlite_where=sa.text('active'), postgresql_where=sa.text('active'))
        batch_op.drop_index(batch_op.f('ix_centre_keys_fingerprint'))
        batch_op.drop_index(batch_op.f('ix_centre_keys_centre_code'))

    op.drop_table('centre_keys')
    op.drop_table('import_log')
    op.drop_table('centres')
