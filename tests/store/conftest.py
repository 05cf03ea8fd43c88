"""Store tests run on SQLite and on a real PostgreSQL server.

PostgreSQL comes from RASD_TEST_POSTGRES_URL (``.ci/postgres.sh`` installs and starts a server and
prints one). Without it the PostgreSQL cases skip with a message; with RASD_REQUIRE_POSTGRES=1 (set
by .ci/run) a missing or unreachable server fails them instead, so CI always runs them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date

import pytest

from rasd.model import Count, Document, Event, Span

BACKENDS = ["sqlite", "postgresql"]


def postgres_admin_url() -> str:
    url = os.environ.get("RASD_TEST_POSTGRES_URL")
    if not url:
        message = ("no PostgreSQL server for the store tests: set RASD_TEST_POSTGRES_URL=postgresql://... "
                   "(.ci/postgres.sh installs and starts one and prints the URL)")
        if os.environ.get("RASD_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A fresh, empty database of each backend: a SQLite file, or a PostgreSQL schema of its own."""
    with _Databases(request.param, tmp_path) as databases:
        yield databases.new()


@pytest.fixture(params=BACKENDS)
def new_db(request: pytest.FixtureRequest, tmp_path) -> Iterator[Callable[[], str]]:
    """Makes fresh, empty databases of each backend, as many as a test asks for (``new_db()``)."""
    with _Databases(request.param, tmp_path) as databases:
        yield databases.new


class _Databases:
    """Fresh databases of one backend, dropped at the end of the ``with`` block."""

    def __init__(self, backend: str, folder) -> None:
        self.backend, self.folder = backend, folder
        self.admin, self.schemas, self.made = None, [], 0

    def __enter__(self) -> _Databases:
        return self

    def new(self) -> str:
        self.made += 1
        if self.backend == "sqlite":  # rasd.db, then rasd2.db, ...
            return str(self.folder / f"rasd{self.made if self.made > 1 else ''}.db")
        url = postgres_admin_url()
        import sqlalchemy as sa

        from rasd.store.store import database_url

        schema = f"t_{uuid.uuid4().hex[:12]}"
        try:
            if self.admin is None:
                self.admin = sa.create_engine(database_url(url))
            with self.admin.begin() as conn:
                conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
        except sa.exc.OperationalError as exc:
            message = f"PostgreSQL at {url} is unreachable: {str(exc).splitlines()[0]}"
            if os.environ.get("RASD_REQUIRE_POSTGRES") == "1":
                pytest.fail(message)
            pytest.skip(message)
        self.schemas.append(schema)
        separator = "&" if "?" in url else "?"
        return f"{url}{separator}options=-csearch_path%3D{schema}"

    def __exit__(self, *exc: object) -> None:
        if self.admin is None:
            return
        import sqlalchemy as sa

        with self.admin.begin() as conn:
            for schema in self.schemas:
                conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        self.admin.dispose()


@dataclass(frozen=True)
class FakeResult:
    """What ``Store.add`` reads of an extraction result."""

    document: Document
    language: str
    events: tuple[Event, ...]


def make_event(text: str, index: int = 0, **fields) -> Event:
    """An event of a shelling of al-Atarib on 2019-11-11, with any field overridden."""
    doc = Document(text)
    base = Event(
        event_id=f"{doc.id[:12]}{index:04d}", event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", event_date="2019-11-11", time_precision=1,
        actor1="Military Forces of Syria (2000-2024)", actor1_ar="قوات النظام", assoc_actor_1=(),
        inter1="State forces", actor2="Civilians (Syria)", actor2_ar="المدنيين", assoc_actor_2=(),
        inter2="Civilians", country="Syria", iso=760, admin1="Aleppo", admin2="Atareb", admin3=None,
        location="Al Atarib", location_ar="الأتارب", latitude=36.139, longitude=36.825, geo_precision=1,
        fatalities=0, fatalities_high=None, counts=(), sources=(), status="reported",
        evidence=(Span(0, min(5, len(text)), text[:5]),), notes="A shelling.",
    )
    return replace(base, **fields)


def killed(value: int, text: str, start: int = 0, qualifier: str = "exact", attributed_to: str | None = None) -> Count:
    return Count("killed", value, qualifier, "civilians", attributed_to, start, start + len(text), text)


def article(text: str, *events_fields: dict, published: date = date(2019, 11, 12), source: str = "outlet",
            language: str = "ar") -> FakeResult:
    """A stored-article stand-in with one event per dict of overrides."""
    doc = Document(text, published=published, source=source)
    return FakeResult(doc, language, tuple(make_event(text, i, **f) for i, f in enumerate(events_fields)))


def downgrade(store, revision: str) -> None:
    """Run the store's migrations down to ``revision`` on its own engine (what a user's
    ``alembic downgrade`` would do)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "rasd.store:migrations")
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
