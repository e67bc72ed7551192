"""When and where the reported activity took place: its date and its city."""

from __future__ import annotations

import re

from kerjasama.extract.cues import PLANNED, alternation, words_pattern
from kerjasama.extract.doc import Doc
from kerjasama.extract.textstage import names_a_city
from kerjasama.gazetteer import load_gazetteer
from kerjasama.lang.id.calendar import (
    DOCUMENT_DATE_CUES,
    FUTURE_MARKERS,
    PLAN_BEFORE_DATE,
    RANGE_WORDS,
    RECENT_PAST,
    SINCE_BEFORE_DATE,
    WEEKDAYS,
)
from kerjasama.lang.id.cooperation import SIGN_STEMS
from kerjasama.lang.id.outlets import NOT_A_CITY, VENUE_WORDS
from kerjasama.lang.id.places import (
    CAMPUS_CITIES,
    CLAUSE_SUBJECT_WORDS,
    HEAD_OFFICE_TITLES,
    HOSTING_WORDS,
    INVITE_WORDS,
    MISSION_WORDS,
    NAMED_VENUES,
    NOT_PLACE_OPENERS,
    ONLINE_WORDS,
    PLACE_PHRASE_WORDS,
    PLACE_SPELLINGS,
    PROVINCE_CAPITALS,
    VISIT_KINDS,
    VISIT_NOUNS,
    VISIT_OBJECT_WORDS,
    VISIT_TO_WORDS,
    VISITOR_JOINTS,
)
from kerjasama.lang.id.speech import SPEECH_VERBS, STATEMENT_CUES
from kerjasama.lang.id.towns import Town, town_in
from kerjasama.text.dates import DateMention

_PLACE_KINDS = ("city", "regency", "province", "foreign_city", "country", "foreign_region")
_FORM_WORDS = re.compile(
    r"^(?:(?:Pemerintah|Pemda|Daerah Istimewa|Daerah Khusus(?: Ibu ?kota)?|Daerah|Kota"
    r"|Kabupaten|Provinsi|Pemkot|Pemkab|Pemprov|Pemko|Kab\.?"
    r"|City of|Desa|Kelurahan|Kecamatan|Administrasi)\s+)+"
    r"|\s+(?:City|Regency|Province)(?: Government)?$",
    re.I,
)
_ACTIVITY = re.compile(
    r"\b(?:dilaksanakan|digelar|berlangsung|diselenggarakan|dilakukan|bertempat|held|took place)\b",
    re.I,
)


# A clock time written with a colon right after a date: a page's date line, not a report's
# ("pukul 10.00 WIB" after an activity's date reads otherwise).
_STAMP_TIME = re.compile(r"[ \t,|]*\d{1,2}:\d{2}(?::\d{2})?\b")


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


def is_document_date(doc: Doc, d: DateMention) -> bool:
    """The date of a letter or regulation: "surat nomor 5/2019 tanggal 3 Mei 2019"."""
    before = doc.text[max(0, d.start - 80) : d.start].lower()
    if not re.search(r"\b(?:tanggal|tgl\.?|tertanggal|dated)\s*$", before):
        return False
    return any(re.search(rf"(?<!\w){re.escape(cue)}", before) for cue in DOCUMENT_DATE_CUES)


def is_planned(doc: Doc, d: DateMention) -> bool:
    tail = doc.text[d.end : d.end + 25].lower()
    return any(tail.lstrip(" ,").startswith(w) for w in FUTURE_MARKERS)


_PLAN_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in PLAN_BEFORE_DATE) + r")(?![\w-])", re.I
)


def _plan_before(doc: Doc, d: DateMention) -> bool:
    """A date in a clause of a plan: "MoU bakal ditandatangani saat festival, 28-30 Nov"."""
    s, _ = doc.sentence_of(d.start)
    return bool(_PLAN_BEFORE.search(doc.text, max(s, d.start - 120), d.start))


_SINCE_BEFORE = re.compile(rf"(?<![\w-])(?i:{alternation(SINCE_BEFORE_DATE)})[ \t]+$")
_RANGE_END = re.compile(rf"[ \t,]*(?i:{alternation(RANGE_WORDS)})(?![\w-])")


def is_since_date(doc: Doc, d: DateMention) -> bool:
    """The start of a period: "sejak 4 September 2017 (hingga kini)", "since March 2019" (not
    the first day of a span told whole: "sejak Selasa (4/3) hingga Kamis (6/3)")."""
    if _SINCE_BEFORE.search(doc.text, max(0, d.start - 30), d.start) is None:
        return False
    until = _RANGE_END.match(doc.text, d.end)
    return until is None or not any(o.start - until.end() in range(3) for o in doc.dates)


