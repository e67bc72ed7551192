"""What a person's name looks like: name tokens, honorifics and degrees stripped, organisations."""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

from kerjasama.extract.doc import Doc
from kerjasama.gazetteer import Hit, load_gazetteer
from kerjasama.lang.id.titles import (
    HONORIFICS,
    NOT_NAME_WORDS,
    RANKS,
    SHORT_FORMS,
    TITLE_HEADS,
    TITLE_JOINS,
    TITLE_LINKS,
    TITLE_WORDS,
)
from kerjasama.text.tokens import Token

_QUOTED_NICKNAME = re.compile(r"\s*[\"“”][^\"“”]{1,30}[\"“”]\s*")
_DEGREE_TAIL = re.compile(r"(?:,?\s*(?:[A-Z][A-Za-z]{0,4}\.){1,3}[A-Za-z]{0,4}\.?)+$")


_NAME_MARKS = re.compile(r"[-'’]")  # inside names: "Abdul-Aziz", "Ma'ruf", "Mas’ud"


def is_name_token(tok: Token) -> bool:
    """A capitalised word that is not a title, unit or common word."""
    text = tok.text
    if not text[:1].isupper() or not _NAME_MARKS.sub("", text).isalpha():
        return False
    if text.endswith(("'s", "’s")):  # "Governor Koster’s visit": a possessive
        return False
    low = tok.lower
    if low in NOT_NAME_WORDS or low in TITLE_HEADS:
        return False
    if text.isupper() and len(text) > 1 and low not in HONORIFICS:
        return False  # an acronym: "RI", "KPU"
    return not (low in TITLE_WORDS and len(low) > 3)


def clean_name(raw: str) -> str | None:
    """Drop degrees and honorifics: "Dr H Awang Faroek Ishak MM" -> "Awang Faroek Ishak"."""
    raw = _QUOTED_NICKNAME.sub(" ", raw)  # 'Wildrian "Andre" Ronald Otta'
    raw = _DEGREE_TAIL.sub("", raw.strip())
    words = [w for w in re.split(r"\s+", raw.replace(".", ". ")) if w]
    words = [w.rstrip(".,") for w in words]
    while words and (
        words[0].lower().rstrip(".") in HONORIFICS or words[0].lower().rstrip(".") in RANKS
    ):
        words.pop(0)
    while len(words) > 1:
        pair = (words[-2] + words[-1]).lower() if len(words) > 2 and len(words[-2]) == 1 else ""
        if pair in HONORIFICS:
            del words[-2:]  # "Iskandar M Sc": a degree written without its dots
        elif words[-1].lower().rstrip(".") in HONORIFICS:
            words.pop()
        else:
            break
    words = [w for w in words if w]
    if not words or all(len(w) <= 1 for w in words):
        return None
    return " ".join(words)


GOVERNMENT_FORMS = {"pemprov", "pemkab", "pemkot", "pemerintah", "provinsi", "kabupaten", "kota"}
_WORD = re.compile(r"\w+|[^\w\s]")


