"""Sectors of a cooperation, read from the sentences that state its purpose."""

from __future__ import annotations

import re

from kerjasama.extract.cues import words_pattern
from kerjasama.extract.doc import Doc
from kerjasama.lang.id.sectors import (
    LIST_LEADS,
    LISTED_ONLY,
    NAME_HEADS,
    ROAD_WORDS,
    SECTOR_CONTEXT_CUES,
    SECTOR_WORDS,
    WITHIN_BODIES,
)
from kerjasama.record import SECTORS
from kerjasama.text.trie import trie_pattern

CONTEXT = words_pattern(SECTOR_CONTEXT_CUES)
# A name head, written capitalised as names are ("Dinas", not "dinas").
_HEAD = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, NAME_HEADS)) + r")\.?(?![\w-])")
# One word of a name: capitalised, an acronym or a number ("Kampus 1", "Dinas PUPR").
_NAME_WORD = re.compile(r"\s+(?:[A-Z][\w'’.-]*|\d+)")
_NAME_JOIN = re.compile(r"\s+(?:dan|&|serta)(?=\s+[A-Z])")
# "di lingkungan Pemkab ..." (within the regency's government): its "lingkungan" is no field.
_WITHIN = re.compile(
    r"(?<![\w-])di\s+(lingkungan)\s+(?:" + "|".join(map(re.escape, WITHIN_BODIES)) + r")(?!\w)",
    re.I,
)
_NAME_MAX = 8  # words after the head: longer runs are title-case prose, not one name
# A sentence with no more lower-case words of four letters or more than this is names alone:
# a title-case headline ("Pemkot Gandeng Universitas Kembangkan Pendidikan"), where names
# cannot be told from the words around them, or a line of the agencies that signed, whose
# offices are the fields agreed ("Dinas Perikanan Kota A dan Dinas Kelautan Kota B.").
_TITLE_CASE_LOWER = 0
# An item of a list written one line each: "a.", "2)", "-", "•", or a field word opening it
# ("Bidang Pariwisata ...", "Sektor Kesehatan: ...").
_LIST_ITEM = re.compile(r"\s*(?:(?:[a-zA-Z]|\d{1,2})[.)]\s|[-•·*]\s|(?:Bidang|Sektor)\b)")
_LISTED_ONLY = frozenset(LISTED_ONLY)
_LEAD_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(LIST_LEADS) + r")\s+$", re.I)
# What may stand between two items of a list: commas, "dan", "serta", "maupun", a slash.
_LIST_GAP = re.compile(r"^(?:[\s,;/&]|\b(?:dan|serta|maupun|and|or|atau)\b)*$", re.I)
# How far from a cooperation sentence its fields are still read (measured on real pages).
_AFTER, _BEFORE = 2, 1
# A word may name several sectors ("sanitasi": health and infrastructure).
_KEYS: dict[str, tuple[str, ...]] = {}
for _key, _words in SECTOR_WORDS.items():
    for _w in _words:
        _KEYS[_w.lower()] = (*_KEYS.get(_w.lower(), ()), _key)
# A sector word may carry the clitic "-nya" ("pariwisatanya", "its tourism").
SECTOR = re.compile(r"(?<![\w-])(?:" + trie_pattern(set(_KEYS)) + r")(?:nya)?(?![\w])", re.I)


def _word(m: re.Match[str]) -> str:
    """The lexicon word a sector match stands for, its clitic dropped."""
    w = m.group(0).lower()
    return w if w in _KEYS else w[:-3]


def sector_matches(text: str, start: int, end: int):
    """Yield (key, match) for every sector word in text[start:end], once per sector it names."""
    for m in SECTOR.finditer(text, start, end):
        for key in _KEYS[_word(m)]:
            yield key, m


def sector_sentences(
    doc: Doc, coop: list[tuple[int, int]], mentions_partner, neighbours: bool = True
) -> list[tuple[int, int]]:
    """Sentences that state what a cooperation covers: its cooperation sentences, sentences
    naming the partner, and, with `neighbours`, the sentences around a cooperation sentence
    (up to two after it, one before) that list fields: a field cue ("di bidang", "meliputi")
    or two sectors or more ("Kerja sama itu juga menyasar pendidikan dan kesehatan")."""
    story = doc.story_sentences()
    chosen = set(coop) | {sent for sent in story if mentions_partner(sent)}
    if not neighbours:
        return sorted(chosen)
    for i, sent in enumerate(story):
        if sent in chosen or not any(
            near in coop for near in story[max(0, i - _AFTER) : i + 1 + _BEFORE]
        ):
            continue
        listed = {k for k, _ in sector_matches(doc.text, *sent)}
        if CONTEXT.search(doc.text, *sent) or (len(listed) >= 2 and not _quoted(doc, sent)):
            chosen.add(sent)
    return sorted(chosen | _list_items(doc, story, chosen))


