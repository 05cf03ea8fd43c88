"""RSS and Atom feeds, from files and over HTTP: each entry's page fetched, its own text as fallback."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from rasd.ingest import Article, BadInput, iter_articles
from rasd.ingest.feeds import FeedError, looks_like_feed, parse_feed
from rasd.ingest.fetch import Fetcher
from tests.ingest.conftest import ARTICLE_1, ARTICLE_2, ARTICLE_3, Route, Server, page, rss

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>نشرة الجنوب</title>
  <id>urn:rasd-test:south</id>
  <updated>2023-03-16T08:00:00Z</updated>
  <entry>
    <title>مداهمة في عين الزيتون</title>
    <link rel="alternate" href="{base}/raid.html"/>
    <id>urn:rasd-test:raid</id>
    <published>2023-03-15T00:30:00+03:00</published>
    <updated>2023-03-16T08:00:00Z</updated>
    <summary>مداهمة واعتقالات.</summary>
  </entry>
  <entry>
    <title>وقفة احتجاجية في حي الرمانة</title>
    <link rel="alternate" href="{base}/gone.html"/>
    <id>urn:rasd-test:protest</id>
    <updated>2023-03-16T07:00:00Z</updated>
    <content type="html">&lt;p&gt;{article3}&lt;/p&gt;</content>
  </entry>
</feed>
"""


def feed_items(server: Server) -> list[dict[str, str]]:
    return [
        {"title": "قصف على تل الورد", "link": server.url("/shelling.html"), "guid": "tw-1",
         "pubDate": "Wed, 15 Mar 2023 01:00:00 +0300", "description": "<p>ملخص قصير.</p>"},
        {"title": "مداهمة في عين الزيتون", "link": server.url("/missing.html"), "guid": "tw-2",
         "pubDate": "Tue, 14 Mar 2023 09:00:00 GMT", "description": f"<p>{ARTICLE_2}</p>"},
        {"title": "عنوان بلا نص", "link": server.url("/also-missing.html"), "guid": "tw-3"},
        {"title": "خبر بلا رابط ولا نص", "guid": "tw-4"},
    ]


def test_an_rss_file_reads_each_entry_from_its_page(tmp_path: Path, server: Server, fetcher: Fetcher) -> None:
    server.route("/shelling.html", page(ARTICLE_1, title="عنوان الصفحة", published="2023-03-10"))
    path = tmp_path / "feed.rss"
    path.write_text(rss(feed_items(server)), encoding="utf-8")
    first, second, third, fourth = iter_articles([path], fetcher=fetcher)

    # The page gives the text; the entry gives title, date (its own day, not UTC's) and link.
    assert isinstance(first, Article) and "مقتل شخصين" in first.text and "الرئيسية" not in first.text
    assert (first.title, first.published, first.source) == ("قصف على تل الورد", date(2023, 3, 15), "أخبار المحافظات")
    assert (first.url, first.origin, first.id) == (server.url("/shelling.html"),) * 2 + (None,)
    assert first.fetched is not None

    # The page is missing: the entry's description stands in, tags dropped.
    assert isinstance(second, Article) and second.text == ARTICLE_2
    assert (second.published, second.origin, second.fetched) == (date(2023, 3, 14), server.url("/missing.html"), None)

    assert third == BadInput(server.url("/also-missing.html"), "HTTP 404 Not Found; the feed entry has no text either")
    assert fourth == BadInput(f"{path}#4", "the feed entry has no link and no text")
    assert server.hits == ["/shelling.html", "/missing.html", "/also-missing.html"]


def test_an_atom_file(tmp_path: Path, server: Server, fetcher: Fetcher) -> None:
    server.route("/raid.html", page(ARTICLE_2, title="اعتقالات"))
    path = tmp_path / "south.atom"
    path.write_text(ATOM.format(base=server.base, article3=ARTICLE_3), encoding="utf-8")
    raid, protest = iter_articles([path], fetcher=fetcher)
    assert (raid.title, raid.published, raid.source) == ("مداهمة في عين الزيتون", date(2023, 3, 15), "نشرة الجنوب")
    assert "ثلاثة شبان" in raid.text and raid.url == server.url("/raid.html")
    # No <published>: the entry's <updated> dates it; the page is gone, the content stands in.
    assert (protest.text, protest.published) == (ARTICLE_3, date(2023, 3, 16))


def test_a_page_that_hangs_falls_back_to_the_entry_text(tmp_path: Path, server: Server) -> None:
    server.sequence("/slow.html", Route(200, page(ARTICLE_1).encode(), "text/html", hang=True))
    path = tmp_path / "feed.xml"
    path.write_text(rss([{"title": "بطيء", "link": server.url("/slow.html"), "description": ARTICLE_3}]),
                    encoding="utf-8")
    with Fetcher(read_timeout=0.2, tries=1, trust_env=False) as fetcher:
        [article] = iter_articles([path], fetcher=fetcher)
    assert article.text == ARTICLE_3 and article.title == "بطيء"