def named_as_government(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A region written as a government: with its form ("Pemprov Kaltim", "Provinsi Anhui") or
    after a title or unit ("Gubernur Kaltim", "Dinas Pariwisata Kaltim", "DPRD Kaltim")."""
    if hit.form in GOVERNMENT_FORMS:
        return True
    before = _WORD.findall(doc.text[sent_start : hit.start])[-1:]
    if not before:
        return False
    word = before[0].lower()
    if word in TITLE_JOINS:
        return False  # "came to Surabaya and Malang": a joining word of a title is no title
    if word in TITLE_HEADS or word in SHORT_FORMS or word == "dprd":
        return True
    # A unit's word is written capitalised ("Dinas Pariwisata Kaltim"); in running text it
    # names the region as a place ("pembangunan Sulawesi Selatan"). A title's small linking
    # word stays ("the governments of Blitar").
    return word in TITLE_WORDS and (
        before[0][:1].isupper() or word in TITLE_LINKS or not before[0].isalpha()
    )


def known_org(
    org_text: str | None, hit: Hit | None, doc: Doc, pos: int
) -> tuple[str | None, str | None]:
    """Canonical organisation of a person: the body named with the title, else the region in view.

    With no organisation in the title, the nearest Indonesian government named earlier in the
    same sentence is taken ("Gubernur Kaltim yang diwakili Asisten I ...").
    """
    if (
        hit is not None
        and org_text
        and org_text.split()[0].lower() == hit.surface.split()[0].lower()
    ):
        rest = org_text[len(hit.surface) :].strip(" ,")
        if not rest or rest.startswith("("):
            return hit.entry.name, hit.entry.code
    if org_text:
        entry = load_gazetteer().lookup(org_text)
        if entry is not None:
            return entry.name, entry.code
        return org_text, None
    s, _ = doc.sentence_of(pos)
    before = [
        h
        for h in doc.hits_between(s, pos)
        if h.entry.country == "ID"
        and h.entry.kind in ("province", "regency", "city")
        and not doc.in_boilerplate(h.start, h.end)
        and named_as_government(doc, h, s)
    ]
    if before:
        return before[-1].entry.name, before[-1].entry.code
    return None, None


def _model_lines(name: str) -> list[str]:
    """Lines of a word list shipped with the NER models (empty when it is not installed)."""
    try:
        path = resources.files("kerjasama.ner").joinpath("models", name)
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            return fh.read().splitlines()
    except (FileNotFoundError, OSError):
        return []


@cache
def common_words() -> frozenset[str]:
    """Words news writes in lower case at least half the time inside a sentence (learnt from
    the IndoSum news of the NER lexicon): "pangkalan", "kejaksaan", "ungkapkan". A capitalised
    one after a title is part of a unit or a headline, rarely a name."""
    out = set()
    for line in _model_lines("lexicon.txt.gz"):
        word, _, rest = line.partition("\t")
        if rest.endswith(("cap=0", "cap=1", "cap=2")):
            out.add(word)
    return frozenset(out)


@cache
def _entity_words() -> tuple[dict[str, int], dict[str, int]]:
    """Per word, how often it is in an annotated person name and in another entity."""
    person: dict[str, int] = {}
    other: dict[str, int] = {}
    for name in ("nergrit_entities.txt.gz", "nerp_entities.txt.gz"):
        for line in _model_lines(name):
            text, _, labels = line.rpartition("\t")
            is_person = "PERSON" in labels or "PPL" in labels
            for w in text.split():
                if w.isalpha() and len(w) > 1:
                    bucket = person if is_person else other
                    bucket[w] = bucket.get(w, 0) + 1
    return person, other


@cache
def person_words() -> frozenset[str]:
    """Words seen more often in annotated person names than in other entities (NER corpora)."""
    person, other = _entity_words()
    return frozenset(w for w, k in person.items() if k > other.get(w, 0))


@cache
def place_or_body_words() -> frozenset[str]:
    """One-word places (countries, subdivisions, Indonesian regions above villages) and words
    annotated only in places and organisations, never in a person's name."""
    person, other = _entity_words()
    out = {w for w in other if w not in person}
    for name in ("places.txt.gz", "names.txt.gz"):
        for line in _model_lines(name):
            text, _, labels = line.rpartition("\t")
            if " " not in text and text.isalpha() and labels.split(",")[0] != "RVIL":
                out.add(text)
    return frozenset(out - person.keys())


@cache
def local_place_names() -> dict[str, frozenset[tuple[str, ...]]]:
    """Indonesian districts and villages by first word (lower-cased token tuples), to read
    "Camat <district> <name>" as a place then a name."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for line in _model_lines("names.txt.gz"):
        text, _, labels = line.rpartition("\t")
        if "RDIST" in labels or "RVIL" in labels:
            words = tuple(text.split())
            if words and all(w.isalpha() for w in words):
                out.setdefault(words[0], set()).add(words)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _region_name_parts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Regencies, cities and provinces of two or three words (form words dropped), by first
    letter: what a syllable short form ("Halbar", "Konkep") is made from."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for e in load_gazetteer().entries():
        if e.kind not in ("regency", "city", "province"):
            continue
        words = tuple(w.lower() for w in e.name.split() if w.lower() not in GOVERNMENT_FORMS)
        if 2 <= len(words) <= 3 and all(w.isalpha() for w in words):
            out.setdefault(words[0][0], set()).add(words)
    return {k: tuple(v) for k, v in out.items()}


def _made_of_prefixes(word: str, parts: tuple[str, ...]) -> bool:
    if not parts:
        return not word
    first, rest = parts[0], parts[1:]
    for k in range(min(len(first), 4 if rest else 5), 1, -1):
        if word.startswith(first[:k]) and _made_of_prefixes(word[k:], rest):
            return True
    return False


@cache
def is_region_short_form(low: str) -> bool:
    """A region's syllable short form, one to four letters of each word of its name:
    "halbar" (Halmahera Barat), "konkep" (Konawe Kepulauan), "pulpis" (Pulang Pisau)."""
    if not (4 <= len(low) <= 9 and low.isalpha()):
        return False
    return any(_made_of_prefixes(low, parts) for parts in _region_name_parts().get(low[0], ()))
