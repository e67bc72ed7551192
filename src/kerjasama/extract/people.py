"""People and their roles: title + organisation + name, enumerations, later mentions by surname."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from kerjasama.extract.doc import Doc
from kerjasama.extract.entities import find_pattern_orgs
from kerjasama.extract.names import (
    GOVERNMENT_FORMS,
    clean_name,
    common_words,
    is_name_token,
    is_region_short_form,
    known_org,
    local_place_names,
    person_words,
    place_or_body_words,
)
from kerjasama.extract.person_orgs import independent_body, role_org
from kerjasama.gazetteer import Hit
from kerjasama.lang.id.organisations import CAMPUS_SHORT_FORM
from kerjasama.lang.id.speech import SPEECH_VERBS
from kerjasama.lang.id.titles import (
    ANY_TITLE_WORD,
    BALINESE_NAME_WORDS,
    BUILDING_SECOND_WORDS,
    BUILDING_WORDS,
    EAST_ASIAN_SURNAMES,
    EXPANDED_IN_ROLES,
    GROUP_ROLE_WORDS,
    HONORIFICS,
    LED_BY_WORDS,
    LIST_MARKERS,
    LOWER_CASE_HEADS,
    LOWER_CASE_MODIFIERS,
    MALAY_STYLE_HEADS,
    MALAY_STYLE_WORDS,
    NAME_COMMON_WORDS,
    NAME_PARTICLES,
    NAME_PREFIX_HONORIFICS,
    NOT_NAME_WORDS,
    ORG_HEADS,
    ORG_TAILS,
    PATRONYMICS,
    PLACE_STOP_WORDS,
    PLACE_TAKING_TITLE_WORDS,
    RANK_SECOND_WORDS,
    RANK_WORDS,
    RANKS,
    REPRESENTATIVE_WORDS,
    ROLE_AFTER_MARKERS,
    ROLE_CONNECTORS,
    ROLE_MODIFIER_FORMS,
    SHORT_FORMS,
    TITLE_HEADS,
    TITLE_PREFIX_HEADS,
    TITLE_WORDS,
    UNIT_ACRONYM_PREFIXES,
    UNIT_SHORT_NAMES,
)
from kerjasama.record import Person
from kerjasama.text.literals import CASED, LiteralWords
from kerjasama.text.spans import AddedSpans
from kerjasama.text.tokens import Token, tokenize

_ROMAN = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"}
_BRIDGES = {"dari", "from", "to", "untuk"}
_MAX_NAME = 5
_TITLE_HEAD = LiteralWords(
    {w.capitalize() for w in TITLE_HEADS | set(SHORT_FORMS)}
    | {w.upper() for w in SHORT_FORMS}
    | set(LOWER_CASE_HEADS)
    | set(LED_BY_WORDS),
    group=CASED,
)


@dataclass(slots=True)
class Draft:
    """A person found by a title pattern, before merging mentions."""

    name: str
    role: str | None
    org: str | None
    org_code: str | None
    base_org: str | None = None
    role_org: str | None = None  # the organisation as the role writes it
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """What the people stage knows about the article beyond one sentence."""

    doc: Doc
    hits: dict[int, Hit]
    acronyms: dict[str, str]
    orgs: list[str]
    unit_words: set[str] = field(default_factory=set)  # words read between a title and a name
    companies: set[int] = field(default_factory=set)  # where a company read by its head starts

    def org_at(self, tok: Token) -> str | None:
        """A pattern organisation whose full name ("PT Kaltim Amonia Nusantara") starts here."""
        for name in self.orgs:
            if self.doc.text.startswith(name, tok.start):
                return name
        return None

    def acronym_is_org(self, tok: Token) -> bool:
        long = self.acronyms.get(tok.text)
        return bool(long) and (long.split()[0].lower() in ORG_HEADS or tok.start in self.hits)


def _context(doc: Doc) -> Context:
    text = doc.text
    clean = set()
    body_words: set[str] = set()
    companies: set[int] = set()
    for s, e, _name, kind in find_pattern_orgs(doc):
        company = kind == "company" or text[s:e].split()[0].lower().rstrip(".") in ORG_HEADS
        whole, e = e, _org_end_before_name(doc, s, e, company)
        nxt = text[e : e + 2].lstrip()
        words = text[s:e].split()
        if company:
            companies.add(s)
        if company and (e < whole or words[-1].lower().rstrip(".") in ORG_TAILS):
            clean.add(text[s:e])  # a company that ends before a name or with "Group", "Ltd"
        for w in words[1:]:
            if w.lower().rstrip(".") in HONORIFICS:
                break
            body_words.add(w)
        if nxt and (nxt[0].islower() or nxt[0] == "("):  # its extent is clear there
            clean.add(text[s:e])
    for h in doc.hits:
        body_words.update(h.surface.split())
    for a in doc.acronyms:
        if a.long.split()[0].lower() in ORG_HEADS:
            body_words.add(a.short)
    ctx = Context(
        doc,
        {h.start: h for h in doc.hits},
        {a.short: a.long for a in doc.acronyms},
        sorted(clean, key=len, reverse=True),
        companies=companies,
    )
    ctx.unit_words.update(w for w in body_words if w.lower() not in person_words())
    return ctx


_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")


def _org_end_before_name(doc: Doc, s: int, e: int, company: bool) -> int:
    """A unit found by its leading word ends before a name written after it: at the last
    place it names ("Kejaksaan Negeri <place> <name>", "Dinas ESDM <province> <name>"), or
    after its title, acronym and place words ("Dinas Perhubungan <name>"). A company's name
    may hold places and names ("PT Sulawesi Barat Malaqbi"), so those are not cut."""
    text = doc.text
    stop = _SENTENCE_STOP.search(text, s, e)
    if stop:
        e = stop.start()  # "PT Tirta Lestari Budi Pranowo. Hadir ...": a sentence ends
    if company:
        return _company_end_before_name(text, s, e)
    hits = [h for h in doc.hits_between(s + 1, e) if h.end <= e]
    if hits:
        end = max(h.end for h in hits)
        return end if _names_only(text[end:e].split()) else e
    words = list(re.finditer(r"\S+", text[s:e]))
    for w in words[1:]:
        low = w.group(0).lower()
        if low[:1].isdigit():
            return e  # "Kodim 1008 Tanjung": a numbered unit and its place
        if low in ANY_TITLE_WORD or w.group(0).isupper() or _place_word(low):
            continue
        return s + w.start() if _names_only(text[s + w.start() : e].split()) else e
    return e


def _company_end_before_name(text: str, s: int, e: int) -> int:
    """A company read by its leading word ends before a person's name written right after it
    ("Direktur PT <words> <name> mengatakan"): the last one to three words, when the article
    writes them elsewhere on their own ("jelas <name>.") or they open with a given name
    (person words, not common or place words). The company keeps a word after its head."""
    words = list(re.finditer(r"\S+", text[s:e]))
    if len(words) >= 3 and _CODE_NAME.fullmatch(words[1].group(0)):
        rest = [w.group(0) for w in words[2:]]
        if _names_only(rest):  # "PT B3S <name>": a company's code name ends it
            return _space_start(text, s + words[2].start()) or s + words[2].start()
    for size in (3, 2, 1):
        if len(words) < size + 2:
            continue
        tail = [w.group(0) for w in words[-size:]]
        if not _names_only(tail) or tail[-1].lower() in ORG_TAILS:
            continue
        cut = s + words[-size].start()
        if _written_alone(text, " ".join(tail), cut) or _opens_with_given_name(tail):
            return _space_start(text, cut) or cut
    return e


_CODE_NAME = re.compile(r"[A-Z][A-Z0-9&-]*[0-9][A-Z0-9&-]*|[A-Z]{2,5}[0-9]+")  # "B3S", "KS2"


def _space_start(text: str, pos: int) -> int:
    """Where the run of white space that ends at `pos` starts (no copy of the text)."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _word_before(text: str, pos: int) -> str:
    """The white-space-separated word before `pos` ("" at the start of the text)."""
    end = _space_start(text, pos)
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _written_alone(text: str, name: str, at: int) -> bool:
    """The article writes `name` somewhere other than at `at`, not after a capitalised word."""
    pos = text.find(name)
    while pos != -1:  # a plain search, the boundaries checked by hand: a pattern is slower
        end = pos + len(name)
        bounded = not _name_char(text, pos - 1) and not _name_char(text, end)
        if bounded and pos != at:
            before = _word_before(text, pos)
            if not before or not before[:1].isupper() or before[-1:] in '.,:;"”)':
                return True
        pos = text.find(name, pos + 1)
    return False