PERIOD_DAYS = 31  # a span longer than this, told by its two ends, is a period, not an event


def is_period_end(doc: Doc, d: DateMention) -> bool:
    """One end of a period told by both ("periode 1 Januari 2010 hingga 30 Juni 2016", an
    MoU "berlaku 2020 sampai 2025"): the dates of figures or of a document's term, not of
    an activity (a visit "Selasa (4/3) hingga Kamis (6/3)" spans days, not months)."""
    until = _RANGE_END.match(doc.text, d.end)
    if until is not None:
        other = next((o for o in doc.dates if o.start - until.end() in range(3)), None)
        if other is not None and _apart(d, other):
            return True
    for o in doc.dates:
        m = _RANGE_END.match(doc.text, o.end) if o.end <= d.start else None
        if m is not None and d.start - m.end() in range(3) and _apart(o, d):
            return True
    return False


def _apart(a: DateMention, b: DateMention) -> bool:
    return a.date is not None and b.date is not None and abs((b.date - a.date).days) > PERIOD_DAYS


def activity_date(doc: Doc, evidence: list[tuple[int, int]], sentences: list[tuple[int, int]]):
    """The date of the reported activity: the first dated one in the evidence, else in the
    cooperation sentences, else in the story; a date of a plan, a letter or a statement does
    not count, unless a statement's date is the only one the story gives (the day the news
    was given is then the day of the visit or meeting it reports); the start of a period
    ("sejak 4 September 2017") comes last."""
    plain, stated, stamped, since = [], [], [], []
    for d in doc.dates:
        if is_planned(doc, d) or is_document_date(doc, d) or _plan_before(doc, d):
            continue
        if is_period_end(doc, d):
            continue
        if _STAMP_TIME.match(doc.text, d.end) or d.start < (doc.marked.dateline_start or 0):
            stamped.append(d)  # "Senin, 19 April 2021 14:03 WIB", or above the dateline
            continue
        if is_since_date(doc, d):
            since.append(d)
            continue
        (stated if is_statement_date(doc, d) else plain).append(d)
    for usable in (plain, stated, stamped, since):
        for pool in (
            [d for d in usable if any(s <= d.start < e for s, e in evidence)],
            [d for d in usable if any(s <= d.start < e for s, e in sentences)],
            [d for d in usable if not doc.in_boilerplate(d.start, d.end)],
        ):
            dated = [d for d in pool if d.date is not None]
            if dated or (pool and usable is plain):
                return (dated or pool)[0]
    return None


# "kata X di Jakarta": a speech verb just before the place phrase.
SPEECH_NEAR = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur|tegas|papar|terang|said|says|told)(?:nya)?\b[^.]{0,40}$"
)

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
    foreign name that starts with such a word keeps it ("Kota Kinabalu"), and takes the
    gazetteer's spelling where only spaces or case differ; an Indonesian city or regency by its
    own name when the page uses another ("Solo" -> "Surakarta")."""
    entry = hit.entry
    if entry.country not in ("ID", None) and hit.surface == entry.name:
        return hit.surface
    if entry.country not in ("ID", None) and _squash(hit.surface) == _squash(entry.name):
        return entry.name  # "Denhaag", "DEN HAAG": Den Haag
    return _id_spelling(entry, _bare(hit.surface))


def _squash(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _id_spelling(entry, written: str) -> str:
    """How an Indonesian city or regency is named as a place: the city's own spelling
    (PLACE_SPELLINGS), else its Kemendagri name however it is written ("Kulonprogo" ->
    "Kulon Progo", "Solo" -> "Surakarta", "Jaksel" -> "Jakarta")."""
    if entry.kind not in ("city", "regency") or entry.country != "ID":
        return written
    return PLACE_SPELLINGS.get(entry.kemendagri or "") or _bare(entry.name)


def _named_regions(doc: Doc) -> dict[str, object]:
    """Kemendagri code -> entry of every Indonesian regency and city the article names."""
    return {
        h.entry.kemendagri: h.entry
        for h in doc.hits
        if h.entry.kind in ("city", "regency") and h.entry.kemendagri
    }


def _town_place(town: Town, regions) -> tuple[str, bool]:
    """(the place a town gives, whether that is the town itself): a district or urban
    village of a city is that city ("Umbulharjo" -> "Yogyakarta"), unless it is a
    province's seat ("Sofifi"); a town of a regency is itself ("Kayu Aro", "Waingapu")."""
    code = next(c for c in town.codes if c in regions)
    entry = regions[code]
    if entry.kind == "city" and town.name not in _CAPITALS:
        return _id_spelling(entry, _bare(entry.name)), False
    return town.name, True


