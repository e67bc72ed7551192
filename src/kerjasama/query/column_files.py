"""The column index in files beside the database, mapped read-only by every process.

A SQLite register `kerjasama.db` keeps its columns in `kerjasama.db.columns/<mark>/` (a
PostgreSQL one in `$KERJASAMA_COLUMNS_DIR`, default `~/.cache/kerjasama/columns`, in a folder
named by a digest of its URL without the password: each machine serving it keeps its own): one
`.npy` file per array, `vocab.json`, and `mark.json` written last (a folder without it is
incomplete and ignored). A process that starts maps the newest folder (`np.load(mmap_mode=
"r")`: no copy, the page cache shared by every uvicorn worker), patches it with what changed
since its mark, and writes a new folder only when the patch has grown large, so a start costs
the mapping plus the patch rather than a build. Writes go to a temporary folder renamed into
place, so a reader never sees half a folder; older folders are removed after a new one.

A folder may also keep the frequent words' article sets (`words/`: `packed.npy`, one packed
row per (word, prefix, column) key, and `keys.json`, the keys and the mark they were computed
for), written once by the first process that looked them up; a process that maps the folder
starts with them instead of asking FTS5 (`kerjasama.query.textmatch`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path

import numpy as np

from kerjasama.query.column_reads import PARTY, Mark, Vocabulary
from kerjasama.query.columns import ColumnIndex, Columns, KeptWords
from kerjasama.store import Store

KEEP = 2  # folders kept: the newest, and the one a process may still be mapping
REWRITE_SHARE = 0.02  # a patch above this share of the articles is written to new files
REWRITE_MIN = 2000  # ... and above this many articles
WORDS = "words"  # the sub-folder of the words' sets


def folder_of(store: Store) -> Path | None:
    """Where a store keeps its columns (None: an in-memory database)."""
    url = store.engine.url
    if store.engine.dialect.name == "sqlite":
        if url.database in (None, "", ":memory:"):
            return None
        return Path(f"{url.database}.columns")
    given = os.environ.get("KERJASAMA_COLUMNS_DIR")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    base = Path(given).expanduser() if given else cache / "kerjasama" / "columns"
    identity = url.set(password=None).render_as_string(hide_password=False)
    return base / hashlib.sha256(identity.encode()).hexdigest()[:20]


def save(index: ColumnIndex, root: Path) -> Path:
    """Write the index's files under `root/<mark>` (kept if another process wrote them)."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    final = root / index.mark.name()
    if (final / "mark.json").exists():
        return final
    tmp = Path(tempfile.mkdtemp(prefix=".writing-", dir=root))
    try:
        for name, array in index.columns.arrays().items():
            np.save(tmp / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
        vocab = {name: v.as_json() for name, v in index.vocab.items() if name not in PARTY[1:]}
        (tmp / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
        (tmp / "mark.json").write_text(json.dumps(asdict(index.mark)))
        os.chmod(tmp, 0o700)
        try:
            tmp.rename(final)
        except OSError:  # another process renamed its copy first
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _prune(root)
    return final


def _complete(root: Path) -> list[Path]:
    """Complete folders under `root`, newest first."""
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if not p.name.startswith(".") and (p / "mark.json").exists()]
    return sorted(found, key=lambda p: (p / "mark.json").stat().st_mtime, reverse=True)


def _prune(root: Path) -> None:
    for old in _complete(root)[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)


def load(folder: Path) -> ColumnIndex:
    """The index in `folder`, its arrays mapped read-only."""
    arrays = {
        p.name.removesuffix(".npy"): np.load(p, mmap_mode="r", allow_pickle=False)
        for p in folder.glob("*.npy")
    }
    data = json.loads((folder / "vocab.json").read_text())
    vocab = {name: Vocabulary.from_json(v) for name, v in data.items()}
    vocab["partner"] = vocab["party"] = vocab["region"]
    mark = Mark(**json.loads((folder / "mark.json").read_text()))
    index = ColumnIndex(Columns.from_arrays(arrays), vocab, mark)
    index.words = load_words(folder)
    return index


def mapped_files(index: ColumnIndex) -> list[Path]:
    """The files whose pages the index's arrays map (its columns' and its kept words')."""
    arrays = list(index.columns.arrays().values())
    if index.words is not None:
        arrays.append(index.words.packed)
    names = {a.filename for a in arrays if isinstance(a, np.memmap) and a.filename}
    return sorted(Path(n) for n in names)


def read_ahead(index: ColumnIndex, chunk: int = 1 << 20) -> int:
    """Read the files the index maps once, start to end, so that the operating system's cache
    holds them before requests touch their pages one by one (after a reboot or a dropped cache,
    a filter's first pass over a mapped column took 100-160 ms at a million articles). Bytes
    read; a file removed meanwhile is passed over."""
    buffer, total = bytearray(chunk), 0
    for path in mapped_files(index):
        try:
            with path.open("rb", buffering=0) as f:
                while n := f.readinto(buffer):
                    total += n
        except OSError:
            continue
    return total


def wants_words(root: Path, index: ColumnIndex) -> bool:
    """Whether the index has its folder under `root` and that folder keeps no words yet."""
    folder = root / index.mark.name()
    return (folder / "mark.json").exists() and not (folder / WORDS).exists()


def save_words(root: Path, index: ColumnIndex, sets: dict[tuple, np.ndarray]) -> bool:
    """Keep the packed article sets of words (by key) computed for `index` in its folder
    under `root`; only where that folder is there and keeps none yet. Whether written."""
    folder = root / index.mark.name()
    width = (index.n_articles + 7) // 8
    sets = {k: v for k, v in sets.items() if v.shape == (width,)}
    if not sets or not wants_words(root, index):
        return False
    try:
        tmp = Path(tempfile.mkdtemp(prefix=".words-", dir=folder))
    except OSError:  # the folder was removed meanwhile
        return False
    try:
        packed = np.stack([np.asarray(v, dtype=np.uint8) for v in sets.values()])
        np.save(tmp / "packed.npy", packed, allow_pickle=False)
        keys = {"mark": asdict(index.mark), "articles": index.n_articles, "keys": list(sets)}
        (tmp / "keys.json").write_text(json.dumps(keys, ensure_ascii=False))
        tmp.rename(folder / WORDS)  # fails where another process renamed its copy first
        return True
    except OSError:
        return False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def load_words(folder: Path) -> KeptWords | None:
    """The words' sets kept in `folder`, mapped read-only (None: none, or unreadable)."""
    try:
        data = json.loads((folder / WORDS / "keys.json").read_text())
        packed = np.load(folder / WORDS / "packed.npy", mmap_mode="r", allow_pickle=False)
        rows = {(str(w), bool(p), c): i for i, (w, p, c) in enumerate(data["keys"])}
        kept = KeptWords(Mark(**data["mark"]), int(data["articles"]), rows, packed)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if packed.dtype != np.uint8 or packed.shape != (len(rows), (kept.articles + 7) // 8):
        return None
    return kept


def load_latest(root: Path) -> ColumnIndex | None:
    """The newest readable index under `root`, or None."""
    for folder in _complete(root):
        try:
            return load(folder)
        except (OSError, ValueError, KeyError, TypeError):
            continue  # removed meanwhile, or written by another version: try the next
    return None


def open_columns(store: Store, previous: ColumnIndex | None = None) -> ColumnIndex:
    """The column index of the store as it is now: `previous` (or the newest files) patched
    with what changed since, or a build; written to files when the files lag far behind."""
    root = folder_of(store)
    base = previous if previous is not None else (load_latest(root) if root else None)
    with store.engine.connect() as conn:
        index = base.refreshed(conn) if base is not None else ColumnIndex.build(conn)
    if base is not None and index is not base and _own_words(base):
        index.words = base.words  # the patch's lineage moves them (`TextMatcher`)
    if root is not None and _worth_writing(root, index):
        written = load(save(index, root))  # mapped: the page cache, not this process, holds it
        written.lineage = index.lineage
        if written.words is None:
            written.words = index.words
        return written
    return index


def _own_words(index: ColumnIndex) -> bool:
    """Whether the index keeps words' sets computed for itself (not for an index before)."""
    return index.words is not None and index.words.mark == index.mark


def _worth_writing(root: Path, index: ColumnIndex) -> bool:
    """Whether the newest files are missing or lag the index by a large patch."""
    newest = _complete(root)
    if not newest:
        return True
    try:
        written = Mark(**json.loads((newest[0] / "mark.json").read_text()))
    except (OSError, ValueError, TypeError):
        return True
    if written == index.mark:
        return False
    grown = abs(index.mark.articles - written.articles) + index.mark.rowid - written.rowid
    return grown > max(REWRITE_MIN, REWRITE_SHARE * index.n_articles)
