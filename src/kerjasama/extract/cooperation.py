"""Cooperation records: is this a government-cooperation story, and one record per partnership."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from kerjasama.extract.cues import (
    COOPERATION,
    COOPERATION_WORDS,
    alternation,
    keyed_matches,
    words_pattern,
)
from kerjasama.extract.doc import Doc
from kerjasama.extract.pairs import (
    pair_document,
    separate_documents,
    several_homes,
    told_pairs,
)
from kerjasama.extract.parties import (
    Candidate,
    choose_sides,
    collect_candidates,
    cooperation_sentences,
    lead_sentences,
    opening_sentence,
)
from kerjasama.extract.sectors import find_sectors, sector_matches, sector_sentences
from kerjasama.extract.stage import read_stage
from kerjasama.extract.story import story_inputs, story_model
from kerjasama.extract.when_where import activity_date, activity_place
from kerjasama.lang.id.cooperation import (
    APPEAL_VERBS,
    BOUNDARY_WORDS,
    CONTEST_LEADS,
    COUNT_WORDS,
    COUNTED_SIGNERS,
    EXPLORE_CUES,
    FOREIGN_SCOPE_CUES,
    GOVERNMENT_ACTORS,
    GRANT_STORY_MENTIONS,
    GRANT_WORDS,
    JOINT_CUES,
    MINUTES_WORDS,
    OWNER_BEFORE,
    OWNER_WORDS,
    SECURITY_ACTORS,
    SEPARATE_CUES,
    SIGN_STEMS,
    VISIT_CUES,
)
from kerjasama.lang.id.organisations import (
    ENTERPRISE_WORDS,
    LEGISLATURE_WORDS,
    REGIONAL_BANKS,
    WITNESS_CUES,
)
from kerjasama.lang.id.outlets import VENUE_WORDS
from kerjasama.lang.id.speech import SPEECH_VERBS
from kerjasama.record import Cooperation, Party, Span
from kerjasama.text.case import lowered

JOINT = words_pattern(JOINT_CUES)
# A signing told as a deed by its verb ("meneken", "menandatanganinya", "diteken"), not the noun.
_SIGNED_VERB = re.compile(
    r"(?<![\w-])(?i:(?:di|me|men)(?:[tn]anda\s?n?-?\s?tangan(?:i|kan)?|teken|eken)(?:nya)?)(?![\w-])"
)
SEPARATE = words_pattern(SEPARATE_CUES)
ENTERPRISE = words_pattern(ENTERPRISE_WORDS)
# Who may lead a regional enterprise's deal: an enterprise, or a region's own bank by name.
ENTERPRISE_ACTORS = words_pattern((*ENTERPRISE_WORDS, *REGIONAL_BANKS))
WITNESS = words_pattern(WITNESS_CUES)
FOREIGN_SCOPE = words_pattern(FOREIGN_SCOPE_CUES)
VISIT = words_pattern(VISIT_CUES)
SECURITY = words_pattern(SECURITY_ACTORS)
GRANT = words_pattern(GRANT_WORDS)
BOUNDARY = words_pattern(BOUNDARY_WORDS)
MINUTES = words_pattern(MINUTES_WORDS)
GOVERNMENT = words_pattern(GOVERNMENT_ACTORS)
EXPLORE = words_pattern(EXPLORE_CUES)
_FOREIGN_KINDS = {"country", "foreign_region", "foreign_city", "intl_org"}


def _foreign_context(doc: Doc, sentences: list[tuple[int, int]]) -> bool:
    """The partnership's own sentences speak of a foreign partner: a twin-city word, a
    diplomat or mission, or a foreign country, region or city the gazetteer knows."""
    for s, e in sentences:
        if FOREIGN_SCOPE.search(doc.text, s, e):
            return True
    return any(
        h.entry.kind in _FOREIGN_KINDS
        and h.entry.country not in ("ID", None)
        and any(s <= h.start < e for s, e in sentences)
        for h in doc.hits
    )


# Partners a page may name with no country ("Fluedtec", "Borås University"): their sentences
# tell whether they are abroad. A region, ministry, prosecutor or police is where it says.
_BARE_NAMED_KINDS = {"company", "university", "association"}


def _foreign_party(p: Party) -> bool:
    """A party abroad: a foreign country's body, an international organisation, or a town or
    region abroad whose country the gazetteer does not give."""
    return p.country not in ("ID", None) or p.kind in ("intl_org", "foreign_city", "foreign_region")


# Scale of the logistic score, set with benchmarks/calibration.py on the development set.
_SCALE = 1.4


def _score(features: dict[str, float]) -> float:
    """A logistic score over hand-set weights; see benchmarks for its calibration."""
    weights = {
        "bias": -3.0,
        "coop_sentences": 0.8,
        "linked_partner": 1.6,
        "instrument": 1.2,
        "lead_cue": 1.0,
        "title_cue": 0.8,
        "explore_cue": 0.8,
        "lead_link": 1.0,
        "partner_visit": 1.0,
        "negative": -2.5,
    }
    z = sum(weights[k] * v for k, v in features.items())
    return 1 / (1 + math.exp(-_SCALE * z))


# Events count once where the story names one in passing, twice where it returns to it: a
# story about a study visit or a coordination meeting, not about a partnership.
_EVENT_CAP = 2


def _negative_hits(
    doc: Doc,
    sentences: list[tuple[int, int]],
    partnered: bool,
    instrument: bool,
    abroad: list[Candidate],
) -> float:
    """Topic words of stories that are not government cooperation. Police and army words count
    only where no region works with a partner: a region's agreement with its police is one.
    Events about cooperation (a study visit, a coordination meeting, a training) count only
    where no instrument is spoken of, and at most _EVENT_CAP times; meetings never where the
    sentence names a partner abroad or an international body: a meeting held with it, or of
    the programme run with it, is that partnership at work."""
    hits = events = 0
    # a deal signed at an event ("meneken KAD ... dalam Capacity Building TPID Award"): the
    # signing, not the event, is the story, as where its document is named
    signed = instrument or any(_SIGNED_VERB.search(doc.text, s, e) for s, e in sentences)
    for s, e in sentences:
        # each topic once a sentence: "business to business (B2B)" is one mention
        for key in {key for key, _ in keyed_matches("negative", doc.text, s, e)}:
            if key in ("study", "ceremony"):
                events += not signed
            elif key == "event":
                events += not (signed or any(_mentions(c, (s, e)) for c in abroad))
            elif not (partnered and key == "security_forces"):
                hits += 1
    return min(hits + min(events, _EVENT_CAP), 3) / 1.5


def _enterprise_deal(doc: Doc, coop, story, home: Candidate, partners: list[Candidate]) -> bool:
    """Deals signed by a regional enterprise (BUMD, Perumda, Perseroda) with companies or other
    enterprises: every partner is a company and an enterprise is named where the deal is told,
    and the government never signs in its own name."""
    if not all(c.party.kind in _ENTERPRISE_PARTNER_KINDS for c in partners):
        return False
    sentences = sorted(set(coop) | set(story[:3]))
    if not any(ENTERPRISE.search(doc.text, s, e) for s, e in sentences):
        return False
    return not _government_signs(doc, home)


# How far before a region's linked mention its government form or head's title may stand
# ("antara Pemerintah Provinsi X", "oleh Bupati X").
_FORM_BEFORE = 25


def _government_signs(doc: Doc, home: Candidate) -> bool:
    """The region acts in its own name where the deal is told: after a link word ("antara",
    "dengan", "oleh", "dan") comes its government form or its head's title, with no enterprise
    word beside ("antara Pemprov X dengan PT Y", "oleh Bupati X"; not "dengan BUMD Pemprov X")."""
    for s, e in home.linked_at:
        start, sent_start = max(0, s - _FORM_BEFORE), doc.sentence_of(s)[0]
        before = doc.text[max(start, sent_start) : e]
        after = doc.text[e : e + _FORM_BEFORE]
        enterprise = ENTERPRISE.search(before) or ENTERPRISE.search(after)
        if GOVERNMENT.search(before) and not enterprise:
            return True
    return False


# Partners of a regional enterprise's deal: companies, or a country only named as their origin
# ("perusahaan Jepang", "mitra asal China"); a foreign government or a region is another story.
_ENTERPRISE_PARTNER_KINDS = {"company", "country", "intl_org"}


# Companies, cooperatives and business chambers; a country only as where investors come from.
_WITNESSED_KINDS = {"company", "association", "country"}


def _witnessed_deal(doc: Doc, home: Candidate, partners: list[Candidate]) -> bool:
    """A deal between companies that the region's head only witnesses ("disaksikan Gubernur"):
    every partner is a company, the region is never linked to them, and where it is named with
    the deal a witness word comes just before."""
    if home.linked or not all(c.party.kind in _WITNESSED_KINDS for c in partners):
        return False
    near = [doc.text[max(0, s - 60) : s] for s, _ in home.mentions]
    return any(WITNESS.search(t) for t in near) or _head_witnesses(doc)


def _heads(doc: Doc) -> list[str]:
    """The story's title, the headline found in its text, its lead, and the line it opens with
    where that stands above the lead (computed once per document: five checks ask)."""
    cached = doc.cache.get("heads")
    if cached is None:
        lead = lead_sentences(doc)
        cached = [doc.raw.title or "", *(doc.text[s:e] for s, e in lead)]
        if doc.marked.headline is not None:
            cached.append(doc.text[slice(*doc.marked.headline)])
        opening = opening_sentence(doc)
        if opening is not None and opening not in lead:
            cached.append(doc.text[slice(*opening)])
        doc.cache["heads"] = cached
    return cached  # type: ignore[return-value]


_HEAD_THEN_WITNESS = 40


def _head_witnesses(doc: Doc) -> bool:
    """The headline or lead has the region's head witness the signing ("Bupati Ani
    Menyaksikan Penandatanganan ..."): a head's title, then a witness word soon after."""
    texts = _heads(doc)
    for t in texts:
        for m in GOVERNMENT.finditer(t):
            if WITNESS.search(t, m.end(), m.end() + _HEAD_THEN_WITNESS):
                return True
    return False


