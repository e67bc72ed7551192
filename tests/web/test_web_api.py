"""The JSON API: twins of the pages, search with facets, paging, stable order, clear errors."""

from __future__ import annotations

import pytest

from kerjasama.store import open_store


def test_openapi_document_lists_the_api(client) -> None:
    doc = client.get("/openapi.json").json()
    for path in (
        "/api/stats",
        "/api/search",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/records",
        "/api/partnerships",
        "/api/partnerships/{pid}",
        "/api/people",
        "/api/people/{person_id}",
        "/api/parties",
        "/api/review/queue",
    ):
        assert path in doc["paths"], path
    assert client.get("/docs").status_code == 404  # no CDN-hosted documentation page


def test_stats_twin_of_the_dashboard(client) -> None:
    stats = client.get("/api/stats").json()
    assert (stats["articles"], stats["cooperation_articles"], stats["records"]) == (4, 3, 3)
    assert [c["value"] for c in stats["by_year"]] == ["2022", "2023", "2024"]
    assert {c["value"] for c in stats["by_partner_country"]} == {"CN", "KR", "JP"}
    page = client.get("/").text
    assert "Dasbor kerja sama daerah" in page and '<svg class="chart"' in page
    assert 'href="/api/stats"' in page  # the page links its JSON twin


def test_search_with_facets(client) -> None:
    body = client.get("/api/search", params={"q": "kerja sama"}).json()
    assert body["total"] == 3 and body["sort"] == "relevance"
    assert all("[" in h["snippet"] for h in body["hits"])
    instruments = {f["value"]: f["count"] for f in body["facets"]["instrument"]}
    assert instruments == {"mou": 2, "none": 1}
    mou = next(f for f in body["facets"]["instrument"] if f["value"] == "mou")
    narrowed = client.get(mou["toggle_url"]).json()
    assert narrowed["total"] == 2 and narrowed["filters"] == {"instrument": "mou"}
    assert all(f["selected"] for f in narrowed["facets"]["instrument"] if f["value"] == "mou")
    by_country = client.get("/api/search", params={"partner_country": "KR"}).json()
    assert [h["id"] for h in by_country["hits"]] == ["a2surabayabusan"]
    by_region = client.get("/api/search", params={"region": "Provinsi Jawa Timur"}).json()
    assert [h["id"] for h in by_region["hits"]] == ["a3jatimosaka"]
    by_stage = client.get("/api/search", params={"stage": "mou"}).json()  # review of an MoU
    assert {h["id"] for h in by_stage["hits"]} == {"a1kaltimanhui", "a3jatimosaka"}
    assert (
        client.get("/api/search", params={"year": 2022, "sector": "transport"}).json()["total"] == 1
    )


def test_filters_hold_for_one_record(client, web_db) -> None:
    from kerjasama.query.search import Filters, search

    for params, filters in (
        ({"region": "ID-KI", "instrument": "mou"}, Filters(region="ID-KI", instrument="mou")),
        ({"action": "explore", "year": 2023}, Filters(action="explore", year=2023)),
        ({"region": "kalimantan timur"}, Filters(region="kalimantan timur")),  # part of a name
        ({"partner": "CN"}, Filters(partner="CN")),  # a partner by its country code
        ({"stage": "mou", "scope": "foreign"}, Filters(stage="mou", scope="foreign")),
    ):
        web = {h["id"] for h in client.get("/api/search", params=params).json()["hits"]}
        store = {h.id for h in search(open_store(web_db), "", filters)[1]}
        assert web == store, params
        assert web or params.get("action"), params  # the others each find an article


def test_paging_is_stable_and_links_the_next_page(client) -> None:
    everything = [h["id"] for h in client.get("/api/search").json()["hits"]]
    assert everything == ["a3jatimosaka", "a4banjir", "a1kaltimanhui", "a2surabayabusan"]
    seen, url = [], "/api/search?limit=1"
    while url:
        page = client.get(url).json()
        seen += [h["id"] for h in page["hits"]]
        url = page["next"]
    assert seen == everything
    oldest = client.get("/api/search", params={"sort": "oldest", "limit": 2}).json()
    assert [h["id"] for h in oldest["hits"]] == everything[::-1][:2]
    articles = client.get("/api/articles", params={"limit": 3}).json()
    assert articles["total"] == 4 and articles["next"].endswith("offset=3")


def test_records_and_parties(client) -> None:
    records = client.get("/api/records", params={"partner_country": "JP"}).json()
    assert records["total"] == 1
    rec = records["items"][0]
    assert rec["article_id"] == "a3jatimosaka" and rec["stage"] == "mou" and not rec["confirmed"]
    parties = client.get("/api/parties", params={"name": "anhui"}).json()["items"]
    assert parties == [
        {
            "key": "CN-AH",
            "name": "Provinsi Anhui",
            "code": "CN-AH",
            "kind": "foreign_region",
            "country": "CN",
            "records": 1,
        }
    ]