_CAPITALS = frozenset(PROVINCE_CAPITALS.values())
_CAP_WORD = re.compile(r"[A-Z][\w'’-]*")
_ONE_NAME = re.compile(r"[\w'’-]+(?: [\w'’-]+)*")


def _phrase_town(doc: Doc, start: int, end: int, regions) -> tuple[str, bool] | None:
    """A town of a region the article names, inside a place phrase and outside the
    gazetteer's hits ("di Rumah Makan Teh Hijau, Kawasan Kebun Teh Kayu Aro"): longest name
    first."""
    if not regions:
        return None
    taken = [(h.start, h.end) for h in doc.hits if h.start < end and start < h.end]
    words = [
        m.span()
        for m in _CAP_WORD.finditer(doc.text, start, end)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            s, e = words[i][0], words[i + n - 1][1]
            if not _ONE_NAME.fullmatch(doc.text, s, e):
                continue  # words across a comma or a line are no one name
            before = doc.text[max(start, s - 12) : s].split()
            if before and before[-1].lower() in VENUE_WORDS:
                continue  # "Aula Banama Tingang": a hall named after a district
            town = town_in(doc.text[s:e], regions)
            if town is not None:
                return _town_place(town, regions)
    return None


def _name_place(doc: Doc, name: str, regions) -> str:
    """A place name read outside the gazetteer's hits (a dateline's): a town of a named city
    is that city; an Indonesian city or regency by its own spelling."""
    gaz = load_gazetteer()
    entry = gaz.lookup(name)
    if entry is not None and entry.kind in ("city", "regency") and entry.country == "ID":
        names = {_squash(a) for a in (*entry.aliases, _bare(entry.name))}
        if _squash(name) in names:
            return _id_spelling(entry, name)
        return name
    if name in _CAPITALS:
        return name  # "SOFIFI –": a province's seat is a city of its own
    if entry is not None and entry.kind == "province" and names_a_city(entry, name):
        return PROVINCE_CAPITALS.get(entry.code or "", name)  # "JOGJA –": Yogyakarta
    town = town_in(name, regions) if entry is None else None
    return _town_place(town, regions)[0] if town else name


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


_INVITED = words_pattern(INVITE_WORDS)


def _planned_at(doc: Doc, pos: int) -> bool:
    """A place of a plan ("penandatanganan direncanakan ... di Kyoto") or of an invitation
    ("mengundang delegasi ... berkunjung ke Y"), not of what happened."""
    s, _ = doc.sentence_of(pos)
    start = max(s, pos - 60)
    return bool(PLANNED.search(doc.text, start, pos) or _INVITED.search(doc.text, start, pos))


# The opening of a place phrase: "di", "bertempat di", "at", "in"; "pada" only before a venue
# ("berlangsung pada Gedung X, Kota Y"), where it is no time word.
# "secara virtual dari Balai Kota X": where a party joined from is where it signed.
_FROM_AFTER_ONLINE = "|".join(f"(?<={w} )" for w in ONLINE_WORDS)
_PLACE_OPEN = re.compile(
    r"(?<![\w-])(?:[Dd]i|[Bb]ertempat(?:\s+di)?|at|in|At|In"
    r"|[Pp]ada(?=\s+(?i:" + "|".join(sorted(VENUE_WORDS)) + r")\b)"
    r"|(?:" + _FROM_AFTER_ONLINE + r")(?:dari|from))\s+(?=[A-Za-z])"
)
_PHRASE_WORD = re.compile(r"[\w.'’/-]+|[,–—-]")
_CITY_LEVEL = ("city", "regency", "foreign_city")
# What may stand between a place phrase and its date: "di X, pada hari Senin".
_TIME_LEAD = re.compile(r"[,\s]*(?:(?:pada|on)\s+)?(?:(?:hari|tanggal)\s+)?", re.I)
# "di Kota Kupang, pekan lalu": a time that is no date.
RELATIVE_PAST = re.compile(
    r"[,\s]*(?:" + "|".join(re.escape(w) for w in RECENT_PAST) + r")\b", re.I
)


# What may stand between a date and a place phrase after it: brackets, a comma, and the rest
# of a date written oddly ("Kamis 28/03-2024) di Medan").
_DATE_TAIL = re.compile(r"[\s,)(/.-]*(?:\d{2,4}[\s,)]*)?")
_YEAR_ONLY = re.compile(
    r"[,\s]*(?:pada\s+|sejak\s+|in\s+)?(?:tahun\s+|year\s+)?(?:19|20)\d\d(?![\d/])", re.I
)


def _phrase_end(doc: Doc, start: int, limit: int) -> tuple[int, bool]:
    """Where a place phrase opened at `start` ends, and whether a time follows it ("di Balai
    Kota Medan, Jumat (7/7)"): it runs over capitalised words, numbers, venue and address
    words, commas and dashes, and stops at any other word."""
    text = doc.text
    end = start
    after_comma = False
    for m in _PHRASE_WORD.finditer(text, start, min(limit, start + 180)):
        word = m.group(0)
        low = word.lower().rstrip(".,")
        if low in WEEKDAYS or low in ("pada", "on", "tanggal"):
            return end, True
        if after_comma and low in CLAUSE_SUBJECT_WORDS:
            break  # "di Balai Kota X, pemerintah Kabupaten Y menandatangani": a new clause
        after_comma = word == ","
        if word[:1].isupper() or word[:1].isdigit() or word in ",–—-":
            end = m.end() if word not in ",–—-" else end
            continue
        if low in PLACE_PHRASE_WORDS:
            end = m.end()
            continue
        break
    tail = text[end : end + 30]
    if RELATIVE_PAST.match(tail):
        return end, True
    lead = _TIME_LEAD.match(tail)
    at = end + (lead.end() if lead else 0)
    return end, any(d.start == at for d in doc.dates)


def _seat_before(doc: Doc, start: int, hit) -> str | None:
    """A province's seat named before the city it lies in ("di Kantor Gubernur, Sofifi,
    Kota Tidore Kepulauan"): the seat is a town of its own."""
    code = hit.entry.kemendagri
    if not code:
        return None
    before = doc.text[start : hit.start]
    for capital in _CAPITALS:
        named = re.search(rf"(?<![\w-]){re.escape(capital)}(?![\w-])", before)
        if named and town_in(capital, (code,)) is not None:
            return capital
    return None


_LOCALITY = re.compile(r"(?:^|,)\s*(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*,\s*$")


def _locality_before(doc: Doc, start: int, hit) -> str | None:
    """A town named just before its regency, set off by commas ("di Istana X, Batusangkar,
    Kabupaten Tanah Datar", "di Lehong, Manggarai Timur"): the town, where no gazetteer name,
    venue or address word is it."""
    if hit.entry.kind != "regency" or hit.entry.country != "ID":
        return None
    m = _LOCALITY.search(doc.text[start : hit.start])
    if m is None or doc.hits_between(start + m.start("name"), start + m.end("name")):
        return None
    first = m.group("name").split()[0].lower()
    if first in VENUE_WORDS or first in PLACE_PHRASE_WORDS or first in NOT_A_CITY:
        return None
    return m.group("name")


def _province_seat_named(doc: Doc, start: int, end: int) -> str | None:
    """A province's seat that the gazetteer knows as no city, named as a word of the phrase
    ("di kantor Gubernur, Sofifi, Kamis")."""
    m = _SEAT.search(doc.text, start, end)
    while m is not None:
        if not doc.hit_spans().holds(m.start()):
            return m.group(0)
        m = _SEAT.search(doc.text, m.end(), end)
    return None


_SEAT = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(c) for c in sorted(_CAPITALS, key=len)[::-1])
    + r")(?![\w-])"
)


