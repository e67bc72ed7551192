"""Exports of the register: one small class per format behind one interface."""

from kerjasama.export.base import EXPORTERS, Exporter, get_exporter

__all__ = ["EXPORTERS", "Exporter", "get_exporter"]
