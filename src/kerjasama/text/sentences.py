"""Split article text into sentences with character offsets."""

from __future__ import annotations

import re

from kerjasama.lang.id.abbreviations import ABBREVIATIONS

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace
# and an upper-case letter, digit or opening quote; or at a line break. (What
# `[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+` matches, written to open with one
# character set, so the engine skips to the next end mark instead of trying every position.)
_END = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[.!?]*[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9]))")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Half-open (start, end) spans of the sentences in text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _END.finditer(text, start, end):
        if m.group(0)[0] == "." and _is_abbreviation(text, pos, m.start()):
            continue
        _add(text, spans, pos, m.end())
        pos = m.end()
    _add(text, spans, pos, end)
    return spans


def _word_before(text: str, low: int, dot: int) -> str | None:
    r"""The run of word characters and dots that ends at `dot`, from `low` at the earliest
    (what `([\w.]+)$` finds searched over text[low:dot]), by a walk back from the dot."""
    i = dot
    while i > low and ((c := text[i - 1]).isalnum() or c == "_" or c == "."):
        i -= 1
    return text[i:dot] if i < dot else None


def _is_abbreviation(text: str, sent_start: int, dot: int) -> bool:
    before = _word_before(text, max(sent_start, dot - 24), dot)  # a short window: no rescans
    if not before:
        return False
    word = before.lower()
    # Single letters are initials ("H. Akmal"), listed words are titles or "dll"; initials
    # ("H.M. Sanusi") and titles run together ("Dr.Ir.", "Prof.Dr.") are one abbreviation.
    if len(word) == 1 or word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if _INITIALS.fullmatch(word) is not None:
        return True
    parts = word.strip(".").split(".")
    if len(parts) > 1 and all(len(p) == 1 or p in ABBREVIATIONS for p in parts):
        return True
    return _initials_after_title(text, sent_start, dot, before)


_TITLE_BEFORE = re.compile(r"([A-Za-z]{1,5})\.\s+$")


def _initials_after_title(text: str, sent_start: int, dot: int, before: str) -> bool:
    """Capitals written as a name's initials after a dotted honorific ("Ir. SA. Supriono"):
    no sentence ends there (an acronym ending a sentence follows no honorific)."""
    if not (2 <= len(before) <= 3 and before.isalpha() and before.isupper()):
        return False
    m = _TITLE_BEFORE.search(text, max(sent_start, dot - len(before) - 8), dot - len(before))
    return m is not None and m.group(1).lower() in ABBREVIATIONS


def _add(text: str, spans: list[tuple[int, int]], s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
