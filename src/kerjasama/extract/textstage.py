"""The text stage inside extraction: boilerplate, sentences, and a date printed in the page."""

from __future__ import annotations

import re

from kerjasama.extract.doc import Doc
from kerjasama.gazetteer import Entry, load_gazetteer
from kerjasama.lang.id.calendar import MONTHS, WEEKDAYS
from kerjasama.lang.id.outlets import NOT_A_CITY, OUTLET_WORD_PARTS, RUBRICS
from kerjasama.lang.id.places import CITY_STATES, PROVINCE_CAPITALS
from kerjasama.lang.id.towns import towns_named
from kerjasama.text.boilerplate import OUTLET_SHAPE, Marked, mark_boilerplate
from kerjasama.text.dates import find_dates
from kerjasama.text.sentences import split_sentences


def mark_text(doc: Doc) -> Doc:
    """Mark boilerplate, split sentences, and take the publication date from page furniture."""
    doc.marked = mark_boilerplate(doc.text)
    doc.sentences = split_sentences(doc.text)
    resolve_dateline(doc)
    if doc.published is None:
        for s, e in doc.marked.furniture_lines:
            for d in find_dates(doc.text[s:e], None, doc.today):
                if d.date and not d.weekday_only:
                    doc.published = d.date
                    break
            if doc.published:
                break
    return doc


def find_all_dates(doc: Doc) -> Doc:
    """Every date in the story, resolved against the publication date; a date written in the
    dateline ("BELU (8/7/2025) -") is the story's own."""
    heads = [(s, e) for kind, s, e in doc.marked.spans if kind == "dateline"]
    doc.dates = [
        d
        for d in find_dates(doc.text, doc.published, doc.today)
        if not doc.in_boilerplate(d.start, d.end) or any(s <= d.start < e for s, e in heads)
    ]
    return doc


def names_a_city(entry: Entry | None, surface: str) -> bool:
    """True when `surface`, read as `entry`, names a city or regency (a province named as its
    capital, "Jambi"; a city state, "Singapura")."""
    if entry is None:
        return False
    if entry.kind in ("city", "regency", "foreign_city"):
        return True
    if entry.kind == "province":
        capital = PROVINCE_CAPITALS.get(entry.code or "", "")
        return capital.lower() in surface.lower() or _capital_alias(surface, capital)
    return entry.kind == "country" and entry.code in CITY_STATES


def _capital_alias(surface: str, capital: str) -> bool:
    """The name is also the capital city's ("Jogja": the province and Kota Yogyakarta)."""
    city = load_gazetteer().lookup(surface, "city")
    return bool(capital) and city is not None and city.name.endswith(" " + capital)


def resolve_dateline(doc: Doc) -> None:
    """Check the dateline's names against the gazetteer: the first that names a city or
    regency is the dateline city ("REPUBLIKA.CO.ID, MEDAN", "BINTAN (KEPRI)"); a lone name
    that is no place is an outlet ("TPOST -"); an unknown name next to an outlet is a town."""
    marked = doc.marked
    head = doc.text[marked.dateline_start or 0 :][:80]
    parts = [
        _without_outlet_initials(p, head)
        for p in marked.dateline_parts
        if p.split()[0].lower() not in _NOT_PLACE
    ]
    marked.dateline_city = None
    if not parts:
        marked.dateline = None
        return
    gaz = load_gazetteer()
    entries = [(p, gaz.lookup(p)) for p in parts]
    city = next((p for p, e in entries if names_a_city(e, p)), None)
    if city is None and (marked.dateline_colon or marked.dateline_glued):
        # "PENDAPATAN DAERAH: ..." is a caption's label; "SEMARANG: ..." a dateline; so are
        # the words before a dash inside a line only where they name a known place
        city = next((p for p in parts if towns_named(p)), None)
        if city is None:
            if marked.dateline_glued:
                _unmark_glued(marked)
            marked.dateline = None
            return
    if city is None:
        # "MONITOR, Ibaraki –": a foreign region the gazetteer knows, beside an outlet's name
        city = next((p for p, e in entries if e is not None and e.kind == "foreign_region"), None)
    if city is None:
        unknown = [p for p, e in entries if e is None and _may_be_town(p, gaz)]
        if len(parts) == 1 and marked.dateline_outlet is None and unknown:
            # a lone name: a town when the data knows it or it is written in capitals
            # ("SOFIFI –"), else an outlet's name ("Satujuang-")
            head = doc.text[marked.dateline_start or 0 :][: len(parts[0]) + 8]
            if not towns_named(parts[0]) and parts[0].upper() not in head:
                unknown = []
        known = [p for p in unknown if towns_named(p)]
        if unknown and (marked.dateline_outlet is not None or len(parts) == 1):
            city = unknown[0]
        elif len(known) == 1:
            city = known[0]  # "TANJUNG SELOR, Koran Kaltara –": the town the data knows
        elif len(unknown) == 1 and len(parts) == 2:
            city = unknown[0]  # "SALAM PAPUA (TIMIKA) –": the other is an outlet's name
        elif not any(e for _, e in entries):
            marked.outlet = marked.outlet or parts[0]
            marked.dateline = None
            return
    marked.dateline_city = _FORMS.sub("", city) if city else None
    marked.dateline = marked.dateline_city or parts[0]


def _unmark_glued(marked: Marked) -> None:
    """A dateline inside a line that names no known place is none: the words before it,
    marked as a glued caption or headline, are story text again."""
    start = marked.dateline_start
    marked.spans = [
        (kind, s, e)
        for kind, s, e in marked.spans
        if not ((kind == "caption" and e == start) or (kind == "dateline" and s == start))
    ]
    marked.dateline_start = None


def _without_outlet_initials(part: str, head: str) -> str:
    """ "GP Boalemo –": an outlet's initials, written in capitals, before the town of its
    dateline."""
    first, _, rest = part.partition(" ")
    if not rest or not 2 <= len(first) <= 4 or f"{first.upper()} " not in head:
        return part
    return rest if names_a_city(load_gazetteer().lookup(rest), rest) else part


_NOT_PLACE = frozenset(WEEKDAYS) | frozenset(MONTHS) | NOT_A_CITY | RUBRICS
_FORMS = re.compile(r"^(?:Kota|Kabupaten|Kab|Pemkot|Pemkab|Pemko|Kecamatan)\.?\s+", re.I)


def _may_be_town(name: str, gaz) -> bool:
    """A dateline name not in the gazetteer that may still be a town ("SOFIFI", "Tobelo"):
    not an outlet's name ("TPost", "KabarMakassar", "MMC Kobar", "Kupas NTB")."""
    low = name.lower()
    if len(low) < 4 or OUTLET_SHAPE.search(name) or any(c.isdigit() for c in low):
        return False
    if any(part in low for part in OUTLET_WORD_PARTS):
        return False
    words = name.split()
    return len(words) == 1 or not any(
        (e := gaz.lookup(w)) and e.kind == "province" for w in words if len(w) <= 6
    )
