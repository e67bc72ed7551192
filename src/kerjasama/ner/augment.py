"""Turn lower-cased NERP sentences into cased PERSON / PLACE training data for the cased model.

NERP is news text (officials introduced as "gubernur jawa barat ridwan kamil ...") but
lower-cased and without organisations. To let the cased model learn those news patterns,
sentences are re-cased: entity tokens, the sentence's first token, and the title chain just
before an entity (words the news corpus mostly writes capitalised, like "gubernur") get a
capital. Sentences that could hide an unlabelled organisation or product are dropped: those
with IND / EVT / FNB entities, or with another word that the news mostly capitalises.
"""

from __future__ import annotations

from collections.abc import Iterable

from kerjasama.ner.clusters import Lexicon
from kerjasama.ner.conlleval import split_tag
from kerjasama.ner.corpus import Sentence

#: NERP types mapped to NERGrit types; sentences with any other type are dropped.
NERP_TO_NERGRIT: dict[str, str] = {"PPL": "PERSON", "PLC": "PLACE"}
_CAPITALISED = frozenset({"cap=3", "cap=4"})
_OFTEN_CAPITALISED = frozenset({"cap=2", "cap=3", "cap=4"})


def _band(lexicon: Lexicon, word: str) -> str:
    return next((f for f in lexicon.get(word, ()) if f.startswith("cap=")), "cap=?")


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def recase(sent: Sentence, lexicon: Lexicon, cues: dict[str, tuple[str, ...]]) -> Sentence | None:
    """Return a cased copy of a lower-cased NERP sentence with NERGrit tags, or None to drop it."""
    if sent.tags is None:
        return None
    tags: list[str] = []
    for tag in sent.tags:
        prefix, label = split_tag(tag)
        if label and label not in NERP_TO_NERGRIT:
            return None
        tags.append(f"{prefix}-{NERP_TO_NERGRIT[label]}" if label else "O")
    n = len(sent.tokens)
    upper = [tags[i] != "O" or i == 0 for i in range(n)]
    for i in range(n - 1, -1, -1):  # title chains: capitalised words right before an entity
        word = sent.tokens[i]
        if tags[i] == "O" and i + 1 < n and upper[i + 1]:
            band = _band(lexicon, word)
            if band in _CAPITALISED or (band in _OFTEN_CAPITALISED and word in cues):
                upper[i] = True
    for i in range(1, n):
        if not upper[i] and _band(lexicon, sent.tokens[i]) in _CAPITALISED:
            return None
    if all(tag == "O" for tag in tags):
        return None
    tokens = [_capitalise(w) if up else w for w, up in zip(sent.tokens, upper, strict=True)]
    return Sentence(tokens, tags)


def recased_nerp(
    sentences: Iterable[Sentence], lexicon: Lexicon, cues: dict[str, tuple[str, ...]]
) -> list[Sentence]:
    """Re-case every NERP sentence that can be used; drop the rest."""
    kept = (recase(sent, lexicon, cues) for sent in sentences)
    return [sent for sent in kept if sent is not None]
