"""Find and read date expressions in Indonesian and English news text."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

from kerjasama.lang.id.calendar import MONTH_FIRST_NAMES, MONTHS, WEEKDAYS
from kerjasama.text.case import lowered
from kerjasama.text.literals import LOWERED, LiteralWords
from kerjasama.text.trie import trie_pattern

_MONTH_ALT = trie_pattern(MONTHS)
_WEEKDAY_ALT = trie_pattern(WEEKDAYS)

# The patterns run over lower-cased text (same offsets), which is faster than IGNORECASE.
# "4 Desember 2023", "4 Des 2023", "9-10 Juni 2022", "4 Mei" (year optional)
# `\d(?<!\w\d)\d?` is `\b\d{1,2}` with the word-boundary test after the first digit: a pattern
# that opens with a digit lets the engine skip to the next digit instead of trying each position.
# "15 hingga 19 Januari", "1 s/d 3 Mei": a span of days, dated by its first
_DAY_SPAN = r"(?:\s*[-–]\s*|\s+(?:hingga|sampai(?:\s+dengan)?|s/d|s\.d\.?|sd|to|until)\s+)"
DAY_MONTH_YEAR = re.compile(
    rf"(?P<day>\d(?<!\w\d)\d?)(?:{_DAY_SPAN}(?P<day2>\d{{1,2}}))?\s+(?P<month>{_MONTH_ALT})\.?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
)
# "December 4, 2023"
MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
)
# "Kamis (4/5)", "Rabu (3/01/24)", "Kamis (08/05/2025)", "Senin", "Kamis, 24 Maret 2022"
# "Senin, (5/2/24)", "Senin 25/10/2021": a comma before the day, or no brackets, read the same;
# a space either side of a slash too ("Senin (29 / 1 / 2018)", as tokenised corpora write it)
WEEKDAY = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_ALT})\b(?:\s*,?\s*(?P<open>\()?(?P<d>\d{{1,2}}) ?/ ?(?P<m>\d{{1,2}})"
    rf"(?: ?/ ?(?P<y>\d{{2,4}}))?(?(open)\)|(?![/\d])))?",
)
# "(11/8/2022)" without a weekday
SLASH_DATE = re.compile(r"\((?P<d>\d{1,2}) ?/ ?(?P<m>\d{1,2}) ?/ ?(?P<y>\d{2,4})\)")
# "Di Jakarta (20/9), ...": a day and month in brackets with no weekday, placed by the
# publication date only
BARE_SLASH_DATE = re.compile(r"\((?P<d>\d{1,2}) ?/ ?(?P<m>\d{1,2})\)")
_BARE_BEFORE, _BARE_AFTER = 45, 7  # days from the publication date a bare pair may be
# "Rabu, 9-5-2018", "Senin 25.10.2021": day, month and a full year with dashes or dots
DASHED_DATE = re.compile(r"\b(?P<d>\d{1,2})([-.])(?P<m>\d{1,2})\2(?P<y>(?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
# (Both open with a character, not a look-behind or word boundary: the engine skips ahead.)
_SLASHED_YEAR = re.compile(r"\d(?<![\d/]\d)\d?/\d{1,2}/((?:19|20)\d\d)(?!\d)")
_NAMED_YEAR = re.compile(r"[ty](?<!\w[ty])(?:ahun|ear|h\.?)\s+((?:19|20)\d\d)\b")
# Where a weekday's name stands: WEEKDAY is tried there only (its `matches`).
_WEEKDAY_WORDS = LiteralWords(WEEKDAYS, group=LOWERED)
_MONTH_WORDS = LiteralWords(MONTHS, group=LOWERED)  # where the month-first patterns are tried
# "Feb 7", "on December 4" with no year (English writes the month first): the year from the
# publication date, as for "7 Feb". Only where the month is capitalised ("may 5" is a verb).
MONTH_DAY = re.compile(
    rf"(?P<month>{trie_pattern(MONTH_FIRST_NAMES)})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?![\w-]|[ \t]*,?[ \t]*\d)(?P<year>(?!))?"  # (no year: the group never takes part)
)
ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")
# Cheap tests (they open with a digit, so the engine skips ahead) that a text may hold a match
# of a pattern whose scan is slow: each matches wherever the pattern would.
_MAY_MONTH_DAY_YEAR = re.compile(r"\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d")
_MAY_DASHED = re.compile(r"\d([-.])\d{1,2}\1(?:19|20)\d")
_MAY_ISO = re.compile(r"\d-\d\d-\d")


@dataclass(slots=True)
class DateMention:
    """A date expression found in text and what it resolves to (None when it cannot be placed)."""

    start: int
    end: int
    text: str
    date: dt.date | None
    weekday_only: bool = False
    weekday_mismatch: bool = False


def _year(value: str | None) -> int | None:
    if not value:
        return None
    year = int(value)
    year = year + 2000 if year < 100 else year
    return year if 1900 <= year <= 2100 else None  # "(17/1/204)": a typo, no year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def place_day_month(
    day: int,
    month: int,
    weekday: int | None,
    base: dt.date | None,
    today: dt.date,
    year_hint: int | None = None,
) -> dt.date | None:
    """Give a day/month its year: from the publication date when known, else from the weekday.

    With a base date, the year is the one that puts the date nearest to it (news reports recent
    events). Without one, the weekday fixes the year: the latest year up to `today` on which
    that day and month fall on that weekday, near `year_hint` (a year the text states) if
    given.
    """
    if base is not None:
        candidates = [_safe_date(base.year + k, month, day) for k in (-1, 0, 1)]
        dates = [d for d in candidates if d is not None]
        return min(dates, key=lambda d: abs((d - base).days)) if dates else None
    if weekday is None:
        return None
    if year_hint is not None:
        # a year the text states elsewhere ("2-5 Februari 2018"): the nearest year to it on
        # which the day falls on the weekday
        for k in (0, -1, 1, -2, 2):
            date = _safe_date(year_hint + k, month, day)
            if date and date <= today and date.weekday() == weekday:
                return date
    for year in range(today.year, today.year - 30, -1):
        date = _safe_date(year, month, day)
        if date and date <= today and date.weekday() == weekday:
            return date
    return None


_ENGLISH_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def last_weekday(weekday: int, base: dt.date) -> dt.date:
    """The latest date on or before `base` that falls on `weekday`."""
    return base - dt.timedelta(days=(base.weekday() - weekday) % 7)


def find_dates(text: str, base: dt.date | None, today: dt.date) -> list[DateMention]:
    """Every date expression in `text`, resolved against `base` (publication date) and `today`."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    original = text
    text = lowered(original)  # (characters that grow when lower-cased are kept as written)

    def add(m: re.Match, date: dt.date | None, **flags: bool) -> None:
        # `taken` never overlaps itself and is kept sorted: only the neighbours can overlap.
        i = bisect_left(taken, (m.start(), m.end()))
        if (i > 0 and taken[i - 1][1] > m.start()) or (i < len(taken) and taken[i][0] < m.end()):
            return
        taken.insert(i, (m.start(), m.end()))
        found.append(DateMention(m.start(), m.end(), original[m.start() : m.end()], date, **flags))

    weekdays = list(_WEEKDAY_WORDS.matches(WEEKDAY, text))
    if not weekdays and not _DIGIT.search(text):
        return found
    hint = None
    # Every pass below but the weekday's and DAY_MONTH_YEAR's needs a year ("19xx", "20xx").
    has_year = _YEAR.search(text) is not None
    if base is None:
        first = DAY_MONTH_YEAR.search(text) if has_year else None
        while first and not first.group("year"):
            first = DAY_MONTH_YEAR.search(text, first.end())
        hint = int(first.group("year")) if first else None
        if hint is None:
            # "Jumat (25/9/2020)" in a caption beside "Jumat (25/9)" in the story
            slashed = _SLASHED_YEAR.search(text) if has_year else None
            hint = (
                int(slashed.group(1)) if slashed and int(slashed.group(1)) <= today.year else None
            )
        if hint is None:
            # "HUT ke-766 tahun 2016": a year the text names, when no date carries one
            named = _NAMED_YEAR.search(text) if has_year else None
            hint = int(named.group(1)) if named and int(named.group(1)) <= today.year else None
    dated: dict[int, dt.date] = {}  # per weekday, the date the text last gave it
    for m in weekdays:
        weekday = WEEKDAYS[m.group("weekday").lower()]
        if m.group("d"):
            day, month, year = int(m.group("d")), int(m.group("m")), _year(m.group("y"))
            date = (
                _safe_date(year, month, day)
                if year
                else place_day_month(day, month, weekday, base, today, hint)
            )
            english = m.group("weekday").lower() in _ENGLISH_DAYS
            if english and (date is None or date.weekday() != weekday):
                # "Sunday (10/07/2018)", "Tuesday (8/1)", "Friday (09/21/2018)" written month
                # first: the weekday says which (English pages only; Indonesian writes the day
                # first, a wrong weekday is a slip)
                swapped = (
                    _safe_date(year, day, month)
                    if year
                    else place_day_month(month, day, weekday, base, today, hint)
                )
                if swapped and swapped.weekday() == weekday:
                    date = swapped
            add(m, date, weekday_mismatch=bool(date and date.weekday() != weekday))
            if date and date.weekday() == weekday:
                dated[weekday] = date
            continue
        tail = text[m.end() : m.end() + 40]
        tail = tail.lstrip(" ,(")
        if DAY_MONTH_YEAR.match(tail) or MONTH_DAY_YEAR.match(tail) or DASHED_DATE.match(tail):
            continue  # "Kamis, 24 Maret 2022", "Monday, May 16, 2022": the date below carries it
        given = dated.get(weekday)
        if given and (base is None or abs((given - base).days) <= 7):
            add(m, given)  # "Senin (29/1/2018)" then "..., Senin": that Monday again
            continue
        add(m, last_weekday(weekday, base) if base else None, weekday_only=True)
    # "December 4, 2023" needs a year, "(11/8/2022)" a slash: skip passes that cannot match.
    passes = [DAY_MONTH_YEAR.finditer(text)]
    if has_year and _MAY_MONTH_DAY_YEAR.search(text):
        passes.append(_MONTH_WORDS.matches(MONTH_DAY_YEAR, text))
    if _DIGIT.search(text):
        passes.append(
            m for m in _MONTH_WORDS.matches(MONTH_DAY, text) if original[m.start()].isupper()
        )
    for found_pass in passes:
        for m in found_pass:
            month = MONTHS[m.group("month").lower().rstrip(".")]
            day, year = int(m.group("day")), _year(m.group("year"))
            if year:
                date = _safe_date(year, month, day)
            else:
                date = place_day_month(day, month, None, base, today)
            add(m, date)
    dashed = DASHED_DATE if has_year and _MAY_DASHED.search(text) else None
    iso = ISO_DATE if has_year and "-" in text and _MAY_ISO.search(text) else None
    for pattern in (SLASH_DATE if "/" in text else None, iso, dashed):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            year = _year(m.group("y"))
            date = _safe_date(year, int(m.group("m")), int(m.group("d"))) if year else None
            add(m, date)
    if base is not None and "/" in text:
        for m in BARE_SLASH_DATE.finditer(text):
            day, month = int(m.group("d")), int(m.group("m"))
            date = place_day_month(day, month, None, base, today) if 1 <= month <= 12 else None
            # news tells of the last weeks: a bracketed pair far from them is no date ("(1/2)")
            if date and -_BARE_BEFORE <= (date - base).days <= _BARE_AFTER:
                add(m, date)
    found.sort(key=lambda d: d.start)
    return found


def parse_published(value: str | None) -> dt.date | None:
    """Read a publication date given as metadata (ISO, with or without time, or news forms)."""
    if not value:
        return None
    value = value.strip()
    m = ISO_DATE.search(value)
    if m:
        return _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    for mention in find_dates(value, None, dt.date.today()):
        if mention.date and not mention.weekday_only:
            return mention.date
    import dateparser  # slow to import; only for forms the rules above do not read

    parsed = dateparser.parse(value, languages=["id", "en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None
