"""Compiled word patterns over the language data, shared by the cooperation stages."""

from __future__ import annotations

import re
from functools import cache

from kerjasama.lang.id.cooperation import (
    ACTION_WORDS,
    COOPERATION_CUES,
    INSTRUMENT_WORDS,
    NEGATIVE_CUES,
    PLANNED_CUES,
)
from kerjasama.lang.id.sectors import SECTOR_WORDS
from kerjasama.text.literals import LOWERED, LiteralWords
from kerjasama.text.trie import trie_pattern


def alternation(words) -> str:
    """Regex source of the words as alternatives, longest first, a word's spaces matching any
    run of white space ("kerja sama" also across a line break)."""
    return "|".join(
        r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)
    )


def words_pattern(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """Case-insensitive alternation of whole words, longest first."""
    alts = {w.lower() for w in words}
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(alts) + r")(?![\w])", re.I)


COOPERATION = words_pattern(COOPERATION_CUES)
# The cues in lower-cased text, found with an automaton (every article is scanned for them).
COOPERATION_WORDS = LiteralWords({w.lower() for w in COOPERATION_CUES}, before="-", group=LOWERED)
PLANNED = words_pattern(PLANNED_CUES)


@cache
def keyed_pattern(table_name: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation over a {key: words} table, with a map from matched word to key."""
    table = {
        "instrument": INSTRUMENT_WORDS,
        "action": ACTION_WORDS,
        "sector": SECTOR_WORDS,
        "negative": NEGATIVE_CUES,
    }[table_name]
    lookup: dict[str, str] = {}
    for key, words in table.items():
        for w in words:
            lookup.setdefault(w.lower(), key)
    if table_name == "instrument":  # a document's name takes the clitic: "MoU-nya", "PKS-nya"
        alts = trie_pattern(set(lookup))
        return re.compile(rf"(?<![\w-])(?:{alts})(?:-?nya)?(?![\w])", re.I), lookup
    return words_pattern(list(lookup)), lookup


_CLITIC = re.compile(r"-?nya$", re.I)


def keyed_matches(table_name: str, text: str, start: int = 0, end: int | None = None):
    """Yield (key, match) for every word of the table in text[start:end]."""
    pattern, lookup = keyed_pattern(table_name)
    end = len(text) if end is None else end
    for m in pattern.finditer(text, start, end):
        word = m.group(0).lower()
        yield lookup.get(word) or lookup[_CLITIC.sub("", word)], m
