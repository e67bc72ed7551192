"""Folding and normalising names, person names and role words for matching across articles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from kerjasama.lang.id.titles import HONORIFICS, SHORT_FORMS
from kerjasama.link.lexicon import (
    COMPASS_WORDS,
    ENGLISH_COMPASS,
    EXONYM_WORDS,
    FORM_PHRASES,
    FORM_WORDS,
)

_NON_WORD = re.compile(r"[^0-9a-z]+")
_DOTTED = re.compile(r"\b[A-Za-z]{1,3}(?:\.[A-Za-z]{1,4})+\b\.?")  # M.Si, S.Sos., Ph.D
_PARENS = re.compile(r"\([^)]*\)")


def most_frequent(counts: Mapping[str, int]) -> str:
    """The form written most often; ties go to the longest, then the first in sort order."""
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, accents dropped, anything but letters and digits turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", ascii_only.lower()).strip()


def _drop_phrases(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in FORM_PHRASES:
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _english_order(tokens: list[str]) -> list[str]:
    """English word order and spellings to Indonesian: "east java" -> "jawa timur"."""
    tokens = [EXONYM_WORDS.get(t, t) for t in tokens]
    if len(tokens) > 1 and tokens[0] in ENGLISH_COMPASS:
        return tokens[1:] + ENGLISH_COMPASS[tokens[0]].split()
    return tokens


@lru_cache(maxsize=200_000)
def normalise_name(name: str) -> str:
    """The name of a body without its form words: "Pemprov Kaltim" -> "kaltim".

    A name made only of form words ("Pemprov") keeps them, so it never folds to nothing.
    """
    tokens = fold(name).split()
    kept = [t for t in _drop_phrases(tokens) if t not in FORM_WORDS]
    if not kept:
        return " ".join(tokens)
    return " ".join(_english_order(kept))


_DOUBLED = re.compile(r"(.)\1+")
_COMPASS_SQUEEZED = {_DOUBLED.sub(r"\1", w): w for w in COMPASS_WORDS}


@lru_cache(maxsize=200_000)
def compass_words(key: str) -> frozenset[str]:
    """The compass words in a normalised name; names with different sets never match.

    A doubled letter is a typo the words survive: "Timmur" and "Tiimur" are "timur".
    """
    squeezed = (_DOUBLED.sub(r"\1", t) for t in key.split())
    return frozenset(_COMPASS_SQUEEZED[t] for t in squeezed if t in _COMPASS_SQUEEZED)


def _undot(match: re.Match[str]) -> str:
    """Undot: "M.Si" -> "MSi" (a degree), "Dr.Ir." -> "Dr Ir", "M.Yusuf" -> "M Yusuf"."""
    joined = match.group(0).replace(".", "")
    return f" {joined} " if joined.casefold() in HONORIFICS else match.group(0).replace(".", " ")


@lru_cache(maxsize=200_000)
def person_tokens(name: str) -> tuple[str, ...]:
    """A person's name as folded tokens, titles, honorifics and degrees dropped.

    "Dr. H. Awang Faroek Ishak, M.M." -> ("awang", "faroek", "ishak").
    """
    undotted = _DOTTED.sub(_undot, name)
    tokens = fold(undotted).split()
    kept = tuple(t for t in tokens if t not in HONORIFICS)
    return kept or tuple(tokens)


@lru_cache(maxsize=50_000)
def role_display(role: str) -> str:
    """A role as written, short forms expanded, asides dropped.

    "Pj. Gubernur (Kaltim)" -> "Penjabat Gubernur".
    """
    words = _PARENS.sub(" ", role).split()
    return " ".join(SHORT_FORMS.get(word.casefold(), word) for word in words)


@lru_cache(maxsize=50_000)
def role_key(role: str) -> str:
    """A role for comparing: expanded, folded, spaces dropped ("Walikota" = "Wali Kota")."""
    return fold(role_display(role)).replace(" ", "")
