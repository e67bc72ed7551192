"""Polite HTTP fetching: robots.txt, a delay per host, retries, conditional GET, size caps.

One `Fetcher` serves one run. Each host has a lock held for the whole request and the delay
after it, so however many threads use the fetcher, a host sees one request at a time, spaced
by the delay its source asks for. Redirects are followed by hand so each hop is checked
against robots.txt and the hop limit, and a loop is reported as one.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from kerjasama import __version__

USER_AGENT = (
    f"kerjasama-watch/{__version__} (+https://github.com/kerjasama; register of regional "
    "cooperation; polite: robots.txt, one request at a time)"
)
ROBOTS_AGENT = "kerjasama-watch"
PAGE_TYPES = ("text/html", "application/xhtml+xml")
LISTING_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/xml",
    "text/xml",
    "text/plain",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
    *PAGE_TYPES,
)


@dataclass
class FetchSettings:
    """How politely and how patiently to fetch."""

    delay_s: float = 2.0
    timeout_s: float = 20.0
    retries: int = 2  # extra attempts after a 5xx or a timeout
    backoff_s: float = 1.0  # doubled on each retry
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    # A robots.txt without validators (a 404, or a server that sends no ETag/Last-Modified)
    # cannot be asked for conditionally: its copy is reused this long (RFC 9309 allows 24 h).
    robots_fresh_s: float = 3600.0


@dataclass
class Fetched:
    """The outcome of one fetch: a body, a 304, or an error a user can read."""

    url: str  # the URL asked for
    final_url: str
    status: int | None = None
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    elapsed_s: float = 0.0
    attempts: int = 0
    permanent: bool = False  # asking again later will not help (robots, cap, type, loop)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ready_at: float = 0.0  # monotonic time of the next allowed request
    robots: RobotFileParser | None = None
    robots_problem: str | None = None  # why the whole host is off limits this run


@dataclass
class RobotsCopy:
    """A host's robots.txt as last read, with its validators, kept between runs."""

    url: str
    status: int | None
    body: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: str | None = None  # ISO time it was last read
    changed: bool = False  # read afresh this run: to be written back to the store

    def fresh(self, seconds: float) -> bool:
        """Whether a copy without validators may be used without asking again."""
        if self.etag or self.last_modified or not self.checked_at:
            return False
        import datetime as dt

        age = dt.datetime.now(dt.UTC) - dt.datetime.fromisoformat(self.checked_at)
        return age.total_seconds() < seconds


class FetchError(Exception):
    """A fetch that cannot succeed as asked (robots, size, type, redirects)."""

    def __init__(self, message: str, *, permanent: bool = True) -> None:
        super().__init__(message)
        self.permanent = permanent


