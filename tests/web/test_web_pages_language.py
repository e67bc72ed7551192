"""Pages speak the reader's language, errors included, and show each thing once."""

from __future__ import annotations


def test_a_404_page_speaks_indonesian(client) -> None:
    res = client.get("/articles/tidak-ada", headers={"Accept-Language": "id"})
    assert res.status_code == 404
    assert "Tidak ditemukan" in res.text and "tidak ada" in res.text.split("</h1>")[1]
    english = client.get("/articles/tidak-ada?lang=en")
    assert "does not exist" in english.text


def test_the_related_line_is_shown_once(client) -> None:
    for item in client.get("/api/search", params={"limit": 50}).json()["hits"]:
        rec = client.get(f"/api/articles/{item['id']}").json()["record"]
        for title in rec["related_titles"]:
            page = client.get(f"/articles/{item['id']}").text
            assert page.count(title) == 1, title
