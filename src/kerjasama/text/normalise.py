"""Normalise article text: line endings only (the record's text); and the reading copy the
extraction works on, with lines broken inside a sentence joined at the same offsets."""

from __future__ import annotations

import hashlib
import re

from kerjasama.text.boilerplate import page_furniture

# Spaces of other widths (no-break, thin, ideographic) are spaces; other line separators are
# line breaks. Both are whitespace to `article_id` already, so no id changes.
_SPACES = str.maketrans(
    dict.fromkeys("\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))), " ")
    | dict.fromkeys("\u2028\u2029\x85\x0b\x0c", "\n")
)


def normalise_text(text: str) -> str:
    """Line endings to "\\n", other spaces to " ", whitespace at the ends trimmed: the record's
    text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if not text.isascii():
        text = text.translate(_SPACES)
    return text.strip("\n ").rstrip()


# A line break inside a sentence: the line ends on a word or a comma and the next goes on in
# lower case (not a list item "b. ..."). Pages wrapped at a fixed width, or with each link on
# a line of its own, break their sentences so.
_SOFT_BREAK = re.compile(r"(?<=[\w,])[ \t]*\n(?=[ \t]*(?![a-z][.)][ \t]|[\w-]+\.[a-z]{2,}\b)[a-z])")
# Any break after a word or a comma that is not the text's first line nor a list item: in a
# page wrapped at a fixed width, where such breaks are many, these are inside sentences too.
_OPEN_BREAK = re.compile(
    r"(?<=[\w,])[ \t]*\n(?=[ \t]*(?![a-z][.)][ \t]|[-•*][ \t]|[\w-]+\.[a-z]{2,}\b)\w)"
)
# A page is wrapped at a fixed width where this many of its line breaks go on in lower case,
# and at least this share of them.
_WRAPPED_BREAKS, _WRAPPED_SHARE = 5, 0.3
# ... and its first line is wrapped too where it is as long as most of its lines.
_WRAP_WIDTH_SHARE = 0.8


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")
_ANY_WORD = re.compile(r"[^\W\d_]+")


def _runs_as_sentence(line: str) -> bool:
    """Written in sentence case, as a lead is and a headline in title case is not: most of its
    words, and at least three long ones, in lower case."""
    lower = len(_LOWER_WORD.findall(line))
    return lower >= 3 and lower >= 0.5 * len(_ANY_WORD.findall(line))


def _first_line(text: str) -> tuple[int, int]:
    """Where the first line that is not page furniture starts, and where the next begins."""
    start = 0
    while True:
        end = text.find("\n", start) + 1
        if not end or not page_furniture(text[start:end]):
            return start, end
        start = end


def unwrap_lines(text: str) -> str:
    """The reading copy: lines broken inside a sentence joined, each break becoming one space,
    so every offset into it is an offset into `text` too."""
    if "\n" not in text:
        return text
    soft = len(_SOFT_BREAK.findall(text))
    if not soft:
        return text
    spaced = lambda m: " " * len(m.group(0))  # noqa: E731 - same length, same offsets
    # the first line stays apart where it may be a headline (then page furniture or the
    # outlet's dateline come next), not where it runs as a sentence does; so do the page's
    # menu, breadcrumb and share lines above it
    line, first = _first_line(text)
    head, rest = text[:first], text[first:]
    if _runs_as_sentence(text[line:first]):
        head, rest = "", text
    if soft >= _WRAPPED_BREAKS and soft >= _WRAPPED_SHARE * text.count("\n"):
        lengths = sorted(len(line) for line in text.split("\n"))
        if len(head) >= _WRAP_WIDTH_SHARE * lengths[len(lengths) // 2]:
            return _OPEN_BREAK.sub(spaced, text)  # the first line is wrapped at the width too
        return head + _OPEN_BREAK.sub(spaced, rest)
    return head + _SOFT_BREAK.sub(spaced, rest)


def article_id(text: str) -> str:
    """Stable id: a hash of the text with whitespace folded, so re-ingesting is idempotent."""
    folded = " ".join(text.split())  # what _WS.sub(" ", text).strip() gives, faster
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]
