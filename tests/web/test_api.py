"""The REST API through the ASGI test client, on SQLite and on PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

import pytest

from rasd.export import ACLED_COLUMNS
from tests.web.conftest import ARTICLES, XSS_TEXT

ATARIB = "Al Atārib"


def _by_location(client, location: str) -> dict:
    items = client.get("/api/incidents", params={"limit": 100}).json()["incidents"]
    return next(i for i in items if i["location"] == location)


def test_list_is_newest_first_with_total_and_paging(filled_db, client_for):
    client = client_for(filled_db)
    body = client.get("/api/incidents").json()
    assert body["total"] == 8  # 9 articles; the two al-Atarib reports are one incident
    dates = [i["event_date"] for i in body["incidents"]]
    assert dates == sorted(dates, reverse=True)
    assert "reports" not in body["incidents"][0]
    page = client.get("/api/incidents", params={"limit": 3, "offset": 3}).json()
    assert page["total"] == 8 and [i["incident_id"] for i in page["incidents"]] == \
        [i["incident_id"] for i in body["incidents"][3:6]]


@pytest.mark.parametrize(("params", "locations"), [
    ({"country": "Iraq"}, {"Mosul", "Nasiriyah"}),
    ({"country": "368"}, {"Mosul", "Nasiriyah"}),
    ({"admin1": "idleb"}, {"Kafranbel", "Arīḩā"}),
    ({"type": "Protests"}, {"Nasiriyah"}),
    ({"type": "Air/drone strike"}, {"Arīḩā"}),
    ({"actor": "russia"}, {"Arīḩā"}),
    ({"from": "2024-03-03", "to": "2024-03-04"}, {ATARIB, "Dar‘ā"}),
    ({"bbox": "36.7,36.0,37.0,36.3"}, {ATARIB}),
    ({"q": "سوقاً"}, {ATARIB}),  # a word of one article's text
    ({"q": "سوقا"}, {ATARIB}),  # the same without its tanwin
    ({"q": "الأتارب خمسة"}, {ATARIB}),  # words of the two articles of one incident
    ({"q": "الاتارب", "country": "Iraq"}, set()),  # with another filter
    ({"q": "مدينه درعا"}, {"Dar‘ā"}),  # ة written ه
    ({"q": "دمشق"}, set()),
    ({"q": "Mosul"}, {"Mosul"}),  # the place
    ({"country": "Syria", "type": "Battles"}, {"Kafranbel", "Kafr Zita"}),
])
def test_filters(filled_db, client_for, params, locations):
    body = client_for(filled_db).get("/api/incidents", params=params).json()
    assert {i["location"] for i in body["incidents"]} == locations
    assert body["total"] == len(locations)


@pytest.mark.parametrize(("sort", "order", "key"), [
    ("fatalities", "desc", lambda i: -i["fatalities"]),
    ("fatalities", "asc", lambda i: i["fatalities"]),
    ("location", "asc", lambda i: i["location"]),
    ("reports", "desc", lambda i: -i["n_reports"]),
])
def test_sorting(filled_db, client_for, sort, order, key):
    items = client_for(filled_db).get("/api/incidents", params={"sort": sort, "order": order}).json()["incidents"]
    assert [key(i) for i in items] == sorted(key(i) for i in items)
    if sort == "fatalities" and order == "desc":
        assert items[0]["location"] == ATARIB


def test_one_incident_has_every_report_with_text_and_segments(filled_db, client_for):
    client = client_for(filled_db)
    incident_id = _by_location(client, ATARIB)["incident_id"]
    body = client.get(f"/api/incidents/{incident_id}").json()
    assert body["n_reports"] == 2 and len(body["reports"]) == 2
    assert body["fatalities"] == 3 and body["fatalities_high"] == 5  # ACLED's conservative rule
    assert {r["source"] for r in body["reports"]} == {"Outlet A", "Outlet B"}
    for report in body["reports"]:
        text = report["text"]
        assert text in {a.text for a in ARTICLES}
        assert "".join(s["text"] for s in report["segments"]) == text
        for span in report["event"]["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]
        marked = {s["text"] for s in report["segments"] if s["fields"]}
        assert "مدينة الأتارب" in marked
        killed = next(c for c in report["event"]["counts"] if c["kind"] == "killed")
        seg = next(s for s in report["segments"] if s["text"] == killed["text"])
        assert "0:fatalities" in seg["fields"]
    claims = {c["attributed_to"] for r in body["reports"] for c in r["event"]["counts"]}
    assert "مصادر محلية" in claims


def test_unknown_incident_is_404_json(filled_db, client_for):
    r = client_for(filled_db).get("/api/incidents/ffffffffffffffff")
    assert r.status_code == 404 and "ffffffffffffffff" in r.json()["error"]
    assert client_for(filled_db).get("/api/incidents/%3Cscript%3E").status_code == 422


def test_statistics(filled_db, client_for):
    body = client_for(filled_db).get("/api/stats").json()
    assert body["incidents"] == 8
    assert body["fatalities"] == sum(i["fatalities"] for i in
                                     client_for(filled_db).get("/api/incidents").json()["incidents"])
    assert sum(d["incidents"] for d in body["per_day"]) == 8
    assert {"date": "2024-03-04", "event_type": "Explosions/Remote violence", "incidents": 1, "fatalities": 3} \
        in body["per_day"]
    assert {c["country"]: c["incidents"] for c in body["per_country"]} == {"Syria": 6, "Iraq": 2}
    assert body["per_type"][0] == {"event_type": "Explosions/Remote violence", "incidents": 4, "fatalities": 5}
    iraq = client_for(filled_db).get("/api/stats", params={"country": "Iraq"}).json()
    assert iraq["incidents"] == 2 and [c["country"] for c in iraq["per_country"]] == ["Iraq"]


def test_points(filled_db, client_for):
    body = client_for(filled_db).get("/api/points", params={"country": "Syria"}).json()
    assert body["total"] == 6 and not body["truncated"]
    first = body["points"][0]
    assert first[3] == 0 and first[6] == "Kafranbel"  # Battles is type 0; newest first
    capped = client_for(filled_db).get("/api/points", params={"limit": 2}).json()
    assert capped["total"] == 8 and capped["truncated"] and len(capped["points"]) == 2


def test_export_acled_csv_and_geojson_follow_the_filter(filled_db, client_for):
    client = client_for(filled_db)
    r = client.get("/api/export", params={"format": "acled-csv", "country": "Iraq"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.text)))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(rows) == 3
    r = client.get("/api/export", params={"format": "geojson", "type": "Battles"})
    features = json.loads(r.text)["features"]
    assert {f["properties"]["location"] for f in features} == {"Kafranbel", "Kafr Zita"}
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


def test_extract_stores_nothing(filled_db, client_for):
    client = client_for(filled_db)
    text = "قتل ثلاثة مدنيين في قصف مدفعي لقوات النظام على مدينة سراقب أمس."
    r = client.post("/api/extract", json={"text": text, "published": "2024-04-02"})
    assert r.status_code == 200
    body = r.json()
    assert body["events"][0]["event_date"] == "2024-04-01" and body["events"][0]["fatalities"] == 3
    assert "".join(s["text"] for s in body["segments"]) == text
    assert client.get("/api/incidents").json()["total"] == 8
    other = client.post("/api/extract", json={"text": "hello world"}).json()
    assert other["events"] == [] and "Arabic" in other["message"]


@pytest.mark.parametrize(("method", "path", "kwargs", "status", "words"), [
    ("get", "/api/incidents", {"params": {"from": "2024-13-01"}}, 422, "from"),
    ("get", "/api/incidents", {"params": {"from": "2024-03-05", "to": "2024-03-01"}}, 400, "after"),
    ("get", "/api/incidents", {"params": {"bbox": "1,2,3"}}, 400, "bbox"),
    ("get", "/api/incidents", {"params": {"limit": 0}}, 422, "limit"),
    ("get", "/api/incidents", {"params": {"sort": "nope"}}, 422, "sort"),
    ("post", "/api/extract", {"json": {"text": ""}}, 422, "text"),
    ("post", "/api/extract", {"json": {"published": "2024-01-01"}}, 422, "text"),
    ("post", "/api/extract", {"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "json"),
    ("post", "/api/extract", {"json": {"text": "نص", "published": "yesterday"}}, 422, "published"),
    ("get", "/api/nothing-here", {}, 404, "not found"),
])
def test_bad_requests_get_clear_json_errors(filled_db, client_for, method, path, kwargs, status, words):
    r = getattr(client_for(filled_db), method)(path, **kwargs)
    assert r.status_code == status
    assert words in r.json()["error"].lower()


def test_bodies_over_the_limit_are_refused(tmp_path, client_for):
    client = client_for(str(tmp_path / "r.db"), max_body=1000)
    r = client.post("/api/extract", json={"text": "ا" * 2000})
    assert r.status_code == 413 and "1000" in r.json()["error"]

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(5):
            yield b"x" * 400

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert client.post("/api/extract", json={"text": "قصف"}).status_code == 200


def test_ingest_is_off_without_a_token(tmp_path, client_for):
    client = client_for(str(tmp_path / "r.db"))
    r = client.post("/api/ingest", json={"articles": [{"text": ARTICLES[0].text}]},
                    headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "disabled" in r.json()["error"]
    assert client.get("/api/incidents").json()["total"] == 0


def test_ingest_needs_the_token_and_is_idempotent(tmp_path, client_for):
    client = client_for(str(tmp_path / "r.db"), ingest_token="s3cret-token")
    payload = {"articles": [{"text": a.text, "published": a.published.isoformat(), "source": a.source}
                            for a in ARTICLES[:2]]}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret-token"},
                    {"Authorization": "s3cret-token"}):
        r = client.post("/api/ingest", json=payload, headers=headers)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/incidents").json()["total"] == 0
    good = {"Authorization": "Bearer s3cret-token"}
    body = client.post("/api/ingest", json=payload, headers=good).json()
    assert body["new"] == 2 and body["skipped"] == 0 and body["events"] == 2
    merged = client.get("/api/incidents").json()["incidents"]
    assert len(merged) == 1 and merged[0]["n_reports"] == 2 and merged[0]["incident_id"] in body["incidents"]
    again = client.post("/api/ingest", json=payload, headers=good).json()
    assert again["new"] == 0 and again["skipped"] == 2
    assert client.get("/api/incidents").json()["total"] == 1
    assert client.post("/api/ingest", json={"articles": []}, headers=good).status_code == 422


def test_empty_store_says_how_to_ingest(tmp_path, client_for):
    client = client_for(str(tmp_path / "new.db"))
    meta = client.get("/api/meta").json()
    assert meta["empty"] and "rasd ingest" in meta["how_to_ingest"] and not meta["ingest_enabled"]
    assert client.get("/api/incidents").json() == {"total": 0, "limit": 50, "offset": 0, "sort": "date",
                                                   "order": "desc", "incidents": []}
    assert client.get("/api/stats").json()["per_day"] == []


def test_meta_lists_store_places_and_labels(filled_db, client_for):
    meta = client_for(filled_db).get("/api/meta").json()
    assert [c["country"] for c in meta["countries"]] == ["Iraq", "Syria"]
    assert "Idleb" in meta["admin1"]["Syria"]
    assert any(label["name_en"] == "Syria" and label["name_ar"] for label in meta["labels"])
    assert meta["counts"] == {"documents": 9, "events": 9, "incidents": 8}


def test_server_errors_are_generic(tmp_path, client_for, monkeypatch):
    client = client_for(str(tmp_path / "r.db"))

    def broken(*_args, **_kwargs):
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr("rasd.web.stats.statistics", broken)
    r = client.get("/api/stats")
    assert r.status_code == 500 and r.json() == {"error": "internal server error"}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_pages_assets_and_headers(tmp_path, client_for):
    client = client_for(str(tmp_path / "r.db"))
    for path in ("/", "/paste", "/incident/abc", "/docs"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    for path in ("/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css",
                 "/vendor/markercluster/leaflet.markercluster.js", "/vendor/swagger-ui/swagger-ui-bundle.js",
                 "/static/map.js", "/static/app.css"):
        assert client.get(path).status_code == 200, path
    html = client.get("/").text
    assert "http://" not in html and "https://" not in html  # no CDN
    assert client.get("/openapi.json").json()["paths"]["/api/incidents"]


def test_extract_keeps_markup_as_text(tmp_path, client_for):
    """The API returns the hostile text verbatim as data (JSON); the page shows it with textContent."""
    body = client_for(str(tmp_path / "r.db")).post("/api/extract", json={"text": XSS_TEXT}).json()
    assert "".join(s["text"] for s in body["segments"]) == XSS_TEXT
