"""Named entities: gazetteer places and bodies with codes, and organisations found by pattern."""

from __future__ import annotations

import re

from kerjasama.extract.cues import COOPERATION_LOWER, lowered
from kerjasama.extract.doc import Doc
from kerjasama.gazetteer import Entry, Hit, load_gazetteer
from kerjasama.lang.id.organisations import ORG_INNER_WORDS, ORG_LEADS
from kerjasama.record import Entity

_GOV_FORMS = {"pemprov", "pemkab", "pemkot", "pemerintah"}
_PLACE_KINDS = {"province", "regency", "city", "country", "foreign_region", "foreign_city"}
_LEAD = re.compile(
    r"\b(?P<lead>"
    + "|".join(re.escape(k) for k in sorted(ORG_LEADS, key=len, reverse=True))
    + r")\s+"
)
_WORD = re.compile(r"[A-Z0-9][\w&.'’-]*|[a-z]+")


def entity_type(entry: Entry, form: str | None) -> str:
    """Record entity type of a gazetteer entry as written ("Pemprov Kaltim" is GOV)."""
    if entry.kind in _PLACE_KINDS:
        return "GOV" if form in _GOV_FORMS else "GPE"
    if entry.kind in ("ministry", "agency"):
        return "GOV"
    return "ORG"


def find_gazetteer_hits(doc: Doc) -> Doc:
    """Fill doc.hits with gazetteer matches outside boilerplate (the dateline is kept)."""
    # Typos are looked for in articles that speak of cooperation, where a missed party costs a
    # record; elsewhere exact names are enough and the fuzzy pass's time is saved.
    fuzzy = bool(COOPERATION_LOWER.search(lowered(doc.text)))
    hits = load_gazetteer().find(doc.text, fuzzy=fuzzy)
    related = [(s, e) for k, s, e in doc.marked.spans if k in ("related", "caption", "credit")]
    doc.hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in related)]
    return doc


def find_pattern_orgs(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Organisations by leading word: "PT Pupuk Kaltim", "Universitas Mulawarman", "KBRI Tokyo"."""
    if "orgs" not in doc.cache:
        doc.cache["orgs"] = _pattern_orgs(doc)
    return doc.cache["orgs"]  # type: ignore[return-value]


def _pattern_orgs(doc: Doc) -> list[tuple[int, int, str, str]]:
    out = []
    text = doc.text
    for m in _LEAD.finditer(text):
        pos, words = m.end(), []
        end = m.end()
        for w in _WORD.finditer(text, pos):
            gap = text[end : w.start()]
            if gap.strip() or "\n" in gap:
                break
            token = w.group(0)
            if token[0].islower() and token not in ORG_INNER_WORDS:
                break
            words.append(token)
            end = w.end()
            if len(words) >= 8:
                break
        while words and words[-1].lower() in ORG_INNER_WORDS:
            end = end - len(words.pop()) - 1
        if words:
            out.append(
                (m.start(), end, text[m.start() : end].rstrip(".,"), ORG_LEADS[m.group("lead")])
            )
    return out


def build_entities(doc: Doc) -> Doc:
    """Entities from gazetteer hits, pattern organisations and people (dates come later)."""
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
    taken = [(e.start, e.end) for e in ents]
    for s, e, name, kind in find_pattern_orgs(doc):
        if any(a <= s < b or s <= a < e for a, b in taken):
            continue
        etype = "GOV" if kind in ("ministry", "agency") else "ORG"
        ents.append(Entity(id="", type=etype, text=doc.text[s:e], start=s, end=e, canonical=name))
    doc.entities = ents
    return doc


def hit_is_gov_form(hit: Hit) -> bool:
    return hit.form in _GOV_FORMS
