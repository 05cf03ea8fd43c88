"""A daily summary of incidents for the statistics, and indexes for filters that compare stored names.

incident_daily holds, for each day, event type and country that has incidents, how many there are
and their fatalities (NULL day: undated; NULL country: unplaced). The statistics (rasd.web.stats)
read it instead of the incidents whenever the filter asks only for dates, event types and
countries: a tenth to a third of the rows, already grouped. Triggers on incidents keep it exact
on every insert, delete and change of date, type, country or fatalities, whoever writes (the
writer replaces an incident's row when a merge changes it: a delete and an insert). Its key may be
NULL, which a unique constraint would treat as distinct from every other NULL, so the key's unique
index is on coalesce()d columns, and the triggers name the same expressions: on SQLite
'0001-01-01' is the text SQLite stores dates as, on PostgreSQL a date.

The filters now compare country, admin1, event type and sub-type with the stored spellings the
filter's names match (rasd.store.names) instead of lower(column): the indexes on lower() of
admin1, event type and sub-type go, and ix_incidents_country_stats leads with the country itself.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_LOWER = ("admin1", "event_type", "sub_event_type")
_KEY = "coalesce(day, '0001-01-01'), event_type, coalesce(country, '')"


def upgrade() -> None:
    for column in _LOWER:
        op.drop_index(f"ix_incidents_{column}_lower", "incidents")
    op.drop_index("ix_incidents_country_stats", "incidents")
    op.create_index("ix_incidents_country_stats", "incidents", [
        "country", "event_date", "event_type", "sub_event_type", "fatalities"])
    op.create_table(
        "incident_daily",
        sa.Column("day", sa.Date),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("country", sa.Text),
        sa.Column("incidents", sa.Integer, nullable=False),
        sa.Column("fatalities", sa.Integer, nullable=False),
    )
    op.execute(f"CREATE UNIQUE INDEX ux_incident_daily_key ON incident_daily ({_KEY})")
    op.create_index("ix_incident_daily_day", "incident_daily",
                    ["day", "event_type", "country", "incidents", "fatalities"])
    op.create_index("ix_incident_daily_country", "incident_daily",
                    ["country", "day", "event_type", "incidents", "fatalities"])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers()
    else:
        _postgresql_trigger()
    op.execute("INSERT INTO incident_daily (day, event_type, country, incidents, fatalities) "
               "SELECT event_date, event_type, country, count(*), sum(fatalities) FROM incidents "
               "GROUP BY event_date, event_type, country")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("incidents_daily_insert", "incidents_daily_update", "incidents_daily_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS incidents_daily ON incidents")
        op.execute("DROP FUNCTION IF EXISTS rasd_incident_daily_sync()")
    op.drop_table("incident_daily")
    op.drop_index("ix_incidents_country_stats", "incidents")
    op.create_index("ix_incidents_country_stats", "incidents", [
        sa.func.lower(sa.column("country")), "event_date", "event_type", "sub_event_type", "country", "fatalities"])
    for column in _LOWER:
        op.create_index(f"ix_incidents_{column}_lower", "incidents", [sa.func.lower(sa.column(column))])


def _add(row: str) -> str:
    """The statement counting the incident ``row`` (new or NEW) in its day, type and country."""
    return f"""INSERT INTO incident_daily (day, event_type, country, incidents, fatalities)
        VALUES ({row}.event_date, {row}.event_type, {row}.country, 1, {row}.fatalities)
        ON CONFLICT ({_KEY}) DO UPDATE SET incidents = incident_daily.incidents + 1,
            fatalities = incident_daily.fatalities + excluded.fatalities;"""


def _remove(row: str) -> str:
    """The statements taking the incident ``row`` (old or OLD) out of its day, type and country; a
    group left without incidents goes."""
    key = (f"coalesce(day, '0001-01-01') = coalesce({row}.event_date, '0001-01-01') "
           f"AND event_type = {row}.event_type AND coalesce(country, '') = coalesce({row}.country, '')")
    return f"""UPDATE incident_daily SET incidents = incidents - 1, fatalities = fatalities - {row}.fatalities
            WHERE {key};
        DELETE FROM incident_daily WHERE {key} AND incidents = 0;"""


_COUNTED = "event_date, event_type, country, fatalities"  # the columns of incidents the summary reads


def _sqlite_triggers() -> None:
    op.execute(f"CREATE TRIGGER incidents_daily_insert AFTER INSERT ON incidents BEGIN {_add('new')} END")
    op.execute(f"CREATE TRIGGER incidents_daily_delete AFTER DELETE ON incidents BEGIN {_remove('old')} END")
    op.execute(f"CREATE TRIGGER incidents_daily_update AFTER UPDATE OF {_COUNTED} ON incidents BEGIN "
               f"{_remove('old')} {_add('new')} END")


def _postgresql_trigger() -> None:
    op.execute(f"""CREATE FUNCTION rasd_incident_daily_sync() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                {_remove('OLD')}
            END IF;
            IF TG_OP <> 'DELETE' THEN
                {_add('NEW')}
            END IF;
            RETURN NULL;
        END
        $$""")
    op.execute(f"CREATE TRIGGER incidents_daily AFTER INSERT OR DELETE OR UPDATE OF {_COUNTED} "
               "ON incidents FOR EACH ROW EXECUTE FUNCTION rasd_incident_daily_sync()")
