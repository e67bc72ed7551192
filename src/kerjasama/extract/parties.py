"""Who cooperates with whom: the Indonesian side, the partners and the facilitators."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from kerjasama.extract.cues import COOPERATION_WORDS, alternation, words_pattern
from kerjasama.extract.doc import Doc
from kerjasama.extract.entities import find_pattern_orgs, hit_is_gov_form
from kerjasama.extract.names import common_words, named_as_government, place_or_body_words
from kerjasama.gazetteer import Entry, Hit, load_gazetteer
from kerjasama.lang.id.cooperation import (
    AREA_COUNT_NOUNS,
    BACK_REFERENCE_NOUNS,
    BACK_REFERENCE_WORDS,
    COUNT_WORDS,
    FACILITATION_CUES,
    FIELD_LEADS,
    FIELD_SENTENCE_OPENERS,
    LIST_LEADS,
    LIST_PLACE_CUES,
    NEIGHBOUR_WORDS,
    NOT_A_PARTNER_DENGAN,
    OWNER_WORDS,
)
from kerjasama.lang.id.localities import CITY_FORMS, MAYOR_TITLES
from kerjasama.lang.id.organisations import (
    AREA_LINKS,
    AREA_WORDS_AFTER_NAMES,
    ATTEND_VERBS,
    ATTENDANCE_OPENERS,
    ATTENDED_EVENT_NOUNS,
    ATTENDED_PASSIVES,
    ATTENDEES_SIGN,
    BACKGROUND_LEADS,
    BODY_HEAD_TITLES,
    BROKER_LEADS,
    BUSINESS_CHAMBER_NAMES,
    BYSTANDER_CUES,
    BYSTANDER_GAP_WORDS,
    CAMPUS_SHORT_FORM,
    CENTRAL_GOVERNMENT,
    COMPANY_FORMS,
    COMPANY_OFFICE_WORDS,
    COMPANY_UNIT_WORDS,
    COUNTRY_STYLES,
    DELEGATION_NOUNS,
    DOCUMENT_NAME_LEADS,
    ENGLISH_HEADS_AFTER,
    ENTERPRISE_AREA_WORDS,
    EXAMPLE_CLAUSE_LEADS,
    GOVERNMENT_NAME_STARTS,
    LEGISLATURE_WORDS,
    LOCAL_WORDS,
    NAME_TAIL_NOUNS,
    NOT_PARTY_BODIES,
    ORG_LEAD_EXPANSIONS,
    ORG_LEADS,
    ORG_TAILS,
    ORIGIN_LEADS,
    OTHER_PARTNERSHIP_LEADS,
    OUR_COUNTRY,
    OUR_ENVOYS,
    PARENT_DOCUMENT_LEADS,
    PERFECT_WORDS,
    POINTER_WORDS,
    POSSESSION_VERBS,
    POSTING_LINKS,
    PRIOR_WORDS,
    PROVINCIAL_LEADS,
    SIGNED_RELATIVES,
)
from kerjasama.lang.id.places import (
    CAMPUS_CITIES,
    LANGUAGE_LEADS,
    SUBDISTRICT_FORMS,
    SUBDISTRICT_HEADS,
)
from kerjasama.lang.id.titles import (
    FOR_THE_PRESIDENT,
    INDEPENDENT_BODY_HEADS,
    PLACE_TAKING_TITLE_WORDS,
    PRESIDENT_SHORT_NAMES,
    RANKS,
    SHORT_FORMS,
    TITLE_HEADS,
    TITLE_WORDS,
)
from kerjasama.record import Party
from kerjasama.text.case import lowered
from kerjasama.text.spans import AddedSpans, Spans

_ID_GOV = {"province", "regency", "city"}
_FOREIGN = {"country", "foreign_region", "foreign_city", "intl_org"}
_PLACE_KINDS = {"province", "regency", "city", "country", "foreign_region", "foreign_city"}
_LINKS = {
    "dengan",
    "antara",
    "bersama",
    "oleh",
    "with",
    "between",
    "and",
    "dan",
    "serta",
    "mitra",
    "kepada",
    "menggandeng",
    "mengandeng",
    "gandeng",
    "partner",
}
_LOCATIVE = {"di", "in", "at", "dari"}
_NAMED_AFTER_PLACES = {"company", "university", "association", "other"}
_UNITS = {"Dinas", "Badan"}


def _gazetteer_body(doc: Doc, start: int) -> bool:
    """The gazetteer knows this body itself ("Kadin Indonesia" is an association entry)."""
    starts = doc.derived(
        "body_starts",
        len(doc.hits),
        lambda: {h.start for h in doc.hits if h.entry.kind not in _PLACE_KINDS},
    )
    return start in starts


_WORD = re.compile(r"\w+|[^\w\s]")
_WORD_ONLY = re.compile(r"[^\W\d_]{2,}")
_ITEM_HEADS = r"(?:(?:Wakil\s+)?(?:Wali\s?kota|Bupati|Gubernur)|Pemkab|Pemkot|Pemprov)"
_LIST_GAP = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:dan|serta|and|&)?\s*$|^\s*(?:\([^()]{1,40}\)\s*)?,\s*$"
    # items each with its head: "Wali Kota A, Wali Kota B, Bupati C (Bali) dan Bupati D"
    r"|^\s*(?:\([A-Za-z][^()\d]{0,38}\)\s*)?(?:,\s*)?(?:(?:dan|serta|and|&)\s+)?"
    + _ITEM_HEADS
    + r"\s+$"
    # an item the gazetteer did not know, written with its form: ", Kab. Dharma swara, "
    r"|^\s*,\s*(?:Kab\.|Kabupaten|Kota|Pemkab|Pemkot)\s+[^,;.()\n]{2,40},\s*(?:dan\s+)?$",
    re.I,
)
_ITEM_TITLE_WORDS = (
    TITLE_HEADS | TITLE_WORDS | set(SHORT_FORMS) | {"pemerintah", "pemkab", "pemkot"}
)
_LIST_JOIN = re.compile(r"[,&]|\b(?:dan|serta|and)\b", re.I)
_FACILITATION = words_pattern(FACILITATION_CUES)


@dataclass(slots=True)
class Candidate:
    """One entity that may be a party, with its mentions in the story."""

    key: str
    party: Party
    parent: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    coop_mentions: int = 0
    linked: int = 0
    linked_at: list[tuple[int, int]] = field(default_factory=list)  # mentions after a link word
    lead: bool = False
    broker: bool = False
    facilitation: int = 0
    coordinated: int = 0
    actor: bool = False
    side_deals: int = 0
    # mentions that tell of another partnership, a background, a witness or a guest: no link
    aside_at: list[tuple[int, int]] = field(default_factory=list)

    @property
    def is_id_gov(self) -> bool:
        return self.party.kind in _ID_GOV and self.party.country == "ID"

    @property
    def is_foreign(self) -> bool:
        return self.party.kind in _FOREIGN or (self.party.country not in (None, "ID"))

    def weight(self) -> float:
        return 2 * self.coop_mentions + len(self.mentions) + 3 * self.lead + 2 * self.linked

    def home_weight(self, first: bool) -> float:
        """As the Indonesian side: often named, in the lead, as the subject (not after "dengan")."""
        return (
            2 * self.coop_mentions
            + len(self.mentions)
            + 3 * self.lead
            - 2 * self.linked
            + 2 * first
        )


_LEAD_WORDS = 4


def _long_enough(text: str, sent: tuple[int, int]) -> bool:
    """The sentence holds `_LEAD_WORDS` words at least (read no further than that)."""
    words = _WORD_ONLY.finditer(text, *sent)
    return next(islice(words, _LEAD_WORDS - 1, None), None) is not None


def lead_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The story's lead: its first sentence of some length ("#", "Plt.", a share bar are
    not), at the dateline where there is one (a caption above it is not the lead); with no
    headline of its own, the page's first line is the headline and the next sentence the
    lead, so both count."""
    if "lead" not in doc.cache:
        story = doc.story_sentences()
        at = doc.marked.dateline_start
        if at is not None and any(e > at for _, e in story):
            story = [sent for sent in story if sent[1] > at]
        titled = bool(doc.raw.title) or doc.marked.headline is not None
        real = (sent for sent in story[:8] if _long_enough(doc.text, sent))
        doc.cache["lead"] = list(islice(real, 1 if titled else 2))
    return doc.cache["lead"]  # type: ignore[return-value]


def opening_sentence(doc: Doc) -> tuple[int, int] | None:
    """The page's first story sentence of some length, above any dateline: a headline or
    caption the page opens with where it has no title of its own."""
    return next(
        (sent for sent in doc.story_sentences()[:8] if _long_enough(doc.text, sent)),
        None,
    )


def cooperation_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Story sentences that speak of cooperation."""
    if "coop" not in doc.cache:
        # One pass over the lower-cased text, then by sentence.
        cues = [s for s, _ in COOPERATION_WORDS.finditer(lowered(doc.text))]
        story = doc.story_sentences()
        coop = [
            (s, e)
            for s, e in story
            if bisect_left(cues, s) < len(cues) and cues[bisect_left(cues, s)] < e
        ]
        coop = sorted({*coop, *_documents_named_again(doc, story, coop)})
        items = _list_items(doc, story, coop)
        doc.cache["list_items"] = items
        counted = _counted_lists(doc, story, coop)
        doc.cache["counted_lists"] = counted
        doc.cache["coop"] = sorted({*coop, *items, *(doc.sentence_of(s) for s, _ in counted)})
    return doc.cache["coop"]  # type: ignore[return-value]


_BACK_REFERENCE = re.compile(
    r"(?<![\w-])(?i:"
    + alternation(BACK_REFERENCE_NOUNS)
    + r")\s+(?i:"
    + alternation(BACK_REFERENCE_WORDS)
    + r")(?![\w-])"
)


def _documents_named_again(doc: Doc, story, coop) -> list[tuple[int, int]]:
    """Sentences after a cooperation sentence that name its document again with a word
    pointing back ("Perjanjian pertama antara A dan B"; "Kesepakatan tersebut ..."): they
    speak of that cooperation though no cooperation word is in them."""
    if not coop:
        return []
    told, stories = set(coop), set(story)
    found = {doc.sentence_of(m.start()) for m in _BACK_REFERENCE.finditer(doc.text, coop[0][1])}
    return sorted(sent for sent in found if sent in stories and sent not in told)


def cooperation_sentence_set(doc: Doc) -> frozenset[tuple[int, int]]:
    """The same sentences as a set, made once: membership is asked for every mention."""
    if "coop_set" not in doc.cache:
        doc.cache["coop_set"] = frozenset(cooperation_sentences(doc))
    return doc.cache["coop_set"]  # type: ignore[return-value]


_COUNT = rf"(?:\d{{1,2}}(?:[ \t]*\([A-Za-z]+\))?|(?i:{alternation(COUNT_WORDS)}))"
# "dengan tiga perusahaan", "with four provinces"; and the others that sign too: "ada sembilan
# provinsi lain ...", "there were also six other regencies ...".
_COUNTED_PARTNERS = re.compile(
    r"(?<![\w-])(?i:dengan|bersama|menggandeng|gandeng|with|ada(?:[ \t]+juga)?|terdapat"
    rf"|there[ \t]+(?:are|were)(?:[ \t]+also)?)[ \t]+{_COUNT}[ \t]+(?i:other[ \t]+)?"
    r"(?P<noun>[^\W\d_]{4,})"
)
_NAMING_LEAD = (
    r"(?:(?i:yakni|yaitu|adalah|antara[ \t]+lain|meliputi|namely|are|include)(?![\w-])|:)"
)
_COUNTED_REACH = 4  # sentences after the count in which its members may be named


def _counted_lists(doc: Doc, story, coop) -> list[tuple[int, int]]:
    """Partners counted where cooperation is told and named in a sentence after it ("MoU
    dengan tiga perusahaan migas. ... Tiga perusahaan migas tersebut yakni A, B dan C"): the
    spans of such lists, whose members are linked partners."""
    out: list[tuple[int, int]] = []
    index = {sent: n for n, sent in enumerate(story)}
    for sent in coop:
        for m in _COUNTED_PARTNERS.finditer(doc.text, *sent):
            noun = re.escape(m.group("noun"))
            naming = re.compile(
                rf"[\W]*(?:(?:ke)?[^\W\d_]+[ \t]+){{0,2}}(?i:{noun})(?![\w-])[^.;\n]{{0,40}}?"
                + _NAMING_LEAD
            )
            after = story[index[sent] + 1 : index[sent] + 1 + _COUNTED_REACH]
            for s, e in after:
                named = naming.match(doc.text, s, e)
                if named is not None:
                    out.append((named.end(), e))
                    break
            else:
                out.extend(_partners_one_by_one(doc, story[index[sent] + 1 :], m.group("noun")))
    return out


_NOUN_KINDS = {"provinsi": "province", "kabupaten": "regency", "kota": "city"}
_ONE_BY_ONE_REACH = 12  # sentences after a count in which its partners may be told one by one
_OPENING_LINK = re.compile(rf"[\W]*(?:(?i:{alternation(FIELD_SENTENCE_OPENERS)})[ \t]+)*")
_FIELD_AFTER = re.compile(
    r"[ \t]*(?:\([^()]{1,30}\)[ \t]*)?(?i:" + "|".join(sorted(FIELD_LEADS, key=len)[::-1]) + r")\b"
)


def _partners_one_by_one(doc: Doc, after, noun: str) -> list[tuple[int, int]]:
    """After a count of partners ("dengan delapan provinsi"), the sentences that open with
    one of them and its fields ("Provinsi Bali untuk bidang pariwisata. Kerjasama dengan
    Provinsi Malut untuk ..."): their spans, two or more, else none."""
    kind = _NOUN_KINDS.get(noun.lower())
    found: list[tuple[int, int]] = []
    for s, e in after[:_ONE_BY_ONE_REACH]:
        opening = _OPENING_LINK.match(doc.text, s, e)
        at = opening.end() if opening else s
        first = doc.hits_between(at, at + 1)
        if not first or first[0].start != at:
            continue
        hit = first[0]
        if (kind is None and hit.entry.kind not in _ID_GOV) or (kind and hit.entry.kind != kind):
            continue  # a partner of the kind counted ("delapan provinsi": provinces)
        if _FIELD_AFTER.match(doc.text, hit.end, e):
            found.append((s, e))
    return found if len(found) >= 2 else []


_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-•*–])[ \t]*")
_MAX_ITEM = 160