def _name_char(text: str, i: int) -> bool:
    """Position `i` holds a character that continues a word (a letter, digit, _ or -)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _opens_with_given_name(tail: list[str]) -> bool:
    first = tail[0].lower()
    return len(tail) >= 2 and first in person_words() and first not in common_words()


def _place_word(low: str) -> bool:
    return low in place_or_body_words() and low not in person_words()


def _names_only(words: list[str]) -> bool:
    """One to three words that are no title, unit, common or place word: a person's name,
    perhaps after a rank ("Inspektur Jenderal <name>")."""
    while words and (words[0].lower() in RANK_WORDS or words[0].lower() in RANK_SECOND_WORDS):
        words = words[1:]
    return 1 <= len(words) <= 3 and not any(
        w.lower() in ANY_TITLE_WORD
        or w.lower() in common_words()
        or w.lower() in place_or_body_words()
        or w.isupper()
        for w in words
    )


def _role_text(words: list[str]) -> str | None:
    """The role as written ("Kepala DPMPTSP", "Ketua KPU"); only the common short forms of
    office are written out ("Pj" -> "Penjabat")."""
    out: list[str] = []
    for w in words:
        if w.lower() in EXPANDED_IN_ROLES:
            out.append(SHORT_FORMS[w.lower()])
        else:
            out.append(w)
    while out and out[-1].lower() in ROLE_CONNECTORS:
        out.pop()
    return " ".join(out) or None


def _is_title_word(tok: Token, has_words: bool) -> bool:
    low = tok.lower
    if low in TITLE_HEADS or low in SHORT_FORMS:
        return tok.is_cap
    return has_words and low in TITLE_WORDS and (tok.is_cap or len(low) > 3)


_MISSPELT_MIN = 7  # title words this long or longer are read with one letter wrong


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _misspelt_title_words() -> dict[str, str]:
    """Each long title word's forms with one letter dropped, for reading a word with one
    letter missing, added or wrong ("Tenologi", "Pariwsata", "Kesehatn")."""
    out: dict[str, str] = {}
    for word in TITLE_WORDS:
        if len(word) >= _MISSPELT_MIN and word.isalpha():
            for form in (word, *_deletions(word)):
                out.setdefault(form, word)
    return out


def _misspelt_title_word(toks: list[Token], i: int) -> bool:
    """A capitalised word one letter off a long title word, inside a title: another title
    word, or "dan" and one, follows it ("Menteri Riset Tenologi dan Pendidikan Tinggi")."""
    tok = toks[i]
    low = tok.lower
    if not tok.is_cap or len(low) < _MISSPELT_MIN - 1 or low in person_words():
        return False
    known = _misspelt_title_words()
    if low not in known and not any(form in known for form in _deletions(low)):
        return False
    j = i + 1
    if j < len(toks) and toks[j].lower in _PAIR_JOINS:
        j += 1
    if j >= len(toks):
        return False
    nxt = toks[j]
    return _is_title_word(nxt, True) or (nxt.is_cap and nxt.lower in place_or_body_words())


def _unit_short_name(tok: Token) -> bool:
    """A regional office's short name by its shape ("Disdukcapil", "Bappelitbangda") or a
    known one ("Polhukam"), never a given name."""
    low = tok.lower
    if not tok.is_cap or len(low) < 5 or low in person_words():
        return False
    return low in UNIT_SHORT_NAMES or low.startswith(UNIT_ACRONYM_PREFIXES)


def _parse_title(
    toks: list[Token], i: int, ctx: Context, continuing: bool = False
) -> tuple[list[str], int]:
    """Consume title words from toks[i]; returns the role words and the next index.

    `continuing` reads role words that follow an organisation, so they need no head word.
    """
    words: list[str] = []
    if (
        continuing
        and i < len(toks)
        and toks[i].lower in ROLE_CONNECTORS
        and i + 1 < len(toks)
        and _is_title_word(toks[i + 1], True)
        and not (toks[i].lower in _PAIR_JOINS and _new_title(toks, i + 1))
    ):
        words.append(toks[i].text)
        i += 1
    n = len(toks)
    while i < n:
        tok = toks[i]
        low = tok.lower
        if tok.text == "(" and i + 2 < n and toks[i + 2].text == ")":
            i += 3  # an acronym in brackets: "Penjabat (Pj) Gubernur"
            continue
        if tok.text == "." and words and words[-1].lower() in SHORT_FORMS:
            i += 1  # "Plt. Kepala Dinas"
            continue
        if words and (
            tok.start in ctx.hits
            or ctx.acronym_is_org(tok)
            or (tok.lower in ORG_HEADS and ctx.org_at(tok))
            or _company_at(tok, ctx)
        ):
            break
        if low == "i" and (
            (i + 1 < n and toks[i + 1].lower in BALINESE_NAME_WORDS)
            or _initials_before_name(toks, i, ctx)
        ):
            break  # "Bupati Badung I Wayan ...", "Bupati I GK <name>": the name starts
        if (
            continuing
            and low in RANK_WORDS
            and i + 1 < n
            and toks[i + 1].lower in RANK_SECOND_WORDS
        ):
            break  # "Kapolda Bali Inspektur Jenderal Polisi <name>": a rank, not the role
        if _is_title_word(tok, bool(words) or continuing) or (
            words and _misspelt_title_word(toks, i)
        ):
            words.append(tok.text)
            i += 1
            continue
        if (
            words
            and (tok.text in ctx.acronyms or _unit_short_name(tok))
            and i + 1 < n
            and toks[i + 1].text[:1].isupper()
        ):
            words.append(tok.text)  # "Kepala DLHK Syafrizal", "Kepala Disdukcapil <name>"
            i += 1
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        in_list = (
            tok.text == ","
            and nxt
            and nxt.lower not in TITLE_HEADS
            and (
                (nxt.lower not in ROLE_CONNECTORS and _is_title_word(nxt, True))
                or (  # the list's last item after a comma: "Politik, Hukum, dan Keamanan"
                    words
                    and nxt.lower in _PAIR_JOINS
                    and i + 2 < n
                    and toks[i + 2].lower not in TITLE_HEADS
                    and _is_title_word(toks[i + 2], True)
                )
            )
        )
        if in_list:  # "Kepala Dinas Perindustrian, Perdagangan, Energi ..."
            i += 1
            continue
        balinese = low == "i" and i + 1 < n and toks[i + 1].lower in BALINESE_NAME_WORDS
        if words and (
            (low in _ROMAN and not balinese)
            or (
                low in ROLE_CONNECTORS
                and _title_follows(toks, i + 1, ctx)
                and not (low in _PAIR_JOINS and _new_title(toks, i + 1))
            )
        ):
            words.append(tok.text)
            i += 1
            continue
        break
    return words, i


_PAIR_JOINS = frozenset("dan serta and &".split())


def _new_title(toks: list[Token], i: int) -> bool:
    """ "Kepala Dinas Kesehatan dan Kepala Dinas Kominfo": a second title, a second person."""
    if i >= len(toks) or not toks[i].is_cap:
        return False
    low = toks[i].lower
    return low in TITLE_HEADS or low in SHORT_FORMS


def _title_follows(toks: list[Token], i: int, ctx: Context) -> bool:
    """After connectors ("of the"), does a title word or a place follow?"""
    while i < len(toks) and toks[i].lower in ROLE_CONNECTORS:
        i += 1
    return i < len(toks) and (
        _is_title_word(toks[i], True)
        or toks[i].start in ctx.hits
        or _company_at(toks[i], ctx)  # "Director of PT <name> <person>"
    )


def _company_at(tok: Token, ctx: Context) -> bool:
    return tok.start in ctx.companies and ctx.org_at(tok) is not None


def _past_country_apposition(toks: list[Token], k: int, ctx: Context) -> int:
    """ "Ketua Menteri Sabah, Malaysia, Datuk Seri ...": the body's country set off by commas
    after it; the name comes after the second comma."""
    if k + 2 < len(toks) and toks[k].text == ",":
        hit = ctx.hits.get(toks[k + 1].start)
        if hit is not None and hit.entry.kind == "country":
            end = k + 1
            while end < len(toks) and toks[end].start < hit.end:
                end += 1
            if end + 1 < len(toks) and toks[end].text == ",":
                return end + 1
    return k


def _parse_org(toks: list[Token], i: int, ctx: Context) -> tuple[str | None, Hit | None, int]:
    """After a title: a region or body ("Kaltim", "Provinsi Anhui", "PT X", "Undip")."""
    n = len(toks)
    if i + 1 < n and (
        toks[i].lower in _BRIDGES or (toks[i].lower == "di" and toks[i + 1].start in ctx.hits)
    ):
        i += 1
    start, first_hit = i, None
    while i < n:
        tok = toks[i]
        hit = ctx.hits.get(tok.start)
        known = ctx.org_at(tok)
        if hit and first_hit and _given_name_at(toks, i, hit, ctx):
            break  # "Wali Kota Bogor Bima Arya": a place word that opens the name
        if hit or known:
            first_hit = first_hit or hit
            end = hit.end if hit else tok.start + len(known or "")
            while i < n and toks[i].start < end:
                if not hit and toks[i].lower in HONORIFICS and len(toks[i].text) > 1:
                    break  # "Universitas Muria Kudus Prof. Dr. <name>": the name starts
                i += 1
            if i + 2 < n and toks[i].text == "(" and toks[i + 2].text == ")":
                i += 3  # "Kalimantan Timur (Kaltim)"
            continue
        if tok.lower in ORG_HEADS and tok.is_cap:
            i = _body_name_before_comma(toks, i + 1)
            continue
        if ctx.acronym_is_org(tok):
            i += 1
            continue
        if i > start and tok.text.isupper() and _initials_before_name(toks, i, ctx):
            break  # "Sekda Kota Denpasar IB Alit Wiradana": the name's initials, no unit
        if (i > start and tok.text == "-") or (
            tok.text.isupper() and len(tok.text) > 1 and tok.text not in ("I", "II", "III", "IV")
        ):
            i += 1  # "Kadin Anhui-Indonesia", "Konsul Jenderal RI"
            continue
        if i > start and tok.lower == "di" and i + 1 < n and toks[i + 1].start in ctx.hits:
            i += 1  # "Konsul Jenderal Jepang di Surabaya"
            continue
        break
    if i == start:
        return None, None, i
    return _span_text(toks, start, i), first_hit, i


_BODY_NAME_MAX = 8  # words of a body's name between its head word and the comma


def _body_name_before_comma(toks: list[Token], i: int) -> int:
    """After a body's head word ("Yayasan", "Universitas"): capitalised words up to a comma
    that a person's name follows are the body's name ("Ketua Yayasan <A B>, Drs. <name>"),
    not the person's; returns where the body's name ends (`i` where none is read)."""
    j, n = i, len(toks)
    while j < n and j - i < _BODY_NAME_MAX:
        tok = toks[j]
        if tok.lower in HONORIFICS:
            return i  # the person's name starts inside the run
        if tok.is_cap or tok.text in "()&-" or tok.lower in _PAIR_JOINS:
            j += 1
            continue
        break
    if j == i or j + 1 >= n or toks[j].text != ",":
        return i
    return j if toks[j + 1].is_cap else i


def _given_name_at(toks: list[Token], i: int, hit: Hit, ctx: Context) -> bool:
    """A one-word place that is a given name, right after another place and before a name
    word: the name starts there."""
    nxt = i + 1
    return (
        hit.end == toks[i].end
        and toks[i].lower in person_words()
        and nxt < len(toks)
        and toks[nxt].is_cap
        and toks[nxt].start not in ctx.hits
        and _word_class(toks[nxt], toks[nxt + 1] if nxt + 1 < len(toks) else None, ctx) == _NAME
    )


def _surname_place(toks: list[Token], j: int, hit: Hit, out: list[tuple[int, str]]) -> bool:
    """ "Gubernur Maluku Utara, Sherly Laos menegaskan": a one-word place right after the
    run's only name word, ending the run, is the surname (a given name the lists know, or any
    name before a country: "Benny Laos")."""
    nxt = j + 1
    return (
        hit.end == toks[j].end
        and len(out) >= 1
        and out[-1][1] == _NAME
        and sum(1 for _, c in out if c == _NAME) == 1
        and (toks[out[-1][0]].lower in person_words() or hit.entry.kind == "country")
        and (nxt >= len(toks) or not toks[nxt].is_cap)
        and (nxt >= len(toks) or toks[nxt].text not in "(-")
    )


def _span_text(toks: list[Token], a: int, b: int) -> str:
    out = ""
    for k in range(a, b):
        if k > a and toks[k].start > toks[k - 1].end:
            out += " "
        out += toks[k].text
    return out


_ORDINAL = re.compile(r"^ke-?\d+$")  # "Presiden ke-7 RI"
_RUN_CONNECTORS = frozenset("dan di untuk & of for the and bidang ke pada".split())
_LOCAL_HEADS = frozenset("camat lurah kades".split())
_LOCAL_UNITS = frozenset("desa kelurahan kecamatan distrik".split())
_STRONG, _WEAK, _NAME, _GLUE, _HONORIFIC = "S", "W", "N", "G", "H"
_QUOTE_MARKS = frozenset('"“”')


def _word_class(tok: Token, nxt: Token | None, ctx: Context) -> str:
    """S: cannot be in a name (title, unit, place, acronym, rank); W: a common word that a
    name may hold between name words; N: a name word."""
    low = tok.lower
    text = tok.text
    if low in ("i", "ni") and nxt is not None and nxt.lower in BALINESE_NAME_WORDS:
        return _NAME
    if len(text) == 1 and text.isupper() and text != "I":
        return _NAME  # an initial
    if low in EAST_ASIAN_SURNAMES and text.istitle():
        return _NAME  # "Yang Benqing", "He Tao"
    if low in HONORIFICS and len(low) > 1:
        return _HONORIFIC
    if low in PATRONYMICS and tok.is_cap:
        return _NAME  # "Aminah Binti Ali": the name goes on
    if (
        tok.start in ctx.hits
        or tok.text in ctx.acronyms
        or low in ANY_TITLE_WORD
        or low in SHORT_FORMS
        or low in ORG_HEADS
        or low in ORG_TAILS
        or low in NOT_NAME_WORDS
        or low in RANKS
        or not is_name_token(tok)
    ):
        return _STRONG
    if low in NAME_COMMON_WORDS or low in person_words():
        return _NAME
    if _UNIT_NOUN.match(low):
        return _STRONG  # "Pengabdian", "Kesejahteraan": a unit's noun, never a name
    if low in common_words() or looks_like_verb(low):
        return _WEAK
    return _NAME


# Nouns made with pe-/per-/ke- ... -an ("pengabdian", "perbatasan", "ketahanan").
# Degrees written as letter, stop, letters ("M.Si", "S.Sos"), joined without the stop.
DOTTED_DEGREES = frozenset(
    "msi mag mpd spd ssos sip sh se mm mh st mt skm mkes ssi sstp map mhum mkom skom sag ssp "
    "msp mtp mba mph msc phd ak".split()
)
_UNIT_NOUN = re.compile(r"^(?:peng|peny|pem|pen|per|pe|ke)[a-z]{3,}an$")


_VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "di", "ter", "per")
_VERB_SUFFIXES = ("kan", "i")


def looks_like_verb(low: str) -> bool:
    """A verb made from a common word ("Ungkapkan", "Jajaki", "Menandatangani"): headline
    words written in title case."""
    common = common_words()
    for suffix in _VERB_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 4 and low[: -len(suffix)] in common:
            return True
    return any(
        low.startswith(prefix) and len(low) - len(prefix) >= 4 and low[len(prefix) :] in common
        for prefix in _VERB_PREFIXES
    )


def _local_place_end(toks: list[Token], i: int) -> int:
    """The end of a district or village name starting at toks[i] (i when there is none)."""
    places = local_place_names().get(toks[i].lower) if i < len(toks) else None
    if not places:
        return i
    for size in (4, 3, 2, 1):
        words = tuple(t.lower for t in toks[i : i + size])
        if (
            len(words) == size
            and words in places
            and (i + size >= len(toks) or size > 1 or toks[i + size].is_cap)
        ):
            return i + size
    return i


# Speech verbs with a verb prefix ("mengatakan", "menyampaikan", "berharap"): never a name,
# even capitalised (short ones such as "Said", "Tutur" may be names).
_SPEECH_VERB_WORDS = frozenset(
    v for v in SPEECH_VERBS if v.startswith(("me", "ber")) and len(v) >= 7
)


_FATHERS_HONORIFICS = frozenset("hj haji h".split())


def _name_run(toks: list[Token], i: int, ctx: Context) -> list[tuple[int, str]]:
    """The capitalised run from toks[i]: (index, class) per token, up to a lower-case word,
    a comma or a new title once a name word was seen."""
    n = len(toks)
    out: list[tuple[int, str]] = []
    seen_name = False
    j = i
    if j < n and toks[j].lower in _LOCAL_UNITS:
        j += 1
    if i > 0 and (
        toks[i - 1].lower in _LOCAL_HEADS or toks[i - 1].lower in _LOCAL_UNITS or (j > i)
    ):
        end = _local_place_end(toks, j)
        out.extend((k, _STRONG) for k in range(i, end))
        j = max(j, end) if end > j else j
    while j < n and len(out) < 24:
        tok = toks[j]
        nxt = toks[j + 1] if j + 1 < n else None
        if tok.lower in _SPEECH_VERB_WORDS:
            break  # "Bupati Sleman Mengatakan ...": a speech verb in title case is no name
        if tok.text == "(" and seen_name and not (nxt is not None and nxt.lower in HONORIFICS):
            break  # "Gubernur Suhardi Duka (SDK)"; but "Rektor Unhas (Prof. <name>, MA)"
        if tok.text == "(":
            close = next((k for k in range(j + 1, min(n, j + 6)) if toks[k].text == ")"), None)
            if close is None:
                break
            out.extend((k, _STRONG) for k in range(j, close + 1))
            j = close + 1
            continue
        if (
            out
            and out[-1][1] == _NAME
            and toks[out[-1][0]].lower in PATRONYMICS
            and tok.lower in _FATHERS_HONORIFICS
            and nxt is not None
            and nxt.is_cap
        ):
            out.append((j, _NAME))  # "Azlan Bin Hj Sipil": the father's name may carry "Haji"
            j += 1
            continue
        hit = ctx.hits.get(tok.start)
        if hit is not None and (
            _surname_place(toks, j, hit, out)
            or (not seen_name and _given_name_at(toks, j, hit, ctx))
        ):
            out.append((j, _NAME))
            j += 1
            continue
        if hit is not None:
            while j < n and toks[j].start < hit.end:
                out.append((j, _STRONG))
                j += 1
            continue
        if (
            tok.text == "."
            and seen_name
            and out[-1][1] == _HONORIFIC
            and toks[j - 1].lower not in NAME_PREFIX_HONORIFICS
            and nxt is not None
            and nxt.is_cap
            and nxt.lower not in HONORIFICS
        ):
            break  # "<name> MM. Kerja sama ...": a degree ends the sentence
        if (
            tok.text == "."
            and out
            and out[-1][1] in (_NAME, _HONORIFIC)
            and len(toks[j - 1].text) <= 4
        ):
            out.append((j, _GLUE))  # initials and short forms: "H. M.", "Muh."
            j += 1
            continue
        if tok.text in ("-", "/") or tok.text.isdigit() or _ORDINAL.match(tok.text):
            out.append((j, _STRONG))
            j += 1
            continue
        if (
            len(tok.text) <= 2
            and tok.is_cap
            and nxt is not None
            and nxt.text == "."
            and j + 2 < n
            and (tok.lower + toks[j + 2].lower) in DOTTED_DEGREES
        ):
            out.extend([(j, _HONORIFIC), (j + 1, _GLUE), (j + 2, _HONORIFIC)])
            j += 3  # a degree written with a stop: "M.Si", "S.Sos"
            continue
        if (
            out
            and out[-1][1] == _NAME
            and 2 <= len(tok.text) <= 3
            and tok.text.isupper()
            and tok.text not in ctx.acronyms
            and tok.start not in ctx.hits
            and tok.lower not in ANY_TITLE_WORD
            and tok.lower not in HONORIFICS
            and (nxt is None or not nxt.is_cap)
        ):
            out.append((j, _NAME))  # initials after a name: "Herman HN"
            j += 1
            continue
        if tok.text == "." and out and toks[j - 1].lower in RANKS:
            out.append((j, _STRONG))  # "Brigjen Pol. <name>"
            j += 1
            continue
        if tok.text in ("'", "’") and out and toks[j - 1].end == tok.start:
            out.append((j, _GLUE))  # "Dato' Onn"
            j += 1
            continue
        if (
            tok.text in _QUOTE_MARKS
            and out
            and out[-1][1] == _NAME
            and j + 3 < n
            and toks[j + 1].is_cap
            and toks[j + 2].text in _QUOTE_MARKS
            and toks[j + 3].is_cap
            and is_name_token(toks[j + 3])
        ):
            out.extend([(j, _GLUE), (j + 1, _GLUE), (j + 2, _GLUE)])
            j += 3  # a nickname in quotes inside the name: <given> "<nick>" <surname>
            continue
        if (
            out
            and out[-1][1] == _NAME
            and 2 <= len(tok.text) <= 3
            and tok.text.isupper()
            and tok.text.isalpha()
            and tok.text not in ctx.acronyms
            and tok.start not in ctx.hits
            and tok.lower not in ANY_TITLE_WORD
            and tok.lower not in SHORT_FORMS
            and tok.lower not in HONORIFICS
            and nxt is not None
            and nxt.is_cap
            and nxt.start not in ctx.hits
            and _word_class(nxt, toks[j + 2] if j + 2 < n else None, ctx) == _NAME
        ):
            out.append((j, _NAME))  # initials inside a name: "Hendra TP Simamora"
            j += 1
            continue
        if (
            seen_name
            and out[-1][1] == _NAME
            and tok.is_cap
            and tok.lower in TITLE_WORDS
            and tok.lower in person_words()
            and tok.lower not in TITLE_HEADS
            and tok.start not in ctx.hits
            and (nxt is None or not nxt.is_cap)
        ):
            out.append((j, _NAME))  # a name's last word that is a title word too: "Yoga Pratama"
            j += 1
            continue
        if (
            seen_name
            and out[-1][1] == _NAME
            and tok.is_cap
            and tok.lower in TITLE_WORDS
            and tok.lower not in TITLE_HEADS
            and tok.lower not in SHORT_FORMS
            and not _UNIT_NOUN.match(tok.lower)
            and tok.start not in ctx.hits
            and nxt is not None
            and nxt.is_cap
            and nxt.lower not in ANY_TITLE_WORD
            and _word_class(nxt, toks[j + 2] if j + 2 < n else None, ctx) == _NAME
        ):
            out.append((j, _WEAK))  # a unit word as a given name: "Eli Aset Yentji Sunur"
            j += 1
            continue
        if not tok.is_cap:
            if nxt is not None and (nxt.is_cap or nxt.text == ".") and tok.lower in HONORIFICS:
                out.append((j, _HONORIFIC))  # "Kepala Dinkes dr Sudarmi"
                j += 1
                continue
            if (
                nxt is not None
                and nxt.is_cap
                and (tok.lower in NAME_PARTICLES and out and out[-1][1] in (_NAME, _GLUE))
            ):
                out.append((j, _GLUE))
                j += 1
                continue
            if (
                nxt is not None
                and nxt.is_cap
                and tok.lower in _RUN_CONNECTORS
                and (
                    tok.lower != "di"
                    or nxt.start in ctx.hits
                    or nxt.lower in ORG_HEADS
                    or nxt.lower in GOVERNMENT_FORMS
                )
                and (not seen_name or (out and out[-1][1] == _STRONG))
                and not (tok.lower in _PAIR_JOINS and _new_title(toks, j + 1))
            ):
                out.append((j, _STRONG))
                j += 1
                continue
            break
        if seen_name and (tok.lower in TITLE_HEADS or tok.lower in SHORT_FORMS):
            break  # the next person's title
        if (
            out
            and tok.is_cap
            and (tok.lower in TITLE_HEADS or tok.lower in SHORT_FORMS)
            and looks_like_verb(toks[j - 1].lower)
        ):
            break  # "Konjen Tiongkok Kunjungi Wako <name>": the verb's object has its own title
        if tok.lower in PLACE_STOP_WORDS:
            break  # "... di Hotel <name>", "Jalan <name>": a building or a street
        cls = _word_class(tok, nxt, ctx)
        if cls == _STRONG and not seen_name and _initials_before_name(toks, j, ctx):
            cls = _NAME  # "Sekda IB Alit Wiradana", "Wakil Wali Kota HMS Subri": initials
        if (
            cls == _NAME
            and not seen_name
            and (not out or out[-1][1] == _STRONG)
            and tok.lower not in person_words()
            and is_region_short_form(tok.lower)
        ):
            cls = _STRONG  # "Bupati Halbar <name>", "Ketua DPRD Pulpis": a region's short form
        seen_name = seen_name or cls == _NAME
        out.append((j, cls))
        j += 1
    while out and out[-1][1] in (_GLUE, _STRONG) and toks[out[-1][0]].text in ("-", "/", "."):
        out.pop()
    return out


def _initials_before_name(toks: list[Token], j: int, ctx: Context) -> bool:
    """toks[j] is a name's initials written first ("IB", "HMS", "SA.", the "I GN" of a
    Balinese name): two or three capitals no body or title is called, then name words."""
    tok = toks[j]
    k = j + 1
    balinese = tok.text == "I" and k < len(toks) and _initials(toks[k], ctx)
    if balinese:
        k += 1  # "I GK <name>": a Balinese name's initials
    elif not _initials(tok, ctx):
        return False
    if k < len(toks) and toks[k].text == ".":
        k += 1  # "SA. Supriono"
    if k >= len(toks) or not toks[k].is_cap or toks[k].start in ctx.hits:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    ok = (_NAME, _WEAK) if balinese else (_NAME,)  # a Balinese name's words may be common
    return _word_class(toks[k], nxt, ctx) in ok and toks[k].lower not in ANY_TITLE_WORD


def _initials(tok: Token, ctx: Context) -> bool:
    text = tok.text
    return (
        2 <= len(text) <= 3
        and text.isalpha()
        and text.isupper()
        and text not in ctx.acronyms
        and tok.start not in ctx.hits
        and tok.lower not in ANY_TITLE_WORD
        and tok.lower not in SHORT_FORMS
        and tok.lower not in HONORIFICS
        and tok.lower not in ORG_HEADS
        and tok.lower not in NOT_NAME_WORDS
        and not is_region_short_form(tok.lower)
    )


def _blocks(run: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Stretches of name words as (start, end) token indices. A lone common word may sit inside
    a name, or end it where the run ends ("Gubernur Suhardi Duka"); two in a row end a stretch.
    A run of only units and places that ends in one or two common words gives those words
    ("Wakil Wali Kota Palembang Prima Salam")."""
    blocks: list[tuple[int, int]] = []
    cur: list[tuple[int, str]] = []

    def close(keep_weak: bool = False) -> None:
        while (
            cur
            and not keep_weak
            and cur[-1][1] != _NAME
            and not (cur[-1][1] == _GLUE and len(cur) > 1 and cur[-2][1] == _NAME)
        ):
            cur.pop()
        while cur and cur[0][1] != _NAME:
            cur.pop(0)
        if cur:
            blocks.append((cur[0][0], cur[-1][0] + 1))
        cur.clear()

    last = len(run) - 1
    for k, (idx, cls) in enumerate(run):
        if cls == _HONORIFIC and any(c == _NAME for _, c in cur):
            close()  # "Rektor Unhas Prof. Dr. <name>": the honorific opens the name
            cur.append((idx, _GLUE))
        elif cls == _HONORIFIC:
            cur.append((idx, _GLUE))
        elif cls == _STRONG:
            close()
        elif cls == _WEAK and cur and k == last and any(c == _NAME for _, c in cur[-2:]):
            cur.append((idx, cls))
            close(keep_weak=True)
        elif cls == _WEAK and cur and (k == last or run[k + 1][1] != _NAME):
            close()
        elif (
            cls == _WEAK
            and not cur
            and k < last
            and run[k + 1][1] == _NAME
            and (k == 0 or run[k - 1][1] == _STRONG)
        ):
            cur.append((idx, _NAME))  # "Sekretaris Komisi I Sadar Muslihat": a given name
        elif cls == _WEAK and cur and cur[-1][1] == _GLUE and k < last and run[k + 1][1] == _NAME:
            cur.append((idx, _NAME))  # "Hj Nunu Andriani": an honorific opens the name
        else:
            cur.append((idx, cls))
    close()
    if not blocks and run and run[-1][1] == _WEAK:
        k = last
        while k >= 0 and run[k][1] == _WEAK:
            k -= 1
        if 1 <= last - k <= 2 and k >= 0 and run[k][1] == _STRONG:
            blocks.append((run[k + 1][0], run[last][0] + 1))
    return blocks