_REGION_LIST_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:dan[ \t]+)?|[ \t]+(?:dan|serta|and)[ \t]+)")


def _phrase_place(doc: Doc, start: int, end: int, regions) -> tuple[str, bool] | None:
    """The city of a place phrase and whether it is only a province: the phrase's last city
    or regency ("di Hotel Aston Serang, Banten", "di Kantor Bappeda Aceh – Banda Aceh"); a
    town of a named regency ("di Kawasan Kebun Teh Kayu Aro") or city (that city); a
    province named as its capital ("di Jakarta"); the seat of a province whose office is the
    venue ("di Gedung DPRD Provinsi Jambi"); else a province alone ("di Bali"), weak."""
    inside = [h for h in doc.hits if start <= h.start and h.end <= end]
    cities = [h for h in inside if h.entry.kind in _CITY_LEVEL and not _describes_partner(doc, h)]
    named = _CAMPUS.search(doc.text, start, end)
    if named and all(named.start() <= h.start < named.end() for h in cities):
        campus = _campus_city(doc, start, end)
        if campus is not None:
            return campus, False  # "di Gedung Rektorat Universitas Jambi": the campus's town
    pairs = zip(cities, cities[1:], strict=False)
    if any(_REGION_LIST_JOIN.fullmatch(doc.text, a.end, b.start) for a, b in pairs):
        return None  # "dilaksanakan di Kabupaten A, B, dan C": an area
    if cities:
        seat = _seat_before(doc, start, cities[-1]) or _locality_before(doc, start, cities[-1])
        return seat or _hit_place(cities[-1]), False
    town = _phrase_town(doc, start, end, regions)
    if town is not None:
        return town[0], False
    seat = _province_seat_named(doc, start, end)
    if seat is not None:
        return seat, False
    for h in inside:
        if names_a_city(h.entry, h.surface):
            return _hit_place(h), False
    provinces = [h for h in inside if h.entry.kind == "province"]
    for h in provinces:
        if h.start > start:
            venue = doc.text[start : h.start].lower().split()
            if venue and venue[0] in VENUE_WORDS:
                capital = PROVINCE_CAPITALS.get(h.entry.code or "")
                if capital:
                    return capital, False
    if provinces:
        return _bare(provinces[-1].surface), True
    office = (
        _office_place(doc, start, end, regions)
        or _campus_city(doc, start, end)
        or _named_venue(doc, start, end)
    )
    return (office, False) if office else None


