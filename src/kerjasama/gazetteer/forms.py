"""Government forms around a name: "Pemprov X", "Pemerintah Kota X", "Kabupaten X", "X Province".

All patterns run on folded text (lower case, no accents, one space between words; see
`normalize.fold`). A form tells which kind of entry a name means ("Kabupaten Bandung" is the
regency, "Kota Bandung" the city) and becomes part of the hit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_PROVINCE_KINDS = ("province", "foreign_region")
_REGENCY_KINDS = ("regency",)
_CITY_KINDS = ("city", "foreign_city", "foreign_region")
_PLACE_KINDS = ("province", "city", "regency", "country", "foreign_city", "foreign_region")
_ID_BODY_KINDS = ("ministry", "agency")

# group name -> (form reported in the hit, kinds the form may name, most preferred first)
FORM_KINDS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "pemprov": ("pemprov", _PROVINCE_KINDS),
    "pemkab": ("pemkab", _REGENCY_KINDS),
    "pemkot": ("pemkot", _CITY_KINDS),
    "provinsi": ("provinsi", _PROVINCE_KINDS),
    "state": ("provinsi", ("foreign_region",)),
    "kabupaten": ("kabupaten", _REGENCY_KINDS),
    "kota": ("kota", _CITY_KINDS),
    "pemerintah": ("pemerintah", _PLACE_KINDS),
    "republik": (None, _ID_BODY_KINDS),
}

_PAREN = r"(?: \([^()]{1,25}\))?"  # "Pemerintah Provinsi (Pemprov) Kaltim"
_GOV = r"pemerintah(?: daerah| rakyat)?" + _PAREN + " "
_PREFIX_CORE = (
    r"(?P<pemprov>" + _GOV + r"(?:provinsi|propinsi|prov\.|prefektur|negara bagian)"
    r"|pemprov|pemprop)"
    r"|(?P<pemkab>" + _GOV + r"(?:kabupaten(?: administrasi)?|kab\.?)|pemkab)"
    r"|(?P<pemkot>" + _GOV + r"kota(?: administrasi| metropolitan| khusus)?|pemkot|pemkota)"
    r"|(?P<provinsi>provinsi|propinsi|prov\.|prefektur|province of|prefecture of)"
    r"|(?P<state>negara bagian|negeri|daerah otonom|emirat|kanton|state of)"
    r"|(?P<kabupaten>kabupaten(?: administrasi)?|kab\.?)"
    r"|(?P<kota>(?<!wali )kota(?: administrasi| metropolitan| khusus)?|kotamadya|city of)"
    r"|(?P<pemerintah>pemerintah(?: daerah)?|pemda|pemerintahan|government of)"
)
_SUFFIX_CORE = (
    r"(?P<pemprov>provincial government|prefectural government|state government)"
    r"|(?P<pemkab>regency government|regency administration)"
    r"|(?P<pemkot>city government|municipal government|city administration)"
    r"|(?P<provinsi>province|prefecture|sheng)"
    r"|(?P<state>state|region|emirate)"
    r"|(?P<kabupaten>regency)"
    r"|(?P<kota>metropolitan city|city|municipality)"
    r"|(?P<republik>republik indonesia|ri)"
)
# Titles of heads of region: "Bupati Bandung" is the regent of the regency, "Wali Kota Bengkulu"
# the mayor of the city. They choose the entry but are not part of the hit.
_TITLE_CORE = (
    r"(?P<kabupaten>bupati|wabup|regent(?: of)?)"
    r"|(?P<kota>wali ?kota|walkot|wawali|mayor(?: of)?)"
    r"|(?P<provinsi>gubernur|wagub|governor(?: of)?)"
)
_TITLE_BEFORE = re.compile(r"(?<![a-z0-9])(?:" + _TITLE_CORE + ")" + _PAREN + " $")
_PREFIX_BEFORE = re.compile(r"(?<![a-z0-9'])(?:" + _PREFIX_CORE + ")" + _PAREN + " $")
_SUFFIX_AFTER = re.compile(" (?:" + _SUFFIX_CORE + r")(?![a-z0-9])")
_PREFIX_START = re.compile("^(?:" + _PREFIX_CORE + ")" + _PAREN + " ")
_SUFFIX_END = re.compile(" (?:" + _SUFFIX_CORE + ")$")
_PREFIX_WINDOW = 70


class Form(NamedTuple):
    """A government form found next to a name; start/end are folded-text offsets."""

    form: str | None
    kinds: tuple[str, ...]
    start: int
    end: int


def _form(match: re.Match[str] | None) -> Form | None:
    if match is None or match.lastgroup is None:
        return None
    form, kinds = FORM_KINDS[match.lastgroup]
    return Form(form, kinds, match.start(), match.end())


# The last word of every form and title the patterns above know (what stands right before
# the space before the name): a name after any other word has no form, and the patterns'
# slow windowed search is skipped. tests/gazetteer checks the two agree.
PREFIX_LAST_WORDS = frozenset(
    """provinsi propinsi prefektur bagian pemprov pemprop kabupaten administrasi pemkab kota
    metropolitan khusus pemkot pemkota prov. of negeri otonom emirat kanton kab kab. kotamadya
    pemerintah daerah pemda pemerintahan""".split()
)
TITLE_LAST_WORDS = frozenset(
    "bupati wabup regent kota walikota walkot wawali mayor gubernur wagub governor of".split()
)
_PREFIX_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'")
_TITLE_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _may_follow_form(folded: str, start: int, last_words: frozenset[str], chars) -> bool:
    """Whether folded text before `start` ends as a form does: a space after a closing bracket
    ("(pemprov) "), or after a word in `last_words` (the run of `chars`, with a final dot,
    that ends there)."""
    end = start - 1
    if end < 1 or folded[end] != " ":
        return False
    if folded[end - 1] == ")":
        return True
    i = end - 1 if folded[end - 1] == "." else end
    while i > 0 and folded[i - 1] in chars:
        i -= 1
    return folded[i:end] in last_words


def prefix_before(folded: str, start: int) -> Form | None:
    """The form that ends right before folded offset `start` ("pemerintah kota " + name)."""
    if not _may_follow_form(folded, start, PREFIX_LAST_WORDS, _PREFIX_WORD_CHARS):
        return None
    return _form(_PREFIX_BEFORE.search(folded, max(0, start - _PREFIX_WINDOW), start))


def may_end_with_title(raw: str) -> bool:
    """Whether unfolded text ending in a space may end with a title (titles are plain ASCII
    words, so lower-casing is folding enough): a cheap test before folding it."""
    lowered = raw[:-1].lower() + " "
    return _may_follow_form(lowered, len(lowered), TITLE_LAST_WORDS, _TITLE_WORD_CHARS)


def title_before(folded: str, start: int) -> Form | None:
    """The title of a head of region right before folded offset `start` ("bupati " + name);
    its kinds choose among same-named entries, and form is None: the title is no government."""
    if not _may_follow_form(folded, start, TITLE_LAST_WORDS, _TITLE_WORD_CHARS):
        return None
    found = _form(_TITLE_BEFORE.search(folded, max(0, start - 30), start))
    return found._replace(form=None) if found else None


def suffix_after(folded: str, end: int) -> Form | None:
    """The form that starts right after folded offset `end` (name + " province")."""
    return _form(_SUFFIX_AFTER.match(folded, end))


def strip_forms(folded: str) -> list[tuple[str, Form | None]]:
    """Readings of a folded name without its form words, each with the form it had.

    "pemprov kaltim" -> [("kaltim", pemprov)]; "anhui province" -> [("anhui", provinsi)];
    "kementerian luar negeri republik indonesia" -> [("kementerian luar negeri", None-form)].
    """
    readings: list[tuple[str, Form | None]] = []
    prefix = _form(_PREFIX_START.match(folded))
    rest = folded[prefix.end :] if prefix else folded
    if prefix:
        readings.append((rest, prefix))
    suffix = _form(_SUFFIX_END.search(rest))
    if suffix:
        readings.append((rest[: suffix.start], prefix or suffix))
    return [(text.strip(), form) for text, form in readings if text.strip()]
