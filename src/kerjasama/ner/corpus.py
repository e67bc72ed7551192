"""Read and write CoNLL-style NER files and locate the shared corpora on disk.

A corpus file has one `token<TAB>tag` pair per line and a blank line between sentences
(the IndoNLU `*_preprocess.txt` layout). The shared data directory is found from a
`--data` option, else the `KERJASAMA_SHARED` environment variable, else `<cwd>/../shared`.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kerjasama.ner.errors import CorpusFormatError, DataNotFoundError

CORPORA: tuple[str, ...] = ("nergrit", "nerp")
SPLITS: tuple[str, ...] = ("train", "valid", "test")
ENV_SHARED = "KERJASAMA_SHARED"
#: Corpora whose text is lower-cased; their taggers lower-case input tokens first.
LOWERCASED: frozenset[str] = frozenset({"nerp"})


@dataclass
class Sentence:
    """One sentence: its tokens and, when the file has them, the gold IOB tags."""

    tokens: list[str]
    tags: list[str] | None = None


def parse_conll(lines: Iterable[str], source: str = "<input>") -> Iterator[Sentence]:
    """Yield sentences from CoNLL lines; the second column (if any) is the gold tag."""
    tokens: list[str] = []
    tags: list[str] = []
    has_tags: bool | None = None
    for lineno, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if tokens:
                yield Sentence(tokens, tags if has_tags else None)
            tokens, tags = [], []
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if not cols or not cols[0]:
            raise CorpusFormatError(f"{source}:{lineno}: empty token in line {line!r}")
        line_has_tag = len(cols) >= 2
        if has_tags is None:
            has_tags = line_has_tag
        elif has_tags != line_has_tag:
            raise CorpusFormatError(
                f"{source}:{lineno}: some lines have a tag column and some do not ({line!r})"
            )
        tokens.append(cols[0])
        if line_has_tag:
            tags.append(cols[1])
    if tokens:
        yield Sentence(tokens, tags if has_tags else None)


def read_conll(path: Path) -> list[Sentence]:
    """Read a whole CoNLL-style file into a list of sentences."""
    path = Path(path)
    if not path.is_file():
        raise DataNotFoundError(f"CoNLL file not found: {path}")
    with path.open(encoding="utf-8") as fh:
        return list(parse_conll(fh, source=str(path)))


def format_conll(sentences: Iterable[Sentence], predictions: Iterable[list[str]]) -> Iterator[str]:
    """Yield output lines `token<TAB>gold<TAB>pred` (gold omitted when absent), blank between."""
    for sent, pred in zip(sentences, predictions, strict=True):
        for i, token in enumerate(sent.tokens):
            if sent.tags is not None:
                yield f"{token}\t{sent.tags[i]}\t{pred[i]}\n"
            else:
                yield f"{token}\t{pred[i]}\n"
        yield "\n"


def write_gzip_lines(path: Path, lines: Iterable[str]) -> None:
    """Write text lines to a gzip file reproducibly (no timestamp or name in the header)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz,
        io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh,
    ):
        fh.writelines(lines)


def shared_root(data: Path | str | None = None) -> Path:
    """Return the shared root directory (the one holding `data/ner` and `data/news`)."""
    if data is None:
        data = os.environ.get(ENV_SHARED) or Path.cwd().parent / "shared"
    path = Path(data).expanduser()
    if (path / "data" / "ner").is_dir():
        return path
    if (path / "nergrit").is_dir() and path.parent.name == "data":
        return path.parent.parent
    if (path / "ner").is_dir() and (path / "ner" / "nergrit").is_dir():
        return path.parent
    raise DataNotFoundError(
        f"no NER corpora under {path} (expected {path / 'data' / 'ner'}); "
        f"pass --data or set {ENV_SHARED} to the shared directory"
    )


def ner_dir(data: Path | str | None = None) -> Path:
    """Return `<shared>/data/ner`."""
    return shared_root(data) / "data" / "ner"


def news_dir(data: Path | str | None = None) -> Path:
    """Return `<shared>/data/news` (the unlabelled news used for word clusters)."""
    return shared_root(data) / "data" / "news"


def split_path(corpus: str, split: str, data: Path | str | None = None) -> Path:
    """Return the path of one corpus split, e.g. `nergrit`, `test`."""
    if corpus not in CORPORA:
        raise DataNotFoundError(f"unknown corpus {corpus!r}; choose one of {', '.join(CORPORA)}")
    if split not in SPLITS:
        raise DataNotFoundError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    return ner_dir(data) / corpus / f"{split}_preprocess.txt"


def load_split(corpus: str, split: str, data: Path | str | None = None) -> list[Sentence]:
    """Read one split of one corpus."""
    return read_conll(split_path(corpus, split, data))


def iter_news_sentences(data: Path | str | None = None) -> Iterator[list[str]]:
    """Yield tokenised sentences of the unlabelled news (IndoSum dev folds), deduplicated by id."""
    folder = news_dir(data)
    files = sorted(folder.glob("*/*.jsonl"))
    if not files:
        raise DataNotFoundError(f"no *.jsonl news files under {folder}")
    seen: set[str] = set()
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                article = json.loads(line)
                art_id = str(article.get("id", ""))
                if art_id in seen:
                    continue
                seen.add(art_id)
                for paragraph in article.get("paragraphs", []):
                    for sentence in paragraph:
                        if sentence:
                            yield [str(tok) for tok in sentence]
