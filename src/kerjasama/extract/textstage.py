"""The text stage inside extraction: boilerplate, sentences, and a date printed in the page."""

from __future__ import annotations

from kerjasama.extract.doc import Doc
from kerjasama.text.boilerplate import mark_boilerplate
from kerjasama.text.dates import find_dates
from kerjasama.text.sentences import split_sentences


def mark_text(doc: Doc) -> Doc:
    """Mark boilerplate, split sentences, and take the publication date from page furniture."""
    doc.marked = mark_boilerplate(doc.text)
    doc.sentences = split_sentences(doc.text)
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
    """Every date in the story, resolved against the publication date."""
    doc.dates = [
        d
        for d in find_dates(doc.text, doc.published, doc.today)
        if not doc.in_boilerplate(d.start, d.end)
    ]
    return doc
