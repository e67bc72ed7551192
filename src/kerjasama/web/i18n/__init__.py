"""Interface strings as data: one JSON file per language (id, the default, and en).

Templates call `t("key")`; vocabulary values have keys such as "action.sign", "sector.trade".
A key missing in a language falls back to Indonesian, then to the key itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel import Locale

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_HERE = Path(__file__).parent


@cache
def strings(lang: str) -> dict[str, str]:
    """Every interface string of a language."""
    return json.loads((_HERE / f"{lang}.json").read_text(encoding="utf-8"))


def translate(lang: str, key: str, **values: object) -> str:
    text = strings(lang).get(key) or strings(DEFAULT_LANGUAGE).get(key) or key
    return text.format(**values) if values else text


def translator(lang: str) -> Callable[..., str]:
    """`t(key, **values)` for templates in one language."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE

    def t(key: str, **values: object) -> str:
        return translate(lang, key, **values)

    return t


@cache
def country_name(code: str | None, lang: str) -> str:
    """A country's name in the language (ISO 3166-1 alpha-2 code in, code back if unknown)."""
    if not code:
        return ""
    return Locale.parse(lang if lang in LANGUAGES else DEFAULT_LANGUAGE).territories.get(
        code.upper(), code
    )


def value_label(lang: str, facet: str, value: str, names: dict[str, str] | None = None) -> str:
    """The label of a facet value: a vocabulary word, a country, or a party's name."""
    if facet == "partner_country":
        return country_name(value, lang)
    if facet in ("region", "partner", "year"):
        return names.get(value, value) if names is not None else value
    return translate(lang, f"{facet}.{value}")
