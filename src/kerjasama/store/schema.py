"""Tables of the register. Extracted values and human-confirmed values live apart.

`articles.record` holds the extractor's record as JSON; `confirmations` holds what reviewers
confirmed or corrected, keyed so that it survives re-extraction; the flat tables below exist
for filtering and are rebuilt from the record on every write.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

# Work owed to the derived data: "links" is set in the transaction of every batch that changes
# records and cleared in the transaction of the refresh, so a run killed between the two is
# finished by the next one.
link_state = Table(
    "link_state",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", String(64), nullable=False),
)

# The articles changed since the last refresh, written beside the "links" mark: the refresh
# re-links what they touch instead of the whole register.
link_dirty = Table(
    "link_dirty",
    metadata,
    Column("article_id", String(64), primary_key=True),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("path", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("outlet", String(200)),
    Column("dateline", String(200)),
    Column("is_cooperation", Boolean, nullable=False, default=False),
    Column("cooperation_score", Float, nullable=False, default=0.0),
    Column("text", Text, nullable=False),
    Column("record", Text, nullable=False),
    Column("ingested_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
)
Index("ix_articles_url", articles.c.url)
Index("ix_articles_published", articles.c.published)
# The read model's columns: the register order read from an index alone, and the articles
# written since a snapshot found without a scan (kerjasama.query.column_reads).
Index("ix_articles_register", articles.c.published.desc(), articles.c.id, articles.c.is_cooperation)
Index("ix_articles_updated", articles.c.updated_at)

cooperations = Table(
    "cooperations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("scope", String(16), nullable=False),
    Column("instrument", String(16), nullable=False),
    Column("action", String(16), nullable=False),
    Column("date", String(10)),
    Column("year", Integer),
    Column("place", String(200)),
    Column("confidence", Float, nullable=False),
    Column("party_key", Text, nullable=False),
)
Index("ix_coop_article", cooperations.c.article_id)
Index("ix_coop_year", cooperations.c.year)

parties = Table(
    "cooperation_parties",
    metadata,
    Column(
        "cooperation_id", Integer, ForeignKey("cooperations.id", ondelete="CASCADE"), nullable=False
    ),
    Column("role", String(16), nullable=False),  # party | facilitator
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("code", String(32)),
    Column("kind", String(32), nullable=False),
    Column("country", String(8)),
)
Index("ix_parties_coop", parties.c.cooperation_id)
Index("ix_parties_code", parties.c.code)

sectors = Table(
    "cooperation_sectors",
    metadata,
    Column(
        "cooperation_id", Integer, ForeignKey("cooperations.id", ondelete="CASCADE"), nullable=False
    ),
    Column("sector", String(32), nullable=False),
)
Index("ix_sectors_coop", sectors.c.cooperation_id)

people = Table(
    "article_people",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False),
    Column("role", Text),
    Column("org", Text),
    Column("org_code", String(32)),
)
Index("ix_people_article", people.c.article_id)

confirmations = Table(
    "confirmations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # Not a foreign key: a confirmation outlives deletion and re-extraction of its article.
    Column("article_id", String(64), nullable=False),
    Column("target", Text, nullable=False),  # "article" or "cooperation:<party_key>"
    Column("field", String(64), nullable=False),
    Column("value", Text, nullable=False),  # JSON
    Column("before", Text),  # JSON of the extracted value it replaced
    Column("reviewer", String(200), nullable=False),
    Column("confirmed_at", String(32), nullable=False),
)
Index("ix_confirm_article", confirmations.c.article_id)
