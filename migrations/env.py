"""Alembic environment for the register.

Migrations run only through `evidencija.db.migrate`, which hands over one already-open connection
inside a transaction it controls (backup first, one transaction, verify). No `fileConfig()`: the
application's logging stays as the application set it up.
"""

from alembic import context

from evidencija.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run register migrations through evidencija.db.migrate, not the alembic CLI."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
