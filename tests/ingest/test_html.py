"""HTML pages: the article's main text without the site's boilerplate, and the page's metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasd.ingest import Article, BadInput, iter_articles
from rasd.ingest.html import decode_html, html_to_text, read_html
from tests.ingest.conftest import ARTICLE_1, ARTICLE_2, page

BOILERPLATE = ["الرئيسية", "اتصل بنا", "الأكثر قراءة", "افتتاح معرض الكتاب", "جميع الحقوق محفوظة", "سياسة الخصوصية"]


def test_an_html_file_gives_the_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(ARTICLE_1), encoding="utf-8")
    [article] = iter_articles([path])
    assert isinstance(article, Article)
    for sentence in ARTICLE_1.split(". "):
        assert sentence.rstrip(".") in article.text
    for junk in BOILERPLATE:
        assert junk not in article.text
    assert article.title == "قصف على بلدة تل الورد"
    # 23:30 in UTC+3 on the 14th: the page's own calendar day, not the UTC one.
    assert article.published == date(2023, 3, 14)
    assert article.source == "شبكة الأنباء المحلية"
    assert article.url == "https://news.example/2023/tal-alward"
    assert (article.origin, article.id, article.fetched) == (str(path), None, None)


def test_no_date_is_guessed_from_a_copyright_line() -> None:
    article = read_html(page(ARTICLE_2, published=None, canonical=None).encode(), origin="p.html")
    assert isinstance(article, Article) and article.published is None and article.url is None
    assert "ثلاثة شبان" in article.text


def test_a_date_in_the_url_is_used_when_the_page_has_none() -> None:
    article = read_html(page(ARTICLE_2, published=None, canonical=None).encode(), origin="x",
                        url="https://news.example/2022/11/05/raid.html")
    assert article.published == date(2022, 11, 5) and article.url == "https://news.example/2022/11/05/raid.html"


def test_a_windows_1256_page_is_read_by_its_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes(page(ARTICLE_1, charset="windows-1256").encode("cp1256"))
    [article] = iter_articles([path])
    assert isinstance(article, Article) and "مقتل شخصين" in article.text


def test_the_server_charset_wins_over_guessing() -> None:
    data = page(ARTICLE_1, charset="utf-8").replace('<meta charset="utf-8">', "").encode("cp1256")
    assert "تل الورد" in decode_html(data, content_type="text/html; charset=windows-1256")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
         "no article text found in the HTML page"),
        (page(ARTICLE_1).replace('<meta charset="utf-8">', "").encode("cp1256"),
         "not valid UTF-8 (byte 0xde at offset 55); convert it to UTF-8 first"),
        (b"", "empty"),
        (b"<html>\x00\x00\x00</html>", "binary data, not text"),
    ],
)
def test_an_unreadable_page_is_a_bad_input(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    assert list(iter_articles([path])) == [BadInput(str(path), reason)]


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>قتل شخصان.</p><p>وأصيب أربعة.</p>", "قتل شخصان.\nوأصيب أربعة."),
        ("اشتباكات <b>عنيفة</b> في <a href='/x'>البلدة</a>", "اشتباكات عنيفة في البلدة"),
        ("سطر أول<br>سطر ثان", "سطر أول\nسطر ثان"),
        ("<div><script>track()</script>نص الخبر</div>", "نص الخبر"),
        ("نص بلا وسوم\n\n  مع   فراغات ", "نص بلا وسوم\nمع فراغات"),
        ("", ""),
    ],
)
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text
