"""Named entities: gazetteer places and bodies with codes, and organisations found by pattern."""

from __future__ import annotations

import re
from bisect import bisect_left

from kerjasama.extract.cues import COOPERATION_WORDS, alternation
from kerjasama.extract.doc import Doc
from kerjasama.extract.localities import find_localities
from kerjasama.gazetteer import Entry, Hit, load_gazetteer
from kerjasama.lang.id.organisations import (
    COMPANY_FRAMES,
    GOVERNMENT_NAME_STARTS,
    NOT_COMPANY_NAMES,
    ORG_INNER_LEADS,
    ORG_INNER_WORDS,
    ORG_LEAD_EXPANSIONS,
    ORG_LEADS,
    ORG_STOP_WORDS,
    ORG_TAILS,
    TITLE_CASE_BREAKS,
)
from kerjasama.lang.id.outlets import VENUE_WORDS
from kerjasama.lang.id.titles import TITLE_HEADS
from kerjasama.record import Entity
from kerjasama.text.case import lowered
from kerjasama.text.literals import CASED, LiteralWords
from kerjasama.text.spans import Spans
from kerjasama.text.trie import trie_pattern

_GOV_FORMS = {"pemprov", "pemkab", "pemkot", "pemerintah"}
_PLACE_KINDS = {"province", "regency", "city", "country", "foreign_region", "foreign_city"}
# A prefix tree matches the longest lead at each position, as a longest-first alternation
# would, in two thirds of the time.
_LEAD = re.compile(r"\b(?P<lead>" + trie_pattern(ORG_LEADS) + r")\s+")
_LEAD_WORDS = LiteralWords(ORG_LEADS, group=CASED)  # where _LEAD is tried
_WORD = re.compile(r"['’‘]?[A-Z0-9][\w&.'’-]*|[a-z]+")  # "Universitas ‘Aisyiyah"
# An acronym in brackets inside a name: "Kejaksaan Negeri (Kejari) Karawang".
_BRACKET_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9&.-]{1,12})\)[ \t]*")
_TAIL = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w&'’-]*[ \t]+|(?<=[ \t])Co\.?,?[ \t]+){1,4}(?:"
    + "|".join(re.escape(k) for k in sorted(ORG_TAILS, key=len, reverse=True))
    + r"))\b\.?"
)

_FRAMED_COMPANY = re.compile(
    r"(?<![\w-])(?:" + "|".join(COMPANY_FRAMES) + r")[ \t]+"
    r"(?P<name>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,2})"
)
# Where the patterns above can match at all: a closing word stands, or a frame word opens.
_TAIL_WORDS = LiteralWords(ORG_TAILS, group=CASED)
_FRAME_WORDS = LiteralWords(COMPANY_FRAMES, before="-", group=CASED)


def entity_type(entry: Entry, form: str | None) -> str:
    """Record entity type of a gazetteer entry as written ("Pemprov Kaltim" is GOV)."""
    if entry.kind in _PLACE_KINDS:
        return "GOV" if form in _GOV_FORMS else "GPE"
    if entry.kind in ("ministry", "agency"):
        return "GOV"
    return "ORG"


def _start(hit: Hit) -> int:
    return hit.start


def find_gazetteer_hits(doc: Doc) -> Doc:
    """Fill doc.hits with gazetteer matches outside boilerplate (the dateline is kept)."""
    # Typos are looked for in articles that speak of cooperation, where a missed party costs a
    # record; elsewhere exact names are enough and the fuzzy pass's time is saved.
    fuzzy = COOPERATION_WORDS.search(lowered(doc.text)) is not None
    hits = load_gazetteer().find(doc.text, fuzzy=fuzzy)
    if fuzzy:  # foreign towns known by their frame, where a cooperation may name them
        hits = sorted([*hits, *find_localities(doc.text, hits, doc.sentences)], key=_start)
    related = Spans((s, e) for k, s, e in doc.marked.spans if k in ("related", "caption", "credit"))
    doc.hits = [
        h
        for h in hits
        if not related.covers(h.start, h.end) and not _SITE_AFTER.match(doc.text, h.end)
    ]
    doc.hits = sorted([*doc.hits, *_local_governments(doc.text, doc.hits)], key=_start)
    return doc


