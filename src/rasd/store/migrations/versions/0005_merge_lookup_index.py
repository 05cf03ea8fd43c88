"""The index that finding merge candidates reads: events by type, sub-type, country and date.

Merging a new event looks for stored events of the same type, sub-type and country within a month
of its date (rasd.store.writer). The index it had, (event_type, event_date), made the database read
every event of the type in that month and drop most of them; on the benchmark corpus (31,030
articles) that was about 1.1 ms per event on SQLite, 0.13 ms with this index, and it grew with the
store. The old index served only this lookup, and this one leads with the same column.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_merge", "events", ["event_type", "sub_event_type", "country", "event_date"])
    op.drop_index("ix_events_type_date", "events")


def downgrade() -> None:
    op.create_index("ix_events_type_date", "events", ["event_type", "event_date"])
    op.drop_index("ix_events_merge", "events")
