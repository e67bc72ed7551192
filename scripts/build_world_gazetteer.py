"""Build the country and foreign-region tables of the gazetteer from pycountry and Babel.

Run once (or after upgrading pycountry/babel):

    .venv/bin/python scripts/build_world_gazetteer.py

It writes two generated tables under `src/kerjasama/gazetteer/data/`:
- `countries.tsv`: every ISO 3166-1 country with its Indonesian (Babel) and English names;
- `foreign_regions.tsv`: the first-level ISO 3166-2 subdivisions of the countries in
  `REGION_COUNTRIES`, with category suffixes stripped for aliases ("Anhui Sheng" -> "Anhui",
  "Gyeonggi-do" -> "Gyeonggi") and an Indonesian-style canonical name ("Provinsi Anhui").
Hand-written names and aliases live in `country_aliases.tsv` and `foreign_region_aliases.tsv`
and are merged at load time, so the run time needs neither pycountry nor Babel.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import babel
import pycountry

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "kerjasama" / "gazetteer" / "data"
COLUMNS = ["key", "kind", "name", "code", "country", "parent", "kemendagri", "members", "aliases"]

# Countries whose first-level subdivisions are listed: Indonesia's usual partners.
REGION_COUNTRIES = (
    *("AE", "AT", "AU", "BD", "BE", "BN", "BR", "CA", "CH", "CN", "DE", "ES", "FR", "GB", "IN"),
    *("IT", "JP", "KH", "KR", "LA", "MM", "MX", "MY", "NL", "NZ", "PG", "PH", "PK", "RU", "SA"),
    *("TH", "TL", "TR", "TW", "US", "VN", "ZA", "MA", "NP"),
)
# Subdivisions that are countries of their own in ISO 3166-1, or overseas territories.
SKIP_TYPES = {
    "Outlying area",
    "Dependency",
    "Overseas collectivity",
    "Overseas collectivity with special status",
    "Overseas departmental collectivity",
    "Overseas territory",
    "Overseas unique territorial collectivity",
}
SKIP_CODES = {"CN-HK", "CN-MO", "CN-TW", "NL-AW", "NL-CW", "NL-SX", "US-PR", "US-GU", "US-AS"}
# Category words that follow the proper name in ISO names.
SUFFIXES = (
    r" Sheng$| Shi$| (Huizu |Zhuangzu |Uygur )?Zizhiqu$| SAR$"
    r"|-(teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljasi|do)$"
    r"| oblysy$| Province$|^Wilayah Persekutuan "
)
# (country or "*", ISO type) -> canonical name pattern in Indonesian style.
CANONICAL = {
    ("*", "Province"): "Provinsi {}",
    ("*", "Special self-governing province"): "Provinsi {}",
    ("JP", "Prefecture"): "Prefektur {}",
    ("MY", "State"): "Negeri {}",
    ("*", "State"): "Negara Bagian {}",
    ("*", "Land"): "Negara Bagian {}",
    ("*", "Autonomous region"): "Daerah Otonom {}",
    ("*", "Emirate"): "Emirat {}",
    ("*", "Canton"): "Kanton {}",
    ("KR", "Metropolitan city"): "Kota Metropolitan {}",
    ("KR", "Special city"): "Kota Khusus {}",
    ("KR", "Special self-governing city"): "Kota Otonom Khusus {}",
    ("CN", "Municipality"): "Kota {}",
    ("MY", "Federal territory"): "Wilayah Persekutuan {}",
    ("VN", "Municipality"): "Kota {}",
}
# Countries whose canonical names keep their diacritics (Latin-script languages).
KEEP_ACCENTS = {"AT", "BE", "BR", "CH", "DE", "ES", "FR", "IT", "MX", "NL"}
# Words that make a region name too generic to match without "Provinsi"/"State" next to it.
GENERIC = {
    "capital",
    "central",
    "coast",
    "district",
    "east",
    "eastern",
    "free",
    "gulf",
    "islands",
    "national",
    "new",
    "north",
    "northern",
    "south",
    "southern",
    "state",
    "west",
    "western",
}


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean_name(name: str) -> tuple[str, list[str]]:
    """'Catalunya [Cataluña]' -> ('Catalunya', ['Cataluña']); 'Madrid, Comunidad de' ->
    ('Comunidad de Madrid', ['Madrid']); 'Davao (Region XI)' -> ('Davao', [])."""
    extra = [re.sub(r" [A-Z]{2}-\w+$", "", e) for e in re.findall(r"\[([^\]]+)\]", name)]
    name = re.sub(r"\s*\[[^\]]+\]|\s*\([^)]*\)", "", name).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}".strip(), [head, *extra]
    return name, extra


def bare_region_name(name: str) -> str:
    return re.sub(SUFFIXES, "", name).strip()


def mark(alias: str) -> str:
    """Prefix '!' (match only with a form word) to aliases that are generic or very short."""
    words = set(re.split(r"[\s-]+", alias.lower()))
    if words <= GENERIC or len(alias) <= 4:
        return "!" + alias
    return alias


def canonical_region(country: str, kind: str, bare: str) -> str:
    pattern = CANONICAL.get((country, kind)) or CANONICAL.get(("*", kind)) or "{}"
    if country not in KEEP_ACCENTS:
        bare = strip_accents(bare)
    return pattern.format(bare)


def region_rows() -> list[dict[str, str]]:
    rows = []
    for country in REGION_COUNTRIES:
        for sub in sorted(pycountry.subdivisions.get(country_code=country), key=lambda s: s.code):
            if sub.parent_code or sub.type in SKIP_TYPES or sub.code in SKIP_CODES:
                continue
            full, extra = clean_name(sub.name)
            bare = bare_region_name(full)
            aliases = [bare, full, *extra, strip_accents(bare)]
            rows.append(
                {
                    "key": f"region:{sub.code}",
                    "kind": "foreign_region",
                    "name": canonical_region(country, sub.type, bare),
                    "code": sub.code,
                    "country": country,
                    "parent": f"country:{country}",
                    "aliases": "|".join(dict.fromkeys(mark(a) for a in aliases)),
                }
            )
    return rows


def english_country_names(country: object) -> list[str]:
    names = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        value = re.sub(r"^the ", "", value)
        if ", " in value:  # "Korea, Republic of" -> "Republic of Korea"
            head, tail = value.split(", ", 1)
            value = f"{tail} {head}" if tail.endswith(" of") or tail.endswith(" the") else head
        names.append(value)
    return names


def country_rows() -> list[dict[str, str]]:
    indonesian = babel.Locale("id").territories
    english = babel.Locale("en").territories
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        babel_names = [n for n in (indonesian.get(code), english.get(code)) if n]
        aliases = []
        for name in [*babel_names, *english_country_names(country)]:
            if " - " in name or " DAK " in name or " SAR " in name:
                continue
            main, extra = clean_name(name)
            aliases += [main.replace(" & ", " and "), *extra]
        aliases = list(dict.fromkeys(aliases))
        rows.append(
            {
                "key": f"country:{code}",
                "kind": "country",
                "name": aliases[0] if aliases else country.name,
                "code": code,
                "country": code,
                "aliases": "|".join(aliases),
            }
        )
    return rows


def write(path: Path, header: str, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(header)
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n", restval="")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {path.relative_to(REPO)}")


def main() -> None:
    versions = f"pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}"
    versions += f", Babel {babel.__version__}"
    note = f"# Generated by scripts/build_world_gazetteer.py ({versions}). Do not edit by hand.\n"
    write(DATA / "countries.tsv", "# Countries (ISO 3166-1).\n" + note, country_rows())
    write(
        DATA / "foreign_regions.tsv",
        "# First-level subdivisions (ISO 3166-2) of selected countries.\n" + note,
        region_rows(),
    )


if __name__ == "__main__":
    main()