def _list_items(doc: Doc, story, coop) -> list[tuple[int, int]]:
    """The items of a list that a cooperation sentence announces with a colon ("..., yakni:"
    then "1. Gubernur Sulawesi Selatan", "- Pemerintah Kota Parepare (oleh ...)"): each item
    line speaks of the cooperation too."""
    text = doc.text
    items: list[tuple[int, int]] = []
    index = {sent: n for n, sent in enumerate(story)}
    for sent in coop:
        if not text[sent[0] : sent[1]].rstrip().endswith(":"):
            continue
        n = index[sent] + 1
        while n < len(story):
            s, e = story[n]
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", s)
            line_end = len(text) if line_end == -1 else line_end
            marked = _ITEM_MARK.match(text, line_start) is not None
            if text[line_start:s].strip() and not marked:
                break  # a sentence inside a running paragraph: the list is over
            if not marked and line_end - line_start > _MAX_ITEM:
                break
            items.append((s, e))
            n += 1
    return items


def _words_before(text: str, start: int, sent_start: int, n: int = 5) -> list[str]:
    return _WORD.findall(text[sent_start:start])[-n:]


def _is_linked(before: list[str]) -> bool:
    """A linking word shortly before the mention, with no clause break in between; after a
    coordinator ("dan", "serta"), only titles, forms and names between ("Pemkab A dan Pemkot
    B", not "adat dan budaya Aceh": a common noun the region qualifies)."""
    for i in range(len(before) - 1, -1, -1):
        w = before[i].lower()
        if w in _LINKS:
            if w in _COORDINATORS and not all(_name_or_form(x) for x in before[i + 1 :]):
                return False
            return not _after_neighbour_word(before[:i])
        if w in {",", ".", ";", ":", "untuk", "yang", "di", "dalam", "pada"}:
            return False
    return False


_COORDINATORS = {"dan", "serta", "and"}


def _name_or_form(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in _ITEM_TITLE_WORDS


def _after_neighbour_word(before: list[str]) -> bool:
    """ "berbatasan (langsung) dengan": the link word names a neighbour, not a partner;
    "dimiliki oleh": an owner."""
    words = [w.lower() for w in before[-2:]]
    if words and words[-1] == "langsung":
        words = words[:-1]
    return bool(words) and (
        words[-1] in NEIGHBOUR_WORDS
        or words[-1] in OWNER_WORDS
        or words[-1] in NOT_A_PARTNER_DENGAN
    )


def _in_member_list(doc: Doc, hit: Hit) -> bool:
    """Members listed in brackets after a grouping: "MIKTA (Meksiko, Indonesia, ...)"."""
    head = doc.text[max(0, hit.start - 200) : hit.start]
    open_at = head.rfind("(")
    if open_at == -1 or ")" in head[open_at:]:
        return False
    before = head[:open_at].rstrip()
    ends = doc.derived(
        "member_list_ends", len(doc.hits), lambda: {h.end for h in doc.hits if h.entry.members}
    )
    return hit.start - len(head) + len(before) in ends


_ACRONYM_LEAD = re.compile(
    r"(?<![\w-])([A-Z][A-Z-]{2,11})(?:[ \t]*\(|[ \t]*,?[ \t]+(?:atau|yaitu|yakni|or)[ \t]+)"
)
_SPELT_LIST = re.compile(r"[^().;:\n\"\u201c\u201d]{3,160}")
_SPELT_JOIN = re.compile(r"\s*(?:,|&|\b(?:dan|serta|and)\b)\s*")


def _spelt_acronyms(doc: Doc) -> set[int]:
    """Starts of the places that spell out a grouping's acronym ("<ABC> atau <Ayu>, <Baru> dan
    <Cepu>", each name giving the next letters): members of a named scheme, no parties where it
    is only named."""
    return doc.derived("spelt_acronyms", len(doc.hits), lambda: _find_spelt(doc))


def _find_spelt(doc: Doc) -> set[int]:
    spans = []
    for m in _ACRONYM_LEAD.finditer(doc.text):
        listed = _SPELT_LIST.match(doc.text, m.end())
        if listed is None:
            continue
        names, ends, at = [], [], listed.start()
        for part in _SPELT_JOIN.split(listed.group()):
            at = doc.text.index(part, at) + len(part) if part else at
            names.append(part)
            ends.append(at)
        letters = m.group(1).replace("-", "").lower()
        count = next((k for k in range(2, len(names) + 1) if _spells(letters, names[:k])), 0)
        if count:
            spans.append((m.end(), ends[count - 1]))
    out = {h.start for h in doc.hits for a, b in spans if a <= h.start < b}
    return out | _named_groupings(doc)


_GROUPING_NAME = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Za-z-]{4,24}[ \t]*\)")
_GROUPING_MEMBERS = 3


def _named_groupings(doc: Doc) -> set[int]:
    """Starts of the regions listed before a grouping's name in brackets ("Kabupaten
    Banjarnegara, Purbalingga, Banyumas, Cilacap, dan Kebumen (Barlingmascakeb)"): members of
    a named scheme, like a spelt acronym's."""
    out: set[int] = set()
    regions = sorted((h for h in doc.hits if h.entry.kind in _ID_GOV), key=lambda h: h.start)
    chain: list[Hit] = []
    for h in regions:
        if chain and not _PLACE_LIST_GAP.match(doc.text[chain[-1].end : h.start]):
            chain = []
        chain.append(h)
        named = _GROUPING_NAME.match(doc.text, h.end)
        if (
            named
            and len(chain) >= _GROUPING_MEMBERS
            and not doc.hit_spans().holds(named.end() - 2)
            and not _spells(_letters(named.group()), h.surface.split()[-2:])
        ):  # "(Halbar)" after "Halmahera Barat" is the last one's short form
            out.update(c.start for c in chain)
    return out


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _spells(letters: str, names: list[str]) -> bool:
    """`letters` is the names' first letters or syllables in order ("sumape": Sumatera Utara,
    Malaka, Penang)."""
    if not names:
        return not letters
    word = re.sub(r"[^a-z]", "", names[0].lower())
    return any(
        letters.startswith(word[:i]) and _spells(letters[i:], names[1:])
        for i in range(1, min(len(word), len(letters)) + 1)
    )


_LANGUAGE_JOIN = (
    r"(?:[ \t]*,[ \t]*(?:(?:dan|serta|atau)[ \t]+)?|[ \t]+(?:dan|serta|atau|and|or)[ \t]+)"
)
_LANGUAGE_LIST = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(LANGUAGE_LEADS)) + r")[ \t]+"
    r"[A-Z][\w-]*(?:" + _LANGUAGE_JOIN + r"(?:(?i:bahasa)[ \t]+)?[A-Z][\w-]*)*"
)


def _languages(doc: Doc) -> set[int]:
    """Starts of the names listed after a language word ("dokumen dwibahasa Indonesia dan
    Jepang"): languages, not places. The gazetteer already vetoes the first one."""
    return doc.derived(
        "languages",
        len(doc.hits),
        lambda: {
            h.start
            for m in _LANGUAGE_LIST.finditer(doc.text)
            for h in doc.hits_between(m.start(), m.end())
        },
    )


_TRAILING_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,16}\)")


def _bracket_end(text: str, end: int) -> int:
    """The end of a body's name with its bracketed short form: "Polda Nusa Tenggara Timur
    (NTT)": the region in the bracket belongs to the body's name too."""
    m = _TRAILING_BRACKET.match(text, end)
    return m.end() if m else end


def collect_candidates(doc: Doc) -> dict[str, Candidate]:
    """Candidates from gazetteer hits and pattern organisations in the story."""
    coop = cooperation_sentences(doc)
    coop_set = set(coop)
    story = doc.story_sentences()
    story_set = set(story)
    lead = set(lead_sentences(doc))
    cands: dict[str, Candidate] = {}
    datelines = [(s, e) for k, s, e in doc.marked.spans if k == "dateline"]
    # "PT Pupuk Kaltim", "Universitas Negeri Semarang": a place inside a body's name.
    # "KBRI Den Haag", "KJRI Cape Town": where a mission sits, not a party. A government named
    # with its form ("... dan Pemerintah Provinsi Banten") is never inside another's name.
    inside = datelines + [
        (s, _bracket_end(doc.text, e))
        for s, e, name, kind in find_pattern_orgs(doc)
        if (
            kind in _NAMED_AFTER_PLACES
            or name.startswith(BROKER_LEADS)
            or _national_office(name, kind)
        )
        and not _gazetteer_body(doc, s)
    ]
    units = _company_units(doc)
    # the unit's name after the company's: a place in it is the unit's area
    inside += [(start + 1, end) for start, (end, _) in units.items()]
    inside_spans = Spans(inside)
    locators = _locators(doc)
    areas = _body_areas(doc) | _short_named_areas(doc, inside_spans)
    twins = {**_capital_twins(doc), **_list_kinds(doc)}
    for hit in doc.hits:
        e = twins.get(hit.start, hit.entry)
        if (
            e.code == "ID"
            or hit.start in locators
            or hit.start in areas
            or _in_member_list(doc, hit)
            or hit.start in _spelt_acronyms(doc)
            or hit.start in _languages(doc)
            or (inside_spans.holds(hit.start) and not hit_is_gov_form(hit))
            or _in_person_name(doc, hit)
            or _in_rank(doc, hit)
            or hit.start in _our_postings(doc)
            or _names_a_document(doc, hit)
        ):
            continue
        sent = doc.sentence_of(hit.start)
        if sent not in story_set:
            continue
        e = _city_of_region(doc, hit) or e
        if hit.start in units:  # "PT Pertamina EP Tarakan Field": the unit, by its name
            end, name = units[hit.start]
            key = "org:" + name.lower()
            cand = cands.get(key)
            if cand is None:
                party = Party(name=name, code=None, kind="company", country=None)
                cand = cands[key] = Candidate(key, party)
            _note_mention(doc, cand, hit.start, end, sent, coop_set, lead)
            continue
        cand = cands.get(e.key)
        if cand is None:
            code = e.code or _city_region_code(e)
            party = Party(name=e.name, code=code, kind=e.kind, country=e.country)
            cand = cands[e.key] = Candidate(e.key, party, parent=e.parent)
        _note_mention(doc, cand, hit.start, hit.end, sent, coop_set, lead)
        cand.actor = cand.actor or _acts_as_government(doc, hit, sent[0])
    # Two-word (or longer) person mentions: "Jenderal Pajak" read as a title and a name is not.
    # A one-word name the story names again ("Kajari Purwokerto Sunarwan ... kata Sunarwan")
    # is a person's too.
    person_starts = sorted(
        s
        for p in doc.people
        for s, e in p.mentions
        if len(doc.text[s:e].split()) >= 2 or len(p.mentions) >= 2
    )
    shorts: dict[str, tuple[Candidate, int]] = {}
    for s, e, name, kind in find_pattern_orgs(doc):
        if _regional_unit(name) or (name.split()[0] in _UNITS and _names_region(doc, s, e)):
            continue  # "Dinas Pariwisata Kaltim" is part of its government, not a party
        i = bisect_right(person_starts, s)
        cut = person_starts[i] if i < len(person_starts) and person_starts[i] < e else None
        if cut is not None and kind in _PERSON_NAMED and _bare_lead(doc.text[s:cut]):
            cut = None  # "Universitas Gajah Mada": a body named after a person, not one beside it
        if cut is not None:  # "PT Segah Hijau Energi Fernando Tambunan": the name is a person's
            e = s + len(doc.text[s:cut].rstrip(" ,"))
            # "PT X (XY) Budi Santoso": the body's short form in brackets ends its name
            bracket = _SHORT_AT_END.search(doc.text, s, e)
            if bracket and bracket.group(1).lower() not in COMPANY_FORMS:
                e = bracket.start()
            name = _expanded(doc.text[s:e])
        sent = doc.sentence_of(s)
        if sent not in story_set or _in_known_name(doc, s, e) or _runs_into_body(doc, s, e):
            continue
        if kind == "other":
            name = _area_written_out(doc, s, e, name)
        key = "org:" + name.lower()
        cand = cands.get(key) or _by_short_form(shorts, name, kind)
        if cand is None:
            broker = name.startswith(BROKER_LEADS)
            party = Party(
                name=name, code=None, kind=kind, country="ID" if kind == "ministry" else None
            )
            cand = cands[key] = Candidate(key, party, broker=broker)
        _note_mention(doc, cand, s, e, sent, coop_set, lead)
        short = _SHORT_AFTER.match(doc.text, e)
        if short and short.group(1).lower() not in COMPANY_FORMS:  # "(Perseroda)": a form
            shorts.setdefault(short.group(1), (cand, short.end()))
    _add_short_mentions(doc, cands, shorts, story, coop, lead)
    _add_local_bodies(doc, cands, story, coop, lead)
    _add_misspelt_list_items(doc, cands, story, coop, lead)
    _add_bare_company_mentions(doc, cands, story, coop, lead)
    _add_pointed_bodies(doc, cands, story, coop, lead)
    _add_ministers(doc, cands, coop, lead)
    _link_coordinated(doc, cands, coop)
    _link_pairs(doc, cands, coop)
    _link_list_items(doc, cands)
    _link_counted(doc, cands)
    _note_side_deals(doc, cands, coop)
    _merge_company_variants(cands)
    _merge_name_variants(cands)
    _merge_short_region_names(doc, cands)
    return {
        k: c
        for k, c in cands.items()
        if c.party.name.lower() not in NOT_PARTY_BODIES
        and not c.party.name.lower().startswith(BUSINESS_CHAMBER_NAMES)
    }


_ID_REGION_FORMS = re.compile(r"^(?:Kabupaten|Kota|Provinsi)\s+")


def _merge_short_region_names(doc: Doc, cands: dict[str, Candidate]) -> None:
    """A region named only bare, whose name opens the name of another region the story names
    more ("Bone" in a story of "Pemkab Bone Bolango"), is that region said short."""
    regions = [c for c in cands.values() if c.is_id_gov and c.mentions]
    for c in regions:
        bare = _ID_REGION_FORMS.sub("", c.party.name)
        if any(doc.text[s:e] != bare for s, e in c.mentions):
            continue  # named with its form somewhere ("Kota Bandung"): a region of its own
        into = [
            o
            for o in regions
            if o is not c
            and o.key in cands
            and _ID_REGION_FORMS.sub("", o.party.name).startswith(bare + " ")
            and len(o.mentions) > len(c.mentions)
        ]
        if len(into) == 1:
            _merge_into(into[0], c)
            del cands[c.key]