def _led_by(doc: Doc, coop: list[tuple[int, int]], actors: re.Pattern[str]) -> bool:
    """The headline or lead names an actor of `actors` (police or army, a regional
    enterprise), and neither they nor the first cooperation sentences name a regional
    government acting (its form, its head): not where an office is contested ("Pemilihan
    Bupati"), the government acts through its enterprise, its head speaks or witnesses."""
    texts = _heads(doc)
    if not any(actors.search(t) for t in texts):
        return False
    for t in [*texts, *(doc.text[s:e] for s, e in coop[:2])]:
        for m in GOVERNMENT.finditer(t):
            if not (
                _contested(t, m.start())
                or _not_acting(t, m.start())
                or _acts_through_enterprise(t, m.end())
                or _speaks(t, m.end())
                or WITNESS.search(t, max(0, m.start() - _WITNESS_REACH), m.start())
            ):
                return False
    return True


def _contested(text: str, at: int) -> bool:
    """An office contested, not a government acting: "Pemilihan Bupati dan Wakil Bupati"."""
    for w in reversed(text[max(0, at - 40) : at].lower().split()):
        if w in CONTEST_LEADS:
            return True
        if not (w in _CONTEST_GAP or GOVERNMENT.fullmatch(w)):
            return False
    return False


def _speaks(text: str, end: int) -> bool:
    """The head is the one who speaks of the deal: "..., Gubernur Minta Optimalkan ..."."""
    after = text[end : end + 20].split()[:1]
    return bool(after) and (after[0].lower() in APPEAL_VERBS or after[0].lower() in SPEECH_VERBS)