class Fetcher:
    """Fetch URLs over one httpx client, politely; record waiting time for the benchmark."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        on_fetch=None,
        robots_cache: dict[str, RobotsCopy] | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        self.client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=self.settings.timeout_s,
            follow_redirects=False,
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self.on_fetch = on_fetch  # called with every Fetched (the fetch log)
        self.waited_s = 0.0
        self.requests = 0
        self.not_modified = 0  # conditional requests answered 304 (robots.txt included)
        # robots.txt by URL, as read before (loaded from the store by the runner): asked for
        # again with If-None-Match / If-Modified-Since, and reused on a 304.
        self.robots_cache: dict[str, RobotsCopy] = robots_cache if robots_cache is not None else {}

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the public call -----------------------------------------------------------------
    def fetch(
        self,
        url: str,
        *,
        accept: tuple[str, ...] = PAGE_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
        delay_s: float | None = None,
    ) -> Fetched:
        """GET `url` following redirects; never raises for network or HTTP trouble."""
        started = time.monotonic()
        result = Fetched(url=url, final_url=url)
        try:
            self._follow(result, accept, etag, last_modified, delay_s)
        except FetchError as exc:
            result.error, result.permanent = str(exc), exc.permanent
        result.elapsed_s = time.monotonic() - started
        if self.on_fetch is not None:
            self.on_fetch(result)
        return result

    def _follow(self, result, accept, etag, last_modified, delay_s) -> None:
        seen = {result.url}
        url = result.url
        for _ in range(self.settings.max_redirects + 1):
            if not self.allowed(url, delay_s):
                problem = self._host(url).robots_problem
                raise FetchError(problem or f"robots.txt forbids {url}", permanent=not problem)
            conditional = {}
            if etag:
                conditional["If-None-Match"] = etag
            if last_modified:
                conditional["If-Modified-Since"] = last_modified
            response = self._get_with_retries(url, conditional, delay_s, result, accept)
            if response is None:
                return
            status, headers, body = response
            result.status, result.final_url = status, url
            if status in (301, 302, 303, 307, 308) and headers.get("location"):
                url = urljoin(url, headers["location"])
                if url in seen:
                    raise FetchError(f"redirect loop at {url}")
                seen.add(url)
                continue
            result.body = body
            result.content_type = headers.get("content-type", "").split(";")[0].strip().lower()
            result.etag = headers.get("etag")
            result.last_modified = headers.get("last-modified")
            if status == 304:
                self.not_modified += 1
            if status not in (200, 304):
                result.error = f"HTTP {status}"
                result.permanent = status < 500 and status not in (408, 429)
            return
        raise FetchError(f"more than {self.settings.max_redirects} redirects from {result.url}")

    # -- one request, with retries on 5xx and timeouts only --------------------------------
    def _get_with_retries(self, url, headers, delay_s, result, accept):
        attempt = 0
        while True:
            attempt += 1
            result.attempts += 1
            try:
                status, got, body = self._request(url, headers, delay_s, accept)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                kind = "timeout" if isinstance(exc, httpx.TimeoutException) else "network error"
                if attempt > self.settings.retries:
                    result.error = f"{kind}: {exc.__class__.__name__}"
                    return None
            else:
                if status < 500 or attempt > self.settings.retries:
                    return status, got, body
            time.sleep(self.settings.backoff_s * 2 ** (attempt - 1))

    def _request(self, url, headers, delay_s, accept) -> tuple[int, httpx.Headers, bytes]:
        with self._turn(url, delay_s):
            self.requests += 1
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code != 200:
                    response.read()
                    return response.status_code, response.headers, b""
                self._check_headers(url, response, accept)
                return 200, response.headers, self._read_capped(url, response)

    def _check_headers(self, url: str, response: httpx.Response, accept) -> None:
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype and not ctype.startswith(accept):
            raise FetchError(f"{url}: unexpected content type {ctype}")
        length = response.headers.get("content-length")
        if length and length.isdigit() and int(length) > self.settings.max_bytes:
            raise FetchError(
                f"{url}: response of {int(length)} bytes is over the cap of "
                f"{self.settings.max_bytes}"
            )

    def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_raw():
            size += len(chunk)
            if size > self.settings.max_bytes:
                raise FetchError(f"{url}: response over the cap of {self.settings.max_bytes} bytes")
            chunks.append(chunk)
        body = b"".join(chunks)
        encoding = response.headers.get("content-encoding", "").lower()
        if encoding in ("gzip", "deflate", "br", "zstd"):
            body = _decode_capped(body, encoding, self.settings.max_bytes, url)
        return body

    # -- politeness ----------------------------------------------------------------------
    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            return self._hosts.setdefault(key, _Host())

    class _Turn:
        def __init__(self, fetcher: Fetcher, host: _Host, delay: float) -> None:
            self.fetcher, self.host, self.delay = fetcher, host, delay

        def __enter__(self) -> None:
            self.host.lock.acquire()
            wait = self.host.ready_at - time.monotonic()
            if wait > 0:
                self.fetcher.waited_s += wait
                time.sleep(wait)

        def __exit__(self, *exc) -> None:
            self.host.ready_at = time.monotonic() + self.delay
            self.host.lock.release()

    def _turn(self, url: str, delay_s: float | None) -> Fetcher._Turn:
        delay = self.settings.delay_s if delay_s is None else delay_s
        return Fetcher._Turn(self, self._host(url), delay)

    def allowed(self, url: str, delay_s: float | None = None) -> bool:
        """Whether robots.txt of the URL's host lets this agent fetch it (read once a run)."""
        host = self._host(url)
        if host.robots is None:
            host.robots = self._read_robots(host, url, delay_s)
        return host.robots.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, host: _Host, url: str, delay_s: float | None) -> RobotFileParser:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = RobotFileParser(robots_url)
        cached = self.robots_cache.get(robots_url)
        if cached is not None and cached.fresh(self.settings.robots_fresh_s):
            if cached.status == 200:
                parser.parse(cached.body.splitlines())
            else:
                parser.allow_all = True
            return parser
        headers = {}
        if cached is not None and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached is not None and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        try:
            with self._turn(url, delay_s):
                self.requests += 1
                response = self.client.get(robots_url, headers=headers, follow_redirects=True)
            status, text = response.status_code, response.text[:500_000]
        except httpx.HTTPError as exc:
            status, text = None, exc.__class__.__name__
        if status == 304 and cached is not None:
            self.not_modified += 1
            status, text = cached.status, cached.body
        elif status is not None and status < 500:
            self.robots_cache[robots_url] = RobotsCopy(
                robots_url,
                status,
                text if status == 200 else "",
                response.headers.get("etag"),
                response.headers.get("last-modified"),
                changed=True,
            )
        if status == 200:
            parser.parse(text.splitlines())
        elif status is not None and 400 <= status < 500:
            parser.allow_all = True  # RFC 9309: no robots.txt, no rules
        else:
            # RFC 9309: robots.txt unreachable, assume complete disallow until it can be read
            parser.disallow_all = True
            why = f"HTTP {status}" if status is not None else text
            host.robots_problem = f"{robots_url} could not be read ({why}): host skipped"
        return parser

    def robots_sitemaps(self, url: str) -> list[str]:
        """Sitemaps named in the host's robots.txt."""
        host = self._host(url)
        if host.robots is None:
            self.allowed(url)
        return list((host.robots.site_maps() if host.robots else None) or [])


def _decode_capped(body: bytes, encoding: str, cap: int, url: str) -> bytes:
    """Decompress a body by its Content-Encoding, refusing more than `cap` bytes out."""
    import zlib

    if encoding in ("gzip", "deflate"):
        wbits = 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS
        decoder = zlib.decompressobj(wbits)
        out = decoder.decompress(body, cap + 1)
        if len(out) > cap:
            raise FetchError(f"{url}: decompressed response over the cap of {cap} bytes")
        return out
    decoded = httpx.Response(200, headers={"content-encoding": encoding}, content=body).content
    if len(decoded) > cap:
        raise FetchError(f"{url}: decompressed response over the cap of {cap} bytes")
    return decoded
