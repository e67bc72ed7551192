"""Column files beside the database: written once, mapped read-only by every process, patched."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from kerjasama.query import column_files
from kerjasama.query.columns import ColumnIndex
from kerjasama.query.facets import SHOWN_FACETS
from kerjasama.store import open_store

READER = """
import json, sys
from kerjasama.query import column_files
from kerjasama.query.facets import SHOWN_FACETS
from kerjasama.store import open_store
store = open_store(sys.argv[1], create=False)
index = column_files.load_latest(column_files.folder_of(store))
mask = index.select({"region": "ID-KI"})
print(json.dumps([index.mark.name(), index.page(mask, 0, 1000),
                  index.facet_counts(mask, SHOWN_FACETS)]))
"""


@pytest.fixture
def store(tmp_path: Path, invented):
    store = open_store(str(tmp_path / "f.db"))
    rng = random.Random(8)
    store.save_batch([invented(n, rng) for n in range(60)])
    return store


def answer(index: ColumnIndex) -> list:
    mask = index.select({"region": "ID-KI"})
    facets = index.facet_counts(mask, SHOWN_FACETS)
    return json.loads(json.dumps([index.mark.name(), index.page(mask, 0, 1000), facets]))


def test_files_are_written_once_and_mapped(store) -> None:
    first = column_files.open_columns(store)  # no files yet: a build, written and mapped
    assert isinstance(first.columns.keys, np.memmap)
    root = column_files.folder_of(store)
    folders = [p for p in root.iterdir()]
    assert [p.name for p in folders] == [first.mark.name()]
    mapped = column_files.open_columns(store)  # files up to date: mapped, not built
    assert isinstance(mapped.columns.record_article, np.memmap)
    assert not mapped.columns.record_article.flags.writeable
    assert answer(mapped) == answer(first)
    assert mapped.ids == first.ids


def test_several_processes_read_the_same_files(store) -> None:
    index = column_files.open_columns(store)
    db = str(store.engine.url.database)
    readers = [
        subprocess.Popen([sys.executable, "-c", READER, db], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [json.loads(r.communicate(timeout=60)[0]) for r in readers]
    assert outputs == [answer(index), answer(index)]


def test_a_start_after_writes_patches_the_files(store, invented, monkeypatch) -> None:
    column_files.open_columns(store)
    rng = random.Random(4)
    store.save_batch([invented(n, rng) for n in range(60, 70)])
    patched = column_files.open_columns(store)  # small change: patched in memory
    assert len(list(column_files.folder_of(store).iterdir())) == 1
    with store.engine.connect() as conn:
        assert answer(patched) == answer(ColumnIndex.build(conn))
    monkeypatch.setattr(column_files, "REWRITE_MIN", 0)
    monkeypatch.setattr(column_files, "REWRITE_SHARE", 0.0)
    column_files.open_columns(store)  # a large change: written
    names = sorted(p.name for p in column_files.folder_of(store).iterdir())
    assert patched.mark.name() in names and len(names) == 2


def test_a_half_written_folder_is_ignored(store) -> None:
    index = column_files.open_columns(store)
    root = column_files.folder_of(store)
    (root / "zzz-incomplete").mkdir()
    assert column_files.load_latest(root).mark == index.mark


def test_a_postgresql_register_keeps_its_files_in_the_columns_folder(
    pg_fresh: str, pg_url: str, invented, tmp_path: Path, monkeypatch
) -> None:
    """A PostgreSQL register has no file to sit beside: its columns go to the columns folder
    (KERJASAMA_COLUMNS_DIR), one folder per database, named without the password."""
    monkeypatch.setenv("KERJASAMA_COLUMNS_DIR", str(tmp_path / "columns"))
    store = open_store(pg_fresh)
    rng = random.Random(8)
    store.save_batch([invented(n, rng) for n in range(60)])
    first = column_files.open_columns(store)
    root = column_files.folder_of(store)
    assert root.parent == tmp_path / "columns" and [p.name for p in root.iterdir()] == [
        first.mark.name()
    ]
    assert column_files.folder_of(open_store(pg_url)) != root  # another database
    mapped = column_files.open_columns(store)
    assert isinstance(mapped.columns.keys, np.memmap)
    store.save_batch([invented(n, rng) for n in range(60, 70)])
    patched = column_files.open_columns(store)
    with store.engine.connect() as conn:
        assert answer(patched) == answer(ColumnIndex.build(conn))


def test_the_files_an_index_maps_are_read_ahead(store) -> None:
    built = column_files.open_columns(store)  # written, then mapped
    mapped = column_files.mapped_files(built)
    folder = column_files.folder_of(store) / built.mark.name()
    assert mapped == sorted(folder.glob("*.npy"))
    assert column_files.read_ahead(built) == sum(p.stat().st_size for p in mapped)
    with store.engine.connect() as conn:
        in_memory = ColumnIndex.build(conn)  # nothing mapped: nothing to read
    assert column_files.mapped_files(in_memory) == []
    assert column_files.read_ahead(in_memory) == 0
