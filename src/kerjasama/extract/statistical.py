"""The statistical person model where the rules are unsure: names after titles, quote speakers.

Rules and gazetteers win where they are sure; the model is asked only about the sentences that
need it, in articles that speak of cooperation, which keeps extraction fast: a title with no
name the rules could read, or a quote with no known speaker. The model is the person CRF
trained on the annotated real pages plus the NER corpora (`make people-model`, shipped as
`kerjasama/ner/models/people.crfsuite`; benchmarks/people.md), else the NERGrit model
(`kerjasama ner train`).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from functools import cache
from pathlib import Path

from kerjasama.extract.doc import Doc
from kerjasama.extract.names import clean_name, common_words
from kerjasama.extract.parties import cooperation_sentences
from kerjasama.extract.people import looks_like_verb
from kerjasama.lang.id.speech import SPEECH_VERBS
from kerjasama.lang.id.titles import (
    ANY_TITLE_WORD,
    EXPANDED_IN_ROLES,
    SHORT_FORMS,
    TITLE_HEADS,
    TITLE_JOINS,
    TITLE_LINKS,
    TITLE_WORDS,
)
from kerjasama.record import Person
from kerjasama.text.case import lowered
from kerjasama.text.literals import LOWERED, LiteralWords
from kerjasama.text.spans import AddedSpans, Spans

_WORD = re.compile(r"[\w'’-]+")


#: Names the person model to use: a folder holding `people.crfsuite` (the cross-validation's
#: fold models), "nergrit" (the corpus model alone) or "none" (rules alone).
MODEL_ENV = "KERJASAMA_PEOPLE_MODEL"
#: Words from a free title head to a name the model found after it, at most.
FREE_TITLE_REACH = 12


@cache
def model_tagger():
    """The person model (trained on the annotated pages and the NER corpora), else the shipped
    NERGrit model, or None when neither is installed (rules then work alone)."""
    from kerjasama.ner.tagger import load_people_tagger, load_tagger

    chosen = os.environ.get(MODEL_ENV, "")
    loaders = {
        "none": (),
        "nergrit": (lambda: load_tagger("nergrit"),),
        "": (load_people_tagger, lambda: load_tagger("nergrit")),
    }.get(chosen, (lambda: load_people_tagger(Path(chosen)),))
    for load in loaders:
        try:
            return load()
        except Exception:  # a missing or unreadable model must not stop extraction
            continue
    return None


def _acronyms(doc: Doc) -> set[str]:
    return {a.short for a in doc.acronyms}


class _Known:
    """Where a new name must not fall: a person's mention or a gazetteer name. Built once per
    article and told of each mention the model adds, so long texts stay linear."""

    def __init__(self, doc: Doc) -> None:
        self._fixed = Spans(
            [m for p in doc.people for m in p.mentions] + [(h.start, h.end) for h in doc.hits]
        )
        self._added = AddedSpans()

    def __call__(self, start: int, end: int) -> bool:
        """A known name shares a character with [start, end)."""
        return self._fixed.overlaps(start, end) or self._added.overlaps(start, end)

    def add(self, spans: list[tuple[int, int]]) -> None:
        for start, end in spans:
            self._added.add(start, end)


def _role_before(doc: Doc, start: int, sent_start: int) -> str | None:
    """Title words right before a name: "Konsul Jenderal Jepang di Surabaya <name>"."""
    words = _WORD.findall(doc.text[sent_start:start])[-8:]
    role: list[str] = []
    for w in reversed(words):
        low = w.lower()
        if low in TITLE_HEADS or low in TITLE_WORDS or low in SHORT_FORMS:
            role.insert(0, SHORT_FORMS[low] if low in EXPANDED_IN_ROLES else w)
        elif role:
            break
        elif not (w[:1].isupper() or w.isdigit()):
            return None
    return " ".join(role) if role and role[0].lower() in TITLE_HEADS | set(SHORT_FORMS) else None


def _person_named(doc: Doc, name: str) -> Person | None:
    """The one person whose name holds `name` as whole words, if exactly one does."""
    words = name.split()
    found = [
        p
        for p in doc.people
        if any(p.name.split()[i : i + len(words)] == words for i in range(len(p.name.split())))
    ]
    return found[0] if len(found) == 1 else None


def _full_name_before(doc: Doc, short: str, before: int, known: _Known) -> tuple[int, int] | None:
    """Where a speaker ("kata Irwan") was first named in full, before `before`: the news
    convention "Direktur Utama PT Kaltim Amonia Nusantara Irwan Setiabudi mengatakan ..."."""
    least = 0 if " " in short else 1
    pattern = re.compile(rf"\b{re.escape(short)}(?:\s+[A-Z][\w'’-]*){{{least},3}}")
    for m in _matches_at_words(doc, pattern, short, before):
        words = m.group(0).split()
        while len(words) > 1 and words[-1].lower() in ANY_TITLE_WORD:
            words.pop()
        end = m.start() + len(" ".join(words))
        if len(words) > least and not known(m.start(), end):
            return m.start(), end
    return None


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _matches_at_words(doc: Doc, pattern: re.Pattern[str], short: str, before: int):
    """Matches of `pattern` before `before`, then after it, tried only where the first word of
    `short` stands (an index of capitalised words, built once): scanning the whole text for
    each speaker would make long texts quadratic."""
    first = short.split()[0] if short.split() else ""
    if not first[:1].isupper():
        yield from pattern.finditer(doc.text, 0, before)
        yield from pattern.finditer(doc.text, before)
        return

    def build() -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for w in _CAPITALISED.finditer(doc.text):
            index.setdefault(w.group(0), []).append(w.start())
        return index

    starts = doc.derived("capitalised_words", len(doc.text), build)
    positions = starts.get(first, ())
    for p in positions:  # those before `before` end there, as finditer(text, 0, before) would
        if p < before and (m := pattern.match(doc.text, p, before)):
            yield m
    for p in positions:
        if p >= before and (m := pattern.match(doc.text, p)):
            yield m


def _free_titles(doc: Doc) -> list[int]:
    """Where a title head stands that no role span of the rules holds: a title with no name."""
    roles = Spans(doc.role_spans)
    return [h for h in _title_heads(doc) if not roles.holds(h)]


def _free_title_before(
    doc: Doc, start: int, sent_start: int, free: list[int], people: Spans
) -> str | None:
    """The title of a free head before a name in its sentence, with other words between
    ("Direktur Afrika Ditjen <unit> Kementerian Luar Negeri <name>" gives "Direktur"): the
    head and the title words right after it; none when a person or a verb stands between
    ("Wali Kota <city> disambut melalui tradisi <name of a rite>")."""
    k = bisect_left(free, start) - 1
    if k < 0 or free[k] < sent_start:
        return None
    head = free[k]
    words = _WORD.findall(doc.text[head:start])
    if len(words) > FREE_TITLE_REACH or people.overlaps(head, start):
        return None
    if any(w.islower() and (looks_like_verb(w) or w in SPEECH_VERBS) for w in words):
        return None
    role: list[str] = []
    for w in words:
        low = w.lower()
        if role and not (low in TITLE_WORDS or low in TITLE_HEADS or low in SHORT_FORMS):
            break
        role.append(SHORT_FORMS[low] if low in EXPANDED_IN_ROLES else w)
    while len(role) > 1 and role[-1].lower() in TITLE_LINKS | TITLE_JOINS:
        role.pop()  # "Head of the"
    return " ".join(role)


def _sentences_needing_model(doc: Doc, free: list[int]) -> list[tuple[int, int]]:
    """Quotes with no known speaker, and story sentences with a title the rules bound to no
    name (`free`), though another title of the sentence may have one: "Rektor <university>,
    [<name>], dan Bupati <region>, <name>"."""
    need = [doc.sentence_of(q.end) for q in doc.quotes if q.speaker is None]
    for s, e in doc.story_sentences():
        k = bisect_left(free, s)
        if k < len(free) and free[k] < e:
            need.append((s, e))
    return sorted(set(need))


