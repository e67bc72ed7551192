"""When and where the reported activity took place: its date and its city."""

from __future__ import annotations

import re

from kerjasama.extract.cues import PLANNED
from kerjasama.extract.doc import Doc
from kerjasama.lang.id.calendar import FUTURE_MARKERS
from kerjasama.lang.id.outlets import NOT_A_CITY, VENUE_WORDS
from kerjasama.lang.id.speech import SPEECH_VERBS, STATEMENT_CUES
from kerjasama.text.dates import DateMention

_PLACE_KINDS = ("city", "regency", "province", "foreign_city", "country", "foreign_region")
_FORM_WORDS = re.compile(
    r"^(?:Kota|Kabupaten|Provinsi|Pemkot|Pemkab|Pemprov|Kab\.|City of|Desa|Kelurahan|Kecamatan)\s+"
    r"|\s+(?:City|Regency|Province)(?: Government)?$",
    re.I,
)
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


_KIND_RANK = {
    "city": 0,
    "foreign_city": 0,
    "regency": 1,
    "province": 2,
    "foreign_region": 2,
    "country": 3,
}
# "di Gedung Sate, Bandung, Senin": a venue, then the city after a comma.
_VENUE_THEN_CITY = re.compile(
    r"\b(?:di|at|in)\s+(?P<venue>(?:[A-Z][\w.'’-]*\s*){1,8}?),\s+"
    r"(?P<city>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})(?=\s*[,(.]|\s+(?:pada|oleh|on|dan)\b)"
)
# "di George Town, Selasa": a place name right after "di", no venue word in it.
_DI_NAME = re.compile(r"\b(?:di|at|in)\s+(?P<name>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\b")


def _bare(name: str) -> str:
    return _FORM_WORDS.sub("", name)


def _hit_place(hit) -> str:
    """A place as written, without Indonesian forms ("Kota Balikpapan" -> "Balikpapan"); a
    foreign name that starts with such a word keeps it ("Kota Kinabalu")."""
    if hit.entry.country not in ("ID", None) and hit.surface == hit.entry.name:
        return hit.surface
    return _bare(hit.surface)


def _is_weekday(word: str) -> bool:
    from kerjasama.lang.id.calendar import WEEKDAYS

    return word.split()[0].lower() in WEEKDAYS


def _sentence_rank(doc: Doc, sent, evidence) -> int:
    """0: the evidence; 1: the lead or a sentence saying where something was held; 2: other."""
    if sent in evidence:
        return 0
    story = doc.story_sentences()
    lead = story[0] if story else None
    return 1 if sent == lead or _ACTIVITY.search(doc.text[sent[0] : sent[1]]) else 2


def _planned_at(doc: Doc, pos: int) -> bool:
    """A place of a plan ("penandatanganan direncanakan ... di Kyoto"), not of what happened."""
    s, _ = doc.sentence_of(pos)
    return bool(PLANNED.search(doc.text, max(s, pos - 60), pos))


def _place_candidates(doc: Doc, evidence) -> list[tuple[int, int, int, str]]:
    """(kind rank, sentence rank, position, name) of places where the activity may have been."""
    out = []
    hits = {h.start: h for h in doc.hits}
    for h in doc.hits:
        if h.entry.kind not in _KIND_RANK:
            continue
        if not re.search(r"\b(?:di|in|at)\s+$", doc.text[max(0, h.start - 4) : h.start]):
            continue
        sent = doc.sentence_of(h.start)
        clause = doc.text[max(sent[0], h.start - 60) : h.start].lower()
        if any(cue in clause for cue in STATEMENT_CUES) or _describes_partner(doc, h):
            continue
        out.append(
            (
                _KIND_RANK[h.entry.kind],
                _sentence_rank(doc, sent, evidence),
                h.start,
                _hit_place(h),
            )
        )
    for s, e in doc.sentences:
        rank = _sentence_rank(doc, (s, e), evidence)
        for m in _VENUE_THEN_CITY.finditer(doc.text, s, e):
            city = m.group("city")
            venue_word = m.group("venue").split()[0].lower()
            if _is_weekday(city) or venue_word not in VENUE_WORDS:
                continue
            hit = hits.get(m.start("city"))
            # "di Gedung Sate, Bandung": the city named after a venue is where it happened.
            out.append((0, rank, m.start("city"), _hit_place(hit) if hit else city))
        for m in _DI_NAME.finditer(doc.text, s, e):
            name = m.group("name")
            first = name.split()[0].lower()
            if m.start("name") in hits or first in VENUE_WORDS or first in NOT_A_CITY:
                continue
            if _is_weekday(name):
                continue
            after = re.match(r"\s*,\s+(\w+)", doc.text[m.end() : m.end() + 20])
            if after and after.group(1)[:1].isupper() and not _is_weekday(after.group(1)):
                continue  # a venue name followed by its city: taken above
            out.append((1, rank, m.start("name"), _bare(name)))
    return out


def _describes_partner(doc: Doc, hit) -> bool:
    """ "Kitakyushu in Japan", "Tarakan, Kalimantan Utara": where a named place lies."""
    before = [h for h in doc.hits if 0 < hit.start - h.end <= 6]
    return any(h.entry.parent == hit.entry.key or h.entry.country == hit.entry.code for h in before)


def activity_place(doc: Doc, evidence: list[tuple[int, int]], sentences: list[tuple[int, int]]):
    """City where the activity took place: named after "di"/"in" (or after a venue) in the
    evidence or an activity sentence, cities before provinces; else the dateline."""
    candidates = [
        c for c in _place_candidates(doc, evidence) if c[1] < 2 and not _planned_at(doc, c[2])
    ]
    if candidates:
        return min(candidates)[3]
    return doc.marked.dateline_city
