"""Mark boilerplate in article text: dateline, related-article lines, credit tags, captions.

Boilerplate is marked, not removed: spans index into the text as ingested.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kerjasama.lang.id.outlets import (
    BYLINE_LEADS,
    CAPTION_LEADS,
    COPYRIGHT_WORDS,
    CREDIT_END_MARKS,
    OUTLET_WORD_PARTS,
    OUTLETS,
    PHOTO_CREDIT_PREFIXES,
    RELATED_HEADERS,
    RELATED_LEADS,
    RELAYED_LEADS,
    SHARE_LEADS,
    SHARE_NETWORKS,
    TAG_LEADS,
)
from kerjasama.text.spans import Spans

DATELINE = re.compile(
    r"(?P<site>[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:co\.id|com|co|id|net|org)\s*,\s*)?"
    r"(?P<city>[A-Z][A-Za-z'’.]+(?:[ -][A-Z][A-Za-z'’.]+){0,2})"
    r"(?:\s*,\s*(?:(?P<named>[A-Z]{2,}[\w.]*(?: [A-Z][\w.]+)?)|Indonesia"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    r"\s*(?:\((?P<outlet>[A-Za-z][\w .-]{0,30})\))?"
    r"\s*(?:[-–—](?:\s?[-–—])?|:)\s+(?=\S)"
)
# The look-behind stands after the city's first letter, so the pattern opens with a letter
# class and the engine skips to capitals instead of testing every position.
GLUED_DATELINE = re.compile(
    r"(?P<city>[A-Z](?<=[a-z.”\"][A-Z])[A-Z]{3,}(?: [A-Z]{3,})?)\s*(?:\([A-Za-z ]+\)\s*)?[-–—]\s"
)
CREDIT_TAG = re.compile(
    r"\((?P<credit>\*{1,2}|[A-Za-z][\w .&-]*(?:/[\w .&-]+)+|[A-Za-z]{2,5})\)\s*$"
)
FURNITURE = re.compile(r"[•|]")
# Between the pages of a breadcrumb trail: ">", "»", "›", or a slash with spaces around it
# ("Home / Berita"; "Dinas PUPR/Bappeda/BPKAD Teken MoU" is a headline).
_BREADCRUMB_SPLIT = re.compile(r"\s*[>»›]\s*|\s+[/\\]\s+")
_SHARE_WORD = re.compile(r"[\w-]+")
_TRAIL_PART_WORDS, _TRAIL_WORDS = 4, 14  # a breadcrumb: short parts, a short line
DISKOMINFO = re.compile(r"diskominfo\s*([a-z]+)", re.IGNORECASE)


@dataclass(slots=True)
class Marked:
    """What the boilerplate pass found in one text."""

    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, start, end)
    related_titles: list[str] = field(default_factory=list)
    dateline: str | None = None
    outlet: str | None = None
    credit: str | None = None
    furniture_lines: list[tuple[int, int]] = field(default_factory=list)
    headline: tuple[int, int] | None = None
    dateline_parts: list[str] = field(default_factory=list)
    dateline_start: int | None = None
    dateline_city: str | None = None
    dateline_outlet: str | None = None
    dateline_colon: bool = False  # "SEMARANG: ...": kept only if the name is a known place
    dateline_glued: bool = False  # inside a line, after a caption or headline: likewise

    _index: tuple[int, Spans] | None = field(default=None, repr=False, compare=False)

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a marked span."""
        if self._index is None or self._index[0] != len(self.spans):
            self._index = (len(self.spans), Spans((s, e) for _, s, e in self.spans))
        return self._index[1].covers(start, end)


# A page's date label opening a line, the story running on after it ("date 2024-05-02
# contoh.com, KOTA - ..."): the label is a line of its own.
_DATE_LABEL = re.compile(r"[ \t]*date[ \t]+(?:19|20)\d\d-\d\d(?:-\d\d)?[ \t]+(?=\S)")
_DATE_LABEL_LINE = re.compile(r"date[ \t]+(?:19|20)\d\d-\d\d(?:-\d\d)?")  # the line stripped


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        label = _DATE_LABEL.match(line) if line[:8].lstrip().startswith("date") else None
        if label is not None:
            out.append((pos, pos + label.end()))
            out.append((pos + label.end(), pos + len(line)))
        else:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _outlet_name(raw: str) -> str:
    low = raw.strip().lower()
    if low in OUTLETS:
        return OUTLETS[low]
    m = DISKOMINFO.fullmatch(low.replace(" ", ""))
    if m:
        return f"Diskominfo {m.group(1).capitalize()}"
    return raw.strip()


def _city_name(raw: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in raw.split())


