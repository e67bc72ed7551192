"""A printable partnership report: one self-contained HTML file with a print stylesheet.

Open it in any browser and print (or "Save as PDF"): each partnership starts a new A4 page
with its parties, stage, signals and the timeline of events with their sources and evidence.
No PDF library is bundled: the ones that render HTML well need system libraries (Pango,
Cairo) this project does not want to require; every browser prints this file to PDF.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import BinaryIO

from jinja2 import Environment, FileSystemLoader

from kerjasama.export.base import Exporter, register
from kerjasama.export.graphml import articles_in
from kerjasama.link.models import Partnership
from kerjasama.record import Article
from kerjasama.web.i18n import translator

TEMPLATES = Path(__file__).parent / "templates"


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def stylesheet() -> str:
    return (TEMPLATES / "report.css").read_text(encoding="utf-8")


def style_hash() -> str:
    """The CSP source that allows the report's inline stylesheet ('sha256-...')."""
    digest = hashlib.sha256(stylesheet().encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def render_report(
    partnerships: list[Partnership], lang: str = "id", today: dt.date | None = None
) -> str:
    """The report as one HTML document (Indonesian by default, English with lang="en")."""
    return (
        _environment()
        .get_template("report.html")
        .render(
            partnerships=partnerships,
            lang=lang,
            t=translator(lang),
            css=stylesheet(),
            today=(today or dt.date.today()).isoformat(),
        )
    )


@register
class ReportExporter(Exporter):
    """Partnerships threaded from the records (or given ready), as a printable HTML report."""

    name, suffix = "report", ".html"
    partnerships: list[Partnership] | None = None
    lang: str = "id"

    def write(self, records: Iterable[Article], out: BinaryIO) -> int:
        partnerships = self.partnerships
        if partnerships is None:
            from kerjasama.link import build_links

            records = list(records)
            partnerships = build_links(records).partnerships
        out.write(render_report(partnerships, self.lang).encode("utf-8"))
        return articles_in(partnerships)
