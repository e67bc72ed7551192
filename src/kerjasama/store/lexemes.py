"""The words of the full-text index, computed by the writer the same way for both backends.

SQLite's FTS5 (`unicode61 remove_diacritics 2`) splits text into runs of letters and digits,
lower-cased, without accents. PostgreSQL's `to_tsvector('simple', ...)` splits otherwise
(host names, hyphenated words, e-mail addresses as words of their own) and keeps accents,
and computing it was most of the server's cost of a write. So the writer computes the words
here, FTS5's way, and sends PostgreSQL the vector and the query as literals (`tsvector`,
`tsquery`): a word means the same on both backends, and the server only stores it.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
# ASCII bytes lower-cased, every byte but a letter or digit a space (the fast path of `words`).
_ASCII_WORDS = bytes(
    ord(chr(c).lower()) if c < 128 and chr(c).isalnum() else 32 for c in range(256)
)
MAX_LEXEME_BYTES = 2046  # PostgreSQL's limits: a lexeme under 2 kB, a vector under 1 MB
MAX_VECTOR_BYTES = 1_000_000


_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")


def fold(value: str) -> str:
    """Lower case without accents, as the full-text index compares words."""
    if value.isascii():
        return value.lower()
    # Casefolding and decomposition act per character, and the reordering of combining marks
    # within runs of them, so the ASCII stretches (most of a text) are only lower-cased.
    pieces = _NON_ASCII.split(value)
    pieces[::2] = [p.lower() for p in pieces[::2]]
    pieces[1::2] = [_fold_run(p) for p in pieces[1::2]]
    return "".join(pieces)


def _fold_run(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(value: str) -> list[str]:
    """The index's words of a text, in order: runs of letters and digits, folded."""
    if not value.isascii() and any(
        ch.isalnum() or unicodedata.combining(ch) for ch in set(value) if ord(ch) > 127
    ):
        return _folded_words(value)
    # ASCII, or only punctuation and spaces outside it (quotes, dashes): separators all.
    return value.encode("ascii", "replace").translate(_ASCII_WORDS).decode().split()


def _folded_words(value: str) -> list[str]:
    out: list[str] = []
    for word in _WORD.findall(value.casefold()):
        if word.isascii():
            out.append(word)
        else:  # fold the word alone: most of a text is ASCII
            out.extend(_WORD.findall(fold(word)))
    return out


def tsvector_literal(title: str | None, body: str) -> str:
    """The PostgreSQL `tsvector` of an article, as the type's input form: each word once,
    those of the title weighted A, the others D ("'kerja':1A 'sama':1A 'pelabuhan':2 ...").
    One position each, which only carries the weight (a word without one matches a query for
    title words too): nothing asks for phrases or PostgreSQL's ranking (the read model ranks
    title matches first, then the newest), and a short vector costs the server least."""
    in_title = set(words(title or ""))
    in_body = set(words(body)) - in_title
    if max(map(len, in_title | in_body), default=0) * 4 > MAX_LEXEME_BYTES:
        in_title, in_body = _fitting(in_title), _fitting(in_body)  # a word of 512 letters
    vector = " ".join([*(f"'{w}':1A" for w in in_title), *(f"'{w}':2" for w in in_body)])
    if len(vector.encode()) > MAX_VECTOR_BYTES:  # a text of some 50,000 distinct words
        vector = _bounded(vector.split(" "))
    return vector


def title_vector_literal(title: str | None) -> str:
    """The PostgreSQL `tsvector` of a title alone (each word once, no positions): the narrow
    index that asks "in the title" without reading the article's whole vector."""
    return _bounded([f"'{w}'" for w in sorted(_fitting(set(words(title or ""))))])


def _fits(word: str) -> bool:
    """Short enough to be a PostgreSQL lexeme."""
    return len(word.encode()) <= MAX_LEXEME_BYTES


def _fitting(lexemes: set[str]) -> set[str]:
    return set(filter(_fits, lexemes))


def _bounded(lexemes: list[str]) -> str:
    kept, size = [], 0
    for lexeme in lexemes:
        size += len(lexeme.encode()) + 1
        if size > MAX_VECTOR_BYTES:
            break
        kept.append(lexeme)
    return " ".join(kept)


def tsquery_literal(terms: list[tuple[str, bool]]) -> str:
    """The PostgreSQL `tsquery` asking for every (word, is_prefix) of a query ("'kerja' &
    'sama':*"); a term that folds to several words asks for each, its prefix on the last.
    Empty where the terms hold no word. (A title query asks the titles' own vectors.)"""
    parts: list[str] = []
    for term, prefix in terms:
        found = [w for w in words(term) if _fits(w)]
        parts.extend(f"'{w}'" for w in found[:-1])
        if found:
            parts.append(f"'{found[-1]}'" + (":*" if prefix else ""))
    return " & ".join(parts)