_CAMPUS = re.compile(
    r"(?<![\w-])(?:" + alternation(CAMPUS_CITIES) + r")(?![\w-])",
    re.I,
)


def _campus_city(doc: Doc, start: int, end: int) -> str | None:
    """The city of a university campus that is the venue ("di Gedung Rektorat Universitas
    Brawijaya"): its name or its short form ("UB", "Unhas", never a lower-case word such as
    "its"), after a venue word."""
    venue = doc.text[start:end].split()
    if not venue or venue[0].lower() not in VENUE_WORDS:
        return None
    for m in _CAMPUS.finditer(doc.text, start, end):
        name = m.group(0)
        if " " in name or name.isupper() or (name[:1].isupper() and len(name) > 4):
            return CAMPUS_CITIES[" ".join(name.lower().split())]
    return _short_form_city(doc, start, end)


_NAMED_VENUE = re.compile(r"(?<![\w-])(?i:" + alternation(NAMED_VENUES) + r")(?![\w-])")


def _named_venue(doc: Doc, start: int, end: int) -> str | None:
    """The city of a seat of government known by its own name ("di Kompleks Kepatihan")."""
    m = _NAMED_VENUE.search(doc.text, start, end)
    return NAMED_VENUES[" ".join(m.group(0).lower().split())] if m else None


def _short_form_city(doc: Doc, start: int, end: int) -> str | None:
    """A venue named by a body's short form whose full name, spelt out in the article, holds
    its city ("di Aula UMK" after "Universitas Muhammadiyah Kendari (UMK)"): that city."""
    by_short = doc.derived(
        "acronyms_by_short", len(doc.acronyms), lambda: {a.short: a for a in doc.acronyms}
    )
    for word in re.findall(r"[\w-]+", doc.text[start:end]):
        a = by_short.get(word)
        if a is None:
            continue
        cities = [h for h in doc.hits_between(a.start, a.end) if h.entry.kind in _CITY_LEVEL]
        if cities:
            return _hit_place(cities[-1])
    return None


_HEAD_TITLE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in HEAD_OFFICE_TITLES) + r")(?![\w-])", re.I
)


def _office_place(doc: Doc, start: int, end: int, regions) -> str | None:
    """The seat of a head of region whose office is the venue and whose region goes
    unnamed there ("di ruang kerja Wali Kota, Senin"): the one region of that kind the
    article names (a province by its capital)."""
    venue = doc.text[start:end].split()
    m = _HEAD_TITLE.search(doc.text, start, end)
    if not venue or venue[0].lower() not in VENUE_WORDS or m is None:
        return None
    kind = HEAD_OFFICE_TITLES[" ".join(m.group(0).lower().split())]
    if kind == "province":
        codes = {h.entry.code for h in doc.hits if h.entry.kind == kind and h.entry.country == "ID"}
        return PROVINCE_CAPITALS.get(codes.pop() or "") if len(codes) == 1 else None
    named = [e for e in regions.values() if e.kind == kind]
    return _id_spelling(named[0], _bare(named[0].name)) if len(named) == 1 else None


_MISSION = re.compile(
    r"(?<![\w-])(?i:" + alternation(MISSION_WORDS) + r")(?P<of>(?:\s+[A-Z(][\w()'’.-]*){1,5})\s*$"
)


