"""The column index in files beside the database, mapped read-only by every process.

A SQLite register `kerjasama.db` keeps its columns in `kerjasama.db.columns/<mark>/`: one
`.npy` file per array, `vocab.json`, and `mark.json` written last (a folder without it is
incomplete and ignored). A process that starts maps the newest folder (`np.load(mmap_mode=
"r")`: no copy, the page cache shared by every uvicorn worker), patches it with what changed
since its mark, and writes a new folder only when the patch has grown large, so a start costs
the mapping plus the patch rather than a build. Writes go to a temporary folder renamed into
place, so a reader never sees half a folder; older folders are removed after a new one.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path

import numpy as np

from kerjasama.query.column_reads import PARTY, Mark, Vocabulary
from kerjasama.query.columns import ColumnIndex, Columns
from kerjasama.store import Store

KEEP = 2  # folders kept: the newest, and the one a process may still be mapping
REWRITE_SHARE = 0.02  # a patch above this share of the articles is written to new files
REWRITE_MIN = 2000  # ... and above this many articles


def folder_of(store: Store) -> Path | None:
    """Where a store keeps its columns (None: not a SQLite file)."""
    url = store.engine.url
    if store.engine.dialect.name != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(f"{url.database}.columns")


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
    return ColumnIndex(Columns.from_arrays(arrays), vocab, mark)


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
    if root is not None and _worth_writing(root, index):
        written = load(save(index, root))  # mapped: the page cache, not this process, holds it
        written.lineage = index.lineage
        return written
    return index


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
