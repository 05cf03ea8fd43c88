"""Documents and the events extracted from them, with their counts, evidence and sources.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("fetched", sa.DateTime(timezone=True)),
        sa.Column("ingested", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.Text),
        sa.Column("external_id", sa.Text),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(16), primary_key=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("actor1", sa.Text),
        sa.Column("actor1_ar", sa.Text),
        sa.Column("assoc_actor_1", sa.JSON, nullable=False),
        sa.Column("inter1", sa.String(40)),
        sa.Column("actor2", sa.Text),
        sa.Column("actor2_ar", sa.Text),
        sa.Column("assoc_actor_2", sa.JSON, nullable=False),
        sa.Column("inter2", sa.String(40)),
        sa.Column("country", sa.Text),
        sa.Column("iso", sa.Integer),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("admin3", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("location_ar", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_index("ix_events_document", "events", ["document_id"])
    op.create_index("ix_events_type_date", "events", ["event_type", "event_date"])
    for name in ("counts", "evidence", "event_sources"):
        columns = {
            "counts": [
                sa.Column("kind", sa.String(16), nullable=False),
                sa.Column("value", sa.Integer),
                sa.Column("qualifier", sa.String(16), nullable=False),
                sa.Column("scope", sa.String(16)),
                sa.Column("attributed_to", sa.Text),
                sa.Column("start", sa.Integer, nullable=False),
                sa.Column("end", sa.Integer, nullable=False),
                sa.Column("text", sa.Text, nullable=False),
            ],
            "evidence": [
                sa.Column("start", sa.Integer, nullable=False),
                sa.Column("end", sa.Integer, nullable=False),
                sa.Column("text", sa.Text, nullable=False),
            ],
            "event_sources": [sa.Column("name", sa.Text, nullable=False)],
        }[name]
        op.create_table(
            name,
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("event_id", sa.String(16), sa.ForeignKey("events.event_id", ondelete="CASCADE"),
                      nullable=False),
            sa.Column("position", sa.Integer, nullable=False),
            *columns,
        )
        op.create_index(f"ix_{name}_event_id", name, ["event_id"])


def downgrade() -> None:
    for name in ("event_sources", "evidence", "counts", "events", "documents"):
        op.drop_table(name)
