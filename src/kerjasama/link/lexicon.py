"""Language data for matching names of bodies: form words, compass words, English forms.

Titles, honorifics and role short forms come from `kerjasama.lang.id.titles`; these tables
are the ones it does not carry. Every entry is folded (lower case, no accents, no
punctuation), as `normalise.fold` produces.
"""

from __future__ import annotations

# Words naming the form of a government or body, not the body itself: "Pemprov Kaltim",
# "Provinsi Kalimantan Timur" and "Kalimantan Timur" are one name once these are dropped.
FORM_WORDS: frozenset[str] = frozenset(
    """
    pemerintah pemerintahan pemprov pemkab pemkot pemda pemdaprov prov propinsi provinsi
    kabupaten kab kota kotamadya kotamadia negara republik kerajaan bagian prefektur dki diy
    government govt province provincial regency city municipality municipal republic kingdom
    prefecture state of the
    pt tbk persero cv ltd inc corp co llc
    """.split()  # noqa: SIM905 - word lists read best as text
)

# Multi-word forms, dropped before the single words above.
FORM_PHRASES: tuple[tuple[str, ...], ...] = (
    ("daerah", "khusus", "ibukota"),
    ("daerah", "khusus", "ibu"),
    ("daerah", "istimewa"),
    ("pemerintah", "daerah"),
    ("special", "region"),
    ("special", "capital", "region"),
    ("people", "s"),
)

# Compass words: names that differ in one of them name different regions
# ("Sumatera Barat" and "Sumatera Utara" are close as strings, far apart on the map).
COMPASS_WORDS: frozenset[str] = frozenset(
    "timur barat utara selatan tengah tenggara daya laut darat".split()  # noqa: SIM905
)

# English compass words that come first in English ("East Kalimantan") and last in
# Indonesian ("Kalimantan Timur").
ENGLISH_COMPASS: dict[str, str] = {
    "east": "timur",
    "west": "barat",
    "north": "utara",
    "south": "selatan",
    "central": "tengah",
    "southeast": "tenggara",
    "southwest": "barat daya",
    "northeast": "timur laut",
    "northwest": "barat laut",
}

# English spellings of Indonesian name words.
EXONYM_WORDS: dict[str, str] = {
    "java": "jawa",
    "sumatra": "sumatera",
    "moluccas": "maluku",
    "celebes": "sulawesi",
}
