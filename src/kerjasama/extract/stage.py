"""At what stage a partnership is in the reported activity: the action and the instrument."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kerjasama.extract.cues import PLANNED, keyed_matches
from kerjasama.extract.doc import Doc

# A signing in a relative clause or dated in the past is background, not the reported event.
_BACKGROUND = re.compile(
    r"\b(?:yang|which|that)\s+(?:telah|sudah|pernah|was|were|had been|has been)?\s*"
    r"(?:di)?(?:tandatangani|teken|signed)|\bsejak\b|\bsebelumnya\b|\bpreviously\b|\bpada tahun\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:tahun lalu|last year|previously|sebelumnya|pada tahun \d{4}|in \d{4}|pada \d{4}|"
    r"tahun \d{4}|years? ago|tahun silam)\b",
    re.I,
)
_HOPE = re.compile(
    r"\b(?:berharap|diharapkan|harapannya|semoga|ke depan|hope|hopes|expected)\b", re.I
)
_DRAFT = re.compile(r"\b(?:draf|draft|rancangan|naskah|konsep)\b", re.I)
_EXISTING = re.compile(r"\b(?:telah|sudah|yang|sejak|pernah|existing)\b", re.I)


@dataclass(slots=True)
class StageReading:
    action: str
    instrument: str
    evidence: list[tuple[int, int]]
    strength: float


def _instrument_near(doc: Doc, s: int, e: int, pos: int | None = None) -> str | None:
    found = [
        (abs((pos or m.start()) - m.start()), key)
        for key, m in keyed_matches("instrument", doc.text, s, e)
    ]
    return min(found)[1] if found else None


def read_stage(doc: Doc, sentences: list[tuple[int, int]]) -> StageReading:
    """Read the action and instrument from the cooperation sentences (lead sentence first)."""
    text = doc.text
    signs, plans, drafts, reviews, implements = [], [], [], [], []
    for i, (s, e) in enumerate(sentences):
        sent = text[s:e]
        for key, m in keyed_matches("action", text, s, e):
            if key == "sign":
                pre = text[max(s, m.start() - 40) : m.start()]
                if PLANNED.search(pre) or PLANNED.search(text[m.end() : min(e, m.end() + 60)]):
                    plans.append((s, e, m.start()))
                elif _BACKGROUND.search(text[max(s, m.start() - 30) : m.end()]) or _PAST.search(
                    text[m.end() : min(e, m.end() + 50)]
                ):
                    continue
                else:
                    signs.append((s, e, m.start()))
            elif key == "review" and not _EXISTING.fullmatch(sent):
                reviews.append((s, e, i))
            elif key == "implement":
                implements.append((s, e, i))
            elif key == "negotiate":
                drafts.append((s, e, m.start()))
    if signs:
        s, e, pos = signs[0]
        inst = _instrument_near(doc, s, e, pos) or _first_instrument(doc, sentences) or "mou"
        return StageReading("sign", inst, [(s, e)], 0.9)
    lead_reviews = [r for r in reviews if r[2] <= 1]
    if lead_reviews or len(reviews) >= 2:
        s, e, _ = (lead_reviews or reviews)[0]
        inst = _instrument_near(doc, s, e) or _first_instrument(doc, sentences) or "none"
        return StageReading("review", inst, [(s, e)], 0.75)
    lead_impl = [r for r in implements if r[2] <= 1]
    if lead_impl and _first_instrument(doc, sentences):
        s, e, _ = lead_impl[0]
        inst = _instrument_near(doc, s, e) or _first_instrument(doc, sentences) or "none"
        return StageReading("implement", inst, [(s, e)], 0.7)
    negotiating = plans + [
        d for d in drafts if _DRAFT.search(text[d[0] : d[1]]) or "dprd" in text[d[0] : d[1]].lower()
    ]
    if negotiating:
        s, e, pos = negotiating[0]
        inst = _instrument_near(doc, s, e, pos) or _first_instrument(doc, sentences) or "mou"
        return StageReading("negotiate", inst, [(s, e)], 0.7)
    if implements and _first_instrument(doc, sentences) and not _HOPE.search(text):
        s, e, _ = implements[0]
        return StageReading(
            "implement", _first_instrument(doc, sentences) or "none", [(s, e)], 0.55
        )
    lead = sentences[:1]
    return StageReading("explore", "none", lead, 0.7)


def _first_instrument(doc: Doc, sentences: list[tuple[int, int]]) -> str | None:
    for s, e in sentences:
        for key, _ in keyed_matches("instrument", doc.text, s, e):
            return key
    return None
