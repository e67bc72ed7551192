"""Generated article records of realistic shape, for benchmarks of the store and the refresh.

The cooperation records, parties and people come from `link_threading.generate` (a few
thousand partnerships with the spellings real extractions show); the title and text are real
news paragraphs (../shared/data/news) when present, else generated words, so the full-text
index has real work to do.
"""

from __future__ import annotations

import random

from link_threading import generate

from kerjasama import record

_FILLER = "Pemerintah daerah menyampaikan bahwa kerja sama ini membuka peluang investasi baru. "


def _texts(limit: int = 2_000) -> list[str]:
    try:
        from corpus import load_news

        return load_news(limit)
    except SystemExit:
        return [_FILLER * (30 + i % 20) for i in range(limit)]


def records(n: int, *, partnerships: int = 3_000, seed: int = 7, start: int = 0) -> list:
    """`n` article records; `start` shifts the ids, so two calls can fill one store."""
    articles, _ = generate(n, partnerships, seed=seed)
    texts = _texts()
    rng = random.Random(seed)
    out: list[record.Article] = []
    for i, article in enumerate(articles):
        body = f"{article.title}. {rng.choice(texts)} ({start + i})"
        out.append(article.model_copy(update={"id": f"g{start + i:07d}", "text": body}, deep=False))
    return out
