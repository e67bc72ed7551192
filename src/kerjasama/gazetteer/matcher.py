"""Exact multi-pattern matching of gazetteer aliases in text (Aho-Corasick on folded text).

The rules, in the order they apply:
- Every alias is searched at once in the folded text (lower case, no accents, hyphens and runs
  of whitespace as one space), on word boundaries of the original text; a change from lower to
  upper case is a boundary too, so glued articles ("Pemprov KaltimBALIKPAPAN") split.
- How an alias must be written depends on its mode (see `AliasRef`): names of 4+ letters match
  in any case; acronyms and short forms ("DIY", "NTB", "Kaltim") as written or in capitals;
  foreign names capitalised; aliases that are also common words ("Batu", "Malang", "Medan")
  capitalised and not as a sentence-initial word followed by a lower-case one ("Batu bara...")
  unless a government form precedes them; some ("Kota Baru", "Mie", "Victoria" the city) only
  next to a government form.
- A government form right before ("Pemprov", "Pemerintah Kota", "Kabupaten", "Provinsi (Pemprov)",
  "Prefektur", "negara bagian") or after ("Province", "City", "Regency", "Prefecture") the name
  becomes part of the hit and chooses the entry it names: "Kabupaten Bandung" the regency,
  "Kota Bandung" the city, "Provinsi Anhui" the province. A head-of-region title right before
  ("Bupati", "Wali Kota", "Gubernur") chooses the same way but is not part of the hit.
- With no form, a bare name shared by several entries goes by `KIND_PRIORITY`: the province
  before the city of the same name ("Bengkulu", "Gorontalo", "Jambi"), the city before the
  regency ("Bandung", "Bogor", "Malang"), Indonesian regions before countries before foreign
  cities before foreign regions ("Osaka" the city; "Prefektur Osaka" the prefecture).
- A word right before a name can rule kinds out (guards.tsv "veto": "bahasa Inggris",
  "Selat Malaka", "Dinas ESDM"), and blocking phrases ("Labuan Bajo", "Metro TV") hide the
  places inside them.
- Overlapping candidates: the leftmost wins, then the longest ("Papua Barat Daya" over "Papua").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

import ahocorasick

from .forms import Form, prefix_before, suffix_after, title_before
from .loader import GazetteerData
from .model import KIND_PRIORITY, AliasRef, Entry, Hit
from .normalize import fold_with_offsets, is_boundary, written_form

_SENTENCE_END = set('.!?:;"\u201c\u201d\n')
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_PREVIOUS_WINDOW = 30
_NEXT_WORD = re.compile(r"\s*([^\s])")


class Candidate(NamedTuple):
    start: int
    end: int
    entry: Entry | None  # None: a blocking phrase
    form: str | None


def build_automaton(keys: list[str]) -> ahocorasick.Automaton:
    """Keys mapped to (key, length, opens with a letter or digit, ends with one): what the edge
    test of each raw match needs, computed once."""
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, (key, len(key), key[:1].isalnum(), key[-1:].isalnum()))
    automaton.make_automaton()
    return automaton


def previous_word(folded: str, start: int) -> str | None:
    """The run of letters a-z that ends one space before folded offset `start`, at most
    `_PREVIOUS_WINDOW` characters back from `start` (what `([a-z]+) $` finds searched over that
    window, by a walk back instead of a scan forward)."""
    end = start - 1
    if end < 1 or folded[end] != " " or folded[end - 1] not in _LETTERS:
        return None
    low = max(0, start - _PREVIOUS_WINDOW)
    i = end - 1
    while i > low and folded[i - 1] in _LETTERS:
        i -= 1
    return folded[i:end] if i >= low else None


def sentence_initial_common(text: str, start: int, end: int) -> bool:
    """A capitalised word that opens a sentence and is followed by a lower-case word:
    "Batu bara menjadi ..." rather than the city of Batu."""
    i = start  # the last character before the word that is no space (a walk back, no copy)
    while i and text[i - 1].isspace():
        i -= 1
    if i and text[i - 1] not in _SENTENCE_END:
        return False
    following = _NEXT_WORD.match(text, end)
    return bool(following and following.group(1).islower())


def written_ok(ref: AliasRef, surface: str, with_form: bool, text: str, start: int) -> bool:
    """Whether `surface` is written strictly enough for the alias mode of `ref`."""
    mode = ref.mode
    if mode == "fold":
        return True
    if mode == "exact":
        written = written_form(surface)
        allowed = {ref.written, ref.written.upper()}
        if ref.written.isupper() and len(ref.written) >= 5:  # "Asean", "Unicef"; not "Tika"
            allowed.add(ref.written.title())
        return written in allowed
    if not surface[:1].isupper():
        return False
    if mode == "cap":
        return True
    if mode == "risky":
        return with_form or not sentence_initial_common(text, start, start + len(surface))
    return mode == "form" and with_form


def accepts(form: Form | None, kind: str) -> bool:
    return form is not None and kind in form.kinds


def preference(kind: str, form: Form | None) -> tuple[int, int]:
    """Sort key among entries sharing a name: those the form names first, in the form's
    order ("Kota X": city, then foreign city); then by KIND_PRIORITY."""
    if form is not None and kind in form.kinds:
        return (0, form.kinds.index(kind))
    return (1, KIND_PRIORITY[kind])


_GLUED = re.compile(r"[a-z][A-Z]")


def _edge(folded: str, index: int) -> bool:
    """A word may start or end at `index` of folded text."""
    if index <= 0 or index >= len(folded):
        return True
    return not (folded[index - 1].isalnum() and folded[index].isalnum())


class Matcher:
    """Finds every alias of the gazetteer in a text and resolves it to one entry."""

    def __init__(self, data: GazetteerData) -> None:
        self.data = data
        self.automaton = build_automaton(list(data.alias_index))

    def candidates(self, text: str) -> list[Candidate]:
        folded, offsets = fold_with_offsets(text)
        # Folded positions where glued words meet ("KaltimBALIKPAPAN"): word edges there too.
        glued = {bisect_left(offsets, m.start() + 1) for m in _GLUED.finditer(text)}
        found = []
        size = len(folded)
        for last, (key, length, opens_alnum, ends_alnum) in self.automaton.iter(folded):
            fstart, fend = last - length + 1, last + 1
            # Most raw matches sit inside a longer word: reject those on the folded text first.
            # `_edge` inlined where the key's own first or last character is known alphanumeric.
            if opens_alnum and fstart and folded[fstart - 1].isalnum() and fstart not in glued:
                continue
            if ends_alnum and fend < size and folded[fend].isalnum() and fend not in glued:
                continue
            if not (opens_alnum and ends_alnum) and not (
                (_edge(folded, fstart) or fstart in glued)
                and (_edge(folded, fend) or fend in glued)
            ):
                continue
            start, end = offsets[fstart], offsets[last] + 1
            if not (is_boundary(text, start) and is_boundary(text, end)):
                continue
            candidate = self._resolve(text, folded, offsets, (fstart, fend, start, end), key)
            if candidate is not None:
                found.append(candidate)
        return found

    def find(self, text: str) -> list[Hit]:
        """Non-overlapping matches, left to right; where they overlap, the leftmost, then the
        longest wins (a blocking phrase wins too, and then yields no hit)."""
        chosen: list[Candidate] = []
        last_end = -1
        for cand in sorted(self.candidates(text), key=lambda c: (c.start, c.start - c.end)):
            if cand.start >= last_end:
                chosen.append(cand)
                last_end = cand.end
        return [
            Hit(c.start, c.end, text[c.start : c.end], c.entry, c.form)
            for c in chosen
            if c.entry is not None
        ]

    def _resolve(
        self, text: str, folded: str, offsets: list[int], span: tuple[int, int, int, int], key: str
    ) -> Candidate | None:
        """`span`: the match's start and end in folded text, then in `text`."""
        fstart, fend, start, end = span
        refs = self.data.alias_index[key]
        if refs[0].mode == "block":
            return Candidate(start, end, None, None)
        prefix = prefix_before(folded, fstart) or title_before(folded, fstart)
        suffix = suffix_after(folded, fend)
        if suffix and suffix.form is None and not text[offsets[suffix.start + 1]].isupper():
            suffix = None  # "RI" after a ministry must be written in capitals
        vetoed = frozenset() if prefix else self._vetoed_kinds(folded, fstart)
        surface = text[start:end]
        best: tuple[tuple[int, int, int], Entry, Form | None] | None = None
        for order, ref in enumerate(refs):
            entry = self.data.entries[ref.entry]
            if entry.kind in vetoed:
                continue
            form = prefix if accepts(prefix, entry.kind) else None
            form = form or (suffix if accepts(suffix, entry.kind) else None)
            if not written_ok(ref, surface, form is not None, text, start):
                continue
            rank = (*preference(entry.kind, form), order)
            if best is None or rank < best[0]:
                best = (rank, entry, form)
        if best is None:
            return None
        _rank, entry, form = best
        if form is None:
            return Candidate(start, end, entry, None)
        if form is prefix and form.form is not None:
            return Candidate(offsets[form.start], end, entry, form.form)
        if form is prefix:  # a title ("Bupati"): it chose the entry but is not part of the hit
            return Candidate(start, end, entry, None)
        return Candidate(start, offsets[form.end - 1] + 1, entry, form.form)

    def _vetoed_kinds(self, folded: str, fstart: int) -> frozenset[str]:
        """Kinds ruled out by the word before the name ("bahasa Inggris", "Selat Malaka")."""
        word = previous_word(folded, fstart)
        if word is None:
            return frozenset()
        return self.data.vetoes.get(word, frozenset())
