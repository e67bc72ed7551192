"""When and where the reported activity took place: its date and its city."""

from __future__ import annotations

import re

from kerjasama.extract.doc import Doc
from kerjasama.lang.id.calendar import FUTURE_MARKERS
from kerjasama.lang.id.speech import SPEECH_VERBS, STATEMENT_CUES
from kerjasama.text.dates import DateMention

_PLACE_KINDS = ("city", "regency", "province", "foreign_city", "country", "foreign_region")
_FORM_WORDS = re.compile(r"^(?:Kota|Kabupaten|Provinsi|Pemkot|Pemkab|Pemprov|Kab\.|City of)\s+", re.I)
_ACTIVITY = re.compile(
    r"\b(?:dilaksanakan|digelar|berlangsung|diselenggarakan|dilakukan|bertempat|held|took place)\b",
    re.I,
)


def is_statement_date(doc: Doc, d: DateMention) -> bool:
    """A date attached to a statement ("kata X dalam keterangan di Samarinda, Senin")."""
    s, _ = doc.sentence_of(d.start)
    clause = doc.text[max(s, d.start - 120) : d.start].lower()
    last_quote = max(clause.rfind("”"), clause.rfind('"'))
    after_quote = clause[last_quote + 1 :] if last_quote != -1 else clause
    words = set(re.findall(r"\w+", after_quote))
    if any(cue in after_quote for cue in STATEMENT_CUES):
        return True
    return last_quote != -1 and bool(words & SPEECH_VERBS)


def is_planned(doc: Doc, d: DateMention) -> bool:
    tail = doc.text[d.end : d.end + 25].lower()
    return any(tail.lstrip(" ,").startswith(w) for w in FUTURE_MARKERS)


def activity_date(doc: Doc, evidence: list[tuple[int, int]], sentences: list[tuple[int, int]]):
    """The date of the reported activity: in the evidence, else the first placed story date."""
    usable = [d for d in doc.dates if not is_statement_date(doc, d) and not is_planned(doc, d)]
    for pool in (
        [d for d in usable if any(s <= d.start < e for s, e in evidence)],
        [d for d in usable if any(s <= d.start < e for s, e in sentences)],
        [d for d in usable if not doc.in_boilerplate(d.start, d.end)],
    ):
        for d in pool:
            return d
    return None


def activity_place(doc: Doc, evidence: list[tuple[int, int]], sentences: list[tuple[int, int]]):
    """City named after "di"/"in" in the evidence or an activity sentence, else the dateline."""
    candidates = []
    for h in doc.hits:
        if h.entry.kind not in _PLACE_KINDS:
            continue
        before = doc.text[max(0, h.start - 4) : h.start].lower()
        if not re.search(r"\b(?:di|in|at)\s+$", before):
            continue
        s, e = doc.sentence_of(h.start)
        clause = doc.text[max(s, h.start - 60) : h.start].lower()
        if any(cue in clause for cue in STATEMENT_CUES):
            continue
        rank = 0 if (s, e) in evidence else 1 if _ACTIVITY.search(doc.text[s:e]) else 2
        if rank < 2:
            candidates.append((rank, h.start, _FORM_WORDS.sub("", h.surface)))
    if candidates:
        return min(candidates)[2]
    return doc.marked.dateline