_COMPANY_TAILS = {t.lower() for t, kind in ORG_TAILS.items() if kind == "company"}


def _company_core(name: str) -> tuple[str, ...]:
    """A company's name without its legal form, brackets or closing word: "PT Semen Indonesia
    (Persero) Tbk" and "Semen Indonesia Group" are both ("semen", "indonesia")."""
    words = re.sub(r"\([^)]*\)", " ", name).lower().replace(".", " ").split()
    return tuple(w for w in words if w not in COMPANY_FORMS and w not in _COMPANY_TAILS)


def _merge_into(into: Candidate, c: Candidate) -> None:
    """Give `into` the mentions and links of `c`, the same body named otherwise."""
    into.mentions = sorted({*into.mentions, *c.mentions})
    into.linked_at = sorted({*into.linked_at, *c.linked_at})
    into.coop_mentions += c.coop_mentions
    into.linked += c.linked
    into.lead = into.lead or c.lead
    into.coordinated = max(into.coordinated, c.coordinated)
    into.actor = into.actor or c.actor
    into.side_deals += c.side_deals
    into.facilitation += c.facilitation


_VARIANT_KINDS = {"agency", "other", "association", "university", "ministry"}


def _merge_name_variants(cands: dict[str, Candidate]) -> None:
    """One body named in full and shorter ("Badan Pelaksana Otorita Pariwisata Labuan Bajo
    Flores", "Otorita Labuan Bajo Flores"): a name whose words all come, in order and ending
    alike, in a longer name of its kind is that body."""
    bodies = [
        (key, c)
        for key, c in cands.items()
        if key.startswith("org:") and c.party.kind in _VARIANT_KINDS
    ]
    bodies.sort(key=lambda kc: -len(kc[1].party.name.split()))
    for key, c in bodies[::-1]:
        words = c.party.name.lower().split()
        if len(words) < 3 or key not in cands:
            continue
        into = next(
            (
                o
                for k, o in bodies
                if k != key
                and k in cands
                and o.party.kind == c.party.kind
                and len(o.party.name.split()) > len(words)
                and _in_order(words, o.party.name.lower().split())
            ),
            None,
        )
        if into is not None:
            _merge_into(into, c)
            del cands[key]


def _in_order(short: list[str], long: list[str]) -> bool:
    """Every word of `short` in `long`, in order, the last words alike."""
    if short[-1] != long[-1]:
        return False
    it = iter(long)
    return all(w in it for w in short)


def _merge_company_variants(cands: dict[str, Candidate]) -> None:
    """One company named in two forms ("PT X Tbk", later "X Group", or its regional office
    "X Region XI"; the gazetteer's "PT Bank Negara Indonesia (Persero) Tbk" and the same name
    read as a pattern): one candidate, the gazetteer's or else the one first named, with the
    mentions and links of both."""
    first: dict[tuple[str, ...], Candidate] = {}
    ordered = sorted(
        cands.items(),
        key=lambda kc: (min(kc[1].mentions, default=(0, 0)), not kc[0].startswith("body:")),
    )
    for key, c in ordered:
        if c.party.kind != "company" or not key.startswith(("org:", "body:")):
            continue
        core = _company_core(c.party.name)
        office = next((i for i, w in enumerate(core) if w in COMPANY_OFFICE_WORDS), None)
        core = core[:office] if office else core  # "Bank Mandiri Region XI": Bank Mandiri
        if len(core) < 2:
            continue  # "PT Bank": too little to tell one company from another
        into = first.setdefault(core, c)
        if into is c:
            continue
        if key.startswith("body:") and not into.key.startswith("body:"):
            into, c, key = c, into, into.key  # the gazetteer's body keeps its entry
            first[core] = into
        elif key.startswith("body:"):
            continue  # two bodies of the gazetteer: two companies
        _merge_into(into, c)
        del cands[key]


_BODY_KINDS = {"intl_org", "agency", "ministry"}


def _runs_into_body(doc: Doc, s: int, e: int) -> bool:
    """A body's name in Indonesian that runs on into the same body's name the gazetteer knows,
    which goes on past it ("Badan Kerja Sama Internasional Jepang Japan International
    Cooperation Agency"): a gloss, not a body of its own."""
    return any(h.entry.kind in _BODY_KINDS and h.end >= e for h in doc.hits_between(s + 1, e))


_UNIT_RUN = re.compile(
    r"(?:[ \t]*\((?i:persero|tbk)\))?[ \t]+"
    r"(?P<run>[A-Z0-9][\w'’-]*(?:[ \t]+[A-Z0-9][\w'’-]*){0,4})"
)


_UNIT_WORD = re.compile(r"[^\s]+")


def _company_units(doc: Doc) -> dict[int, tuple[int, str]]:
    """Known companies named with a unit after them ("PT Pertamina EP Tarakan Field",
    "Pertamina Hulu Mahakam"): hit start -> (end, the unit's name). The name runs over
    capitalised words up to a title, a bracket or a lower-case word."""
    out: dict[int, tuple[int, str]] = {}
    for h in doc.hits:
        if h.entry.kind != "company":
            continue
        m = _UNIT_RUN.match(doc.text, h.end)
        if m is None or m.group("run").split()[0] not in COMPANY_UNIT_WORDS:
            continue
        end = h.end
        for w in _UNIT_WORD.finditer(doc.text, m.start("run"), m.end("run")):
            if w.group().lower() in TITLE_HEADS:
                break  # "... Field General Manager": a title opens, the name is over
            end = w.end()
        out[h.start] = (end, " ".join(doc.text[h.start : end].split()))
    return out


def _in_known_name(doc: Doc, s: int, e: int) -> bool:
    """A body's name [s, e) that begins inside a gazetteer name or is one; not one that only
    opens with a place ("Shanxi Baoli Co., Ltd")."""
    if not doc.hit_spans().holds(s):
        return False
    return not any(
        h.start == s and h.end < e and h.entry.kind in _PLACE_KINDS
        for h in doc.hits_between(s, s + 1)
    )


def _capital_twins(doc: Doc) -> dict[int, Entry]:
    """Bare mentions of a province that shares its name with its capital ("Yogyakarta"), read
    as the city where the story names that city as such ("Pemerintah Kota Yogyakarta", "Wali
    Kota Yogyakarta") and never the province by a form or another name ("Pemprov DIY").
    Starts of those mentions, with the city's entry."""
    cities = {h.entry.parent: h.entry for h in doc.hits if h.entry.kind == "city"}
    out: dict[int, Entry] = {}
    by_province: dict[str, list[Hit]] = {}
    for h in doc.hits:
        if h.entry.kind == "province" and h.entry.key in cities:
            by_province.setdefault(h.entry.key, []).append(h)
    for key, hits in by_province.items():
        city = cities[key]
        bare = _REGION_FORM.sub("", city.name).lower()
        if all(h.form is None and h.surface.lower() == bare for h in hits):
            out.update((h.start, city) for h in hits)
    return out


_ITEM_GAP = re.compile(r"^[ \t]*(?:,[ \t]*)?(?:(?:dan|serta|and|&)[ \t]*)?$")
_ITEM_JOIN = re.compile(r",|\b(?:dan|serta|and)\b|&")
_PLURAL_KINDS = re.compile(r"[ \t]+(?P<kind>regencies|cities)\b", re.I)


def _list_kinds(doc: Doc) -> dict[int, Entry]:
    """Bare items of a list of regions take the kind that the form of the item before them or
    a plural after the list names: "Kabupaten Bangli, Buleleng, Malang dan Probolinggo" are
    regencies, "Blitar and Bantul regencies" too; in "Mojokerto, Kota Mojokerto" the bare one
    is the regency. Only where the gazetteer knows a region of that kind by the very name.
    Starts of those items, with the entry of that kind."""
    hits = [
        h
        for h in doc.hits
        if h.entry.country == "ID"
        and (h.entry.kind in ("regency", "city") or (h.entry.kind == "province" and not h.form))
    ]
    runs: list[list[Hit]] = []
    for h in hits:
        prev = runs[-1][-1] if runs else None
        gap = doc.text[prev.end : h.start] if prev else ""
        if prev and _ITEM_GAP.match(gap) and _ITEM_JOIN.search(gap):
            runs[-1].append(h)
        else:
            runs.append([h])
    out: dict[int, Entry] = {}
    for run in runs:
        if len(run) < 2:
            continue
        plural = _PLURAL_KINDS.match(doc.text, run[-1].end)
        formed = {h.entry.key for h in run if h.form is not None}
        kind = _head_kind(doc, run[0])
        for h in run:
            if h.form is not None:
                kind = h.entry.kind  # a form names the kind of the bare items after it
                continue
            if h.entry.key in formed:  # "Mojokerto, Kota Mojokerto": the other of the pair
                want = _OTHER_KIND[h.entry.kind]
            elif plural:
                want = "regency" if plural.group("kind").lower() == "regencies" else "city"
            else:
                want = kind
            other = _same_name(h.surface, want) if want and h.entry.kind != want else None
            if other is not None:
                out[h.start] = other
    return out


_OTHER_KIND = {"regency": "city", "city": "regency"}
_REGENT_BEFORE = re.compile(r"(?<![\w-])(?i:(?:wakil[ \t]+)?bupati|regent[ \t]+of)[ \t]+$")
_MAYOR_BEFORE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(t.replace(" ", r"[ \t]+") for t in MAYOR_TITLES) + r")[ \t]+$"
)


def _head_kind(doc: Doc, hit: Hit) -> str:
    """The kind of region a head's title just before a bare name governs: "Wali Kota Solo dan
    Yogyakarta" names two cities, "Bupati Sleman dan Bantul" two regencies. "" where none."""
    if hit.form is not None:
        return ""
    before = doc.text[max(0, hit.start - 30) : hit.start]
    if _MAYOR_BEFORE.search(before):
        return "city"
    return "regency" if _REGENT_BEFORE.search(before) else ""


def _same_name(surface: str, kind: str) -> Entry | None:
    """The Indonesian region of `kind` that the gazetteer knows by this very name."""
    entry = load_gazetteer().lookup(surface, kind=kind)
    if entry is None or entry.country != "ID":
        return None
    return entry if _REGION_FORM.sub("", entry.name).lower() == surface.lower() else None


_CITY_FORM_BEFORE = re.compile(
    r"(?<![\w-])(?i:"
    + "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(CITY_FORMS, key=len)[::-1])
    + r")[ \t]+$"
)
_REGION_FORM_WORDS = re.compile(r"^(?:Prefektur|Provinsi|Negeri|Negara Bagian|Region)\s+")
_CITY_PREFIX = "city-of:"


_REGION_STYLE = re.compile(
    r"^(?:Wilayah Persekutuan|Negara Bagian|Prefektur|Provinsi|Kota|Metropolis)\s+"
)


def _city_region_code(e: Entry) -> str | None:
    """A foreign city that is a first-level region of its own (Moskwa, Kuala Lumpur, Berlin):
    its region's code, for the region's name (its style aside) is one of the city's names."""
    if e.kind != "foreign_city" or not e.parent or not e.parent.startswith("region:"):
        return None
    region = load_gazetteer().get(e.parent)
    if region is None or region.code is None:
        return None
    bare = _REGION_STYLE.sub("", region.name).lower()
    return region.code if bare in {n.lower() for n in (e.name, *e.aliases)} else None


def _city_of_region(doc: Doc, hit: Hit) -> Entry | None:
    """A foreign region written as a city ("Wali Kota Toyama", "kota Melaka"): the city of
    that name, seat of the region, is meant; an entry for it, inside the region."""
    e = hit.entry
    if e.kind != "foreign_region":
        return None
    before = doc.text[max(0, hit.start - 30) : hit.start]
    if hit.form not in ("kota", "pemkot") and not _CITY_FORM_BEFORE.search(before):
        return None
    bare = _REGION_FORM_WORDS.sub("", e.name)
    return Entry(
        key=_CITY_PREFIX + e.key,
        name="Kota " + bare,
        kind="foreign_city",
        code=None,
        country=e.country,
        aliases=(bare,),
        parent=e.key,
    )


_NAME_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z]{2,})[ \t]+$")


def _person_spans(doc: Doc) -> Spans:
    """Where the people stage read a person's name (built once per article)."""
    return doc.derived(
        "person_spans",
        len(doc.people),
        lambda: Spans((s, e) for p in doc.people for s, e in p.mentions),
    )


def _in_person_name(doc: Doc, hit: Hit) -> bool:
    """A country's name that ends a person's name ("Gubernur Sherly Laos"): written straight
    after a capitalised word that is no common word, title, place or body ("Duta Besar
    Jepang", "Kota Lyon Perancis" and "Bali Yangshuo" are not)."""
    if hit.entry.kind != "country" or hit.form is not None:
        return False
    if _person_spans(doc).covers(hit.start - 1, hit.end):
        return True  # "Bupati Pulau Morotai Benny Laos": the people stage read the name
    m = _NAME_BEFORE.search(doc.text, max(0, hit.start - 30), hit.start)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in common_words() or word in _ITEM_TITLE_WORDS or word in place_or_body_words():
        return False
    start = m.start(1)
    if doc.hit_spans().holds(start) or any(a <= start < b for a, b, _, _ in find_pattern_orgs(doc)):
        return False
    sent = doc.sentence_of(start)
    return doc.text[sent[0] : start].strip() != ""  # a sentence's first word may be no name


def _in_rank(doc: Doc, hit: Hit) -> bool:
    """The armed force or police in a person's rank ("Mayjen TNI (Purn) <name>", "Brigjen Pol
    <name>"): no party."""
    if hit.entry.kind in _PLACE_KINDS or hit.form is not None:
        return False  # "Konsul Jenderal Filipina": a country after a rank word is a country
    word = _WORD.findall(doc.text[max(0, hit.start - 16) : hit.start])[-1:]
    return bool(word) and word[0].lower() in RANKS


_PAIRED_AFTER = re.compile(r"[ \t]*(?:-|–|dan\b|dengan\b|and\b|with\b)[ \t]*")


def _names_a_document(doc: Doc, hit: Hit) -> bool:
    """A foreign place that names a document after where it was signed ("MoU Helsinki",
    "Protokol Kyoto"); not the second of a pair ("MoU Jakarta-Moskwa") nor one paired on."""
    if hit.entry.kind not in _FOREIGN or hit.form is not None:
        return False
    before = _WORD.findall(doc.text[max(0, hit.start - 20) : hit.start])[-1:]
    if not before or before[0].lower() not in DOCUMENT_NAME_LEADS:
        return False
    paired = _PAIRED_AFTER.match(doc.text, hit.end)
    return paired is None or not doc.hit_spans().holds(paired.end())


