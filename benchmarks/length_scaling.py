"""Extraction time against text length: time must grow linearly (a 5 MB text in under 15 s).

Builds texts of growing size from the development set's articles (tests/devset), extracts each
once after a warm-up, and prints wall and CPU seconds and CPU microseconds per character (CPU
time is the figure on a shared machine).
Run: python benchmarks/length_scaling.py [MAX_MB]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from kerjasama.extract import extract_raw
from kerjasama.extract.pipeline import warm_up
from kerjasama.sources.model import RawArticle

REPO = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 24)


def main() -> None:
    top = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    base = "\n\n".join(
        p.read_text() for p in sorted((REPO / "tests/devset/articles").glob("*.txt"))
    )
    warm_up()
    extract_raw(RawArticle(text=base[:3000]), TODAY)
    print(f"{'size':>10}  {'seconds':>8}  {'CPU s':>8}  {'µs/char (CPU)':>13}")
    size = 50_000
    while size <= top * 1_000_000:
        text = (base * (size // len(base) + 1))[:size]
        start, cpu = time.perf_counter(), time.process_time()
        extract_raw(RawArticle(text=text), TODAY)
        took, used = time.perf_counter() - start, time.process_time() - cpu
        print(f"{size:>10,}  {took:8.2f}  {used:8.2f}  {used / size * 1e6:13.2f}", flush=True)
        size *= 2 if size < 1_000_000 else 2.5
        size = int(size)


if __name__ == "__main__":
    main()
