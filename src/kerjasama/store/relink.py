"""The refresh of partnerships and people, in proportion to what the changed records touch.

A full rebuild (`build_links`) resolves every party and person over the whole register and
threads every partnership. Most of that does not move when a batch of articles arrives, so
the store keeps what linking needs between refreshes, and a refresh redoes only what the
changed records reach:

- each article's link facts (`link_facts`) and the articles using each party mention; party
  resolution is redone around the changed counts (`party_index`), and the articles of the
  mentions whose entity changed are re-linked;
- who each distinct person name is (`people_index`); the people whose names changed are
  rebuilt from their stored mentions (`link_person_mentions`);
- which articles feed which partnership, and what each partnership was built from (entities,
  people, the day its signals turn): the partnerships an article, an entity or the calendar
  changed are threaded again from all of their articles.

A full refresh (`relink`, other settings, an older register) empties these tables and runs the
same steps with every article changed; both ways give what `build_links` gives.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from pydantic_core import from_json
from sqlalchemy import (
    Connection,
    Table,
    bindparam,
    delete,
    select,
    update,
)

from kerjasama.link.build import LinkContext, build_partnership, unit_parties
from kerjasama.link.entities import PartyMention
from kerjasama.link.facts import ArticleFacts, article_facts, facts_from_data, facts_to_data
from kerjasama.link.models import CanonicalEntity, LinkSettings, Partnership, PersonProfile
from kerjasama.link.people import PersonKey, PersonMention, build_profile
from kerjasama.link.signals import signals_change_on
from kerjasama.link.thread import CoopUnit, partnership_id
from kerjasama.store import link_tables
from kerjasama.store.bulk import delete_in, fetch_in, insert_rows, rows_in
from kerjasama.store.link_tables import (
    article_partnerships,
    entities,
    facts_cache,
    mention_articles,
    partnership_deps,
    partnership_people,
    partnerships,
    people,
    person_groups,
    person_mentions,
    person_names,
    signal_days,
)
from kerjasama.store.links import (
    RefreshSummary,
    _digest,
    _named_row,
    _partnership_row,
)
from kerjasama.store.party_index import StoredResolution, mention_key
from kerjasama.store.people_index import StoredPeople, person_key
from kerjasama.store.schema import link_dirty, link_state
from kerjasama.store.store import PENDING_ARTICLES, Store, clear_links_pending


def facts_key(settings: LinkSettings) -> str:
    """The settings the stored link data depends on (the day aside: see `signal_days`)."""
    return "v2:" + _digest(settings.model_dump_json(exclude={"today"}))[:40]


def refresh(store: Store, settings: LinkSettings, *, full: bool = False) -> RefreshSummary:
    """Bring partnerships and people up to date with the stored records, in one transaction."""
    today = settings.reference_date()
    settings = settings.model_copy(update={"today": today})
    key = facts_key(settings)
    with store.engine.connect() as conn:
        state = dict(conn.execute(select(link_state.c.key, link_state.c.value)).all())
        dirty = set(conn.execute(select(link_dirty.c.article_id)).scalars())
    last_day = state.get("today")
    full = (
        full
        or state.get("links", PENDING_ARTICLES) != PENDING_ARTICLES
        or state.get("facts") != key
        or last_day is None
        or last_day > today.isoformat()
    )
    new = {
        a.id: article_facts(a, settings)
        for a in store.iter_records(None if full else sorted(dirty))
    }
    with store.engine.begin() as conn:
        if full:
            tables = (
                *link_tables.refresh.sorted_tables,
                facts_cache,
            )
            for table in tables:
                conn.execute(delete(table))
        touched = set(new) if full else dirty | set(new)
        summary = _Refresh(conn, settings, full).run(touched, new)
        for name, value in (("facts", key), ("today", today.isoformat())):
            conn.execute(delete(link_state).where(link_state.c.key == name))
            conn.execute(link_state.insert().values(key=name, value=value))
        clear_links_pending(conn, None if full else dirty)
    return summary


def _json(*parts: object) -> str:
    return json.dumps(parts, ensure_ascii=False)


class _MentionRow(NamedTuple):
    article_id: str
    pos: int
    person: str
    role: str | None
    date: str | None
    person_id: str
    org_id: str | None


class _Answers:
    """The entity of each party mention in play, where the linker asks a `Resolution`."""

    def __init__(self, ids: dict[PartyMention, str]) -> None:
        self.ids = ids
        self._pids: dict[frozenset[str], str] = {}

    def party_sets(self, f: ArticleFacts) -> list[tuple[CoopUnit, frozenset[str], str]]:
        """The article's cooperation records of two or more parties, with their partnership."""
        found = []
        for unit in f.units:
            party_ids = unit_parties(unit, self)
            if len(party_ids) >= 2:
                if party_ids not in self._pids:
                    self._pids[party_ids] = partnership_id(party_ids)
                found.append((unit, party_ids, self._pids[party_ids]))
        return found


