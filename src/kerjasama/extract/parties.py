"""Who cooperates with whom: the Indonesian side, the partners and the facilitators."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kerjasama.extract.cues import COOPERATION
from kerjasama.extract.doc import Doc
from kerjasama.extract.entities import find_pattern_orgs
from kerjasama.gazetteer import Hit
from kerjasama.lang.id.organisations import BROKER_LEADS
from kerjasama.record import Party

_ID_GOV = {"province", "regency", "city"}
_FOREIGN = {"country", "foreign_region", "foreign_city", "intl_org"}
_LINKS = {"dengan", "antara", "bersama", "oleh", "with", "between", "and", "dan", "serta",
          "mitra", "kepada", "to", "ke", "menggandeng", "gandeng", "partner"}
_LOCATIVE = {"di", "in", "at", "dari"}
_WORD = re.compile(r"\w+|[^\w\s]")


@dataclass(slots=True)
class Candidate:
    """One entity that may be a party, with its mentions in the story."""

    key: str
    party: Party
    parent: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    coop_mentions: int = 0
    linked: int = 0
    lead: bool = False
    broker: bool = False

    @property
    def is_id_gov(self) -> bool:
        return self.party.kind in _ID_GOV and self.party.country == "ID"

    @property
    def is_foreign(self) -> bool:
        return self.party.kind in _FOREIGN or (self.party.country not in (None, "ID"))

    def weight(self) -> float:
        return 2 * self.coop_mentions + len(self.mentions) + 3 * self.lead + 2 * self.linked


def cooperation_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Story sentences that speak of cooperation."""
    return [(s, e) for s, e in doc.story_sentences() if COOPERATION.search(doc.text, s, e)]


def _words_before(text: str, start: int, sent_start: int, n: int = 5) -> list[str]:
    return _WORD.findall(text[sent_start:start])[-n:]


def _is_linked(before: list[str]) -> bool:
    """A linking word shortly before the mention, with no clause break in between."""
    for w in reversed(before):
        w = w.lower()
        if w in _LINKS:
            return True
        if w in {",", ".", ";", ":", "untuk", "yang", "di", "dalam", "pada"}:
            return False
    return False


def _in_member_list(doc: Doc, hit: Hit) -> bool:
    """Members listed in brackets after a grouping: "MIKTA (Meksiko, Indonesia, ...)"."""
    head = doc.text[max(0, hit.start - 200) : hit.start]
    open_at = head.rfind("(")
    if open_at == -1 or ")" in head[open_at:]:
        return False
    before = head[:open_at].rstrip()
    return any(h.end == hit.start - len(head) + len(before) and h.entry.members for h in doc.hits)


def collect_candidates(doc: Doc) -> dict[str, Candidate]:
    """Candidates from gazetteer hits and pattern organisations in the story."""
    coop = cooperation_sentences(doc)
    story = doc.story_sentences()
    lead = story[0] if story else (0, 0)
    cands: dict[str, Candidate] = {}
    for hit in doc.hits:
        e = hit.entry
        if e.code == "ID" or _in_member_list(doc, hit):
            continue
        sent = doc.sentence_of(hit.start)
        if sent not in story:
            continue
        cand = cands.get(e.key)
        if cand is None:
            party = Party(name=e.name, code=e.code, kind=e.kind, country=e.country)
            cand = cands[e.key] = Candidate(e.key, party, parent=e.parent)
        _note_mention(doc, cand, hit.start, hit.end, sent, coop, lead)
    for s, e, name, kind in find_pattern_orgs(doc):
        sent = doc.sentence_of(s)
        if sent not in story or any(h.start <= s < h.end for h in doc.hits):
            continue
        key = "org:" + name.lower()
        cand = cands.get(key)
        if cand is None:
            broker = name.startswith(BROKER_LEADS)
            party = Party(name=name, code=None, kind=kind, country="ID" if kind == "ministry" else None)
            cand = cands[key] = Candidate(key, party, broker=broker)
        _note_mention(doc, cand, s, e, sent, coop, lead)
    return cands


_CAP_WORD = re.compile(r"[A-Z][\w'-]*")


def _embedded(doc: Doc, s: int, e: int, sent_start: int) -> bool:
    """A place name inside a longer proper name: "Convention Centre Swiss Belhotel"."""
    before = doc.text[sent_start:s].rstrip()
    after = doc.text[e:].lstrip()
    prev = before.split()[-1] if before.split() else ""
    nxt = _CAP_WORD.match(after)
    in_hit = any(h.start <= e < h.end or h.start <= s - 2 < h.end for h in doc.hits)
    return bool(prev[:1].isupper() and nxt and not in_hit and after[:1].isupper())


def _at_venue(before: list[str]) -> bool:
    """"di Convention Centre X": a locative word shortly before, across capitalised words only."""
    for w in reversed(before):
        if w in _LOCATIVE:
            return True
        if not w[:1].isupper():
            return False
    return False


def _note_mention(doc, cand: Candidate, s: int, e: int, sent, coop, lead) -> None:
    if _embedded(doc, s, e, sent[0]):
        return
    cand.mentions.append((s, e))
    before = _words_before(doc.text, s, sent[0])
    locative = _at_venue(before) and cand.party.kind != "intl_org"
    if sent in coop and not locative:
        cand.coop_mentions += 1
        cand.linked += _is_linked(before)
    cand.lead = cand.lead or (sent == lead and not locative)


def choose_sides(doc: Doc, cands: dict[str, Candidate]) -> tuple[
    list[Candidate], list[Candidate], list[Candidate]
]:
    """(home governments, partners, facilitators) among the candidates."""
    active = [c for c in cands.values() if c.coop_mentions or c.lead]
    ids = sorted((c for c in active if c.is_id_gov), key=Candidate.weight, reverse=True)
    if not ids:
        return [], [], []
    home = ids[0]
    dropped = {home.key}
    # A foreign region's country and a city's own province are context, not parties.
    for c in active:
        if c.parent and c.parent in cands and (c.linked or c.coop_mentions):
            dropped.add(c.parent) if cands[c.parent].linked <= c.linked else None
    partners = [
        c for c in active
        if c.key not in dropped and (c.linked or (c.is_foreign and c.coop_mentions))
        and not (c.is_id_gov and c.parent == home.key and not c.linked)
    ]
    partners.sort(key=Candidate.weight, reverse=True)
    has_other = any(not _facilitating(c) for c in partners)
    facilitators = [c for c in partners if c.broker or (_facilitating(c) and has_other)]
    partners = [c for c in partners if c not in facilitators]
    return [home], partners, facilitators


def _facilitating(c: Candidate) -> bool:
    return c.broker or (c.party.kind == "ministry" and c.party.country in ("ID", None))