def _block_score(toks: list[Token], a: int, b: int) -> int:
    words = person_words()
    return sum(
        1
        for k in range(a, b)
        if (toks[k].lower in words and toks[k].lower not in HONORIFICS)
        or toks[k].lower in BALINESE_NAME_WORDS
    )


_NAME_SEPARATORS = frozenset(", – — - :".split())


def _words_in(toks: list[Token], a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if toks[k].is_word)


_CAMPUS_SHORT = re.compile(rf"^{CAMPUS_SHORT_FORM}$")
_ACADEMIC_HEADS = frozenset("rektor rector dekan dean chancellor vice-chancellor".split())


def classes_after(run: list[tuple[int, str]], k: int) -> str | None:
    return run[k][1] if k < len(run) else None


def _before_name(toks: list[Token], k: int) -> bool:
    """A rank, an honorific or a bracketed short form, which may precede a name."""
    low = toks[k].lower
    return (
        low in RANKS
        or low in HONORIFICS
        or low == "the"
        or toks[k].text in "().'’"
        or (k > 0 and toks[k - 1].text == "(")
    )


def _only_before_name(toks: list[Token], j: int, first: int, ctx: Context) -> bool:
    """Tokens j..first-1 may all precede a name: ranks, honorifics, and the unit's province
    before a rank ("Kapolres Tabalong, Kalimantan Selatan AKBP <name>")."""
    ranked = any(toks[k].lower in RANKS for k in range(j, first))
    k = j
    while k < first:
        hit = ctx.hits.get(toks[k].start) if ranked else None
        if hit is not None:
            while k < first and toks[k].start < hit.end:
                k += 1
            continue
        if not _before_name(toks, k):
            return False
        k += 1
    return True


