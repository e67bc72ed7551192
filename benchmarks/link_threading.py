"""Benchmark: thread 100,000 synthetic article records into partnerships on one core.

    .venv/bin/python benchmarks/link_threading.py [--records 100000] [--partnerships 3000]

The records mimic real output: a few thousand partnerships of Indonesian provinces, regencies
and cities with foreign regions and other bodies; parties written as "Pemprov X", "Provinsi
X", "X" or an English form, with or without a code, sometimes with a typo; people with titles
and degrees, some mentioned by surname only; dates spread over ten years with several outlets
reporting the same event. Prints the seconds `build_links` takes and what it found.
"""

from __future__ import annotations

import argparse
import os
import random
import time

from rapidfuzz import process

from kerjasama import record
from kerjasama.link import LinkSettings, build_links

SYLLABLES = (
    "ka li man tan su ma te ra ja wa ba sa ri to mo ne go ro ya lu pa de si an hu".split()  # noqa: SIM905
)
COMPASS = ["Timur", "Barat", "Utara", "Selatan", "Tengah", ""]
COUNTRIES = ["CN", "JP", "KR", "DE", "AU", "TR", "MX", "FR", "NL", "US", "MY", "SG", "TH", "VN"]
STEPS = [
    ("explore", "none"),
    ("negotiate", "loi"),
    ("sign", "loi"),
    ("negotiate", "mou"),
    ("sign", "mou"),
    ("sign", "agreement"),
    ("implement", "agreement"),
    ("review", "mou"),
]
ROLES = ["Gubernur", "Pj Gubernur", "Wagub", "Sekda", "Kadis Pariwisata", "Bupati", "Wali Kota"]
OUTLETS = ["ANTARA", "Kaltim Post", "Tribun", "Kompas", "Detik", "Diskominfo"]
SECTORS = list(record.SECTORS)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _bodies(rng: random.Random) -> tuple[list[dict], list[dict]]:
    """Indonesian regions (provinces, regencies, cities) and foreign partners.

    Names are kept apart as real ones are: no two are closer than a typo.
    """
    seen: list[str] = []

    def fresh(parts: int) -> str:
        while process.extractOne(name := _word(rng, parts), seen, score_cutoff=75):
            pass
        seen.append(name)
        return name

    home = []
    for i in range(38):
        base = f"{fresh(3)} {COMPASS[i % len(COMPASS)]}".strip()
        home.append({"name": base, "kind": "province", "code": f"ID-{i:02d}", "forms": "Provinsi"})
    for i in range(500):
        kind = "regency" if i % 4 else "city"
        home.append(
            {
                "name": fresh(3),
                "kind": kind,
                "code": f"{10 + i // 99}.{i % 99:02d}",
                "forms": "Kabupaten" if kind == "regency" else "Kota",
            }
        )
    foreign = []
    for i in range(900):
        country = COUNTRIES[i % len(COUNTRIES)]
        foreign.append(
            {
                "name": fresh(3),
                "kind": "foreign_region" if i % 3 else "foreign_city",
                "code": f"{country}-{i:03d}" if i % 3 else None,
                "country": country,
                "forms": "Province",
            }
        )
    return home, foreign


def _mention(rng: random.Random, body: dict) -> record.Party:
    """One way an article writes a body: a form word or not, a code or not, now and then a typo."""
    name = body["name"]
    roll = rng.random()
    if roll < 0.3:
        name = f"{'Pemerintah ' if roll < 0.1 else ''}{body['forms']} {name}"
    elif roll < 0.35 and body["kind"] != "province":
        name = f"{name} {body['forms']}"
    elif roll < 0.4 and len(name) > 6:
        cut = rng.randrange(2, len(name) - 1)
        name = name[:cut] + name[cut - 1] + name[cut:]
    code = body["code"] if rng.random() < 0.6 else None
    country = body.get("country", "ID") if rng.random() < 0.8 else None
    return record.Party(name=name, code=code, kind=body["kind"], country=country)


def _people(rng: random.Random, bodies: list[dict]) -> dict[str, list[tuple[str, str]]]:
    return {
        b["name"]: [(f"{_word(rng, 2)} {_word(rng, 3)}", rng.choice(ROLES)) for _ in range(4)]
        for b in bodies
    }


def generate(records: int, partnerships: int, seed: int = 7) -> list[record.Article]:
    rng = random.Random(seed)
    home, foreign = _bodies(rng)
    staff = _people(rng, home + foreign)
    pairs = set()
    while len(pairs) < partnerships:
        a = rng.choice(home)
        b = rng.choice(foreign) if rng.random() < 0.7 else rng.choice(home)
        if a is not b:
            pairs.add((a["name"], b["name"]))
    by_name = {b["name"]: b for b in home + foreign}
    pair_list = sorted(pairs)
    weights = [1 / (i + 1) ** 0.6 for i in range(len(pair_list))]
    chosen = rng.choices(pair_list, weights=weights, k=records)
    articles = []
    for n, (a, b) in enumerate(chosen):
        left, right = by_name[a], by_name[b]
        action, instrument = rng.choice(STEPS)
        day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        people = []
        for body in (left, right):
            for person, role in rng.sample(staff[body["name"]], rng.randint(0, 2)):
                shown = person.split()[-1] if rng.random() < 0.1 else f"Dr. {person}, M.Si"
                people.append(
                    record.Person(name=shown, role=role, org=body["name"], org_code=body["code"])
                )
        coop = record.Cooperation(
            parties=[_mention(rng, left), _mention(rng, right)],
            scope="foreign" if "country" in right else "domestic",
            instrument=instrument,
            action=action,
            sectors=rng.sample(SECTORS, rng.randint(1, 3)),
            date=day if rng.random() < 0.8 else None,
            place=rng.choice([None, "Jakarta", "Samarinda", right["name"]]),
            confidence=0.9,
        )
        articles.append(
            record.Article(
                id=f"b{n:06d}",
                source=record.Source(
                    url=f"https://news.example/b{n}", outlet=rng.choice(OUTLETS), published=day
                ),
                title=f"Kerja sama {a} dan {b}",
                text="Isi berita.",
                is_cooperation=True,
                people=people,
                cooperations=[coop],
            )
        )
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--partnerships", type=int, default=3_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    started = time.perf_counter()
    articles = generate(args.records, args.partnerships)
    print(f"generated {len(articles):,} records in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    result = build_links(articles, settings=LinkSettings())
    seconds = time.perf_counter() - started
    events = sum(len(p.events) for p in result.partnerships)
    print(
        f"threaded {len(articles):,} records in {seconds:.1f} s on one core: "
        f"{len(result.partnerships):,} partnerships (of {args.partnerships:,} generated), "
        f"{events:,} events, {len(result.people):,} people, {len(result.entities):,} entities"
    )


if __name__ == "__main__":
    main()
