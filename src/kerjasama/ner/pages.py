"""Person labels on annotated pages: the gold people's names projected onto the page text.

A gold line lists every named person of a page (`../shared/data/realnews/README.md`), but not
where each is written. `project_people` finds them: each name's words, matched on the page's
tokens case-insensitively with spaces and punctuation left out ("Darsono R.T. Wiratmaja"
spells "Darsono RT Wiratmaja"), every occurrence; after a person's first full mention, a later
capitalised first or last word of the name alone ("kata Wiratmaja") is a short mention of them
too (not a word the news mostly writes in lower case, nor a region's name). Tokens and
sentences are the tagger's own (`kerjasama.ner.tokenize`), so training sees what it will tag.

Only sentences where the labels can be trusted and that the model will be asked about are
kept (`PageSentences.kept`): those with a person or a capitalised title head. A sentence with a
title head followed by no projected person is dropped when a gold name of the page was not
found anywhere: it may be that person written another way, and would teach the model to miss
them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kerjasama.lang.id.titles import ANY_TITLE_WORD, HONORIFICS, TITLE_HEADS
from kerjasama.ner.corpus import Sentence
from kerjasama.ner.tokenize import split_sentences, tokenize

PERSON = "PERSON"
#: Shortest name word taken alone as a short mention ("Ali" yes, "Al" no).
MIN_SHORT_FORM = 3
#: Tokens after a title head within which its person's name starts ("Kepala Dinas X Y <name>").
TITLE_REACH = 8


@dataclass
class PageSentences:
    """The labelled sentences of one page and what the projection could not do."""

    kept: list[Sentence] = field(default_factory=list)
    dropped: int = 0  # sentences left out as untrustworthy
    unfound: list[str] = field(default_factory=list)  # gold names not found on the page


def _key(token: str) -> str | None:
    """The matching form of a token: lower-cased, None for punctuation."""
    return token.lower() if any(ch.isalnum() for ch in token) else None


def _name_keys(name: str) -> list[str]:
    """The name's word keys, honorifics dropped ("Dr. H. Ali Akbar" -> ["ali", "akbar"])."""
    keys = [k for k in (_key(w) for w in _words(name)) if k]
    while len(keys) > 1 and keys[0] in HONORIFICS:
        keys.pop(0)
    return keys


def _words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def _find(keys: Sequence[str | None], name: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last + 1) token spans whose words, spaces and punctuation left out, spell the
    name's words ("R.T." for "RT", "Abdul Rahman" for "Abdulrahman")."""
    target = "".join(name)
    found = []
    for i, key in enumerate(keys):
        if key is None or not target.startswith(key):
            continue
        spelt, j = key, i
        while len(spelt) < len(target) and j + 1 < len(keys):
            j += 1
            nxt = keys[j]
            if nxt is not None:
                spelt += nxt
            if not target.startswith(spelt):
                break
        if spelt == target:
            found.append((i, j + 1))
    return found


def _short_forms(name: Sequence[str], common: frozenset[str]) -> set[str]:
    """Words of a name that may stand alone for it later: its first and last word."""
    ends = {name[0], name[-1]} if len(name) > 1 else set()
    return {
        w for w in ends if len(w) >= MIN_SHORT_FORM and w not in common and w not in ANY_TITLE_WORD
    }


def _label(tags: list[str], first: int, last: int) -> bool:
    """Tag tokens [first, last) as one person unless they overlap a span already tagged."""
    if any(t != "O" for t in tags[first:last]):
        return False
    tags[first] = f"B-{PERSON}"
    for i in range(first + 1, last):
        tags[i] = f"I-{PERSON}"
    return True


def _title_heads(tokens: Sequence[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t[:1].isupper() and t.lower() in TITLE_HEADS]


def _title_without_person(tags: Sequence[str], heads: Sequence[int]) -> bool:
    """A title head with no person among the next `TITLE_REACH` tokens."""
    return any(all(t == "O" for t in tags[i + 1 : i + 1 + TITLE_REACH]) for i in heads)


def project_people(
    text: str, names: Iterable[str], common: frozenset[str] = frozenset()
) -> PageSentences:
    """Label the persons `names` on `text`, sentence by sentence (see the module docstring).

    `common` holds lower-cased words never taken alone as a short mention (words the news
    mostly writes in lower case: "Putra" of a name is also "son").
    """
    offsets = tokenize(text)
    tokens = [text[s:e] for s, e in offsets]
    keys = [_key(t) for t in tokens]
    tags = ["O"] * len(tokens)
    result = PageSentences()
    people = sorted({tuple(k) for k in map(_name_keys, names) if k}, key=len, reverse=True)
    firsts: dict[tuple[str, ...], int] = {}
    for name in people:  # longest first, so a name inside a longer one is not split off
        spans = _find(keys, name)
        if not spans:
            result.unfound.append(" ".join(name))
            continue
        firsts[name] = spans[0][0]
        for first, last in spans:
            _label(tags, first, last)
    for name, start in firsts.items():
        for word in _short_forms(name, common):
            for i in range(start + len(name), len(tokens)):
                if keys[i] == word and tokens[i][:1].isupper() and tags[i] == "O":
                    _label(tags, i, i + 1)
    index = {span: k for k, span in enumerate(offsets)}
    for sent in split_sentences(text, offsets):
        ids = [index[span] for span in sent]
        sent_tokens = [tokens[i] for i in ids]
        sent_tags = [tags[i] for i in ids]
        heads = _title_heads(sent_tokens)
        if not heads and all(t == "O" for t in sent_tags):
            continue  # the model is never asked about such a sentence
        if result.unfound and _title_without_person(sent_tags, heads):
            result.dropped += 1  # perhaps an unfound person, written another way
            continue
        result.kept.append(Sentence(sent_tokens, sent_tags))
    return result
