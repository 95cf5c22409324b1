"""substring search index: an FTS5 trigram index of `cases.search_text` (issue 13)

A search for a word used to be `search_text LIKE '%word%'`, which reads every case: ≈50 ms at
100,000 cases and growing with the register. The trigram index finds the cases that contain a
substring of three characters or more by the trigrams they share, so the work grows with the
number of hits, not with the register.

* `case_search`: FTS5, `tokenize='trigram'`, contentless (the text is in `cases` already) with
  `contentless_delete=1` so a changed or deleted case's entry can be removed by rowid.
* `case_search_keys`: each case's stable integer key in the index. The index cannot use the
  rowid of `cases` itself: `cases` has a text primary key, and SQLite may renumber the rowids of
  such a table in VACUUM or a copy, which would silently point the index at other cases. An
  INTEGER PRIMARY KEY column is never renumbered.
* Triggers keep both in step with `cases.search_text` inside the same transaction as the write,
  whichever code writes it (services, the demo generator, a restore).

The index is built here for the registers that exist (≈3 s at 100,000 cases).

Revision ID: 0005_search_index
Revises: 0004_indexes
Create Date: 2026-12-05 16:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_search_index"
down_revision: str | None = "0004_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_OF_OLD = "(SELECT id FROM case_search_keys WHERE case_id = old.id)"
KEY_OF_NEW = "(SELECT id FROM case_search_keys WHERE case_id = new.id)"


def upgrade() -> None:
    op.execute(
        "CREATE TABLE case_search_keys ("
        " id INTEGER PRIMARY KEY,"
        " case_id VARCHAR(36) NOT NULL UNIQUE)"  # cleaned up by case_search_delete
    )
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5("
        "search_text, content='', contentless_delete=1, tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER case_search_insert AFTER INSERT ON cases BEGIN"
        " INSERT INTO case_search_keys (case_id) VALUES (new.id);"
        f" INSERT INTO case_search (rowid, search_text) VALUES ({KEY_OF_NEW}, new.search_text);"
        " END"
    )
    op.execute(
        "CREATE TRIGGER case_search_update AFTER UPDATE OF search_text ON cases"
        " WHEN new.search_text IS NOT old.search_text BEGIN"
        f" DELETE FROM case_search WHERE rowid = {KEY_OF_OLD};"
        f" INSERT INTO case_search (rowid, search_text) VALUES ({KEY_OF_NEW}, new.search_text);"
        " END"
    )
    op.execute(
        "CREATE TRIGGER case_search_delete AFTER DELETE ON cases BEGIN"
        f" DELETE FROM case_search WHERE rowid = {KEY_OF_OLD};"
        " DELETE FROM case_search_keys WHERE case_id = old.id;"
        " END"
    )
    op.execute("INSERT INTO case_search_keys (case_id) SELECT id FROM cases ORDER BY rowid")
    op.execute(
        "INSERT INTO case_search (rowid, search_text)"
        " SELECT k.id, c.search_text FROM case_search_keys k JOIN cases c ON c.id = k.case_id"
    )


def downgrade() -> None:
    for trigger in ("case_search_insert", "case_search_update", "case_search_delete"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE case_search")
    op.execute("DROP TABLE case_search_keys")
