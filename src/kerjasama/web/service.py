"""What the pages and the JSON API show of the register: one function per view, models out.

Each HTML page renders the model its JSON twin returns, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlencode

from fastapi import HTTPException
from sqlalchemy import func, select

from kerjasama.query.facets import SHOWN_FACETS
from kerjasama.query.facts import CoopFact
from kerjasama.query.live import Snapshot
from kerjasama.query.search import Filters, Found, facet_counts, find, find_records, resolve
from kerjasama.query.textmatch import snippet
from kerjasama.store import Store, schema
from kerjasama.store.review import apply_with_marks, history
from kerjasama.text.display import headline
from kerjasama.web.i18n import value_label
from kerjasama.web.schemas import (
    ArticleSummary,
    ArticleView,
    Change,
    Confirmed,
    CountOut,
    FacetValue,
    Paged,
    PageParams,
    PartyCount,
    PartyOut,
    RecordOut,
    RegisterFilters,
    SearchParams,
    SearchResult,
)

P = TypeVar("P", bound=Paged)


def page_url(path: str, params: dict, **changes: object) -> str:
    """`path` with the query `params` updated (None removes a parameter); offset 0 is left out."""
    merged = {**params, **changes}
    query = {k: v for k, v in merged.items() if _shown(k, v)}
    return path + ("?" + urlencode(query) if query else "")


def _shown(key: str, value: object) -> bool:
    return value not in (None, "", False) and not (key == "offset" and value == 0)


def toggle_urls(path: str, params: dict, name: str) -> Callable[[object], str]:
    """`value -> page_url(path, params, offset=None, **{name: value})`, the other parameters
    encoded once (a facet lists hundreds of values)."""
    keys = [k for k in params if k != "offset"]
    if name not in keys:
        keys.append(name)
    at = keys.index(name)

    def encoded(part: list[str]) -> str:
        return urlencode({k: params[k] for k in part if _shown(k, params[k])})

    before, after = encoded(keys[:at]), encoded(keys[at + 1 :])

    def url(value: object) -> str:
        own = urlencode({name: value}) if _shown(name, value) else ""
        query = "&".join(p for p in (before, own, after) if p)
        return path + ("?" + query if query else "")

    return url


def paged(
    model: type[P],
    items: list,
    total: int,
    params: PageParams | SearchParams,
    path: str,
    query: dict,
) -> P:
    """One page of a list (`model`, e.g. `Paged[RecordOut]`) out of `total`, with the address
    of the next page when there is one."""
    more = params.offset + params.limit < total
    return model(
        total=total,
        limit=params.limit,
        offset=params.offset,
        items=items,
        next=page_url(path, query, offset=params.offset + params.limit) if more else None,
    )


def record_out(article_id: str, coop: CoopFact) -> RecordOut:
    return RecordOut(
        article_id=article_id,
        index=coop.index,
        parties=[
            PartyOut(name=p.name, code=p.code, kind=p.kind, country=p.country) for p in coop.parties
        ],
        scope=coop.scope,
        instrument=coop.instrument,
        action=coop.action,
        stage=coop.stage,
        date=coop.date,
        year=coop.year,
        sectors=list(coop.sectors),
        confidence=coop.confidence,
        confirmed=coop.confirmed,
    )


def _article_meta(store: Store, ids: list[str], with_text: bool = False) -> dict[str, tuple]:
    A = schema.articles
    if not ids:
        return {}
    body = A.c.text if with_text else func.substr(A.c.text, 1, 200)
    columns = [A.c.id, A.c.title, A.c.published, A.c.outlet, A.c.url, body]
    with store.engine.connect() as conn:
        return {r.id: tuple(r) for r in conn.execute(select(*columns).where(A.c.id.in_(ids)))}


def summaries(
    store: Store, snap: Snapshot, positions: list[int], query: str = ""
) -> list[ArticleSummary]:
    """Article summaries for positions, in their order (with snippets for a query)."""
    facts = snap.article_facts(positions)
    meta = _article_meta(store, [f.id for f in facts], with_text=bool(query))
    out = []
    for fact in facts:
        row = meta.get(fact.id) or (fact.id, None, None, None, None, "")
        out.append(
            ArticleSummary(
                id=fact.id,
                title=row[1],
                headline=headline(row[1], row[5]),
                published=row[2],
                outlet=row[3],
                url=row[4],
                is_cooperation=fact.is_cooperation,
                snippet=snippet(row[5], query) if query else "",
                records=[record_out(fact.id, c) for c in fact.coops],
            )
        )
    return out


def filters_of(params: SearchParams) -> Filters:
    """The read model's filters for a request's parameters."""
    return Filters(**params.given(), cooperation_only=params.cooperation_only)


def _facets(
    snap: Snapshot, params: SearchParams, found: Found, path: str, lang: str
) -> dict[str, list[FacetValue]]:
    index = snap.index
    filters = params.given() if isinstance(params, RegisterFilters) else {}
    query = params.model_dump(exclude_defaults=True)
    counts = facet_counts(snap, found, SHOWN_FACETS)
    out: dict[str, list[FacetValue]] = {}
    for name, values in counts.items():
        chosen = filters.get(name)
        chosen_keys = resolve(snap, name, chosen) if chosen else set()
        toggle = toggle_urls(path, query, name)
        labels = index.labels(name)
        out[name] = [
            FacetValue(
                value=value,
                label=value_label(lang, name, value, labels),
                count=count,
                selected=value in chosen_keys,
                toggle_url=toggle(None if value in chosen_keys else value),
            )
            for value, count in values
        ]
    return out


def search(
    store: Store, snap: Snapshot, params: SearchParams, path: str, lang: str
) -> SearchResult:
    """A page of articles matching the words and filters, with facet counts over all matches."""
    words = params.q.strip()
    found = find(snap, words, filters_of(params), params.sort, params.offset, params.limit)
    query = params.model_dump(exclude_defaults=True)
    more = params.offset + params.limit < found.total
    return SearchResult(
        q=params.q,
        filters=params.given(),
        sort=found.sort,
        total=found.total,
        limit=params.limit,
        offset=params.offset,
        hits=summaries(store, snap, found.positions, words),
        next=page_url(path, query, offset=params.offset + params.limit) if more else None,
        facets=_facets(snap, params, found, path, lang),
    )


def records(snap: Snapshot, params: SearchParams, path: str) -> Paged[RecordOut]:
    """Cooperation records (one per row, as the CSV export) matching the words and filters."""
    total, positions = find_records(
        snap, params.q, filters_of(params), params.sort, params.offset, params.limit
    )
    items = [record_out(aid, coop) for aid, coop in snap.record_facts(positions)]
    query = params.model_dump(exclude_defaults=True)
    return paged(Paged[RecordOut], items, total, params, path, query)


def articles(store: Store, snap: Snapshot, params: PageParams, path: str) -> Paged[ArticleSummary]:
    """Every article, newest first."""
    total = snap.index.n_articles
    positions = list(range(params.offset, min(total, params.offset + params.limit)))
    items = summaries(store, snap, positions)
    return paged(Paged[ArticleSummary], items, total, params, path, params.model_dump())


def article_view(store: Store, article_id: str, *, show_reviewers: bool = False) -> ArticleView:
    """One article's record with confirmed values applied, what was confirmed, and its history
    (reviewers' names only for `show_reviewers`: anonymous readers do not learn who reviews)."""
    from kerjasama.record import Article

    A = schema.articles
    with store.engine.connect() as conn:
        row = conn.execute(select(A.c.record).where(A.c.id == article_id)).first()
        if row is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        record, marks = apply_with_marks(conn, Article.model_validate_json(row.record))
        changes = history(conn, article_id)
    return ArticleView(
        record=record,
        confirmed=Confirmed(**marks.as_dict()),
        history=[
            Change(**{**c, "reviewer": c["reviewer"] if show_reviewers else None}) for c in changes
        ],
    )


def counts(snap: Snapshot, facet: str, lang: str, top: int | None = None) -> list[CountOut]:
    """Records per value of a facet, as the dashboard lists them."""
    from kerjasama.query.facets import FACETS

    index = snap.index
    spec = next(f for f in FACETS if f.name == facet)
    ordered = spec.sort(index.record_counts(facet))
    if facet == "year":
        ordered.sort()
    return [
        CountOut(value=k, label=value_label(lang, facet, k, index.labels(facet)), count=n)
        for k, n in ordered[:top]
    ]


def parties(snap: Snapshot, name: str | None, params: PageParams, path: str) -> Paged[PartyCount]:
    """Every party of the register with its number of records, most records first."""
    found = snap.derived("parties", lambda: all_parties(snap))
    wanted = (name or "").strip().casefold()
    found = [
        p
        for p in found
        if not wanted or wanted in p.name.casefold() or wanted == (p.code or "").casefold()
    ]
    page = found[params.offset : params.offset + params.limit]
    query = {"name": name, **params.model_dump()}
    return paged(Paged[PartyCount], page, len(found), params, path, query)


def all_parties(snap: Snapshot) -> list[PartyCount]:
    """Every party of the register with its number of appearances in records, most first."""
    vocab = snap.index.vocab["party"]
    found = []
    for key, records in snap.index.party_records():
        code, kind, country = vocab.info[key]
        name = vocab.labels.get(key, key)
        found.append(
            PartyCount(key=key, name=name, code=code, kind=kind, country=country, records=records)
        )
    return sorted(found, key=lambda p: (-p.records, p.name, p.key))


def article_titles(store: Store, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """(title, published) of each article id that exists."""
    return {aid: (meta[1], meta[2]) for aid, meta in _article_meta(store, ids).items()}
