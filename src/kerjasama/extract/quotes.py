"""Quotes and their speakers: “…,” kata X; "…," ujarnya; Menurut X, …"""

from __future__ import annotations

import re
from bisect import bisect_left

from kerjasama.extract.doc import Doc
from kerjasama.lang.id.speech import QUOTE_LEADS, SPEECH_VERBS
from kerjasama.lang.id.titles import ANY_TITLE_WORD
from kerjasama.record import Quote
from kerjasama.text.case import lowered
from kerjasama.text.spans import AddedSpans, Spans

_QUOTE = re.compile(r"[“\"](?P<body>[^“”\"\n]{8,}?)[”\"]")
_AFTER = re.compile(r"^[\s,.]*(?P<verb>[A-Za-z]+)\b")
_NEXT_WORD = re.compile(r"\s+(?P<word>[\w'’-]+)")
_LEAD_PATTERNS = [
    (lead, re.compile(rf"\b{lead}\s+(?P<who>[^,]{{2,60}}),", re.IGNORECASE)) for lead in QUOTE_LEADS
]
# Characters that match "i" case-insensitively but lower to something else: with them in the
# text a lead may be written in a way its lower-cased form does not show.
_ODD_I = ("İ", "ı")


def find_quotes(doc: Doc) -> Doc:
    """Fill doc.quotes; the speaker is read after the quote, else from a leading "Menurut X"."""
    text = doc.text
    for m in _QUOTE.finditer(text):
        if doc.in_boilerplate(m.start(), m.end()):
            continue
        speaker = _speaker_after(doc, m.end()) or _speaker_before(doc, m.start())
        doc.quotes.append(
            Quote(speaker=speaker, text=m.group("body").strip(" ,"), start=m.start(), end=m.end())
        )
    quoted, led = Spans((q.start, q.end) for q in doc.quotes), AddedSpans()
    low = lowered(text)
    odd = any(c in text for c in _ODD_I)
    for lead, pattern in _LEAD_PATTERNS:
        if lead not in low and not odd:
            continue  # the pattern's scan is slow; a text without the lead cannot match
        for m in pattern.finditer(text):
            s, e = doc.sentence_of(m.start())
            if m.start() != s or quoted.holds(s) or led.overlaps(s, s + 1):
                continue
            speaker = _person_at(doc, m.start("who"), m.end("who"))
            if speaker:
                doc.quotes.append(
                    Quote(speaker=speaker, text=text[m.end() : e].strip(), start=s, end=e)
                )
                led.add(s, e)
    doc.quotes.sort(key=lambda q: q.start)
    return doc


def _person_at(doc: Doc, start: int, end: int) -> str | None:
    """The person with a mention inside [start, end), preferring the last one."""
    inside = [name for _, e, name in doc.mentions_between(start, end) if e <= end]
    return inside[-1] if inside else None


def _speaker_after(doc: Doc, pos: int) -> str | None:
    m = _AFTER.match(doc.text[pos : pos + 40])
    if not m or m.group("verb").lower() not in SPEECH_VERBS:
        return None
    if m.group("verb").lower().endswith("nya"):
        return _last_person_before(doc, pos)
    _, sent_end = doc.sentence_of(pos)
    named = _first_person_from(doc, pos, sent_end)
    if named is None and _unknown_name_follows(doc.text, pos + m.end()):
        return None  # "kata Irwan" names someone the rules do not know: not the last person
    return named or _last_person_before(doc, pos)


def _unknown_name_follows(text: str, pos: int) -> bool:
    """A capitalised word that is not a title right after the speech verb: a name."""
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    word = m.group("word")
    return word[:1].isupper() and word.lower() not in ANY_TITLE_WORD


def _speaker_before(doc: Doc, pos: int) -> str | None:
    """ "Kata X: “…”" or a quote continuing a speaker named just before."""
    s, _ = doc.sentence_of(pos)
    head = doc.text[s:pos].lower()
    if not SPEECH_VERBS.isdisjoint(head.split()) or head.rstrip().endswith(":"):
        return _person_at(doc, s, pos)
    return None


def _first_person_from(doc: Doc, start: int, end: int) -> str | None:
    starts, names = doc.mention_starts()
    i = bisect_left(starts, start)
    return names[i] if i < len(starts) and starts[i] < end else None


def _last_person_before(doc: Doc, pos: int) -> str | None:
    starts, names = doc.mention_starts()
    i = bisect_left(starts, pos) - 1
    return names[i] if i >= 0 else None
