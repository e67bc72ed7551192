"""Normalise article text: line endings only (the record's text); and the reading copy the
extraction works on, with lines broken inside a sentence joined at the same offsets."""

from __future__ import annotations

import hashlib
import re

from kerjasama.text.boilerplate import page_furniture

# Spaces of other widths (no-break, thin, ideographic) are spaces; other line separators are
# line breaks. Both are whitespace to `article_id` already, so no id changes.
_OTHER_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_OTHER_BREAKS = "\u2028\u2029\x85\x0b\x0c"
# Replaced by patterns: `str.translate` looks every character up, ten times slower.
_SPACE_LIKE = re.compile(f"[{_OTHER_SPACES}]")
_BREAK_LIKE = re.compile(f"[{_OTHER_BREAKS}]")


def normalise_text(text: str) -> str:
    """Line endings to "\\n", other spaces to " ", whitespace at the ends trimmed: the record's
    text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if not text.isascii():
        text = _BREAK_LIKE.sub("\n", _SPACE_LIKE.sub(" ", text))
    return text.strip("\n ").rstrip()


# A line break inside a sentence: the line ends on a word or a comma and the next goes on in
# lower case (not a list item "b. ..."). Pages wrapped at a fixed width, or with each link on
# a line of its own, break their sentences so. (What follows the break; the blanks before it
# and the word or comma come from `_breaks`.)
_SOFT_NEXT = re.compile(r"[ \t]*(?![a-z][.)][ \t]|[\w-]+\.[a-z]{2,}\b)[a-z]")
# Any break after a word or a comma that is not the text's first line nor a list item: in a
# page wrapped at a fixed width, where such breaks are many, these are inside sentences too.
_OPEN_NEXT = re.compile(r"[ \t]*(?![a-z][.)][ \t]|[-•*][ \t]|[\w-]+\.[a-z]{2,}\b)\w")
_WORD_OR_COMMA = re.compile(r"[\w,]")


def _breaks(text: str, after: re.Pattern[str]) -> list[tuple[int, int]]:
    """The line breaks, each with the blanks before it, that follow a word or a comma and come
    before what `after` matches: what `(?<=[\\w,])[ \\t]*\\n(?=<after>)` finds, read from each
    line break instead of tried at every character."""
    found = []
    end = text.find("\n")
    while end != -1:
        start = end
        while start and text[start - 1] in " \t":
            start -= 1
        if start and _WORD_OR_COMMA.match(text, start - 1) and after.match(text, end + 1):
            found.append((start, end + 1))
        end = text.find("\n", end + 1)
    return found


def _blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span made spaces (same length, same offsets)."""
    parts, at = [], 0
    for start, end in spans:
        parts += (text[at:start], " " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)


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
    soft = len(_breaks(text, _SOFT_NEXT))
    if not soft:
        return text
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
            return _blank_out(text, _breaks(text, _OPEN_NEXT))  # the first line is wrapped too
        return head + _blank_out(rest, _breaks(rest, _OPEN_NEXT))
    return head + _blank_out(rest, _breaks(rest, _SOFT_NEXT))


def article_id(text: str) -> str:
    """Stable id: a hash of the text with whitespace folded, so re-ingesting is idempotent."""
    folded = " ".join(text.split())  # what _WS.sub(" ", text).strip() gives, faster
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]