# "Pemkab setempat" ("the local regency"): the government of the region named before it.
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![\w-])(?P<form>(?i:pemkab|pemkot|pemko|pemprov|pemda|pemerintah\s+(?:kabupaten|"
    r"kota|provinsi|daerah)))\s+(?i:setempat)(?![\w-])"
)
_LOCAL_KINDS = {
    "pemkab": ("regency",),
    "kabupaten": ("regency",),
    "pemkot": ("city",),
    "pemko": ("city",),
    "kota": ("city",),
    "pemprov": ("province",),
    "provinsi": ("province",),
    "pemda": ("regency", "city", "province"),
    "daerah": ("regency", "city", "province"),
}


def _local_governments(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits for "Pemkab/Pemkot/Pemprov setempat": the last Indonesian region of that kind
    named before it (its dateline's too), as the government it is."""
    out = []
    for m in _LOCAL_GOVERNMENT.finditer(text) if "setempat" in text.lower() else ():
        kinds = _LOCAL_KINDS[m.group("form").split()[-1].lower()]
        before = [
            h
            for h in hits
            if h.end <= m.start() and h.entry.country == "ID" and h.entry.kind in kinds
        ]
        if before:
            region = before[-1]
            out.append(Hit(m.start(), m.end(), m.group(0), region.entry, "pemerintah"))
    return out


# A name that runs on into a site's domain ("Sonora.ID", "Bali.com"): an outlet, no place.
_SITE_AFTER = re.compile(r"\.(?i:co\.id|com|id|net|org|co)(?![\w.])")


def find_pattern_orgs(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Organisations by leading word: "PT Pupuk Kaltim", "Universitas Mulawarman", "KBRI Tokyo"."""
    if "orgs" not in doc.cache:
        doc.cache["orgs"] = _pattern_orgs(doc)
    return doc.cache["orgs"]  # type: ignore[return-value]


def _pattern_orgs(doc: Doc) -> list[tuple[int, int, str, str]]:
    out = []
    acronyms: dict[tuple[str, str], tuple[str, str]] = {}
    text = doc.text
    for m in _LEAD_WORDS.matches(_LEAD, text):
        pos, words = m.end(), []
        end = m.end()
        limit = doc.sentence_of(m.start())[1]  # a name ends with its sentence
        skipped: list[tuple[int, int]] = []  # bracketed acronyms inside the name
        while True:
            w = _WORD.match(text, pos)
            if w is not None and w.start() >= limit:
                break  # "PT X Grup. Bertempat di ...": the next sentence
            if w is None:
                bracket = _BRACKET_ACRONYM.match(text, end)
                if bracket is None or len(words) >= 8:
                    break
                nxt = _WORD.match(text, bracket.end())
                if nxt is None or not nxt.group(0)[:1].isupper():
                    break
                skipped.append((end, bracket.end()))
                pos = end = bracket.end()
                continue
            gap = text[end : w.start()]
            if gap.strip() or "\n" in gap:
                break
            token = w.group(0)
            if token[0].islower() and token not in ORG_INNER_WORDS:
                break
            if token == "di" and _VENUE_AFTER.match(text, _skip_space(text, w.end())):
                break  # "Kejaksaan Negeri Kediri di Pendopo ...": where it signed, no name
            if words and _LEAD.match(text, w.start()) and token not in ORG_INNER_LEADS:
                break  # "Kejari Karawang dan PT Makmur": the next name begins
            if token.lower() in ORG_STOP_WORDS:
                break  # "Polda NTT Gandeng PNTL": the headline's verb
            if token[0].isupper() and token.lower() in TITLE_CASE_BREAKS:
                break  # "... Sulawesi Selatan Untuk Mengembangkan": a title-case small word
            if words and words[-1] in ("dan", "serta") and token.lower() in GOVERNMENT_NAME_STARTS:
                break  # "PT X dan Pemerintah Provinsi Y": the government is the next party
            words.append(token)
            end = w.end()
            pos = _skip_space(text, end)
            if len(words) >= 8:
                break
        while words and words[-1].lower() in ORG_INNER_WORDS:
            end = end - len(words.pop()) - 1
        if words:
            name = _canonical_org(text, m.start(), end, m.group("lead"), skipped)
            kind = ORG_LEADS[m.group("lead")]
            out.append((m.start(), end, name, kind))
            if skipped and skipped[-1][1] < end:
                rest = text[skipped[-1][1] : end].rstrip(".,")
                acronyms[(_bracketed(text, skipped[-1]), rest)] = (
                    name,
                    kind,
                )
    taken = Spans((s, e) for s, e, _, _ in out)
    # "Institut Teknologi Nasional (ITN) Malang", later "ITN Malang": the same body.
    for (acronym, rest), (name, kind) in acronyms.items():
        form = acronym + " " + rest
        at = text.find(form)
        while at != -1:
            end = at + len(form)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if whole and not taken.holds(at):
                out.append((at, end, name, kind))
            at = text.find(form, end)
    for m in _TAIL.finditer(text) if _TAIL_WORDS.search(text) else ():
        s, e = m.start("name"), m.end("name")
        while (head := _TITLE_HEAD_WORD.match(text, s, e)) and head.end() < e:
            s = head.end()  # "Rektor Aichi Prefectural University": the title is no part of it
        if taken.overlaps(s, e):
            continue
        tail = text[s:e].split()[-1]
        out.append((s, e, text[s:e], ORG_TAILS[tail]))
    out.extend(_framed_companies(doc, [(s, e) for s, e, _, _ in out]))
    out.sort()
    return out


# A venue word: after "di" it opens a place phrase, not the rest of a name ("KBRI di Tokyo").
_VENUE_AFTER = re.compile(r"(?i:" + alternation(VENUE_WORDS) + r")\b")


# A head's title opening a run before an organisation's closing word.
_TITLE_HEAD_WORD = re.compile(
    r"(?:" + trie_pattern({w.capitalize() for w in TITLE_HEADS}) + r")[ \t]+"
)


def _framed_companies(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Companies named with no PT or Ltd, known by a frame word before them ("dengan
    perusahaan Fluedtec Jerman", "company Gurin Energy"): the capitalised words up to a place
    the gazetteer knows (its origin) or a word that is no name."""
    out = []
    text = doc.text
    starts = sorted(h.start for h in doc.hits)
    for m in _FRAME_WORDS.matches(_FRAMED_COMPANY, text):
        s, e = m.start("name"), m.end("name")
        if any(a <= s < b or s <= a < e for a, b in taken):
            continue
        i = bisect_left(starts, s)
        if i < len(starts) and starts[i] < e:
            e = starts[i]  # "Fluedtec Jerman": the place is the company's origin
        words = text[s:e].split()
        while words and words[-1].lower() in NOT_COMPANY_NAMES | ORG_STOP_WORDS:
            words.pop()
        if not words or words[0].lower() in NOT_COMPANY_NAMES | ORG_STOP_WORDS:
            continue
        name = " ".join(words)
        out.append((s, s + len(name), name, "company"))
    return out


def _bracketed(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]].strip().strip("()")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _canonical_org(text: str, start: int, end: int, lead: str, skipped) -> str:
    """The name as a party: bracketed acronyms dropped, a short lead written out."""
    parts, pos = [], start
    for a, b in skipped:
        if b <= end:
            parts.append(text[pos:a])
            pos = b
    parts.append(text[pos:end])
    name = " ".join(" ".join(parts).split()).rstrip(".,")
    full = ORG_LEAD_EXPANSIONS.get(lead)
    if full and name.startswith(lead):
        name = full + name[len(lead) :]
    return name


def build_entities(doc: Doc) -> Doc:
    """Entities from gazetteer hits, pattern organisations and people (dates come later)."""
    # (Validated construction: pydantic-core checks these few fields in half the time that
    # `model_construct`'s Python loop takes to skip the checks.)
    ents: list[Entity] = []
    for h in doc.hits:
        ents.append(
            Entity(
                id="",
                type=entity_type(h.entry, h.form),
                text=h.surface,
                start=h.start,
                end=h.end,
                canonical=h.entry.name,
                code=h.entry.code,
            )
        )
    taken = Spans((e.start, e.end) for e in ents)
    for s, e, name, kind in find_pattern_orgs(doc):
        if taken.overlaps(s, e):
            continue
        etype = "GOV" if kind in ("ministry", "agency") else "ORG"
        ents.append(Entity(id="", type=etype, text=doc.text[s:e], start=s, end=e, canonical=name))
    doc.entities = ents
    return doc


def hit_is_gov_form(hit: Hit) -> bool:
    return hit.form in _GOV_FORMS
