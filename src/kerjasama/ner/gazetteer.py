"""Name lists matched on token sequences to give the CRF gazetteer features.

Three kinds of list: a place list built from the installed pycountry / babel data (countries
and their subdivisions, country names in Indonesian and English); a name list of Indonesian
regions at every level (province to village, from the shared Kemendagri data) and of the
places and bodies the extraction gazetteer knows; and lists of the entity strings annotated in
a corpus' training split. The last are built k-fold for training, so a training sentence never
sees its own entities in the list.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from kerjasama.ner.conlleval import chunks
from kerjasama.ner.corpus import Sentence, shared_root, write_gzip_lines
from kerjasama.ner.errors import CorpusFormatError, DataNotFoundError
from kerjasama.ner.tokenize import words

Entry = tuple[str, ...]


class Gazetteer:
    """Lower-cased token sequences mapped to labels, with longest-match lookup."""

    def __init__(self, entries: dict[Entry, tuple[str, ...]] | None = None) -> None:
        self.entries: dict[Entry, tuple[str, ...]] = dict(entries or {})
        self._max_len: dict[str, int] = {}
        for entry in self.entries:
            first = entry[0]
            self._max_len[first] = max(self._max_len.get(first, 0), len(entry))

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, lowered: Sequence[str]) -> list[list[str]]:
        """Return, per token, features such as `gB=PLACE` / `gI=PLACE` / `gE=PLACE` (match end)."""
        n = len(lowered)
        feats: list[list[str]] = [[] for _ in range(n)]
        i = 0
        while i < n:
            longest = self._max_len.get(lowered[i], 0)
            found = 0
            for length in range(min(longest, n - i), 0, -1):
                labels = self.entries.get(tuple(lowered[i : i + length]))
                if labels is not None:
                    found = length
                    for label in labels:
                        feats[i].append(f"gB={label}")
                        for j in range(i + 1, i + length):
                            feats[j].append(f"gI={label}")
                        feats[i + length - 1].append(f"gE={label}")
                    break
            i += found or 1
        return feats

    def save(self, path: Path) -> None:
        """Write `token token ...<TAB>label,label` lines, gzip'd, in a stable order."""
        write_gzip_lines(
            path,
            (
                " ".join(key) + "\t" + ",".join(self.entries[key]) + "\n"
                for key in sorted(self.entries)
            ),
        )

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Read a gazetteer written by `save`."""
        entries: dict[Entry, tuple[str, ...]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                key, _, labels = line.rstrip("\n").partition("\t")
                entries[tuple(key.split(" "))] = tuple(labels.split(","))
        return cls(entries)


def entity_gazetteer(sentences: Iterable[Sentence], min_share: float = 0.5) -> Gazetteer:
    """List the entity strings annotated in `sentences` with their majority label(s).

    A string is kept with a label when at least `min_share` of its annotations have it.
    """
    labels: dict[Entry, Counter[str]] = defaultdict(Counter)
    for sent in sentences:
        if sent.tags is None:
            continue
        lowered = [tok.lower() for tok in sent.tokens]
        for start, end, label in chunks(sent.tags):
            labels[tuple(lowered[start:end])][label] += 1
    entries: dict[Entry, tuple[str, ...]] = {}
    for key, counts in labels.items():
        total = sum(counts.values())
        kept = tuple(sorted(lab for lab, c in counts.items() if c / total >= min_share))
        if kept and any(ch.isalpha() for ch in "".join(key)):
            entries[key] = kept
    return Gazetteer(entries)


def kfold_gazetteers(sentences: Sequence[Sentence], folds: int) -> list[Gazetteer]:
    """For each sentence, a gazetteer of the entities of the *other* folds (jack-knifing)."""
    parts = [[s for i, s in enumerate(sentences) if i % folds == k] for k in range(folds)]
    per_fold = [
        entity_gazetteer(s for j, part in enumerate(parts) if j != k for s in part)
        for k in range(folds)
    ]
    return [per_fold[i % folds] for i in range(len(sentences))]


@cache
def place_gazetteer() -> Gazetteer:
    """Countries, subdivisions and territory names from pycountry and babel, labelled `XPLACE`."""
    import babel
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
    for sub in pycountry.subdivisions:
        names.add(sub.name)
    for code in ("id", "en"):
        names.update(babel.Locale(code).territories.values())
    entries: dict[Entry, tuple[str, ...]] = {}
    for name in names:
        key = tuple(tok.lower() for tok in words(name))
        if key and len(key) <= 6:
            entries[key] = ("XPLACE",)
    return Gazetteer(entries)


#: Kemendagri region levels (1 = province ... 4 = village) to gazetteer labels.
REGION_LABELS: dict[str, str] = {"1": "RPROV", "2": "RREG", "3": "RDIST", "4": "RVIL"}
#: Extraction-gazetteer entry kinds to gazetteer labels; other kinds are not listed.
KNOWN_LABELS: dict[str, str] = {
    "province": "KREGION",
    "regency": "KREGION",
    "city": "KREGION",
    "country": "KCOUNTRY",
    "foreign_region": "KPLACE",
    "foreign_city": "KPLACE",
    "ministry": "KORG",
    "agency": "KORG",
    "intl_org": "KORG",
    "association": "KORG",
    "university": "KORG",
    "company": "KORG",
}
_GOVERNMENT_FORM = re.compile(r"^(?:kabupaten|kab\.|kota|provinsi)\s+", re.IGNORECASE)
_MAX_NAME_TOKENS = 6


def regions_file(data: Path | str | None = None) -> Path:
    """The Kemendagri all-levels region table in the shared data."""
    path = (
        shared_root(data)
        / "data"
        / "regions"
        / "kemendagri_2025_cahyadsn"
        / "wilayah_all_levels.csv"
    )
    if not path.is_file():
        raise DataNotFoundError(f"region table not found: {path}")
    return path


def _add_name(entries: dict[Entry, set[str]], name: str, label: str) -> None:
    key = tuple(tok.lower() for tok in words(_GOVERNMENT_FORM.sub("", name.strip())))
    if key and len(key) <= _MAX_NAME_TOKENS:
        entries.setdefault(key, set()).add(label)


def name_gazetteer(data: Path | str | None = None) -> Gazetteer:
    """Indonesian region names at every level plus the extraction gazetteer's names.

    Regions come from the shared Kemendagri table (labels RPROV / RREG / RDIST / RVIL, the
    government form "Kabupaten" / "Kota" / "Provinsi" dropped); countries, foreign places and
    bodies with their aliases come from `kerjasama.gazetteer` (labels KCOUNTRY / KPLACE /
    KORG / KREGION).
    """
    from kerjasama.gazetteer import load_gazetteer

    entries: dict[Entry, set[str]] = {}
    path = regions_file(data)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = REGION_LABELS.get(row.get("level") or "")
            if label is None or not row.get("nama"):
                raise CorpusFormatError(f"{path}: unexpected region row {row}")
            _add_name(entries, row["nama"], label)
    for entry in load_gazetteer().entries():
        label = KNOWN_LABELS.get(entry.kind)
        if label is not None:
            for name in (entry.name, *entry.aliases):
                _add_name(entries, name, label)
    return Gazetteer({key: tuple(sorted(labels)) for key, labels in entries.items()})
