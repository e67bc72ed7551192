"""Extraction: a pipeline of named stages, each taking the working document and returning it."""

from kerjasama.extract.pipeline import PIPELINE, extract_article, extract_raw

__all__ = ["PIPELINE", "extract_article", "extract_raw"]