_POSTING = re.compile(
    rf"(?<![\w-])(?i:(?:{alternation(OUR_ENVOYS)})(?:[ \t]+(?:{alternation(OUR_COUNTRY)}))?[ \t]+"
    rf"(?:{alternation(POSTING_LINKS)})[ \t]+(?:(?:{alternation(COUNTRY_STYLES)})[ \t]+)?)$"
)
_POSTING_JOIN = re.compile(
    rf"^[ \t]*(?:,|dan|and|serta)[ \t]+(?:(?:dan|and)[ \t]+)?"
    rf"(?:(?i:{alternation(COUNTRY_STYLES)})[ \t]+)?$"
)
_FOR_INDONESIA = re.compile(
    r"(?<![\w-])(?i:untuk|to|for)[ \t]+(?:the[ \t]+)?(?:(?i:republik|republic[ \t]+of)[ \t]+)?$"
)
_ACCREDITED_KINDS = {"country", "intl_org"}


def _our_postings(doc: Doc) -> set[int]:
    """Starts of countries Indonesia's envoys or missions are posted to ("Duta Besar RI untuk
    Kerajaan Inggris dan Republik Irlandia", "KBRI di Singapura"): where they serve, not
    parties. A foreign envoy "untuk Indonesia" names no such country."""

    def build() -> set[int]:
        out: set[int] = set()
        countries = [h for h in doc.hits if h.entry.kind in _ACCREDITED_KINDS]
        prev_end = None
        for h in countries:
            before = doc.text[max(0, h.start - 60) : h.start]
            listed = prev_end is not None and _POSTING_JOIN.match(doc.text[prev_end : h.start])
            if h.entry.code == "ID":
                # A foreign envoy "untuk Indonesia, Malaysia dan Singapura": the countries
                # listed after Indonesia are the rest of the envoy's accreditation.
                prev_end = h.end if _FOR_INDONESIA.search(before) else None
            elif (h.entry.kind == "country" and _POSTING.search(before)) or listed:
                out.add(h.start)
                prev_end = h.end
            else:
                prev_end = None
        return out

    return doc.derived("our_postings", len(doc.hits), build)


_PERSON_NAMED = {"university", "association"}  # bodies often named after a person


def _bare_lead(text: str) -> bool:
    """Only a body's leading word ("Universitas", "Yayasan"), no name of its own."""
    return text.strip(" ,") in ORG_LEADS


def _expanded(name: str) -> str:
    """The body's lead written out: "Kejati Sulsel" -> "Kejaksaan Tinggi Sulsel"."""
    for short, full in ORG_LEAD_EXPANSIONS.items():
        if name.startswith(short + " "):
            return full + name[len(short) :]
    return name


def _area_written_out(doc: Doc, s: int, e: int, name: str) -> str:
    """A body named after its area, the area as the gazetteer names it: "Kejaksaan Tinggi
    Sulsel" and "Kejaksaan Tinggi Sulawesi Selatan" are one party."""
    for h in doc.hits_between(s + 1, e):
        inside = h.end in (e, e - 1) and name.endswith(h.surface)
        if inside and h.entry.country == "ID" and h.entry.kind in _ID_GOV:
            return name[: len(name) - len(h.surface)] + _REGION_FORM.sub("", h.entry.name)
    return name


_SHORT_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,9})\)")
_SHORT_AT_END = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,9})\)$")


def _by_short_form(shorts, name: str, kind: str) -> Candidate | None:
    """ "PT SCTK" after "PT Sarana Catur Tirta Kelola (SCTK)": the lead word and a short form
    defined earlier name that body again."""
    lead, _, rest = name.partition(" ")
    found = shorts.get(rest)
    if found is None or found[0].party.kind != kind:
        return None
    return found[0] if found[0].party.name.split(" ", 1)[0] == lead else None


def _add_short_mentions(doc: Doc, cands, shorts, story, coop, lead) -> None:
    """A body named once in full with its short form ("Universitas Negeri Yogyakarta (UNY)")
    and then by the short form only ("kerja sama antara UNY dengan ..."): those are its
    mentions too. Not where the short form is part of another name or a gazetteer place."""
    if not shorts:
        return
    text = doc.text
    taken = sorted(
        [(h.start, h.end) for h in doc.hits] + [(s, e) for s, e, _, _ in find_pattern_orgs(doc)]
    )
    starts = [a for a, _ in taken]
    story_set, coop_set = set(story), set(coop)
    for short, (cand, defined_end) in shorts.items():
        pos = text.find(short, defined_end)
        while pos != -1:
            end = pos + len(short)
            bounded = (pos == 0 or not text[pos - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            i = bisect_right(starts, pos) - 1
            inside = i >= 0 and any(b > pos for _, b in taken[max(0, i - 3) : i + 1])
            if bounded and not inside:
                sent = doc.sentence_of(pos)
                if sent in story_set:
                    _note_mention(doc, cand, pos, end, sent, coop_set, lead)
            pos = text.find(short, end)


_LOCAL_BODY = re.compile(
    r"(?<![\w-])(?P<lead>"
    + "|".join(
        re.escape(k) for k in sorted(ORG_LEADS, key=len, reverse=True) if ORG_LEADS[k] == "other"
    )
    + r")[ \t]+(?:"
    + "|".join(LOCAL_WORDS)
    + r")(?![\w-])"
)
_REGION_FORM = re.compile(r"^(?:Provinsi|Kabupaten|Kota)\s+")


def _add_local_bodies(doc: Doc, cands, story, coop, lead) -> None:
    """A body named by the region in view ("Pemkab Barito Timur dan Kejaksaan Negeri setempat"):
    the body of the Indonesian region named last before it (in its sentence, else in the lead),
    a province for a provincial body; a party as if named in full."""
    story_set = set(story)
    lead_spans = sorted(lead)
    for m in _LOCAL_BODY.finditer(doc.text):
        sent = doc.sentence_of(m.start())
        if sent not in story_set:
            continue
        provincial = m.group("lead") in PROVINCIAL_LEADS
        wanted = ("province",) if provincial else ("regency", "city")
        region = None
        for s, e in [(sent[0], m.start()), *lead_spans]:
            found = [
                h.entry
                for h in doc.hits
                if s <= h.start < e and h.entry.country == "ID" and h.entry.kind in wanted
            ]
            if found:
                region = found[-1]
                break
        if region is None:
            continue
        body = ORG_LEAD_EXPANSIONS.get(m.group("lead"), m.group("lead"))
        name = body + " " + _REGION_FORM.sub("", region.name)
        key = "org:" + name.lower()
        cand = cands.get(key)
        if cand is None:
            party = Party(name=name, code=None, kind="other", country=None)
            cand = cands[key] = Candidate(key, party)
        _note_mention(doc, cand, m.start(), m.end(), sent, cooperation_sentence_set(doc), lead)


_FORMED_ITEM = re.compile(
    r"(?<![\w-])(?P<form>Kab\.|Kabupaten|Kota)[ \t]+"
    r"(?P<name>[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})(?=[ \t]*(?:,|\bdan\b|\.|;|$))",
    re.M,
)


def _add_misspelt_list_items(doc: Doc, cands, story, coop, lead) -> None:
    """An item of a list of regions written with its form but misspelt or in lower case
    ("Kota makasar, Kab. Bolang mongondow utara, Kab. Maros"), which the gazetteer's reading
    missed: the region the gazetteer finds for it by that form, as if named so. Only beside
    regions the gazetteer did read, in a story sentence."""
    story_set = set(story)
    spans = doc.hit_spans()
    for m in _FORMED_ITEM.finditer(doc.text):
        s, e = m.start(), m.end()
        if spans.holds(s) or spans.holds(e - 1):
            continue
        sent = doc.sentence_of(s)
        near = doc.text[max(sent[0], s - 4) : s] + doc.text[e : min(sent[1], e + 4)]
        if sent not in story_set or not _LIST_JOIN.search(near):
            continue
        if sum(1 for h in doc.hits_between(*sent) if h.entry.kind in _ID_GOV) < 2:
            continue
        kind = "city" if m.group("form") == "Kota" else "regency"
        form = "Kota" if kind == "city" else "Kabupaten"
        entry = load_gazetteer().lookup(f"{form} {m.group('name')}", kind=kind)
        if entry is None or entry.country != "ID":
            continue
        cand = cands.get(entry.key)
        if cand is None:
            party = Party(name=entry.name, code=entry.code, kind=entry.kind, country="ID")
            cand = cands[entry.key] = Candidate(entry.key, party, parent=entry.parent)
        _note_mention(doc, cand, s, e, sent, cooperation_sentence_set(doc), lead)
        cand.actor = True  # written with its government form


def _bare_company_forms(name: str) -> list[str]:
    """How a company named "PT Harita Nickel (Persero)" is written without its legal form:
    "Harita Nickel", and its first word alone where that is no common word ("Harita")."""
    words = [w for w in name.split() if w.lower() not in COMPANY_FORMS]
    if not words or words == name.split():
        return []
    forms = [" ".join(words)]
    first = words[0]
    if (
        len(words) > 1
        and len(first) >= 4
        and first[:1].isupper()
        and first.lower() not in common_words()
        and first.lower() not in COMPANY_FORMS
    ):
        forms.append(first)
    return forms


_POINTED = re.compile(
    rf"(?<![\w-])(?P<lead>[A-Z][\w.]*)[ \t]+(?:{alternation(POINTER_WORDS)})(?![\w-])"
)


def _add_pointed_bodies(doc: Doc, cands, story, coop, lead) -> None:
    """A body pointed back at by its leading word ("penjajakan MoU dengan UIN ini", "kerja
    sama dengan Universitas tersebut"): a mention of the one body of that lead the story
    names (the most named where several names are its variants)."""
    bodies = [c for c in cands.values() if c.key.startswith("org:") and c.mentions]
    if not bodies:
        return
    story_set, coop_set = set(story), set(coop)
    for m in _POINTED.finditer(doc.text):
        word = m.group("lead")
        if word not in ORG_LEADS:
            continue
        sent = doc.sentence_of(m.start())
        if sent not in story_set or any(s <= m.start() < e for c in bodies for s, e in c.mentions):
            continue
        named = [c for c in bodies if c.party.name.split()[0] == word]
        if not named or len({_place_word(c) for c in named}) > 1:
            continue  # no body, or two bodies of that lead: the pointer is unclear
        cand = max(named, key=lambda c: len(c.mentions))
        _note_mention(doc, cand, m.start(), m.end("lead"), sent, coop_set, lead)


_OUR_SIDE = {"", "ri", "indonesia", "republik indonesia", "pemerintah", "pemerintah indonesia"}


def ministry_of(role: str | None, org: str | None) -> Entry | None:
    """The Indonesian ministry a person speaks for: a role in a ministry ("Juru Bicara" of
    "Kementerian Luar Negeri"), or a minister's or deputy minister's title ("Menteri
    Perindustrian", "Menlu", "Menteri" of "Luar Negeri") with no other country beside it;
    None otherwise."""
    gazetteer = load_gazetteer()
    written = (org or "").strip()
    if written.lower() not in _OUR_SIDE:
        entry = gazetteer.lookup(written)
        if entry is not None:
            return entry if _our_ministry(entry) else None
    words = (role or "").split()
    if not words:
        return None
    words = [*SHORT_FORMS.get(words[0].lower(), words[0]).split(), *words[1:]]
    if words[0] == "Wakil":
        words = words[1:]
    if len(words) == 1 and written.lower() not in _OUR_SIDE:
        words += written.split()  # "Menteri" of "Luar Negeri"
    if len(words) < 2 or words[0] != "Menteri":
        return None
    entry = gazetteer.lookup(" ".join(["Kementerian", *words[1:]]))
    if entry is None and words[1] == "Koordinator" and len(words) > 2:
        entry = gazetteer.lookup(" ".join(["Kemenko", *words[2:]]))  # "Menko Polhukam"
    return entry if _our_ministry(entry) else None


def _our_ministry(entry: Entry | None) -> bool:
    return entry is not None and entry.kind == "ministry" and entry.country == "ID"


_OUR_PRESIDENT = re.compile(
    r"\bPresiden(?:\s+(?:RI|Republik\s+Indonesia|Indonesia)\b|(?=\s*[^\s\w]|\s+[a-z]))"
)
_BRACKET_NAME = re.compile(r"\s*\(([A-Z][a-z]+)\)")
_FOR_THE_PRESIDENT = re.compile(rf"\b(?:{alternation(FOR_THE_PRESIDENT)})\s+$", re.IGNORECASE)


def _presidents_sentences(doc: Doc) -> set[tuple[int, int]]:
    """The sentences naming Indonesia's President: by name (any word of it, the short name
    in brackets after it, a name news uses alone: "Jokowi"), or as "Presiden" with no other
    country's name after it; not where someone acts for the President ("Mewakili Presiden")."""
    words: set[str] = set(PRESIDENT_SHORT_NAMES)
    for person in doc.people:
        if (person.role or "").startswith("Presiden") and (
            person.org or ""
        ).strip().lower() in _OUR_SIDE:
            words.update(w for w in person.name.split() if len(w) > 2)
            for _, e in person.mentions:
                if short := _BRACKET_NAME.match(doc.text, e):
                    words.add(short.group(1))
    found = {
        doc.sentence_of(m.start())
        for m in _OUR_PRESIDENT.finditer(doc.text)
        if not _FOR_THE_PRESIDENT.search(doc.text, max(0, m.start() - 20), m.start())
    }
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(words)))})\b")
    return found | {doc.sentence_of(m.start()) for m in named.finditer(doc.text)}


