"""The web app in a real browser: headless Chromium (Debian's package) driven by Playwright.

One `kerjasama serve` per module, on a free loopback port, over a register holding the sample
articles (hostile markup included) and one example article ingested by the real CLI.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import run_cli

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if not Path(CHROMIUM).exists():
    pytest.skip(
        "no Chromium at /usr/bin/chromium (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed"
)


@pytest.fixture(scope="module")
def server(served: dict) -> dict:
    return served


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(base_url=server["base"], accept_downloads=True)
    # Nothing may come from outside the server: every other request fails the test.
    outside: list[str] = []
    context.route(
        re.compile(r"^(?!" + re.escape(server["base"]) + ").*"),
        lambda route: (outside.append(route.request.url), route.abort()),
    )
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not outside, f"requests outside the server: {outside}"
    assert not errors, f"script errors: {errors}"


def log_in(pg, password: str, next_path: str = "/review") -> None:
    pg.goto(next_path)
    assert "/login" in pg.url
    pg.fill("input[name=username]", "ana")
    pg.fill("input[name=password]", password)
    pg.click("form.stack button[type=submit]")
    pg.wait_for_url(re.compile(re.escape(next_path) + "$"))


def test_search_with_a_facet(page) -> None:
    page.goto("/search?q=kerja+sama")
    total = page.locator("p.total strong")
    before = int(total.inner_text().replace(".", ""))
    page.locator('section.facet[data-facet="instrument"] a[data-value="mou"]').click()
    page.wait_for_url(re.compile(r"instrument=mou"))
    after = int(total.inner_text().replace(".", ""))
    assert 0 < after < before
    assert page.locator("li.hit").count() == after
    assert page.locator('section.facet[data-facet="instrument"] li.selected').count() == 1
    page.locator("a.chip").click()  # remove the filter again
    page.wait_for_url(lambda url: "instrument" not in url)
    assert int(total.inner_text().replace(".", "")) == before


def test_open_a_partnership(page) -> None:
    from kerjasama.web import link_views as links

    if not links.available():
        pytest.skip("kerjasama.store.links (partnerships in the store) is not installed yet")
    page.goto("/partnerships")
    page.locator("table.table tbody a").first.click()
    page.wait_for_url(re.compile(r"/partnerships/p-"))
    assert page.locator("ol.timeline li.event").count() >= 1
    assert page.locator("h2", has_text="Linimasa").is_visible()


def test_article_evidence_is_highlighted_and_markup_is_inert(page) -> None:
    page.goto("/articles/a1kaltimanhui")
    evidence = page.locator("mark.ev")
    assert evidence.count() >= 1
    assert "menandatangani nota kesepahaman investasi" in evidence.first.inner_text()
    colour = evidence.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    page.locator("a.field", has_text="Dokumen").first.hover()
    assert "active" in evidence.first.get_attribute("class")
    # Title and text came with <script>, <b> and <img onerror>: shown as text, never run.
    assert "<script>" in page.locator("h1").inner_text()
    assert "<img src=x" in page.locator(".text .body").inner_text()
    assert page.evaluate("window.__xss") is None
    assert page.locator(".text .body b, .text .body img, .text .body script").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0


def test_log_in(page, password) -> None:
    log_in(page, password)
    assert page.locator("h1").inner_text() == "Antrean tinjauan"
    assert page.locator("header .user").inner_text() == "ana"
    assert page.locator("table.queue tbody tr").count() >= 3


def test_correct_a_record_and_see_it_survive_a_reingest(page, server, password) -> None:
    log_in(page, password)
    page.goto("/search?q=Sabah")
    page.locator("li.hit a.title").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    article_url = page.url
    page.locator("a.button", has_text="Tinjau catatan ini").first.click()
    page.wait_for_url(re.compile(r"/review/"))
    page.select_option("select[name=instrument]", "agreement")
    page.fill("input[name=place]", "Sandakan")
    page.click("button.save")
    page.wait_for_url(re.compile(r"/articles/.*reviewed=0"))
    record = page.locator("#record-0")
    assert "Perjanjian kerja sama (PKS)" in record.inner_text()
    assert record.locator(".confirmed").count() >= 2
    assert page.locator(".history tbody tr").count() == 2
    # Re-ingest the same file with other metadata: it is extracted again and stored anew.
    again = run_cli(
        "ingest", "--db", server["db"], "--published", "2023-05-05", str(server["example"])
    )
    assert again.returncode == 0 and "updated: 1" in again.stdout.decode(), again.stdout
    page.goto(article_url)
    assert "2023-05-05" in page.locator("header .meta").inner_text()
    assert "Perjanjian kerja sama (PKS)" in page.locator("#record-0").inner_text()
    assert "Sandakan" in page.locator('#record-0 dd[data-field="place"]').inner_text()


def test_export_csv(page) -> None:
    page.goto("/search?q=kerja+sama")
    with page.expect_download() as info:
        page.locator("a.export-csv").click()
    download = info.value
    assert download.suggested_filename == "kerjasama-register.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows and {"article_id", "partners", "instrument", "confirmed"} <= set(rows[0])
    assert any(r["article_id"] == "a1kaltimanhui" for r in rows)


def test_language_switch_and_pages(page) -> None:
    page.goto("/")
    assert page.locator("h1").inner_text() == "Dasbor kerja sama daerah"
    page.click("text=EN")
    assert page.locator("h1").inner_text() == "Regional cooperation dashboard"
    assert page.locator("svg.chart rect.bar").count() >= 2
    page.goto("/parties")
    assert page.locator("table.table tbody tr").count() >= 6
    page.click("text=ID")
    assert page.locator("h1").inner_text() == "Pihak"


def test_add_pause_and_remove_a_source(page, password) -> None:
    page.goto("/sources")
    assert page.locator("form#add-source").count() == 0  # not without a login
    page.locator('a[href="/login?next=%2Fsources"]').click()
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", password)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(re.compile(r"/sources$"))
    page.fill("form#add-source input[name=url]", "http://127.0.0.1:9/kanal/kerja-sama")
    page.fill("form#add-source input[name=name]", "Kabar Kaltim (uji)")
    page.fill("form#add-source input[name=region]", "tidak ada wilayah begini")
    page.click("form#add-source button[type=submit]")
    assert "not an Indonesian" in page.locator("p.problem").inner_text()
    assert page.locator("form#add-source input[name=url]").input_value().endswith("kerja-sama")
    page.fill("form#add-source input[name=region]", "Kaltim")
    page.click("form#add-source button[type=submit]")
    page.wait_for_url(re.compile(r"/sources\?added="))
    row = page.locator("tr[data-source]", has_text="Kabar Kaltim (uji)")
    assert "ID-KI" in row.inner_text()
    row.locator("button.pause").click()
    page.wait_for_url(re.compile(r"/sources\?paused="))
    row = page.locator("tr[data-source]", has_text="Kabar Kaltim (uji)")
    assert row.locator(".flag").inner_text() == "dijeda"
    page.once("dialog", lambda dialog: dialog.accept())
    row.locator("button.remove").click()
    page.wait_for_url(re.compile(r"/sources\?removed="))
    assert page.locator("tr[data-source]", has_text="Kabar Kaltim (uji)").count() == 0
