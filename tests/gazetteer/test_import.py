"""Importing GeoNames' own dump formats into the user-level index."""

from __future__ import annotations

import argparse
import gzip
import zipfile
from pathlib import Path

import pytest

from rasd.errors import RasdError, ResourceError
from rasd.gazetteer import load_gazetteer
from rasd.gazetteer.commands import add_gazetteer_parser, run_gazetteer, run_import, run_lookup
from rasd.gazetteer.geonames_import import geonames_feature, import_geonames
from rasd.gazetteer.names import drop_bare_doubles
from rasd.text.normalize import normalize_word


def dump_line(gid: int, name: str, alternates: str, lat: float, lon: float, fclass: str, fcode: str,
              country: str, admin1: str, population: int = 0) -> str:
    """One line in GeoNames' 19-column dump format."""
    cells = [str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, country, "", admin1,
             "", "", "", str(population), "", "300", "Asia/Damascus", "2024-05-01"]
    assert len(cells) == 19
    return "\t".join(cells) + "\n"


def alternate_line(alt_id: int, gid: int, language: str, name: str, preferred: bool = False,
                   historic: bool = False) -> str:
    """One line of alternateNamesV2.txt (10 columns)."""
    cells = [str(alt_id), str(gid), language, name, "1" if preferred else "", "", "", "1" if historic else "",
             "", ""]
    return "\t".join(cells) + "\n"


