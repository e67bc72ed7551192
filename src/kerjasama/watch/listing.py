"""Read a listing (feed, sitemap, TXT list or HTML page) into page URLs and further listings.

The formats are told apart by content, not by the name a user gave them: trafilatura parses
feeds (RSS, Atom, JSON Feed), XML and TXT sitemaps and finds the feeds a home page announces;
courlan's filters drop what is not an article (archives, tags, files). The host check is ours:
courlan refuses hosts written as an address with a port, which every local test server is.
"""

from __future__ import annotations

import gzip
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import clean_url, is_navigation_page
from courlan.filters import basic_filter, extension_filter, type_filter
from trafilatura.feeds import FeedParameters, determine_feed, find_links, is_potential_feed
from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SITEMAP_FORMAT, SitemapObject

MAX_LISTING_BYTES = 50_000_000  # a gzip sitemap decompresses to at most this


class ListingError(Exception):
    """A listing that cannot be read: broken XML, an empty feed, a bomb of a gzip."""


@dataclass
class Listing:
    """What one listing points to."""

    kind: str  # feed | sitemap | sitemapindex | urls | page
    pages: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    # When the listing says each page last changed (sitemap <lastmod>, feed <updated>,
    # <pubDate>, JSON Feed date_modified), as UTC ISO text; pages without a date are absent.
    stamps: dict[str, str] = field(default_factory=dict)