_VERB_OPENINGS = ("me", "ber", "di", "ter", "ke")


def _lone_common_name(toks: list[Token], j: int, run: list[tuple[int, str]]) -> bool:
    """One common word right after a title or its place, ending the run before a lower-case
    word or a stop, that no verb prefix opens: a one-word name ("Bahagia", "Permana")."""
    return (
        len(run) == 1
        and run[0] == (j, _WEAK)
        and j > 0
        and (toks[j - 1].text == ")" or toks[j - 1].is_cap)
        and (j + 1 >= len(toks) or not toks[j + 1].is_cap)
        and not toks[j].lower.startswith(_VERB_OPENINGS)
        and toks[j].lower not in _RUN_CONNECTORS
    )


def _parse_name(toks: list[Token], i: int, ctx: Context) -> tuple[str | None, int]:
    """The person's name in the capitalised run after a title: the stretch of name words that
    looks most like a person's name (the last one on a tie), so a unit or place written
    between the title and the name ("Kepala Kejaksaan Negeri <place> <name>") stays out."""
    n = len(toks)
    j = i + 1 if i < n and toks[i].text == "," else i  # "Kepala Dinas ..., Puguh Harjanto"
    run = _name_run(toks, j, ctx)
    if j > i:  # after "<title>, " the name comes first: "Kepala Dinas ..., Puguh Harjanto"
        first = next((k for k, c in run if c in (_NAME, _WEAK)), None)
        if first is None or not _only_before_name(toks, j, first, ctx):
            run = []
    classes = dict(run)
    head = toks[i - 1].lower if i > 0 else ""
    if run and head in _ACADEMIC_HEADS and run[0][1] == _NAME:
        # "Rektor Unmul <name>", "Rektor Undiksha mengatakan": one unknown word after an
        # academic title is the university's short name
        nxt_k = run[0][0] + 1
        if _block_score(toks, run[0][0], nxt_k) == 0 and (
            classes_after(run, 1) != _NAME or _CAMPUS_SHORT.match(toks[run[0][0]].text)
        ):
            run = [(run[0][0], _STRONG), *run[1:]]
            ctx.unit_words.add(toks[run[0][0]].text)  # not a person elsewhere either
    classes = dict(run)
    blocks = [
        (a, b)
        for a, b in _blocks(run)
        if b - a <= _MAX_NAME + 3
        and not (
            b - a == 1
            and _block_score(toks, a, b) == 0
            and (classes.get(b) == _STRONG or toks[a].lower in place_or_body_words())
        )  # "Wali Nanggroe Aceh": an unknown word before a place or unit is part of it;
        # "Rektor Unhas": a body
    ]
    if not blocks and _lone_common_name(toks, j, run):
        blocks = [(j, j + 1)]  # "Sekdako Banda Aceh Bahagia yang ...": a common word as name
    best = max(blocks, key=lambda ab: (_block_score(toks, *ab), ab[0])) if blocks else None
    after = run[-1][0] + 1 if run else j
    if (
        j == i
        and after < n
        and toks[after].text in _NAME_SEPARATORS
        and (best is None or _block_score(toks, *best) == 0)
    ):  # "Kepala Dinas Kesehatan, Robby Kayame"; "Danlantamal IV Batam, Laksma TNI <name>"
        run2 = _name_run(toks, after + 1, ctx)
        first = _blocks(run2)[:1]
        if (
            first
            and clean_name(_span_text(toks, *first[0]))
            and all(_before_name(toks, k) for k in range(after + 1, first[0][0]))
            and (best is None or not _own_role_follows(toks, first[0][1], ctx))
        ):
            cand = first[0]
            if (
                best is None
                or _block_score(toks, *cand) > 0
                or (best[1] - best[0] == 1 and _words_in(toks, *cand) >= 2)
            ):
                best = cand
    if best is None:
        return None, i
    a, b = best
    while (
        _words_in(toks, a, b) > (1 if a == j and head in PLACE_TAKING_TITLE_WORDS else 2)
        and toks[a].lower in place_or_body_words()
        and _block_score(toks, a, a + 1) == 0
    ):
        a += 1  # "Kepala Kejaksaan Negeri Purwokerto Sunarwan", "Kajari Wates Suryanto"
    ctx.unit_words.update(toks[k].text for k, _ in run if k < a)
    name = clean_name(_span_text(toks, a, b))
    if name and len(name.split()) > _MAX_NAME:
        return None, i
    if (
        name
        and head in _LOCAL_HEADS
        and a == j
        and " " not in name
        and name not in person_words()
        and (b >= n or not toks[b].is_cap)
    ):
        return None, i  # "Kades Krandegan": the village a head leads, no one's name
    return (name, b) if name else (None, i)


