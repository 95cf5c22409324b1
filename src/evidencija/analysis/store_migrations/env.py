"""Alembic environment of the analysis store (not the register's).

Run only through `evidencija.analysis.store.migrate`, which hands over one open connection inside
a transaction it controls. No `fileConfig()`: the application's logging stays as it was set up.
"""

from alembic import context

from evidencija.analysis.store import VERSION_TABLE
from evidencija.analysis.store.models import AnalysisBase

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run analysis-store migrations through evidencija.analysis.store.migrate.")

context.configure(
    connection=connection,
    target_metadata=AnalysisBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
