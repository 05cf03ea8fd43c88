"""A local HTTP server for the reader tests (127.0.0.1, ephemeral port, never any other address),
and team-written Arabic articles, pages and feeds.

Routes are set per test: ``server.route("/a.html", body, "text/html")``, or a function of the
request number for pages that change (a 503 first, then 200). ``server.hits`` lists the paths asked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rasd.ingest.fetch import Fetcher

# Invented reports, written by the team for these tests.
ARTICLE_1 = (
    "أفاد مراسل محلي بأن قصفاً مدفعياً استهدف صباح اليوم أطراف بلدة تل الورد، ما أدى إلى مقتل شخصين "
    "وإصابة أربعة آخرين بجروح متفاوتة. وقال شهود عيان إن القذائف سقطت قرب سوق الخضار الرئيسي في البلدة، "
    "وإن فرق الإسعاف نقلت المصابين إلى مستشفى قريب وسط حالة من الذعر بين الأهالي."
)
ARTICLE_2 = (
    "اعتقلت دورية أمنية ثلاثة شبان من قرية عين الزيتون بعد مداهمة منازلهم فجر الثلاثاء، بحسب ما ذكرت "
    "مصادر أهلية. وأضافت المصادر أن الدورية صادرت هواتف المعتقلين ونقلتهم إلى جهة مجهولة، فيما لم يصدر "
    "أي تعليق رسمي على الحادثة حتى ساعة إعداد هذا التقرير."
)
ARTICLE_3 = (
    "تظاهر مئات من سكان حي الرمانة أمام مبنى البلدية احتجاجاً على انقطاع المياه منذ أسبوعين، ورفع "
    "المحتجون لافتات تطالب بإصلاح الشبكة. وقال أحد المشاركين إن الوقفة انتهت بهدوء بعد وعود من المسؤولين "
    "بحل المشكلة خلال أيام."
)


def page(article: str, *, title: str = "قصف على بلدة تل الورد", published: str | None = "2023-03-14T23:30:00+03:00",
         site: str = "شبكة الأنباء المحلية", canonical: str | None = "https://news.example/2023/tal-alward",
         charset: str = "utf-8") -> str:
    """An article page wrapped in the boilerplate of a news site: menu, sidebar, footer."""
    meta = [f'<meta charset="{charset}">', f"<title>{title} | {site}</title>",
            f'<meta property="og:site_name" content="{site}">', f'<meta property="og:title" content="{title}">']
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    paragraphs = "".join(f"<p>{sentence.strip()}.</p>" for sentence in article.split(".") if sentence.strip())
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>{"".join(meta)}</head>
<body>
<nav class="menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li>
<li><a href="/sport">رياضة</a></li><li><a href="/contact">اتصل بنا</a></li></ul></nav>
<div class="layout">
<article class="post"><h1>{title}</h1><div class="entry-content">{paragraphs}</div></article>
<aside class="sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/x1">افتتاح معرض الكتاب السنوي</a></li>
<li><a href="/x2">ارتفاع أسعار الخضار في الأسواق</a></li></ul></aside>
</div>
<footer><p>جميع الحقوق محفوظة لشبكة الأنباء المحلية 2023</p><a href="/privacy">سياسة الخصوصية</a></footer>
</body></html>"""


def rss(items: list[dict[str, str]], *, title: str = "أخبار المحافظات") -> str:
    """An RSS 2.0 feed; each item's keys become its elements (title, link, guid, pubDate, description)."""
    body = "".join(
        "<item>" + "".join(f"<{k}>{_escape(v)}</{k}>" for k, v in item.items()) + "</item>" for item in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://news.example/</link><description>آخر الأخبار</description>{body}</channel></rss>")


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class Route:
    status: int
    body: bytes
    content_type: str
    hang: bool = False


class Server:
    """The test server's routes and what it was asked."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[int], Route]] = {}
        self.hits: list[str] = []
        self.agents: list[str] = []
        self.release = threading.Event()  # ends hanging answers at teardown
        self.base = ""

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
              status: int = 200) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda n: Route(status, data, content_type)

    def sequence(self, path: str, *answers: Route) -> None:
        """Answer the n-th request with the n-th route, the last one ever after."""
        self.routes[path] = lambda n: answers[min(n, len(answers) - 1)]

    def count(self, path: str) -> int:
        return self.hits.count(path)


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with lock:
                n = state.hits.count(self.path)
                state.hits.append(self.path)
                state.agents.append(self.headers.get("User-Agent", ""))
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/article.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            make = state.routes.get(self.path)
            answer = make(n) if make else Route(404, b"not found", "text/plain")
            if answer.hang:
                state.release.wait(10)
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            try:
                self.wfile.write(answer.body)
            except OSError:
                pass  # the client gave up (a timeout test)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    """Fast retries and short timeouts, no proxy from the environment: only 127.0.0.1 is reached."""
    with Fetcher(connect_timeout=2.0, read_timeout=0.5, tries=3, backoff=0.0, trust_env=False) as f:
        yield f


@pytest.fixture(autouse=True)
def only_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    """No reader test may fetch from any address but the local test server."""
    original = Fetcher._get_once

    def guarded(self: Fetcher, url: str) -> object:
        assert url.startswith("http://127.0.0.1:"), f"a test tried to fetch {url}"
        return original(self, url)

    monkeypatch.setattr(Fetcher, "_get_once", guarded)