def find_people(doc: Doc) -> Doc:
    """Fill doc.people from title patterns, then link later mentions to the full names."""
    ctx = _context(doc)
    drafts: list[Draft] = []
    heads = [s for s, _ in _TITLE_HEAD.finditer(doc.text)]
    # Where a list marker or a group noun ends: one scan of the text, not one per sentence.
    groups = sorted(e for p in (_LIST_MARKER, _GROUP_NOUN) for _, e in p.finditer(doc.text))
    for s, e in doc.story_sentences():
        k = bisect_left(heads, s)
        toks = None
        if k < len(heads) and heads[k] < e:  # only sentences with a title need tokens
            toks = tokenize(doc.text, s, e)
            drafts.extend(_sentence_people(ctx, toks))
        g = bisect_left(groups, s + 1)
        if g < len(groups) and groups[g] <= e:
            drafts.extend(_group_people(ctx, toks or tokenize(doc.text, s, e)))
    doc.cache["unit_words"] = frozenset(ctx.unit_words)
    drafts = [d for d in drafts if d.name not in ctx.unit_words]  # "Rektor Unhas" after
    _complete_short_names(ctx, drafts)
    doc.people = _merge(doc, drafts)  # "Rektor Unhas Prof <name>"
    return doc


_LIST_MARKER = LiteralWords(LIST_MARKERS, group=CASED)
_GROUP_REACH = 12  # words between a group noun and its list marker


def _group_people(ctx: Context, toks: list[Token]) -> list[Draft]:
    """ "sejumlah pejabat kepolisian setempat, antara lain <A>, <B> dan <C>": names listed after
    a marker under a lower-case group noun, each with the phrase from the noun as role."""
    out: list[Draft] = []
    for i in range(len(toks)):
        after = _role_after_size(toks, i)
        if after:
            out.extend(_group_before(ctx, toks, i, i + after))
            continue
        size = _marker_size(toks, i)
        if not size and toks[i].text != ",":
            continue
        role = _group_role(toks, i + 1 if not size else i)
        if not role:
            continue
        names = _listed_names(toks, i + max(size, 1), ctx)
        if not size:  # "perwakilan <body>, <name>": one full name after the comma
            if role.split()[0].lower() not in REPRESENTATIVE_WORDS or not names:
                continue
            names = names[:1] if len(names[0].split()) >= 2 else []
        org = _group_org(role)
        out.extend(Draft(name, role, org, None, base_org=org, role_org=org) for name in names)
    return out


def _role_after_size(toks: list[Token], i: int) -> int:
    """The size of a marker at toks[i] that a lower-case group noun follows."""
    if i >= len(toks):
        return 0
    for words in _ROLE_AFTER_BY_FIRST.get(toks[i].lower, ()):
        k = i + len(words)
        if (
            [t.lower for t in toks[i:k]] == words
            and k < len(toks)
            and toks[k].lower in _GROUP_NOUNS
            and not toks[k].is_cap
        ):
            return len(words)
    return 0


def _group_before(ctx: Context, toks: list[Token], i: int, k: int) -> list[Draft]:
    """ "<A> dan <B> yang merupakan perwakilan dari <body>": the names before the marker at
    toks[i], each with the group role from toks[k] to the next stop."""
    end = k
    while end < len(toks) and end - k < _GROUP_REACH and toks[end].text not in ",.;:()":
        end += 1
    role = _span_text(toks, k, end)
    names: list[str] = []
    b = i
    while b > 0:
        a = b
        while a > 0 and (toks[a - 1].is_cap or toks[a - 1].text in ".'’-"):
            a -= 1
        honorific = [x for x in range(a, b) if toks[x].lower.rstrip(".") in HONORIFICS]
        if honorific:
            a = honorific[0]  # "Hadir Ms. <name>": the name starts at its honorific
        while a < b - 1 and _word_class(toks[a], toks[a + 1], ctx) in (_WEAK, _STRONG):
            a += 1  # "Hadir <name>": a verb opening the sentence
        name = _listed_name(toks, a, b, ctx) if a < b else None
        if not name:
            break
        names.append(name)
        if a == 0 or not (toks[a - 1].text == "," or toks[a - 1].lower in _LIST_JOINS):
            break
        b = a - 1
    org = _group_org(role)
    return [Draft(name, role, org, None, base_org=org, role_org=org) for name in reversed(names)]


