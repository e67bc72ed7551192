"""Sectors of a cooperation, read from the sentences that state its purpose."""

from __future__ import annotations

from kerjasama.extract.cues import keyed_matches
from kerjasama.extract.doc import Doc
from kerjasama.record import SECTORS


def find_sectors(doc: Doc, sentences: list[tuple[int, int]]) -> list[str]:
    """Sector keys named in `sentences`, outside names of people's offices and organisations."""
    masked: list[tuple[int, int]] = [(e.start, e.end) for e in doc.entities if e.type in ("ORG", "GOV")]
    masked.extend(doc.role_spans)
    found: set[str] = set()
    for s, e in sentences:
        for key, m in keyed_matches("sector", doc.text, s, e):
            if not any(a <= m.start() < b for a, b in masked):
                found.add(key)
    return [k for k in SECTORS if k in found]
