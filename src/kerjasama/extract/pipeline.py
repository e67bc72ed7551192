"""The extraction pipeline: named stages with one signature, composed in order."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable

from kerjasama.extract.acronyms import find_acronyms
from kerjasama.extract.cooperation import find_cooperations
from kerjasama.extract.doc import Doc
from kerjasama.extract.entities import build_entities, find_gazetteer_hits
from kerjasama.extract.finish import build_article
from kerjasama.extract.people import find_people
from kerjasama.extract.period_names import name_bodies_of_their_day
from kerjasama.extract.person_orgs import resolve_person_orgs
from kerjasama.extract.quotes import find_quotes
from kerjasama.extract.statistical import add_model_people
from kerjasama.extract.textstage import find_all_dates, mark_text
from kerjasama.record import Article
from kerjasama.sources.model import RawArticle
from kerjasama.text.dates import parse_published
from kerjasama.text.normalise import article_id, normalise_text, unwrap_lines

Stage = Callable[[Doc], Doc]

PIPELINE: list[tuple[str, Stage]] = [
    ("text", mark_text),
    ("acronyms", find_acronyms),
    ("gazetteer", find_gazetteer_hits),
    ("entities", build_entities),
    ("people", find_people),
    ("quotes", find_quotes),
    ("ner", add_model_people),
    ("dates", find_all_dates),
    ("cooperation", find_cooperations),
    ("person_orgs", resolve_person_orgs),
    ("period_names", name_bodies_of_their_day),
]


def warm_up() -> None:
    """Load the gazetteer, the word lists and the NER model now rather than on the first
    article that needs them."""
    from kerjasama.extract import names
    from kerjasama.extract.statistical import model_tagger
    from kerjasama.gazetteer import load_gazetteer
    from kerjasama.gazetteer.world_towns import first_words, world_towns
    from kerjasama.lang.id import towns

    load_gazetteer()
    model_tagger()
    for load in (
        names.common_words,
        names.person_words,
        names.place_or_body_words,
        names.local_place_names,
        towns.town_table,
        world_towns,
        first_words,
    ):
        load()
    # The tables loaded live as long as the process: the collector need not walk their
    # quarter of a million objects at each full collection (1.5% of the extraction time).
    gc.collect()
    gc.freeze()


def make_doc(raw: RawArticle, today: dt.date | None = None) -> Doc:
    text = normalise_text(raw.text)
    return Doc(
        raw=raw,
        text=unwrap_lines(text),
        written=text,
        id=article_id(text),
        today=today or dt.date.today(),
        published=parse_published(raw.published),
    )


def extract_doc(raw: RawArticle, today: dt.date | None = None) -> Doc:
    """Run every stage over one raw article; the working document (for training and tests)."""
    doc = make_doc(raw, today)
    for _, stage in PIPELINE:
        doc = stage(doc)
    return doc


def extract_raw(raw: RawArticle, today: dt.date | None = None) -> Article:
    """Run every stage over one raw article and return its record."""
    return build_article(extract_doc(raw, today))


def extract_article(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    today: dt.date | None = None,
) -> Article:
    """Convenience: extract from a text string."""
    return extract_raw(RawArticle(text=text, title=title, published=published, url=url), today)
