"""Adding, pausing and removing watched sources from the web: login, CSRF, the CLI's checks."""

from __future__ import annotations

from kerjasama.store import open_store
from kerjasama.watch.sources import list_sources
from support import run_cli

FEED = "http://127.0.0.1:9/rss"


def _sources(db: str):
    with open_store(db).engine.connect() as conn:
        return list_sources(conn)


def test_changing_sources_needs_a_login(client) -> None:
    page = client.get("/sources")
    assert page.status_code == 200 and 'action="/sources"' not in page.text
    assert "/login?next=%2Fsources" in page.text
    form = client.post("/sources", data={"url": FEED}, follow_redirects=False)
    assert form.status_code == 303 and form.headers["location"].startswith("/login")
    assert client.post("/api/sources", json={"url": FEED}).status_code == 401
    assert client.delete("/api/sources/1").status_code == 401
    assert client.post("/api/sources/1/pause", json={"paused": True}).status_code == 401


def test_the_form_adds_pauses_and_removes(client, login, web_db) -> None:
    token = login(client)
    page = client.get("/sources")
    assert 'action="/sources"' in page.text and 'name="csrf_token"' in page.text
    data = {
        "url": FEED,
        "name": "Diskominfo Kaltim",
        "every": "6h",
        "delay": "5",
        "region": "Kalimantan Timur",
        "kind": "auto",
    }
    assert client.post("/sources", data=data).status_code == 403  # no CSRF token
    done = client.post("/sources", data=data | {"csrf_token": token}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/sources?added=")
    (source,) = _sources(web_db)
    assert (source.name, source.kind, source.every_s, source.delay_s, source.region) == (
        "Diskominfo Kaltim",
        "feed",
        6 * 3600,
        5.0,
        "ID-KI",
    )
    shown = client.get(done.headers["location"])
    assert "Diskominfo Kaltim" in shown.text and 'role="status"' in shown.text
    paused = client.post(
        f"/sources/{source.id}/pause", data={"csrf_token": token}, follow_redirects=False
    )
    assert paused.status_code == 303 and _sources(web_db)[0].paused
    client.post(f"/sources/{source.id}/resume", data={"csrf_token": token})
    assert not _sources(web_db)[0].paused
    assert client.post(f"/sources/{source.id}/remove", data={}).status_code == 403
    client.post(f"/sources/{source.id}/remove", data={"csrf_token": token})
    assert _sources(web_db) == []


def test_the_form_refuses_what_the_cli_refuses(client, login, web_db) -> None:
    token = login(client)
    cases = [
        ({"url": "ftp://127.0.0.1/rss"}, "is not an http(s) URL"),
        ({"url": FEED, "every": "sebentar"}, "is not a duration"),
        ({"url": FEED, "region": "Queensland"}, "not an Indonesian"),
        ({"url": FEED, "kind": "podcast"}, "kind must be one of"),
        ({"url": FEED, "delay": "-1"}, "cannot be negative"),
        ({"url": FEED, "delay": "lama"}, "not a number"),
    ]
    for given, message in cases:
        page = client.post("/sources", data=given | {"csrf_token": token})
        assert page.status_code == 400 and message in page.text, (given, page.text[-500:])
        assert 'role="alert"' in page.text and given["url"] in page.text  # the form is kept
    assert _sources(web_db) == []
    # the same refusals from the CLI, word for word
    cli = run_cli("sources", "add", FEED, "--every", "sebentar", "--db", web_db)
    assert cli.returncode != 0 and b"is not a duration" in cli.stderr
    cli = run_cli("sources", "add", FEED, "--region", "Queensland", "--db", web_db)
    assert cli.returncode != 0 and b"not an Indonesian" in cli.stderr
    client.post("/sources", data={"url": FEED, "csrf_token": token})
    again = client.post("/sources", data={"url": FEED, "csrf_token": token})
    assert again.status_code == 400 and "exists already" in again.text


def test_the_json_api(client, login, web_db) -> None:
    token = login(client)
    headers = {"X-CSRF-Token": token}
    assert client.post("/api/sources", json={"url": FEED}).status_code == 403
    made = client.post(
        "/api/sources",
        json={
            "url": "http://127.0.0.1:9/pilihan",
            "kind": "urls",
            "pages": ["http://127.0.0.1:9/berita/satu-dua-tiga"],
            "region": "64.72",
        },
        headers=headers,
    )
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["kind"] == "urls" and body["region"] == "64.72" and body["paused"] is False
    assert body["urls"] == ["http://127.0.0.1:9/berita/satu-dua-tiga"]
    bad = client.post("/api/sources", json={"url": FEED, "every": "x"}, headers=headers)
    assert bad.status_code == 400 and "is not a duration" in bad.json()["error"]["message"]
    listed = client.get("/api/sources").json()
    assert [s["id"] for s in listed] == [body["id"]]
    paused = client.post(f"/api/sources/{body['id']}/pause", json={"paused": True}, headers=headers)
    assert paused.status_code == 200 and paused.json()["paused"] is True
    assert client.get("/api/sources").json()[0]["paused"] is True
    assert client.delete(f"/api/sources/{body['id']}", headers=headers).status_code == 200
    assert client.delete(f"/api/sources/{body['id']}", headers=headers).status_code == 404
    assert client.get("/api/sources").json() == []
