"""The `Gazetteer`: find places and bodies in text, look names up, and `load_gazetteer()`."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path

from .forms import Form, may_end_with_title, prefix_before, strip_forms, title_before
from .fuzzy import FuzzyIndex, capitalised_spans
from .loader import GazetteerData, load_data
from .matcher import Matcher, preference
from .model import Entry, Hit
from .normalize import fold, fold_with_offsets

# Kinds a misspelt capitalised word in running text may be read as (names of ≥ 5 letters).
FUZZY_TEXT_KINDS = frozenset({"province", "country", "foreign_region"})
# Shorter names are read through a typo only after a form word ("Provinsi Anhuui").
FUZZY_BARE_MIN_LENGTH = 8
# Kinds a head's title may choose for a misspelt name right after it ("Bupati Kepahing").
_HEADED_KINDS = frozenset({"regency", "city"})
_LOOKUP_STRIP = " .,;:()\"'"
_TEXT_FUZZY_MODES = frozenset({"fold", "cap"})


class Gazetteer:
    """Indonesian regions, countries, foreign regions and cities, ministries and bodies."""

    def __init__(self, data: GazetteerData) -> None:
        self.data = data
        self.matcher = Matcher(data)
        self._by_key = {entry.key: entry for entry in data.entries}
        self._number = {entry.key: n for n, entry in enumerate(data.entries)}

    def get(self, key: str) -> Entry | None:
        return self._by_key.get(key)

    def entries(self, kind: str | None = None) -> Iterable[Entry]:
        return [e for e in self.data.entries if kind is None or e.kind == kind]

    def find(self, text: str, *, fuzzy: bool = True) -> list[Hit]:
        """All non-overlapping longest mentions in `text`, left to right (see matcher.py for
        the matching rules), then (with `fuzzy`) misspelt capitalised names."""
        hits = self.matcher.find(text)
        if fuzzy:
            hits = self._longer_misspelt(text, hits)
            hits.extend(self._fuzzy_hits(text, hits))
        return sorted(hits, key=lambda h: h.start)

    def lookup(self, name: str, kind: str | None = None) -> Entry | None:
        """One name, possibly with a government form ("Pemprov Kaltim", "Anhui Province"),
        to its entry: exact alias or canonical name first, then a fuzzy match; None if unsure."""
        folded = fold(name).strip(_LOOKUP_STRIP)
        if not folded:
            return None
        readings: list[tuple[str, Form | None]] = [(folded, None), *strip_forms(folded)]
        for text, form in readings:
            entry = self._exact(text, form, kind)
            if entry is not None:
                return entry
        allowed = None if kind is None else {self._number[e.key] for e in self.entries(kind)}
        for text, _form in readings:
            found = self._lookup_fuzzy.match(text, allowed)
            if found is not None:
                return self.data.entries[found[0]]
        return None

    def _exact(self, text: str, form: Form | None, kind: str | None) -> Entry | None:
        numbers = [r.entry for r in self.data.alias_index.get(text, ()) if r.mode != "block"]
        numbers += self.data.name_index.get(text, [])
        found = [self.data.entries[n] for n in dict.fromkeys(numbers)]
        found = [e for e in found if kind is None or e.kind == kind]
        if not found:
            return None
        return min(found, key=lambda e: preference(e.kind, form))

    @cached_property
    def _lookup_fuzzy(self) -> FuzzyIndex:
        names = [
            (alias, ref.entry)
            for alias, refs in self.data.alias_index.items()
            for ref in refs
            if ref.mode != "block"
        ]
        names += [(name, n) for name, numbers in self.data.name_index.items() for n in numbers]
        return FuzzyIndex(names, reject_affixes=False)

    @cached_property
    def _text_fuzzy(self) -> FuzzyIndex:
        entries = self.data.entries
        return FuzzyIndex(
            (alias, ref.entry)
            for alias, refs in self.data.alias_index.items()
            for ref in refs
            if ref.mode in _TEXT_FUZZY_MODES and entries[ref.entry].kind in FUZZY_TEXT_KINDS
        )

    def _fuzzy_hits(self, text: str, hits: list[Hit]) -> list[Hit]:
        taken = [(h.start, h.end) for h in hits]
        found: list[Hit] = []
        folded_text, offsets = None, None
        covered = bytearray(len(text) + 1)  # characters inside a hit already found
        for t_start, t_end in taken:
            covered[t_start:t_end] = b"\x01" * (t_end - t_start)
        for start, end in capitalised_spans(text):
            if any(covered[start:end]):
                continue
            match = self._span_match(text[start:end])
            if match is None and (kinds := _headed_kinds(text, start)):
                match = self._headed_match(text[start:end], kinds)  # "Bupati Kepahing"
            if match is None:
                continue
            if folded_text is None:
                folded_text, offsets = fold_with_offsets(text)
            entry = self.data.entries[match[0]]
            hit_start, form = self._fuzzy_prefix(folded_text, offsets, start, entry)
            if form is None and len(match[1]) < FUZZY_BARE_MIN_LENGTH:
                continue  # "Xiang" is a name, not Xizang; "Provinsi Anhuui" is Anhui
            found.append(Hit(hit_start, end, text[hit_start:end], entry, form))
            covered[hit_start:end] = b"\x01" * (end - hit_start)
        return found

    def _longer_misspelt(self, text: str, hits: list[Hit]) -> list[Hit]:
        """A misspelt longer name that opens with a shorter known one ("Kuantan Sengingi":
        Kuantan Singingi, not the Malaysian city Kuantan): the longer name's entry, over the
        whole capitalised run, replaces the short exact hit."""
        starts = {h.start: h for h in hits}
        ordered = sorted(starts)
        replaced: dict[int, Hit] = {}
        for start, end in capitalised_spans(text):
            hit = starts.get(start)
            if hit is None or hit.end >= end or hit.form is not None:
                continue
            nxt = bisect_right(ordered, start)
            if nxt < len(ordered) and ordered[nxt] < end:
                continue  # another hit inside the run
            span = fold(text[start:end])
            if span in self.data.alias_index:
                continue  # a known name, rejected on purpose
            match = self._lookup_fuzzy.match(span)
            if match is None or not match[1].startswith(fold(hit.surface) + " "):
                continue
            entry = self.data.entries[match[0]]
            if entry.key != hit.entry.key:
                replaced[start] = Hit(start, end, text[start:end], entry, None)
        return [replaced.get(h.start, h) for h in hits] if replaced else hits

    def _headed_match(self, span: str, kinds: frozenset[str]) -> tuple[int, str] | None:
        """A misspelt regency or city right after its head's title: the title says which
        kind of name it is, so a shorter name may be read through its typo."""
        query = fold(span)
        if query in self.data.alias_index or len(query) < 5:
            return None
        allowed = {self._number[e.key] for kind in kinds for e in self._of_kind[kind]}
        return self._lookup_fuzzy.match(query, allowed)

    @cached_property
    def _of_kind(self) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = {}
        for e in self.data.entries:
            out.setdefault(e.kind, []).append(e)
        return out

    def _span_match(self, span: str) -> tuple[int, str] | None:
        """The misspelt name a capitalised span may be; cached, as the same words recur."""
        cache = self.__dict__.setdefault("_span_cache", {})
        if span not in cache:
            if len(cache) > 100_000:
                cache.clear()
            query = fold(span)
            # A known name that was rejected on purpose is no typo.
            known = query in self.data.alias_index
            cache[span] = None if known else self._text_fuzzy.match(query)
        return cache[span]

    @staticmethod
    def _fuzzy_prefix(
        folded: str, offsets: list[int], start: int, entry: Entry
    ) -> tuple[int, str | None]:
        fstart = bisect_left(offsets, start)  # offsets ascend: no scan of the text
        form = prefix_before(folded, fstart)
        if form is not None and entry.kind in form.kinds:
            return offsets[form.start], form.form
        return start, None


def _headed_kinds(text: str, start: int) -> frozenset[str]:
    """The regency or city kinds a head's title right before `start` chooses ("Bupati ",
    "Wali Kota "), read by the forms' own title patterns; empty where there is none."""
    window = text[max(0, start - 20) : start]
    if not window[-1:].isspace():
        return frozenset()
    if not may_end_with_title(window):
        return frozenset()  # the common case, told without folding the window
    folded = fold(window) + " "
    title = title_before(folded, len(folded))
    return _HEADED_KINDS.intersection(title.kinds) if title else frozenset()


@cache
def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """The gazetteer built from the package's data files, loaded once per process."""
    return Gazetteer(load_data(folder))
