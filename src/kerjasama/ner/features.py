"""Token features for the CRF: word form, shape, affixes, cue words, clusters and context.

Features that depend only on the word are computed once per word type and cached, so
feature extraction stays fast; window and bigram features are then assembled per token.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from kerjasama.ner.clusters import Lexicon
from kerjasama.ner.gazetteer import Gazetteer

_SHAPE_MAP = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEAT = re.compile(r"(.)\1+")


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


def word_shape(token: str) -> str:
    """Map letters to X/x and digits to d, keeping other characters (`Jakarta` -> `Xxxxxxx`)."""
    return token.translate(_SHAPE_MAP)


def short_shape(token: str) -> str:
    """Word shape with runs collapsed (`Jakarta` -> `Xx`, `2017` -> `d`)."""
    return _REPEAT.sub(r"\1", word_shape(token))


class FeatureExtractor:
    """Turn a tokenised sentence into CRFsuite feature lists (one list of strings per token)."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        gazetteers: Sequence[Gazetteer] = (),
        window: int = 2,
    ) -> None:
        self.lexicon: Lexicon = lexicon or {}
        self.gazetteers: tuple[Gazetteer, ...] = tuple(gazetteers)
        self.cues = cue_words()
        self.window = window
        self._cache: dict[str, tuple[list[str], list[str], list[str], str]] = {}

    def _word(self, token: str) -> tuple[list[str], list[str], list[str], str]:
        """Return (own features, near-context features, far-context features) for a word."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        low = token.lower()
        shape = short_shape(token)
        lex = self.lexicon.get(low, ())
        cues = [f"cue={c}" for c in self.cues.get(low, ())]
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
        own = [f"w={low}", f"sh={shape}", f"lsh={word_shape(token)[:6]}", f"len={min(len(token), 8)}"]
        own += [f"p{n}={low[:n]}" for n in range(2, 6) if len(low) > n]
        own += [f"s{n}={low[-n:]}" for n in range(2, 6) if len(low) > n]
        own += flags + cues + list(lex)
        if not lex:
            own.append("nolex")
        near = [f"w={low}", f"sh={shape}", f"s3={low[-3:]}", *flags, *cues, *lex]
        far = [f"w={low}", f"sh={shape}", *cues]
        cls = next((f for f in lex if f.startswith("w2k128=")), "c=none")
        if len(self._cache) < 500_000:
            self._cache[token] = (own, near, far, cls)
        return own, near, far, cls

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
        words = [self._word(tok) for tok in tokens]
        lows = [w[0][0] for w in words]
        gaz = self.gazetteer_hits([low[2:] for low in lows], gazetteers)
        shapes = [w[0][1] for w in words]
        n = len(tokens)
        result: list[list[str]] = []
        for i in range(n):
            feats = ["bias", *words[i][0], *gaz[i]]
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    ctx = words[j][1] if off in (-1, 1) else words[j][2]
                    feats += [f"{off}:{f}" for f in ctx]
                    if off in (-1, 1) and gaz[j]:
                        feats += [f"{off}:{f}" for f in gaz[j]]
                elif off in (-1, 1):
                    feats.append(f"{off}:pad")
            prev_low = lows[i - 1] if i else "w=<s>"
            next_low = lows[i + 1] if i + 1 < n else "w=</s>"
            prev_sh = shapes[i - 1] if i else "sh=<s>"
            next_sh = shapes[i + 1] if i + 1 < n else "sh=</s>"
            feats.append(f"bw-1|{prev_low}|{lows[i]}")
            feats.append(f"bw+1|{lows[i]}|{next_low}")
            feats.append(f"tsh|{prev_sh}|{shapes[i]}|{next_sh}")
            feats.append(f"pwsh|{prev_low}|{shapes[i]}")
            feats.append(f"shnw|{shapes[i]}|{next_low}")
            prev_c = words[i - 1][3] if i else "<s>"
            feats.append(f"pwc|{prev_low}|{words[i][3]}")
            feats.append(f"pcsh|{prev_c}|{shapes[i]}")
            if i > 1:
                feats.append(f"bw-2|{lows[i - 2]}|{prev_low}")
            if i + 2 < n:
                feats.append(f"bw+2|{next_low}|{lows[i + 2]}")
            result.append(feats)
        return result
