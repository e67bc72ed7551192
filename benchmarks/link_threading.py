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
from collections import defaultdict
from datetime import date, timedelta

from rapidfuzz import fuzz, process

from kerjasama import record
from kerjasama.link import LinkResult, LinkSettings, build_links

SYLLABLES = [c + v for c in "bdghjklmnprstwy" for v in "aeiou"] + ["an", "tan", "man", "hu"]
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
        while process.extractOne(
            name := _word(rng, parts), seen, scorer=fuzz.ratio, score_cutoff=75
        ):
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


def _step(rng: random.Random, last: dict, pair: tuple[str, str]) -> tuple[str, str, date]:
    """A new step of a partnership, or (two times in five) one more outlet's report of its
    latest step, published up to two days later."""
    if pair in last and rng.random() < 0.4:
        action, instrument, day = last[pair]
        return action, instrument, day + timedelta(days=rng.randint(0, 2))
    action, instrument = rng.choice(STEPS)
    day = date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
    last[pair] = (action, instrument, day)
    return action, instrument, day


def _article(
    rng: random.Random, n: int, left: dict, right: dict, staff: dict, step: tuple[str, str, date]
) -> record.Article:
    action, instrument, day = step
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
        date=day.isoformat() if rng.random() < 0.8 else None,
        place=rng.choice([None, "Jakarta", "Samarinda", right["name"]]),
        confidence=0.9,
    )
    source = record.Source(
        url=f"https://news.example/b{n}", outlet=rng.choice(OUTLETS), published=day.isoformat()
    )
    return record.Article(
        id=f"b{n:06d}",
        source=source,
        title=f"Kerja sama {left['name']} dan {right['name']}",
        text="Isi berita.",
        is_cooperation=True,
        people=people,
        cooperations=[coop],
    )


def generate(
    records: int, partnerships: int, seed: int = 7
) -> tuple[list[record.Article], dict[str, tuple[str, str]]]:
    """The articles, and the true partnership (a pair of body names) of each."""
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
    articles, truth, last = [], {}, {}
    for n, pair in enumerate(rng.choices(pair_list, weights=weights, k=records)):
        step = _step(rng, last, pair)
        articles.append(_article(rng, n, by_name[pair[0]], by_name[pair[1]], staff, step))
        truth[articles[-1].id] = pair
    return articles, truth


def partnership_f1(result: LinkResult, truth: dict[str, tuple[str, str]]) -> float:
    """F1 of partnerships found against the true ones: a found partnership counts when it holds
    exactly the articles of one true partnership (a split or a merge counts against both)."""
    found: dict[str, set[str]] = defaultdict(set)
    for partnership in result.partnerships:
        for event in partnership.events:
            found[partnership.id].update(a.id for a in event.articles)
    true: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article, pair in truth.items():
        true[pair].add(article)
    true_sets = {frozenset(v) for v in true.values()}
    exact = sum(1 for articles in found.values() if frozenset(articles) in true_sets)
    precision, recall = exact / max(len(found), 1), exact / max(len(true), 1)
    return 2 * precision * recall / (precision + recall) if exact else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--partnerships", type=int, default=3_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the target says
    started = time.perf_counter()
    articles, truth = generate(args.records, args.partnerships)
    print(f"generated {len(articles):,} records in {time.perf_counter() - started:.1f} s")
    wall, cpu = time.perf_counter(), time.process_time()
    result = build_links(articles, settings=LinkSettings())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    events = sum(len(p.events) for p in result.partnerships)
    print(
        f"threaded {len(articles):,} records in {wall:.1f} s ({cpu:.1f} s CPU) on one core: "
        f"{len(result.partnerships):,} partnerships (of {args.partnerships:,} generated), "
        f"{events:,} events, {len(result.people):,} people, {len(result.entities):,} entities"
    )
    print(f"partnership F1 against the generated truth: {partnership_f1(result, truth):.4f}")


if __name__ == "__main__":
    main()
