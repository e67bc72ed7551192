"""Sectors of a cooperation, read from the sentences that state its purpose."""

from __future__ import annotations

from kerjasama.extract.cues import words_pattern
from kerjasama.extract.doc import Doc
from kerjasama.lang.id.sectors import SECTOR_CONTEXT_CUES, SECTOR_WORDS
from kerjasama.record import SECTORS

CONTEXT = words_pattern(SECTOR_CONTEXT_CUES)
# How far from a cooperation sentence its fields are still read (measured on real pages).
_AFTER, _BEFORE = 2, 1
# A word may name several sectors ("sanitasi": health and infrastructure).
_KEYS: dict[str, tuple[str, ...]] = {}
for _key, _words in SECTOR_WORDS.items():
    for _w in _words:
        _KEYS[_w.lower()] = (*_KEYS.get(_w.lower(), ()), _key)
SECTOR = words_pattern(list(_KEYS))


def sector_matches(text: str, start: int, end: int):
    """Yield (key, match) for every sector word in text[start:end], once per sector it names."""
    for m in SECTOR.finditer(text, start, end):
        for key in _KEYS[m.group(0).lower()]:
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
    return sorted(chosen)


def _quoted(doc: Doc, sent: tuple[int, int]) -> bool:
    """Speech ("Kaltim kaya batu bara, minyak dan gas," ujarnya) praises or hopes more often
    than it lists what a cooperation covers."""
    return any(q.start <= sent[0] < q.end or sent[0] <= q.start < sent[1] for q in doc.quotes)


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
        for key, m in sector_matches(doc.text, s, e):
            if any(a <= m.start() < b for a, b in masked):
                continue
            if segments is not None and not any(a <= m.start() < b for a, b in segments):
                continue
            found.add(key)
    return [k for k in SECTORS if k in found]
