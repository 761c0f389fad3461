"""A local stand-in for an organization's web site, on 127.0.0.1, for the import-by-address tests.

    with ListingServer() as site:
        site.pages["/page.html"] = Page(seed_html(seed_text()))
        url = site.url("/page.html")
        site.pages["/page.html"] = Page(edited_html, etag='"v2"')   # the organizer edits it
        site.redirect("/old", "/page.html")                          # 302 to another path
        site.requests                                                # [(path, headers), ...]

A ``Page`` answers conditional GETs: ``If-None-Match`` equal to its ETag, or ``If-Modified-Since``
not older than its Last-Modified, gets a 304. Special paths need no setup: ``/slow`` (answers
after ``slow_seconds``), ``/huge`` (a body bigger than any limit, streamed), ``/pdf`` (wrong
content type), ``/404``, ``/500``, ``/loop`` (redirects to itself), ``/hops/N`` (N redirects).
The server binds 127.0.0.1 only. ``seed_html`` turns a plain-text page into valid HTML5.
"""

from __future__ import annotations

import contextlib
import html
import sys
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from local_server import LocalServer


class _QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (the limits tests do) is normal here, not worth a traceback."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # reset, broken pipe, timed out
            super().handle_error(request, client_address)


@dataclass
class Page:
    body: str | bytes
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None  # an HTTP date, e.g. "Mon, 23 Jan 2017 10:00:00 GMT"
    extra_headers: dict[str, str] = field(default_factory=dict)

    def payload(self) -> bytes:
        return self.body if isinstance(self.body, bytes) else self.body.encode("utf-8")


def seed_html(text: str, *, close_head: bool = True, head_extra: str = "") -> str:
    """``text`` as a valid HTML5 page: one ``<p>`` per paragraph, ``<br>`` between its lines.
    With ``close_head=False`` the page omits ``</head>`` and ``<body>``, as HTML5 allows."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line.strip()) for line in p.strip().splitlines()) + "</p>"
        for p in paras
    )
    head = f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Upcoming Meetings</title>\n{head_extra}'
    if close_head:
        return f"{head}</head>\n<body>\n{body}\n</body>\n</html>\n"
    return f"{head}\n{body}\n"


class ListingServer(LocalServer):
    server_class = _QuietServer
    protocol_version = "HTTP/1.1"

    def __init__(self, *, slow_seconds: float = 3.0, huge_bytes: int = 12 * 1024 * 1024):
        self.pages: dict[str, Page] = {}
        self.redirects: dict[str, tuple[int, str]] = {}
        self.slow_seconds = slow_seconds
        self.huge_bytes = huge_bytes
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- control --------------------------------------------------------------------------
    def url(self, path: str) -> str:
        return f"http://{self.address}{path}"

    def redirect(self, path: str, to: str, status: int = 302) -> None:
        self.redirects[path] = (status, to)

    def requests_for(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [headers for p, headers in self.requests if p == path]

    # -- answers --------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        with self._lock:
            self.requests.append((path, {k: v for k, v in h.headers.items()}))
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self._answer(h, path)

    def _answer(self, h: BaseHTTPRequestHandler, path: str) -> None:
        if path in self.redirects:
            status, to = self.redirects[path]
            return self._send(h, status, b"", "text/plain", {"Location": to})
        if path == "/loop":
            return self._send(h, 302, b"", "text/plain", {"Location": "/loop"})
        if path.startswith("/hops/"):
            n = int(path.rsplit("/", 1)[1])
            to = f"/hops/{n - 1}" if n > 0 else "/hops-done"
            return self._send(h, 302, b"", "text/plain", {"Location": to})
        if path == "/slow":
            time.sleep(self.slow_seconds)
            return self._send(h, 200, b"<p>late</p>", "text/html")
        if path == "/huge":
            return self._huge(h)
        if path == "/pdf":
            return self._send(h, 200, b"%PDF-1.4 not a listing", "application/pdf")
        if path in ("/404", "/500"):
            return self._send(h, int(path[1:]), b"error", "text/html")
        page = self.pages.get(path)
        if page is None:
            return self._send(h, 404, b"not found", "text/html")
        headers = dict(page.extra_headers)
        if page.etag:
            headers["ETag"] = page.etag
        if page.last_modified:
            headers["Last-Modified"] = page.last_modified
        if self._not_modified(h, page):
            return self._send(h, 304, b"", None, headers)
        return self._send(h, 200, page.payload(), page.content_type, headers)

    @staticmethod
    def _not_modified(h: BaseHTTPRequestHandler, page: Page) -> bool:
        tag = h.headers.get("If-None-Match")
        if tag is not None:
            return page.etag is not None and tag == page.etag
        since = h.headers.get("If-Modified-Since")
        if since and page.last_modified:
            try:
                return parsedate_to_datetime(page.last_modified) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _huge(self, h: BaseHTTPRequestHandler) -> None:
        # No Content-Length: the client must count what it reads and stop at its limit.
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        sent = 0
        while sent < self.huge_bytes:
            h.wfile.write(chunk)
            sent += len(chunk)
        h.close_connection = True

    @staticmethod
    def _send(h, status: int, body: bytes, ctype: str | None, headers=None) -> None:
        h.send_response(status)
        if ctype:
            h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        if body:
            h.wfile.write(body)


@pytest.fixture
def listing_site(monkeypatch):
    """A fresh local web site on 127.0.0.1; put pages in ``site.pages[path] = Page(...)``.
    Fetching from this machine is refused unless allowed: the fixture allows it."""
    monkeypatch.setenv("EVENTMAP_FETCH_PRIVATE", "1")
    with ListingServer() as site:
        yield site
