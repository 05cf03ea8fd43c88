"""Text files, JSON Lines (plain and gzip), folders and bad input: every input an Article or a BadInput."""

from __future__ import annotations

import gzip
import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from rasd.ingest import Article, BadInput, iter_articles
from rasd.ingest.sources import parse_published, read_jsonl
from tests.conftest import shared_path
from tests.ingest.conftest import ARTICLE_1, ARTICLE_2, ARTICLE_3, page, rss


def test_a_text_file_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(ARTICLE_1 + "\n", encoding="utf-8")
    [article] = iter_articles([path])
    assert article == Article(text=ARTICLE_1 + "\n", published=None, source=None, url=None, title=None, id=None,
                              origin=str(path))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "holds only whitespace"),
        (b"\x00\x01\x02PK\x03\x04" * 20, "binary data, not text"),
        ("قصف على حلب".encode("cp1256"), "not valid UTF-8 (byte 0xde at offset 0); convert it to UTF-8 first"),
    ],
)
def test_a_bad_text_file_is_a_bad_input(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    assert list(iter_articles([path])) == [BadInput(str(path), reason)]


def test_a_text_file_over_the_limit_is_a_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE_1, encoding="utf-8")
    [bad] = iter_articles([path], max_bytes=100)
    assert bad == BadInput(str(path), "over the limit of 100 bytes for one article")


def test_a_missing_path_is_a_bad_input_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE_2, encoding="utf-8")
    items = list(iter_articles([tmp_path / "nowhere.txt", good]))
    assert items[0] == BadInput(str(tmp_path / "nowhere.txt"), "no such file or folder")
    assert isinstance(items[1], Article) and items[1].text == ARTICLE_2


JSONL_LINES = [
    {"id": "a1", "text": ARTICLE_1, "published": "2023-03-15", "source": "وكالة الرصد", "url": "https://news.example/1",
     "title": "قصف على تل الورد"},
    None,  # a blank line: skipped
    "this is not json",
    {"id": "a3", "title": "بلا نص"},
    {"id": 7, "text": ARTICLE_2, "published": "2023-03-16T23:10:00+03:00"},
    {"id": "a5", "text": ARTICLE_3, "published": "16/03/2023"},
    {"id": "a6", "text": "   "},
    ["a", "list"],
    {"text": ARTICLE_3, "source": None, "title": ""},
]


def write_jsonl(path: Path, lines: list[object]) -> None:
    def render(line: object) -> str:
        if line is None:
            return "   "
        return line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)

    data = ("\n".join(render(line) for line in lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)


@pytest.mark.parametrize("name", ["batch.jsonl", "batch.jsonl.gz"])
def test_json_lines_good_and_bad_lines(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_jsonl(path, JSONL_LINES)
    items = list(iter_articles([path]))
    at = f"{path}:"
    assert items == [
        Article(text=ARTICLE_1, published=date(2023, 3, 15), source="وكالة الرصد", url="https://news.example/1",
                title="قصف على تل الورد", id="a1", origin=at + "1"),
        BadInput(at + "3", "line is not JSON: Expecting value at column 1"),
        BadInput(at + "4", 'no "text" field', "a3"),
        # A date-time keeps its own calendar day (not shifted to UTC); a numeric id becomes a string.
        Article(text=ARTICLE_2, published=date(2023, 3, 16), source=None, url=None, title=None, id="7",
                origin=at + "5"),
        BadInput(at + "6", 'bad "published" date: "16/03/2023" (expected YYYY-MM-DD or an ISO date-time)', "a5"),
        BadInput(at + "7", '"text" is empty', "a6"),
        BadInput(at + "8", "line is a JSON list, not an object"),
        Article(text=ARTICLE_3, published=None, source=None, url=None, title=None, id=None, origin=at + "9"),
    ]


def test_a_json_line_that_is_not_utf8_or_too_long_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": ARTICLE_1}, ensure_ascii=False).encode("utf-8")
    long = json.dumps({"text": "ب" * 1000}, ensure_ascii=False).encode("utf-8")
    cp1256 = '{"text": "قصف"}'.encode("cp1256")
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join([cp1256, long, good]) + b"\n")  # a byte-order mark first
    items = list(read_jsonl(path, max_bytes=1200))
    assert items[0] == BadInput(f"{path}:1", "line is not valid UTF-8 (byte 0xde at offset 10)")
    assert items[1] == BadInput(f"{path}:2", "line is over the limit of 1200 bytes for one article")
    assert isinstance(items[2], Article) and items[2].text == ARTICLE_1 and items[2].origin == f"{path}:3"


def test_a_file_named_gz_that_is_not_gzip(tmp_path: Path) -> None:
    path = tmp_path / "plain.jsonl.gz"
    path.write_text('{"text": "نص"}\n', encoding="utf-8")
    [bad] = iter_articles([path])
    assert bad.origin == str(path) and bad.reason.startswith("cannot be read: Not a gzipped file")


def test_a_truncated_gzip_file_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    whole = tmp_path / "whole.jsonl.gz"
    write_jsonl(whole, [{"id": f"n{i}", "text": ARTICLE_1 + f" ({i})"} for i in range(200)])
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[:-40])
    items = list(iter_articles([cut]))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in articles] == [f"n{i}" for i in range(len(articles))] and len(articles) > 100
    last = items[-1]
    assert isinstance(last, BadInput) and last.reason.startswith(f"the file cannot be read past line {len(articles)}")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2015-07-21", date(2015, 7, 21)), ("2015-07-21T09:30:00", date(2015, 7, 21)),
     ("2015-07-21T23:30:00Z", date(2015, 7, 21)), ("2015-07-22T01:00:00+03:00", date(2015, 7, 22)),
     (None, None), ("", None)],
)
def test_parse_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["21/07/2015", "2015-13-01", "yesterday", 20150721, ["2015-07-21"]])
def test_parse_published_refuses(value: object) -> None:
    with pytest.raises(ValueError, match='bad "published" date'):
        parse_published(value)