def _add_ministers(doc: Doc, cands, coop, lead) -> None:
    """A minister, or a ministry's spokesman, named in a cooperation sentence or quoted
    saying one is the ministry acting ("Menperin Airlangga berharap kerja sama ... dengan
    Afghanistan"): national news tells of a ministry's work through its people more than
    through its name."""
    # A story whose cooperation the President tells of (a state visit, leaders' talks, a
    # summit) is the President's own diplomacy: a minister who accompanies, briefs or is
    # quoted on it is no side; one paired with a partner in the list of the documents
    # signed ("antara Menteri X dan Menteri Y Singapura") is.
    presidents = _presidents_sentences(doc)
    state_level = bool(presidents & set(coop))
    coop_set = set(coop) - presidents
    quoted = {} if state_level else {
        q.speaker: q.end
        for q in reversed(doc.quotes)
        if q.speaker and doc.sentence_of(q.start) in coop_set
    }  # fmt: skip
    for person in doc.people:
        said = quoted.get(person.name)
        named = [(s, e) for s, e in person.mentions if doc.sentence_of(s) in coop_set]
        if not named and said is None:
            continue
        entry = ministry_of(person.role, person.org)
        if entry is None:
            continue
        cand = cands.get(entry.key)
        if cand is None:
            party = Party(name=entry.name, code=None, kind="ministry", country="ID")
            cand = cands[entry.key] = Candidate(entry.key, party)
        cand.actor = True
        for s, e in named:
            if (s, e) not in cand.mentions:
                counted, linked = cand.coop_mentions, cand.linked
                _note_mention(doc, cand, s, e, doc.sentence_of(s), coop_set, lead)
                if state_level and cand.linked == linked:
                    cand.coop_mentions = counted
        if said is not None and not named and person.mentions:
            # "..., kata Arrmanatha": the speaker named after the quote
            after = [m for m in person.mentions if m[0] >= said] or person.mentions
            cand.mentions = sorted({*cand.mentions, after[0]})
            cand.coop_mentions += 1


def _place_word(c: Candidate) -> str:
    """The last word of a body's name (its place: "UIN ... Bukittinggi", "UIN Bukittinggi")."""
    return c.party.name.split()[-1].lower()


def _add_bare_company_mentions(doc: Doc, cands, story, coop, lead) -> None:
    """A company named once with its legal form ("PT Harita Nickel") and elsewhere without it
    ("Pemda dan Harita Nikel menandatangani"): those are its mentions too. Not inside another
    name or a place the gazetteer knows."""
    companies = [
        c for c in cands.values() if c.party.kind == "company" and c.key.startswith("org:")
    ]
    if not companies:
        return
    text = doc.text
    taken = Spans(
        [(h.start, h.end) for h in doc.hits]
        + [(s, e) for s, e, _, _ in find_pattern_orgs(doc)]
        + [m for c in cands.values() for m in c.mentions]
    )
    added = AddedSpans()  # mentions noted here
    story_set = set(story)
    low = lowered(text)
    for cand in companies:
        for form in _bare_company_forms(cand.party.name):
            s = low.find(form.lower())
            while s != -1:
                e = s + len(form)
                bounded = (s == 0 or not _word_char(text[s - 1])) and (
                    e == len(text) or not _word_char(text[e])
                )
                if (
                    bounded
                    and text[s].isupper()
                    and not taken.overlaps(s, e)
                    and not added.overlaps(s, e)
                ):
                    sent = doc.sentence_of(s)
                    if sent in story_set:
                        coop_set = cooperation_sentence_set(doc)
                        _note_mention(doc, cand, s, e, sent, coop_set, lead)
                        added.add(s, e)
                s = low.find(form.lower(), e)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "-_"


def _link_counted(doc: Doc, cands: dict[str, Candidate]) -> None:
    """The partners a count announced and a later sentence names are linked."""
    spans = Spans(doc.cache.get("counted_lists") or [])  # type: ignore[arg-type]
    for c in cands.values():
        if c.mentions and any(spans.holds(s) for s, _ in c.mentions):
            c.linked = max(c.linked, 1)
            c.actor = True


def _link_list_items(doc: Doc, cands: dict[str, Candidate]) -> None:
    """Governments that head the items of an announced list ("4. Wali Kota Solok", "- Pemerintah
    Kabupaten Pangkep (oleh ...)") are its members: linked partners of the one who announces it.
    A region named later in an item ("Palang Merah Indonesia Wilayah Sulsel") is not."""
    items = doc.cache.get("list_items") or []
    heads: list[Candidate] = []
    for s, e in items:  # type: ignore[attr-defined]
        first = None
        for c in cands.values():
            for ms, _ in c.mentions:
                if s <= ms < e and (first is None or ms < first[0]):
                    first = (ms, c)
        if first is None or not (first[1].is_id_gov or first[1].is_foreign):
            continue
        lead = _ITEM_MARK.sub("", doc.text[s : first[0]], count=1).split()
        if all(w.lower().strip(".") in _ITEM_TITLE_WORDS for w in lead):
            heads.append(first[1])
    members = {c.key: c for c in heads}
    if len(members) < 2:
        return
    for c in members.values():
        c.linked = max(c.linked, 1)
        c.coordinated = max(c.coordinated, len(members))
        c.actor = True


_AREA_GAP = re.compile(
    r"^\)?[ \t]*(?:\([A-Za-z0-9&.-]{1,12}\)[ \t]*)?(?:(?i:"
    + "|".join(sorted((re.escape(w) for w in AREA_LINKS), key=len, reverse=True))
    + r")[ \t]+)?$"
)


_NATIONAL_BODY_KINDS = {"agency", "ministry"}
_BARE_REGION_FORMS = {"kabupaten", "kota", "provinsi"}


def _body_areas(doc: Doc) -> set[int]:
    """Starts of regions named as the area of a body just before them: "BPKP (Perwakilan)
    Sulawesi Selatan", "UNICEF perwakilan Banda Aceh", "Perseroda Sulsel". The region is part of
    the body's designation, not a party of its own."""
    out: set[int] = set()
    hits = doc.hits
    text = doc.text
    for a, b in zip(hits, hits[1:], strict=False):
        if not (b.entry.kind in _ID_GOV or b.entry.kind in ("foreign_city", "foreign_region")):
            continue
        if b.form is not None and not (
            a.entry.kind in _NATIONAL_BODY_KINDS and b.form in _BARE_REGION_FORMS
        ):
            continue  # "BNN Kabupaten Kendal" is BNN's office; "BNN dan Pemkab Kendal" two
        if a.entry.kind in _PLACE_KINDS or b.start - a.end > 24:
            continue
        if _AREA_GAP.match(text[a.end : b.start]):
            out.add(b.start)
    for b in hits:
        if b.form is None and b.entry.kind in _ID_GOV:
            word = _WORD.findall(text[max(0, b.start - 20) : b.start])[-1:]
            enterprise = bool(word) and word[0].lower() in ENTERPRISE_AREA_WORDS
            if enterprise or _NAMED_AREA_BEFORE.search(text, max(0, b.start - 40), b.start):
                out.add(b.start)
        if b.entry.kind in _ID_GOV and text[max(0, b.start - 3) : b.start].lower() == "se-":
            out.add(b.start)  # "bupati dan wali kota se-Sulawesi Utara": the area they lie in
        if b.form is None and b.entry.kind in _ID_GOV and _bracketed_body_before(text, b.start):
            out.add(b.start)  # "Kawasan Ekonomi Khusus (KEK) Palu", "PLN ... (UP3) Merauke"
        if b.form is None and b.entry.kind in _ID_GOV and _campus_before(text, b.start):
            out.add(b.start)  # "Unej Jember", "Unsrat Manado": the campus's city
    return out


_CAMPUS_BEFORE = re.compile(rf"(?<![\w-])(?P<short>{CAMPUS_SHORT_FORM})[ \t]+$")


_CAPS_BEFORE = re.compile(r"(?<![\w-])(?P<short>[A-Z]{2,6})[ \t]+$")


def _campus_before(text: str, start: int) -> bool:
    """A university's short name right before the place ("Unej Jember", "UGM Yogyakarta"):
    a campus word, no common word ("Untuk", "Unit"), or the capitals of a university the
    campus table knows."""
    m = _CAMPUS_BEFORE.search(text, max(0, start - 16), start)
    if m is not None and m.group("short").lower() not in common_words():
        return True
    caps = _CAPS_BEFORE.search(text, max(0, start - 10), start)
    return caps is not None and caps.group("short").lower() in CAMPUS_CITIES


# A body's name and its bracketed short form right before a place: "... (UP3) Merauke".
_BRACKETED_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][\w&.'’-]*[ \t]+\([A-Z][A-Za-z0-9&.-]{1,10}\)[ \t]+$"
)
# Words of a region's own government and its units: there the region acts, through its unit.
_OWN_UNIT_WORDS = GOVERNMENT_NAME_STARTS | frozenset(
    "dinas daerah sekretariat bappeda setda".split()
)


def _bracketed_body_before(text: str, start: int) -> bool:
    """A place written right after a body's bracketed short form that is no unit of a
    region's own government ("Dinas Kesehatan (Dinkes) Palu" is Palu's own)."""
    if not _BRACKETED_BEFORE.search(text, max(0, start - 30), start):
        return False
    words = _WORD.findall(text[max(0, start - 80) : start])[-8:]
    return not any(w.lower() in _OWN_UNIT_WORDS for w in words)


# A capitalised name, then a capitalised area word: "Palang Merah Indonesia Wilayah Sulsel",
# "Unpam Kampus Serang", "Bank Mandiri Cabang Kupang".
_NAMED_AREA_BEFORE = re.compile(
    r"(?<![\w-])[A-Z][\w&.-]*[ \t]+(?:"
    + "|".join(
        sorted((re.escape(w.title()) for w in AREA_WORDS_AFTER_NAMES), key=len, reverse=True)
    )
    + r")[ \t]+$"
)


# A body's short form right before a town: "UNES Padang", "UB Malang" (capitals), or a
# prosecutor's, police or military short form or head ("Kejari Ambon", "Kapolres Bima").
_SHORT_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][A-Z0-9]{1,5}|([A-Z][a-z]{3,11}))[ \t]$")
_BODY_SHORT_WORDS = PLACE_TAKING_TITLE_WORDS | INDEPENDENT_BODY_HEADS | BODY_HEAD_TITLES


def _short_named_areas(doc: Doc, inside: Spans) -> set[int]:
    """Starts of towns written after a body's short form ("UNES Padang", "Kejari Ambon") where
    the body's full name holds that town elsewhere in the story ("Universitas Ekasakti Padang",
    "Kejaksaan Negeri (Kejari) Ambon"): the town is part of the body's name there too, not a
    party."""
    named = {h.entry.key for h in doc.hits if inside.holds(h.start)}
    out = set()
    for h in doc.hits:
        if h.form is not None or h.entry.key not in named or h.entry.kind not in _ID_GOV:
            continue
        if inside.holds(h.start):
            continue
        short = _SHORT_BEFORE.search(doc.text, max(0, h.start - 13), h.start)
        if short and (short.group(1) is None or short.group(1).lower() in _BODY_SHORT_WORDS):
            out.add(h.start)
    return out


_LOCATOR_GAP = re.compile(
    r"^[ \t]*[,(][ \t]*$|^[ \t]*,?[ \t]*\([ \t]*$|^[ \t]+$"
    r"|^[ \t]+(?:(?:Regency|City)[ \t]+)?(?:of|in|di)[ \t]+$"  # "Paser Regency of East Kalimantan"
)


def _locators(doc: Doc) -> set[int]:
    """Starts of places that only locate the place named just before them: "Kota Mataram, Nusa
    Tenggara Barat", "Mossel Bay (Provinsi Western Cape, Afrika Selatan)", "Wewak, Papua
    Nugini", "Kabupaten Sumedang Jawa Barat", "Kefamenanu, ibu kota Kabupaten TTU". A region or
    country after a place inside it is no party of its own."""
    out: set[int] = set()
    hits = [h for h in doc.hits if h.entry.kind in _PLACE_KINDS]
    for a, b in zip(hits, hits[1:], strict=False):
        if b.start - a.end > 14 or not _LOCATOR_GAP.match(doc.text[a.end : b.start]):
            continue
        if _inside(a.entry, b.entry) and not hit_is_gov_form(b):
            out.add(b.start)  # (not "Makassar, Pemprov Sulsel ...": a government acting)
    for h in hits:
        if h.entry.kind in _ID_GOV and _CAPITAL_OF.search(doc.text, max(0, h.start - 40), h.start):
            out.add(h.start)  # "<town>, ibu kota Kabupaten <regency>": the regency locates it
        if h.entry.kind in _ID_GOV and _SUBDISTRICT_BEFORE.search(
            doc.text, max(0, h.start - 60), h.start
        ):
            out.add(h.start)  # "Kecamatan Bayan, Kabupaten Purworejo": where the district lies
        if h.entry.kind in _ID_GOV and _SUBDISTRICT_HEAD.search(
            doc.text, max(0, h.start - 20), h.start
        ):
            out.add(h.start)  # "Kades Bandung Kidul": a village's name, not the city's
    return out | _named_as_capital(doc, hits)


_SUBDISTRICT_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(re.escape(f) for f in SUBDISTRICT_FORMS)})[ \t]+['‘’\"]?"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}['‘’\"]?[ \t]*,?[ \t]*$"
)
_SUBDISTRICT_HEAD = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(re.escape(f) for f in SUBDISTRICT_HEADS)})[ \t]+$"
)
_AS_CAPITAL = re.compile(
    r"(?<!Khusus[ \t])(?:(?i:ibu[ \t]?kota)|(?:the[ \t]+)?capital(?:[ \t]+city)?[ \t]+of)[ \t]+$"
)
_HAVING_CAPITAL = re.compile(
    r"(?i:provinsi|province|prefektur|prefecture|negara|country|state)[ \t]+(?i:dengan|with)[ \t]+"
    r"(?:the[ \t]+)?(?:(?i:ibu[ \t]?kota)|capital(?:[ \t]+city)?(?:[ \t]+of)?)[ \t]+$"
)
_IBU_BEFORE = re.compile(
    r"(?i:provinsi|province|prefektur|prefecture|negara|country|state)[ \t]+(?i:dengan|with)"
    r"[ \t]+(?i:ibu)[ \t]+$"
)
_CAPITAL_REGIONS = {"province", "regency", "foreign_region", "country"}


def _named_as_capital(doc: Doc, hits: list[Hit]) -> set[int]:
    """Starts of places named only to say where a capital is: a region after "ibu kota" (the
    government of "<province>'s capital" is the city's; not "Daerah Khusus Ibukota Jakarta")
    and the capital of a region described ("<region> dengan ibu kota <city>", "<region> with
    the capital <city>")."""
    out = set()
    for h in hits:
        window = (max(0, h.start - 60), h.start)
        if h.entry.kind in _CAPITAL_REGIONS:
            capital = _AS_CAPITAL.search(doc.text, *window)
        else:
            capital = _HAVING_CAPITAL.search(doc.text, *window) or (
                doc.text[h.start : h.start + 5].lower() == "kota "
                and _IBU_BEFORE.search(doc.text, *window)
            )
        if capital:
            out.add(h.start)
    return out


