"""Screenshots of each page of the web app for the README, taken with headless Chromium.

Builds a demo register (the seeds in ../shared and examples/), adds a reviewer, serves it
with `kerjasama serve` on a free loopback port and saves one PNG per page under
docs/screenshots/. Needs Debian's `chromium` and Playwright for Python (no browser download).

    .venv/bin/python scripts/screenshots.py [--db out/demo.db] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import Page, sync_playwright

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KERJASAMA_SHARED", REPO.parent / "shared"))
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
USER, PASSWORD = "demo", "demo-password-1"


def cli(*args: str, stdin: bytes | None = None) -> None:
    subprocess.run([sys.executable, "-m", "kerjasama", *args], input=stdin, check=True, cwd=REPO)


def build(db: Path) -> None:
    """A demo register: the seeds and the examples, and a reviewer."""
    if not db.exists():
        seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
        cli("ingest", "--db", str(db), *seeds, str(REPO / "examples"))
    result = subprocess.run(
        [sys.executable, "-m", "kerjasama", "user", "add", USER, "--db", str(db)],
        input=f"{PASSWORD}\n".encode(),
        capture_output=True,
        cwd=REPO,
    )
    if result.returncode and b"exists already" not in result.stderr:
        raise SystemExit(result.stderr.decode())


def serve(db: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "kerjasama", "serve", "--db", str(db), "--port", str(port)], cwd=REPO
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/static/style.css", timeout=1)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def shoot(page: Page, path: str, out: Path, name: str) -> None:
    page.goto(path)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(out / f"{name}.png"), full_page=False)
    print(f"{out / name}.png  <- {path}")


def first_link(page: Page, path: str, selector: str) -> str | None:
    page.goto(path)
    link = page.locator(selector).first
    return link.get_attribute("href") if link.count() else None


def take(base: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(base_url=base, viewport={"width": 1280, "height": 860})
        shoot(page, "/", out, "dashboard")
        shoot(page, "/search?q=kerja+sama&instrument=loi", out, "search")
        article = first_link(page, "/search?q=Anhui", "li.hit a.title")
        if article:
            page.goto(article)
            page.locator("a.field").first.hover()
            page.screenshot(path=str(out / "article.png"))
            print(f"{out / 'article'}.png  <- {article}")
        partnership = first_link(page, "/partnerships", "table.table tbody a")
        if partnership:
            shoot(page, partnership, out, "partnership")
        person = first_link(page, "/people", "table.table tbody a")
        if person:
            shoot(page, person, out, "person")
        shoot(page, "/export", out, "export")
        page.goto("/login?next=/review")
        page.fill("input[name=username]", USER)
        page.fill("input[name=password]", PASSWORD)
        page.click("form.stack button[type=submit]")
        page.wait_for_url("**/review")
        shoot(page, "/review", out, "review-queue")
        record = first_link(page, "/review", "table.queue a.button")
        if record:
            shoot(page, record, out, "review-record")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="register to show (default: a fresh demo one)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "demo.db"
        build(db)
        proc, base = serve(db)
        try:
            take(base, args.out)
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
