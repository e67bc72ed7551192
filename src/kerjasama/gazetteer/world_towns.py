"""Foreign towns of GeoNames (populated places of 15,000 people or more), by folded name.

The table (`data/world_towns.tsv.gz`, built by `scripts/build_world_towns.py`) is far larger
than the partner cities the gazetteer matches anywhere, and many of its names are words or
people's names too ("Kota" in India, "Male" in the Maldives); so it is only consulted for a
capitalised name in a text that names the town's country (see `extract/localities.py`).
"""

from __future__ import annotations

import csv
import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kerjasama.gazetteer.normalize import fold

TABLE = "world_towns.tsv.gz"


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    country: str  # ISO 3166-1 alpha-2
    population: int


@cache
def world_towns() -> dict[str, tuple[Town, ...]]:
    """Folded name or alias -> the towns of that name, the most populous first."""
    out: dict[str, list[Town]] = {}
    path = resources.files("kerjasama.gazetteer").joinpath("data", TABLE)
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            town = Town(row["name"], row["country"], int(row["population"]))
            names = {fold(n) for n in (row["name"], *row["aliases"].split("|")) if n}
            for name in names:  # once per folded name ("Díli" and "Dili" are one)
                out.setdefault(name, []).append(town)
    return {k: tuple(sorted(v, key=lambda t: -t.population)) for k, v in out.items()}


@cache
def first_words() -> frozenset[str]:
    """The folded first word of every name: a word no town's name opens with starts none."""
    return frozenset(name.split()[0] for name in world_towns())


def towns_named(name: str, countries: set[str]) -> Town | None:
    """The most populous town of that name in one of `countries`, if any."""
    for town in world_towns().get(fold(name), ()):
        if town.country in countries:
            return town
    return None
