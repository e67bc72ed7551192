"""A facet value's toggle address is the page address with that value set or removed."""

from __future__ import annotations

import pytest

from kerjasama.web.service import page_url, toggle_urls

PARAMS = [
    {},
    {"q": "kerja sama", "offset": 40},
    {"q": "pelabuhan", "region": "ID-KI", "limit": 50, "offset": 0},
    {"region": "ID-KI", "q": "é & ß", "cooperation_only": True, "sort": "oldest"},
    {"year": 0, "action": "", "partner": None},
]


@pytest.mark.parametrize("params", PARAMS)
@pytest.mark.parametrize("name", ["region", "q", "year", "instrument"])
@pytest.mark.parametrize("value", [None, "ID-JB", "Kota Bandung/Jawa Barat", 2024, "", 0])
def test_toggle_urls_are_page_urls(params: dict, name: str, value: object) -> None:
    expected = page_url("/search", params, offset=None, **{name: value})
    assert toggle_urls("/search", params, name)(value) == expected
