"""The organisation of each person: split off the role as written, then resolved to the body
the person belongs to, and to the record's party where it is one.

The people stage writes `role_org`, the organisation inside the role as the article writes it
("Kepala Kejaksaan Negeri Binjai" -> "Kejaksaan Negeri Binjai", "Kapolda Lampung" -> "Polda
Lampung"). After the cooperation stage, `org` and `org_code` become the body the person belongs
to: a body in its own right (prosecutors, police, parliaments, companies, universities,
missions) is kept as written, with the article's acronym written out; a regional government's
unit or office ("Kepala Dinas Pariwisata Kota Denpasar", "Bupati Sleman") gives the region. The
organisation takes a party's name and code where it is one of the record's parties.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from kerjasama.extract.doc import Doc
from kerjasama.gazetteer import load_gazetteer
from kerjasama.gazetteer.normalize import fold
from kerjasama.lang.id.titles import (
    HONORIFICS,
    INDEPENDENT_BODY_HEADS,
    OFFICE_REGION_KINDS,
    OFFICE_WORDS,
    RANKS,
    REGIONAL_GENERIC_HEADS,
    REGIONAL_UNIT_HEADS,
    TITLE_BODIES,
)
from kerjasama.record import Party, Person

# Words a party's name and a person's organisation may differ by (as the evaluation folds).
_GOVERNMENT_WORDS = frozenset(
    """pemerintah pemerintahan provinsi prov pemprov kabupaten kab pemkab kota pemkot negara
    republik rakyat the of pemda daerah government province city regency""".split()
)
_LOOSE_ENDS = frozenset("dan & of the untuk bidang , -".split())


def role_org(words: list[str], org: str | None) -> str | None:
    """The organisation written in a role: the role's words after its office words, then the
    organisation written after the title ("Kepala" + "Kejaksaan Negeri" + "Binjai"). A short
    title with its body inside gives the body ("Kapolda" + "Lampung" -> "Polda Lampung")."""
    k = 0
    body: list[str] = []
    while k < len(words) and words[k].lower().rstrip(".") in OFFICE_WORDS:
        inner = TITLE_BODIES.get(words[k].lower().rstrip("."))
        if inner:
            body = [inner]
        k += 1
    out = [*body, *words[k:], *(org.split() if org else [])]
    while out and (
        out[-1].lower() in _LOOSE_ENDS
        or out[-1].lower().rstrip(".") in RANKS
        or out[-1].lower().rstrip(".") in HONORIFICS
    ):
        out.pop()  # "Polres Sleman AKBP": the rank of the name after it
    return " ".join(out) or None


def _tokens(name: str) -> list[str]:
    words = re.sub(r"[^a-z0-9 ]+", " ", fold(name)).split()
    return [t for t in words if t not in _GOVERNMENT_WORDS]


def same_body(a: str, b: str) -> bool:
    """Two names of one body, as the evaluation matches party names: equal after folding and
    dropping government words, one holding the other's two or more words, or close spelling."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    sa, sb = set(ta), set(tb)
    if min(len(sa), len(sb)) >= 2 and (sa <= sb or sb <= sa):
        return True
    return SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() >= 0.85


def independent_body(written: str, acronyms: dict[str, str]) -> str | None:
    """The body in its own right named in a role's organisation, from its first word
    ("Komisi III DPRD Kota Bitung" -> "DPRD Kota Bitung"); a short name the article or the
    gazetteer writes out is written out ("USU" -> "Universitas Sumatera Utara", "Kemendagri"
    -> "Kementerian Dalam Negeri")."""
    words = written.split()
    for k, w in enumerate(words):
        long = acronyms.get(w.strip("(),"))
        head = (long or w).split()[0].lower().strip("(),.")
        if head in INDEPENDENT_BODY_HEADS:
            body = " ".join([long or w, *words[k + 1 :]])
            entry = load_gazetteer().lookup(body)
            if entry is not None and entry.kind not in _REGION_KINDS:
                return entry.name
            return body
    return None


_REGION_KINDS = frozenset("province regency city country foreign_region foreign_city".split())
_ID_REGION_KINDS = ("province", "regency", "city")


def _regional_office(role: str, written: str | None) -> bool:
    """A region's head with no region written ("Bupati"), or a regional government's unit
    ("Bagian Kerja Sama")."""
    if written:
        return written.split()[0].lower() in REGIONAL_UNIT_HEADS
    words = role.lower().replace("wali kota", "walikota").split()
    return words[0] in REGIONAL_GENERIC_HEADS or any(
        w in OFFICE_REGION_KINDS or w in REGIONAL_UNIT_HEADS for w in words
    )


def _region_in_view(role: str | None, parties: list[Party]) -> Party | None:
    """The one Indonesian region of the record's parties that a regional office serves, of
    the kind its head's title says ("Bupati" heads a regency)."""
    regions = [p for p in parties if p.country in (None, "ID") and p.kind in _ID_REGION_KINDS]
    words = (role or "").lower().replace("wali kota", "walikota").split()
    kinds = {OFFICE_REGION_KINDS[w] for w in words if w in OFFICE_REGION_KINDS}
    if kinds:
        regions = [p for p in regions if p.kind in kinds]
    return regions[0] if len(regions) == 1 else None


def _parties(doc: Doc) -> list[Party]:
    out: list[Party] = []
    for c in doc.cooperations:
        out.extend(p for p in [*c.parties, *c.facilitators] if p not in out)
    return out


def resolve_person_org(person: Person, parties: list[Party], acronyms: dict[str, str]) -> None:
    """Set `org` and `org_code` from the role's organisation and the record's parties."""
    body = independent_body(person.role_org, acronyms) if person.role_org else None
    if body is not None:
        region = _region_in_view(None, parties) if " " not in body else None
        if region is not None:
            body = f"{body} {region.name}"  # "Ketua DPRD": the DPRD of the region in view
        person.org, person.org_code = body, None
    elif person.org_code is None and person.role and _regional_office(person.role, person.role_org):
        region = _region_in_view(person.role, parties)
        if region is not None:
            person.org, person.org_code = region.name, region.code
    if person.org is None:
        person.org = person.role_org
    if person.org is None:
        return
    for party in parties:
        coded = party.code is not None and party.code == person.org_code
        if coded or same_body(party.name, person.org):
            person.org, person.org_code = party.name, party.code
            return


def resolve_person_orgs(doc: Doc) -> Doc:
    """The organisation of every person, once the record's parties are known."""
    parties = _parties(doc)
    acronyms = {a.short: a.long for a in doc.acronyms}
    for person in doc.people:
        resolve_person_org(person, parties, acronyms)
    return doc