_CAPITAL_OF = re.compile(
    r",[ \t]*(?:(?i:ibu[ \t]?kota)|(?:the[ \t]+)?capital(?:[ \t]+city)?[ \t]+of)[ \t]+$"
)


def _inside(low, high) -> bool:
    """`low` lies inside `high` (a town in its region or country, a region in its country)."""
    if low.key == high.key:
        return False
    if low.parent == high.key:
        return True
    if high.kind == "country":
        return low.country == high.code and low.kind != "country"
    if high.kind == "foreign_region" and low.kind == "foreign_city":
        return low.country == high.country and low.key.startswith("framed:")
    return False


def _national_office(name: str, kind: str) -> bool:
    """A national body's office named after the region it serves ("Balai Pemasyarakatan Kelas
    1 Manado", "Kementerian Hukum dan HAM Sulawesi Utara"): the region is part of its name. Not
    a region's own unit ("Dinas Pariwisata Kaltim" acts for Kaltim) nor its hall ("Balai
    Kota Medan")."""
    words = name.split()
    return (
        kind in ("agency", "ministry") and words[0] not in _UNITS and words[:2] != ["Balai", "Kota"]
    )


def _regional_unit(name: str) -> bool:
    """A region's own service or agency ("Dinas Kesehatan", "Badan Pendapatan Daerah"): part
    of its government wherever it is named, never a party of its own."""
    words = name.split()
    return words[0] == "Dinas" or (words[0] in _UNITS and "Daerah" in words[1:])


def _names_region(doc: Doc, s: int, e: int) -> bool:
    """An Indonesian region named inside or right after a unit's name ("Dinas ESDM Kaltim")."""
    return any(
        s <= h.start <= e + 2 and h.entry.kind in _ID_GOV and h.entry.country == "ID"
        for h in doc.hits
    )


_PAIR_GAP = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:[IVX]{1,3}\s+)?,?\s*(?:dan|bersama|dengan|serta|and|with|&)\s*$",
    re.I,
)


def _link_pairs(doc: Doc, cands: dict[str, Candidate], coop: list[tuple[int, int]]) -> None:
    """A coordinated subject: "<Partner> dan <Gov> menandatangani", "Pemkab X bersama Kejari X":
    the name before the link word is a party as much as the one after it."""
    coop_set = set(coop)
    spans = sorted((s, e, c) for c in cands.values() for s, e in c.mentions)
    for (s1, e1, a), (s2, e2, b) in zip(spans, spans[1:], strict=False):
        if a is b or not (a.is_id_gov or b.is_id_gov) or nested(a, b):
            continue
        if (s1, e1) in a.aside_at or (s2, e2) in b.aside_at:
            continue  # "tindak lanjut dari kesepakatan antara A dengan B": another's pair
        sent = doc.sentence_of(s1)
        if sent not in coop_set or sent != doc.sentence_of(s2):
            continue
        if _PAIR_GAP.match(doc.text[e1:s2]) and not _area_list(doc, s1, sent):
            a.linked = max(a.linked, 1)
            b.linked = max(b.linked, 1)


def _link_coordinated(doc: Doc, cands: dict[str, Candidate], coop: list[tuple[int, int]]) -> None:
    """Members of one list ("A, B, dan C"; "yakni A, B, dan C") are linked when the list is.

    "Makassar, Sulawesi Selatan" (a place and the region it lies in) is an apposition, not a list.
    """
    spans = sorted((s, e, c) for c in cands.values() for s, e in c.mentions)
    runs: list[list[tuple[int, int, Candidate]]] = []
    for item in spans:
        prev = runs[-1][-1] if runs else None
        gap = doc.text[prev[1] : item[0]] if prev else ""
        if (
            prev
            and _LIST_GAP.match(gap)
            and _LIST_JOIN.search(gap)  # "Bali Yangshuo ASEAN": names side by side, no list
            and doc.sentence_of(prev[0]) == doc.sentence_of(item[0])
            and not nested(prev[2], item[2])
        ):
            runs[-1].append(item)
        else:
            runs.append([item])
    story = doc.story_sentences()
    index = {sent: n for n, sent in enumerate(story)}
    coop_set = set(coop)
    for run in runs:
        members = {c.key: c for _, _, c in run}
        sent = doc.sentence_of(run[0][0])
        if len(members) < 2 or _attendance_sentence(doc, sent):
            continue  # "Kegiatan itu dihadiri enam bupati, yaitu A, B, ...": guests
        before = _words_before(doc.text, run[0][0], sent[0], 3)
        listed = any(w.lower() in LIST_LEADS or w.lower() == "lain" for w in before)
        if before and before[-1].lower() in _LOCATIVE and not listed:
            continue
        led = listed or _is_linked(before)
        if sent not in coop_set:
            # "Mereka adalah bupati A, B, dan C", "11 daerah tersebut meliputi A, B, ...": the
            # signatories listed in a sentence of their own, next to the cooperation's.
            n = index.get(sent)
            governments = [c for c in members.values() if c.is_id_gov]
            beside = n is not None and any(
                story[k] in coop_set for k in (n - 1, n + 1) if 0 <= k < len(story)
            )
            if not (led and beside and len(governments) >= 3) or _area_list(doc, run[0][0], sent):
                continue
            for c in governments:
                c.coop_mentions += 1
                c.linked = max(c.linked, 1)
                c.coordinated = max(c.coordinated, len(governments))
            continue
        if not led and _country_examples(members):
            for c in members.values():
                c.coop_mentions = max(0, c.coop_mentions - 1)  # context, no side
            continue
        if (led or len(members) >= 3) and not _area_list(doc, run[0][0], sent):
            for c in members.values():
                c.linked = max(c.linked, 1)
                c.coordinated = max(c.coordinated, len(members))


def _country_examples(members: dict[str, Candidate]) -> bool:
    """Three or more countries listed alone, no linking word before them, in a cooperation
    sentence: examples or context (countries already trading there, named in a quote), not
    sides; a list of regions so written names the sides ("<region>, <region>, dan <region>
    menandatangani ...")."""
    return len(members) >= 3 and all(c.party.kind == "country" for c in members.values())


_AREA_COUNT = re.compile(
    r"\bdi\s+(?:\d+|"
    + alternation(COUNT_WORDS)
    + r")\s+(?:"
    + alternation(AREA_COUNT_NOUNS)
    + r")\b",
    re.I,
)


def _area_list(doc: Doc, start: int, sent: tuple[int, int]) -> bool:
    """A list of regions that names places, not signatories: the areas a programme reaches
    ("lima kabupaten yang menjadi lokasi program adalah A, B, C", "di enam kabupaten ..., yaitu
    A, B"), pilot areas, or the neighbours of a region ("berbatasan dengan A, B dan C"). A list
    opening its sentence ("Yaitu A, B, ...") is framed by the sentence before. `start`: where
    the list begins."""
    frame = doc.text[sent[0] : start]
    opening = [w.lower() for w in _WORD_ONLY.findall(frame)]
    if len(opening) == 1 and opening[0] in LIST_LEADS:
        story = doc.story_sentences()
        n = story.index(sent) if sent in story else 0
        if n:
            frame = doc.text[story[n - 1][0] : start]
    words = [w.lower() for w in _WORD_ONLY.findall(frame)]
    if any(w in LIST_PLACE_CUES for w in words[-10:]) or any(w in NEIGHBOUR_WORDS for w in words):
        return True
    return _AREA_COUNT.search(frame) is not None


_SIDE_KINDS = {"company", "association", "other", "university"}
_SIDE_WITH = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:dengan|with)\s*$", re.I)
_SIDE_AND = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:dan|serta|and|&)\s*$", re.I)
_BETWEEN = frozenset({"antara", "between"})


def _note_side_deals(doc: Doc, cands: dict[str, Candidate], coop) -> None:
    """Deals between two bodies told beside the region's ("MoU antara PT A (Perseroda) dan PT
    B", "MoU Kadin X dengan Kadin Y"): a company, association or university paired there with
    another of them, not with a government, speaks of its own deal there. "dengan PT A dan PT
    B" after the region lists its partners: no such pair."""
    coop_set = set(coop)
    # One span per place a body is named (the longest reading of it), with how many mentions
    # it stands for; a body may pair with itself ("antara HIPMI Jateng dan HIPMI Lampung").
    longest: dict[tuple[int, str], tuple[int, int, Candidate]] = {}
    for c in cands.values():
        for s, e in c.mentions:
            end, n, _ = longest.get((s, c.key), (e, 0, c))
            longest[(s, c.key)] = (max(e, end), n + 1, c)
    spans = sorted((s, e, n, c) for (s, _), (e, n, c) in longest.items())
    places = sorted((h.start, h.end) for h in doc.hits)
    for (s1, e1, n1, a), (s2, _e2, n2, b) in zip(spans, spans[1:], strict=False):
        if s2 < e1 or a.party.kind not in _SIDE_KINDS or b.party.kind not in _SIDE_KINDS:
            continue
        sent = doc.sentence_of(s1)
        if sent not in coop_set or sent != doc.sentence_of(s2):
            continue
        gap = doc.text[_past_area(doc, places, e1, s2) : s2]
        before = _words_before(doc.text, s1, sent[0], 1)
        between = bool(before) and before[0].lower() in _BETWEEN
        if _SIDE_WITH.match(gap) or (between and _SIDE_AND.match(gap)):
            a.side_deals += n1
            b.side_deals += n2


def _past_area(doc: Doc, places: list[tuple[int, int]], end: int, limit: int) -> int:
    """Past the area a body's short name is followed by ("HIPMI Jawa Tengah"): the end of the
    place (of the sorted `places`) named right after `end`, before `limit`; else `end`."""
    i = bisect_right(places, (end, len(doc.text)))
    if i < len(places):
        s, e = places[i]
        if e <= limit and not doc.text[end:s].strip(" \t"):
            return e
    return end


def _side_deal_only(c: Candidate) -> bool:
    """Every mention of the body where cooperation is spoken of tells a deal of its own."""
    return c.side_deals > 0 and c.side_deals >= c.coop_mentions


def nested(a: Candidate, b: Candidate) -> bool:
    """One lies in the other: a region in its province, a town or region in its country."""
    return (
        a.parent == b.key
        or b.parent == a.key
        or (a.party.kind == "country" and b.party.country == a.party.code)
        or (b.party.kind == "country" and a.party.country == b.party.code)
    )


_CAP_WORD = re.compile(r"[A-Z][\w'-]*")


def _embedded(doc: Doc, s: int, e: int, sent_start: int) -> bool:
    """A place name inside a longer proper name: "Convention Centre Swiss Belhotel"."""
    before = doc.text[sent_start:s].rstrip()
    ahead = doc.text[e : e + 120]  # a bounded look: the rest of a long text is not copied
    after = ahead.lstrip()
    prev = before.split()[-1] if before.split() else ""
    nxt = _CAP_WORD.match(after)
    if not (prev[:1].isupper() and nxt and after[:1].isupper()):
        return False
    if prev.endswith(("-", "–")):
        return False  # "Program Kerja Sama RI-UNICEF Tahun 2025": a pair joined by a dash
    if prev.lower() in TITLE_HEADS or prev.lower() in SHORT_FORMS or prev.lower() in TITLE_WORDS:
        return False  # "Gubernur Kalimantan Selatan Syahrul Anwar": a title, a region, a name
    name_at = e + (len(ahead) - len(after))
    starts, _ = doc.mention_starts()
    i = bisect_left(starts, name_at)
    if i < len(starts) and starts[i] == name_at:
        return False
    hits = doc.hit_spans()
    return not (hits.holds(e) or hits.holds(s - 2))


_EVENT_NAME = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,4}")


def _opens_event_name(doc: Doc, e: int) -> bool:
    """The name runs on into an event's, a network's or a programme's ("Asean Smart City
    Network", "Bali Democracy Forum"): capitalised words closing with such a noun."""
    m = _EVENT_NAME.match(doc.text, e)
    return bool(m) and any(w.lower() in NAME_TAIL_NOUNS for w in m.group(0).split())


def _at_venue(before: list[str]) -> bool:
    """ "di Convention Centre X", "di Jawa Tengah dan Jawa Timur": a locative word shortly
    before, across capitalised words and the "dan" of places named together only."""
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w in _LOCATIVE:
            # "rombongan dari Kota X": the delegation's home, who visits, no venue
            return not (w == "dari" and i > 0 and before[i - 1].lower() in DELEGATION_NOUNS)
        if not (w[:1].isupper() or w.lower() in _PLACE_JOINS or w in _LOCATIVE_NOUNS):
            return False
    return False


_PLACE_JOINS = frozenset({"dan", "serta", "and"})
# Between a locative word and a place: "di luar Provinsi X", "di seluruh wilayah Y".
_LOCATIVE_NOUNS = frozenset({"luar", "seluruh", "sekitar", "seberang", "wilayah", "kawasan"})


_CHAIN_END = re.compile(r"[ \t]*(?:[.,;()]|$)", re.M)
_CHAIN_WORDS = 10


def _venue_chain(doc: Doc, s: int, e: int, sent: tuple[int, int]) -> bool:
    """The last place of a venue's address: "di <palace>, <town>, Kabupaten <regency>."
    Written after a comma and ending the clause, it is reached from a locative
    word across capitalised names and commas only ("di Jakarta, Gubernur Kaltim menandatangani"
    is no address: no comma just before the region)."""
    if not doc.text[sent[0] : s].rstrip().endswith(",") or not _CHAIN_END.match(doc.text, e):
        return False
    for w in reversed(_words_before(doc.text, s, sent[0], _CHAIN_WORDS)):
        low = w.lower()
        if low in _LOCATIVE:
            return True
        if not (w[:1].isupper() or w == ","):
            return False
    return False


_LIST_SEP = r"(?:[ \t]*,[ \t]*(?:(?:dan|serta|and)[ \t]+)?|[ \t]+(?:dan|serta|and)[ \t]+)"
# Between two places of a list: a separator, perhaps over items the gazetteer does not know.
_PLACE_LIST_GAP = re.compile(
    rf"^(?:[ \t]*\([^()]{{0,40}}\))?"  # "Paris (sebagai kota rekan), Rotterdam"
    rf"(?:{_LIST_SEP}[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?){{0,2}}{_LIST_SEP}$"
)


