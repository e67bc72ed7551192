"""Token features for the CRF: word form, shape, affixes, cue words, clusters and context.

Features that depend only on the word are computed once per word type and cached, so
feature extraction stays fast; window, gazetteer and conjunction features are then
assembled per token. The feature set was chosen on the validation splits
(see `benchmarks/ner.md`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import NamedTuple

from kerjasama.ner.clusters import Lexicon
from kerjasama.ner.gazetteer import Gazetteer

_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEAT = re.compile(r"(.)\1+")
#: Lexicon feature used in conjunctions: the 128-cluster partition of the window-2 vectors.
COARSE_CLUSTER = "w2k128="
_CACHE_LIMIT = 500_000


@cache
def cue_words() -> dict[str, tuple[str, ...]]:
    """Load the cue-word list (person titles, place and organisation heads) from package data."""
    text = resources.files("kerjasama.ner").joinpath("data/cue_words.txt").read_text("utf-8")
    cues: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, category = line.split("\t")
        cues.setdefault(word.strip(), set()).add(category.strip())
    return {w: tuple(sorted(c)) for w, c in cues.items()}


@cache
def person_cues() -> dict[str, tuple[str, ...]]:
    """The cue words plus the extractor's title data (`kerjasama.lang.id.titles`): what the
    person model sees of titles, honorifics and ranks before a name."""
    from kerjasama.lang.id.titles import HONORIFICS, RANKS, TITLE_HEADS, TITLE_WORDS

    cues = {w: set(c) for w, c in cue_words().items()}
    for words, category in (
        (TITLE_HEADS, "TITLE_HEAD"),
        (TITLE_WORDS, "TITLE_WORD"),
        (HONORIFICS, "HONORIFIC"),
        (RANKS, "RANK"),
    ):
        for word in words:
            cues.setdefault(word, set()).add(category)
    return {w: tuple(sorted(c)) for w, c in cues.items()}


def word_shape(token: str) -> str:
    """Map letters to X/x and digits to d, keeping other characters (`Jakarta` -> `Xxxxxxx`)."""
    return token.translate(_SHAPE_MAP)


def short_shape(token: str) -> str:
    """Word shape with runs collapsed (`Jakarta` -> `Xx`, `2017` -> `d`)."""
    return _REPEAT.sub(r"\1", word_shape(token))


def _flags(token: str) -> list[str]:
    flags = []
    if token[:1].isupper():
        flags.append("title")
    if token.isupper() and len(token) > 1:
        flags.append("upper")
    if any(ch.isdigit() for ch in token):
        flags.append("digit")
    if "-" in token:
        flags.append("hyphen")
    if not any(ch.isalnum() for ch in token):
        flags.append("punct")
    return flags


class WordInfo(NamedTuple):
    """The cached, position-independent features of one word form."""

    own: list[str]  # features of the token itself
    near: list[str]  # features it lends to its neighbours at -1 / +1
    far: list[str]  # features it lends at -2 / +2
    low: str  # `w=<lower-cased form>`
    shape: str  # `sh=<short shape>`
    cluster: str  # coarse cluster id, for conjunctions
    # `near` and `far` as lent, with the neighbour's offset written in ("-1:w=...")
    at_minus1: list[str]
    at_plus1: list[str]
    at_minus2: list[str]
    at_plus2: list[str]


def _word_info(
    own: list[str], near: list[str], far: list[str], low: str, shape: str, cluster: str
) -> WordInfo:
    return WordInfo(
        own,
        near,
        far,
        low,
        shape,
        cluster,
        [f"-1:{f}" for f in near],
        [f"1:{f}" for f in near],
        [f"-2:{f}" for f in far],
        [f"2:{f}" for f in far],
    )


class FeatureExtractor:
    """Turn a tokenised sentence into CRFsuite feature lists (one list of strings per token)."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        gazetteers: Sequence[Gazetteer] = (),
        cues: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.lexicon: Lexicon = lexicon or {}
        self.gazetteers: tuple[Gazetteer, ...] = tuple(gazetteers)
        self.cues = cue_words() if cues is None else cues
        self._cache: dict[str, WordInfo] = {}

    def word(self, token: str) -> WordInfo:
        """Return the (cached) word-level features of a token."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        low = token.lower()
        lex = self.lexicon.get(low, ())
        cues = [f"cue={c}" for c in self.cues.get(low, ())]
        flags = _flags(token)
        w, sh = f"w={low}", f"sh={short_shape(token)}"
        own = [w, sh, f"lsh={word_shape(token)[:6]}", f"len={min(len(token), 8)}"]
        own += [f"p{n}={low[:n]}" for n in range(2, 6) if len(low) > n]
        own += [f"s{n}={low[-n:]}" for n in range(2, 6) if len(low) > n]
        own += [*flags, *cues, *lex] if lex else [*flags, *cues, "nolex"]
        near = [w, sh, f"s3={low[-3:]}", *flags, *cues, *lex]
        cluster = next((f for f in lex if f.startswith(COARSE_CLUSTER)), "c=none")
        info = _word_info(own, near, [w, sh, *cues], w, sh, cluster)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[token] = info
        return info

    def gazetteer_hits(
        self, lows: list[str], gazetteers: Sequence[Gazetteer] | None = None
    ) -> list[list[str]]:
        """Per token, the gazetteer features of all lists (`gB=PLACE`, `gI=PLACE`, ...)."""
        hits: list[list[str]] = [[] for _ in lows]
        for gaz in self.gazetteers if gazetteers is None else gazetteers:
            for i, feats in enumerate(gaz.match(lows)):
                if feats:
                    hits[i] += feats
        return hits

    def sentence(
        self, tokens: list[str], gazetteers: Sequence[Gazetteer] | None = None
    ) -> list[list[str]]:
        """Return the feature lists of every token (`gazetteers` overrides the extractor's)."""
        infos = [self.word(tok) for tok in tokens]
        gaz = self.gazetteer_hits([info.low[2:] for info in infos], gazetteers)
        return [_token_features(infos, gaz, i) for i in range(len(infos))]


_BOS = _word_info([], ["pad"], [], "w=<s>", "sh=<s>", "<s>")
_EOS = _word_info([], ["pad"], [], "w=</s>", "sh=</s>", "</s>")


def _token_features(infos: list[WordInfo], gaz: list[list[str]], i: int) -> list[str]:
    """Assemble the features of token `i` from its own and its neighbours' word features."""
    n = len(infos)
    cur = infos[i]
    prev = infos[i - 1] if i else _BOS
    nxt = infos[i + 1] if i + 1 < n else _EOS
    feats = ["bias", *cur.own, *gaz[i]]
    if i == 0:
        feats.append("BOS")
    if i == n - 1:
        feats.append("EOS")
    feats += prev.at_minus1
    feats += nxt.at_plus1
    if i:
        feats += [f"-1:{f}" for f in gaz[i - 1]]
    if i + 1 < n:
        feats += [f"1:{f}" for f in gaz[i + 1]]
    if i > 1:
        feats += infos[i - 2].at_minus2
        feats.append(f"bw-2|{infos[i - 2].low}|{prev.low}")
    if i + 2 < n:
        feats += infos[i + 2].at_plus2
        feats.append(f"bw+2|{nxt.low}|{infos[i + 2].low}")
    feats += [
        f"bw-1|{prev.low}|{cur.low}",
        f"bw+1|{cur.low}|{nxt.low}",
        f"tsh|{prev.shape}|{cur.shape}|{nxt.shape}",
        f"pwsh|{prev.low}|{cur.shape}",
        f"shnw|{cur.shape}|{nxt.low}",
        f"pwc|{prev.low}|{cur.cluster}",
        f"pcsh|{prev.cluster}|{cur.shape}",
    ]
    return feats
