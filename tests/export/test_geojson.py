"""GeoJSON: a valid FeatureCollection of points in [lon, lat] order, incidents without coordinates skipped."""

from __future__ import annotations

import io
import json

from rasd.export import export, write_geojson
from tests.export import CountingWriter, bare_incident, make_incident, streamed, wrote_between_draws


def collection(incidents) -> dict:
    buf = io.StringIO()
    write_geojson(incidents, buf)
    return json.loads(buf.getvalue())


def check_structure(doc: dict) -> None:
    """The parts of RFC 7946 these files use, checked the way a JSON schema would."""
    assert set(doc) == {"type", "features"} and doc["type"] == "FeatureCollection"
    assert isinstance(doc["features"], list)
    for f in doc["features"]:
        assert set(f) == {"type", "id", "geometry", "properties"} and f["type"] == "Feature"
        assert isinstance(f["id"], str)
        geometry = f["geometry"]
        assert set(geometry) == {"type", "coordinates"} and geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = f["properties"]
        assert isinstance(props, dict) and "reports" not in props
        assert all(not isinstance(v, dict) for v in props.values())  # flat
        assert isinstance(props["n_reports"], int)


def test_point_coordinates_are_lon_lat():
    doc = collection([make_incident(latitude=36.4833, longitude=40.7333)])
    check_structure(doc)
    assert doc["features"][0]["geometry"]["coordinates"] == [40.7333, 36.4833]


def test_properties_are_the_flat_incident_and_n_reports():
    inc = make_incident()
    [f] = collection([inc])["features"]
    expected = inc.to_dict(reports=False) | {"n_reports": 2}
    assert f["properties"] == expected
    assert f["id"] == inc.incident_id
    assert f["properties"]["event_date"] == "2022-01-20"
    assert f["properties"]["assoc_actor_2"] == ["Asayish", "Prisoners (Syria)"]


def test_incidents_without_coordinates_are_skipped():
    incidents = [make_incident(), bare_incident("0000000000000001"),
                 make_incident(incident_id="0000000000000002", latitude=None),
                 make_incident(incident_id="0000000000000003", longitude=float("nan"))]
    buf = io.StringIO()
    assert write_geojson(incidents, buf) == 1
    doc = json.loads(buf.getvalue())
    check_structure(doc)
    assert [f["id"] for f in doc["features"]] == ["3fa07c2b9d14e0a1"]


def test_empty_collection_is_valid():
    doc = collection([])
    check_structure(doc)
    assert doc["features"] == []


def test_arabic_is_written_as_utf8(tmp_path):
    path = tmp_path / "out.geojson"
    assert export([make_incident(location="سجن غويران")], "geojson", path) == 1
    raw = path.read_text(encoding="utf-8")
    assert "سجن غويران" in raw and "\\u" not in raw
    doc = json.loads(raw)
    check_structure(doc)
    assert doc["features"][0]["properties"]["location"] == "سجن غويران"
    assert doc["features"][0]["properties"]["sources"][0] == "الشرق الأوسط"


def test_streams_a_generator():
    out, seen = CountingWriter(), []
    assert write_geojson(streamed(10_000, out, seen), out) == 10_000
    assert wrote_between_draws(seen)
    doc = json.loads(out.getvalue())
    assert len(doc["features"]) == 10_000
    assert len({f["id"] for f in doc["features"]}) == 10_000
