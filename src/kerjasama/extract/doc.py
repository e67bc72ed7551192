"""The working document that travels through the extraction stages."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from kerjasama.gazetteer import Hit
from kerjasama.record import Acronym, Cooperation, Entity, Person, Quote
from kerjasama.sources.model import RawArticle
from kerjasama.text.boilerplate import Marked
from kerjasama.text.dates import DateMention
from kerjasama.text.spans import Spans


@dataclass(slots=True)
class Doc:
    """One article under extraction; each stage fills its part."""

    raw: RawArticle
    text: str  # the reading copy (text.normalise.unwrap_lines): offsets as in `written`
    id: str
    today: dt.date
    written: str = ""  # the text as ingested, line endings normalised: the record's text
    published: dt.date | None = None
    marked: Marked = field(default_factory=Marked)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    cooperations: list[Cooperation] = field(default_factory=list)
    is_cooperation: bool = False
    cooperation_score: float = 0.0
    role_spans: list[tuple[int, int]] = field(default_factory=list)
    cache: dict[str, object] = field(default_factory=dict)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span that contains character `pos` (or the nearest before it)."""
        starts = self.cache.get("sentence_starts")
        if starts is None or len(starts) != len(self.sentences):  # type: ignore[arg-type]
            starts = self.cache["sentence_starts"] = [s for s, _ in self.sentences]
        i = bisect_right(starts, pos) - 1  # type: ignore[arg-type]
        return self.sentences[i] if i >= 0 else (0, len(self.text))

    def derived(self, name: str, size: int, build):
        """A value built from a list of the document (its hits, its people), cached until the
        list's `size` changes."""
        got = self.cache.get(name)
        if got is None or got[0] != size:  # type: ignore[index]
            got = self.cache[name] = (size, build())
        return got[1]  # type: ignore[index]

    def hit_spans(self) -> Spans:
        """The gazetteer hits as spans (for "is this position inside a known name?")."""
        return self.derived(
            "hit_spans", len(self.hits), lambda: Spans((h.start, h.end) for h in self.hits)
        )

    def hits_between(self, start: int, end: int) -> list[Hit]:
        """The gazetteer hits that start in [start, end), in text order."""
        ordered = self.derived(
            "hits_by_start", len(self.hits), lambda: sorted(self.hits, key=lambda h: h.start)
        )
        starts = self.derived("hit_starts", len(self.hits), lambda: [h.start for h in ordered])
        return ordered[bisect_left(starts, start) : bisect_left(starts, end)]

    def mention_starts(self) -> tuple[list[int], list[str]]:
        """Start of every person mention, sorted, with the person's name (for "who is named
        first after / last before here?")."""
        size = sum(len(p.mentions) for p in self.people)

        def build() -> tuple[list[int], list[str]]:
            pairs = sorted((s, p.name) for p in self.people for s, _ in p.mentions)
            return [s for s, _ in pairs], [n for _, n in pairs]

        return self.derived("mention_starts", size, build)

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Person mentions that start in [start, end), in text order: (start, end, name)."""
        size = sum(len(p.mentions) for p in self.people)
        ordered = self.derived(
            "mentions_by_start",
            size,
            lambda: sorted((s, e, p.name) for p in self.people for s, e in p.mentions),
        )
        starts = self.derived("mention_start_list", size, lambda: [m[0] for m in ordered])
        return ordered[bisect_left(starts, start) : bisect_left(starts, end)]

    def in_boilerplate(self, start: int, end: int) -> bool:
        return self.marked.covers(start, end)

    def story_sentences(self) -> list[tuple[int, int]]:
        """Sentences that are not boilerplate (related lines, captions, credit lines)."""
        if "story" not in self.cache:
            head = self.marked.headline or (-1, -1)
            self.cache["story"] = [
                (s, e)
                for s, e in self.sentences
                if not self.marked.covers(s, e) and not (head[0] <= s and e <= head[1])
            ]
        return self.cache["story"]  # type: ignore[return-value]
