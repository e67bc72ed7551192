"""Full-text words: the writer computes them, so a word means the same on SQLite and PostgreSQL.

FTS5 folds accents and splits host names, hyphenated and underscored words into their words;
PostgreSQL's own parser kept accents and made a host name one word. Both backends now index
and ask the words of `kerjasama.store.lexemes`.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text

from kerjasama.query.search import search
from kerjasama.record import Article, Source
from kerjasama.store import open_store
from kerjasama.store.lexemes import fold, tsquery_literal, tsvector_literal, words


def _articles() -> list[Article]:
    bodies = {
        "w1": ("Kópi Lorenta ke Miravel", "Pemkab Lorenta meneken nota ekspor kópi arabika."),
        "w2": (None, "Rilis lengkap di lorentanews.co.id dan laman kerja-sama_daerah pemkab."),
        "w3": ("Pelabuhan Selindra", "Kemitraan pelabuhan Selindra dibahas bersama Miravel."),
    }
    return [
        Article(id=aid, title=title, text=body, source=Source(published="2024-05-0" + aid[1]))
        for aid, (title, body) in bodies.items()
    ]


def test_words_fold_accents_and_split_as_fts5_does() -> None:
    assert words("Kópi ARABIKA dari lorentanews.co.id, kerja-sama_daerah!") == [
        "kopi",
        "arabika",
        "dari",
        "lorentanews",
        "co",
        "id",
        "kerja",
        "sama",
        "daerah",
    ]


def test_words_of_decomposed_accents_and_other_scripts() -> None:
    assert words("Cafe\u0301 “Ñandú” – ² 東京") == ["cafe", "nandu", "2", "東京"]


def test_vector_weights_the_title_and_holds_each_word_once() -> None:
    vector = tsvector_literal("Kopi Lorenta", "Lorenta ekspor kopi, ekspor kopi")
    assert sorted(vector.split(" ")) == ["'ekspor':2", "'kopi':1A", "'lorenta':1A"]
    assert tsquery_literal([("Kópi", False), ("kerja-sa", True)]) == "'kopi' & 'kerja' & 'sa':*"
    assert tsquery_literal([("!!", False)]) == ""


def test_a_very_long_text_stays_under_the_vector_limits() -> None:
    body = " ".join(f"kata{i}" for i in range(150_000)) + " " + "a" * 3_000
    vector = tsvector_literal("Judul", body)
    assert len(vector.encode()) <= 1_000_000 and "'judul':1A" in vector
    assert "'kata7'" in tsvector_literal(None, "kata7 " + "a" * 3_000 + " kata8")
    assert "aaaa" not in vector


def _same_answers(store) -> None:
    assert [h.id for h in search(store, "kopi")[1]] == ["w1"]
    assert [h.id for h in search(store, "lorentanews")[1]] == ["w2"]
    assert [h.id for h in search(store, "kerja sama daerah")[1]] == ["w2"]
    # Title matches first, then the newest: w3 (in its text only) is newer than w1.
    assert [h.id for h in search(store, "mirav")[1]] == ["w1", "w3"]
    with store.engine.connect() as conn:
        (best, rank, snippet), *_ = store.search_backend.match(conn, "kópi", 5)
    assert best == "w1" and rank > 0


def test_sqlite_words(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "w.db"))
    store.save_batch(_articles())
    _same_answers(store)


def test_postgres_words_are_the_sqlite_words(pg_fresh: str) -> None:
    store = open_store(pg_fresh)
    store.save_batch(_articles())
    _same_answers(store)
    # A changed record replaces its vector: the old words go, the new ones are found.
    store.save_batch([store.get("w3").model_copy(update={"text": "Dermaga Selindra baru."})])
    assert search(store, "kemitraan")[0] == 0 and [h.id for h in search(store, "dermaga")[1]] == [
        "w3"
    ]
    store.engine.dispose()


def test_postgres_register_of_server_vectors_is_upgraded(pg_fresh: str) -> None:
    """Migration 32: vectors PostgreSQL computed itself (accents kept, host names whole) are
    computed again by the writer's rules."""
    store = open_store(pg_fresh)
    store.save_batch(_articles())
    with store.engine.begin() as conn:  # the index as it was before migration 32
        conn.execute(
            text(
                "UPDATE articles_fts f SET doc = setweight(to_tsvector('simple', "
                "coalesce(a.title, '')), 'A') || to_tsvector('simple', a.text) "
                "FROM articles a WHERE a.id = f.article_id"
            )
        )
        conn.execute(text("DELETE FROM schema_version WHERE version = 32"))
    assert search(store, "kopi")[0] == 0  # the older index kept the accent: "kópi"
    store.engine.dispose()
    store = open_store(pg_fresh)
    _same_answers(store)
    store.engine.dispose()


def test_postgres_register_without_title_vectors_gets_them(pg_fresh: str) -> None:
    """Migration 33: a title query asks the titles' own vectors; a register written before
    them has them computed, and a rewritten article replaces its title's vector."""
    store = open_store(pg_fresh)
    store.save_batch(_articles())
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE articles_title_fts"))
        conn.execute(text("DELETE FROM schema_version WHERE version = 33"))
    store.engine.dispose()
    store = open_store(pg_fresh)
    backend = store.search_backend
    with store.engine.connect() as conn:
        assert backend.matching_ids(conn, [("pelabuhan", False)], title=True) == ["w3"]
        assert sorted(backend.matching_ids(conn, [("miravel", False)])) == ["w1", "w3"]
        assert backend.matching_ids(conn, [("miravel", False)], title=True) == ["w1"]
        assert backend.matching_ids(conn, [("miravel", False)], among=["w3", "w2"]) == ["w3"]
    store.save_batch([store.get("w3").model_copy(update={"title": "Dermaga Selindra"})])
    with store.engine.connect() as conn:
        assert backend.matching_ids(conn, [("pelabuhan", False)], title=True) == []
        assert backend.matching_ids(conn, [("dermaga", False)], title=True) == ["w3"]
    store.engine.dispose()


@pytest.mark.parametrize("query", ["", "  ", "*"])
def test_a_query_without_words_matches_nothing(tmp_path: Path, query: str) -> None:
    store = open_store(str(tmp_path / "e.db"))
    store.save_batch(_articles())
    with store.engine.connect() as conn:
        assert store.search_backend.match(conn, query, 5) == []


def test_fold_is_the_whole_texts_casefold_without_marks() -> None:
    """Folding only the non-ASCII stretches gives what folding the whole text gives, marks
    that follow an ASCII letter and characters that fold to several included."""

    def whole(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    rng = random.Random(5)
    alphabet = "aZe9 -.\n" + "\u0301\u0323\u0308éÉßİ\u212a\ufb01ñ’—\u1e0d\u0130"
    for _ in range(2000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold(value) == whole(value), repr(value)
    assert fold("Kópi ARABIKA — Ṣabah") == "kopi arabika — sabah"