_HEAD_WORD = LiteralWords(
    {w.lower() for w in TITLE_HEADS}, before="'’-", after="'’-", group=LOWERED
)


def _title_heads(doc: Doc) -> list[int]:
    """Where a title's head word stands capitalised ("Gubernur", "BUPATI"), found once."""
    return [s for s, _ in _HEAD_WORD.finditer(lowered(doc.text)) if doc.text[s].isupper()]


def add_model_people(doc: Doc) -> Doc:
    """People the rules missed: PERSON spans after a title, and speakers of quotes."""
    tagger = model_tagger()
    if tagger is None or not cooperation_sentences(doc):
        return doc  # the model's time goes to articles that speak of cooperation
    known_at = _Known(doc)
    unspoken: dict[tuple[int, int], list] = {}  # sentence -> its quotes with no speaker yet
    for q in doc.quotes:
        if q.speaker is None:
            unspoken.setdefault(doc.sentence_of(q.end), []).append(q)
    free = _free_titles(doc)
    people = Spans([m for p in doc.people for m in p.mentions])
    for s, e in _sentences_needing_model(doc, free):
        for start, end, kind in tagger.spans(doc.text[s:e]):
            start, end = start + s, end + s
            if kind != "PERSON" or known_at(start, end):
                continue
            name = clean_name(doc.text[start:end])
            role = _role_before(doc, start, s) or _free_title_before(doc, start, s, free, people)
            after = doc.text[max(s, start - 25) : start].lower().split()
            spoke = bool(after) and after[-1] in SPEECH_VERBS
            if not name or len(name.split()) > 5 or not (role or spoke):
                continue
            if any(w.lower() in TITLE_HEADS or w.lower() in SHORT_FORMS for w in name.split()):
                continue  # "Kajari", "Mendagri Muh": a title read as a name
            if all(
                w.lower() in common_words()
                or w.lower() in ANY_TITLE_WORD
                or w.isupper()
                or any(c.isupper() for c in w[1:])
                for w in name.split()
            ):
                continue  # "Teken MoU": a headline's words
            if name in doc.cache.get("unit_words", ()) or name in _acronyms(doc):
                continue  # "Rektor Unmul": a body the people stage read before a name
            if doc.text[end : end + 1] in ("'", "’") and doc.text[end + 1 : end + 2].isalpha():
                continue  # "Jum" of "Jum'at": part of a longer word
            known = _person_named(doc, name) or _person_short_named(doc, name)
            if known is not None:  # "kata Rudi" after the model found "Rudi Hartawan"
                known.mentions = sorted([*known.mentions, (start, end)])
                known_at.add([(start, end)])
                name = known.name
            else:
                mentions = [(start, end)]
                full = _full_name_before(doc, name, s, known_at) if spoke else None
                if full is not None:
                    name = doc.text[full[0] : full[1]]
                    role = _role_before(doc, full[0], doc.sentence_of(full[0])[0])
                    mentions.insert(0, full)
                doc.people.append(Person(name=name, role=role, mentions=mentions))
                known_at.add(mentions)
            for q in unspoken.get((s, e), ()):
                q.speaker = q.speaker or name
    _merge_short_mentions(doc)
    return doc


def _person_short_named(doc: Doc, name: str) -> Person | None:
    """ "ujar Zul" after "Gubernur NTB Zulkieflimansyah": the one person with a name word
    that starts with a one-word short form."""
    if " " in name or len(name) < 3:
        return None
    found = [
        p
        for p in doc.people
        if any(w.startswith(name) and len(w) > len(name) for w in p.name.split())
    ]
    return found[0] if len(found) == 1 else None


def _merge_short_mentions(doc: Doc) -> None:
    """A one-word speaker the model found ("kata Tito") before the full name it also found
    ("ucap Tito Karnavian"): one person."""
    gone: set[int] = set()
    for i, p in enumerate(doc.people):
        if " " in p.name:
            continue
        longer = [
            q
            for k, q in enumerate(doc.people)
            if k != i and k not in gone and p.name in q.name.split()
        ]
        if len(longer) == 1:
            q = longer[0]
            q.mentions = sorted({*q.mentions, *p.mentions})
            q.role = q.role or p.role
            for quote in doc.quotes:
                if quote.speaker == p.name:
                    quote.speaker = q.name
            gone.add(i)
    if gone:
        doc.people = [p for i, p in enumerate(doc.people) if i not in gone]
