"""Access and review: logins, CSRF, rate limit; accept, correct, reject; corrections win."""

from __future__ import annotations

import json

import pytest

from kerjasama.store import open_store
from support import run_cli


def test_reading_is_open_review_needs_login(client) -> None:
    assert client.get("/search").status_code == 200
    page = client.get("/review", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Freview"
    assert client.get("/api/review/queue").status_code == 401
    assert client.get("/settings", follow_redirects=False).status_code == 303
    denied = client.post("/api/review/a1kaltimanhui/0", json={"action": "accept"})
    assert denied.status_code == 401


def test_login_checks_csrf_password_and_rate(client, password) -> None:
    token = client.get("/api/session").json()["csrf_token"]
    no_token = client.post("/login", data={"username": "ana", "password": password})
    assert no_token.status_code == 403 and "CSRF" in no_token.text
    for _ in range(3):
        wrong = client.post(
            "/login", data={"username": "ana", "password": "salah", "csrf_token": token}
        )
        assert (
            wrong.status_code == 401 and "salah" in wrong.text
        )  # "Nama pengguna atau kata sandi salah."
    limited = client.post(
        "/login", data={"username": "ana", "password": password, "csrf_token": token}
    )
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0


def test_wrong_passwords_elsewhere_do_not_lock_a_reviewer_out(web_db: str, password) -> None:
    from fastapi.testclient import TestClient

    from kerjasama.web import create_app

    app = create_app(web_db, secure_cookies=False)
    attacker = TestClient(app, client=("203.0.113.9", 4000))
    reviewer = TestClient(app, client=("198.51.100.7", 5000))
    token = attacker.get("/api/session").json()["csrf_token"]
    for _ in range(20):
        attacker.post("/login", data={"username": "ana", "password": "x", "csrf_token": token})
    assert (
        attacker.post(
            "/login", data={"username": "ana", "password": password, "csrf_token": token}
        ).status_code
        == 429
    )
    token = reviewer.get("/api/session").json()["csrf_token"]
    ok = reviewer.post(
        "/login",
        data={"username": "ana", "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert ok.status_code == 303


def test_anonymous_readers_do_not_see_who_reviewed(client, login) -> None:
    token = login(client)
    client.post(
        "/api/review/a3jatimosaka/0",
        headers={"X-CSRF-Token": token},
        json={"action": "correct", "values": {"action": "sign"}},
    )
    assert {c["reviewer"] for c in client.get("/api/articles/a3jatimosaka").json()["history"]} == {
        "ana"
    }
    client.post("/logout", data={"csrf_token": token})
    history = client.get("/api/articles/a3jatimosaka").json()["history"]
    assert history and {c["reviewer"] for c in history} == {None}
    assert "<td>ana</td>" not in client.get("/articles/a3jatimosaka").text


def test_session_cookie_is_httponly_signed_and_secure(client, login, web_db, password) -> None:
    login(client)
    value = client.cookies.get("kerjasama_session")
    client.cookies.set("kerjasama_session", value[:-4] + "AAAA")
    assert client.get("/api/session").json()["user"] is None  # a tampered cookie is no session
    from fastapi.testclient import TestClient

    from kerjasama.web import create_app

    with TestClient(create_app(web_db, secure_cookies=True), base_url="https://testserver") as tls:
        token = tls.get("/api/session").json()["csrf_token"]
        done = tls.post(
            "/login",
            data={"username": "ana", "password": password, "csrf_token": token},
            follow_redirects=False,
        )
    cookie = next(c for c in done.headers.get_list("set-cookie") if "kerjasama_session" in c)
    assert all(flag in cookie.lower() for flag in ("httponly", "secure", "samesite=strict"))


def test_queue_orders_by_lowest_confidence(client, login) -> None:
    login(client)
    queue = client.get("/api/review/queue").json()
    assert [i["confidence"] for i in queue["items"]] == [0.35, 0.7, 0.9]
    assert queue["items"][0]["review_url"] == "/review/a3jatimosaka/0"
    assert "Antrean tinjauan" in client.get("/review").text


def test_correction_is_stored_with_who_when_before_after(client, web_db, login) -> None:
    token = login(client)
    no_csrf = client.post(
        "/api/review/a3jatimosaka/0", json={"action": "correct", "values": {"action": "sign"}}
    )
    assert no_csrf.status_code == 403
    done = client.post(
        "/api/review/a3jatimosaka/0",
        headers={"X-CSRF-Token": token},
        json={
            "action": "correct",
            "values": {
                "action": "sign",
                "instrument": "agreement",
                "sectors": ["education", "culture"],
            },
        },
    )
    assert done.status_code == 200, done.text
    assert sorted(done.json()["changed"]) == ["action", "instrument", "sectors"]
    view = client.get("/api/articles/a3jatimosaka").json()
    coop = view["record"]["cooperations"][0]
    assert (coop["action"], coop["instrument"], coop["confidence"]) == ("sign", "agreement", 1.0)
    assert view["confirmed"]["cooperations"] == [["action", "instrument", "sectors"]]
    change = next(c for c in view["history"] if c["field"] == "action")
    assert (change["before"], change["after"], change["reviewer"]) == ("review", "sign", "ana")
    assert change["at"][:4].isdigit()
    # The register, search facets and queue show the confirmed values at once.
    assert client.get("/api/search", params={"instrument": "agreement"}).json()["total"] == 1
    assert [i["article_id"] for i in client.get("/api/review/queue").json()["items"]] == [
        "a2surabayabusan",
        "a1kaltimanhui",
    ]
    # Re-extraction writes a new record; the confirmed values still win.
    store = open_store(web_db)
    fresh = store.get("a3jatimosaka")
    with store.engine.connect() as conn:
        from sqlalchemy import text

        raw = conn.execute(text("SELECT record FROM articles WHERE id='a3jatimosaka'")).scalar()
    from kerjasama.record import Article

    extracted = Article.model_validate_json(raw).model_copy(update={"cooperation_score": 0.61})
    assert store.save_batch([extracted]).updated == 1
    again = client.get("/api/articles/a3jatimosaka").json()["record"]["cooperations"][0]
    assert (
        (again["action"], again["instrument"])
        == ("sign", "agreement")
        == (fresh.cooperations[0].action, fresh.cooperations[0].instrument)
    )


def test_correct_parties_by_picking_a_canonical_entity(client, login) -> None:
    token = login(client)
    headers = {"X-CSRF-Token": token}
    done = client.post(
        "/api/review/a2surabayabusan/0",
        headers=headers,
        json={"action": "correct", "values": {"parties": ["Kota Surabaya [35.78]", "Kaltim"]}},
    )
    assert done.status_code == 200, done.text
    parties = done.json()["record"]["cooperations"][0]["parties"]
    assert [(p["name"], p["code"]) for p in parties] == [
        ("Kota Surabaya", "35.78"),
        ("Provinsi Kalimantan Timur", "ID-KI"),
    ]
    unknown = client.post(
        "/api/review/a2surabayabusan/0",
        headers=headers,
        json={"action": "correct", "values": {"parties": ["Atlantis Raya Zzq"]}},
    )
    assert (
        unknown.status_code == 422
        and "pick one from the list" in unknown.json()["error"]["message"]
    )
    bad = client.post(
        "/api/review/a2surabayabusan/0",
        headers=headers,
        json={"action": "correct", "values": {"instrument": "treaty"}},
    )
    assert bad.status_code == 422 and "instrument" in bad.json()["error"]["message"]
    assert (
        client.post(
            "/api/review/a2surabayabusan/7", headers=headers, json={"action": "accept"}
        ).status_code
        == 404
    )


def test_accept_and_reject(client, login) -> None:
    token = login(client)
    headers = {"X-CSRF-Token": token}
    assert (
        client.post(
            "/api/review/a1kaltimanhui/0", headers=headers, json={"action": "accept"}
        ).status_code
        == 200
    )
    view = client.get("/api/articles/a1kaltimanhui").json()
    assert len(view["confirmed"]["cooperations"][0]) == 8
    assert (
        client.post(
            "/api/review/a2surabayabusan/0", headers=headers, json={"action": "reject"}
        ).status_code
        == 200
    )
    assert client.get("/api/articles/a2surabayabusan").json()["record"]["cooperations"] == []
    assert client.get("/api/search", params={"partner_country": "KR"}).json()["total"] == 0
    assert client.get("/api/stats").json()["records"] == 2


def test_review_form_flow(client, login) -> None:
    login(client)
    form_page = client.get("/review/a3jatimosaka/0")
    assert form_page.status_code == 200 and 'name="csrf_token"' in form_page.text
    token = client.get("/api/session").json()["csrf_token"]
    data = {
        "csrf_token": token,
        "action": "correct",
        "parties_present": "1",
        "parties": ["Provinsi Jawa Timur [ID-JI]", "Prefektur Osaka [JP-27]", ""],
        "facilitators_present": "1",
        "facilitators": [""],
        "scope": "foreign",
        "instrument": "mou",
        "action_value": "implement",
        "date": "2024-05-02",
        "place": "Surabaya",
        "sectors_present": "1",
        "sectors": ["education"],
        "is_cooperation_present": "1",
        "is_cooperation": "1",
    }
    saved = client.post("/review/a3jatimosaka/0", data=data, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith(
        "/articles/a3jatimosaka"
    )
    view = client.get("/api/articles/a3jatimosaka").json()
    assert view["record"]["cooperations"][0]["action"] == "implement"
    assert {c["field"] for c in view["history"]} == {"action", "place"}
    page = client.get("/articles/a3jatimosaka").text
    assert "Riwayat tinjauan" in page and "terkonfirmasi" in page
    bad = client.post("/review/a3jatimosaka/0", data={**data, "date": "kemarin"})
    # A page answers 400 (the API 422) and shows the form again with the problem.
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text
    assert 'name="csrf_token"' in bad.text and 'class="problem"' in bad.text


def test_corrections_export_in_gold_format(client, tmp_path, login) -> None:
    token = login(client)
    client.post(
        "/api/review/a3jatimosaka/0",
        headers={"X-CSRF-Token": token},
        json={"action": "correct", "values": {"action": "sign"}},
    )
    lines = client.get("/api/review/corrections").text.splitlines()
    gold = [json.loads(line) for line in lines]
    assert [g["id"] for g in gold] == ["a3jatimosaka"]
    assert gold[0]["cooperations"][0]["action"] == "sign" and gold[0]["is_cooperation"] is True
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    from kerjasama.evaluate import load_gold

    assert load_gold(path)[0]["cooperations"][0]["parties"][1]["code"] == "JP-27"


def test_user_commands(web_db: str, tmp_path) -> None:
    added = run_cli("user", "add", "budi", "--db", web_db, stdin=b"kata-sandi-budi\n")
    assert added.returncode == 0, added.stderr
    short = run_cli("user", "add", "citra", "--db", web_db, "--password", "pendek")
    assert short.returncode == 1 and "at least 8" in short.stderr.decode()
    assert run_cli("user", "list", "--db", web_db).stdout.decode().split() == ["ana", "budi"]
    out = tmp_path / "c.jsonl"
    assert run_cli("corrections", "--db", web_db, "-o", str(out)).returncode == 0
    assert out.read_text() == ""


def test_a_corrected_place_and_stage_reach_the_partnership_at_once(
    client, web_db: str, login
) -> None:
    token = login(client)
    done = client.post(
        "/api/review/a3jatimosaka/0",
        headers={"X-CSRF-Token": token},
        json={"action": "correct", "values": {"place": "Sakai", "action": "implement"}},
    )
    assert done.status_code == 200, done.text
    listed = client.get("/api/partnerships", params={"limit": 100}).json()
    items = listed["items"] if isinstance(listed, dict) else listed
    events = [e for p in items for e in p["events"] if "a3jatimosaka" in str(e["articles"])]
    assert events and {e["place"] for e in events} == {"Sakai"}
    from kerjasama.store import open_store
    from kerjasama.store.links import refresh_links

    store = open_store(web_db)
    assert not store.links_pending()
    again = refresh_links(store)
    assert (again.added, again.changed, again.removed) == (0, 0, 0)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"parties": [{"nope": 1}]}, "parties"),
        ({"sectors": [{"a": 1}]}, "sectors"),
        ({"sectors": ["not-a-sector"]}, "sectors"),
        ({"parties": [{"name": "Kota X", "kind": "planet"}]}, "parties"),
        ({"facilitators": {"name": 3}}, "facilitators"),
        ({"parties": [[1, 2]]}, "parties"),
    ],
)
def test_malformed_corrections_are_422_naming_the_field(client, login, values, field) -> None:
    token = login(client)
    res = client.post(
        "/api/review/a3jatimosaka/0",
        headers={"X-CSRF-Token": token},
        json={"action": "correct", "values": values},
    )
    assert res.status_code == 422, res.text
    assert res.json()["error"]["message"].startswith(field)
    assert res.headers["X-Content-Type-Options"] == "nosniff"


def test_a_500_carries_the_security_headers(web_db: str) -> None:
    from fastapi.testclient import TestClient

    from kerjasama.web import create_app

    app = create_app(web_db, secure_cookies=False)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as c:
        res = c.get("/api/boom")
    assert res.status_code == 500
    assert res.json()["error"]["status"] == 500 and "boom" not in res.text
    for header in ("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"):
        assert header in res.headers