def _not_acting(text: str, at: int) -> bool:
    """A government's form or head named in a venue, a legislature or as an owner, not acting:
    "di Kantor Gubernur", "DPRD Kabupaten X", "BUMD yang dimiliki oleh Pemprov X"."""
    before = text[max(0, at - 24) : at].lower().split()[-2:]
    if not before:
        return False
    last = before[-1]
    owner = last in OWNER_BEFORE or (
        last in ("oleh", "by") and len(before) == 2 and before[0] in OWNER_WORDS
    )
    return last in VENUE_WORDS or last in LEGISLATURE_WORDS or owner


_CONTEST_GAP = {"dan", "wakil", "serta"}
_WITNESS_REACH = 20  # "disaksikan (langsung oleh) Gubernur"
# How far after a government its enterprise may be named as the one acting for it
# ("Pemprov Sulsel dalam hal ini Perseroda", "Pemerintah Aceh melalui PT PEMA").
_THROUGH_REACH = 40


def _acts_through_enterprise(text: str, end: int) -> bool:
    return bool(ENTERPRISE.search(text[end : end + _THROUGH_REACH]))


def _grant_story(doc: Doc) -> bool:
    """A story about a grant (hibah, NPHD), not a cooperation agreement: its text speaks of the
    grant often, or its headline or lead does ("menandatangani proyek berupa dana hibah")."""
    story = doc.story_sentences()
    count = sum(len(GRANT.findall(doc.text, s, e)) for s, e in story)
    if count >= GRANT_STORY_MENTIONS:
        return True
    return count >= 1 and any(GRANT.search(t) for t in _heads(doc))