def test_a_feed_url_and_a_page_url(server: Server, fetcher: Fetcher) -> None:
    server.route("/feed", rss(feed_items(server)[:1], title="موقع المحافظة"), "application/rss+xml")
    server.route("/shelling.html", page(ARTICLE_1))
    server.route("/article.html", page(ARTICLE_2, title="اعتقالات", canonical=None))
    items = list(iter_articles([server.url("/feed"), server.url("/moved")], fetcher=fetcher))
    assert [(i.origin, i.source, i.title) for i in items] == [
        (server.url("/shelling.html"), "موقع المحافظة", "قصف على تل الورد"),
        (server.url("/moved"), "شبكة الأنباء المحلية", "اعتقالات"),
    ]
    assert items[1].url == server.url("/article.html")  # the final URL, after the redirect
    assert items[1].fetched is not None and "ثلاثة شبان" in items[1].text


def test_relative_links_resolve_against_the_feed_url(server: Server, fetcher: Fetcher) -> None:
    server.route("/feeds/main", rss([{"title": "نسبي", "link": "../news/rel.html", "guid": "rel"}]), "application/rss+xml")
    server.route("/news/rel.html", page(ARTICLE_3, title="وقفة"))
    [article] = iter_articles([server.url("/feeds/main")], fetcher=fetcher)
    assert article.url == server.url("/news/rel.html") and "حي الرمانة" in article.text


def test_a_feed_served_as_text_xml_is_sniffed(server: Server, fetcher: Fetcher) -> None:
    server.route("/rss", rss([{"title": "خبر", "description": ARTICLE_3, "guid": "x"}]), "text/xml")
    [article] = iter_articles([server.url("/rss")], fetcher=fetcher)
    assert article.text == ARTICLE_3 and article.fetched is not None  # the feed's fetch time


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        ("this is { not a feed", "application/rss+xml", r"malformed feed \(line \d+:\d+: syntax error\)"),
        ('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', "application/xml",
         r"not an RSS or Atom feed \(an XML document of another kind\)"),
        ("%PDF-1.4 binary", "application/pdf", r"the page is not HTML \(content type application/pdf\)"),
    ],
)
def test_a_url_that_is_not_a_readable_feed(server: Server, fetcher: Fetcher, body: str, content_type: str,
                                           reason: str) -> None:
    server.route("/thing", body, content_type)
    [bad] = iter_articles([server.url("/thing")], fetcher=fetcher)
    assert isinstance(bad, BadInput) and bad.origin == server.url("/thing") and re.fullmatch(reason, bad.reason)


def test_a_url_that_keeps_failing(server: Server, fetcher: Fetcher) -> None:
    server.route("/feed", "busy", "text/plain", status=503)
    assert list(iter_articles([server.url("/feed")], fetcher=fetcher)) == [
        BadInput(server.url("/feed"), "HTTP 503 after 3 tries")]


def test_a_broken_feed_reports_the_break_and_keeps_the_entries_before_it(tmp_path: Path) -> None:
    whole = rss([{"title": "أول", "description": ARTICLE_1, "guid": "1"},
                 {"title": "ثان", "description": ARTICLE_2, "guid": "2"}])
    path = tmp_path / "cut.xml"
    path.write_text(whole[: whole.index("<item><title>ثان")] + "<item><title>ثان</titl", encoding="utf-8")
    items = list(iter_articles([path], fetcher=None))
    assert isinstance(items[0], BadInput) and items[0].origin == str(path)
    assert re.fullmatch(r"malformed feed \(line \d+:\d+: unclosed token\); reading the 1 entry found", items[0].reason)
    assert len(items) == 2 and (items[1].title, items[1].text) == ("أول", ARTICLE_1)


def test_an_xml_file_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://news.example/</loc></url></urlset>')
    assert list(iter_articles([path])) == [BadInput(str(path), "not an RSS or Atom feed")]


@pytest.mark.parametrize(
    ("head", "media_type", "expected"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0">', None, True),
        (b'\xef\xbb\xbf<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', None, True),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', None, True),
        (b"<!DOCTYPE html><html><head><link rel=alternate type=application/rss+xml></head>", None, False),
        (b"<html><body><p>feedback</p></body></html>", None, False),
        (b"anything", "application/atom+xml", True),
    ],
)
def test_looks_like_feed(head: bytes, media_type: str | None, expected: bool) -> None:
    assert looks_like_feed(head, media_type) is expected


def test_parse_feed_refuses_what_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<html><body>hello</body></html>")