def test_article_twin_and_clear_errors(client) -> None:
    view = client.get("/api/articles/a1kaltimanhui").json()
    assert view["record"]["schema"] == "kerjasama.article/1"
    assert view["record"]["title"].startswith("Kaltim teken MoU <script>")
    assert view["confirmed"] == {"article": [], "cooperations": [[]]} and view["history"] == []
    missing = client.get("/api/articles/nope")
    assert missing.status_code == 404
    assert missing.json() == {
        "error": {"status": 404, "message": "no article with id 'nope'", "details": []}
    }
    bad = client.get("/api/search", params={"instrument": "treaty", "limit": 500})
    assert bad.status_code == 422
    problems = {d["where"] for d in bad.json()["error"]["details"]}
    assert problems == {"query.instrument", "query.limit"}
    assert "query.limit" in bad.json()["error"]["message"]
    page = client.get("/search", params={"limit": 0})
    assert page.status_code == 400 and "query.limit" in page.text
    assert client.get("/api/nowhere").json()["error"]["status"] == 404


def test_language_switch(client) -> None:
    assert "Cari di register" in client.get("/search").text
    english = client.get("/search", params={"lang": "en"})
    assert "Search the register" in english.text and english.cookies.get("lang") == "en"
    assert "Search the register" in client.get("/search").text  # the cookie keeps it
    assert "Cari di register" in client.get("/search", params={"lang": "id"}).text
    country = client.get("/api/stats", params={"lang": "en"}).json()["by_partner_country"]
    assert {c["label"] for c in country} == {"China", "South Korea", "Japan"}


def test_i18n_files_have_the_same_keys() -> None:
    from kerjasama.web.i18n import strings

    assert set(strings("id")) == set(strings("en"))
    assert all(strings("id").values()) and all(strings("en").values())


def test_partnerships_answer_clearly(client) -> None:
    from kerjasama.web import link_views as links

    response = client.get("/api/partnerships")
    if not links.available():
        assert response.status_code == 503 and "kerjasama.store.links" in response.text
        return
    assert response.status_code == 200
    body = response.json()
    assert body["total"] >= 3
    first = body["items"][0]["id"]
    assert client.get(f"/api/partnerships/{first}").json()["id"] == first
    assert client.get("/api/partnerships/p-nope").status_code == 404
    assert client.get("/api/partnerships", params={"stage": "signed"}).status_code == 422


def test_partnership_and_people_pages(client) -> None:
    from kerjasama.web import link_views as links

    if not links.available():
        assert client.get("/partnerships").status_code == 503
        return
    listing = client.get("/partnerships")
    assert listing.status_code == 200 and "Kemitraan" in listing.text
    pid = client.get("/api/partnerships", params={"region": "ID-KI"}).json()["items"][0]["id"]
    page = client.get(f"/partnerships/{pid}")
    assert page.status_code == 200 and "Linimasa" in page.text
    assert "&lt;script&gt;" in page.text and "<script>window" not in page.text
    report = client.get(f"/partnerships/{pid}/report")
    assert "@media print" in report.text and "sha256-" in report.headers["content-security-policy"]
    people = client.get("/api/people", params={"name": "Akmal"}).json()
    assert people["total"] == 1
    person = people["items"][0]
    assert client.get(f"/api/people/{person['id']}").json()["name"] == "Akmal Malik"
    assert "Akmal Malik" in client.get(f"/people/{person['id']}").text
    assert client.get("/people/nobody").status_code == 404


def test_exports_from_the_ui(client) -> None:
    csv_text = client.get("/export/register.csv", params={"instrument": "mou"}).text
    assert len(csv_text.splitlines()) == 3  # header and the two MoU records
    assert client.get("/export/register.xlsx", params={"headers": "id"}).content[:2] == b"PK"
    lines = client.get("/export/register.jsonl").text.splitlines()
    assert len(lines) == 4 and '"schema":"kerjasama.article/1"' in lines[0]
    graph = client.get("/export/register.graphml").text
    assert "<graphml" in graph and "partnership" in graph
    bad = client.get("/export/register.pdf")
    assert bad.status_code == 400 and "path.fmt" in bad.text
    listing = client.get("/api/export", params={"q": "kerja"}).json()["formats"]
    assert listing[0] == {"format": "csv", "url": "/export/register.csv?q=kerja"}


def test_partnership_list_matches_the_store(client, web_db) -> None:
    from kerjasama.web import link_views as links

    if not links.available():
        pytest.skip("kerjasama.store.links is not installed")
    from kerjasama.store.links import list_partnerships

    store = open_store(web_db)
    for filters in (
        {},
        {"region": "ID-KI"},
        {"region": "Kalimantan Timur"},
        {"partner_country": "CN"},
        {"partner_country": "Korea Selatan"},
        {"stage": "mou"},
        {"sector": "transport"},
        {"stalled": True},
    ):
        web = client.get("/api/partnerships", params=filters).json()
        total, items = list_partnerships(store, **filters)
        assert (web["total"], [p["id"] for p in web["items"]]) == (total, [p.id for p in items])
