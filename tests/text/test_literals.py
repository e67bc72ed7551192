"""`LiteralWords` finds what the regular expression it replaces finds, window for window."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kerjasama.text.literals import LiteralWords
from kerjasama.text.trie import trie_pattern

WORDS = ["kerja sama", "kerjasama", "kerja", "mou", "sama", "mou-nya", "a1", "lain"]
# Invented text: words inside longer words, after hyphens, glued to punctuation, prefixes
# of each other, at the very start and end.
TEXT = (
    "kerja sama-kerja samanya: mou,mou-nya bekerjasama kerjasama_x (kerja) sama\n"
    "-mou a1b a1 kerja  sama kerja sama lain-lain lain"
)


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None):
    end = len(text) if endpos is None else endpos
    return [m.span() for m in pattern.finditer(text, pos, end)]


def _boundary(words) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + trie_pattern(words) + r")\b")


def _guarded(words, before: str, after: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w{re.escape(before)}])(?:" + trie_pattern(words) + rf")(?![\w{re.escape(after)}])"
    )


@pytest.mark.parametrize(("before", "after"), [("", ""), ("-", ""), ("-", "-"), ("'’-", "'’-")])
def test_guarded_words_match_as_the_look_around_pattern(before: str, after: str) -> None:
    finder = LiteralWords(WORDS, before=before, after=after)
    pattern = _guarded(WORDS, before, after)
    assert _spans(pattern, TEXT)  # the fixture has matches
    for pos in range(0, len(TEXT), 7):
        for endpos in (len(TEXT), pos + 9, pos + 30):
            endpos = min(endpos, len(TEXT))
            assert list(finder.finditer(TEXT, pos, endpos)) == _spans(pattern, TEXT, pos, endpos)
            first = pattern.search(TEXT, pos, endpos)
            assert finder.search(TEXT, pos, endpos) == (first.span() if first else None)


def test_boundary_words_match_as_the_word_boundary_pattern() -> None:
    words = [*WORDS, "Pj.", "Dr.", "Pj", ".com"]  # words that open or close with no letter
    text = TEXT + " Pj. Gubernur, Pj.Bupati Dr.x ku.com x .com"
    finder, pattern = LiteralWords(words), _boundary(words)
    for pos in range(0, len(text), 5):
        assert list(finder.finditer(text, pos)) == _spans(pattern, text, pos)


def test_a_guarded_word_must_open_and_close_with_a_letter() -> None:
    with pytest.raises(ValueError, match="Pj."):
        LiteralWords(["Pj."], before="-")


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab -_.\n", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_any_text_and_window(text: str, pos: int, length: int) -> None:
    words = ["a", "ab", "a b", "ba", "b.a", "bab"]
    endpos = min(len(text), pos + length)
    pos = min(pos, endpos)
    for finder, pattern in (
        (LiteralWords(words), _boundary(words)),
        (LiteralWords(["a", "ab", "a b", "ba"], before="-", after="."), None),
    ):
        pattern = pattern or _guarded(["a", "ab", "a b", "ba"], "-", ".")
        assert list(finder.finditer(text, pos, endpos)) == _spans(pattern, text, pos, endpos)


def test_matches_of_a_pattern_tried_only_where_its_words_stand() -> None:
    words = ["PT", "PT.", "Bank", "Bank Jateng"]
    pattern = re.compile(r"\b(?P<lead>" + trie_pattern(words) + r")\s+(?:[A-Z]\w*\s*){0,2}")
    text = "PT. Aneka dan PT Timah, xPT Bank Jateng Baru BankX Bank  Dunia PTPT PT.\nSatu"
    found = [m.span() for m in LiteralWords(words).matches(pattern, text)]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert len(found) >= 4


def test_sets_sharing_a_group_find_what_each_finds_alone() -> None:
    from kerjasama.text.literals import WordGroup

    group = WordGroup()
    shared = [
        LiteralWords(WORDS, before="-", group=group),
        LiteralWords(["sama", "lain", "Pj."], group=group),  # "sama" in both sets
        LiteralWords(["kerja", "mou"], before="(", after=")", group=group),
    ]
    alone = [
        LiteralWords(WORDS, before="-"),
        LiteralWords(["sama", "lain", "Pj."]),
        LiteralWords(["kerja", "mou"], before="(", after=")"),
    ]
    for text in (TEXT, TEXT.upper(), TEXT + " Pj. (mou) (kerja"):
        for a, b in zip(shared, alone, strict=True):
            assert list(a.finditer(text)) == list(b.finditer(text))
            assert list(a.finditer(text, 5, 40)) == list(b.finditer(text, 5, 40))
    assert list(shared[1].finditer(TEXT))  # the fixture has matches of the second set


def test_the_stages_word_sets_match_their_patterns_on_the_development_articles() -> None:
    """Each word set the stages search with an automaton finds what the regular expression
    over the same words found before, on the team's articles (their language data may grow)."""
    from pathlib import Path

    from kerjasama.extract import entities, people, statistical
    from kerjasama.extract.cues import COOPERATION_WORDS
    from kerjasama.lang.id.cooperation import COOPERATION_CUES
    from kerjasama.lang.id.organisations import ORG_TAILS
    from kerjasama.lang.id.titles import (
        LED_BY_WORDS,
        LIST_MARKERS,
        LOWER_CASE_HEADS,
        SHORT_FORMS,
        TITLE_HEADS,
    )
    from kerjasama.text.case import lowered

    heads = (
        {w.capitalize() for w in TITLE_HEADS | set(SHORT_FORMS)}
        | {w.upper() for w in SHORT_FORMS}
        | set(LOWER_CASE_HEADS)
        | set(LED_BY_WORDS)
    )
    cases = [  # (finder, the pattern it replaces, searched in lower-cased text)
        (people._TITLE_HEAD, _boundary(heads), False),
        (people._LIST_MARKER, re.compile(r"\b(?:" + "|".join(LIST_MARKERS) + r")\b"), False),
        (people._GROUP_NOUN, _boundary(people._GROUP_NOUNS), False),
        (entities._TAIL_WORDS, _boundary(ORG_TAILS), False),
        (COOPERATION_WORDS, _guarded({w.lower() for w in COOPERATION_CUES}, "-", ""), True),
        (statistical._HEAD_WORD, _guarded({w.lower() for w in TITLE_HEADS}, "'’-", "'’-"), True),
    ]
    folder = Path(__file__).resolve().parents[1] / "devset" / "articles"
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    assert texts
    # invented edges: words after a hyphen or before an apostrophe, glued, in capitals
    texts.append("pasca-MoU, non-kerjasama; Wakil-Gubernur Gubernur’s BUPATI-nya Bupati's PT.X")
    for finder, pattern, low in cases:
        found = 0
        for text in texts:
            text = lowered(text) if low else text
            spans = _spans(pattern, text)
            assert list(finder.finditer(text)) == spans
            found += len(spans)
        assert found, pattern.pattern[:40]  # each set occurs in the articles