def mark_boilerplate(text: str) -> Marked:
    """Find dateline, related lines, credit tag, captions and furniture lines in `text`."""
    marked = Marked()
    lines = _lines(text)
    first_story = _mark_lines(text, lines, marked)
    if first_story is not None:
        _mark_dateline(text, first_story, marked)
    for m in GLUED_DATELINE.finditer(text):
        if not marked.covers(m.start(), m.end()):
            marked.spans.append(("dateline", m.start(), m.end()))
    _mark_credit(text, lines, marked)
    marked.spans.sort(key=lambda s: s[1])
    return marked


def _mark_lines(text: str, lines: list[tuple[int, int]], marked: Marked) -> int | None:
    """Related, caption and furniture lines; returns the start of the first story line."""
    first_story: int | None = None
    skip_next = False
    in_block = False  # below a header of related titles ("Berita Terkait")
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        low = line.lower()
        if skip_next:
            skip_next = False
            if line:
                marked.spans.append(("related", s, e))
                marked.related_titles.append(line)
                continue
        if not line:
            continue
        if in_block and _title_like(line) and not _is_caption(low):
            marked.spans.append(("related", s, e))
            marked.related_titles.append(line)
            continue
        in_block = False
        if first_story is not None and low.rstrip(" :") in RELATED_HEADERS:
            marked.spans.append(("related", s, e))
            in_block = True
            continue
        if low.startswith(TAG_LEADS) and line.split(":", 1)[1].strip():
            marked.spans.append(("credit", s, e))
            marked.furniture_lines.append((s, e))
            continue
        lead = next((w for w in RELATED_LEADS if low.startswith(w)), None)
        if lead:
            title = line[len(lead) :].lstrip(" :").strip()
            marked.spans.append(("related", s, e))
            if title:
                marked.related_titles.append(title)
            else:
                skip_next = i + 1 < len(lines)
            continue
        if _is_caption(low):
            marked.spans.append(("caption", s, e))
            continue
        if _is_furniture(line, low, first_story is None):
            marked.spans.append(("credit", s, e))
            marked.furniture_lines.append((s, e))
            if low.startswith(RELAYED_LEADS) and marked.outlet is None:
                marked.outlet = _outlet_name(line.split(maxsplit=2)[-1].rstrip(". "))
            continue
        if first_story is None:
            if _title_like(line) and _next_line(text, lines, i) == line:
                marked.spans.append(("credit", s, e))  # the page's title written twice
                marked.furniture_lines.append((s, e))
                continue
            if marked.headline is None and _is_headline(text, lines, i):
                marked.headline = (s, e)
                continue
            first_story = s
    return first_story


def _next_line(text: str, lines: list[tuple[int, int]], i: int) -> str:
    return next((text[a:b].strip() for a, b in lines[i + 1 :] if text[a:b].strip()), "")


_TITLE_WORDS = 20


def _title_like(line: str) -> bool:
    """A line that may be an article's title or its date: short, no sentence's end."""
    return len(line.split()) <= _TITLE_WORDS and not line.endswith((".", "!", "?", '"', "”"))