def host_of(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def page_url(link: str, base: str) -> str | None:
    """The canonical absolute URL of an article link on the base's host, or None."""
    absolute = urljoin(base, link.strip())
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or host_of(absolute) != host_of(base):
        return None
    absolute = urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
    if not basic_filter(absolute) or not type_filter(absolute):
        return None
    if not extension_filter(parts.path) or is_navigation_page(absolute):
        return None
    if parts.path.strip("/") == "":
        return None
    cleaned = clean_url(absolute)
    return cleaned.split("#", 1)[0] if cleaned else absolute


def decompress(body: bytes) -> bytes:
    """A gzip body inflated, at most MAX_LISTING_BYTES; other bodies as they are."""
    if body[:2] != b"\x1f\x8b":
        return body
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decoder.decompress(body, MAX_LISTING_BYTES + 1)
    except zlib.error as exc:
        raise ListingError(f"broken gzip data ({exc})") from exc
    if len(out) > MAX_LISTING_BYTES or decoder.unconsumed_tail:
        raise ListingError(f"gzip data inflates beyond {MAX_LISTING_BYTES} bytes")
    return out


def read_listing(url: str, body: bytes) -> Listing:
    """Parse the body fetched from `url`; raises ListingError when nothing can be read."""
    try:
        text = decompress(body).decode("utf-8", errors="replace")
    except (OSError, gzip.BadGzipFile) as exc:
        raise ListingError(f"broken gzip data ({exc})") from exc
    text = text.lstrip("\ufeff \t\r\n")
    if not text:
        raise ListingError("empty listing")
    head = text[:2000].lower()
    if SITEMAP_FORMAT.match(text) and ("<urlset" in head or "<sitemapindex" in head):
        return _sitemap(url, text, "sitemapindex" if "<sitemapindex" in head else "sitemap")
    if is_potential_feed(text) or text.startswith("{"):
        return _feed(url, text)
    if "<html" in head or "<!doctype html" in head:
        return _page(url, text)
    if text.startswith("<"):
        raise ListingError("XML that is neither a feed nor a sitemap")
    return _sitemap(url, text, "urls")


class _Sitemap(SitemapObject):
    """trafilatura's sitemap reader with our host and article filters."""

    def handle_link(self, link: str) -> None:
        if link == self.current_url:
            return
        absolute = urljoin(self.base_url, link.strip())
        if host_of(absolute) != host_of(self.base_url):
            return
        if DETECT_SITEMAP_LINK.search(absolute):
            self.sitemap_urls.append(absolute)
        elif (page := page_url(absolute, self.base_url)) is not None:
            self.urls.append(page)


def _sitemap(url: str, text: str, kind: str) -> Listing:
    reader = _Sitemap(url, host_of(url), [])
    reader.current_url = url
    reader.content = text
    reader.process()
    if not reader.urls and not reader.sitemap_urls and kind != "urls" and "<loc" not in text:
        raise ListingError("sitemap without any <loc> entry")
    pages = _unique(reader.urls)
    stamps = _xml_stamps(url, text, pages) if kind == "sitemap" else {}
    return Listing(kind, pages, _unique(reader.sitemap_urls), stamps)


def _feed(url: str, text: str) -> Listing:
    params = FeedParameters(url, host_of(url), url)
    links = find_links(text, params)
    if not links:
        raise ListingError("feed without any item link (broken or empty)")
    pages = _unique(p for link in links if (p := page_url(link, url)) and p != url)
    stamps = _json_stamps(url, text, pages) if text.startswith("{") else None
    return Listing("feed", pages, stamps=stamps or _xml_stamps(url, text, pages))


# -- dates of change: what the URL readers above do not keep ----------------------------------
_ITEMS = ("url", "item", "entry")  # sitemap, RSS, Atom
_DATES = ("lastmod", "updated", "modified", "pubDate", "published", "date")  # first wins


def normalise_stamp(value: str) -> str | None:
    """A date of change as UTC ISO text: W3C/ISO 8601 (sitemaps, Atom) or RFC 822 (RSS)."""
    import datetime as dt
    from email.utils import parsedate_to_datetime

    value = (value or "").strip()
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return value[:64]  # unreadable: kept as written, compared as text
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def _xml_stamps(url: str, text: str, pages: list[str]) -> dict[str, str]:
    """Page URL → date of change, from <url><loc><lastmod>, <item><link><pubDate>,
    <entry><link href><updated>; namespaces ignored. Never raises: no dates, no stamps."""
    from lxml import etree

    wanted = set(pages)
    try:
        parser = etree.XMLParser(
            recover=True, resolve_entities=False, no_network=True, huge_tree=False
        )
        root = etree.fromstring(text.encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return {}
    if root is None:
        return {}
    out: dict[str, str] = {}
    for item in root.iter():
        if not isinstance(item.tag, str) or etree.QName(item).localname not in _ITEMS:
            continue
        children: dict[str, list] = {}
        for child in item:
            if isinstance(child.tag, str):
                children.setdefault(etree.QName(child).localname, []).append(child)
        links = [c.text or "" for c in children.get("loc", [])]
        for link in children.get("link", []):
            if link.get("href") and link.get("rel", "alternate") == "alternate":
                links.append(link.get("href"))
            elif link.text:
                links.append(link.text)
        stamp = next(
            (
                s
                for name in _DATES
                for c in children.get(name, [])
                if (s := normalise_stamp(c.text or ""))
            ),
            None,
        )
        if stamp is None:
            continue
        for link in links:
            page = page_url(link, url)
            if page in wanted:
                out.setdefault(page, stamp)
    return out


def _json_stamps(url: str, text: str, pages: list[str]) -> dict[str, str]:
    import json

    try:
        items = json.loads(text).get("items", [])
    except (ValueError, AttributeError, RecursionError):
        return {}
    wanted, out = set(pages), {}
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("id")
        when = item.get("date_modified") or item.get("date_published")
        if isinstance(link, str) and isinstance(when, str):
            page, stamp = page_url(link, url), normalise_stamp(when)
            if page in wanted and stamp:
                out.setdefault(page, stamp)
    return out


def _page(url: str, text: str) -> Listing:
    """A home or section page: the feeds it announces, else the article links on it."""
    params = FeedParameters(url, host_of(url), url)
    feeds = [f for f in determine_feed(text, params) if host_of(f) == host_of(url)]
    if feeds:
        return Listing("page", [], _unique(feeds))
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(text)
    except Exception as exc:  # lxml raises several kinds on broken markup
        raise ListingError(f"unreadable HTML ({exc.__class__.__name__})") from exc
    links = [a.get("href", "") for a in tree.iter("a")]
    pages = [p for link in links if (p := page_url(link, url)) and p != url]
    return Listing("page", _unique(p for p in pages if _looks_like_article(p)))


def _looks_like_article(url: str) -> bool:
    """An article path has a slug of several words or a long id, not a bare section name."""
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return last.count("-") >= 2 or sum(ch.isdigit() for ch in last) >= 4


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))
