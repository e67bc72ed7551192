"""People resolution: the same person across articles is one person, with their roles over time.

A person is keyed by their folded name without titles, honorifics and degrees, and by the
entity their organisation resolves to, so namesakes in different organisations stay apart.
Within one organisation a partial mention ("Akmal", "M Syafranuddin") joins the one full name
that contains all its words; a mention with no organisation joins the one person of that name.
Everything is decided from the whole set of mentions, so the order articles arrive in is moot.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from kerjasama.link.models import PersonProfile, RoleSpan
from kerjasama.link.normalise import (
    fold,
    most_frequent,
    person_tokens,
    role_display,
    role_key,
)
from kerjasama.link.thread import short_hash

_SLUG = re.compile(r"[^a-z0-9]+")

PersonKey = tuple[str, str | None]  # (name without spaces, organisation entity id)


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person as one article names them."""

    article: str
    date: date | None
    name: str
    role: str | None
    org: str | None
    org_id: str | None

    @property
    def tokens(self) -> tuple[str, ...]:
        return person_tokens(self.name)

    @property
    def key(self) -> PersonKey:
        return ("".join(self.tokens), self.org_id)


def _maximal(candidates: list[PersonKey], tokens: dict[PersonKey, frozenset[str]]) -> list:
    return [c for c in candidates if not any(tokens[c] < tokens[o] for o in candidates)]


def _order(key: PersonKey) -> tuple[str, str]:
    return (key[0], key[1] or "")


def merge_targets(keys: dict[PersonKey, frozenset[str]]) -> dict[PersonKey, PersonKey]:
    """Each key to the key it is one person with (itself, a fuller name, or a named org's)."""
    by_org: dict[str | None, list[PersonKey]] = defaultdict(list)
    for key in sorted(keys, key=_order):
        by_org[key[1]].append(key)
    target: dict[PersonKey, PersonKey] = {key: key for key in keys}
    for org, members in by_org.items():
        if org is not None:
            target.update(org_targets(members, keys))
    roots: dict[str, set[PersonKey]] = defaultdict(set)
    for key in keys:
        if key[1] is not None and target[key] == key:
            for token in keys[key]:
                roots[token].add(key)
    for key in by_org.get(None, []):
        target[key] = loose_target(key, keys, roots)
    return target


def org_targets(
    members: list[PersonKey], keys: dict[PersonKey, frozenset[str]]
) -> dict[PersonKey, PersonKey]:
    """Within one organisation, each key to the one fullest name holding all its words."""
    target = {}
    for key in members:
        fuller = [o for o in members if keys[key] < keys[o]]
        tops = _maximal(fuller, keys)
        target[key] = tops[0] if len(tops) == 1 else key
    return target


def loose_target(
    key: PersonKey, keys: dict[PersonKey, frozenset[str]], roots: dict[str, set[PersonKey]]
) -> PersonKey:
    """A key with no organisation to the one person of an organisation who holds all its
    words (`roots`: such people by word), the same name first; else itself."""
    holders = [roots.get(t, set()) for t in keys[key]]
    containing = sorted(set.intersection(*holders), key=_order) if holders else []
    same = [o for o in containing if o[0] == key[0]]
    fuller = same or _maximal([o for o in containing if keys[key] < keys[o]], keys)
    return fuller[0] if len(fuller) == 1 else key


def _role_spans(mentions: list[PersonMention], org_name: str | None) -> list[RoleSpan]:
    by_role: dict[str, list[PersonMention]] = defaultdict(list)
    for m in mentions:
        if m.role and role_key(m.role):
            by_role[role_key(m.role)].append(m)
    spans = []
    for group in by_role.values():
        dates = [m.date for m in group if m.date]
        spans.append(
            RoleSpan(
                role=most_frequent(Counter(role_display(m.role or "") for m in group)),
                org=org_name,
                first_seen=min(dates) if dates else None,
                last_seen=max(dates) if dates else None,
                articles=sorted({m.article for m in group}),
            )
        )
    return sorted(spans, key=lambda s: (s.first_seen is None, s.first_seen or date.min, s.role))


def _has_titles(name: str) -> bool:
    return len(person_tokens(name)) != len(fold(name).split())


def person_id(name_key: str, org_id: str | None, display: str) -> str:
    slug = _SLUG.sub("-", fold(display)).strip("-") or "person"
    return f"{slug}-{short_hash(name_key, org_id or '')[:6]}"


def person_keys(mentions: list[PersonMention]) -> dict[PersonKey, frozenset[str]]:
    """Each person key with every name word its mentions use."""
    tokens: dict[PersonKey, set[str]] = defaultdict(set)
    for m in mentions:
        tokens[m.key].update(m.tokens)
    return {k: frozenset(v) for k, v in tokens.items()}


def build_profile(
    target: PersonKey, group: list[PersonMention], org_names: dict[str, str]
) -> PersonProfile:
    """The profile of one person: every mention whose key merges into `target`."""
    name_key, org_id = target
    full = Counter(m.name.strip() for m in group if m.key == target)
    display = min(full, key=lambda n: (-full[n], _has_titles(n), -len(n), n))
    raw_orgs = Counter(m.org for m in group if m.org)
    org_name = org_names.get(org_id or "") or (most_frequent(raw_orgs) if raw_orgs else None)
    return PersonProfile(
        id=person_id(name_key, org_id, display),
        name=display,
        org=org_name,
        org_id=org_id,
        aliases=sorted({m.name.strip() for m in group} - {display}),
        roles=_role_spans(group, org_name),
        articles=sorted({m.article for m in group}),
    )


def resolve_people(
    mentions: list[PersonMention], org_names: dict[str, str]
) -> tuple[list[PersonProfile], dict[PersonMention, str]]:
    """The people behind the mentions, and each mention's person id."""
    target = merge_targets(person_keys(mentions))
    grouped: dict[PersonKey, list[PersonMention]] = defaultdict(list)
    for m in mentions:
        grouped[target[m.key]].append(m)
    profiles: list[PersonProfile] = []
    ids: dict[PersonMention, str] = {}
    for key, group in grouped.items():
        profile = build_profile(key, group, org_names)
        ids.update((m, profile.id) for m in group)
        profiles.append(profile)
    return sorted(profiles, key=lambda p: p.id), ids
