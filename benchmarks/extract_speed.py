"""Extraction throughput on real news: articles per second on one core, against spaCy.

Prints the whole kerjasama extraction (every stage, record built) and spaCy's bare Indonesian
tokenizer plus sentencizer on the same texts, and the ratio. Run: python benchmarks/extract_speed.py
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import time

from corpus import load_news

from kerjasama.extract import extract_raw
from kerjasama.extract.pipeline import warm_up
from kerjasama.sources.model import RawArticle


def bench_kerjasama(texts: list[str]) -> float:
    warm_up()  # loading the gazetteer and the model is start-up, not per-article work
    extract_raw(RawArticle(text=texts[0]), dt.date(2026, 11, 24))
    start = time.process_time()
    for text in texts:
        extract_raw(RawArticle(text=text), dt.date(2026, 11, 24))
    return time.process_time() - start


def bench_spacy(texts: list[str]) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe(texts[:10]))
    start = time.process_time()
    for doc in nlp.pipe(texts, batch_size=64):
        for _ in doc.sents:
            pass
    return time.process_time() - start


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    texts = load_news(limit)
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} articles, {chars / len(texts):.0f} characters on average")
    ours = bench_kerjasama(texts)
    rate = len(texts) / ours
    print(f"kerjasama extraction:        {rate:8.0f} articles/s per core ({ours:.2f} s CPU)")
    theirs = bench_spacy(texts)
    if theirs is None:
        print("spaCy not installed: pip install spacy to compare")
    else:
        rate = len(texts) / theirs
        print(f"spaCy tokenizer+sentencizer: {rate:8.0f} articles/s per core ({theirs:.2f} s CPU)")
        print(f"ratio (kerjasama / spaCy):   {theirs / ours:8.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