# A made-up village near Ar-Raqqa, a made-up prison and camp, an unnamed farm, a Jordanian village,
# a school (not kept), and Ar-Raqqa city itself (replacing the packaged row).
DUMP = (
    dump_line(99900001, "Tall al Khayal", "Tal al-Khayal,Tall al Khayal,تل الخيال,تل الخيال الغربي,تل خيال",
              35.91, 38.95, "P", "PPL", "SY", "04", 0)
    + dump_line(99900002, "Sijn al Khayal", "سجن الخيال", 35.92, 38.96, "S", "PRN", "SY", "04")
    + dump_line(99900003, "Mukhayyam al Khayal", "مخيم الخيال", 35.93, 38.97, "S", "CMPRF", "SY", "04")
    + dump_line(99900004, "Mazra‘at Bila Ism", "Mazraat Bila Ism", 35.94, 38.98, "P", "PPL", "SY", "04")
    + dump_line(99900005, "Qaryat al Urdun", "قرية الأردن التجريبية", 31.9, 35.9, "P", "PPL", "JO", "16")
    + dump_line(99900006, "Madrasat al Khayal", "مدرسة الخيال", 35.91, 38.95, "S", "SCH", "SY", "04")
    + dump_line(99900007, "Khirbat al Khayal", "خربة الخيال", 35.95, 38.99, "P", "PPLH", "SY", "04")
    + dump_line(172955, "Ar Raqqah", "Raqqa,الرقة,رقة", 35.95283, 39.00788, "P", "PPLA", "SY", "04", 531952)
)
ALTERNATES = (
    alternate_line(1, 99900001, "en", "Tall al Khayal")
    + alternate_line(2, 99900001, "ar", "تل خيال")
    + alternate_line(3, 99900001, "ar", "تل الخيال", preferred=True)
    + alternate_line(4, 99900001, "ar", "تل الخيال القديم", historic=True)
    + alternate_line(5, 99900001, "fa", "تل الخيال الغربي")
    + alternate_line(6, 99900004, "ar", "مزرعة بلا اسم")
    + alternate_line(7, 99900002, "link", "https://ar.wikipedia.org/wiki/سجن")
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    dump = tmp_path / "SY.txt"
    dump.write_text(DUMP, encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text(ALTERNATES, encoding="utf-8")
    return dump, alternates


def read_rows(path: Path) -> dict[str, list[str]]:
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    assert lines[0].startswith("# source: GeoNames dump") and lines[1].startswith("# licence: CC BY 4.0")
    return {r.split("\t")[0]: r.split("\t") for r in lines[3:]}


def test_import_without_alternate_names(files: tuple[Path, Path], tmp_path: Path) -> None:
    dump, _ = files
    out = tmp_path / "user"
    summary = import_geonames(dump, None, countries={"SY"}, out_dir=out)
    assert summary.output == out / "geonames-SY.tsv.gz" and summary.description.is_file()
    rows = read_rows(summary.output)
    assert sorted(rows) == ["172955", "99900001", "99900002", "99900003"]
    village = rows["99900001"]
    assert village[2] == "تل الخيال|تل الخيال الغربي|تل خيال"
    assert village[3:9] == ["village", "35.91", "38.95", "SY", "04", "0"]
    assert (rows["99900002"][3], rows["99900003"][3], rows["172955"][3]) == ("prison", "camp", "city")
    assert summary.records == 8 and summary.places == 4 and summary.without_arabic == 1
    assert summary.by_country == {"SY": 4} and summary.by_feature["prison"] == 1
    assert "wrote 4 places" in str(summary)


def test_import_with_alternate_names(files: tuple[Path, Path], tmp_path: Path) -> None:
    dump, alternates = files
    summary = import_geonames(dump, alternates, countries={"sy", "JO"}, out_dir=tmp_path / "user")
    rows = read_rows(summary.output)
    # the preferred Arabic name first; the historical and the Persian-tagged names left out
    assert rows["99900001"][2] == "تل الخيال|تل خيال"
    assert rows["99900004"][2] == "مزرعة بلا اسم"  # named only in the alternate-names file
    assert rows["99900002"][2] == "سجن الخيال"  # untagged names of the dump are kept
    assert "99900005" in rows and rows["99900005"][6] == "JO"
    assert "99900006" not in rows and "99900007" not in rows


def test_import_reads_zip_files(files: tuple[Path, Path], tmp_path: Path) -> None:
    dump, alternates = files
    with zipfile.ZipFile(tmp_path / "SY.zip", "w") as z:
        z.writestr("readme.txt", "GeoNames readme")
        z.write(dump, "SY.txt")
    with zipfile.ZipFile(tmp_path / "alternateNamesV2.zip", "w") as z:
        z.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n")
        z.write(alternates, "alternateNamesV2.txt")
    plain = import_geonames(dump, alternates, countries={"SY"}, out_dir=tmp_path / "a")
    zipped = import_geonames(tmp_path / "SY.zip", tmp_path / "alternateNamesV2.zip", countries={"SY"},
                             out_dir=tmp_path / "b")
    assert read_rows(plain.output) == read_rows(zipped.output)
    assert zipped.output.name == "geonames-SY.tsv.gz"


def test_default_countries_and_other_countries(files: tuple[Path, Path], tmp_path: Path) -> None:
    dump, _ = files
    everything = import_geonames(dump, None, countries=None, out_dir=tmp_path / "all")
    assert everything.by_country == {"SY": 4, "JO": 1}
    nothing = import_geonames(dump, None, countries={"FR"}, out_dir=tmp_path / "fr")
    assert nothing.places == 0 and read_rows(nothing.output) == {}


def test_imported_places_merge_over_the_packaged_index(files: tuple[Path, Path], tmp_path: Path) -> None:
    dump, alternates = files
    user = tmp_path / "user"
    import_geonames(dump, alternates, countries={"SY"}, out_dir=user)
    gaz = load_gazetteer(user)
    village = gaz.candidates(normalize_word("تل الخيال"))
    assert [p.id for p in village] == ["geonames:99900001"]
    place = village[0]
    assert (place.name_ar, place.feature, place.country) == ("تل الخيال", "village", "SY")
    assert place.admin1 == "Ar-Raqqa"
    assert place.admin2 == "Ar-Raqqa"  # the nearest district seat in the governorate
    assert place.latitude == pytest.approx(35.91) and place.longitude == pytest.approx(38.95)
    prison = gaz.lookup("سجن الخيال")[0]
    assert (prison.id, prison.feature) == ("geonames:99900002", "prison")
    raqqa = gaz.get("geonames:172955")
    assert raqqa is not None and gaz.names(raqqa.id) == ("الرقة",)  # the imported row replaced it (رقة, "thin", dropped)
    assert load_gazetteer(tmp_path / "elsewhere").get("geonames:99900001") is None


@pytest.mark.parametrize(
    ("fclass", "fcode", "population", "feature"),
    [
        ("P", "PPL", 0, "village"),
        ("P", "PPL", 25_000, "town"),
        ("P", "PPL", 250_000, "city"),
        ("P", "PPLA", 0, "city"),
        ("P", "PPLC", 0, "city"),
        ("P", "PPLA2", 500, "town"),
        ("P", "PPLX", 40_000, "neighbourhood"),
        ("P", "PPLH", 0, None),
        ("S", "PRN", 0, "prison"),
        ("S", "CMPRF", 0, "camp"),
        ("S", "MILB", 0, "base"),
        ("S", "AIRB", 0, "base"),
        ("S", "AIRP", 0, "airport"),
        ("S", "PSTB", 0, "crossing"),
        ("S", "DAM", 0, "dam"),
        ("S", "BDG", 0, "bridge"),
        ("S", "SCH", 0, None),
        ("S", "MSQE", 0, None),
        ("L", "OILF", 0, "field"),
        ("T", "MT", 0, "landmark"),
        ("T", "MTS", 0, "region"),
        ("A", "ADM3", 0, "admin3"),
        ("A", "ADM1", 0, None),
        ("H", "WLL", 0, None),
    ],
)
def test_geonames_feature(fclass: str, fcode: str, population: int, feature: str | None) -> None:
    assert geonames_feature(fclass, fcode, population) == feature


def test_malformed_files_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("just\tthree\tcolumns\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        import_geonames(bad, None, countries={"SY"}, out_dir=tmp_path / "out")
    good = tmp_path / "SY.txt"
    good.write_text(DUMP, encoding="utf-8")
    with pytest.raises(ResourceError):
        import_geonames(good, bad, countries={"SY"}, out_dir=tmp_path / "out")


def test_commands(files: tuple[Path, Path], tmp_path: Path) -> None:
    dump, alternates = files
    parser = argparse.ArgumentParser(prog="rasd")
    add_gazetteer_parser(parser.add_subparsers(dest="command"))
    user = tmp_path / "user"
    args = parser.parse_args(["gazetteer", "import", str(dump), "--alternate-names", str(alternates),
                              "--countries", "SY", "--user-dir", str(user)])
    text = run_gazetteer(args)
    assert isinstance(text, str) and "wrote 5 places" in text and (user / "geonames-SY.tsv.gz").is_file()
    found = run_lookup(parser.parse_args(["gazetteer", "lookup", "تل الخيال", "--user-dir", str(user)]))
    assert found[0]["id"] == "geonames:99900001" and found[0]["admin1"] == "Ar-Raqqa"
    assert found[0]["names_ar"] == ["تل الخيال", "تل خيال"]
    packaged = run_lookup(argparse.Namespace(name="Aleppo", user_dir=str(tmp_path / "none"), limit=3))
    assert 0 < len(packaged) <= 3 and "geonames:170063" in {p["id"] for p in packaged}
    with pytest.raises(RasdError):
        run_import(argparse.Namespace(dump=str(tmp_path / "missing.txt"), alternate_names=None,
                                      countries=None, user_dir=str(user)))
    with pytest.raises(RasdError):
        run_import(argparse.Namespace(dump=str(dump), alternate_names=None, countries="SYR",
                                      user_dir=str(user)))


def test_bare_doubles_of_names_with_the_article_are_dropped() -> None:
    # GeoNames lists زرقاء ("blue") beside الزرقاء and خبر ("news") beside الخبر; Arabic writes such names
    # with the article, so the bare forms are only common words. A name without the article stays.
    assert drop_bare_doubles(["الزرقاء", "زرقاء"]) == ["الزرقاء"]
    assert drop_bare_doubles(["الخبر", "خبر", "مدينة الخبر"]) == ["الخبر", "مدينة الخبر"]
    assert drop_bare_doubles(["حلب", "تل الخيال", "تل خيال"]) == ["حلب", "تل الخيال", "تل خيال"]
    assert drop_bare_doubles(["الأهواز", "اهواز"]) == ["الأهواز"]  # compared after normalization
    assert drop_bare_doubles(["الصور", "صور"], keep=["صور"]) == ["الصور", "صور"]  # Tyre is صور
