"""Acronyms defined in parentheses, either way round: "Ibu Kota Nusantara (IKN)", "IKN (...)"."""

from __future__ import annotations

import re

from kerjasama.extract.doc import Doc
from kerjasama.lang.id.acronyms import TRANSLATED_SHORT_FORMS
from kerjasama.record import Acronym

_PAREN = re.compile(r"\(\s*([^()\n]{1,60}?)\s*\)")
_SHORT = re.compile(r"^[A-Za-z][A-Za-z0-9&.-]{0,11}(?: \d{1,2}| [A-Z][A-Za-z]{1,10})?$")
_WORD = re.compile(r"[A-Za-z][\w&'-]*")


def _letters(short: str) -> str:
    return "".join(ch for ch in short.lower() if ch.isalpha())


def _long_form(short: str, before: str) -> str | None:
    """The shortest run of words ending `before` whose initial letters spell `short` in order.

    Each word must supply a prefix of itself (Pemerintah Provinsi -> Pem+prov; Kalimantan
    Timur -> Kal+tim); the first letter of the acronym must start the first word.
    """
    letters = _letters(short)
    if len(letters) < 2:
        return None
    words = [m for m in _WORD.finditer(before)][-max(len(letters) + 2, 3) :]
    for n in range(1, min(len(words), len(letters)) + 1):
        cand = words[-n:]
        if _spells(letters, [w.group(0).lower() for w in cand]):
            text = before[cand[0].start() :].strip()
            if text and text[0].isupper() and text.lower() != short.lower():
                return text
    return None


_JOINERS = frozenset({"dan", "and", "of", "&", "serta", "untuk", "the", "di"})


def _spells(letters: str, words: list[str]) -> bool:
    """True if `letters` can be split into non-empty prefixes of `words`, one per word.

    Joining words ("dan", "of") may give no letter.
    """
    if not words:
        return not letters
    if not letters:
        return False
    word = words[0]
    if word in _JOINERS and len(words) > 1 and _spells(letters, words[1:]):
        return True
    for k in range(min(len(word), len(letters)), 0, -1):
        if word.startswith(letters[:k]) and _spells(letters[k:], words[1:]):
            return True
    return False


def _translated(short: str, before: str) -> str | None:
    """ "nota kesepahaman (MoU)": a short form whose long form is a translation."""
    tail = before.rstrip().lower()
    for phrase in TRANSLATED_SHORT_FORMS.get(short.lower(), ()):
        if tail.endswith(phrase):
            return before.rstrip()[-len(phrase) :]
    return None


def find_acronyms(doc: Doc) -> Doc:
    """Fill doc.acronyms; the span covers the long form, the brackets and the short form."""
    seen: set[tuple[str, str]] = set()
    for m in _PAREN.finditer(doc.text):
        inner = m.group(1).strip()
        before = doc.text[max(0, m.start() - 120) : m.start()]
        if _SHORT.match(inner):
            long = _long_form(inner if not inner[-1].isdigit() else inner.split()[0], before)
            long = long or _translated(inner, before)
            if long:
                start = m.start() - len(before.rstrip()) + before.rstrip().rfind(long)
                _add(doc, seen, inner, long, start, m.end())
                continue
        # The other way round: "IKN (Ibu Kota Nusantara)".
        tail = re.search(r"([A-Z][A-Za-z0-9&.-]{1,11})\s*$", before)
        if tail and _long_form(tail.group(1), inner) == inner:
            start = m.start() - (len(before) - tail.start())
            _add(doc, seen, tail.group(1), inner, start, m.end())
    return doc


def _add(doc: Doc, seen: set, short: str, long: str, start: int, end: int) -> None:
    key = (short, long)
    if key in seen:
        return
    seen.add(key)
    doc.acronyms.append(Acronym(short=short, long=long, start=start, end=end))
