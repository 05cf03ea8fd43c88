"""The web interface in a real browser: Debian's Chromium driven by Playwright, against ``rasd serve``
(``python -m rasd.web``, the same code) on 127.0.0.1 over a SQLite store the test fills.

Without /usr/bin/chromium (or the playwright package) these tests skip with a message; with
RASD_REQUIRE_BROWSER=1 (CI) they fail instead. Screenshots go to $RASD_SCREENSHOTS, else to a
temporary folder; the path is printed at the end of the run. Every request that leaves 127.0.0.1
is refused, so the pages must work offline: map tiles fail (the map draws its own base layer) and
nothing may come from a CDN.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.web import conftest as web

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PLACED = 8  # incidents in the test store, all with coordinates


def _missing(message: str) -> None:
    if os.environ.get("RASD_REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def playwright_api():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed: pip install -e '.[test]'")
    if not Path(CHROMIUM).exists():
        _missing(f"no browser for the web tests: {CHROMIUM} is absent (apt-get install chromium)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright_api):
    b = playwright_api.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield b
    b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ["RASD_SCREENSHOTS"]) if os.environ.get("RASD_SCREENSHOTS") \
        else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    web.SCREENSHOTS.append(folder)
    return folder


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, browser):
    """``rasd serve`` on 127.0.0.1 over a filled SQLite store; yields its base URL."""
    from rasd.store import open_store

    folder = tmp_path_factory.mktemp("serve")
    db = folder / "rasd.db"
    with open_store(db) as store:
        web.fill_store(store)
    port = _free_port()
    log = open(folder / "server.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "rasd.web", "--db", str(db), "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/api/meta", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"rasd serve did not start: {log.read()[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def page(browser, server):
    """A fresh page; requests off 127.0.0.1 are aborted and recorded; JavaScript errors fail the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    outside: list[str] = []

    def guard(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.base = server
    yield pg
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
    assert all(re.match(r"https://tile\.openstreetmap\.org/", u) for u in outside), \
        f"requests left the machine (only map tiles may try): {outside[:5]}"


def _ready(pg) -> None:
    pg.wait_for_selector("body[data-ready]", state="attached", timeout=20_000)
    # The page is ready before the map has settled: fitting the bounds starts Leaflet's zoom animation
    # a frame later, and while it (and the cluster layer's) runs, old clusters and new markers are both
    # in the page, so a count read then adds them up. Let the animation start, then wait for its end.
    pg.wait_for_timeout(300)
    pg.wait_for_function("() => !document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim')",
                         timeout=10_000)


def _marker_total(pg) -> int:
    """Incidents on the map: single markers plus the numbers on the clusters."""
    return pg.evaluate("""() => document.querySelectorAll('.leaflet-marker-icon.inc').length +
        [...document.querySelectorAll('.leaflet-marker-icon.cluster')].reduce((a, c) => a + Number(c.textContent), 0)""")


def _incident_id(pg, location: str) -> str:
    items = json.loads(pg.request.get(pg.base + "/api/incidents").text())["incidents"]
    return next(i["incident_id"] for i in items if i["location"] == location)


def test_map_shows_markers_timeline_and_table_offline(page, shots):
    page.goto(page.base + "/?lang=en")
    _ready(page)
    assert _marker_total(page) == PLACED
    assert page.locator("#incidents tbody tr").count() == PLACED
    assert page.locator("#timeline svg rect").count() >= 7
    assert page.locator(".country-label").count() > 10  # the app's own base layer
    assert "unavailable" in page.inner_text("#map-note")  # tiles fail offline, and the page says so
    assert page.inner_text("#summary").startswith("8 incidents")
    colours = page.eval_on_selector_all(".leaflet-marker-icon.inc", "ms => ms.map(m => getComputedStyle(m).backgroundColor)")
    assert colours and all(c != "rgba(0, 0, 0, 0)" for c in colours)
    page.screenshot(path=str(shots / "map-en.png"), full_page=True)


def test_filters_keep_map_timeline_table_and_url_in_step(page, shots):
    page.goto(page.base + "/?lang=en")
    _ready(page)
    page.select_option("#f-country", "Iraq")
    page.wait_for_function("() => document.querySelectorAll('#incidents tbody tr').length === 2")
    _ready(page)
    page.wait_for_function("() => document.body.dataset.ready !== '1'")
    assert "country=Iraq" in page.url
    assert _marker_total(page) == 2
    assert page.inner_text("#summary").startswith("2 incidents")
    assert "country=Iraq" in page.get_attribute("#export-csv", "href")
    page.fill("#f-actor", "protesters")
    page.click("#f-apply")
    page.wait_for_function("() => document.querySelectorAll('#incidents tbody tr').length === 1")
    assert "actor=protesters" in page.url
    page.screenshot(path=str(shots / "map-filtered.png"), full_page=True)
    # The URL alone restores the view.
    page.goto(page.url)
    _ready(page)
    assert page.input_value("#f-country") == "Iraq" and page.input_value("#f-actor") == "protesters"
    assert page.locator("#incidents tbody tr").count() == 1 and _marker_total(page) == 1
    # Sorting the table by fatalities, most first.
    page.click("#f-reset")
    page.wait_for_function(f"() => document.querySelectorAll('#incidents tbody tr').length === {PLACED}")
    page.click("button.sort[data-sort=fatalities]")
    page.wait_for_function("() => new URL(location.href).searchParams.get('sort') === 'fatalities'")
    page.wait_for_function("() => document.querySelector('#incidents tbody tr td.c-fatalities').textContent === '3'")
    assert "Al Atārib" in page.inner_text("#incidents tbody tr >> nth=0")


def test_incident_page_highlights_the_evidence_of_a_field(page, shots):
    page.goto(page.base + "/?lang=en")
    _ready(page)
    page.click("#incidents tbody tr[data-id='{}'] a".format(_incident_id(page, "Al Atārib")))
    page.wait_for_selector(".report")
    assert page.locator(".report").count() == 2
    text = page.locator(".report .article-text").first
    assert text.evaluate("n => getComputedStyle(n).direction") == "rtl"
    assert text.locator("mark").count() >= 3
    row = page.locator(".report >> nth=0").locator("tr[data-field='0:location']")
    row.hover()
    lit = page.locator(".report >> nth=0").locator("mark.lit")
    assert lit.count() == 1 and lit.inner_text() == "مدينة الأتارب"
    count_row = page.locator(".report >> nth=0").locator("tr[data-field='0:count-0']")
    count_row.hover()
    assert page.locator(".report >> nth=0").locator("mark.lit").inner_text() == count_row.locator("q").inner_text()
    assert count_row.locator("q").inner_text() in ("ثلاثة", "خمسة")
    claims = page.locator(".counts .claimant").all_inner_texts()
    assert any("مصادر محلية" in c for c in claims)
    page.screenshot(path=str(shots / "incident-highlight.png"), full_page=True)
    assert page.locator("a[href^='javascript']").count() == 0  # Outlet B's url is javascript: and is not linked


def test_contested_and_denied_are_shown_plainly(page, shots):
    page.goto(page.base + "/incident/" + _incident_id(page, "Kafr Zita") + "?lang=en")
    assert "Contested" in page.inner_text(".banner.contested")
    page.screenshot(path=str(shots / "incident-contested.png"), full_page=True)
    page.goto(page.base + "/incident/" + _incident_id(page, "Talbiseh") + "?lang=en")
    assert "Denied" in page.inner_text(".banner.denied")


def test_language_switch_sets_arabic_rtl_and_back(page, shots):
    page.goto(page.base + "/?lang=en")
    _ready(page)
    assert page.evaluate("document.documentElement.dir") == "ltr"
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.dir === 'rtl'")
    _ready(page)
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert "الخريطة" in page.inner_text("nav")
    assert "lang=ar" in page.url
    assert page.evaluate("getComputedStyle(document.querySelector('.filters')).direction") == "rtl"
    page.screenshot(path=str(shots / "map-ar.png"), full_page=True)
    page.goto(page.base + "/incident/" + _incident_id(page, "Al Atārib"))  # the choice is remembered
    page.wait_for_selector(".report")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    page.screenshot(path=str(shots / "incident-ar.png"), full_page=True)
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.dir === 'ltr'")


def test_paste_page_extracts_and_highlights_without_storing(page, shots):
    page.goto(page.base + "/paste?lang=en")
    page.fill("#paste-text", "قتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على مدينة سراقب أمس.")
    page.fill("#paste-date", "2024-04-02")
    page.click("#paste-submit")
    page.wait_for_selector(".event-card")
    assert "1 event" in page.inner_text(".summary")
    assert "2024-04-01" in page.inner_text(".event-card")
    page.locator("tr[data-field='0:location']").hover()
    assert page.locator("mark.lit").inner_text() == "مدينة سراقب"
    page.screenshot(path=str(shots / "paste.png"), full_page=True)
    total = json.loads(page.request.get(page.base + "/api/incidents").text())["total"]
    assert total == PLACED


def test_hostile_article_is_shown_as_text_and_nothing_runs(page, shots):
    incident_id = _incident_id(page, "Dar‘ā")
    for lang in ("en", "ar"):
        page.goto(page.base + f"/incident/{incident_id}?lang={lang}")
        page.wait_for_selector(".report .article-text")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__pwned") is None
        assert "pwned" not in page.title()
        shown = page.inner_text(".report .article-text")
        assert "<script>window.__pwned = 1;" in shown and 'onerror="window.__pwned = 2"' in shown
        assert web.XSS_SOURCE in page.inner_text(".report h2")
        assert web.XSS_TITLE in page.inner_text(".report-title")
        assert page.locator("main script, main img, main a[href^='javascript']").count() == 0
        page.locator("tr[data-field='0:event_type']").first.click()
        page.locator(".article-text mark").first.click()
    page.screenshot(path=str(shots / "xss-incident.png"), full_page=True)
    # The map page lists it too (table, popups), and the paste page shows pasted markup as text.
    page.goto(page.base + "/?lang=en&q=%D8%AF%D8%B1%D8%B9%D8%A7")
    _ready(page)
    page.locator(".leaflet-marker-icon.inc").first.click()
    page.wait_for_selector(".popup")
    page.goto(page.base + "/paste?lang=en")
    page.fill("#paste-text", web.XSS_TEXT)
    page.click("#paste-submit")
    page.wait_for_selector(".article-text")
    assert "<script>" in page.inner_text(".article-text")
    assert page.evaluate("window.__pwned") is None and "pwned" not in page.title()


def test_readable_on_a_phone(browser, server, shots):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(server) else r.abort())
    pg = context.new_page()
    try:
        for path in ("/?lang=ar", "/incident/" + _incident_id_http(server, "Al Atārib") + "?lang=ar",
                     "/paste?lang=en"):
            pg.goto(server + path)
            pg.wait_for_load_state("networkidle")
            width = pg.evaluate("document.documentElement.scrollWidth")
            assert width <= 392, f"{path} overflows a phone's width: {width}px"
            pg.screenshot(path=str(shots / f"phone-{path.split('?')[0].strip('/').split('/')[0] or 'map'}.png"),
                          full_page=True)
    finally:
        context.close()


def _incident_id_http(base: str, location: str) -> str:
    with urllib.request.urlopen(base + "/api/incidents") as r:
        items = json.load(r)["incidents"]
    return next(i["incident_id"] for i in items if i["location"] == location)


def test_api_documentation_renders_offline(page, shots):
    page.goto(page.base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert "/api/incidents" in page.inner_text(".swagger-ui")
    page.screenshot(path=str(shots / "docs.png"))
