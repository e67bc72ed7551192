"""Exceptions raised by the statistical NER package."""

from __future__ import annotations


class NerError(Exception):
    """Base class for every error raised by `kerjasama.ner`."""


class CorpusFormatError(NerError):
    """A CoNLL-style file does not have the expected `token<TAB>tag` lines."""


class DataNotFoundError(NerError):
    """The shared data directory (corpora or unlabelled news) cannot be found."""


class ModelNotFoundError(NerError):
    """A trained model file is missing from the models directory."""


class MissingDependencyError(NerError):
    """An optional library needed for one step (e.g. numpy for clusters) is not installed."""
