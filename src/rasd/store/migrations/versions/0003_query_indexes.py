"""Indexes for the web interface's queries: case-insensitive name filters and statistics by day and type.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_LOWER = ("country", "admin1", "event_type", "sub_event_type")


def upgrade() -> None:
    for column in _LOWER:
        op.create_index(f"ix_incidents_{column}_lower", "incidents", [sa.func.lower(sa.column(column))])
    op.create_index("ix_incidents_stats", "incidents", ["event_date", "event_type", "country", "fatalities"])


def downgrade() -> None:
    op.drop_index("ix_incidents_stats", "incidents")
    for column in _LOWER:
        op.drop_index(f"ix_incidents_{column}_lower", "incidents")
