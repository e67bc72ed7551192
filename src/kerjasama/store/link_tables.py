"""The tables of the link result and of its incremental refresh, declared in one place.

`result` holds what linking produced (partnerships, people, entities) and each article's link
facts; `refresh` holds what an incremental refresh keeps between runs: the party resolution
(`party_index`), who each person name is (`people_index`), and which articles and entities
feed which partnership (`relink`). Migrations create each group at its schema version.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Index, Integer, MetaData, String, Table, Text

result = MetaData()
refresh = MetaData()

partnerships = Table(
    "link_partnerships",
    result,
    Column("id", String(64), primary_key=True),
    Column("stage", String(16), nullable=False),
    Column("scope", String(16), nullable=False),
    Column("first_date", String(10)),
    Column("last_date", String(10)),
    Column("stalled", Integer, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("data", Text, nullable=False),
)
people = Table(
    "link_people",
    result,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("data", Text, nullable=False),
)
entities = Table(
    "link_entities",
    result,
    Column("id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("data", Text, nullable=False),
)


# What the linker took from each article, so a refresh reads again only the changed records.
facts_cache = Table(
    "link_facts",
    result,
    Column("article_id", String(64), primary_key=True),
    Column("data", Text, nullable=False),
)

# The refresh: articles, people and entities of each partnership (relink).
mention_articles = Table(
    "link_mention_articles",
    refresh,
    Column("mention", Text, primary_key=True),
    Column("article_id", String(64), primary_key=True),
)
Index("ix_link_mention_articles_article", mention_articles.c.article_id)
person_mentions = Table(
    "link_person_mentions",
    refresh,
    Column("article_id", String(64), primary_key=True),
    Column("pos", Integer, primary_key=True),
    Column("person", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("role", Text),
    Column("date", String(10)),
    Column("org_id", Text),
    Column("person_id", String(128), nullable=False),
)
Index("ix_link_person_mentions_name", person_mentions.c.name_key)
person_groups = Table(
    "link_person_groups",
    refresh,
    Column("target", Text, primary_key=True),
    Column("person_id", String(128), nullable=False),
)
article_partnerships = Table(
    "link_article_partnerships",
    refresh,
    Column("article_id", String(64), primary_key=True),
    Column("partnership_id", String(64), primary_key=True),
)
Index("ix_link_article_partnerships_p", article_partnerships.c.partnership_id)
partnership_deps = Table(
    "link_partnership_deps",
    refresh,
    Column("partnership_id", String(64), primary_key=True),
    Column("entity_id", Text, primary_key=True),
)
Index("ix_link_partnership_deps_entity", partnership_deps.c.entity_id)
partnership_people = Table(
    "link_partnership_people",
    refresh,
    Column("partnership_id", String(64), primary_key=True),
    Column("person_id", String(128), primary_key=True),
)
Index("ix_link_partnership_people_person", partnership_people.c.person_id)
signal_days = Table(
    "link_signal_days",
    refresh,
    Column("partnership_id", String(64), primary_key=True),
    Column("day", String(10), nullable=False),
)
Index("ix_link_signal_days_day", signal_days.c.day)

# The party resolution (party_index).
party_mentions = Table(
    "link_party_mentions",
    refresh,
    Column("mention", Text, primary_key=True),  # JSON [name, code, kind, country]
    Column("name_key", Text, nullable=False),
    Column("local", Text),  # its id on its own evidence (code, exact gazetteer name)
    Column("n", Integer, nullable=False),
    Column("entity", Text, nullable=False),  # what it resolves to
    Column("clustered", Integer, nullable=False),  # 1: placed by clustering
)
Index("ix_link_party_mentions_key", party_mentions.c.name_key)
Index("ix_link_party_mentions_local", party_mentions.c.local)
Index("ix_link_party_mentions_entity", party_mentions.c.entity)
alias_counts = Table(
    "link_alias_counts",
    refresh,
    Column("name_key", Text, primary_key=True),
    Column("entity", Text, primary_key=True),
    Column("n", Integer, nullable=False),
)
Index("ix_link_alias_counts_entity", alias_counts.c.entity)
name_nodes = Table(
    "link_name_nodes",
    refresh,
    Column("node", Text, primary_key=True),  # JSON [key, family, country, entity]
    Column("name_key", Text, nullable=False),
    Column("weight", Integer, nullable=False),  # mentions placed by clustering; 0: a known body
    Column("cluster", Text, nullable=False),  # the first node of its cluster
    Column("resolved", Text, nullable=False),  # the cluster's entity
)
Index("ix_link_name_nodes_key", name_nodes.c.name_key)
Index("ix_link_name_nodes_cluster", name_nodes.c.cluster)
name_blocks = Table(
    "link_name_blocks",
    refresh,
    Column("block", Text, primary_key=True),
    Column("node", Text, primary_key=True),
)
Index("ix_link_name_blocks_node", name_blocks.c.node)

# Who each person name is (people_index).
person_names = Table(
    "link_person_names",
    refresh,
    Column("person", Text, primary_key=True),  # JSON [name, org, org_code]
    Column("name_key", Text, nullable=False),
    Column("tokens", Text, nullable=False),
    Column("org_key", Text),  # the party name key its organisation resolves by, if by name
    Column("n", Integer, nullable=False),
    Column("org_id", Text),
    Column("target", Text, nullable=False),  # JSON [name key, org id] of the person it is
)
Index("ix_link_person_names_org", person_names.c.org_id)
Index("ix_link_person_names_org_key", person_names.c.org_key)
Index("ix_link_person_names_name", person_names.c.name_key)
Index("ix_link_person_names_target", person_names.c.target)
person_roots = Table(
    "link_person_roots",
    refresh,
    Column("token", Text, primary_key=True),
    Column("root", Text, primary_key=True),  # JSON [name key, org id]
    Column("org_id", Text, nullable=False),
    Column("tokens", Text, nullable=False),
)
Index("ix_link_person_roots_org", person_roots.c.org_id)
loose_names = Table(
    "link_person_loose",
    refresh,
    Column("token", Text, primary_key=True),
    Column("name_key", Text, primary_key=True),
)


def create_link_tables(conn: Connection) -> None:
    """Migration step: the tables of the link result."""
    result.create_all(conn)


def create_refresh_tables(conn: Connection) -> None:
    """Migration step: the tables an incremental refresh reads."""
    refresh.create_all(conn)
