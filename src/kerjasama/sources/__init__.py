"""Source readers: each input kind yields raw articles with metadata."""

from kerjasama.sources.model import RawArticle
from kerjasama.sources.read import read_file, read_sources

__all__ = ["RawArticle", "read_file", "read_sources"]