def _mission_seat(doc: Doc, s: int, pos: int) -> bool:
    """The place phrase at `pos` says where a foreign mission named just before it sits
    ("menerima rombongan Konsul Jenderal Tiongkok di Medan"): its country is a foreign one."""
    m = _MISSION.search(doc.text, max(s, pos - 80), pos)
    if m is None:
        return False
    venue = doc.text[pos : pos + 40].split()[1:2]  # "di Gedung Pakuan": where it was received
    if venue and venue[0].lower() in VENUE_WORDS:
        return False
    named = doc.hits_between(m.start("of"), m.end("of"))
    return any(h.entry.kind == "country" and h.entry.code != "ID" for h in named)


def _place_candidates(doc: Doc, evidence) -> list[tuple[tuple, str]]:
    """(rank, name) of places where the activity may have been, best first: a place phrase
    with a time in the evidence or the first story sentences ("ditandatangani di X, Senin");
    one after a verb of holding ("dilaksanakan di X"); where a statement was given ("kata Y di
    X, Senin"); the dateline's city, then the seat of a host receiving visitors in the lead;
    other place phrases in the evidence or the lead; a place phrase with a time anywhere in the
    story. A phrase that says where a foreign mission sits, or is followed by a bare year (an
    event of that year), is none."""
    out = []
    story = doc.story_sentences()
    lead_at = doc.marked.dateline_start or 0
    first = set([sent for sent in story if sent[1] > lead_at][:3])
    hits = {h.start: h for h in doc.hits}
    regions = _named_regions(doc)
    for s, e in story:
        rank = _sentence_rank(doc, (s, e), evidence)
        for m in _PLACE_OPEN.finditer(doc.text, s, e):
            end, timed = _phrase_end(doc, m.end(), e)
            if end <= m.end() or _planned_at(doc, m.start()) or _mission_seat(doc, s, m.start()):
                continue
            if _YEAR_ONLY.match(doc.text, end):
                continue  # "dilaksanakan di Desa X pada tahun 2010": a year's event, history
            # "pada 3 Februari 2023 di Bali": the time before the place phrase
            timed = timed or any(
                (0 <= m.start() - d.end <= 9 and _DATE_TAIL.fullmatch(doc.text, d.end, m.start()))
                or m.end() <= d.start <= end + 2  # "Di Jakarta (20/9), ...": a date right after
                for d in doc.dates
            )
            found = _phrase_place(doc, m.end(), end, regions)
            place, province_only = found if found else (None, False)
            if place is None:
                place = _unknown_place(doc, m.end(), end, hits) if timed else None
                if place is None:
                    continue
            clause = doc.text[max(s, m.start() - 60) : m.start()].lower()
            statement = (
                any(cue in clause for cue in STATEMENT_CUES)
                or bool(SPEECH_NEAR.search(clause))
                or _after_quote(doc, s, m.start())
            )
            # "dilaksanakan di X"; "bertempat di X" holds its verb in the opening itself
            held = bool(_ACTIVITY.search(doc.text, max(s, m.start() - 40), m.end()))
            if _signed_at(doc, s, m.start(), end):
                statement, held = False, True  # "ujar X usai menandatangani MoU di Y"
            early = rank == 0 or (s, e) in first
            if timed and early and not statement:
                tier = 0  # "ditandatangani di Balai Kota Medan, Jumat"
            elif held and not statement:
                tier = 1  # "pertemuan yang dilaksanakan di Jakarta"
            elif timed and early:
                tier = 2  # "kata X di Jakarta, Senin": where the news was given
            elif rank < 2 and not statement:
                tier = 4
            elif timed and not statement:
                tier = 5
            elif statement and early:
                tier = 7  # "..., paparnya di Pekanbaru.": where the news was given, undated
            else:
                continue
            if province_only:
                if tier > 2:
                    continue
                tier = 6  # "di Bali, Jumat": only a province, after every city
            out.append(((tier, rank, m.start()), place))
    out.extend(_visit_candidates(doc, evidence, regions))
    out.extend(_host_candidates(doc, story[:3] if lead_at == 0 else list(first)))
    dateline = (
        doc.marked.dateline_city or _city_after_outlet(doc) or _comma_dateline(doc, story, regions)
    )
    if dateline:
        out.append(((3, 0, 0), _name_place(doc, dateline, regions)))
    return out


_COMMA_HEAD = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),\s+(?=[A-Z])")


def _comma_dateline(doc: Doc, story, regions) -> str | None:
    """A dateline with no dash or outlet ("Selong, Setelah ditandatanganinya ..."): a story
    sentence among the first that opens with a town of a region the article names and a
    comma (a region itself so placed is the subject of the lead)."""
    m = next((m for s, e in story[:3] if (m := _COMMA_HEAD.match(doc.text, s, e))), None)
    if m is None:
        return None
    name = m.group("name")
    if any(h.start < m.end("name") and m.start("name") < h.end for h in doc.hits):
        return None  # "Kota Bandung, Jawa Barat dan ...": a party, the subject of the lead
    return name if town_in(name, regions) else None