def _group_org(role: str) -> str | None:
    """ "tim dari <body>": the body the group comes from."""
    _, bridge, org = role.partition(" dari ")
    if not bridge:
        _, bridge, org = role.partition(" from ")
    return org if org[:1].isupper() else None


def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[list[str]]]:
    """Phrases split into words, grouped by their first word (a token is tested only against
    the phrases that start with it)."""
    out: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = phrase.split()
        out.setdefault(words[0], []).append(words)
    return out


_MARKERS_BY_FIRST = _by_first_word(LIST_MARKERS)
_ROLE_AFTER_BY_FIRST = _by_first_word(ROLE_AFTER_MARKERS)


def _marker_size(toks: list[Token], i: int) -> int:
    if i >= len(toks):
        return 0
    for words in _MARKERS_BY_FIRST.get(toks[i].lower, ()):
        if [t.lower for t in toks[i : i + len(words)]] == words:
            return len(words)
    return 0


def _group_role(toks: list[Token], i: int) -> str | None:
    """The phrase from the nearest lower-case group noun before toks[i] to the marker."""
    end = i - 1 if i > 0 and toks[i - 1].text in ",:" else i
    for k in range(end - 1, max(-1, end - _GROUP_REACH - 1), -1):
        if toks[k].text in ".;,:" or toks[k].lower in _LIST_MARKER_WORDS:
            return None
        if toks[k].lower in _GROUP_NOUNS and not toks[k].is_cap:
            return _span_text(toks, k, end)
    return None


_GROUP_NOUNS = GROUP_ROLE_WORDS | REPRESENTATIVE_WORDS
_GROUP_NOUN = LiteralWords(_GROUP_NOUNS, group=CASED)
_LIST_MARKER_WORDS = frozenset(w for m in LIST_MARKERS for w in m.split())


def _listed_names(toks: list[Token], i: int, ctx: Context) -> list[str]:
    """Names separated by commas and 'dan' from toks[i], up to the first item that is not one."""
    names: list[str] = []
    n = len(toks)
    while i < n:
        while i < n and (toks[i].text in ":," or toks[i].lower in _LIST_JOINS):
            i += 1
        a = i
        while i < n and (toks[i].is_cap or toks[i].text in ".'’-") and toks[i].text != ",":
            i += 1
        if _is_place_item(toks, a, i, ctx):
            return []  # "anggota FEALAC yakni <country>, <country>": a list of places
        name = _listed_name(toks, a, i, ctx)
        if not name:
            break
        names.append(name)
        if i >= n or not (toks[i].text == "," or toks[i].lower in _LIST_JOINS):
            break
    return names


def _is_place_item(toks: list[Token], a: int, b: int, ctx: Context) -> bool:
    hit = ctx.hits.get(toks[a].start) if a < b else None
    return hit is not None and hit.end >= toks[b - 1].end


def _listed_name(toks: list[Token], a: int, b: int, ctx: Context) -> str | None:
    while a < b and (toks[a].lower.rstrip(".") in HONORIFICS or toks[a].text == "."):
        a += 1  # "Ms. <name>"
    while b - a > 1 and toks[b - 1].text == "." and len(toks[b - 2].text) > 1:
        b -= 1  # the sentence's full stop, not an initial's
    words = [t for t in toks[a:b] if t.is_word]
    if not 1 <= len(words) <= _MAX_NAME:
        return None
    if any(
        t.lower in ANY_TITLE_WORD
        or t.lower in ORG_HEADS
        or t.lower in NOT_NAME_WORDS
        or t.text in ctx.acronyms
        or not is_name_token(t)
        for t in words
    ):
        return None
    return clean_name(_span_text(toks, a, b))


def _complete_short_names(ctx: Context, drafts: list[Draft]) -> None:
    """ "Bupati Eli" where the article writes the full name elsewhere ("Eli Aset Yentji
    Sunur, ST"), in a sentence the title patterns did not read: the one-word name becomes the
    full name most often written after it."""
    text = ctx.doc.text
    names = {d.name for d in drafts}
    for d in drafts:
        if " " in d.name or len(d.name) < 3:
            continue
        if any(other.startswith(d.name + " ") for other in names):
            continue  # the full name is a person already: the merge links them
        found: dict[str, int] = {}
        for pos in _whole_word_positions(text, d.name, _word_starts(ctx.doc)):
            if pos > 0 and text[pos - 1] not in ' \t\n("“':
                continue
            s, e = ctx.doc.sentence_of(pos)
            if ctx.doc.in_boilerplate(pos, pos + len(d.name)):
                continue
            toks = tokenize(text, pos, e)[:12]
            if len(toks) < 2 or toks[0].text != d.name:
                continue
            blocks = _blocks(_name_run(toks, 0, ctx))
            if not blocks or blocks[0][0] != 0 or _words_in(toks, *blocks[0]) < 2:
                continue
            full = clean_name(_span_text(toks, *blocks[0]))
            if full and full.startswith(d.name + " ") and len(full.split()) <= _MAX_NAME:
                found[full] = found.get(full, 0) + 1
        if found:
            best = max(found, key=lambda f: (found[f], len(f)))
            if best not in ctx.unit_words:
                d.name = best


def _sentence_people(ctx: Context, toks: list[Token]) -> list[Draft]:
    out: list[Draft] = []
    i, n = 0, len(toks)
    floor = 0
    last: Draft | None = None
    headline = _title_case(toks)
    paired: tuple[int, list[str]] | None = (
        None  # "Ketua dan <title>": where the pair's second starts
    )
    while i < n:
        tok = toks[i]
        lower_head = not tok.is_cap and tok.lower in LOWER_CASE_HEADS
        # "kata <name>, kepala perwakilan FAO": a role in lower case after a name's comma
        appositive = lower_head and i >= 2 and toks[i - 1].text == "," and toks[i - 2].is_cap
        numbered = lower_head and i + 2 < n and toks[i + 1].text.isdigit() and toks[i + 2].is_cap
        if lower_head and ((i + 1 < n and toks[i + 1].is_cap) or appositive or numbered):
            title = tok.text.capitalize()
            toks = [*toks[:i], Token(title, tok.start, tok.end, title.lower()), *toks[i + 1 :]]
            tok = toks[i]  # "oleh walikota Ternate <name>": written in lower case
        elif not (tok.is_cap and (tok.lower in TITLE_HEADS or tok.lower in SHORT_FORMS)):
            leader = _leader_after(toks, i, ctx) if tok.lower in LED_BY_WORDS else None
            if leader:
                last = leader[0]
                out.append(last)  # a role written after the name may still claim it
                i = leader[1]
                continue
            last = _continue_list(ctx, toks, i, last, out)
            i += 1
            continue
        if _in_malay_style(toks, i):
            i += 1  # "Datuk Seri Panglima <name>": an honorific, not an office
            continue
        words, j = _parse_title(toks, i, ctx)
        if not words or (len(words) == 1 and words[0].lower() in TITLE_PREFIX_HEADS):
            i += 1
            continue
        words = _modifier_before(toks, i, floor, ctx) + words
        if _names_a_building(toks, i):
            i = j  # "Kantor Bupati Kapuas Hulu", "Rumah Jabatan Gubernur": a place
            continue
        org, hit, k = _parse_org(toks, j, ctx)
        if org:
            more, k = _parse_title(toks, k, ctx, continuing=True)
            words += more  # "Wakil Gubernur Gyeonggi untuk Urusan Ekonomi Park Min-jae"
            k = _past_country_apposition(toks, k, ctx)
        name, m = _parse_name(toks, k, ctx)
        if name and lower_head and len(name.split()) < 2:
            name = None  # a lower-case title needs a clear name after it
        # "<name>, the Rector of X and <name>": an English appositive names the one before
        the_role = i >= 2 and toks[i - 1].lower == "the" and toks[i - 2].text == ","
        if the_role and (before := _name_before(toks, i, ctx, floor)) and not _weak_name(before):
            name, m = before, k
        elif (not lower_head or appositive) and (not name or _weak_name(name)):
            before = _name_before(toks, i, ctx, floor)
            if before and (not name or not _weak_name(before)):
                name, m = before, k  # "Prof Budi Santoso, Rektor Unhas, ..."
        if name and _common_word_name(name) and not (m < n and toks[m].text[:1].islower()):
            name = None  # "Kepala OPD Setempat.": a capitalised common word, no name
        if name and toks[m - 1].end >= len(ctx.doc.text.rstrip()) and toks[m - 1].is_word:
            name = None  # the page is cut inside the name: "Bupati Pelalawan, M. Ha"
        if name and headline and not _clear_in_headline(toks, name, ctx):
            name = None  # "Bupati Pelalawan Teken MoU": a headline's words
        if not name:
            if j + 1 < n and toks[j].lower in _PAIR_JOINS and _new_title(toks, j + 1):
                paired = (j + 1, words)  # "Bupati dan Wakil Bupati Sleman <name> dan <name>"
            i = max(j, i + 1)
            continue
        first = paired[1] if paired and paired[0] == i and m > k else None
        paired = None
        written = role_org(words, org)
        if org and org in ctx.acronyms:
            org = ctx.acronyms[org]
        org_name, org_code = known_org(org, hit, ctx.doc, tok.start)
        if written and independent_body(written, ctx.acronyms):
            org_code = None  # "Kepala Polda Bali": the police's area, not Bali's government
        last = Draft(name, _role_text(words), org_name, org_code, base_org=org, role_org=written)
        ctx.doc.role_spans.append((tok.start, toks[m - 1].end))
        out.append(last)
        if m > k:  # the name came after the title: more names may share it
            for more_name, end in _names_sharing_title(toks, m, ctx):
                out.append(
                    Draft(
                        more_name,
                        last.role,
                        last.org,
                        last.org_code,
                        base_org=last.base_org,
                        role_org=last.role_org,
                    )
                )
                m = end
            if first and len(out) - out.index(last) >= 2:
                _give_first_title(last, first, words, org)
        i = floor = m
    return out