def test_a_folder_is_read_recursively_in_sorted_order_known_extensions_only(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(ARTICLE_1, encoding="utf-8")
    (root / "b" / "page.html").write_text(page(ARTICLE_2, title="اعتقالات في عين الزيتون"), encoding="utf-8")
    (root / "b" / "deep" / "feed.xml").write_text(
        rss([{"title": "وقفة في حي الرمانة", "description": f"<p>{ARTICLE_3}</p>", "guid": "r1"}]), encoding="utf-8")
    write_jsonl(root / "c.jsonl.gz", [{"id": "z1", "text": ARTICLE_3}])
    (root / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (root / ".git" / "HEAD.txt").write_text("مخفي", encoding="utf-8")
    (root / "notes.md").write_text("# ملاحظات", encoding="utf-8")
    (root / "b" / "empty.txt").write_bytes(b"")
    items = list(iter_articles([root]))
    assert [i.origin for i in items] == [
        str(root / "a.txt"),
        str(root / "b" / "deep" / "feed.xml") + "#1",
        str(root / "b" / "empty.txt"),
        str(root / "b" / "page.html"),
        str(root / "c.jsonl.gz") + ":1",
    ]
    assert isinstance(items[2], BadInput) and items[2].reason == "empty"
    assert items[1].text == ARTICLE_3 and items[1].source == "أخبار المحافظات"
    assert items[3].title == "اعتقالات في عين الزيتون" and ARTICLE_2.split(".")[0] in items[3].text
    assert items[4].id == "z1"


def test_a_file_named_without_a_known_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "article").write_text(ARTICLE_1, encoding="utf-8")
    (tmp_path / "saved-page").write_text(page(ARTICLE_2), encoding="utf-8")
    (tmp_path / "feed").write_text(rss([{"title": "خبر", "description": ARTICLE_3}]), encoding="utf-8")
    text, html, feed = iter_articles([tmp_path / "article", tmp_path / "saved-page", tmp_path / "feed"])
    assert text.text == ARTICLE_1
    assert html.source == "شبكة الأنباء المحلية" and "الرئيسية" not in html.text
    assert feed.text == ARTICLE_3 and feed.title == "خبر"


def test_the_saudinewsnet_corpus_reads_cleanly() -> None:
    corpus = shared_path("corpora", "saudinewsnet-2015.jsonl.gz")
    items = list(itertools.islice(iter_articles([corpus]), 3000))
    articles = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, BadInput)]
    # The corpus has a few records whose text is only whitespace; nothing else is refused.
    assert {b.reason for b in bad} <= {'"text" is empty'} and len(bad) < len(items) / 20
    assert all(a.id.startswith("snn-") and a.source and a.url.startswith("http") for a in articles)
    assert sum(1 for a in articles if a.title) > len(articles) * 0.95
    assert all(date(2015, 7, 1) <= a.published <= date(2015, 8, 31) for a in articles)
    assert articles[0].origin == f"{corpus}:1"
