"""People and their roles: title + organisation + name, enumerations, later mentions by surname."""

from __future__ import annotations

from dataclasses import dataclass, field

from kerjasama.extract.doc import Doc
from kerjasama.extract.names import clean_name, is_name_token, known_org
from kerjasama.gazetteer import Hit
from kerjasama.lang.id.titles import (
    EXPANDED_IN_ROLES,
    ORG_HEADS,
    SHORT_FORMS,
    TITLE_HEADS,
    TITLE_PREFIX_HEADS,
    TITLE_WORDS,
)
from kerjasama.record import Person
from kerjasama.text.tokens import Token, tokenize

_CONNECTORS = {"dan", "&", "of", "and", "luar", "dalam", "for", "the"}
_ROMAN = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"}
_BRIDGES = {"dari", "from"}


@dataclass(slots=True)
class Draft:
    """A person found by a title pattern, before merging mentions."""

    name: str
    role: str | None
    org: str | None
    org_code: str | None
    start: int
    end: int
    base_org: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _hit_starting(hits: dict[int, Hit], tok: Token) -> Hit | None:
    return hits.get(tok.start)


def _role_text(words: list[str]) -> str | None:
    out: list[str] = []
    for w in words:
        expanded = SHORT_FORMS.get(w.lower()) if w.lower() in EXPANDED_IN_ROLES else None
        out.append(expanded if expanded else w)
    while out and out[-1].lower() in _CONNECTORS:
        out.pop()
    return " ".join(out) or None


def _parse_title(toks: list[Token], i: int, hits: dict[int, Hit]) -> tuple[list[str], int]:
    """Consume title words from toks[i]; returns the role words and the next index."""
    words: list[str] = []
    n = len(toks)
    while i < n:
        tok = toks[i]
        low = tok.lower
        if tok.text == "(" and i + 2 < n and toks[i + 2].text == ")":
            i += 3  # an acronym in brackets: "Penjabat (Pj) Gubernur"
            continue
        if _hit_starting(hits, tok) and words:
            break
        is_title = low in TITLE_HEADS or low in SHORT_FORMS or low in TITLE_WORDS
        if is_title and (tok.is_cap or low in TITLE_WORDS and words):
            words.append(tok.text)
            i += 1
            continue
        if words and (low in _ROMAN or low in _CONNECTORS):
            nxt = toks[i + 1] if i + 1 < n else None
            if low in _ROMAN or (nxt and nxt.lower in TITLE_WORDS):
                words.append(tok.text)
                i += 1
                continue
        break
    return words, i


def _parse_org(
    toks: list[Token], i: int, hits: dict[int, Hit]
) -> tuple[str | None, Hit | None, int]:
    """After a title: a region or body ("Kaltim", "Provinsi Anhui") or an organisation."""
    n = len(toks)
    if i < n and toks[i].lower in _BRIDGES:
        i += 1
    start = i
    first_hit: Hit | None = None
    while i < n:
        tok = toks[i]
        hit = _hit_starting(hits, tok)
        if hit:
            first_hit = first_hit or hit
            while i < n and toks[i].start < hit.end:
                i += 1
            if i + 2 < n and toks[i].text == "(" and toks[i + 2].text == ")":
                i += 3  # "Kalimantan Timur (Kaltim)"
            continue
        if tok.lower in ORG_HEADS and tok.is_cap or (i > start and tok.text == "-"):
            i += 1
            continue
        if i > start and toks[i - 1].lower in ORG_HEADS and tok.text.isupper() and len(tok.text) > 1:
            i += 1  # "Kadin ASEAN", "PT ABC"
            continue
        break
    if i == start:
        return None, None, i
    org_text = _span_text(toks, start, i)
    return org_text, first_hit, i


def _span_text(toks: list[Token], a: int, b: int) -> str:
    out = ""
    for k in range(a, b):
        tok = toks[k]
        if k > a and tok.start > toks[k - 1].end:
            out += " "
        out += tok.text
    return out


