"""ACLED CSV: ACLED's exact columns, a whole row, nulls, quoting and Arabic, and the derived columns."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from importlib.resources import files

import pytest

from rasd.export import ACLED_COLUMNS, acled_row, export, write_acled_csv
from rasd.export.acled import COUNTRIES, civilian_targeting, disorder_type, interaction
from tests.export import CountingWriter, bare_incident, make_incident, streamed, wrote_between_draws

# ACLED's export layout (since the March 2023 column changes), written out by hand on purpose.
ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def csv_text(incidents) -> str:
    buf = io.StringIO(newline="")
    write_acled_csv(incidents, buf)
    return buf.getvalue()


def test_columns_are_acleds_31_in_order():
    assert len(ACLED_COLUMNS) == 31
    assert ",".join(ACLED_COLUMNS) == ACLED_HEADER
    assert list(acled_row(make_incident())) == list(ACLED_COLUMNS)


def test_header_line_is_exact():
    text = csv_text([])
    assert text == ACLED_HEADER + "\r\n"


def test_whole_row():
    [row] = read_csv(csv_text([make_incident()]))
    assert row == {
        "event_id_cnty": "SYR3fa07c2b9d14e0a1",
        "event_date": "2022-01-20",
        "year": "2022",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Islamic State (Syria)",
        "assoc_actor_1": "",
        "inter1": "Rebel group",
        "actor2": "SDF: Syrian Democratic Forces",
        "assoc_actor_2": "Asayish; Prisoners (Syria)",
        "inter2": "Political militia",
        "interaction": "Rebel group-Political militia",
        "civilian_targeting": "",
        "iso": "760",
        "region": "Middle East",
        "country": "Syria",
        "admin1": "Al-Hasakeh",
        "admin2": "Al-Hasakeh",
        "admin3": "Al-Hasakeh",
        "location": "Al-Hasakeh - Ghwayran Prison",
        "latitude": "36.4833",
        "longitude": "40.7333",
        "geo_precision": "1",
        "source": "الشرق الأوسط; المرصد السوري لحقوق الإنسان; عنب بلدي; مصادر محلية",
        "source_scale": "",
        "notes": 'On 20 January 2022, IS fighters attacked Ghwayran prison, "freeing" inmates; 17 killed.',
        "fatalities": "17",
        "tags": "contested",
        "timestamp": "1642766400",
    }


def test_nulls_are_empty_cells():
    [row] = read_csv(csv_text([bare_incident("00000000000000ff")]))
    for column in ("event_date", "year", "actor1", "assoc_actor_1", "inter1", "actor2", "inter2", "interaction",
                   "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
                   "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "tags"):
        assert row[column] == "", column
    assert row["event_id_cnty"] == "XXX00000000000000ff"  # no country known
    assert row["fatalities"] == "0"
    assert row["disorder_type"] == "Strategic developments"


def test_quoting_is_rfc4180():
    notes = 'He said "no", then left,\nand a second line'
    text = csv_text([make_incident(notes=notes)])
    assert '"He said ""no"", then left,\nand a second line"' in text
    assert text.endswith("\r\n") and text.count("\r\n") == 2
    assert read_csv(text)[0]["notes"] == notes


def test_arabic_survives_a_file_round_trip(tmp_path):
    inc = make_incident(location="سجن غويران", notes="هجوم على سجن غويران، وفرار سجناء")
    path = tmp_path / "out.csv"
    assert export([inc], "acled-csv", path) == 1
    raw = path.read_bytes()
    assert "سجن غويران".encode() in raw and not raw.startswith(b"\xef\xbb\xbf")  # UTF-8, no BOM
    with open(path, encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["location"] == "سجن غويران"
    assert row["notes"] == "هجوم على سجن غويران، وفرار سجناء"
    assert row["source"].split("; ") == list(inc.sources)


def test_timestamp_reads_naive_datetimes_as_utc():
    aware = acled_row(make_incident())["timestamp"]
    naive = acled_row(make_incident(updated=datetime(2022, 1, 21, 12, 0)))["timestamp"]
    assert aware == naive == 1642766400


@pytest.mark.parametrize(("status", "tags"), [("reported", ""), ("contested", "contested"), ("denied", "denied")])
def test_tags_carry_a_disputed_status(status, tags):
    assert acled_row(make_incident(status=status))["tags"] == tags


@pytest.mark.parametrize(("event_type", "sub_event_type", "expected"), [
    ("Battles", "Armed clash", "Political violence"),
    ("Battles", "Government regains territory", "Political violence"),
    ("Battles", "Non-state actor overtakes territory", "Political violence"),
    ("Explosions/Remote violence", "Chemical weapon", "Political violence"),
    ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    ("Explosions/Remote violence", "Suicide bomb", "Political violence"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence"),
    ("Explosions/Remote violence", "Grenade", "Political violence"),
    ("Violence against civilians", "Sexual violence", "Political violence"),
    ("Violence against civilians", "Attack", "Political violence"),
    ("Violence against civilians", "Abduction/forced disappearance", "Political violence"),
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Protest with intervention", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Riots", "Mob violence", "Political violence; Demonstrations"),
    ("Strategic developments", "Agreement", "Strategic developments"),
    ("Strategic developments", "Arrests", "Strategic developments"),
    ("Strategic developments", "Change to group/activity", "Strategic developments"),
    ("Strategic developments", "Disrupted weapons use", "Strategic developments"),
    ("Strategic developments", "Headquarters or base established", "Strategic developments"),
    ("Strategic developments", "Looting/property destruction", "Strategic developments"),
    ("Strategic developments", "Non-violent transfer of territory", "Strategic developments"),
    ("Strategic developments", "Other", "Strategic developments"),
    ("Something else", "Other", None),
])
def test_disorder_type(event_type, sub_event_type, expected):
    assert disorder_type(event_type, sub_event_type) == expected


@pytest.mark.parametrize(("inter1", "inter2", "expected"), [
    ("State forces", "Rebel group", "State forces-Rebel group"),
    ("Rebel group", "State forces", "State forces-Rebel group"),  # smaller code first, whatever the order
    ("Civilians", "Political militia", "Political militia-Civilians"),
    ("External/Other", "Civilians", "Civilians-External/Other forces"),
    ("External/Other forces", "State forces", "State forces-External/Other forces"),
    ("Rioters", "Rioters", "Rioters-Rioters"),
    ("Protesters", None, "Protesters only"),
    (None, "Identity militia", "Identity militia only"),
    ("External/Other", None, "External/Other forces only"),
    ("state forces", "identity militia", "State forces-Identity militia"),
    (None, None, None),
])
def test_interaction(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


def test_inter_columns_use_acleds_spelling():
    row = acled_row(make_incident(inter1="External/Other", inter2="Civilians"))
    assert (row["inter1"], row["inter2"]) == ("External/Other forces", "Civilians")


@pytest.mark.parametrize(("event_type", "sub_event_type", "inter1", "inter2", "expected"), [
    ("Violence against civilians", "Attack", "Rebel group", "Civilians", "Civilian targeting"),
    ("Violence against civilians", "Abduction/forced disappearance", "Political militia", None, "Civilian targeting"),
    ("Explosions/Remote violence", "Air/drone strike", "External/Other", "Civilians", "Civilian targeting"),
    ("Explosions/Remote violence", "Air/drone strike", "State forces", "Rebel group", ""),
    ("Riots", "Mob violence", "Rioters", "Civilians", "Civilian targeting"),
    ("Riots", "Violent demonstration", "Rioters", "Civilians", ""),
    ("Protests", "Peaceful protest", "Protesters", None, ""),
    ("Strategic developments", "Arrests", "State forces", "Civilians", ""),
    ("Battles", "Armed clash", "Civilians", "Rebel group", "Civilian targeting"),
])
def test_civilian_targeting(event_type, sub_event_type, inter1, inter2, expected):
    assert civilian_targeting(event_type, sub_event_type, inter1, inter2) == expected


@pytest.mark.parametrize(("iso", "prefix", "region"), [
    (760, "SYR", "Middle East"),
    (368, "IRQ", "Middle East"),
    (887, "YEM", "Middle East"),
    (792, "TUR", "Middle East"),
    (818, "EGY", "Northern Africa"),
    (729, "SDN", "Northern Africa"),
    (434, "LBY", "Northern Africa"),
    (706, "SOM", "Eastern Africa"),
    (728, "SSD", "Eastern Africa"),
    (148, "TCD", "Middle Africa"),
    (478, "MRT", "Western Africa"),
    (999, "XXX", ""),  # not a country the gazetteer knows
])
def test_region_and_id_prefix(iso, prefix, region):
    row = acled_row(make_incident(iso=iso))
    assert row["region"] == region
    assert row["event_id_cnty"] == prefix + "3fa07c2b9d14e0a1"


def test_every_gazetteer_country_has_a_region():
    text = files("rasd.resources").joinpath("gazetteer/countries.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    numeric = {int(r[header.index("iso_numeric")]) for r in body}
    assert numeric == set(COUNTRIES)
    assert all(len(alpha3) == 3 and alpha3.isupper() for alpha3, _ in COUNTRIES.values())


def test_streams_a_generator():
    out, seen = CountingWriter(), []
    assert write_acled_csv(streamed(10_000, out, seen), out) == 10_000
    assert len(seen) == 10_000
    assert wrote_between_draws(seen)
    assert out.getvalue().count("\r\n") == 10_001