# How far before a document's name "berita acara" makes it the minutes of a settlement.
_MINUTES_REACH = 20


def _boundary_story(doc: Doc) -> bool:
    """A story about settling the boundary between regions (a Permendagri on it, its minutes
    signed): its title, headline or lead speaks of the boundary and names no cooperation
    document there other than the settlement's minutes ("Berita Acara Kesepakatan")."""
    heads = _heads(doc)
    if not any(BOUNDARY.search(t) for t in heads):
        return False
    for t in heads:
        for _, m in keyed_matches("instrument", t):
            if not MINUTES.search(t, max(0, m.start() - _MINUTES_REACH), m.start()):
                return False
    return True


# The opening sentences where a region named with its partner counts as the story's lead.
_LEAD_LINK_SENTENCES = 3


def _lead_link(doc: Doc, coop, homes: list[Candidate], partners: list[Candidate]) -> bool:
    """A cooperation sentence among the story's first names the region and a partner: the
    story opens on that partnership ("Pemkab A memperkuat kerja sama dengan Pemkab B")."""
    if not (homes and partners):
        return False
    opening = set(doc.story_sentences()[:_LEAD_LINK_SENTENCES]) | set(lead_sentences(doc))
    return any(
        _mentions(homes[0], sent) and any(_mentions(p, sent) for p in partners)
        for sent in coop
        if sent in opening
    )


def _visit_told(doc: Doc) -> bool:
    """The title or lead tells of a visit or an audience."""
    title = doc.raw.title or ""
    return bool(VISIT.search(title)) or any(VISIT.search(doc.text, *s) for s in lead_sentences(doc))


# Partners whose call on a region (or the region's on them) opens a partnership: abroad, an
# international body, a national agency or ministry (an audience of BMKG's or BPJS's head).
_VISITING_KINDS = {"intl_org", "agency", "ministry"}


def _partner_visit(doc: Doc, homes: list[Candidate], partners: list[Candidate]) -> bool:
    """A regional government visits, or is visited by, a partner abroad, an international
    organisation (an envoy, a mission, a bank's country director) or a national agency: the
    first step of a partnership ("explore"), told in the title or lead."""
    if not (homes and any(h.is_id_gov for h in homes)):
        return False
    visiting = any(p.is_foreign or p.party.kind in _VISITING_KINDS for p in partners)
    return visiting and _visit_told(doc)


def _lead_cue(doc: Doc) -> bool:
    low = lowered(doc.text)  # the cues of the whole text are found once, then asked by window
    return any(COOPERATION_WORDS.search(low, *sent) for sent in lead_sentences(doc))