def _parse_name(toks: list[Token], i: int, hits: dict[int, Hit]) -> tuple[str | None, int]:
    n = len(toks)
    j = i
    if j < n and toks[j].text == "," and j + 1 < n:
        j += 1  # "Kepala Dinas ..., Puguh Harjanto"
    start = j
    while j < n and j - start < 6:
        tok = toks[j]
        if tok.text == "." and j > start and len(toks[j - 1].text) <= 2:
            j += 1  # initials "H. M."
            continue
        if not is_name_token(tok) or _hit_starting(hits, tok):
            break
        j += 1
    if j == start:
        return None, i
    name = clean_name(_span_text(toks, start, j))
    return (name, j) if name else (None, i)


def find_people(doc: Doc) -> Doc:
    """Fill doc.people from title patterns, then link later mentions to the full names."""
    hits = {h.start: h for h in doc.hits}
    drafts: list[Draft] = []
    for s, e in doc.story_sentences():
        drafts.extend(_sentence_people(doc, tokenize(doc.text, s, e), hits))
    doc.people = _merge(doc, drafts)
    return doc


def _sentence_people(doc: Doc, toks: list[Token], hits: dict[int, Hit]) -> list[Draft]:
    out: list[Draft] = []
    i, n = 0, len(toks)
    last: Draft | None = None
    while i < n:
        tok = toks[i]
        low = tok.lower
        if not (tok.is_cap and (low in TITLE_HEADS or low in SHORT_FORMS)):
            last = _continue_list(doc, toks, i, hits, last, out)
            i += 1
            continue
        words, j = _parse_title(toks, i, hits)
        if not words or (words[-1].lower() in TITLE_PREFIX_HEADS and len(words) == 1):
            i += 1
            continue
        org, hit, k = _parse_org(toks, j, hits)
        name, m = _parse_name(toks, k, hits)
        if not name:
            i = max(j, i + 1)
            continue
        org_name, org_code = known_org(org, hit, doc, tok.start)
        last = Draft(name, _role_text(words), org_name, org_code, toks[m - 1].end - len(name), toks[m - 1].end,
                     base_org=org)
        doc.role_spans.append((tok.start, toks[m - 1].end))
        out.append(last)
        i = m
    return out


def _continue_list(
    doc: Doc, toks: list[Token], i: int, hits: dict[int, Hit], last: Draft | None, out: list[Draft]
) -> Draft | None:
    """In "Narasumber dari MIKTA Australia Penny W, Meksiko Armando G", the role carries on."""
    if last is None or toks[i].text != "," or i + 1 >= len(toks):
        return last if toks[i].text != "." else None
    nxt = toks[i + 1]
    hit = _hit_starting(hits, nxt)
    if not hit:
        return last if is_name_token(nxt) is False else None
    k = i + 1
    while k < len(toks) and toks[k].start < hit.end:
        k += 1
    name, m = _parse_name(toks, k, hits)
    if not name:
        return None
    base = (last.base_org or "").split()
    org = " ".join([*base[:1], hit.surface]) if base and base[0] != hit.surface else hit.surface
    draft = Draft(name, last.role, org, None, toks[k].start, toks[m - 1].end, base_org=last.base_org)
    out.append(draft)
    return draft


def _merge(doc: Doc, drafts: list[Draft]) -> list[Person]:
    """One person per name; later surname-only mentions ("Akmal") are linked to the full name."""
    people: dict[str, Person] = {}
    for d in drafts:
        key = d.name.lower()
        if key not in people:
            people[key] = Person(name=d.name, role=d.role, org=d.org, org_code=d.org_code)
        p = people[key]
        if d.role and (not p.role or len(d.role) > len(p.role)):
            p.role = d.role
        p.org = p.org or d.org
        p.org_code = p.org_code or d.org_code
    _add_mentions(doc, list(people.values()))
    return list(people.values())


def _add_mentions(doc: Doc, people: list[Person]) -> None:
    text = doc.text
    for p in people:
        forms = [p.name] + [w for w in p.name.split() if len(w) > 2]
        spans: list[tuple[int, int]] = []
        for form in forms:
            pos = text.find(form)
            while pos != -1:
                end = pos + len(form)
                before = text[pos - 1] if pos else " "
                after = text[end] if end < len(text) else " "
                bounded = not before.isalnum() and not after.isalnum()
                overlaps = any(s < end and pos < e for s, e in spans)
                if bounded and not overlaps and not doc.in_boilerplate(pos, end):
                    spans.append((pos, end))
                pos = text.find(form, end)
        p.mentions = sorted(spans)