_BY = frozenset(("oleh", "by"))


def _leader_after(toks: list[Token], i: int, ctx: Context) -> tuple[Draft, int] | None:
    """ "delegasi yang dipimpin oleh DCP Dato <name>": the group's leader, a person whose
    role the text may give after the name; None where no clear name follows."""
    k = i + 1
    if k < len(toks) and toks[k].lower in _BY:
        k += 1
    if k >= len(toks) or not toks[k].is_cap or _new_title(toks, k):
        return None  # "dipimpin Bupati <name>": the title reads it
    name, m = _parse_name(toks, k, ctx)
    if not name or not name[0].isupper() or _weak_name(name) or len(name.split()) < 2:
        return None  # "bin Ahmad": the name's start is not clear
    return Draft(name, None, None, None), m


def _give_first_title(draft: Draft, first: list[str], second: list[str], org: str | None) -> None:
    """ "Ketua dan Wakil Ketua Dekranasda Sleman <A> dan <B>": A holds the first title, with
    the unit the second one names ("Ketua Dekranasda"), B the second."""
    low = [w.lower() for w in second]
    head = [w.lower() for w in first]
    words = list(first)
    for p in range(len(low) - len(head) + 1):
        if low[p : p + len(head)] == head:
            words = first + second[p + len(head) :]
            break
    draft.role = _role_text(words)
    draft.role_org = role_org(words, org)


_LIST_SEPARATORS = frozenset(", dan serta and".split())


def _in_malay_style(toks: list[Token], i: int) -> bool:
    """A title word inside a Malay style of address ("Datuk Seri Panglima", "Tan Sri")."""
    k = i - 1
    while k >= 0 and toks[k].lower in MALAY_STYLE_WORDS:
        k -= 1
    return 0 <= k < i - 1 and toks[k].lower in MALAY_STYLE_HEADS


def _modifier_before(toks: list[Token], i: int, floor: int, ctx: Context) -> list[str]:
    """A deputy or acting modifier written before the title it belongs to: "pelaksana tugas
    (Plt) Dirjen", "penjabat Bupati", "Acting Jakarta Governor" (the place is the
    organisation's)."""
    k = i - 1
    if k - 2 >= floor and toks[k].text == ")" and toks[k - 2].text == "(":
        written = SHORT_FORMS.get(toks[k - 1].lower, "")
        if written.lower() in ROLE_MODIFIER_FORMS:
            return [written]  # "pelaksana tugas (Plt) Dirjen"
        k -= 3
    for back in range(3):  # "Acting Jakarta Governor", "Acting West Java Governor"
        a = k - back
        hit = ctx.hits.get(toks[a].start) if a >= max(floor, 0) else None
        if hit and hit.end == toks[k].end:
            k = a - 1
            break
    for form in ROLE_MODIFIER_FORMS:
        n = form.count(" ") + 1
        if k - n + 1 >= floor and " ".join(t.lower for t in toks[k - n + 1 : k + 1]) == form:
            if n == 1 and not (toks[k].is_cap or toks[k].lower in LOWER_CASE_MODIFIERS):
                return []
            return [w.capitalize() if toks[k - n + 1].is_cap else w for w in form.split()]
    return []


def _names_a_building(toks: list[Token], i: int) -> bool:
    """The title at toks[i] names a building: "Kantor Bupati", "Rumah Jabatan Gubernur"."""
    if i == 0:
        return False
    prev = toks[i - 1].lower
    if prev in BUILDING_WORDS:
        return True
    return (
        i >= 2
        and prev in BUILDING_SECOND_WORDS
        and toks[i - 2].lower
        in BUILDING_WORDS
        | {
            "rumah",
            "ruang",
        }
    )


def _title_case(toks: list[Token]) -> bool:
    """A headline written in title case: nearly every longer word capitalised."""
    if not toks or toks[-1].text in _SENTENCE_ENDS or any(t.text == "," for t in toks):
        return False  # a headline has no full stop; a list of officials has one, or commas
    words = [t for t in toks[1:] if t.is_word and len(t.text) > 3]
    return len(words) >= 4 and sum(t.is_cap for t in words) >= 0.8 * len(words)


_SENTENCE_ENDS = frozenset('. ! ? " ” ’ ) :'.split())


def _clear_in_headline(toks: list[Token], name: str, ctx: Context) -> bool:
    """In a title-case headline only a name that looks like one counts: every word a name
    word, and a known given name or two words."""
    words = name.split()
    if any(w.lower() in common_words() or looks_like_verb(w.lower()) for w in words):
        return False
    return len(words) >= 2 or words[0].lower() in person_words()


def _names_sharing_title(toks: list[Token], m: int, ctx: Context) -> list[tuple[str, int]]:
    """ "Anggota DPRD Provinsi NTT, Yohanes Nggadi, Ibu Maria Lena dan Ibu Sara Tana":
    one title over a list of names. Each must be a clear name (two words, or a known one)
    standing alone between list separators."""
    out: list[tuple[str, int]] = []
    n = len(toks)
    while m < n and toks[m].lower in _LIST_SEPARATORS:
        j = m + 1
        if toks[m].text == "," and j < n and toks[j].lower in ("dan", "serta", "and"):
            j += 1
        run = _name_run(toks, j, ctx)
        blocks = _blocks(run)
        if not blocks or not run:
            break
        a, b = blocks[0]
        if not all(_before_name(toks, k) for k in range(j, a)) or b != run[-1][0] + 1:
            break  # something else before or after the name
        if (
            b < n
            and toks[b].lower not in _LIST_SEPARATORS
            and toks[b].text != "."
            and (toks[b].is_cap or toks[b].text == "(")
        ):
            break
        name = clean_name(_span_text(toks, a, b))
        if not name or (" " not in name and name.lower() not in person_words()):
            break
        if name in ctx.unit_words or _own_role_follows(toks, b, ctx):
            break
        out.append((name, b))
        m = b
    return out


def _own_role_follows(toks: list[Token], b: int, ctx: Context) -> bool:
    """ "..., Budi Santoso, S.Sos (Ketua KPU Sleman)", "..., Rina Wati, Kepala Dinas BPBD.":
    the name ending at `b` has a title of its own after it (past its degrees): in brackets, or
    after a comma with no name of its own after it."""
    n = len(toks)
    k = b
    while k < n and (
        toks[k].text in ",."
        or toks[k].lower in HONORIFICS
        or _degree_letter(toks, k)
        or (len(toks[k].text) <= 3 and toks[k].is_cap and k > 0 and toks[k - 1].text == ".")
    ):
        k += 1
    bracket = k < n and toks[k].text == "("
    if bracket:
        k += 1
    elif k == b or toks[k - 1].text != ",":
        return False
    if not (
        k < n and toks[k].is_cap and (toks[k].lower in TITLE_HEADS or toks[k].lower in SHORT_FORMS)
    ):
        return False
    if bracket:
        return True
    words, j = _parse_title(toks, k, ctx)
    _org, _hit, j = _parse_org(toks, j, ctx)
    return _parse_name(toks, j, ctx)[0] is None  # ", Direktur Perumda X <name>": that one's


_BEFORE_ROLE = frozenset("selaku sebagai yakni yaitu as".split())
_POSSESSIVE = re.compile(r"^[A-Z][\w.-]*['’]s$")  # "UGM's": a body's, before its title
_LIST_JOINS = frozenset(", dan serta and".split())


def _common_word_name(name: str) -> bool:
    """One word that news writes in lower case and no name list knows ("Setempat")."""
    low = name.lower()
    return " " not in name and low in common_words() and low not in person_words()


def _weak_name(name: str) -> bool:
    """One word that no name list knows: it may be a body's short name ("Unhas")."""
    return " " not in name and name.lower() not in person_words()


def _name_before(toks: list[Token], i: int, ctx: Context, floor: int) -> str | None:
    """ "<name>, <title>", "<name> selaku <title>" and "..., serta <name> <title>": a title with
    no name after it. Tokens before `floor` belong to someone already read."""
    k = i - 1
    bare = False
    if k > floor + 1 and (toks[k].lower == "the" or _POSSESSIVE.match(toks[k].text)):
        k -= 1  # "<name>, the Rector of ...", "<name>, UGM's Vice-Rector"
    if k < floor + 1:
        return None
    if not (toks[k].text in ",(" or toks[k].lower in _BEFORE_ROLE):
        if not (toks[k].is_cap and _word_class(toks[k], toks[i], ctx) == _NAME):
            return None
        bare, k = True, k + 1  # "serta Robby Kayame Kepala Dinas Kesehatan"
    if not bare:
        while k - 1 > floor and (
            toks[k - 1].text in ",."
            or toks[k - 1].lower in HONORIFICS
            or (len(toks[k - 1].text) <= 3 and toks[k - 1].is_cap and toks[k - 2].text == ".")
            or _degree_letter(toks, k - 1)
        ):
            k -= 1  # "<name>, SE. M.Si, selaku Kepala ...", "<name>, S.IP., M.A.P., Kepala"
    end = k
    k -= 1
    while k >= floor and (
        toks[k].text == "."
        or (toks[k].is_cap and _word_class(toks[k], toks[k + 1], ctx) in (_NAME, _HONORIFIC))
        or (toks[k].lower in PATRONYMICS and k > floor and toks[k - 1].is_cap)
        or _in_malay_style(toks, k)
        or (toks[k].lower in MALAY_STYLE_WORDS and k > floor and _in_malay_style(toks, k + 1))
    ):
        k -= 1
    a = k + 1
    while a < end and toks[a].text == ".":
        a += 1
    styled = [x for x in range(a, end) if _in_malay_style(toks, x)]
    if styled:
        a = styled[-1] + 1  # "YAB Datuk Seri Panglima <name>": the style is no part of the name
    words = sum(1 for x in range(a, end) if toks[x].text != "." and toks[x].lower not in HONORIFICS)
    if a >= end or words > _MAX_NAME + 2 or (k < floor and floor > 0):
        return None
    if k >= 0 and (
        (toks[k].is_cap and _word_class(toks[k], toks[k + 1], ctx) != _WEAK)
        or toks[k].lower in NAME_PARTICLES
    ):
        return None  # the name's start is not clear
    if bare and (end - a < 2 or k < 0 or toks[k].lower not in _LIST_JOINS):
        return None
    return clean_name(_span_text(toks, a, end))