def find_cooperations(doc: Doc) -> Doc:
    """Decide is_cooperation and build the records, one per partner of the Indonesian side."""
    coop = cooperation_sentences(doc)
    title = doc.raw.title or ""
    title_cue, lead_cue = bool(COOPERATION.search(title)), _lead_cue(doc)
    told = bool(coop) or title_cue or lead_cue
    # No sentence, title or lead tells of cooperation: no partner can be linked to a region,
    # so the parties are not looked for (most news is so; this keeps extraction fast).
    cands = collect_candidates(doc) if told else {}
    homes, partners, facilitators = choose_sides(doc, cands) if told else ([], [], [])
    story = doc.story_sentences()
    instrument = any(True for s, e in coop for _ in keyed_matches("instrument", doc.text, s, e))
    features = {
        "bias": 1.0,
        "coop_sentences": min(len(coop), 4) / 2,
        "linked_partner": float(bool(homes and partners)),
        "instrument": float(instrument),
        "lead_cue": float(lead_cue),
        "title_cue": float(title_cue),
        "explore_cue": float(any(EXPLORE.search(doc.text, *sent) for sent in coop)),
        "lead_link": float(_lead_link(doc, coop, homes, partners)),
        "partner_visit": float(bool(coop) and _partner_visit(doc, homes, partners)),
        "negative": _negative_hits(
            doc,
            sorted(set(coop) | set(story[:2])),
            bool(homes and partners),
            instrument,
            [c for c in partners if c.is_foreign or c.party.kind == "intl_org"] if homes else [],
        ),
    }
    flags = {
        "enterprise_deal": bool(homes and partners)
        and _enterprise_deal(doc, coop, story, homes[0], partners),
        "witnessed_deal": bool(homes and partners) and _witnessed_deal(doc, homes[0], partners),
        # police or army cooperation, a regional enterprise's deal: not the region's own
        "security_led": bool(homes and partners) and _led_by(doc, coop, SECURITY),
        "enterprise_led": bool(homes and partners) and _led_by(doc, coop, ENTERPRISE_ACTORS),
        "grant_story": bool(homes and partners) and _grant_story(doc),
        "boundary_story": bool(homes and partners) and _boundary_story(doc),
    }

    def model_inputs() -> dict[str, float]:
        """Inputs of the learned story model: built only where a model is asked or trained."""
        lead = lead_sentences(doc)
        visit = _visit_told(doc)
        unsure = {
            # Where rules are unsure: a visit or an audience with no instrument spoken of, and
            # a foreign envoy or mission calling on a region.
            "visit_no_instrument": visit and not instrument,
            "envoy_visit": visit
            and any(FOREIGN_SCOPE.search(doc.text, *sent) for sent in lead)
            and any(c.is_id_gov for c in homes),
        }
        sentences = sorted({*story[:3], *coop[:6]})
        return story_inputs(doc, features, partners, {**flags, **unsure}, sentences)

    doc.cache["story_inputs"] = model_inputs
    model = story_model()
    if model is not None:  # learned from the annotated real pages (scripts/train_story_model.py)
        score = model.probability(model_inputs())
        cut = model.threshold
    else:
        score, cut = _score(features), 0.5
        if any(flags.values()):
            # a regional enterprise, companies or police and army sign, or a grant is given:
            # not the region's cooperation
            score = min(score, 0.3)
    if not (homes and partners):
        score = min(score, 0.3)  # no government with a partner: not a cooperation record
    doc.cooperation_score = round(score, 3)
    doc.is_cooperation = score >= cut
    if not doc.is_cooperation:
        doc.cooperations = []
        return doc
    reading = read_stage(doc, coop)
    date = activity_date(doc, reading.evidence, coop)
    place = activity_place(doc, reading.evidence, coop)
    others = [c for c in cands.values() if c not in partners and c not in homes]
    involved = [*homes, *partners, *facilitators]
    pairs = told_pairs(doc, coop, involved)
    listed = told_pairs(doc, coop, involved, by_document=True)
    if several_homes(listed) and not several_homes(pairs):
        pairs = listed  # the documents listed pair by pair, each by its own name
    if several_homes(pairs):
        paired = {c.key for pair in pairs for c in pair}
        rest = [f for f in facilitators if f.key not in paired]
        doc.cooperations.extend(
            _pair_record(doc, home, partner, rest, reading, date, place, coop)
            for home, partner in pairs
        )
        return doc
    documents = _own_documents(doc, coop, partners)
    # two partners each named after a document of their own: separate documents
    separate = len(documents) >= 2 or separate_documents(pairs, partners)
    if not separate and _joint(doc, coop, homes, partners):
        doc.cooperations.append(
            _joint_record(doc, homes, partners, facilitators, reading, date, place, coop)
        )
        return doc
    for partner in partners:
        own = [
            sent
            for sent in coop
            if _mentions(partner, sent)
            or _mentions(homes[0], sent)
            or not any(_mentions(c, sent) for c in [*partners, *others])
        ]
        stage = _partner_stage(doc, coop, partner, partners, reading)
        if partner.key in documents and len(documents) >= 2:
            stage = replace(stage, instrument=documents[partner.key])
        rivals = [c for c in partners if c is not partner]
        record = _record(doc, homes, partner, facilitators, stage, date, place, own, rivals)
        # Where a sentence tells this partner's part beside another's ("dengan Kalbar di
        # bidang ..., dengan Sulsel ..."), its fields are its own: no neighbouring sentences.
        split = len(partners) > 1 and _own_fields(doc, partner, partners, coop)
        pool = sector_sentences(doc, own, lambda sent, p=partner: _mentions(p, sent), not split)
        segments = _partner_segments(partner, partners, pool) if len(partners) > 1 else None
        record.sectors = find_sectors(doc, pool, segments)  # type: ignore[assignment]
        doc.cooperations.append(record)
    return doc


