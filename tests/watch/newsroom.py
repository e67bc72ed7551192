"""Loopback news sites for the watcher's tests: pages, feeds and sitemaps written by the team.

Every text here is invented in the style of regional news; no real page is copied. A `Site`
is a real HTTP server on 127.0.0.1 with a table of routes and a log of the requests it got.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

REGIONS = [
    ("Kota Samarinda", "Samarinda", "Wali Kota", "Andi Harun Saputra"),
    ("Kabupaten Berau", "Berau", "Bupati", "Sri Juniarsih Wulandari"),
    ("Kota Balikpapan", "Balikpapan", "Wali Kota", "Rahmad Hidayat Nugroho"),
    ("Provinsi Sulawesi Utara", "Manado", "Gubernur", "Olly Wenas Pangemanan"),
    ("Kabupaten Banyuwangi", "Banyuwangi", "Bupati", "Ipuk Fiestiandani Rahayu"),
    ("Kota Makassar", "Makassar", "Wali Kota", "Danny Ramdhan Pomanto"),
    ("Provinsi Bali", "Denpasar", "Gubernur", "Wayan Koster Mahendra"),
    ("Kota Surabaya", "Surabaya", "Wali Kota", "Eri Cahyadi Wibisono"),
]
PARTNERS = [
    ("Kota Kitakyushu, Jepang", "Kitakyushu", "Wali Kota", "Kazuhisa Takeuchi"),
    ("Provinsi Guangxi, Tiongkok", "Guangxi", "Wakil Gubernur", "Liu Ning Shen"),
    ("Negara Bagian Queensland, Australia", "Queensland", "Menteri Perdagangan", "Sarah Whitlock"),
    ("Kota Changwon, Korea Selatan", "Changwon", "Wali Kota", "Hong Nam Pyo"),
    ("Kota Davao, Filipina", "Davao", "Wali Kota", "Sebastian Duterte Lopez"),
]
SECTORS = [
    ("pendidikan vokasi", "pariwisata"),
    ("pengelolaan sampah", "energi terbarukan"),
    ("perdagangan", "perikanan"),
    ("kesehatan", "pertukaran pelajar"),
]


def cooperation_story(i: int, *, loi: bool = False) -> tuple[str, str]:
    """(title, body paragraphs) of the i-th invented signing story; each i gives new text."""
    doc, short_doc = (
        ("surat minat", "Letter of Intent (LoI)")
        if loi
        else (
            "nota kesepahaman",
            "nota kesepahaman (MoU)",
        )
    )
    region, short, title, person = REGIONS[i % len(REGIONS)]
    partner, pshort, ptitle, pperson = PARTNERS[(i // len(REGIONS)) % len(PARTNERS)]
    s1, s2 = SECTORS[i % len(SECTORS)]
    day = 1 + i % 27
    head = f"Pemerintah {region} dan {pshort} teken {doc} {s1}"
    body = [
        f"{short} (Kabar Daerah) - Pemerintah {region} dan Pemerintah {partner} menandatangani "
        f"{short_doc} kerja sama di bidang {s1} dan {s2} di {short}, "
        f"Selasa ({day}/5/2024).",
        f"Dokumen itu ditandatangani {title} {short} {person} dan {ptitle} {pshort} "
        f"{pperson}, disaksikan jajaran organisasi perangkat daerah.",
        f'"Kerja sama ini membuka jalan bagi pertukaran tenaga ahli dan {10 + i} pelajar '
        f'setiap tahun. Kami ingin hasilnya segera dirasakan warga," kata {person}.',
        f"{pperson} mengatakan pihaknya siap mengirim tim teknis ke {short} pada awal tahun depan "
        f"untuk menyusun program bersama di bidang {s2}.",
        f"Kepala Bagian Kerja Sama Setda {short} menambahkan, kedua pihak akan menyusun rencana "
        f"aksi dalam tiga bulan dan mengevaluasinya setiap tahun (nomor berita {i}).",
    ]
    return head, "\n".join(body)


def other_story(i: int) -> tuple[str, str]:
    """(title, body) of an invented story that is not about cooperation."""
    region, short, _, _ = REGIONS[i % len(REGIONS)]
    head = f"Banjir rob genangi {3 + i % 9} kelurahan di {short}"
    body = [
        f"{short} (Kabar Daerah) - Banjir rob menggenangi sejumlah permukiman warga di pesisir "
        f"{region} sejak Senin pagi, dengan ketinggian air mencapai {20 + i} sentimeter.",
        "Petugas Badan Penanggulangan Bencana Daerah bersama relawan membantu warga memindahkan "
        "barang ke tempat yang lebih tinggi.",
        f'"Air mulai surut menjelang sore, tetapi kami tetap bersiaga," ujar seorang petugas di '
        f"posko {short}.",
        "Warga berharap pemerintah segera memperbaiki tanggul yang rusak di sepanjang pantai.",
    ]
    return head, "\n".join(body)


def article_html(title: str, body: str, *, published: str = "2024-05-14") -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n"))
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{escape(title)} - Kabar Daerah</title>"
        f"<meta property='article:published_time' content='{published}'>"
        "</head><body><nav><a href='/'>Beranda</a> <a href='/kanal/daerah'>Daerah</a></nav>"
        f"<article><h1>{escape(title)}</h1>{paras}</article>"
        "<footer>Hak cipta Kabar Daerah. Semua tulisan dilindungi.</footer></body></html>"
    )


def rss(base: str, links: list[str]) -> str:
    items = "".join(
        f"<item><title>Berita {n}</title><link>{base}{link}</link>"
        f"<pubDate>Tue, 14 May 2024 08:00:00 +0800</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Kabar Daerah</title><link>{base}/</link>{items}</channel></rss>"
    )


def atom(base: str, links: list[str]) -> str:
    entries = "".join(
        f'<entry><title>Berita {n}</title><link rel="alternate" href="{base}{link}"/>'
        f"<id>{base}{link}</id><updated>2024-05-14T08:00:00Z</updated></entry>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f'<title>Kabar Daerah</title><link rel="self" href="{base}/atom.xml"/>{entries}</feed>'
    )


def json_feed(base: str, links: list[str]) -> str:
    import json

    items = [{"id": f"{base}{link}", "url": f"{base}{link}"} for link in links]
    return json.dumps(
        {"version": "https://jsonfeed.org/version/1.1", "title": "Kabar Daerah", "items": items}
    )


def urlset(base: str, links: list[str]) -> str:
    locs = "".join(f"<url><loc>{base}{link}</loc></url>" for link in links)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    )


def sitemap_index(base: str, children: list[str]) -> str:
    locs = "".join(f"<sitemap><loc>{base}{c}</loc></sitemap>" for c in children)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
    )


@dataclass
class Route:
    body: bytes | Callable[[], bytes] = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay_s: float = 0.0
    script: list[int] | None = None  # statuses to answer first, then `status`


class Site:
    """A news site on 127.0.0.1: `routes` maps paths to answers; `log` lists (method, path)."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str, dict]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                site.log.append(("GET", self.path, dict(self.headers)))
                site.answer(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add(self, path: str, body: str | bytes | Callable[[], bytes] = b"", **kw) -> Route:
        if isinstance(body, str):
            body = body.encode("utf-8")
        route = Route(body=body, **kw)
        self.routes[path] = route
        return route

    def add_article(self, path: str, i: int, *, cooperation: bool = True, loi=False) -> None:
        title, body = cooperation_story(i, loi=loi) if cooperation else other_story(i)
        self.add(path, article_html(title, body))

    def gets(self, path: str) -> int:
        return sum(1 for method, p, _ in self.log if p == path and method == "GET")

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(handler.path)
        if route is None:
            self._send(handler, 404, "text/plain", b"tidak ditemukan", {})
            return
        if route.delay_s:
            time.sleep(route.delay_s)
        if route.script:
            self._send(handler, route.script.pop(0), "text/plain", b"sibuk", {})
            return
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
            headers["Last-Modified"] = formatdate(0, usegmt=True)
            if handler.headers.get("If-None-Match") == route.etag:
                self._send(handler, 304, None, b"", headers)
                return
        body = route.body() if callable(route.body) else route.body
        self._send(handler, route.status, route.content_type, body, headers)

    @staticmethod
    def _send(handler, status: int, ctype: str | None, body: bytes, headers: dict) -> None:
        try:
            handler.send_response(status)
            if ctype:
                handler.send_header("Content-Type", ctype)
            for key, value in headers.items():
                handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if body and status != 304:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def gz(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"))
