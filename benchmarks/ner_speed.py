"""Print the tagging speed (tokens per second per core) of the shipped NER taggers.

Tags every token of the NERGrit and NERP test splits in one process, one thread, and
divides by the process CPU time (so the figure is per core). The first pass starts with an
empty word-feature cache, as a freshly loaded tagger does; the second pass is warm.

Usage: .venv/bin/python benchmarks/ner_speed.py [--data ../shared]
"""

from __future__ import annotations

import argparse
import time

from kerjasama.ner.corpus import CORPORA, load_split
from kerjasama.ner.tagger import load_tagger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="shared data dir (default ../shared)")
    args = parser.parse_args()
    sentences = [s.tokens for c in CORPORA for s in load_split(c, "test", args.data)]
    n_tokens = sum(len(s) for s in sentences)
    print(f"{len(sentences)} sentences, {n_tokens} tokens (NERGrit + NERP test)")
    for name in ("nergrit", "nerp"):
        tagger = load_tagger(name)
        for run in ("cold", "warm"):
            cpu0, wall0 = time.process_time(), time.perf_counter()
            for tokens in sentences:
                tagger.tag(tokens)
            cpu = time.process_time() - cpu0
            wall = time.perf_counter() - wall0
            print(
                f"{name:8} {run}: {n_tokens / cpu:10,.0f} tokens/s per core (CPU time)"
                f"  {n_tokens / wall:10,.0f} tokens/s wall"
            )


if __name__ == "__main__":
    main()