def _listed_places(doc: Doc) -> set[int]:
    """Starts of the foreign places listed after one named as a location ("bekerja sama dengan
    pemerintah daerah di Jepang, China, Uzbekistan dan Vietnam"): where someone works, like
    the first; not places of their own."""

    def build() -> set[int]:
        out: set[int] = set()
        hits = [h for h in doc.hits if h.entry.kind in _FOREIGN_PLACES]
        head: Hit | None = None
        for a, b in zip(hits, hits[1:], strict=False):
            if not _PLACE_LIST_GAP.match(doc.text[a.end : b.start]):
                head = None
                continue
            head = head or a
            sent = doc.sentence_of(head.start)
            if _at_venue(_words_before(doc.text, head.start, sent[0])):
                out.add(b.start)
        return out

    return doc.derived("listed_places", len(doc.hits), build)


def _acts_as_government(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A region named as a government ("Pemprov Kaltim", "Gubernur Kaltim", "Provinsi Anhui"),
    not only as a place ("di Jakarta", "Jakarta, CNN Indonesia")."""
    if hit.entry.kind not in ("province", "regency", "city"):
        return True
    before = _WORD.findall(doc.text[sent_start : hit.start])[-1:]
    if before and before[0].lower() in BODY_HEAD_TITLES and hit.form is None:
        return False  # "Kapolda Jatim", "Kajari Karawang": the body's area
    if before and before[0].lower() in LEGISLATURE_WORDS:
        return False  # "DPRD Kota Banjarbaru": the council's region
    if named_as_government(doc, hit, sent_start) or _ENGLISH_HEAD_AFTER.match(doc.text, hit.end):
        return True
    if (
        before
        and before[0] in _ENGLISH_PAIR_LINKS
        and doc.sentence_of(hit.start) in cooperation_sentence_set(doc)
    ):
        return True  # "cooperation between Yogyakarta and Kyoto": English names regions bare
    if _paired_with_abroad(doc, hit):
        return True
    return any(p.org_code == hit.entry.code for p in doc.people)


_PAIR_JOINT = re.compile(r"^[ \t]*(?:dan|and|&)[ \t]+$", re.I)


def _paired_with_abroad(doc: Doc, hit: Hit) -> bool:
    """ "Surabaya dan Busan sepakat ...", "Kyoto and Yogyakarta agreed": a region joined by
    "dan"/"and" to a place abroad in a cooperation sentence is a side, as its partner is, not
    a place (a place is "di Surabaya"). A city or regency only: "Jakarta dan Dili" in a
    ministry's story are the capitals standing for their states."""
    if hit.entry.kind not in ("city", "regency"):
        return False
    sent = doc.sentence_of(hit.start)
    if sent not in cooperation_sentence_set(doc):
        return False
    for other in doc.hits_between(max(sent[0], hit.start - 40), min(sent[1], hit.end + 40)):
        if other.entry.kind not in _FOREIGN_PLACES or other.entry.country in (None, "ID"):
            continue
        gap = (hit.end, other.start) if other.start >= hit.end else (other.end, hit.start)
        if gap[0] <= gap[1] and _PAIR_JOINT.match(doc.text[gap[0] : gap[1]]):
            return True
    return False


_ENGLISH_PAIR_LINKS = {"between", "with"}


# English puts the head or the government after the region: "Jakarta Vice Governor", "Surabaya
# City Government", "Bantul Regent".
_ENGLISH_HEAD_AFTER = re.compile(
    r"[ \t]+(?:(?:Vice|Deputy|Acting)[ \t]+)?(?:"
    + "|".join(sorted(ENGLISH_HEADS_AFTER, key=len, reverse=True))
    + r")\b"
)


def _background(before: list[str]) -> bool:
    """ "setelah Riau dan Bengkulu", "investor asal Korea", "seperti Jepang": a partner of an
    earlier deal, an example or an origin, not a party of the one told."""
    for w in reversed(before):
        low = w.lower()
        if low in BACKGROUND_LEADS:
            return True
        if not (w[:1].isupper() or w.isdigit() or low in _BACKGROUND_GAP):
            return False  # "seperti dengan Kota X (2002), Kota Y": the list's items go too
    return False


_POSSESSED_GAP = frozenset({",", "(", ")", "dan", "serta", "and", "in", "di"})
_POSSESSION_REACH = 8  # words from a list's lead back to the verb of having


def _example_or_possessed(words: list[str]) -> bool:
    """The sentence up to the mention gives examples ("Dia mencontohkan, ada kerja sama dengan
    X") or lists partnerships already had ("has five sister cities namely X and Y
    in China, Dubai in UAE"): the partner named is no party of the one told."""
    lows = [w.lower() for w in words]
    if any(w in EXAMPLE_CLAUSE_LEADS for w in lows):
        return True
    for i in range(len(words) - 1, -1, -1):
        if lows[i] in LIST_LEADS:
            return any(w in POSSESSION_VERBS for w in lows[max(0, i - _POSSESSION_REACH) : i])
        if not (words[i][:1].isupper() or words[i].isdigit() or lows[i] in _POSSESSED_GAP):
            return False
    return False


def _origin(before: list[str]) -> bool:
    """ "Investor Negara China", "perusahaan Jepang": where someone comes from."""
    for w in reversed(before[-3:]):
        if w.lower() in ORIGIN_LEADS:
            return True
        if not w[:1].isupper():
            return False
    return False


# What may stand between a background lead and a name: a list's names, years, brackets and
# joins, and an example's link word ("seperti dengan Kota X").
_BACKGROUND_GAP = {",", "(", ")", "dan", "serta", "and", "dengan", "with"}
_BACKGROUND_REACH = 30  # words back over a list of examples


# The words a phrase about another partnership may run over from its lead to the link word
# ("Selain menjalin kerja sama Sister City dengan ...").
_OTHER_REACH = 6
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def _other_partnership(before: list[str]) -> bool:
    """The mention follows the link word of a phrase about another partnership: "Selain
    menjalin kerja sama dengan Kota X", "following partnerships with X, and Y", one told as
    earlier ("Sebelumnya ... sudah bermitra dengan A, B dan C", "Previously, ... ties with A
    in the US, B in Germany"); `before` reaches back over a list of partners."""
    for i in range(len(before) - 1, -1, -1):
        w = before[i].lower()
        if w in {".", ";", ":"}:
            return False
        if w in _LINKS and w not in _COORDINATORS:
            if _other_lead(before, i) or _prior_lead(before, i):
                return True
            # "antara A dengan B": B is of the pair "antara" opens
            between = [j for j in range(i) if before[j].lower() in _BETWEEN]
            return bool(w in ("dengan", "with") and between and _other_lead(before, between[-1]))
    return False


def _prior_lead(before: list[str], i: int) -> bool:
    """Before the link word at `i`, in its sentence: a word of before, then one of the
    perfect or a comma ("Sebelumnya ... telah menandatangani MoU serupa dengan",
    "Previously, Bandung also erected monuments marking its ties with")."""
    lead = [x.lower() for x in before[:i]]
    prior = max((j for j, x in enumerate(lead) if x in PRIOR_WORDS), default=None)
    if prior is None:
        return False
    rest = lead[prior + 1 :]
    # "Previously, Bandung also erected ...": the adverb set off by its comma
    return any(x in PERFECT_WORDS for x in rest) or rest[:1] == [","]


def _other_lead(before: list[str], i: int) -> bool:
    """The words before the link word at `i` open another partnership's phrase."""
    lead = [x.lower() for x in before[max(0, i - _OTHER_REACH) : i]]
    if "," in lead:
        lead = lead[len(lead) - lead[::-1].index(",") :]
    pairs = list(zip(lead, lead[1:], strict=False))
    # "MoU yang ditandatangani tahun 2019 antara X": an earlier document's
    signed_before = any(a == "yang" and b in SIGNED_RELATIVES for a, b in pairs) and any(
        _YEAR_WORD.fullmatch(x) for x in lead
    )
    # "tindak lanjut dari kesepakatan antara X": the parent document's parties
    parent = any(pair in PARENT_DOCUMENT_LEADS for pair in pairs)
    return signed_before or parent or any(x in OTHER_PARTNERSHIP_LEADS for x in lead)


_ATTEND_REACH = 16  # words from a region to the verb by which it attends


def _attends(doc: Doc, end: int, sent: tuple[int, int]) -> bool:
    """The region (or its head, a name between) attends another's deal: a verb of attending
    after it ("menghadiri", "turut ambil bagian dalam"), before any link word, and
    "antara"/"between" after that ("Bupati X, <name>, menghadiri penandatanganan MoU antara A
    dan B")."""
    words = [w.lower() for w in _WORD.findall(doc.text, end, sent[1])]
    for i, w in enumerate(words[:_ATTEND_REACH]):
        if w in _LINKS or w == ";":
            return False  # (a head's degrees hold dots: "<name>, S.E., M.M., menghadiri")
        if w in ATTEND_VERBS or (w == "ambil" and words[i + 1 : i + 2] == ["bagian"]):
            return any(x in ("antara", "between") for x in words[i + 1 :])
    return False


_ATTENDANCE = re.compile(
    rf"(?i:{alternation(ATTENDANCE_OPENERS)}"
    rf"|(?:{alternation(ATTENDED_EVENT_NOUNS)})(?:\s+(?:{alternation(POINTER_WORDS)}))?"
    rf"(?:\s+(?:juga|pun|turut))?"
    rf"\s+(?:{alternation(ATTENDED_PASSIVES)}))(?![\w-])"
)


def _attendance_sentence(doc: Doc, sent: tuple[int, int]) -> bool:
    """The sentence lists who attended ("Hadir dalam acara tersebut ...", "Kegiatan itu
    diikuti secara virtual oleh ..."), and they do not sign there themselves."""
    if _ATTENDANCE.match(doc.text, sent[0]) is None:
        return False
    return not any(w.lower() in ATTENDEES_SIGN for w in _WORD.findall(doc.text, *sent))


def _witness(before: list[str]) -> bool:
    """ "disaksikan langsung oleh Sekretaris Daerah Kota Makassar", "dihadiri perwakilan Dinas
    X, Dinas Y dan Pemkab Z", "difasilitasi oleh Pemprov": the region witnesses, attends or
    facilitates the deal, across title words, names of a list and a few small words only; it
    is no party (nor linked by that "oleh" or "dan")."""
    for w in reversed(before):
        low = w.lower()
        if low in BYSTANDER_CUES:
            return True
        if not (w[:1].isupper() or low in BYSTANDER_GAP_WORDS):
            return False
    return False


_CENTRAL_BEFORE = re.compile(rf"(?i:{alternation(CENTRAL_GOVERNMENT)})\s*(?:,|dan|serta|and|&)\s*$")
_CENTRAL_AFTER = re.compile(rf"\s*(?:,|dan|serta|and|&)\s*(?i:{alternation(CENTRAL_GOVERNMENT)})")


def _beside_central_government(doc: Doc, s: int, e: int, sent: tuple[int, int]) -> bool:
    """A region coordinated with the central government ("dengan Pemerintah Pusat dan
    Pemerintah Provinsi X", "Pemprov X dan pemerintah pusat"): government at large, no side."""
    return bool(
        _CENTRAL_BEFORE.search(doc.text, max(sent[0], s - 30), s)
        or _CENTRAL_AFTER.match(doc.text, e, sent[1])
    )


def _unit_start(doc: Doc, s: int) -> int:
    """Where the name of a region's own unit begins when the region ends it ("Badan Perbatasan
    dan Kerja Sama Provinsi Papua"): the words before the unit, not those inside its name (that
    "dan"), tell how the region is linked. `s` itself where no unit holds it."""
    starts = doc.derived(
        "unit_spans",
        len(doc.hits),
        lambda: sorted(
            (a, b) for a, b, name, _ in find_pattern_orgs(doc) if name.split()[0] in _UNITS
        ),
    )
    i = bisect_right(starts, (s, len(doc.text))) - 1
    while i >= 0 and starts[i][1] > s:
        if starts[i][0] < s:
            return starts[i][0]
        i -= 1
    return s


def _note_mention(doc, cand: Candidate, s: int, e: int, sent, coop, lead) -> None:
    if _embedded(doc, s, e, sent[0]) or _opens_event_name(doc, e):
        return
    cand.mentions.append((s, e))
    at = _unit_start(doc, s) if cand.is_id_gov else s
    words = _words_before(doc.text, at, sent[0], _BACKGROUND_REACH)  # one scan, read three ways
    before, wide = words[-5:], words[-14:]
    if (
        _background(words)
        or _beside_central_government(doc, at, e, sent)
        or _example_or_possessed(words)
        or (cand.party.kind in _FOREIGN_PLACES and _origin(before))
        or _other_partnership(words)
        or (
            cand.is_id_gov
            and (_witness(wide) or _attendance_sentence(doc, sent) or _attends(doc, e, sent))
        )
    ):
        cand.aside_at.append((s, e))
        return
    locative = (
        (_at_venue(before) and cand.party.kind != "intl_org")
        or (cand.is_id_gov and _venue_chain(doc, s, e, sent))
        or s in _listed_places(doc)
    )
    if sent in coop and not locative:
        cand.coop_mentions += 1
        if _is_linked(before) and not (cand.is_id_gov and _area_list(doc, s, sent)):
            cand.linked += 1
            cand.linked_at.append((s, e))
    cand.lead = cand.lead or (sent in lead and not locative)
    window = doc.text[max(sent[0], s - 60) : min(sent[1], e + 60)]
    cand.facilitation += bool(_FACILITATION.search(window))


def choose_sides(
    doc: Doc, cands: dict[str, Candidate]
) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """(home governments, partners, facilitators) among the candidates."""
    active = [c for c in cands.values() if (c.coop_mentions or c.lead) and not _side_deal_only(c)]
    ids = [c for c in active if c.is_id_gov and c.actor]
    if not ids:
        # No region acts: a ministry that signs with a partner is government cooperation too.
        ids = [c for c in active if _is_ministry(c) and c.coop_mentions and not c.facilitation]
    if not ids and not any(c.is_id_gov for c in active):
        # No region in the story: a ministry that holds the meeting ("menggelar") facilitates
        # nobody else's cooperation, it is a side of its own.
        ids = [c for c in active if _is_ministry(c) and c.coop_mentions >= 2]
    if not ids:
        # No region or ministry acts: Indonesia's own mission abroad that works with its host
        # ("KJRI Davao bekerja sama dengan pemerintah Filipina") is the Indonesian side.
        ids = [c for c in active if _our_mission(c) and c.coop_mentions]
    if not ids:
        return [], [], []
    first = min(ids, key=lambda c: c.mentions[0][0])
    home = max(ids, key=lambda c: (c.home_weight(c is first), -c.mentions[0][0]))
    partners = [
        c
        for c in active
        if c.key != home.key
        and (c.linked or (c.is_foreign and c.coop_mentions))
        and not _place_in_home(c, home)
    ]
    if not partners:
        partners = _unlinked_partner(active, home)
    if _is_ministry(home):
        # A ministry's story: a region named bare, with no government form or head, is a
        # place or the capital standing for the state ("Jakarta dan Dili"), not a partner.
        partners = [c for c in partners if not (c.is_id_gov and not c.actor)]
    partners = _towns_for_their_countries(partners, active)
    partners = _drop_context_places(partners, cands)
    partners = _drop_unlinked_compatriots(partners)
    partners = _drop_others_partnerships(doc, home, partners, cands)
    partners = _drop_example_pairs(doc, home, partners, cands)
    partners = _drop_regional_enterprises(home, partners)
    partners = _drop_shared_groupings(partners)
    aid = _aid_ministries(active, home, partners) if _development_partners(partners) else []
    partners = sorted([*partners, *aid], key=Candidate.weight, reverse=True)
    foreign = any(c.is_foreign for c in partners)
    facilitators = [
        c
        for c in partners
        if c.broker
        or (_is_ministry(c) and c not in aid and (foreign or c.facilitation) and len(partners) > 1)
    ]
    partners = [c for c in partners if c not in facilitators]
    common = _common_body(active, home, partners)
    if common is not None:
        return [common], [home, *partners], facilitators
    return [home], partners, facilitators


_COMMON_KINDS = {"university", "company", "agency", "other", "association"}


def _common_body(
    active: list[Candidate], home: Candidate, partners: list[Candidate]
) -> Candidate | None:
    """The body several regions each sign with ("Universitas X menandatangani MoU dengan Pemkab
    A, Pemkab B dan Pemkot C"): every region, the home too, is linked to another side and none
    is the subject; the body leads the story unlinked, named before them. None where the
    regions are the sides."""
    if not partners or not home.linked or not all(c.is_id_gov and c.linked for c in partners):
        return None
    first = min(s for c in (home, *partners) for s, _ in c.mentions)
    bodies = [
        c
        for c in active
        if c.party.kind in _COMMON_KINDS
        and c.lead
        and not c.linked
        and not c.broker
        and c.mentions[0][0] < first
    ]
    return max(bodies, key=Candidate.weight) if bodies else None


def _place_in_home(c: Candidate, home: Candidate) -> bool:
    """A town or regency inside the home region that is no partner: never linked, or only named
    as a place (never as a government) outside a list of three or more ("came to Surabaya and
    Malang" in an East Java story)."""
    if not (c.is_id_gov and c.parent == home.key):
        return False
    return not c.linked or (not c.actor and c.coordinated < 3)


_BODY_KINDS = {"company", "university", "other", "agency", "ministry", "intl_org", "association"}
_AID_KINDS = {"intl_org", "agency"}
_FOREIGN_PLACES = {"country", "foreign_region", "foreign_city"}
_AID_MINISTRY_MENTIONS = 3


def _development_partners(partners: list[Candidate]) -> bool:
    """The foreign partners are international or foreign development bodies (UNICEF, JICA,
    GIZ), no foreign government or place."""
    foreign = [c for c in partners if c.is_foreign]
    return bool(foreign) and all(
        c.party.kind in _AID_KINDS and c.party.kind not in _FOREIGN_PLACES for c in foreign
    )


def _aid_ministries(
    active: list[Candidate], home: Candidate, partners: list[Candidate]
) -> list[Candidate]:
    """Ministries a development body's programme is told with ("Bappenas dan JICA", named
    where cooperation is, again and again) are its parties even when no linking word shows."""
    return [
        c
        for c in active
        if _is_ministry(c)
        and c is not home
        and c not in partners
        and c.coop_mentions >= _AID_MINISTRY_MENTIONS
        and not c.facilitation
    ]


def _unlinked_partner(active: list[Candidate], home: Candidate) -> list[Candidate]:
    """With no partner after a linking word, the other side named where cooperation is spoken
    of: a body, a foreign government or another region acting as a government ("kedua pihak",
    a visit, a partner named in the sentence before)."""
    pool = [
        c
        for c in active
        if c.key != home.key
        and (c.coop_mentions or c.lead)
        and (c.party.kind in _BODY_KINDS or (c.actor and (c.is_foreign or c.is_id_gov)))
        and c.parent != home.key
        and home.parent != c.key
        and not c.broker
        and not (c.party.kind == "country" and c.party.code == "ID")
    ]
    if not pool:
        return []
    return [max(pool, key=lambda c: (c.weight(), -c.mentions[0][0]))]


_TOWN_KINDS = {"foreign_city", "foreign_region"}


def _towns_for_their_countries(partners: list[Candidate], active: list[Candidate]):
    """A country linked as the partner, and a town or region of it named in the lead as the
    one that visits or acts ("lawatan dari Majlis Daerah Kudat, Sabah"), none of
    its towns a partner: the town is the partner, in its country's place (the country is
    context)."""
    out = list(partners)
    for country in [c for c in partners if c.party.kind == "country"]:
        if any(c.party.country == country.party.code for c in partners if c is not country):
            continue
        towns = [
            c
            for c in active
            if c.party.kind in _TOWN_KINDS
            and c.party.country == country.party.code
            and c.lead
            and c.actor
        ]
        if towns:
            town = min(towns, key=lambda c: c.mentions[0][0])
            out[out.index(country)] = town
    return out


def _drop_context_places(partners: list[Candidate], cands: dict[str, Candidate]) -> list[Candidate]:
    """A partner's country, and a city inside a partner region, are context, not parties;
    so is a foreign region a partner town outweighs.

    A city and a region of one name ("Osaka", "Prefektur Osaka") are one partner: the region,
    unless the text names it as a city ("Wali Kota Toyama").
    """
    cities = [c for c in partners if c.party.kind == "foreign_city"]
    towns = {c.key: t for c in partners if (t := _region_of_town(c, cities)) is not None}
    # The region's other towns go with it unless linked themselves: the heaviest is the partner.
    partners = [
        c
        for c in partners
        if c.key not in towns and (c.linked or towns.get(c.parent or "", c) is c)
    ]
    keys = {c.key for c in partners}
    # A country gives way to its bodies, and to its towns and regions: one linked to the home,
    # or any where the country is not linked itself (an unlinked place beside a linked country
    # is where the partner lies or a place the story passes: "penerbangan langsung ke Perth").
    # A country linked to the home more often than a town of it, and named with cooperation
    # more, is the partner; the town is context ("kerja sama antara Australia dan Kota
    # Semarang ..., sister city Kota Brisbane").
    countries = {c.party.code: c for c in partners if c.party.kind == "country"}
    places = Counter(o.party.country for o in partners if o.party.kind in _TOWN_KINDS)
    outweighed = {
        o.key
        for o in partners
        if o.party.kind in _TOWN_KINDS
        and places[o.party.country] == 1  # several regions of it: they are the partners
        and (k := countries.get(o.party.country)) is not None
        and k.linked > o.linked
        and k.coop_mentions > o.coop_mentions
    }
    partners = [c for c in partners if c.key not in outweighed]
    others = [c for c in partners if c.party.kind != "country"]
    out = []
    for c in partners:
        if c.party.kind == "country" and any(
            o.party.country == c.party.code
            and (o.party.kind not in _FOREIGN_PLACES or o.linked or not c.linked)
            for o in others
        ):
            continue
        if (
            c.parent in keys
            and not c.parent.startswith("country:")
            and c.party.kind in ("foreign_city", "city", "regency")
            and not c.coordinated
        ):
            continue  # a town inside a partner region (a town beats its country)
        twin = next(
            (
                o
                for o in partners
                if o is not c
                and o.party.kind == "foreign_region"
                and c.party.kind == "foreign_city"
                and not c.key.startswith(_CITY_PREFIX)
                and _same_place(o, c)
            ),
            None,
        )
        if twin is not None:
            twin.mentions += c.mentions
            twin.linked += c.linked
            twin.linked_at += c.linked_at
            continue
        out.append(c)
    return out


def _drop_shared_groupings(partners: list[Candidate]) -> list[Candidate]:
    """A grouping Indonesia belongs to, named beside a partner from one of its other members
    ("Kepri and Johor revive the Sijori scheme", IMS-GT), is the frame the two cooperate in,
    not a third party; a grouping named alone ("with MIKTA") stays the partner."""
    gaz = load_gazetteer()

    def members(c: Candidate) -> frozenset[str]:
        entry = gaz.get(c.key)
        return frozenset(entry.members) if entry is not None and entry.members else frozenset()

    def country(c: Candidate) -> str | None:
        return c.party.code if c.party.kind == "country" else c.party.country

    return [
        c
        for c in partners
        if "country:ID" not in (m := members(c))
        or not any(f"country:{country(o)}" in m for o in partners if o is not c and o.is_foreign)
    ]


def _drop_regional_enterprises(home: Candidate, partners: list[Candidate]) -> list[Candidate]:
    """Where regions sign with each other, a company named after one of them ("PT Jateng
    Agro Berdikari" beside Jawa Tengah and Jawa Timur) is that region's enterprise signing its
    own side deal, not a party of theirs."""
    regions = [c for c in (home, *partners) if c.is_id_gov]
    if len(regions) < 2 or not home.is_id_gov:
        return partners
    gaz = load_gazetteer()
    aliases = {
        alias.lower()
        for c in regions
        if (entry := gaz.get(c.key)) is not None
        for alias in entry.aliases
        if len(alias) >= 4
    }
    return [
        c
        for c in partners
        if c.party.kind != "company"
        or not any(
            re.search(rf"(?<!\w){re.escape(a)}(?!\w)", c.party.name.lower()) for a in aliases
        )
    ]


def _drop_unlinked_compatriots(partners: list[Candidate]) -> list[Candidate]:
    """A foreign place never linked to the home, only named where cooperation is told, beside a
    linked partner of its country: where that partner lies or a place the story passes ("Kota
    X, a drive from the capital"), not a party of its own."""
    linked = {c.party.country for c in partners if c.linked and c.is_foreign}
    return [
        c
        for c in partners
        if c.linked
        or c.party.kind not in _FOREIGN_PLACES
        or c.party.kind == "country"
        or c.party.country not in linked
    ]


def _drop_others_partnerships(
    doc: Doc, home: Candidate, partners: list[Candidate], cands: dict[str, Candidate]
) -> list[Candidate]:
    """An Indonesian region linked only where a foreign place is named and the home is not,
    that foreign place never named with the home: another region's partnership given as an
    example or background ("seperti Kota Semarang dengan Brisbane"), not a party."""
    home_sents = {doc.sentence_of(s) for s, _ in home.mentions}
    foreign = [c for c in cands.values() if c.is_foreign and c.party.kind != "intl_org"]
    with_home = {
        c.key for c in foreign if any(doc.sentence_of(s) in home_sents for s, _ in c.mentions)
    }
    out = []
    for c in partners:
        if c.is_id_gov and not c.coordinated:
            sents = {doc.sentence_of(s) for s, _ in c.mentions}
            others = [f for f in foreign if any(doc.sentence_of(s) in sents for s, _ in f.mentions)]
            if others and not (sents & home_sents) and not any(f.key in with_home for f in others):
                continue
        out.append(c)
    return out


_EXAMPLE_GAP = re.compile(r"^[ \t]+(?:[a-z]+[ \t]+){0,3}$")
_EXAMPLE_PLACES = {"foreign_city", "foreign_region"}


def _example_pairs(doc: Doc, home: Candidate, cands: dict[str, Candidate]) -> set[tuple[int, int]]:
    """Mentions of an Indonesian region other than the home and the foreign town right after it
    ("<other region> dengan <foreign town>", "<other region> telah mengadopsi <foreign town>"),
    named as examples: another region's
    partnership given as an example."""
    related = {home.key, home.parent}
    by_sent: dict = {}
    for c in cands.values():
        if c.key in related or c.parent == home.key:
            continue
        for m in c.mentions:
            by_sent.setdefault(doc.sentence_of(m[0]), []).append((m, c))
    pairs: set[tuple[int, int]] = set()
    for items in by_sent.values():
        items.sort(key=lambda it: it[0][0])
        for i, ((before, b), (m, c)) in enumerate(zip(items, items[1:], strict=False)):
            gap = doc.text[before[1] : m[0]]
            if c.party.kind in _EXAMPLE_PLACES and b.is_id_gov and _EXAMPLE_GAP.match(gap):
                pairs.update((before, m))
                # the example's list of towns goes on: "X dengan Los Angeles, Beijing, ..."
                last = m
                for nxt, o in items[i + 2 :]:
                    if not (o.is_foreign and _PLACE_LIST_GAP.match(doc.text[last[1] : nxt[0]])):
                        break
                    pairs.add(nxt)
                    last = nxt
    return pairs


def _drop_example_pairs(
    doc: Doc, home: Candidate, partners: list[Candidate], cands: dict[str, Candidate]
) -> list[Candidate]:
    """A foreign town, or an Indonesian region, named only in another region's partnership
    given as an example, is no party."""
    pairs = _example_pairs(doc, home, cands)
    return [c for c in partners if not c.mentions or not all(m in pairs for m in c.mentions)]


def _region_of_town(region: Candidate, cities: list[Candidate]) -> Candidate | None:
    """The partner town (of the region's country, not its namesake) that outweighs a foreign
    region in no list of partners: the region is where the town lies ("Pengzhou, Provinsi
    Sichuan"), not a party. None where there is none."""
    if region.party.kind != "foreign_region" or region.coordinated:
        return None
    towns = [
        c
        for c in cities
        if c.party.country == region.party.country
        and not _same_place(region, c)
        and c.weight() > region.weight()
    ]
    return max(towns, key=Candidate.weight) if towns else None


def _same_place(region: Candidate, city: Candidate) -> bool:
    bare = region.party.name.split()[-1].lower()
    return (
        bare == city.party.name.split()[-1].lower() and region.party.country == city.party.country
    )


_OUR_MISSION = re.compile(r"^(?:KBRI|KJRI)\b|\b(?:RI|Republik Indonesia|Indonesia|Indonesian)\b")


def _our_mission(c: Candidate) -> bool:
    """An Indonesian embassy or consulate ("KJRI Davao", "Konsulat Jenderal RI Jeddah",
    "Indonesian Embassy in Tokyo"), not a foreign one in Indonesia."""
    return c.broker and c.party.kind == "agency" and bool(_OUR_MISSION.search(c.party.name))


def _is_ministry(c: Candidate) -> bool:
    return c.party.kind == "ministry" and c.party.country in ("ID", None)
