"""The one answer to "which records match these filters and words", asked by every reader.

`kerjasama search`, the JSON API and the pages all call `find` (articles) or `find_records`
(cooperation records) on a register snapshot (`kerjasama.query.live`), so a filter means the
same everywhere:

- words: every word must match, whole words; a word ending in * matches the words that begin
  with it (`investa*`). `as_you_type` makes the last word a prefix, as the CLI reads its query.
- filters (`kerjasama.query.facets`): each given one must hold for one cooperation record of
  the article. A value names a facet key (a code: `ID-KI`, `mou`), else the keys whose label
  is the value (any case), else, for parties, the keys whose label contains it
  (`kalimantan timur`); a partner is also named by its country code (`CN`).
- order: newest first (publication date, then id), oldest first, or relevance: articles with
  every word in the title first, each part newest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

import numpy as np
from sqlalchemy import select

from kerjasama.query.facets import FACETS
from kerjasama.query.live import Snapshot
from kerjasama.query.textmatch import Match, query_words, snippet
from kerjasama.store import schema
from kerjasama.store.store import Store

FILTERS: tuple[str, ...] = tuple(f.name for f in FACETS)
SORTS = ("relevance", "newest", "oldest")


@dataclass(frozen=True)
class Filters:
    """Facet filters; every given one must hold for at least one cooperation of the article."""

    region: str | None = None
    partner: str | None = None
    partner_country: str | None = None
    instrument: str | None = None
    action: str | None = None
    stage: str | None = None
    sector: str | None = None
    year: int | str | None = None
    scope: str | None = None
    cooperation_only: bool = False

    def given(self) -> dict[str, str]:
        """The facet filters given, as strings (the flag apart)."""
        return {
            f.name: str(getattr(self, f.name))
            for f in fields(self)
            if f.name in FILTERS and getattr(self, f.name) not in (None, "")
        }

    def any(self) -> bool:
        return bool(self.given()) or self.cooperation_only


@dataclass
class Found:
    """What a query selected: articles (per position) as flags, their number, and one page
    of article positions."""

    total: int
    articles: np.ndarray
    positions: list[int]
    sort: str
    match: Match | None = None


def as_you_type(query: str) -> str:
    """The query with its last word as a prefix (`kerja sam` finds "kerja sama")."""
    words = query_words(query)
    if not words:
        return ""
    *head, (last, _) = words
    return " ".join([w + ("*" if p else "") for w, p in head] + [last + "*"])


@dataclass
class _Chosen:
    articles: np.ndarray
    records: np.ndarray | None  # the records having every filter (None: no filters)
    total: int


def _select(snap: Snapshot, words: str, filters: Filters) -> tuple[_Chosen, Match | None]:
    index = snap.index
    match = snap.text.match(words) if words.strip() else None
    given = filters.given()
    records = index.select_records(given)
    articles = index.select(given, match.mask if match else None, filters.cooperation_only)
    return _Chosen(articles, records, int(np.count_nonzero(articles))), match


def _ranked_page(
    snap: Snapshot, chosen: np.ndarray, in_title: np.ndarray, offset: int, limit: int
) -> list[int]:
    """Relevance: articles with every word in the title first, then the others; newest first."""
    index = snap.index
    first = chosen & in_title
    n_first = int(first.sum())
    page = index.page(first, offset, limit) if offset < n_first else []
    if len(page) < limit:
        page += index.page(chosen & ~in_title, max(0, offset - n_first), limit - len(page))
    return page


def find(
    snap: Snapshot,
    words: str = "",
    filters: Filters | None = None,
    sort: str | None = None,
    offset: int = 0,
    limit: int = 20,
) -> Found:
    """The articles matching the words and filters, and the page of them at `offset`."""
    filters = filters or Filters()
    chosen, match = _select(snap, words, filters)
    sort = sort or ("relevance" if match else "newest")
    if sort == "relevance" and match:
        positions = _ranked_page(snap, chosen.articles, match.in_title, offset, limit)
    else:
        positions = snap.index.page(chosen.articles, offset, limit, sort == "oldest")
    return Found(chosen.total, chosen.articles, positions, sort, match)


def find_records(
    snap: Snapshot,
    words: str = "",
    filters: Filters | None = None,
    sort: str | None = None,
    offset: int = 0,
    limit: int = 20,
) -> tuple[int, list[int]]:
    """(number of, page of) the cooperation records matching, as record numbers."""
    chosen, _ = _select(snap, words, filters or Filters())
    records = snap.index.records_of(chosen.articles, chosen.records)
    positions = snap.index.page(records, offset, limit, sort == "oldest")
    return int(np.count_nonzero(records)), positions


def matching_ids(snap: Snapshot, words: str = "", filters: Filters | None = None) -> list[str]:
    """Ids of every matching article, newest first (what an export of a search holds)."""
    chosen, _ = _select(snap, words, filters or Filters())
    return [snap.index.ids[p] for p in snap.index.page(chosen.articles, 0, chosen.total)]


def facet_counts(
    snap: Snapshot, found: Found, names: tuple[str, ...]
) -> dict[str, list[tuple[str, int]]]:
    """Per facet, (key, number of the found articles with a record having it), best first."""
    index = snap.index

    def compute() -> dict[str, list[tuple[str, int]]]:
        return index.facet_counts(found.articles, names, found.total)

    if found.total == index.n_articles:  # the whole register: counted once per snapshot
        return snap.derived(f"facets:{','.join(names)}", compute)
    return compute()


def resolve(snap: Snapshot, facet: str, value: str) -> set[str]:
    """The keys of a facet that a filter value names (see the module's first lines)."""
    return set(snap.index.resolve(facet, value))


# -- the command line's view of a page of articles ------------------------------------------


@dataclass
class Hit:
    id: str
    title: str | None
    published: str | None
    outlet: str | None
    is_cooperation: bool
    score: float  # 2: every word in the title, 1: in the text, 0: no words asked
    snippet: str = ""
    cooperations: list[dict] = field(default_factory=list)
    lead: str = ""


def search(
    store: Store, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0
) -> tuple[int, list[Hit]]:
    """(total, page of hits) as `kerjasama search` asks: the last word of `query` a prefix."""
    words = as_you_type(query)
    snap = Snapshot(store)
    found = find(snap, words, filters, offset=offset, limit=limit)
    facts = snap.article_facts(found.positions)
    A = schema.articles
    with store.engine.connect() as conn:
        meta = {
            r.id: r
            for r in conn.execute(
                select(A.c.id, A.c.title, A.c.published, A.c.outlet, A.c.text).where(
                    A.c.id.in_([f.id for f in facts])
                )
            )
        }
    in_title = found.match.in_title if found.match else None
    hits = []
    for position, fact in zip(found.positions, facts, strict=True):
        row = meta.get(fact.id)
        if row is None:
            continue
        score = 0.0 if not words else 2.0 if in_title is not None and in_title[position] else 1.0
        hits.append(
            Hit(
                fact.id,
                row.title,
                row.published,
                row.outlet,
                fact.is_cooperation,
                score,
                snippet(row.text, words) if words else "",
                [
                    {
                        "parties": [p.name for p in c.parties],
                        "instrument": c.instrument,
                        "action": c.action,
                        "date": c.date,
                    }
                    for c in fact.coops
                ],
                lead=_lead(row.text),
            )
        )
    return found.total, hits


def _lead(text: str | None) -> str:
    """The first words of the story, for articles without a title."""
    first = (text or "").split("\n", 1)[0]
    return first[:120].rsplit(" ", 1)[0] + " …" if len(first) > 120 else first
