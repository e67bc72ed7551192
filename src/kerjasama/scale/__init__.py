"""Parallel extraction with Dask: local processes, or a distributed cluster by address."""

from kerjasama.scale.runner import extract_parallel

__all__ = ["extract_parallel"]
