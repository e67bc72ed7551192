"""Sectors of a cooperation, read from the sentences that state its purpose."""

from __future__ import annotations

from kerjasama.extract.cues import keyed_matches, words_pattern
from kerjasama.extract.doc import Doc
from kerjasama.lang.id.sectors import SECTOR_CONTEXT_CUES
from kerjasama.record import SECTORS

CONTEXT = words_pattern(SECTOR_CONTEXT_CUES)


def sector_sentences(
    doc: Doc, coop: list[tuple[int, int]], mentions_partner
) -> list[tuple[int, int]]:
    """Sentences that state what a cooperation covers: its cooperation sentences, sentences
    naming the partner, and sentences with "di bidang", "fokus", "meliputi" just after them."""
    story = doc.story_sentences()
    chosen = set(coop) | {sent for sent in story if mentions_partner(sent)}
    for i, sent in enumerate(story):
        near = any(prev in coop for prev in story[max(0, i - 2) : i])
        if near and CONTEXT.search(doc.text, *sent):
            chosen.add(sent)
    return sorted(chosen)


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
        for key, m in keyed_matches("sector", doc.text, s, e):
            if any(a <= m.start() < b for a, b in masked):
                continue
            if segments is not None and not any(a <= m.start() < b for a, b in segments):
                continue
            found.add(key)
    return [k for k in SECTORS if k in found]