def _degree_letter(toks: list[Token], k: int) -> bool:
    """The first letters of a dotted degree after a name's comma: "M" of ", M.Si", "S" of
    ", S.IP"."""
    return (
        0 < k < len(toks) - 1
        and len(toks[k].text) <= 2
        and toks[k].text[:1].isupper()
        and toks[k + 1].text == "."
        and toks[k - 1].text in ",."
    )


def _continue_list(
    ctx: Context, toks: list[Token], i: int, last: Draft | None, out: list[Draft]
) -> Draft | None:
    """In "Narasumber dari MIKTA Australia Penny W, Meksiko Armando G", the role carries on."""
    if last is None or toks[i].text != "," or i + 1 >= len(toks):
        return last if toks[i].text != "." else None
    hit = ctx.hits.get(toks[i + 1].start)
    if not hit:
        return last if is_name_token(toks[i + 1]) is False else None
    k = i + 1
    while k < len(toks) and toks[k].start < hit.end:
        k += 1
    name, _ = _parse_name(toks, k, ctx)
    if not name:
        return None
    base = (last.base_org or "").split()
    org = " ".join([*base[:1], hit.surface]) if base and base[0] != hit.surface else hit.surface
    draft = Draft(name, last.role, org, None, base_org=last.base_org, role_org=org)
    out.append(draft)
    return draft


def _merge(doc: Doc, drafts: list[Draft]) -> list[Person]:
    """One person per name; later surname-only mentions ("Akmal") are linked to the full name."""
    people: dict[str, Person] = {}
    for d in drafts:
        key = d.name.lower()
        if key not in people:
            people[key] = Person(
                name=d.name, role=d.role, role_org=d.role_org, org=d.org, org_code=d.org_code
            )
        p = people[key]
        if p.role is None and d.role:
            p.role, p.role_org = d.role, d.role_org  # the first role written: the fullest form
        p.org = p.org or d.org
        p.org_code = p.org_code or d.org_code
    merged = _merge_variants(doc, list(people.values()))
    _add_mentions(doc, merged)
    return merged


def _absorb(into: Person, other: Person) -> None:
    if into.role is None and other.role:
        into.role, into.role_org = other.role, other.role_org
    into.org = into.org or other.org
    into.org_code = into.org_code or other.org_code


def _merge_variants(doc: Doc, people: list[Person]) -> list[Person]:
    """A one-letter misspelling of a name written as often or more ("Acmad Husein" beside
    "Achmad Husein"), or a short form ("Ansar", "Emil") of one longer name, is the same person."""
    text = doc.text
    counts = {p.name: text.count(p.name) for p in people}
    gone: set[int] = set()
    for i, p in enumerate(people):
        for k, q in enumerate(people):
            if k == i or k in gone or len(q.name.split()) != len(p.name.split()):
                continue
            more = (counts[q.name], -k) > (counts[p.name], -i)  # on a tie the first kept
            if more and _one_typo(p.name.lower(), q.name.lower()):
                _absorb(q, p)
                gone.add(i)
                break
    # shortest first, so that "Melki" joins "Melki Laka Lena" before that joins the full name
    for i in sorted(range(len(people)), key=lambda k: len(people[k].name.split())):
        p = people[i]
        if i in gone:
            continue
        words = p.name.lower().split()
        longer = [
            q
            for k, q in enumerate(people)
            if k != i
            and k not in gone
            and len(q.name.split()) > len(words)
            and (
                all(w in q.name.lower().split() for w in words)
                or _nickname_of(words, q.name.lower().split())
            )
        ]
        if len(longer) == 1:
            _absorb(longer[0], p)
            gone.add(i)
    return [p for i, p in enumerate(people) if i not in gone]


def _nickname_of(short: list[str], long: list[str]) -> bool:
    """ "Melki Laka Lena" of "Emanuel Melkiades Laka Lena": the same surname, and each other
    word the start (3 letters or more) of a word of the longer name, in order."""
    if len(short) < 2 or short[-1] != long[-1]:
        return False
    k = 0
    for w in short[:-1]:
        while k < len(long) - 1 and not (len(w) >= 3 and long[k].startswith(w)):
            k += 1
        if k >= len(long) - 1:
            return False
        k += 1
    return True


def _one_typo(a: str, b: str) -> bool:
    """Names that differ by one letter left out, added or changed in one word."""
    wa, wb = a.split(), b.split()
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diff) != 1 or len(wa) < 2:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        diff_at = [k for k, (c1, c2) in enumerate(zip(x, y, strict=True)) if c1 != c2]
        swapped = (
            len(diff_at) == 2
            and diff_at[1] == diff_at[0] + 1
            and x[diff_at[0]] == y[diff_at[1]]
            and x[diff_at[1]] == y[diff_at[0]]
        )  # "Amzy" for "Azmy"
        return len(diff_at) == 1 or swapped
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


_NICKNAME = re.compile(
    r"\b(?P<nick>[A-Z][\w'-]+),?\s+(?:sapaan akrab|sapaan|yang akrab disapa|akrab disapa)\s+"
    r"(?P<name>[A-Z][\w'-]+)|\b(?P<name2>[A-Z][\w'-]+),?\s+(?:alias\s+)?(?:yang\s+)?"
    r"(?:(?:akrab|biasa)\s+)?(?:disapa(?:\s+dengan)?|alias)\s+(?P<nick2>[A-Z][\w'-]+)"
)


def _nicknames(doc: Doc, people: list[Person]) -> dict[str, list[str]]:
    """ "Ivan, sapaan akrab Syafranuddin": Ivan is another name of that person."""
    out: dict[str, list[str]] = {}
    if "sapa" not in doc.text and "alias" not in doc.text:  # "sapaan", "disapa", "alias"
        return out
    for m in _NICKNAME.finditer(doc.text):
        nick, name = (
            (m.group("nick"), m.group("name"))
            if m.group("nick")
            else (m.group("nick2"), m.group("name2"))
        )
        for p in people:
            if name in p.name.split() and nick not in p.name.split():
                out.setdefault(p.name, []).append(nick)
    return out


def _add_mentions(doc: Doc, people: list[Person]) -> None:
    """Full-name mentions, then single name words that belong to one person only, and
    nicknames the article gives."""
    words: dict[str, int] = {}
    for p in people:
        for w in set(p.name.split()):
            words[w] = words.get(w, 0) + 1
    nicknames = _nicknames(doc, people)
    index = _word_starts(doc)
    for p in people:
        forms = [p.name] + [w for w in p.name.split() if len(w) > 2 and words[w] == 1]
        forms += nicknames.get(p.name, [])
        spans: list[tuple[int, int]] = []
        taken = AddedSpans()  # (a person named a thousand times in a long text: no list scan)
        for form in forms:
            for start in _whole_word_positions(doc.text, form, index):
                end = start + len(form)
                overlaps = taken.overlaps(start, end)
                inside_name = form != p.name and _capitalised_word_follows(doc.text, end)
                if not overlaps and not inside_name and not doc.in_boilerplate(start, end):
                    spans.append((start, end))
                    taken.add(start, end)
        p.mentions = sorted(spans)


def _capitalised_word_follows(text: str, end: int) -> bool:
    """ "Hoshino Energy Corporation": one word of a person's name inside a longer name."""
    nxt = text[end : end + 2]
    return nxt[:1] == " " and nxt[1:].isupper()


# Above this length a text is searched through an index of its words, built once: a plain
# search per name would make long texts quadratic (the names grow with the text).
_INDEXED_LENGTH = 50_000
_ALNUM_RUN = re.compile(r"[^\W_]+")  # characters for which str.isalnum() holds


def _word_starts(doc: Doc) -> dict[str, list[int]] | None:
    """Where each word of a long text starts (None for a short text: a plain search is faster)."""
    if len(doc.text) <= _INDEXED_LENGTH:
        return None

    def build() -> dict[str, list[int]]:
        index: dict[str, list[int]] = {}
        for m in _ALNUM_RUN.finditer(doc.text):
            index.setdefault(m.group(0), []).append(m.start())
        return index

    return doc.derived("word_starts", len(doc.text), build)


def _whole_word_positions(
    text: str, form: str, words: dict[str, list[int]] | None = None
) -> list[int]:
    """Where `form` stands as whole words in `text` (plain search: no pattern per name; with
    the text's word index, only where a word equal to the form's first word starts)."""
    first = _ALNUM_RUN.match(form)
    if words is not None and first is not None:
        size = len(form)
        return [
            pos
            for pos in words.get(first.group(0), ())
            if text.startswith(form, pos)
            and (pos + size == len(text) or not text[pos + size].isalnum())
        ]
    found, pos = [], text.find(form)
    while pos != -1:
        end = pos + len(form)
        if (pos == 0 or not text[pos - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            found.append(pos)
        pos = text.find(form, pos + 1)
    return found
