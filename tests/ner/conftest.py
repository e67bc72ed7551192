"""Fixtures of the NER tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kerjasama.ner.corpus import shared_root
from kerjasama.ner.errors import DataNotFoundError


@pytest.fixture(scope="module")
def shared_data() -> Path:
    """The shared data root (`../shared` or $KERJASAMA_SHARED); skip if the corpora are absent."""
    try:
        return shared_root()
    except DataNotFoundError as exc:
        pytest.skip(f"NER corpora not available: {exc}")
