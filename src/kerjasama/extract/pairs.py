"""Documents told pair by pair: "kerja sama ... antara A dan B. Selanjutnya ... antara C dan D."

A story that lists several documents, each between its own two signers, holds one partnership
per pair, whoever the article's main Indonesian side is: a state visit's MoUs signed minister
by minister, a signing ceremony of several regions each with its own partner.
"""

from __future__ import annotations

import re

from kerjasama.extract.cues import keyed_matches
from kerjasama.extract.doc import Doc
from kerjasama.extract.parties import Candidate, nested

# "antara"/"between" opens a pair; the pair's two names are joined by one of these.
_BETWEEN = re.compile(r"(?<![\w-])(?:antara|between)(?![\w-])", re.I)
_JOINT = re.compile(r"(?<![\w-])(?:dan|dengan|and|with)(?![\w-])", re.I)
_GOVERNMENT_KINDS = {"province", "regency", "city", "ministry", "agency"}


def _indonesian_side(c: Candidate) -> bool:
    """A region, ministry or national agency of Indonesia: who may hold a pair's home side."""
    return c.party.kind in _GOVERNMENT_KINDS and c.party.country == "ID"


_WITH = re.compile(r"(?<![\w-])(?:dengan|with)(?![\w-])", re.I)
_DOCUMENT_REACH = 40  # characters from a document's name to the first of its pair


def _pair_of(doc: Doc, start: int, end: int, cands: list[Candidate], joint=_JOINT):
    """The two bodies a pair names between `start` and `end`: exactly two, one an Indonesian
    government side, joined by "dan"/"dengan" (or the given `joint`); (home, partner) or
    None."""
    named: dict[str, tuple[int, int, Candidate]] = {}
    for c in cands:
        spans = [(s, e) for s, e in c.mentions if start <= s < end]
        if spans:
            named[c.key] = (*spans[0], c)
    if len(named) != 2:
        return None  # one name, or three or more: no pair (a joint document, a list)
    (_, e1, a), (s2, _, b) = sorted(named.values(), key=lambda t: t[0])
    if nested(a, b) or not joint.search(doc.text, e1, s2):
        return None
    if _indonesian_side(a):
        return a, b
    return (b, a) if _indonesian_side(b) else None


def told_pairs(
    doc: Doc, coop: list[tuple[int, int]], involved: list[Candidate], by_document: bool = False
) -> list[tuple[Candidate, Candidate]]:
    """(home, partner) of each document the cooperation sentences name "antara A dan B", in
    order, each pair once; with `by_document`, also each named by its document and "A dengan
    B" in a list of them ("Rinciannya: MoU Pemkot A dengan Pemkab B, PKS Dinas C dengan
    ...")."""
    pairs: list[tuple[Candidate, Candidate]] = []
    for s, e in coop:
        opens: list[tuple[int, str | None]] = [
            (m.end(), None) for m in _BETWEEN.finditer(doc.text, s, e)
        ]
        if by_document:
            named = {(m.end(), key) for key, m in keyed_matches("instrument", doc.text, s, e)}
            opens = sorted({*opens, *named}, key=lambda o: o[0])
        for i, (start, document) in enumerate(opens):
            stop = opens[i + 1][0] if i + 1 < len(opens) else e
            if document is not None:
                # "MoU Pemkot A dengan Pemkab B": the pair right after the document's name
                found = _pair_of(doc, start, stop, involved, _WITH)
                if found and not any(_opens_near(c, start) for c in found):
                    found = None
            else:
                found = _pair_of(doc, start, stop, involved)
            if found and all((found[0].key, found[1].key) != (h.key, p.key) for h, p in pairs):
                pairs.append(found)
                if document is not None:
                    documents = doc.cache.setdefault("pair_documents", {})
                    documents[(found[0].key, found[1].key)] = document  # type: ignore[index]
    return pairs


def pair_document(doc: Doc, home: Candidate, partner: Candidate) -> str | None:
    """The instrument key of the document a pair was listed by ("PKS Dinas A dengan Dinas
    B": agreement), if it was."""
    documents = doc.cache.get("pair_documents") or {}
    return documents.get((home.key, partner.key))  # type: ignore[union-attr]


def _opens_near(c: Candidate, start: int) -> bool:
    """The side is named right after the document's name."""
    return any(start <= s <= start + _DOCUMENT_REACH for s, _ in c.mentions)


def several_homes(pairs: list[tuple[Candidate, Candidate]]) -> bool:
    """Two documents or more, with two home sides or more: one partnership per pair (one
    home with several partners is the usual one record per partner)."""
    return len(pairs) >= 2 and len({h.key for h, _ in pairs}) >= 2


def separate_documents(
    pairs: list[tuple[Candidate, Candidate]], partners: list[Candidate] | None = None
) -> bool:
    """Each partner told in a pair of its own ("Perjanjian pertama antara A dan B ...
    kedua antara A dan C"), or one pair's document told apart from the other partners'
    ("Kesepakatan antara A dan B diteken ... A juga meneken kesepakatan dengan C, D"):
    separate documents, not one signed by all."""
    paired = {p.key for _, p in pairs}
    if len(paired) >= 2:
        return True
    return bool(paired) and any(c.key not in paired for c in partners or [])
