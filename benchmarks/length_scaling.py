"""Extraction time against text length: time must grow linearly (a 5 MB text in under 15 s).

Builds texts of growing size from the development set's articles (tests/devset), extracts each
once after a warm-up, and prints wall and CPU seconds and CPU microseconds per character (CPU
time is the figure on a shared machine). With `--spacy-python PATH` (an interpreter with spaCy)
it prints spaCy's bare tokenizer and sentencizer on the same text beside it: this machine's
speed moves, the ratio much less.
Run: python benchmarks/length_scaling.py [MAX_MB] [--spacy-python PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import time
from pathlib import Path

from kerjasama.extract import extract_raw
from kerjasama.extract.pipeline import warm_up
from kerjasama.sources.model import RawArticle

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 24)


# Run by the interpreter that has spaCy: CPU seconds for one text read from standard input.
SPACY_RUN = """
import sys, time
import spacy
text = sys.stdin.read()
nlp = spacy.blank("id")
nlp.add_pipe("sentencizer")
nlp.max_length = len(text) + 1
nlp(text[:3000])
start = time.process_time()
sum(1 for _ in nlp(text).sents)
print(time.process_time() - start)
"""


def spacy_seconds(python: str, text: str) -> float:
    done = subprocess.run(
        [python, "-c", SPACY_RUN], input=text, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("max_mb", nargs="?", type=float, default=5.0)
    parser.add_argument("--spacy-python", default=None, help="an interpreter with spaCy")
    args = parser.parse_args()
    top = args.max_mb
    base = "\n\n".join(
        p.read_text() for p in sorted((REPO / "tests/devset/articles").glob("*.txt"))
    )
    warm_up()
    extract_raw(RawArticle(text=base[:3000]), TODAY)
    head = f"{'size':>10}  {'seconds':>8}  {'CPU s':>8}  {'µs/char (CPU)':>13}"
    print(head + ("  spaCy CPU s  ratio" if args.spacy_python else ""))
    size = 50_000
    while size <= top * 1_000_000:
        text = (base * (size // len(base) + 1))[:size]
        start, cpu = time.perf_counter(), time.process_time()
        extract_raw(RawArticle(text=text), TODAY)
        took, used = time.perf_counter() - start, time.process_time() - cpu
        line = f"{size:>10,}  {took:8.2f}  {used:8.2f}  {used / size * 1e6:13.2f}"
        if args.spacy_python:
            theirs = spacy_seconds(args.spacy_python, text)
            line += f"  {theirs:11.2f}  {theirs / used:5.2f}x"
        print(line, flush=True)
        size *= 2 if size < 1_000_000 else 2.5
        size = int(size)


if __name__ == "__main__":
    main()