# How far before a partner's mention its own document may be named ("perjanjian kerja sama
# dengan Balai X serta kesepakatan bersama dengan Pemkab Y").
_OWN_DOCUMENT_SPAN = 64
_DOCUMENT_THEN_PARTNER = re.compile(
    r"^\s+(?:kerja\s?sama\s+)?(?:(?:saja|pula|juga|lagi|only|also)\s+)?(?:dengan|with)\s+$",
    re.I,
)  # "kesepakatan bersama saja dengan Pemkab Y": that document only, with Y


def _own_documents(doc: Doc, coop, partners: list[Candidate]) -> dict[str, str]:
    """Partners given a document of their own in a cooperation sentence: a document's name
    right before "dengan <partner>" ("perjanjian kerja sama dengan Balai X, serta kesepakatan
    bersama dengan Pemkab Y"). Keyed by the partner's key; the first such mention decides."""
    out: dict[str, str] = {}
    for c in partners:
        for start, _ in sorted(c.mentions):
            sent = doc.sentence_of(start)
            if sent not in coop:
                continue
            near = max(sent[0], start - _OWN_DOCUMENT_SPAN)
            found = list(keyed_matches("instrument", doc.text, near, start))
            if found and _DOCUMENT_THEN_PARTNER.match(doc.text[found[-1][1].end() : start]):
                keys = {key for key, _ in found}
                # "kesepakatan bersama sekaligus perjanjian kerja sama dengan X": the MoU the
                # agreement carries out is the document
                out[c.key] = "mou" if {"mou", "agreement"} <= keys else found[-1][0]
                break
    return out


def _partner_stage(doc: Doc, coop, partner: Candidate, partners: list[Candidate], reading):
    """Each partnership its own stage: read from the sentences that do not speak only of
    the other partners (one was signed, another only offered); the article's reading where
    those sentences hold no stage word."""
    if len(partners) < 2:
        return reading
    others = [c for c in partners if c is not partner]
    # A partner the lead leaves out while naming others ("... menawarkan kerja sama" told
    # later of a third regency) has only the sentences that name it: the lead's unnamed
    # sentences speak of the partners it named.
    lead = coop[:3]
    late = not any(_mentions(partner, sent) for sent in lead) and any(
        _mentions(c, sent) for c in others for sent in lead
    )
    mine = [
        sent
        for sent in coop
        if _mentions(partner, sent) or not (late or any(_mentions(c, sent) for c in others))
    ]
    if not mine or mine == coop:
        return reading
    own = read_stage(doc, mine)
    return own if own.cued else reading


def _own_fields(doc: Doc, partner: Candidate, partners: list[Candidate], coop) -> bool:
    """A sentence gives this partner fields of its own: it names other partners too, and the
    part about this one (up to the next partner) names a sector."""
    shared = [sent for sent in coop if _mentions(partner, sent)]
    for a, b in _partner_segments(partner, partners, shared):
        if (a, b) not in shared and next(sector_matches(doc.text, a, b), None):
            return True
    return False


def _partner_segments(partner: Candidate, partners: list[Candidate], pool) -> list[tuple[int, int]]:
    """Where a sentence names several partners, the part that speaks of this one: from its
    mention to the next partner's ("dengan Kalbar di bidang perdagangan, dengan Sulsel ...")."""
    segments = []
    others = sorted(s for c in partners if c is not partner for s, _ in c.mentions)
    for s, e in pool:
        mine = [m for m, _ in partner.mentions if s <= m < e]
        if not any(s <= o < e for o in others):
            segments.append((s, e))
            continue
        for m in mine:
            nxt = next((o for o in others if o > m), e)
            segments.append((m, min(nxt, e)))
    return segments


