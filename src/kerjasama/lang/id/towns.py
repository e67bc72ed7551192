"""Towns below the regency level: the districts (kecamatan) and urban villages (kelurahan) of
the Kemendagri data, by name, with the regencies and cities they lie in.

A page often names the town where an activity took place rather than its regency ("di Kayu
Aro", "WAINGAPU –"); this table says whether a name is such a town and where it lies. It is
place data only: no town is ever a party. Built by scripts/build_towns.py.

    >>> [t.codes for t in towns_named("Kayu Aro")]
    [('15.01',)]
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_KEY_DROP = re.compile(r"['’`.]")
_KEY_SPACE = re.compile(r"[\s-]+")


@dataclass(frozen=True, slots=True)
class Town:
    """A district (level 3) or urban village (level 4) name and the regencies/cities it lies
    in (Kemendagri "PP.RR" codes; one name can lie in several)."""

    name: str
    level: int
    codes: tuple[str, ...]


def town_key(name: str) -> str:
    """The lookup form of a name: lower case, no apostrophes or dots, hyphens as spaces."""
    return _KEY_SPACE.sub(" ", _KEY_DROP.sub("", name.lower())).strip()


@cache
def town_table() -> dict[str, tuple[Town, ...]]:
    """Every district and urban village, by folded name (loaded once)."""
    raw = resources.files("kerjasama.lang.id").joinpath("data/towns.tsv.gz").read_bytes()
    table: dict[str, list[Town]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, level, codes = line.split("\t")
        town = Town(name, int(level), tuple(codes.split("|")))
        table.setdefault(town_key(name), []).append(town)
    return {k: tuple(v) for k, v in table.items()}


def towns_named(name: str) -> tuple[Town, ...]:
    """Every district and urban village called `name` (any case, hyphens or spaces)."""
    return town_table().get(town_key(name), ())


def town_in(name: str, codes) -> Town | None:
    """The town called `name` that lies in one of the regencies or cities `codes` (a district
    before an urban village), or None."""
    for town in sorted(towns_named(name), key=lambda t: t.level):
        if any(c in codes for c in town.codes):
            return town
    return None
