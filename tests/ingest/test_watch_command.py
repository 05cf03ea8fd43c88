"""`rasd watch` end to end: a feed on 127.0.0.1 that fails once between two good answers."""

from __future__ import annotations

from rasd.cli import main
from rasd.store import open_store
from tests.ingest.conftest import ARTICLE_1, ARTICLE_2, Route, page, rss


def test_watch_stores_new_items_and_keeps_going_through_a_server_error(server, tmp_path, capsys):
    first = {"title": "قصف على تل الورد", "link": server.url("/a1.html"), "guid": "a1",
             "pubDate": "Tue, 14 Mar 2023 20:30:00 GMT"}
    second = {"title": "اعتقالات في عين الزيتون", "link": server.url("/a2.html"), "guid": "a2",
              "pubDate": "Wed, 15 Mar 2023 06:00:00 GMT"}
    server.route("/a1.html", page(ARTICLE_1))
    server.route("/a2.html", page(ARTICLE_2, title="اعتقالات في عين الزيتون"))
    rss_type = "application/rss+xml; charset=utf-8"
    server.sequence("/feed.xml",
                    Route(200, rss([first]).encode(), rss_type),
                    *[Route(503, b"busy", "text/plain")] * 3,  # the fetcher's three tries of round 2
                    Route(200, rss([second, first]).encode(), rss_type))
    db = str(tmp_path / "watch.db")
    status = main(["watch", server.url("/feed.xml"), "--every", "0.1s", "--rounds", "3", "--db", db])
    out, err = capsys.readouterr()
    assert status == 0
    assert "503" in err  # reported, and the watch went on
    assert "articles: 2 new" in out
    assert server.count("/a1.html") == 1  # an unchanged entry is not fetched again
    with open_store(db) as store:
        assert store.counts()["documents"] == 2
        from sqlalchemy import select

        from rasd.store.schema import documents

        with store.engine.connect() as conn:
            rows = conn.execute(select(documents.c.url, documents.c.source).order_by(documents.c.url)).all()
    # Each entry is stored under its link, with the feed's title as the source.
    assert [(url.replace(server.base, ""), source) for url, source in rows] == [
        ("/a1.html", "أخبار المحافظات"), ("/a2.html", "أخبار المحافظات")]
