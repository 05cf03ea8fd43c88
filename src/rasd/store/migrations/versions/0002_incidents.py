"""Incidents: events from different articles merged into one happening, and their actors.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("incident_id", sa.String(16), primary_key=True),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("actor1", sa.Text),
        sa.Column("assoc_actor_1", sa.JSON, nullable=False),
        sa.Column("inter1", sa.String(40)),
        sa.Column("actor2", sa.Text),
        sa.Column("assoc_actor_2", sa.JSON, nullable=False),
        sa.Column("inter2", sa.String(40)),
        sa.Column("country", sa.Text),
        sa.Column("iso", sa.Integer),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("admin3", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("n_reports", sa.Integer, nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_incidents_date", "incidents", ["event_date"])
    op.create_index("ix_incidents_place", "incidents", ["country", "admin1"])
    op.create_index("ix_incidents_type", "incidents", ["event_type", "sub_event_type"])
    op.create_index("ix_incidents_lat_lon", "incidents", ["latitude", "longitude"])
    op.create_table(
        "incident_actors",
        sa.Column("incident_id", sa.String(16), sa.ForeignKey("incidents.incident_id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("actor", sa.Text, primary_key=True),
    )
    op.create_index("ix_incident_actors_actor", "incident_actors", ["actor"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("incident_id", sa.String(16)))
        batch.create_index("ix_events_incident_id", ["incident_id"])


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_incident_id")
        batch.drop_column("incident_id")
    op.drop_table("incident_actors")
    op.drop_table("incidents")
