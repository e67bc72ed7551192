"""Foreign localities the gazetteer does not list, recognised by their frame.

"Kota Zundert, Belanda", "Mossel Bay (Provinsi Western Cape, Afrika Selatan)", "Pemerintah Kota
Madang, Provinsi Madang, Papua Nugini": a town named with its country. "Pemerintah Kota
Bethlehem" in a sentence that names Palestina: a town's government beside a foreign country.
Once a name is known so, its other mentions ("Wali Kota Zundert", bare "Mossel Bay") are hits too.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kerjasama.extract.cues import COOPERATION, alternation
from kerjasama.gazetteer import Entry, Hit
from kerjasama.gazetteer.normalize import fold
from kerjasama.gazetteer.world_towns import first_words, towns_named
from kerjasama.lang.id.cooperation import LIST_LEADS
from kerjasama.lang.id.localities import (
    BARE_FORMS,
    CITY_FORMS,
    HEAD_TITLES,
    HIT_FORMS,
    NOT_PLACE_WORDS,
    PLACE_KIND_WORDS,
    REGION_FORMS,
    TWIN_TOWN_CUES,
    TWIN_TOWN_FRAMES,
)
from kerjasama.lang.id.speech import QUOTE_LEADS, SPEECH_VERBS
from kerjasama.lang.id.titles import TITLE_HEADS, TITLE_WORDS

_FOREIGN_HOSTS = {"country", "foreign_region"}


# A capital, then lower-case letters of any alphabet ("Varaždin", "Düsseldorf"); hyphened
# parts may open with capitals too.
_NAME_WORD = r"[A-Z][^\W\d_A-Z][^\W\d_A-Z'’-]*(?:-[A-Z][^\W\d_A-Z'’]*)*"  # "Rostov-On-Don"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
_FORM = rf"(?i:(?P<form>{alternation((*CITY_FORMS, *REGION_FORMS, *BARE_FORMS))}))[ \t]+"
# Before a country (or a foreign region) hit: a form perhaps, the name, then ", " or " (" and
# perhaps a region of the country not listed ("Provinsi Madang, ").
_REGION_WORDS = "provinsi|prefektur|negara bagian|distrik|region|pulau|state"
_BEFORE_HOST = re.compile(
    rf"(?<![\w-])(?:{_FORM})?(?P<name>{_NAME})(?P<sep>[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+)"
    rf"(?:(?i:{_REGION_WORDS})[ \t]+{_NAME}[ \t]*,[ \t]*)?$"
)
# A government form and one name word, for a town beside a foreign country in its sentence.
_STRONG = re.compile(
    r"(?<![\w-])(?<!wali )(?<!Wali )(?<!WALI )(?<!ibu )(?<!Ibu )(?<!IBU )"  # not "Ibu Kota X"
    r"(?P<form>(?i:pemerintah\s+kota|pemerintahan\s+kota|pemkot|kota|city\s+of))"
    rf"[ \t]+(?P<name>{_NAME_WORD})(?![\w-])(?![ \t]+[A-Z])"
)
# English puts the form after the name: "Boras City", "Kashiwa Municipality".
_STRONG_AFTER = re.compile(
    rf"(?<![\w-])(?<![A-Z][\w'’-] )(?P<name>{_NAME_WORD})[ \t]+(?P<form>City|Municipality)(?![\w-])"
)
_FORM_START = re.compile(_FORM)
_LIST_JOIN = re.compile(r"[ \t]*(?:,|dan|and)[ \t]*(?:dan[ \t]+)?")
_NEXT_NAME = re.compile(r" [A-Z][a-z]")
_PREV_WORD = re.compile(r"([\w.]+)[^\w]*$")
_ALL_FORM_WORDS = frozenset(
    w
    for f in (*CITY_FORMS, *REGION_FORMS, *BARE_FORMS, *HEAD_TITLES, *PLACE_KIND_WORDS)
    for w in f.split()
)
_CITY_FORMS = frozenset(CITY_FORMS) | frozenset(BARE_FORMS)
_GOVERNOR_TITLES = frozenset(("gubernur", "governor", "governor of"))
_TWIN_CUE = re.compile(rf"(?i:(?<![\w-])(?:{alternation(TWIN_TOWN_CUES)})(?![\w-]))")
_TWIN_FRAME = re.compile(
    rf"(?<![\w-])(?i:{alternation(TWIN_TOWN_FRAMES)})[ \t]+(?P<name>{_NAME_WORD})(?![\w-])"
    r"(?![ \t]+[A-Z])"
)


def _country_list(text: str, host: Hit, hosts: list[Hit]) -> bool:
    """The country begins a list of countries ("yakni, Chilie, Cina, Equador"): the name before
    it is one more country, misspelt."""
    return any(
        h.entry.kind == "country"
        and 0 < h.start - host.end <= 6
        and _LIST_JOIN.match(text, host.end, h.start)
        for h in hosts
    )


def _person_before(word: str, form: str | None) -> bool:
    """The word before the name makes it a person's: a speech verb, or (with no form) a
    capitalised word the name runs on from."""
    low = word.lower()
    if low in SPEECH_VERBS or low in QUOTE_LEADS or low in LIST_LEADS:
        return True
    return form is None and word[:1].isupper()


def _kind(form: str | None) -> str:
    if form is None:
        return "foreign_city"
    form = " ".join(form.lower().split())
    return "foreign_city" if form in _CITY_FORMS else "foreign_region"


def _plain_name(name: str) -> bool:
    words = name.split()
    return not any(w.lower() in NOT_PLACE_WORDS for w in words) and not (
        words[0].lower() in TITLE_HEADS or words[0].lower() in TITLE_WORDS
    )


def _common_word(name: str) -> bool:
    from kerjasama.extract.names import common_words

    return name.lower() in common_words()


def _free(taken: bytearray, s: int, e: int) -> bool:
    return not any(taken[s:e])


def find_localities(text: str, hits: list[Hit], sentences: list[tuple[int, int]]) -> list[Hit]:
    """New hits for foreign towns and regions known from their frame (see the module's doc)."""
    hosts = [
        h for h in hits if h.entry.kind in _FOREIGN_HOSTS and h.entry.country not in (None, "ID")
    ]
    twin = _TWIN_CUE.search(text) is not None
    mayors = [m for m in _MAYOR_FRAME.finditer(text) if m.group("name").lower() not in _LOCAL]
    if not hosts and not twin and not mayors:
        return []
    taken = bytearray(len(text) + 1)
    for h in hits:
        taken[h.start : h.end] = b"\x01" * (h.end - h.start)
    found: dict[str, Entry] = {}
    _mayors_towns(taken, found, mayors)
    for host in hosts:
        m = _BEFORE_HOST.search(text, max(0, host.start - 90), host.start)
        if m is None:
            continue
        name, form = m.group("name"), m.group("form")
        lead = _FORM_START.match(name)
        if lead is not None:  # "pemerintah Region Ivanovo": the form is "Region"
            form, name = lead.group("form"), name[lead.end() :]
        if not name or name.split()[0].lower() in LIST_LEADS:
            continue
        if not _free(taken, m.start(), m.end("name")) or not _plain_name(name):
            continue
        if not m.group("sep").strip() and (form is None or form.lower() in BARE_FORMS):
            continue  # "Zundert Belanda" only after a form word ("kota Zundert Belanda")
        if not m.group("sep").strip() and form.lower() in _GOVERNOR_TITLES:
            continue  # "Gubernur Sherly Laos": a governor's name, its surname a country's
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if prev and _person_before(prev.group(1), form):
            continue  # "Duta Besar Greg Moriarty, Australia", "tambah Lasro, Afrika Selatan"
        if name.split()[0].lower() in QUOTE_LEADS or _country_list(text, host, hosts):
            continue
        if form is None and " " not in name and _common_word(name):
            continue  # "Pasalnya, pemerintah UEA ...": a sentence's opening word, no town
        _add(found, name, _kind(form), host.entry)
    for s, e in sentences:
        for m in (*_STRONG.finditer(text, s, e), *_STRONG_AFTER.finditer(text, s, e)):
            name = m.group("name")
            if name in found or not _free(taken, m.start("name"), m.end("name")):
                continue
            if not _plain_name(name) or _titled_city(text, m, "name"):
                continue
            near = [h for h in hosts if s <= h.start < e]
            if not near:
                continue
            host = min(near, key=lambda h: abs(h.start - m.start()))
            _add(found, name, "foreign_city", host.entry)
    _known_towns(text, taken, found, hosts, sentences, twin)
    if twin:
        _twin_towns(text, taken, found)
    known = [h.surface.split() for h in hits]
    keep = {
        n: e
        for n, e in found.items()
        if not _runs_on(text, taken, n) and not any(_within(n.split(), k) for k in known)
    }
    return _mentions(text, taken, keep)


_NAME_RUN = re.compile(rf"{_NAME}(?![\w-])")
_NAME_WORDS = re.compile(rf"(?<![\w-]){_NAME_WORD}(?![\w-])")
_CITY_FRAME_BEFORE = re.compile(
    r"(?i:kota|city[ \t]+of|pemkot|pemerintah[ \t]+kota|wali[ \t]?kota|mayor[ \t]+of)[ \t]+$"
)
_CITY_FRAME_AFTER = re.compile(r"[ \t]+(?:City|Municipality)(?![\w-])")


def _known_towns(
    text: str,
    taken: bytearray,
    found: dict[str, Entry],
    hosts: list[Hit],
    sentences: list[tuple[int, int]],
    twin: bool,
) -> None:
    """Towns of GeoNames ("Kathmandu", "Hildesheim", "Cuttack") whose country the text names:
    in that country's sentence, after a city's form ("Kota Xiangyang"), or in a twin-town
    story. Names that are Indonesian places, people's names or common words are not read so."""
    from kerjasama.extract.names import common_words, local_place_names, person_words

    by_country: dict[str, Hit] = {}
    for h in hosts:
        by_country.setdefault(_host_country(h.entry), h)
    if not by_country:
        return
    local, people, common = local_place_names(), person_words(), common_words()
    openings = first_words()
    ordered = sorted(hosts, key=lambda h: h.start)
    starts = [h.start for h in ordered]
    for s, e in sentences:
        # The country's own sentence counts where it speaks of cooperation or of twin towns
        # ("Kota Yogyakarta dan Distrik Kathmandu, Nepal siap mengembangkan sister city"); a
        # football report's "Chelsea ... Inggris" does not.
        inside = ordered[bisect_left(starts, s) : bisect_left(starts, e)]
        told = bool(inside) and (
            COOPERATION.search(text, s, e) is not None or _TWIN_CUE.search(text, s, e)
        )
        near = {_host_country(h.entry) for h in inside} if told else set()
        for m in _NAME_WORDS.finditer(text, s, e):
            start = m.start()
            if fold(m.group()) not in openings:
                continue  # no town's name opens with this word
            for end in _ends(text, start, e):
                name = text[start:end]
                if name in found or not _free(taken, start, end) or not _plain_name(name):
                    continue
                framed = bool(
                    _CITY_FRAME_BEFORE.search(text, max(0, start - 20), start)
                    or _CITY_FRAME_AFTER.match(text, end)
                )
                countries = set(by_country) if framed or twin else near
                town = towns_named(name, countries) if countries else None
                if town is None:
                    continue
                far = town.country not in near and not framed
                if far and not _twin_town_named(text, start, town):
                    continue
                low = name.lower()
                single = " " not in name
                if (low,) in local.get(low, ()) or (single and (name in people or low in common)):
                    break
                _add(found, name, "foreign_city", by_country[town.country].entry)
                break


_TWIN_TOWN_SIZE = 100_000  # a town read in a twin-town story far from its country's name


def _twin_town_named(text: str, start: int, town) -> bool:
    """In a twin-town story, a sizeable town named on its own (not after a capitalised word:
    "Kuala Lumpur City Hall" has no town Hall)."""
    word = _capitalised_word_before(text, start)
    return town.population >= _TWIN_TOWN_SIZE and (
        word is None or word.lower() in _TITLE_CASE_SMALL_WORDS
    )


def _capitalised_word_before(text: str, start: int) -> str | None:
    """The capitalised word written right before `start`, one space between, if any."""
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    if prev is None or text[prev.end(1) : start] != " " or not prev.group(1)[:1].isupper():
        return None
    return prev.group(1)


def _ends(text: str, start: int, stop: int) -> list[int]:
    """Ends of the names of one to three capitalised words from `start`, longest first."""
    run = _NAME_RUN.match(text, start, stop)
    if run is None:
        return []
    ends = [w.end() for w in _NAME_WORDS.finditer(text, start, run.end())]
    return ends[::-1]


# A mayor's title and a name ("Wali Kota Ishinomaki Hiroshi Saito"): a town's name there, of
# a sizeable town abroad, is the town whose mayor is meant, though no country is named.
_MAYOR_FRAME = re.compile(
    rf"(?<![\w-])(?i:wakil[ \t]+wali[ \t]?kota|wali[ \t]?kota|mayor[ \t]+of)[ \t]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
)
_LOCAL = frozenset(("kota", "madya", "administrasi"))
_MAYORS_TOWN_SIZE = 100_000


def _mayors_towns(taken: bytearray, found: dict[str, Entry], mayors) -> None:
    """Towns abroad named after a mayor's title, with no country needed: two words or one
    that GeoNames knows as a town of 100,000 people or more outside Indonesia, and that is
    no Indonesian place, given name or common word."""
    from kerjasama.extract.names import common_words, local_place_names, person_words
    from kerjasama.gazetteer.world_towns import world_towns

    local, people, common = local_place_names(), person_words(), common_words()
    for m in mayors:
        words = m.group("name").split()
        start = m.start("name")
        for n in (2, 1)[2 - len(words) :]:
            name = " ".join(words[:n])
            if name in found or not _free(taken, start, start + len(name)):
                break
            town = next(iter(world_towns().get(fold(name), ())), None)  # loaded once
            if town is None or town.country == "ID" or town.population < _MAYORS_TOWN_SIZE:
                continue
            low = name.lower()
            if (low,) in local.get(low, ()) or name in people or low in common:
                break
            if not _plain_name(name):
                break
            found[name] = _framed_entry(name, "foreign_city", town.country)
            break


def _twin_towns(text: str, taken: bytearray, found: dict[str, Entry]) -> None:
    """In a twin-town story, "Wali Kota Kisarazu" with a name no Indonesian region, district or
    village has: a foreign town of a country the text may not name."""
    from kerjasama.extract.names import local_place_names, person_words

    local = local_place_names()
    people = person_words()
    for m in _TWIN_FRAME.finditer(text):
        name = m.group("name")
        if name in found or not _free(taken, m.start("name"), m.end("name")):
            continue
        known = (name.lower(),) in local.get(name.lower(), ())
        if not _plain_name(name) or name in people or known or _titled_city(text, m, "name"):
            continue
        found[name] = _framed_entry(name, "foreign_city", None)


def _titled_city(text: str, m: re.Match, name: str = "form") -> bool:
    """ "Ambon City of Music": a city's title after its name, no town called Music. `name`
    is the match's group that follows the frame."""
    frame = text[m.start() : m.start(name)]
    if " ".join(frame.lower().split()) != "city of":
        return False
    return _capitalised_word_before(text, m.start()) is not None


def _within(words: list[str], known: list[str]) -> bool:
    """The name is part of a place or body the gazetteer found ("Pinang" of "Pulau Pinang")."""
    n = len(words)
    return any(known[i : i + n] == words for i in range(len(known) - n + 1))


def _runs_on(text: str, taken: bytearray, name: str) -> bool:
    """Somewhere the name follows a capitalised word that is no form, title or known place:
    "Negeri Lasro Simbolon" shows "Lasro" is the first name of a person."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if prev is None or text[prev.end(1) : m.start()] != " ":
            continue
        word = prev.group(1)
        low = word.lower()
        if not word[:1].isupper() or low in _ALL_FORM_WORDS or low in _TITLE_CASE_SMALL_WORDS:
            continue  # "Kerja Sama Dengan Cuttack": a headline's capitalised small word
        if word.endswith(".") and len(word) > 4:
            continue  # "... ke Kota Kisarazu. Kisarazu melihat": the sentence before ends
        if _opens_sentence(text, prev.start(1)):
            continue  # "“Terkait Lismore ...": a sentence's first word, capitalised as such
        if _NEXT_NAME.match(text, m.end()) and not taken[m.end() + 1]:
            return True  # "Penanaman Modal Franky Sibarani": a body or title, then a person
        if taken[prev.start(1)] or low in TITLE_HEADS or low in TITLE_WORDS:
            continue
        return True
    return False


_TITLE_CASE_SMALL_WORDS = frozenset(
    "dengan dan di ke dari untuk bersama antara with and of the in to from".split()
)
_SENTENCE_OPENERS = frozenset(".!?\"“”'‘’\n")


def _opens_sentence(text: str, start: int) -> bool:
    """The word at `start` opens a sentence, a quote or a line."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_OPENERS


def _host_country(host: Entry) -> str | None:
    """The country a country or foreign region hit stands for (its code, or its country)."""
    return host.code if host.kind == "country" else host.country


def _add(found: dict[str, Entry], name: str, kind: str, host: Entry) -> None:
    if name in found:
        return
    parent = host.key if host.kind == "foreign_region" else None
    found[name] = _framed_entry(name, kind, _host_country(host), parent)


def _framed_entry(name: str, kind: str, country: str | None, parent: str | None = None) -> Entry:
    """The entry of a place known from its frame, in its country (or in none known)."""
    slug = "-".join(name.lower().split())
    return Entry(
        key=f"framed:{country or 'xx'}-{slug}",
        name=name,
        kind=kind,
        code=None,
        country=country,
        aliases=(name,),
        parent=parent or (f"country:{country}" if country else None),
    )


def _mentions(text: str, taken: bytearray, found: dict[str, Entry]) -> list[Hit]:
    """Every mention of the names found, with a government form before it where there is one."""
    if not found:
        return []
    names = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))
        + r")(?![\w-])"
    )
    forms = re.compile(
        rf"(?i:(?P<form>{alternation(HIT_FORMS)}|{alternation(HEAD_TITLES)}))[ \t]+$"
    )
    out = []
    for m in names.finditer(text):
        s, e = m.span()
        if not _free(taken, s, e):
            continue
        entry = found[m.group(0)]
        start, form = s, None
        before = forms.search(text, max(0, s - 30), s)
        if before is not None:
            word = " ".join(before.group("form").lower().split())
            if word in HIT_FORMS:
                start, form = before.start(), HIT_FORMS[word]
        if not _free(taken, start, e):
            start, form = s, None
        out.append(Hit(start, e, text[start:e], entry, form))
        taken[start:e] = b"\x01" * (e - start)
    return out
