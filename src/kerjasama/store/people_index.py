"""Who each person name is, kept in the store and worked out again only where it can change.

`merge_targets` (kerjasama.link.people) merges person keys (name without titles, organisation
entity) within each organisation, and merges a name with no organisation into the one
organisation's person holding all its words. So a change of counts reaches: the organisations
of the names whose counts or organisation changed, and the organisation-less names that share
a word with a person (a "root") of those organisations who came, went or changed words. The
store keeps each distinct (name, organisation, code) with its count, organisation entity and
target, the roots by word, and the organisation-less names by word.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, Table, select

from kerjasama.link.normalise import normalise_name, person_tokens
from kerjasama.link.people import PersonKey, loose_target, org_targets
from kerjasama.store.bulk import chunks, insert_rows, rows_in
from kerjasama.store.link_tables import loose_names, person_names, person_roots
from kerjasama.store.party_index import StoredResolution


def person_key(name: str, org: str | None, org_code: str | None) -> str:
    return json.dumps([name, org, org_code], ensure_ascii=False)


def key_text(key: PersonKey) -> str:
    return json.dumps(list(key), ensure_ascii=False)


class StoredPeople:
    """The person names in play after a change of counts, with their keys and targets.

    After `update`: `rows` holds every name whose key or target may have changed (and the
    others of the organisations in play), each as a dict with its new count (`n`), `key` and
    `target` beside the stored `org_id` and `target` (`old_org`, `old_target`).
    """

    def __init__(self, conn: Connection, parties: StoredResolution, *, everything: bool) -> None:
        self.conn = conn
        self.parties = parties
        self.everything = everything
        self.rows: dict[str, dict] = {}

    def _rows(self, table: Table, column, values: Iterable) -> list:
        return rows_in(self.conn, [table], column, values)

    def _load(self, rows: Iterable) -> None:
        for r in rows:
            if r.person not in self.rows:
                self.rows[r.person] = {
                    "person": r.person,
                    "name_key": r.name_key,
                    "tokens": r.tokens,
                    "org_key": r.org_key,
                    "n": r.n,
                    "old_n": r.n,
                    "old_org": r.org_id,
                    "old_target": r.target,
                }

    def update(
        self, delta: Counter[str], party_keys: set[str], entities: set[str]
    ) -> dict[str, dict]:
        """Apply changes of name counts; `party_keys` are the party name keys whose votes or
        clusters changed, `entities` the entities whose data changed."""
        t = person_names
        if self.everything:
            self._load(self.conn.execute(select(t)))
        self._load(self._rows(t, t.c.person, delta))
        for person, n in delta.items():
            if person not in self.rows:
                name, org, code = json.loads(person)
                tokens = " ".join(person_tokens(name))
                self.rows[person] = {
                    "person": person,
                    "name_key": tokens.replace(" ", ""),
                    "tokens": tokens,
                    "org_key": normalise_name(org) if org and not code else None,
                    "n": 0,
                    "old_n": 0,
                    "old_org": None,
                    "old_target": None,
                }
            self.rows[person]["n"] += n
        self._load(self._rows(t, t.c.org_key, party_keys))
        self._resolve_orgs()
        changed = [
            r for r in self.rows.values() if r["person"] in delta or r["key"] != r["old_key"]
        ]
        orgs = {o for r in changed for o in (r["old_org"], r["key"] and r["key"][1]) if o}
        orgs |= entities
        self._load(self._rows(t, t.c.org_id, orgs))
        self._resolve_orgs()
        tokens: dict[PersonKey, set[str]] = defaultdict(set)
        for r in self.rows.values():
            if r["key"] is not None:
                tokens[r["key"]].update(r["tokens"].split())
        keys = {k: frozenset(v) for k, v in tokens.items()}
        by_org: dict[str, list[PersonKey]] = defaultdict(list)
        for key in sorted(keys, key=lambda k: (k[0], k[1] or "")):
            if key[1] is not None and (self.everything or key[1] in orgs):
                by_org[key[1]].append(key)
        targets: dict[PersonKey, PersonKey] = {}
        for members in by_org.values():
            targets.update(org_targets(members, keys))
        loose = self._loose_keys(changed, by_org, targets, keys)
        roots = self._roots(by_org, targets, keys, loose, orgs)
        for key in loose:
            targets[key] = loose_target(key, keys, roots)
        for r in self.rows.values():
            key = r["key"]
            r["target"] = key_text(targets[key]) if key in targets else r["old_target"]
            if key is not None and key not in targets:
                targets[key] = tuple(json.loads(r["old_target"]))  # type: ignore[assignment]
        self.targets = targets
        self._save(by_org, targets, keys, changed)
        return self.rows

    def _resolve_orgs(self) -> None:
        """Each row's key (None once gone) under the organisation entity its org resolves
        to now, beside its stored key, for the rows loaded since the last call."""
        rows = [r for r in self.rows.values() if "key" not in r]
        pairs = {tuple(json.loads(r["person"])[1:]) for r in rows if r["n"] > 0}
        found = self.parties.org_ids(pairs)
        for r in rows:
            r["old_key"] = (r["name_key"], r["old_org"]) if r["old_n"] > 0 else None
            if r["n"] > 0:
                _, org, code = json.loads(r["person"])
                r["key"] = (r["name_key"], found[(org, code)])
            else:
                r["key"] = None

    def _loose_keys(
        self,
        changed: list[dict],
        by_org: dict[str, list[PersonKey]],
        targets: dict[PersonKey, PersonKey],
        keys: dict[PersonKey, frozenset[str]],
    ) -> set[PersonKey]:
        """The organisation-less keys to merge again: changed ones, and those sharing a word
        with a root of an organisation in play (before or after)."""
        names = {r["name_key"] for r in changed if None in ((r["key"] or ("", 1))[1], r["old_org"])}
        words = {w for r in changed for w in r["tokens"].split()}
        for members in by_org.values():
            for key in members:
                words |= keys[key]
        old_roots = self._rows(person_roots, person_roots.c.org_id, by_org)
        words |= {w for r in old_roots for w in r.tokens.split()}
        if self.everything:
            names |= {k[0] for k in keys if k[1] is None}
        else:
            names |= {r.name_key for r in self._rows(loose_names, loose_names.c.token, words)}
        t = person_names
        found = [r for r in self._rows(t, t.c.name_key, names) if r.org_id is None]
        self._load(found)
        self._resolve_orgs()
        for r in self.rows.values():
            if r["key"] is not None and r["key"][1] is None:
                keys.setdefault(r["key"], frozenset())
                keys[r["key"]] = keys[r["key"]] | frozenset(r["tokens"].split())
        return {k for k in keys if k[1] is None and k[0] in names}

    def _roots(
        self,
        by_org: dict[str, list[PersonKey]],
        targets: dict[PersonKey, PersonKey],
        keys: dict[PersonKey, frozenset[str]],
        loose: set[PersonKey],
        orgs: set[str],
    ) -> dict[str, set[PersonKey]]:
        """The roots holding each word of the loose keys: as stored, those of the
        organisations in play as merged now."""
        words = {w for k in loose for w in keys[k]}
        roots: dict[str, set[PersonKey]] = defaultdict(set)
        for r in self._rows(person_roots, person_roots.c.token, words):
            if r.org_id in by_org or r.org_id in orgs:
                continue
            root: PersonKey = tuple(json.loads(r.root))  # type: ignore[assignment]
            roots[r.token].add(root)
            keys[root] = frozenset(r.tokens.split())  # all its words, as stored
        for members in by_org.values():
            for key in members:
                if targets[key] == key:
                    for w in keys[key]:
                        roots[w].add(key)
        return roots

    def _save(
        self,
        by_org: dict[str, list[PersonKey]],
        targets: dict[PersonKey, PersonKey],
        keys: dict[PersonKey, frozenset[str]],
        changed: list[dict],
    ) -> None:
        t = person_names
        moved = [
            r
            for r in self.rows.values()
            if r["n"] != r["old_n"] or r["key"] != r["old_key"] or r["target"] != r["old_target"]
        ]
        for chunk in chunks(sorted({r["person"] for r in moved})):
            self.conn.execute(t.delete().where(t.c.person.in_(chunk)))
        insert_rows(
            self.conn,
            t,
            [c.name for c in t.columns],
            [
                (
                    r["person"],
                    r["name_key"],
                    r["tokens"],
                    r["org_key"],
                    r["n"],
                    r["key"][1],
                    r["target"],
                )
                for r in moved
                if r["key"] is not None
            ],
        )
        for chunk in chunks(sorted(by_org)):
            self.conn.execute(person_roots.delete().where(person_roots.c.org_id.in_(chunk)))
        insert_rows(
            self.conn,
            person_roots,
            [c.name for c in person_roots.columns],
            [
                (w, key_text(key), key[1], " ".join(sorted(keys[key])))
                for members in by_org.values()
                for key in members
                if targets[key] == key
                for w in sorted(keys[key])
            ],
        )
        loose = {
            r["name_key"]
            for r in changed
            if None in ((r["key"] or ("", 1))[1], r["old_org"]) or r["old_n"] == 0
        }
        for chunk in chunks(sorted(loose)):
            self.conn.execute(loose_names.delete().where(loose_names.c.name_key.in_(chunk)))
        insert_rows(
            self.conn,
            loose_names,
            ["token", "name_key"],
            sorted({(w, k[0]) for k in keys if k[1] is None and k[0] in loose for w in keys[k]}),
        )