def _city_after_outlet(doc: Doc) -> str | None:
    """ "Berandasulsel.com – Makassar, Pemprov Sulsel ...": after a dateline that holds only an
    outlet, a city the gazetteer knows, a comma, and no region after it (no locator)."""
    spans = [(s, e) for k, s, e in doc.marked.spans if k == "dateline"]
    if not spans or doc.marked.dateline_city:
        return None
    end = spans[0][1]
    m = _COMMA_HEAD.match(doc.text, end)
    if m is None:
        return None
    named = doc.hits_between(m.start("name"), m.end("name") + 1)
    hit = named[0] if named else None
    if hit is None or hit.end != m.end("name") or not names_a_city(hit.entry, hit.surface):
        return None
    nxt = doc.hits_between(m.end(), m.end() + 2)
    if nxt and nxt[0].form is None:
        return None  # "Makassar, Sulawesi Selatan": the name locates, no dateline
    return _hit_place(hit)


_VISIT = re.compile(
    r"(?<![\w-])(?:(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in VISIT_TO_WORDS)
    + r")\s+(?:ke|to)|"
    + "|".join(re.escape(w) for w in VISIT_OBJECT_WORDS)
    + r")\s+(?=[A-Za-z])",
    re.I,
)
# "kunjungan kenegaraan Presiden RI Joko Widodo (Jokowi) ke Singapura": a visit noun, its
# kind, its visitor (capitalised words, a bracketed short form, joints), then the destination.
_VISIT_BY = re.compile(
    r"(?<![\w-])(?i:" + alternation(VISIT_NOUNS) + r")"
    r"(?:\s+(?i:" + alternation(VISIT_KINDS) + r"))*"
    r"(?:\s+(?:[A-Z][\w.'’-]*|\([^()\n]{1,30}\)|(?:" + alternation(VISITOR_JOINTS) + r")))"
    r"{0,12}?\s+(?i:ke|to)\s+(?=[A-Za-z])"
)


_SIGNING = re.compile(r"(?<![\w-])(?:" + "|".join(SIGN_STEMS) + r")(?![\w])", re.I)
# "di X untuk penandatanganan MoU": the phrase, then what was done there.
_FOR_SIGNING = re.compile(r"[,\s]*(?:untuk|dalam rangka|saat|pada acara|for(?: the)?)\s+", re.I)


def _signed_at(doc: Doc, s: int, pos: int, end: int) -> bool:
    """The place phrase is where a signing was done: a signing verb just before it, after
    any speech verb ("ujar X usai menandatangani nota kesepahaman di Aula Y"), or a signing
    named just after it ("hadir di Z untuk penandatanganan MoU")."""
    text = doc.text
    before = list(_SIGNING.finditer(text, max(s, pos - 50), pos))
    if before and not SPEECH_NEAR.search(text[before[-1].end() : pos].lower()):
        return True
    lead = _FOR_SIGNING.match(text, end)
    return bool(lead and _SIGNING.match(text, lead.end()))


def _after_quote(doc: Doc, s: int, pos: int) -> bool:
    """ "“...,” kata Kepala Bidang ... Pemkab X, Nama di X, Senin": the place phrase follows a
    quote and its speech verb in the sentence, however long the speaker's title."""
    text = doc.text
    close = max(text.rfind("”", s, pos), text.rfind('"', s, pos))
    if close == -1:
        return False
    return bool(set(re.findall(r"\w+", text[close:pos].lower())) & SPEECH_VERBS)


def _visit_candidates(doc: Doc, evidence, regions) -> list[tuple[tuple, str]]:
    """(rank, city) of where a delegation went ("berkunjung ke Kota Malang", "mengunjungi
    Kabupaten Yeongdeok"): the city or regency of the destination, never a country or a
    province alone; ranked with a place of holding when told in the evidence or the lead."""
    out = []
    story = doc.story_sentences()
    lead_at = doc.marked.dateline_start or 0
    first = set([sent for sent in story if sent[1] > lead_at][:3])
    for s, e in story:
        rank = _sentence_rank(doc, (s, e), evidence)
        tier = 1 if rank == 0 or (s, e) in first else 4 if rank == 1 else None
        if tier is None:
            continue
        visits = {m.end(): m for r in (_VISIT, _VISIT_BY) for m in r.finditer(doc.text, s, e)}
        for m in visits.values():
            end, _ = _phrase_end(doc, m.end(), e)
            if end <= m.end() or _planned_at(doc, m.start()) or _future_after(doc, end):
                continue
            found = _phrase_place(doc, m.end(), end, regions)
            place = found[0] if found and not found[1] else _framed_town(doc, m.end(), end)
            if place:
                out.append(((tier, rank, m.start()), place))
    return out