def _list_items(doc: Doc, story, chosen) -> set[tuple[int, int]]:
    """The items of a field list written one line each, after a chosen sentence that opens
    it (a field cue, or a colon at its end: "Ruang lingkupnya meliputi:", "a. Pariwisata")."""
    items: set[tuple[int, int]] = set()
    for i, sent in enumerate(story):
        text = doc.text[sent[0] : sent[1]].rstrip()
        if sent not in chosen or not (text.endswith(":") or CONTEXT.search(text)):
            continue
        for nxt in story[i + 1 :]:
            if not _LIST_ITEM.match(doc.text, nxt[0], nxt[1]):
                break
            items.add(nxt)
    return items


def _quoted(doc: Doc, sent: tuple[int, int]) -> bool:
    """Speech ("Kaltim kaya batu bara, minyak dan gas," ujarnya) praises or hopes more often
    than it lists what a cooperation covers."""
    return any(q.start <= sent[0] < q.end or sent[0] <= q.start < sent[1] for q in doc.quotes)


def _no_field_spans(doc: Doc, sent: tuple[int, int]) -> list[tuple[int, int]]:
    """Spans of a sentence whose sector words name no field: proper names of offices,
    institutions, streets and venues (a name head and the capitalised words after it, "Dinas
    Pekerjaan Umum dan Perhubungan Kota Bima"; none in a sentence of names alone, a title-case
    headline or a line of signing agencies), and "lingkungan" meaning "within a body"."""
    text = doc.text[sent[0] : sent[1]]
    spans = [(sent[0] + m.start(1), sent[0] + m.end(1)) for m in _WITHIN.finditer(text)]
    if sum(len(w) > 3 and w[0].islower() for w in text.split()) <= _TITLE_CASE_LOWER:
        return spans
    for m in _HEAD.finditer(text):
        end, count = m.end(), 0
        while count < _NAME_MAX:
            join = _NAME_JOIN.match(text, end)
            word = _NAME_WORD.match(text, join.end() if join else end)
            if not word:
                break
            if count == 0 and word.group(0).strip() in ROAD_WORDS:
                break
            end, count = word.end(), count + 1
        if count:
            spans.append((sent[0] + m.start(), sent[0] + end))
    return spans


def _listed(text: str, m: re.Match[str], words: list[re.Match[str]], start: int) -> bool:
    """The sector word stands in a list of fields: a field word just before it ("bidang
    ekonomi"), or another sector word beside it with only list joints between."""
    if _LEAD_BEFORE.search(text, max(start, m.start() - 12), m.start()):
        return True
    i = next(k for k, w in enumerate(words) if w.start() == m.start())
    before = words[i - 1] if i else None
    after = words[i + 1] if i + 1 < len(words) else None
    return bool(
        (before and _LIST_GAP.match(text[before.end() : m.start()]))
        or (after and _LIST_GAP.match(text[m.end() : after.start()]))
    )


def find_sectors(
    doc: Doc, sentences: list[tuple[int, int]], segments: list[tuple[int, int]] | None = None
) -> list[str]:
    """Sector keys named in `sentences` (or only in `segments` of them, where given),
    outside names of people's offices and organisations."""
    masked: list[tuple[int, int]] = [
        (e.start, e.end) for e in doc.entities if e.type in ("ORG", "GOV")
    ]
    masked.extend(doc.role_spans)
    found: set[str] = set()
    for s, e in sentences:
        names = _no_field_spans(doc, (s, e))
        words = list(SECTOR.finditer(doc.text, s, e))
        for key, m in sector_matches(doc.text, s, e):
            if any(a <= m.start() < b for a, b in [*masked, *names]):
                continue
            if segments is not None and not any(a <= m.start() < b for a, b in segments):
                continue
            if _word(m) in _LISTED_ONLY and not _listed(doc.text, m, words, s):
                continue
            found.add(key)
    return [k for k in SECTORS if k in found]