class _Refresh:
    """One refresh's steps over one connection: facts, parties, people, partnerships."""

    def __init__(self, conn: Connection, settings: LinkSettings, full: bool) -> None:
        self.conn = conn
        self.settings = settings
        self.full = full
        self.summary = RefreshSummary()

    # -- small SQL helpers ---------------------------------------------------------------
    def _rows_in(self, columns: list, column, values: Iterable) -> list:
        return rows_in(self.conn, columns, column, values)

    def _delete_in(self, table: Table, column, values: Iterable) -> None:
        delete_in(self.conn, table, column, values)

    def _insert(self, table: Table, rows: list[dict]) -> None:
        columns = [c.name for c in table.columns]
        insert_rows(self.conn, table, columns, [tuple(r.get(c) for c in columns) for r in rows])

    # -- the steps -----------------------------------------------------------------------
    def run(self, touched: set[str], new: dict[str, ArticleFacts]) -> RefreshSummary:
        old = self._stored_facts(touched)
        self._write_facts(touched, new)
        parties = StoredResolution(self.conn, self.settings.fuzzy_threshold, everything=self.full)
        moved, touched_entities, keys = parties.update(*self._deltas(old, new))
        changed_entities = self._sync_entities(parties, touched_entities)
        profiles, removed_people, moved_people = self._people(
            old, new, parties, changed_entities, keys
        )
        reach = touched | moved_people
        ma = mention_articles.c
        reach |= {
            r.article_id
            for r in self._rows_in([ma.article_id], ma.mention, map(mention_key, moved))
        }
        persons = self._partnerships(reach, new, parties, changed_entities)
        self._sync_people(profiles, removed_people, persons)
        return self.summary

    def _stored_facts(self, ids: set[str]) -> dict[str, ArticleFacts]:
        rows = fetch_in(self.conn, facts_cache, ["article_id", "data"], "article_id", list(ids))
        return {k: facts_from_data(from_json(data)) for k, data in rows}

    def _write_facts(self, touched: set[str], new: dict[str, ArticleFacts]) -> None:
        """The changed articles' facts, mentions and people, replacing what was stored."""
        for table in (facts_cache, mention_articles, person_mentions):
            self._delete_in(table, table.c.article_id, touched)
        self._insert(
            facts_cache,
            [
                {"article_id": k, "data": json.dumps(facts_to_data(f), ensure_ascii=False)}
                for k, f in new.items()
            ],
        )
        self._insert(
            mention_articles,
            [
                {"mention": key, "article_id": k}
                for k, f in new.items()
                for key in sorted({mention_key(m) for m in f.mentions})
            ],
        )

    @staticmethod
    def _deltas(
        old: dict[str, ArticleFacts], new: dict[str, ArticleFacts]
    ) -> tuple[Counter[PartyMention], Counter[tuple[str, str]]]:
        """How the changed articles move the counts of party mentions and aliases."""
        mentions: Counter[PartyMention] = Counter()
        aliases: Counter[tuple[str, str]] = Counter()
        for sign, facts in ((-1, old), (1, new)):
            for f in facts.values():
                for m in f.mentions:
                    mentions[m] += sign
                for a in f.aliases:
                    aliases[tuple(a)] += sign  # type: ignore[index]
        return mentions, aliases

    def _sync_entities(self, parties: StoredResolution, ids: set[str]) -> set[str]:
        """Write the entities among `ids` whose data changed; their ids and the gone ones'."""
        found = parties.entities_of(ids)
        stored = {
            r.id: r.digest
            for r in self._rows_in([entities.c.id, entities.c.digest], entities.c.id, ids)
        }
        if self.full:
            stored = dict(self.conn.execute(select(entities.c.id, entities.c.digest)).all())
        rows = [_named_row(e, e.model_dump_json()) for e in found.values()]
        rows = [r for r in rows if stored.get(r["id"]) != r["digest"]]
        changed = {r["id"] for r in rows} | (set(stored) - set(found))
        self._delete_in(entities, entities.c.id, changed)
        self._insert(entities, rows)
        return changed

    def _entities(self, ids: Iterable[str]) -> dict[str, CanonicalEntity]:
        rows = self._rows_in([entities.c.id, entities.c.data], entities.c.id, ids)
        return {r.id: CanonicalEntity.model_validate_json(r.data) for r in rows}

    # -- people --------------------------------------------------------------------------
    def _people(
        self,
        old: dict[str, ArticleFacts],
        new: dict[str, ArticleFacts],
        parties: StoredResolution,
        changed_entities: set[str],
        party_keys: set[str],
    ) -> tuple[dict[str, PersonProfile], set[str], set[str]]:
        """Rebuild the people the changes reach: (their profiles, ids of people gone, ids of
        the unchanged articles whose people now are someone else or of another org)."""
        delta: Counter[str] = Counter()
        for sign, facts in ((-1, old), (1, new)):
            for f in facts.values():
                for p in f.people:
                    if p.name.strip():
                        delta[person_key(p.name, p.org, p.org_code)] += sign
        view = StoredPeople(self.conn, parties, everything=self.full)
        rows = view.update(delta, party_keys, changed_entities)
        targets = view.targets
        key_of = {p: r["key"] for p, r in rows.items() if r["key"] is not None}
        rebuild = {targets[k] for k in key_of.values() if targets[k][1] in changed_entities}
        old_groups: set[str] = set()
        for person, r in rows.items():
            if person in delta or r["target"] != r["old_target"] or r["key"] != r["old_key"]:
                if r["old_key"] is not None:
                    old_groups.add(r["old_target"])
                if r["key"] is not None:
                    rebuild.add(targets[r["key"]])
        pn = person_names.c
        # groups that lost a name stay if another name, in play or not, still merges into them
        stay = {r["target"] for p, r in rows.items() if r["key"] is not None}
        stay |= {
            r.target
            for r in self._rows_in([pn.person, pn.target], pn.target, old_groups)
            if r.person not in rows
        }
        rebuild |= {tuple(json.loads(g)) for g in old_groups & stay}
        for r in self._rows_in(
            [pn.person, pn.name_key, pn.org_id, pn.target], pn.target, {_json(*t) for t in rebuild}
        ):
            if r.person not in rows:
                key_of[r.person] = (r.name_key, r.org_id)
                targets[(r.name_key, r.org_id)] = tuple(json.loads(r.target))
        members = {k for k, t in targets.items() if t in rebuild}
        grouped: dict[PersonKey, list[PersonMention]] = defaultdict(list)
        stored_rows: list[tuple] = []
        found = fetch_in(
            self.conn, person_mentions, _MentionRow._fields, "name_key", [k[0] for k in members]
        )
        for row in map(_MentionRow._make, found):
            key = key_of.get(row.person)
            if key not in members:
                continue
            name, org, _ = json.loads(row.person)
            mention = PersonMention(
                row.article_id,
                dt.date.fromisoformat(row.date) if row.date else None,
                name,
                row.role,
                org,
                key[1],
            )
            grouped[targets[key]].append(mention)
            stored_rows.append((row, key))
        fresh_rows: list[tuple[ArticleFacts, int, PersonKey, str]] = []
        for f in new.values():
            for pos, p in enumerate(f.people):
                if not p.name.strip():
                    continue
                person = person_key(p.name, p.org, p.org_code)
                key = key_of[person]
                mention = PersonMention(f.ref.id, f.date, p.name, p.role, p.org, key[1])
                grouped[targets[key]].append(mention)
                fresh_rows.append((f, pos, key, person))
        org_names = {e.id: e.name for e in self._entities({t[1] for t in rebuild if t[1]}).values()}
        profiles = {t: build_profile(t, grouped[t], org_names) for t in rebuild}
        pids = {t: p.id for t, p in profiles.items()}
        gone_groups = old_groups | {_json(*t) for t in rebuild}
        before = self._rows_in([person_groups.c.person_id], person_groups.c.target, gone_groups)
        removed = {r.person_id for r in before} - set(pids.values())
        if self.full:
            removed = set(self.conn.execute(select(people.c.id)).scalars()) - set(pids.values())
        self._delete_in(person_groups, person_groups.c.target, gone_groups)
        self._insert(
            person_groups, [{"target": _json(*t), "person_id": pid} for t, pid in pids.items()]
        )
        moved = self._save_person_mentions(stored_rows, fresh_rows, targets, pids)
        return {p.id: p for p in profiles.values()}, removed, moved

    def _save_person_mentions(
        self,
        stored_rows: list[tuple],
        fresh_rows: list[tuple],
        targets: dict[PersonKey, PersonKey],
        pids: dict[PersonKey, str],
    ) -> set[str]:
        """Store each mention's person; the unchanged articles whose people changed."""
        moved: set[str] = set()
        updates = []
        for row, key in stored_rows:
            pid = pids[targets[key]]
            if (pid, key[1]) != (row.person_id, row.org_id):
                moved.add(row.article_id)
                updates.append({"a_": row.article_id, "p_": row.pos, "i_": pid, "o_": key[1]})
        if updates:
            c = person_mentions.c
            self.conn.execute(
                update(person_mentions)
                .where(c.article_id == bindparam("a_"), c.pos == bindparam("p_"))
                .values(person_id=bindparam("i_"), org_id=bindparam("o_")),
                updates,
            )
        self._insert(
            person_mentions,
            [
                {
                    "article_id": f.ref.id,
                    "pos": pos,
                    "person": person,
                    "name_key": key[0],
                    "role": f.people[pos].role,
                    "date": f.date.isoformat() if f.date else None,
                    "org_id": key[1],
                    "person_id": pids[targets[key]],
                }
                for f, pos, key, person in fresh_rows
            ],
        )
        return moved

    # -- partnerships --------------------------------------------------------------------
    def _partnerships(
        self,
        reach: set[str],
        new: dict[str, ArticleFacts],
        parties: StoredResolution,
        changed_entities: set[str],
    ) -> set[str]:
        """Thread again every partnership the reached articles, changed entities or the day
        touch, from all of their articles; the people whose partnerships changed."""
        ap = article_partnerships.c
        affected = {
            r.partnership_id for r in self._rows_in([ap.partnership_id], ap.article_id, reach)
        }
        deps = partnership_deps.c
        affected |= {
            r.partnership_id
            for r in self._rows_in([deps.partnership_id], deps.entity_id, changed_entities)
        }
        today = self.settings.reference_date().isoformat()
        affected |= set(
            self.conn.execute(
                select(signal_days.c.partnership_id).where(signal_days.c.day <= today)
            ).scalars()
        )
        if self.full:
            affected |= set(self.conn.execute(select(partnerships.c.id)).scalars())
        facts = {k: f for k, f in new.items() if k in reach}
        facts |= self._stored_facts(reach - set(new))
        resolution = _Answers(parties.ids_of({m for f in facts.values() for m in f.mentions}))
        units = {k: resolution.party_sets(f) for k, f in facts.items()}
        sets = {k: {pid for _, _, pid in found} for k, found in units.items()}
        affected |= {pid for found in sets.values() for pid in found}
        rows = fetch_in(
            self.conn, article_partnerships, ["article_id"], "partnership_id", list(affected)
        )
        others = {article for (article,) in rows} - reach
        more = self._stored_facts(others)
        resolution.ids |= parties.ids_of({m for f in more.values() for m in f.mentions})
        for k, f in more.items():
            facts[k] = f
            units[k] = resolution.party_sets(f)
            sets[k] = {pid for _, _, pid in units[k]}
        groups: dict[frozenset[str], list[CoopUnit]] = defaultdict(list)
        for k in sorted(units):
            for unit, party_ids, pid in units[k]:
                if pid in affected:
                    groups[party_ids].append(unit)
        people_by_article = self._people_by_article(set(facts))
        needed = set(resolution.ids.values())
        needed |= {org for found in people_by_article.values() for _, org in found if org}
        context = LinkContext(
            self.settings,
            resolution,
            self._entities(needed),
            people_by_article,
            Counter({k: len(found) for k, found in sets.items()}),
        )
        built = {
            p.id: p for p in (build_partnership(s, units, context) for s, units in groups.items())
        }
        self._sync(partnerships, affected, built, _partnership_row)
        self._delete_in(article_partnerships, ap.article_id, reach)
        self._insert(
            article_partnerships,
            [
                {"article_id": k, "partnership_id": pid}
                for k in reach
                if k in sets
                for pid in sorted(sets[k])
            ],
        )
        return self._save_built(affected, built, context)

    def _people_by_article(self, ids: set[str]) -> dict[str, list[tuple[str, str | None]]]:
        found: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        columns = ["article_id", "person_id", "org_id"]
        for article, person, org in fetch_in(
            self.conn, person_mentions, columns, "article_id", list(ids)
        ):
            found[article].append((person, org))
        return found

    def _save_built(
        self, affected: set[str], built: dict[str, Partnership], context: LinkContext
    ) -> set[str]:
        """What each rebuilt partnership was built from; the people whose list changed."""
        pp = partnership_people.c
        before = {
            (r.partnership_id, r.person_id)
            for r in self._rows_in([pp.partnership_id, pp.person_id], pp.partnership_id, affected)
        }
        for table in (partnership_deps, partnership_people, signal_days):
            self._delete_in(table, table.c.partnership_id, affected)
        now = {(p.id, person) for p in built.values() for person in p.people}
        self._insert(
            partnership_people,
            [{"partnership_id": p, "person_id": person} for p, person in sorted(now)],
        )
        deps = []
        days = []
        for p in built.values():
            ids = {e.id for e in (*p.parties, *p.facilitators)}
            articles = {a.id for e in p.events for a in e.articles}
            # every organisation of its people: one that becomes an entity may change a side
            ids |= {org for a in articles for _, org in context.people_by_article.get(a, ()) if org}
            deps += [{"partnership_id": p.id, "entity_id": e} for e in sorted(ids)]
            day = signals_change_on(p.stage, p.events, p.last_date, self.settings)
            if day is not None:
                days.append({"partnership_id": p.id, "day": day.isoformat()})
        self._insert(partnership_deps, deps)
        self._insert(signal_days, days)
        return {person for _, person in before ^ now}

    # -- writing the result --------------------------------------------------------------
    def _sync(self, table: Table, ids: set[str], items: dict, to_row) -> None:
        """Rows of `table` among `ids` made equal to `items`, counted in the summary."""
        stored = {
            r.id: r.digest for r in self._rows_in([table.c.id, table.c.digest], table.c.id, ids)
        }
        rows = [to_row(item, item.model_dump_json()) for item in items.values()]
        rows = [r for r in rows if stored.get(r["id"]) != r["digest"]]
        gone = set(stored) - set(items)
        self.summary.removed += len(gone)
        self.summary.changed += sum(1 for r in rows if r["id"] in stored)
        self.summary.added += sum(1 for r in rows if r["id"] not in stored)
        self._delete_in(table, table.c.id, gone | {r["id"] for r in rows})
        self._insert(table, rows)

    def _sync_people(
        self, profiles: dict[str, PersonProfile], removed: set[str], persons: set[str]
    ) -> None:
        """Write the rebuilt profiles and those whose partnerships changed."""
        others = persons - set(profiles) - removed
        for row in self._rows_in([people.c.data], people.c.id, others):
            profile = PersonProfile.model_validate_json(row.data)
            profiles[profile.id] = profile
        links: dict[str, list[str]] = defaultdict(list)
        pp = partnership_people.c
        for row in self._rows_in([pp.person_id, pp.partnership_id], pp.person_id, profiles):
            links[row.person_id].append(row.partnership_id)
        for pid, profile in profiles.items():
            profile.partnerships = sorted(links.get(pid, []))
        self._sync(people, set(profiles) | removed, profiles, _named_row)