def _is_headline(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """A first line that is the page's headline: short, no closing full stop, and followed by
    furniture or a dateline."""
    s, e = lines[i]
    line = text[s:e].strip()
    words = line.split()
    nxt = next((text[a:b].strip() for a, b in lines[i + 1 :] if text[a:b].strip()), "")
    # "Walikota X Menerima Kunjungan Delegasi." above a date line of furniture: a headline in
    # title case may end with a dot (a caption so written stands above the dateline instead)
    titled = sum(w[:1].isupper() for w in words) >= _TITLE_CASE_SHARE * len(words)
    dotted = line.endswith(".") and not (titled and FURNITURE.search(nxt))
    if len(words) > 25 or dotted or line.endswith(('"', "”", ")")) or line.isupper():
        return False
    if FURNITURE.search(nxt) or _DATE_LABEL_LINE.fullmatch(nxt):
        return True
    return bool(DATELINE.match(nxt)) and len(nxt) > 80


def _is_caption(low: str) -> bool:
    if low.startswith(CAPTION_LEADS):
        return True
    tail = low[-60:]
    return any(p in tail for p in PHOTO_CREDIT_PREFIXES) and not low.endswith((".", '"', "”"))


_TITLE_CASE_SHARE = 0.7
_LABEL_WORDS = 3  # "Notification", "Indeks Berita", "Tag Terpopuler" above the story


def _is_furniture(line: str, low: str, before_story: bool) -> bool:
    if _DATE_LABEL_LINE.fullmatch(line):
        return True
    if any(w in low for w in COPYRIGHT_WORDS) and len(line) < 120:
        return True
    if low.startswith(RELAYED_LEADS) and len(line) < 80:
        return True
    return before_story and page_furniture(line)


def page_furniture(line: str) -> bool:
    """A line of the page above the story: a menu item or a label (a few words, no sentence),
    an author/date line ("Nama Penulis • 26 Januari 2023 • 3:58pm"), a breadcrumb trail or a
    share bar."""
    line = line.strip()
    if len(line.split()) <= _LABEL_WORDS and not line.endswith((".", "!", "?")):
        return True
    if FURNITURE.search(line) and len(line) < 120:
        return True
    return _breadcrumb(line) or _share_bar(line.lower()) or _byline(line)


_BYLINE_WORDS = 10


def _byline(line: str) -> bool:
    """A byline ("Oleh Andi Saputra, Wartawan Daerah", "Reporter: Andi"): a byline word, then
    a short line of names (capitalised) with no sentence's end."""
    words = line.split()
    first = words[0].lower().rstrip(":")
    rest = [w for w in words[1:] if w != ":"]
    return (
        first in BYLINE_LEADS
        and 0 < len(rest) <= _BYLINE_WORDS
        and rest[0][:1].isupper()
        and not line.endswith((".", "!", "?"))
    )


def _breadcrumb(line: str) -> bool:
    """A trail of short page names joined by ">", "»" or "/" ("Home > Daerah > Berita")."""
    parts = [p.split() for p in _BREADCRUMB_SPLIT.split(line)]
    return (
        len(parts) >= 3
        and all(0 < len(p) <= _TRAIL_PART_WORDS for p in parts)
        and sum(map(len, parts)) <= _TRAIL_WORDS
        and not line.endswith((".", "!", "?"))
    )


def _share_bar(low: str) -> bool:
    """A share bar ("Bagikan: Facebook Twitter WhatsApp"): two networks, or a share word
    opening a short line that names one."""
    words = _SHARE_WORD.findall(low)
    if not words or len(words) > _TRAIL_WORDS:
        return False
    networks = sum(w in SHARE_NETWORKS for w in words)
    return networks >= 2 or (words[0] in SHARE_LEADS and networks >= 1)


# A dateline's end: a dash (spaced, doubled, or glued after a capitalised or dotted word or a
# bracket), or a dash at the end of its own line ("Jayapura (ANTARA) -").
_DATELINE_DASH = re.compile(
    r"\s*(?:--|[-–—]\s?[-–—]|\s[-–—]|[-–—](?=\s)|(?<=[A-Z.)])[-–—](?=[A-Z\"“])"
    r"|(?<=[A-Z]{3}):(?=\s))\s*"
)
# "SEMARANG: Pemerintah ...": a colon closes a dateline only after a name in capitals.
_CAPITALS_HEAD = re.compile(r"[A-Z][A-Z .'’-]+")
# One part of a dateline head: a name, an outlet, a site ("Matakepri.com").
_HEAD_PART = re.compile(r"[A-Z0-9][\w.'’&-]*(?:\s+[A-Z0-9][\w.'’&-]*){0,3}\.?")
# Between parts: a comma, pipe or bracket; a full stop after a word; a dash glued after a
# site ("Radarkota.co.id-KOTA JAMBI-").
_HEAD_SPLIT = re.compile(r"\s*[,|()]\s*|(?<=[a-z])\.\s+|(?<=\.[a-z]{2})-|(?<=\.[a-z]{3})-")
_SITE_PART = re.compile(r"[a-z0-9][\w-]*(?:\.[A-Za-z0-9-]+)+")
# A date in a dateline ("Sleman, 29/5 (ANTARA) -", "BELU (8/7/2025) -"): no place, no outlet.
_DATE_PART = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_SITE = re.compile(r"[a-z0-9]\.(?:[a-z]{2,})", re.IGNORECASE)
# How far into the text a dateline may sit (below headlines, captions and page furniture).
_DATELINE_LINES = 14
_DATELINE_REACH = 2500


def _is_outlet(part: str) -> bool:
    low = part.lower().rstrip(".")
    if low in OUTLETS or _SITE.search(low) or DISKOMINFO.fullmatch(low.replace(" ", "")):
        return True
    first = low.split()[0]
    return first in OUTLETS and first not in ("suara",)


def dateline_head(line: str) -> tuple[int, list[str]] | None:
    """(end of the dateline, its parts in order) when `line` opens with a dateline: up to four
    short capitalised parts (places, outlets, sites) split by commas, pipes or brackets, then a
    dash ("Palembang, Sorotnesia.com –", "REPUBLIKA.CO.ID, MEDAN --", "Ambon (ANTARA) -")."""
    for dash in _DATELINE_DASH.finditer(line, 0, min(len(line), 90)):
        head = line[: dash.start()].strip()
        if not head or len(head) > 70:
            return None
        if _inside_site(line, dash.start(), dash.end()):
            continue  # "POS-KOTA.COM, KOTA -": the dash is part of the outlet's site
        parts = [p for p in _HEAD_SPLIT.split(head) if p and not _DATE_PART.fullmatch(p)]
        if (
            not parts
            or len(parts) > 4
            or not all(_HEAD_PART.fullmatch(p) or _SITE_PART.fullmatch(p) for p in parts)
        ):
            continue
        rest = line[dash.end() :]
        if line[dash.start() : dash.end()].strip() == ":" and not _CAPITALS_HEAD.fullmatch(head):
            continue
        if rest and not rest[:1].isupper() and rest[:1] not in "\"“‘'(0123456789":
            continue
        if rest and len(rest.split()) < 6 and not rest.rstrip().endswith((".", ",")):
            continue  # "FJB - Forum Jual Beli Indonesia": a label line, not a story's start
        if len(rest.split()) >= 3 and all(w.isupper() for w in rest.split()[:5]):
            # "KOTA A-KOTA B JALIN KERJA SAMA": a headline in capitals ("PT PLN UID Sumut
            # dan ..." opens a story with acronyms)
            continue
        return dash.end(), parts
    return None


_GLUED_SITE = re.compile(r"[\w-]+(?:\.[A-Za-z]{2,})+(?=[\s,]|$)")


def _inside_site(line: str, start: int, end: int) -> bool:
    """A dash glued inside a word that is a site's name ("POS-KOTA.COM,"): what follows
    the dash, up to a space or comma, is a site."""
    if start == end or any(c.isspace() for c in line[start - 1 : end + 1]):
        return False
    return bool(_GLUED_SITE.match(line, end))


def _colon_head(line: str, end: int) -> bool:
    return line[:end].rstrip().endswith(":")


def _pipe_dateline(line: str) -> tuple[int, list[str]] | None:
    """A line that is only "Place | Outlet", or "Place, Outlet" where one part is an
    outlet's name ("Padang, PilarbangsaNews")."""
    if len(line) > 50 or ("|" not in line and "," not in line):
        return None
    parts = [p for p in _HEAD_SPLIT.split(line.strip()) if p]
    if not (2 <= len(parts) <= 3 and all(_HEAD_PART.fullmatch(p) for p in parts)):
        return None
    if "|" not in line and not any(_outlet_like(p) for p in parts):
        return None  # "Jakarta, Indonesia": no outlet, no dateline
    return len(line), parts


# An outlet's name runs words together ("KabarMakassar") or sets an initialism on a word
# ("NTBSatu", "RRINews"); a town's name does neither.
OUTLET_SHAPE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def _outlet_like(part: str) -> bool:
    """A known outlet, or one by its shape: words run together ("PilarbangsaNews") or a
    piece of outlet names in a single word ("Sultrapos")."""
    if _is_outlet(part):
        return True
    low = part.lower()
    one_word = " " not in part.strip()
    return bool(OUTLET_SHAPE.search(part)) or (
        one_word and any(piece in low for piece in OUTLET_WORD_PARTS)
    )


# Words of a line's head that name no place: "Baca - ...", "Home - Official Website of ...".
_NOT_DATELINE_NAMES = frozenset("baca foto home beranda berita news index".split())


def _mark_dateline(text: str, start: int, marked: Marked) -> None:
    """The dateline of the first story line, else of a line below headlines, captions and
    furniture; its parts that are not outlets are the place names (the first kept as the
    dateline; the extraction checks them against the gazetteer)."""
    lines = [(s, e) for s, e in _lines(text) if e > s and s >= start and s < _DATELINE_REACH]
    found = colon = None
    seen = Counter(text[s:e].strip() for s, e in _lines(text) if s < _DATELINE_REACH)
    for s, e in lines[:_DATELINE_LINES]:
        if marked.covers(s, e) or (s, e) == marked.headline:
            continue
        if seen[text[s:e].strip()] > 1:
            continue  # a headline written again above the story ("BI-Pemko X Jalin ...")
        line = text[s:e]
        lead = len(line) - len(line.lstrip())
        head = dateline_head(line[lead:]) or _pipe_dateline(line[lead:])
        if head is None:
            glued = _glued_dateline(line)
            if glued is None:
                continue
            start, end, names, outlet = glued
            if start:  # the caption or headline glued before it
                marked.spans.append(("caption", s, s + start))
            found = (s + start, s + end, [*names, *outlet], names)
            marked.dateline_glued = True
            break
        end, parts = head
        names = [p for p in parts if not _is_outlet(p) and p.lower() not in _NOT_DATELINE_NAMES]
        if _colon_head(line[lead:], end):
            # "SISTER CITY: ..." may be a caption's label: a dash dateline below wins
            colon = colon or ((s + lead, s + lead + end, parts, names) if names else None)
            continue
        if not names and found is not None:
            continue
        if found is None or names:
            found = (s + lead, s + lead + end, parts, names)
        if names:
            break
    if found is None or (colon and not found[3]):
        found = colon or found
    if found is None:
        return
    s, e, parts, names = found
    marked.dateline_colon = _colon_head(text[s:e], e - s)
    marked.spans.append(("dateline", s, e))
    marked.dateline_start = s
    marked.dateline_parts = [_city_name(n.rstrip(".")) for n in names]
    marked.dateline = marked.dateline_parts[0] if names else None
    marked.dateline_city = marked.dateline
    outlets = [p for p in parts if p not in names]
    if outlets:
        marked.outlet = marked.dateline_outlet = _outlet_name(outlets[0].rstrip("."))


# A dateline inside a line, after a headline run into the lead: capitalised words, an outlet
# in brackets, a dash ("... Jajaki Kerja Sama Samarinda (ANTARA) - ").
_INNER_DATELINE = re.compile(
    r"(?<![\w/-])(?P<run>[A-Z][\w'’.]*(?:[ ][A-Z][\w'’.]*){0,4})[ ]*"
    r"\((?P<outlet>[A-Za-z][\w .-]{0,30})\)[ ]*[-–—][ ]+(?=\S)"
)
_CAPITAL_START = re.compile(r"(?<![\w/-])[A-Z]")
_GLUED_REACH = 400  # characters into a line where a glued dateline may stand
_CREDIT_REACH = 60  # characters from a photo credit to the dateline glued after it
_RUN_WORDS = 3  # words of a place name at most


def _glued_dateline(line: str) -> tuple[int, int, list[str], list[str]] | None:
    """A dateline glued after a photo caption's credit ("... ANTARA/HO-Humas Banda Aceh – ",
    "(Foto: Dok. Humas) KENDARI, Sultrapos.id-") or after a headline, with its outlet
    in brackets ("... Kerja Sama Samarinda (ANTARA) - "): (start, end, the place names it may
    be, longest first, its outlets). Which words before it are the place only the gazetteer
    can tell (`resolve_dateline` keeps a known place or none)."""
    low = line.lower()
    found = [(i, i + len(p)) for p in PHOTO_CREDIT_PREFIXES if (i := low.find(p)) >= 0]
    if found:
        credit, after = min(found)
        for m in _CAPITAL_START.finditer(line, after, credit + _CREDIT_REACH):
            head = dateline_head(line[m.start() :])
            if head is None:
                continue
            end, parts = head
            names = [p for p in parts if not _is_outlet(p)]
            outlets = [p for p in parts if _is_outlet(p)]
            if names:  # the words of the credit may open the first ("Humas Banda Aceh")
                names = [*_last_words(names[0]), *names[1:]]
            return m.start(), m.start() + end, names, outlets
    for m in _INNER_DATELINE.finditer(line, 1, _GLUED_REACH):
        outlet = m.group("outlet")
        if not _is_outlet(outlet):
            continue
        names = _last_words(m.group("run"))
        start = m.start("run") + len(m.group("run")) - len(names[0])
        return start, m.end(), names, [outlet]
    return None


def _last_words(run: str) -> list[str]:
    """The place names a run of words may end in, longest first: its last one to three words."""
    words = run.split()[-_RUN_WORDS:]
    return [" ".join(words[k:]) for k in range(len(words))]


def _mark_credit(text: str, lines: list[tuple[int, int]], marked: Marked) -> None:
    """The credit tag closes the story: the last story line ends with "(Adv/Diskominfo Kaltim)"."""
    for s, e in reversed(lines):
        line = text[s:e]
        if not line.strip() or marked.covers(s, e):
            continue
        m = CREDIT_TAG.search(line)
        if m:
            credit = m.group("credit").strip()
            marked.spans.append(("credit", s + m.start(), s + m.end()))
            marked.credit = credit
            if marked.outlet is None and credit.lower() not in CREDIT_END_MARKS:
                last = credit.split("/")[-1].strip()
                if DISKOMINFO.fullmatch(last.replace(" ", "")) or last.lower() in OUTLETS:
                    marked.outlet = _outlet_name(last)
        break
