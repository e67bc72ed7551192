"""At what stage a partnership is in the reported activity: the action and the instrument.

Each action word is read in its own clause: a signing can be done, only planned or hoped
for, not yet done, or background (an earlier document, a relative clause, a past year). The
reported activity is the one the lead speaks of; later sentences decide only when the lead
does not. Every pattern runs over the whole text with start and end positions, so a word cut
at the edge of a window never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kerjasama.extract.cues import PLANNED, alternation, keyed_matches, words_pattern
from kerjasama.extract.doc import Doc
from kerjasama.extract.when_where import is_planned
from kerjasama.lang.id.cooperation import (
    APPROVAL_BODIES,
    APPROVAL_DOCUMENTS,
    BACKGROUND_CUES,
    DEED_CUES,
    DRAFT_WORDS,
    EXISTING_COOPERATION_CUES,
    EXPLORE_CUES,
    FOLLOW_UP_OF,
    FORMED_CUES,
    FUTURE_AUXILIARIES,
    HOPE_CUES,
    IMPLEMENT_ACTIVITIES,
    NOT_YET_CUES,
    OUTCOME_VERBS,
    PAST_AFTER_CUES,
    PLANNED_AFTER_CUES,
    PURPOSE_CUES,
    REMINDER_OPENERS,
    RENEWAL_WORDS,
    SIGN_STEMS,
    TAKE_PLACE_VERBS,
    TWINNING_WORDS,
    WITNESS_VERBS,
)
from kerjasama.lang.id.organisations import POINTER_WORDS

_SIGN = re.compile(r"(?<![\w-])(?:" + "|".join(SIGN_STEMS) + r")(?![\w])", re.I)
_PLANNED_AFTER = words_pattern(PLANNED_AFTER_CUES)
_WITNESS = words_pattern((*WITNESS_VERBS, *OUTCOME_VERBS))
_FOLLOW_UP_OF = re.compile(r"(?i:(?<![\w-])(?:" + alternation(FOLLOW_UP_OF) + r"))\s+$")
_APPROVAL_SIGNED = re.compile(r"\s+(?i:" + alternation(APPROVAL_DOCUMENTS) + r")(?![\w-])")
_WITNESSED_GAP = re.compile(r"(?:[ \t]+[\w()-]+){0,3}?[ \t]+$")  # "menyaksikan setidaknya empat"
_HOPE = words_pattern(HOPE_CUES)
_PURPOSE = words_pattern(PURPOSE_CUES)
_DEED = words_pattern(DEED_CUES)
# "penandatanganan MoU itu akan dilakukan": a future auxiliary before a verb of taking
# place, a few words after a nominal signing (matched from the signing on, never a slice).
_FUTURE_DEED = re.compile(
    r"(?:\s+[^\s.!?]+){0,7}?\s+(?:"
    + "|".join(re.escape(w) for w in FUTURE_AUXILIARIES)
    + r")\s+(?:\w+\s+)?(?:"
    + "|".join(re.escape(w) for w in TAKE_PLACE_VERBS)
    + r")\b",
    re.I,
)
_TAKES_PLACE = re.compile(
    r"(?:\s+[^\s.!?]+){0,3}?\s+(?:" + "|".join(re.escape(w) for w in TAKE_PLACE_VERBS) + r")\b",
    re.I,
)
_NOT_YET = words_pattern(NOT_YET_CUES)
_BACKGROUND = words_pattern(BACKGROUND_CUES)
_REMINDER = words_pattern(REMINDER_OPENERS)
_OPENER_SPAN = 30  # a reminder opener stands this near the start of its sentence
_PAST_AFTER = words_pattern(PAST_AFTER_CUES)
_APPROVAL = words_pattern(APPROVAL_BODIES)
_DRAFT = words_pattern(DRAFT_WORDS)
_EXISTING = words_pattern(EXISTING_COOPERATION_CUES)
_TWINNING = words_pattern(TWINNING_WORDS)
_FORMED = words_pattern(FORMED_CUES)
_EXPLORE_WORD = words_pattern(EXPLORE_CUES)
# A relative clause over a signed document ("MoU yang telah ditandatangani") is background.
_RELATIVE = re.compile(
    r"\b(?:yang|which|that)\s+(?:(?:telah|sudah|pernah|was|were|had been|has been|have been)\s+)?$",
    re.I,
)
_PLAIN_RELATIVE = re.compile(r"(?:yang|which|that)\s+", re.I)
_INFINITIVE = re.compile(r"\bto\s+$", re.I)  # English "to sign": a purpose, not a deed
_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
# Where a clause starts: punctuation or a conjunction that opens a new clause.
_CLAUSE = re.compile(
    r"[,;:()\"“”]|\b(?:sedangkan|namun|tetapi|sementara|setelah|sehingga|karena|"
    r"while|but|after)\b",
    re.I,
)
# A nominal signing pointing back at one already told ("Penandatanganan ini ...").
_ANAPHOR = re.compile(rf"\s+(?:{alternation((*POINTER_WORDS, 'this'))})\b", re.I)
_THIS = re.compile(r"\s+(?:ini|this)\b", re.I)  # "this" document: the one being reported
# Verb forms that report a signing as such (nominal "penandatanganan" alone is weaker).
# A headline's bare verb ("Bogor-Kisarazu Tandatangani LoI") is a verb too.
_VERB = re.compile(r"^(?:di|me|men|ber)|^(?:teken|signed)$|tangan(?:i|kan)$", re.I)

_WINDOW = 60
_QUOTES = ('"', "“", "”")
_RENEWAL = frozenset(w.lower() for w in RENEWAL_WORDS)
_ACTIVITIES = frozenset(w.lower() for w in IMPLEMENT_ACTIVITIES)
# An account of a period's cooperation ("sepanjang 2023", "selama tahun 2022") or the n-th
# session of a standing forum ("Sidang ke-33", "pertemuan ... ke-5"): a review.
_PERIOD = re.compile(r"\b(?:sepanjang|selama|throughout)\s+(?:tahun\s+)?((?:19|20)\d\d)\b", re.I)
_SESSION = re.compile(
    r"\b(?:pertemuan|sidang|mesyuarat|session)(?:\s+[^\s.,;]+){0,2}?\s+ke-?\s?([2-9]|\d\d+)\b",
    re.I,
)
# What lies between a document's name and a gloss of it: "PKS (MoU", "MoU atau Memorandum".
_GLOSS = re.compile(r"\s*(?:\(|atau\b|or\b)\s*", re.I)


@dataclass(slots=True)
class StageReading:
    action: str
    instrument: str
    evidence: list[tuple[int, int]]
    strength: float
    cued: bool = True  # False when no stage word was found (the default reading)


@dataclass(slots=True)
class _Event:
    action: str
    status: str  # done, planned, hoped, not_yet, background
    sentence: tuple[int, int]
    rank: int  # index among the sentences read
    pos: int
    strong: bool = True
    renewal: bool = False  # a review word that renews or extends a document


def _clause_start(text: str, s: int, pos: int) -> int:
    start = max(s, pos - _WINDOW)
    for m in _CLAUSE.finditer(text, start, pos):
        start = m.end()
    return start


def _clause_end(text: str, pos: int, e: int) -> int:
    m = _CLAUSE.search(text, pos, min(e, pos + _WINDOW))
    return m.start() if m else min(e, pos + _WINDOW)


def _reference_year(doc: Doc) -> int | None:
    """The year of the report: its publication, else the latest year the text names."""
    if doc.published:
        return doc.published.year
    if "stage_year" not in doc.cache:
        years = [int(y) for y in _YEAR.findall(doc.text)]
        doc.cache["stage_year"] = max(years) if years else None
    return doc.cache["stage_year"]  # type: ignore[return-value]


def _sign_status(
    doc: Doc, s: int, e: int, m: re.Match[str], ref_year: int | None, nominal: bool
) -> str:
    text = doc.text
    c0, c1 = _clause_start(text, s, m.start()), _clause_end(text, m.end(), e)
    if _FOLLOW_UP_OF.search(text, max(s, m.start() - 24), m.start()):
        return "background"  # "tindak lanjut dari penandatanganan MoU": signed before
    # "penandatanganan ... dijadwalkan", "menandatangani ... pada 7 September mendatang"
    after = _PLANNED_AFTER.search(text, m.end(), c1) or (
        _FUTURE_DEED.match(text, m.end()) if nominal else None
    )
    relative = _RELATIVE.search(text, max(s, m.start() - 30), m.start())
    if relative and not (_PLAIN_RELATIVE.fullmatch(relative.group(0)) and _told_when(doc, m)):
        return "background"
    if _NOT_YET.search(text, c0, m.start()):
        return "not_yet"
    # A wish governs a nominal signing told after it anywhere in the sentence ("berharap
    # pada Februari program dimulai, yang diawali dengan penandatanganan"), unless the
    # signing points back at one told ("penandatanganan ini").
    hope_from = c0
    if nominal and not _ANAPHOR.match(text, m.end()):
        hope_from = max(s, *(text.rfind(q, s, m.start()) for q in _QUOTES))  # not a quote's
    if _HOPE.search(text, hope_from, m.start()):
        return "hoped"  # no text yet, only a wish: explore (domain.md)
    if (
        _plan_governs(text, s, m.start())  # a plan word in the signing's clause, or before it
        or PLANNED.search(text, s, min(s + 25, m.start()))  # "Direncanakan 7 Juli, ..."
        or _INFINITIVE.search(text, max(s, m.start() - 4), m.start())
        or _PURPOSE.search(text, max(s, m.start() - 30), m.start())
        or after
        # "menandatangani ... pada 7 September mendatang": a day still to come
        or any(m.end() <= d.start < e and is_planned(doc, d) for d in doc.dates)
    ):
        return "planned"
    if _BACKGROUND.search(text, c0, m.start()) or _PAST_AFTER.search(text, m.end(), c1):
        return "background"
    if _REMINDER.search(text, s, min(m.start(), s + _OPENER_SPAN)):
        return "background"  # "Seperti diketahui, ...": the whole sentence recalls
    if ref_year:
        years = [int(y) for y in _YEAR.findall(text, m.end(), c1)]
        if years and max(years) < ref_year:
            return "background"
    return "done"


def _plan_governs(text: str, s: int, pos: int) -> bool:
    """A plan word earlier in the sentence whose clause runs on to the signing ("enam
    perusahaan dijadwalkan berkunjung ... untuk meninjau lokasi dan menandatangani MoU")."""
    plans = list(PLANNED.finditer(text, s, pos))
    return bool(plans) and _CLAUSE.search(text, plans[-1].end(), pos) is None


def _told_when(doc: Doc, m: re.Match[str]) -> bool:
    """A signing in a plain relative clause that gives its own day ("nota kesepahaman yang
    ditandatangani kedua pihak di aula Rumah Jabatan Bupati, Jumat"): the report itself
    (one "yang telah ditandatangani" stays background)."""
    end = doc.sentence_of(m.start())[1]
    return any(m.end() < d.start < end and d.start - m.end() <= 120 for d in doc.dates)


def _reported_as_done(text: str, s: int, m: re.Match[str]) -> bool:
    """A nominal signing told as a deed: "usai melakukan penandatanganan", "penandatanganan
    MoU dilakukan di ..." (a bare "penandatanganan" may be a plan or a procedure)."""
    if _DEED.search(text, max(_clause_start(text, s, m.start()), m.start() - 30), m.start()):
        return True
    return bool(_TAKES_PLACE.match(text, m.end())) and not _FUTURE_DEED.match(text, m.end())


def _witnessed_documents(text: str, s: int, e: int) -> list[re.Match[str]]:
    """Witness or outcome verbs whose object is a document, a few words on, with no signing
    word told between ("menyaksikan setidaknya empat nota kesepahaman", "melahirkan
    kesepakatan bersama"): the document was signed."""
    found = []
    for m in _WITNESS.finditer(text, s, e):
        reach = min(e, m.end() + 48)
        doc_word = next((d for _, d in keyed_matches("instrument", text, m.end(), reach)), None)
        if (
            doc_word is not None
            and _WITNESSED_GAP.fullmatch(text, m.end(), doc_word.start()) is not None
            and _SIGN.search(text, m.end(), doc_word.start()) is None
        ):
            found.append(m)
    return found


def _events(doc: Doc, sentences: list[tuple[int, int]]) -> list[_Event]:
    text = doc.text
    ref_year = _reference_year(doc)
    out: list[_Event] = []
    last_sign: _Event | None = None
    for rank, (s, e) in enumerate(sentences):
        for m in _SIGN.finditer(text, s, e):
            if _APPROVAL_SIGNED.match(text, m.end()):
                # "penandatanganan berita acara persetujuan kerja sama": the council approves
                out.append(_Event("negotiate", "done", (s, e), rank, m.start()))
                continue
            nominal = not _VERB.search(m.group(0))
            status = _sign_status(doc, s, e, m, ref_year, nominal)
            strong = not nominal or _reported_as_done(text, s, m)
            if nominal and last_sign and _ANAPHOR.match(text, m.end()):
                status = last_sign.status  # the same signing told again
            if status == "not_yet" and _exploring(text, s, e):
                status = "hoped"  # "baru penjajakan, belum teken MoU": no text yet
            ev = _Event("sign", status, (s, e), rank, m.start(), strong=strong)
            out.append(ev)
            last_sign = ev
        for m in _witnessed_documents(text, s, e):
            status = _sign_status(doc, s, e, m, ref_year, False)
            out.append(_Event("sign", status, (s, e), rank, m.start()))
        for key, m in keyed_matches("action", text, s, e):
            if key == "sign":
                continue
            if key == "negotiate":
                strong = bool(
                    _DRAFT.search(text, s, e)
                    or _APPROVAL.search(text, s, e)
                    or _discussed_document(doc, m.end(), e)
                )
                out.append(_Event(key, "done", (s, e), rank, m.start(), strong))
            elif key == "review":
                c0 = _clause_start(text, s, m.start())
                status = "hoped" if _HOPE.search(text, c0, m.start()) else "done"
                renewal = m.group(0).lower() in _RENEWAL
                out.append(_Event(key, status, (s, e), rank, m.start(), renewal=renewal))
            else:
                activity = " ".join(m.group(0).lower().split()) in _ACTIVITIES
                out.append(_Event(key, "done", (s, e), rank, m.start(), strong=activity))
        for m in _PERIOD.finditer(text, s, e):
            if ref_year is None or int(m.group(1)) <= ref_year:
                out.append(_Event("review", "done", (s, e), rank, m.start()))
        for m in _SESSION.finditer(text, s, e):
            out.append(_Event("review", "done", (s, e), rank, m.start()))
    return out


def _exploring(text: str, s: int, e: int) -> bool:
    """The sentence calls the activity exploration ("baru penjajakan")."""
    return any(key == "explore" for key, _ in keyed_matches("action", text, s, e))


def _discussed_document(doc: Doc, pos: int, e: int) -> bool:
    """ "pembahasan MoU pengelolaan sampah": what is discussed is a document, so a text
    exists (a discussion of cooperation in general is no negotiation)."""
    found = keyed_matches("instrument", doc.text, pos, min(e, pos + 30))
    return any(m.start() - pos <= 4 for _, m in found)


def _instrument(doc: Doc, sent: tuple[int, int], pos: int | None) -> str | None:
    """The document a sentence's activity is about: the one nearest the action word; an
    MoU over the PKS named with it (the agreements carry the MoU out)."""
    found = []
    prev_end = -1
    for key, m in keyed_matches("instrument", doc.text, *sent):
        # "perjanjian kerja sama (MoU)": the word in brackets glosses the one named.
        if not (prev_end >= 0 and _GLOSS.fullmatch(doc.text, prev_end, m.start())):
            found.append((abs((pos if pos is not None else m.start()) - m.start()), key))
        prev_end = m.end()
    if not found:
        return None
    keys = {k for _, k in found}
    if {"mou", "agreement"} <= keys and min(found)[1] != "loi":
        return "mou"
    return min(found)[1]


def read_stage(doc: Doc, sentences: list[tuple[int, int]], lead: int = 3) -> StageReading:
    """Read the action and instrument from cooperation sentences (lead sentences first).

    `lead` is how many of the first sentences count as the lead of the story."""
    events = _events(doc, sentences)
    first = _first_instrument(doc, sentences)
    unplanned = _not_planned(sentences, events)
    # A document exists: one named where no signing is still to come, an existing
    # cooperation's words, or a signing told as done before ("kerja sama ... yang
    # ditandatangani tahun lalu") though no document is named.
    existing = (
        _first_instrument(doc, unplanned)
        or any(_EXISTING.search(doc.text, s, e) for s, e in unplanned)
        or any(ev.action == "sign" and ev.status == "background" for ev in events)
    )

    def reading(action: str, ev: _Event | None, strength: float, default: str) -> StageReading:
        if ev is None:
            return StageReading(action, default, sentences[:1], strength)
        inst = _instrument(doc, ev.sentence, ev.pos) or first or default
        if action == "sign" and inst != "loi" and _letter_told_again(doc, sentences):
            inst = "loi"
        return StageReading(action, inst, [ev.sentence], strength)

    def pick(pred, in_lead: bool) -> _Event | None:
        for ev in events:
            if (ev.rank < lead or not in_lead) and pred(ev):
                return ev
        return None

    def done_sign(ev: _Event) -> bool:
        return ev.action == "sign" and ev.status == "done"

    def review(ev: _Event) -> bool:
        return ev.action == "review" and ev.status == "done"

    def negotiating(ev: _Event) -> bool:
        return (ev.action == "sign" and ev.status in ("planned", "not_yet")) or (
            ev.action == "negotiate" and ev.strong
        )

    # A bare nominal signing ("penandatanganan MoU") counts only when no signing is planned.
    if any(ev.action == "sign" and ev.status in ("planned", "not_yet") for ev in events):
        events = [
            ev
            for ev in events
            if not (ev.action == "sign" and not ev.strong and ev.status == "done")
        ]
    reviews_all = [ev for ev in events if review(ev)]
    explored = pick(lambda x: _explores(doc, x), True)  # the lead names exploration itself
    for in_lead in (True, False):
        ev = pick(done_sign, in_lead)
        if ev is not None:
            return reading("sign", ev, 0.9, "mou")
        ev = pick(review, in_lead)
        if ev is not None and (in_lead or len(reviews_all) >= 1):
            if ev.renewal and (signed := pick(done_sign, False)):
                # a renewal signed ("penandatanganan perpanjangan ...", nominal too): a signing
                return reading("sign", signed, 0.85, "mou")
            return reading("review", ev, 0.75, "none")
        ev = pick(negotiating, in_lead)
        if ev is not None:
            return reading("negotiate", ev, 0.7, "mou")
        if in_lead:
            ev = pick(lambda x: x.action == "implement", True)
            if ev is not None and (existing or ev.strong) and (ev.strong or not explored):
                return reading("implement", ev, 0.7, "none")
    ev = pick(lambda x: x.action == "implement", False)
    hoped = any(x.status == "hoped" for x in events)
    if ev is not None and (existing or ev.strong) and not hoped and (ev.strong or not explored):
        return reading("implement", ev, 0.55, "none")
    formed = _twinning_formed(doc, sentences)
    if formed is not None:  # the document named there, else the MoU that forms a twinning
        return StageReading("implement", _instrument(doc, formed, None) or "mou", [formed], 0.55)
    ev = pick(lambda x: x.action == "explore" or x.status == "hoped", False)
    if ev is not None:
        return StageReading("explore", "none", [ev.sentence], 0.7)
    return StageReading("explore", "none", sentences[:1], 0.7, cued=False)


def _twinning_formed(doc: Doc, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A sentence telling that a twinning is already formed, with no newer step told: the
    twinning's MoU is in force and the story is of it at work."""
    for s, e in sentences:
        if _TWINNING.search(doc.text, s, e) and _FORMED.search(doc.text, s, e):
            return (s, e)
    return None


def _explores(doc: Doc, ev: _Event) -> bool:
    """An event named as exploration itself ("menjajaki", "penjajakan"), not a meeting: the
    lead that says so outweighs a programme or a follow-up named beside it."""
    return ev.action == "explore" and bool(_EXPLORE_WORD.match(doc.text, ev.pos))


def _letter_told_again(doc: Doc, sentences: list[tuple[int, int]]) -> bool:
    """The signed document is named again as a letter of intent pointed back at ("LoI ini
    ditandatangani", "pernyataan kehendak ini merupakan langkah awal"): the lead that called
    it an MoU spoke loosely, the letter is what was signed."""
    for s, e in sentences:
        for key, m in keyed_matches("instrument", doc.text, s, e):
            if key == "loi" and _THIS.match(doc.text, m.end()):
                return True
    return False


def _not_planned(sentences: list[tuple[int, int]], events: list[_Event]):
    """The sentences that tell no signing still to come or only wished for: a document
    named there may exist (one named only as a plan is no ground for implementation)."""
    planned = {ev.sentence for ev in events if ev.status in ("planned", "hoped", "not_yet")}
    return [sent for sent in sentences if sent not in planned]


def _first_instrument(doc: Doc, sentences: list[tuple[int, int]]) -> str | None:
    for s, e in sentences:
        for key, _ in keyed_matches("instrument", doc.text, s, e):
            return key
    return None
