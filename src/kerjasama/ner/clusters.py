"""Word clusters and capitalisation statistics learnt from unlabelled text (the NER lexicon).

Word vectors come from a positive-PMI co-occurrence matrix (window ±2, context-distribution
smoothing 0.75) reduced with a randomized SVD; spherical k-means over the vectors then gives
flat clusters at several granularities. For every lower-cased word the lexicon also stores
how often it is written capitalised inside a sentence, a strong cue on lower-cased text.
Building needs numpy; reading a built lexicon does not.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kerjasama.ner.corpus import write_gzip_lines
from kerjasama.ner.errors import MissingDependencyError

Lexicon = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class ClusterConfig:
    """Settings of the lexicon build."""

    min_count: int = 2
    max_vocab: int = 60000
    n_contexts: int = 4000
    windows: tuple[int, ...] = (2, 5)
    dim: int = 200
    ks: tuple[int, ...] = (32, 128, 512, 2048)
    kmeans_iters: int = 15
    seed: int = 13


def _numpy() -> Any:
    try:
        import numpy as np
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "building word clusters needs numpy (pip install numpy); "
            "the shipped lexicon can be used without it"
        ) from exc
    return np


def cap_bucket(capitalised: int, total: int) -> str:
    """Band the share of in-sentence occurrences that start with a capital letter."""
    if total < 2:
        return "cap=?"
    ratio = capitalised / total
    if ratio == 0:
        return "cap=0"
    if ratio < 0.1:
        return "cap=1"
    if ratio < 0.5:
        return "cap=2"
    if ratio < 0.9:
        return "cap=3"
    return "cap=4"


def count_words(
    sentences: Iterable[Sequence[str]],
) -> tuple[list[list[str]], Counter[str], Counter[str], Counter[str]]:
    """Lower-case the sentences; count words, in-sentence and capitalised in-sentence uses."""
    lowered: list[list[str]] = []
    counts: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for sent in sentences:
        low = [tok.lower() for tok in sent]
        lowered.append(low)
        counts.update(low)
        for tok, tok_low in zip(sent[1:], low[1:], strict=True):
            inner[tok_low] += 1
            if tok[:1].isupper():
                capital[tok_low] += 1
    return lowered, counts, capital, inner


def word_vectors(
    lowered: list[list[str]], vocab: list[str], cfg: ClusterConfig, window: int
) -> Any:
    """Return unit-length PPMI-SVD vectors, one row per vocabulary word."""
    np = _numpy()
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(cfg.n_contexts, len(vocab))
    unk = len(vocab)
    ids = np.fromiter(
        (index.get(w, unk) for sent in lowered for w in [*sent, "\n"]), dtype=np.int64
    )
    rows_all, cols_all = [], []
    for off in range(1, window + 1):
        a, b = ids[:-off], ids[off:]
        rows_all += [a, b]
        cols_all += [b, a]
    rows = np.concatenate(rows_all)
    cols = np.concatenate(cols_all)
    keep = (rows < unk) & (cols < n_ctx)
    codes = rows[keep] * n_ctx + cols[keep]
    uniq, freq = np.unique(codes, return_counts=True)
    matrix = np.zeros((len(vocab), n_ctx), dtype=np.float32)
    matrix[uniq // n_ctx, uniq % n_ctx] = freq
    row_sum = matrix.sum(axis=1, keepdims=True) + 1e-9
    ctx = matrix.sum(axis=0) ** 0.75
    ctx_p = ctx / ctx.sum()
    with np.errstate(divide="ignore"):
        pmi = np.log(matrix / row_sum / ctx_p[None, :])
    ppmi = np.maximum(pmi, 0).astype(np.float32)
    del matrix, pmi
    vectors = _randomized_svd(ppmi, cfg.dim, cfg.seed)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def _randomized_svd(matrix: Any, dim: int, seed: int, oversample: int = 20, iters: int = 3) -> Any:
    """Halko et al. randomized SVD; returns U * sqrt(S) (the usual symmetric weighting)."""
    np = _numpy()
    rng = np.random.default_rng(seed)
    omega = rng.standard_normal((matrix.shape[1], dim + oversample)).astype(np.float32)
    q, _ = np.linalg.qr(matrix @ omega)
    for _ in range(iters):
        q, _ = np.linalg.qr(matrix.T @ q)
        q, _ = np.linalg.qr(matrix @ q)
    small = q.T @ matrix
    u_small, s, _ = np.linalg.svd(small, full_matrices=False)
    u = q @ u_small[:, :dim]
    return u * np.sqrt(s[:dim])[None, :]


def spherical_kmeans(vectors: Any, k: int, iters: int, seed: int) -> Any:
    """Cluster unit vectors by cosine similarity; returns one cluster id per row."""
    np = _numpy()
    rng = np.random.default_rng(seed)
    k = min(k, len(vectors))
    centres = vectors[rng.choice(len(vectors), size=k, replace=False)].copy()
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iters):
        labels = np.argmax(vectors @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] < 1e-9
        sums[empty] = vectors[rng.choice(len(vectors), size=int(empty.sum()), replace=False)]
        norms[empty] = 1.0
        centres = sums / norms
    return labels


def build_lexicon(sentences: Iterable[Sequence[str]], cfg: ClusterConfig | None = None) -> Lexicon:
    """Learn clusters and capitalisation bands; map each lower-cased word to its features."""
    cfg = cfg or ClusterConfig()
    _numpy()  # fail before reading the corpus when numpy is missing
    lowered, counts, capital, inner = count_words(sentences)
    vocab = [w for w, c in counts.most_common(cfg.max_vocab) if c >= cfg.min_count]
    feats: list[list[str]] = [[] for _ in vocab]
    for window in cfg.windows:
        vectors = word_vectors(lowered, vocab, cfg, window)
        for k in cfg.ks:
            ids = spherical_kmeans(vectors, k, cfg.kmeans_iters, cfg.seed + k)
            for i, cluster in enumerate(ids.tolist()):
                feats[i].append(f"w{window}k{k}={cluster}")
    lexicon: Lexicon = {}
    for i, word in enumerate(vocab):
        lexicon[word] = (*feats[i], cap_bucket(capital[word], inner[word]))
    for word, total in inner.items():
        if word not in lexicon and total >= 2:
            lexicon[word] = (cap_bucket(capital[word], total),)
    return lexicon


def save_lexicon(lexicon: Lexicon, path: Path) -> None:
    """Write the lexicon as gzip'd `word<TAB>feat<TAB>feat...` lines (deterministic order)."""
    write_gzip_lines(
        path,
        (
            word + "\t" + "\t".join(lexicon[word]) + "\n"
            for word in sorted(lexicon)
            if "\t" not in word and "\n" not in word
        ),
    )


def load_lexicon(path: Path) -> Lexicon:
    """Read a lexicon written by `save_lexicon`."""
    lexicon: Lexicon = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, *feats = line.rstrip("\n").split("\t")
            lexicon[word] = tuple(feats)
    return lexicon