_COUNTED_SIGNERS = re.compile(
    r"(?<![\w-])(?:[Ss]ebanyak[ \t]+)?(?:\d{1,2}|"
    + alternation(COUNT_WORDS)
    + r")[ \t]+(?i:"
    + alternation(COUNTED_SIGNERS)
    + r")[ \t]+(?:(?i:melakukan|telah|resmi|bersama)[ \t]+)?(?:"
    + "|".join(SIGN_STEMS)
    + r")(?![\w-])"
)


def _joint(doc: Doc, coop, homes, partners) -> bool:
    """Several partners in one document: a coordinated list of three or more, a ministry or
    agency with several regions, or a joint cue; never with a separate-documents cue."""
    if len(partners) < 2:
        return False
    text = " ".join(doc.text[s:e] for s, e in coop)
    if _COUNTED_SIGNERS.search(text):
        return True
    if SEPARATE.search(text):
        return False
    if JOINT.search(text):
        return True
    regions = [c for c in [*homes, *partners] if c.is_id_gov]
    if any(c.party.kind in ("ministry", "agency") for c in partners) and len(regions) >= 2:
        return True
    listed = [c for c in partners if c.coordinated >= 2]
    return bool(listed) and all(not c.is_foreign for c in partners) and homes[0].coordinated >= 2


def _joint_record(doc, homes, partners, facilitators, reading, date, place, coop) -> Cooperation:
    rec = _record(doc, homes, partners[0], facilitators, reading, date, place, coop)
    extra = [p.party for p in partners[1:]]
    parties = [*rec.parties, *extra]
    ids = [p for p in parties if p.country == "ID" and p.kind in ("province", "regency", "city")]
    rest = [p for p in parties if p not in ids]
    foreign = any(_foreign_party(p) for p in parties)
    pool = sector_sentences(doc, coop, lambda sent: any(_mentions(c, sent) for c in partners))
    return rec.model_copy(
        update={
            "parties": ids + rest,
            "scope": "foreign" if foreign else "domestic",
            "sectors": find_sectors(doc, pool),
        }
    )


def _pair_record(doc, home, partner, facilitators, reading, date, place, coop) -> Cooperation:
    """The record of one document told pair by pair: its two signers, the fields of the
    sentences that name them."""
    own = [sent for sent in coop if _mentions(partner, sent) and _mentions(home, sent)]
    rec = _record(doc, [home], partner, facilitators, reading, date, place, own)
    pool = sector_sentences(doc, own, lambda sent: _mentions(home, sent), neighbours=False)
    update: dict[str, object] = {"sectors": find_sectors(doc, pool)}
    document = pair_document(doc, home, partner)
    if document is not None:  # "PKS Dinas A dengan Dinas B": the document it was listed by
        update["instrument"] = document
    return rec.model_copy(update=update)


def _mentions(c: Candidate, sent: tuple[int, int]) -> bool:
    return any(sent[0] <= s < sent[1] for s, _ in c.mentions)


def _record(
    doc, homes, partner, facilitators, reading, date, place, sentences, others=()
) -> Cooperation:
    parties = [h.party for h in homes] + [partner.party]
    if partner.is_id_gov and not any(h.is_id_gov for h in homes):
        parties = [partner.party, *parties[:-1]]  # the region first, its common partner after
    own = [s for s in sentences if _mentions(partner, s)]
    evidence = sorted({*reading.evidence, *own})
    foreign = any(_foreign_party(p) for p in parties) or (
        partner.party.kind in _BARE_NAMED_KINDS
        and _foreign_context(doc, [s for s in own if not any(_mentions(c, s) for c in others)])
    )
    # Mapped onto the share of records found right at each level (benchmarks/calibration.py).
    raw = doc.cooperation_score * reading.strength + 0.05 * (partner.linked > 0)
    confidence = round(min(0.97, 0.45 + 0.55 * raw), 3)
    return Cooperation(
        parties=parties,
        facilitators=[f.party for f in facilitators],
        scope="foreign" if foreign else "domestic",
        instrument=reading.instrument,
        action=reading.action,
        sectors=find_sectors(doc, sentences or doc.story_sentences()[:1]),
        date=date.date.isoformat() if date and date.date else None,
        date_text=date.text if date else None,
        place=place,
        evidence=[Span(start=s, end=e) for s, e in evidence],
        confidence=confidence,
    )
