"""Web tests: a store filled with a few incidents, on SQLite and on PostgreSQL (``db_url``).

The articles are short reports the team wrote for these tests, extracted by the real Extractor;
two incidents with a contested and a denied status come from the store tests' helpers (the
extractor rarely produces those from one short text). One article is hostile: its text, outlet and
title hold ``<script>`` and ``onerror=`` markup, to prove the interface shows it without running it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from tests.store.conftest import article, db_url, killed  # noqa: F401 - db_url is a fixture used here

XSS_SOURCE = '<img src=x onerror="window.__pwned = 4">'
XSS_TITLE = "<script>window.__pwned = 5; document.title = 'pwned';</script>"
XSS_TEXT = ("أصيب أربعة مدنيين بجروح في انفجار عبوة ناسفة في مدينة درعا اليوم. "
            "<script>window.__pwned = 1; document.title = 'pwned';</script> "
            "<img src=x onerror=\"window.__pwned = 2\"> <a href=\"javascript:window.__pwned=3\">رابط</a>")


@dataclass(frozen=True)
class Article:
    text: str
    published: date
    source: str
    title: str | None = None
    url: str | None = None


ARTICLES = (
    # Two reports of one shelling of al-Atarib, with different tolls (3 and 5): one incident.
    Article("قتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على مدينة الأتارب أمس، وقال ناشطون إن القصف استهدف سوقاً شعبياً.",
            date(2024, 3, 5), "Outlet A", "قصف على الأتارب", "https://example.org/a/1"),
    Article("قتل خمسة مدنيين في قصف لقوات النظام على مدينة الأتارب يوم أمس، بحسب مصادر محلية.",
            date(2024, 3, 5), "Outlet B", None, "javascript:window.__pwned=6"),
    Article("قالت وكالة سانا إن الجيش السوري تصدى لهجوم شنته هيئة تحرير الشام على مواقعه قرب بلدة كفرنبل في ريف إدلب.",
            date(2024, 3, 6), "Outlet A"),
    Article("أفاد المرصد السوري لحقوق الإنسان بمقتل شخصين في غارة جوية روسية على مدينة أريحا في ريف إدلب صباح اليوم.",
            date(2024, 2, 20), "Outlet C"),
    Article("اعتقلت القوات الأمنية العراقية عشرة أشخاص في مدينة الموصل أمس بتهمة الانتماء إلى تنظيم داعش.",
            date(2024, 2, 27), "Outlet D"),
    Article("خرج مئات المحتجين في مدينة الناصرية اليوم للمطالبة بفرص عمل، وأطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم.",
            date(2024, 3, 1), "Outlet D"),
    Article(XSS_TEXT, date(2024, 3, 3), XSS_SOURCE, XSS_TITLE),
)

CONTESTED_TEXT = "أعلن فصيل مسلح سيطرته على قرية في ريف حماة، فيما نفى الجيش ذلك."
DENIED_TEXT = "نفت مصادر عسكرية وقوع أي قصف على بلدة في ريف حمص."


def fill_store(store) -> None:
    """Ingest the test articles (real extraction) and the contested and denied incidents (helpers)."""
    from rasd.extractor import Extractor

    extractor = Extractor()
    for a in ARTICLES:
        result = extractor.extract(a.text, published=a.published, source=a.source, url=a.url)
        assert result.events, f"the extractor found no event in a test article: {a.text[:40]}"
        store.add(result, title=a.title, origin="test")
    store.add(article(CONTESTED_TEXT, dict(
        event_type="Battles", sub_event_type="Non-state actor overtakes territory", event_date="2024-02-10",
        admin1="Hama", admin2="Hama", location="Kafr Zita", location_ar="قرية", latitude=35.375, longitude=36.6,
        status="contested", actor1="Hayat Tahrir al Sham", actor2="Military Forces of Syria (2000-2024)",
        counts=(killed(7, "سيطرته", start=CONTESTED_TEXT.index("سيطرته"), attributed_to="الجيش"),)),
        published=date(2024, 2, 11), source="Outlet E"))
    store.add(article(DENIED_TEXT, dict(
        event_date="2024-01-15", admin1="Homs", admin2="Homs", location="Talbiseh", location_ar="بلدة",
        latitude=34.84, longitude=36.73, status="denied"), published=date(2024, 1, 16), source="Outlet F"))


@pytest.fixture
def filled_db(db_url: str) -> Iterator[str]:  # noqa: F811 - the fixture imported above
    """A database of each backend holding the test incidents."""
    from rasd.store import open_store

    with open_store(db_url) as store:
        fill_store(store)
    yield db_url


@pytest.fixture
def client_for():
    """Build TestClients for an app over a database; server errors come back as 500s, not exceptions."""
    from fastapi.testclient import TestClient

    from rasd.web.app import create_app

    apps = []

    def make(db: str, **kwargs) -> TestClient:
        app = create_app(db, tile_url=None, **kwargs)
        apps.append(app)
        return TestClient(app, raise_server_exceptions=False)

    yield make
    for app in apps:
        app.state.store.close()


SCREENSHOTS: list = []
"""Where the browser tests saved their screenshots (printed at the end of the run)."""


def pytest_terminal_summary(terminalreporter) -> None:
    for folder in dict.fromkeys(SCREENSHOTS):
        terminalreporter.write_line(f"web screenshots: {folder}")