_HOSTING = re.compile(
    r"(?<![\w-])(?:" + alternation(HOSTING_WORDS) + r")(?![\w-])",
    re.I,
)


def _host_candidates(doc: Doc, lead) -> list[tuple[tuple, str]]:
    """(rank, city) of a host region receiving visitors in the lead ("Pemerintah Kota Palu
    menerima kunjungan ..."): the seat of the first Indonesian region named before the verb in
    its sentence, ranked after the dateline."""
    out = []
    for s, e in lead:
        for m in _HOSTING.finditer(doc.text, s, e):
            hosts = [
                h
                for h in doc.hits_between(max(s, m.start() - 120), m.start())
                if h.entry.country == "ID" and h.entry.kind in ("city", "regency", "province")
            ]
            if not hosts:
                continue
            host = hosts[0]
            if host.entry.kind == "province":
                seat = PROVINCE_CAPITALS.get(host.entry.code or "")
                if seat:
                    out.append(((3, 1, m.start()), seat))
            else:
                out.append(((3, 1, m.start()), _hit_place(host)))
    return out


# "Kabupaten Yeongdeok": a town's form and a name; every Indonesian one is in the gazetteer,
# so a name there that no hit covers is a town abroad.
_FRAMED_TOWN = re.compile(
    r"(?:Kota|Kabupaten|City of|County of|Distrik|Prefektur)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?![\w'’-])"
)


def _framed_town(doc: Doc, start: int, end: int) -> str | None:
    """A town abroad the gazetteer does not know, named with its form at a visit's
    destination ("mengunjungi Kabupaten Yeongdeok, ...")."""
    m = _FRAMED_TOWN.match(doc.text, start, end)
    if m is None or any(h.start < m.end() and m.start() < h.end for h in doc.hits):
        return None
    return m.group("name")


def _future_after(doc: Doc, end: int) -> bool:
    """ "kunjungan ke Buleleng nanti": a time word after the phrase makes it a plan."""
    tail = doc.text[end : end + 25].lower().lstrip(" ,")
    return any(tail.startswith(w) for w in FUTURE_MARKERS)


def _unknown_place(doc: Doc, start: int, end: int, hits) -> str | None:
    """ "di George Town, Selasa": a name after "di", in no gazetteer, with a time after it."""
    name = doc.text[start:end].strip(" ,–—-")
    if not name or len(name.split()) > 3 or start in hits:
        return None
    first = name.split()[0].lower()
    if first in VENUE_WORDS or first in NOT_A_CITY or first in PLACE_PHRASE_WORDS:
        return None
    if first in NOT_PLACE_OPENERS:
        return None  # "di Bidang Energi Terbarukan": a field, no town
    if not all(w[:1].isupper() for w in name.split()) or _is_weekday(name):
        return None
    return _bare(name)


def _describes_partner(doc: Doc, hit) -> bool:
    """ "Kitakyushu in Japan", "Tarakan, Kalimantan Utara": where a named place lies."""
    before = [h for h in doc.hits if 0 < hit.start - h.end <= 6]
    return any(h.entry.parent == hit.entry.key or h.entry.country == hit.entry.code for h in before)


def activity_place(doc: Doc, evidence: list[tuple[int, int]], sentences: list[tuple[int, int]]):
    """City (or regency) where the activity took place, as written without its form words;
    None when the text does not say (see _place_candidates for the order)."""
    candidates = _place_candidates(doc, evidence)
    if not candidates:
        return None
    best = min(candidates)[1]
    return _town_of(best, [name for _, name in sorted(candidates)]) or best


def _town_of(place: str, names: list[str]) -> str | None:
    """A town the page names that lies in the regency `place` ("WAINGAPU –" beside "di
    Kabupaten Sumba Timur"): the town is where the activity was."""
    entry = load_gazetteer().lookup(place, "regency")
    if entry is None or entry.country != "ID" or not entry.kemendagri:
        return None
    if _squash(place) not in {_squash(a) for a in (*entry.aliases, _bare(entry.name))}:
        return None
    for name in names:
        town = town_in(name, (entry.kemendagri,))
        if town is not None and _squash(town.name) != _squash(place):
            return town.name
    return None
