"""Extraction throughput on real news: articles per second on one core, against spaCy.

Prints the whole kerjasama extraction (every stage, record built) and spaCy's bare Indonesian
tokenizer plus sentencizer on the same texts, and the ratio. This machine's speed moves by
a quarter from minute to minute, so the two are measured in turns (`--rounds`), each round
giving its own ratio; the median ratio is the figure. spaCy runs in this interpreter when it
is installed here, else in the one `--spacy-python` names (a virtual environment of its own:
`python -m venv /tmp/spacy && /tmp/spacy/bin/pip install spacy`).

Run: python benchmarks/extract_speed.py [LIMIT] [--rounds N] [--spacy-python PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from corpus import load_news

from kerjasama.extract import extract_raw
from kerjasama.extract.pipeline import warm_up
from kerjasama.sources.model import RawArticle

HERE = Path(__file__).resolve().parent

# Run by the interpreter that has spaCy: CPU seconds for the same texts (corpus.py needs only
# the standard library).
SPACY_RUN = """
import sys, time
sys.path.insert(0, {here!r})
from corpus import load_news
import spacy
texts = load_news({limit!r})
nlp = spacy.blank("id")
nlp.add_pipe("sentencizer")
list(nlp.pipe(texts[:10]))
start = time.process_time()
for doc in nlp.pipe(texts, batch_size=64):
    for _ in doc.sents:
        pass
print(time.process_time() - start)
"""


def bench_kerjasama(texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        extract_raw(RawArticle(text=text), dt.date(2026, 11, 24))
    return time.process_time() - start


def bench_spacy(limit: int | None, python: str | None) -> float | None:
    """CPU seconds of spaCy's tokenizer and sentencizer over the texts, or None without it."""
    if python is None:
        if importlib.util.find_spec("spacy") is None:
            return None
        python = sys.executable
    code = SPACY_RUN.format(here=str(HERE), limit=limit)
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("limit", nargs="?", type=int, default=None, help="first N articles")
    parser.add_argument("--rounds", type=int, default=1, help="turns of both, interleaved")
    parser.add_argument("--spacy-python", default=None, help="an interpreter with spaCy")
    args = parser.parse_args()
    texts = load_news(args.limit)
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} articles, {chars / len(texts):.0f} characters on average")
    warm_up()  # loading the gazetteer and the model is start-up, not per-article work
    extract_raw(RawArticle(text=texts[0]), dt.date(2026, 11, 24))
    ratios = []
    for round_no in range(1, args.rounds + 1):
        ours = bench_kerjasama(texts)
        line = f"round {round_no}: kerjasama {len(texts) / ours:6.0f} articles/s per core"
        theirs = bench_spacy(args.limit, args.spacy_python)
        if theirs is not None:
            ratios.append(theirs / ours)
            line += f", spaCy tokenizer+sentencizer {len(texts) / theirs:6.0f}"
            line += f", ratio {theirs / ours:.2f}x"
        print(line, flush=True)
    if ratios:
        print(f"median ratio (kerjasama / spaCy): {statistics.median(ratios):.2f}x")
    else:
        print("spaCy not found: install it here or pass --spacy-python to compare")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
