"""Fetching a listing page from its address: one careful GET with requests.

Limits, all enforced here: only ``http``/``https`` (redirects too); a connect timeout and a
timeout for the whole answer (``EVENTMAP_FETCH_TIMEOUT``); at most five redirects, and none back
to an address already visited; the body streamed and cut at ``EVENTMAP_MAX_LISTING_BYTES``
(after decompression); ``text/html``, ``text/plain``, a feed's XML types or ``text/calendar`` only; the charset of the
``Content-Type`` header honoured, else the page's ``<meta charset>``, else UTF-8 or
Windows-1252; ``EVENTMAP_USER_AGENT`` sent. A conditional GET (``etag``, ``last_modified``) may
come back "not modified" (304). Every failure raises a ``FetchError`` subclass whose message is
one sentence naming the address.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

import requests

from eventmap import __version__, config
from eventmap.errors import (
    AddressError,
    FetchConnectionError,
    FetchError,
    FetchStatusError,
    FetchTimeout,
    ListingError,
    PageTooLarge,
    TooManyRedirects,
    WrongContentType,
)
from eventmap.ingest.text import Decoded, decode_page
from eventmap.model import ParseWarning

MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
ACCEPTED_TYPES = (
    "text/html", "text/plain", "application/xhtml+xml",
    # RSS and Atom feeds, and the generic XML types many servers send them as
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml",
    "text/calendar",  # a calendar feed (.ics)
)  # fmt: skip
_CHUNK = 64 * 1024
# A feed's own encoding, in its XML declaration (<?xml version="1.0" encoding="ISO-8859-1"?>).
_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I
)


@dataclass(frozen=True)
class Fetched:
    """What a fetch found. ``text`` is None when the server said the page has not changed."""

    url: str  # the address asked for
    final_url: str  # where the page was found, after redirects
    status: int  # 200, or 304 for "not modified"
    text: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    # The decoder's note on the body's bytes (stray Windows-1252 bytes in UTF-8), if any.
    decode_warning: ParseWarning | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent() -> str:
    """``EVENTMAP_USER_AGENT``, else ``eventmap/<version>``."""
    return config.settings().user_agent or f"eventmap/{__version__}"


def source_name_for(url: str) -> str:
    """A source name for a page fetched from ``url``: its host and path (at most 200 chars)."""
    parts = urlsplit(url.strip())
    return (parts.netloc + parts.path).rstrip("/")[:200] or url.strip()[:200]


def check_address(url: str) -> str:
    """``url`` stripped, if it is an http(s) address with a host; else AddressError."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        raise AddressError(f"{url!r} is not a web address.") from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = url[:200] or "an empty address"
        raise AddressError(
            f"{shown} is not a web page address: give one starting with http:// or https://."
        )
    if not parts.hostname:
        raise AddressError(f"{url[:200]} has no host name.")
    return url


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limit: int | None = None,
    timeout: float | None = None,
) -> Fetched:
    """GET ``url`` within the limits above; with ``etag``/``last_modified``, conditionally."""
    url = check_address(url)
    settings = config.settings()
    limit = settings.max_listing_bytes if limit is None else limit
    timeout = settings.fetch_timeout if timeout is None else timeout
    headers = {
        "User-Agent": user_agent(),
        "Accept": "text/html, text/plain;q=0.9, application/rss+xml;q=0.8, "
        "application/atom+xml;q=0.8, text/calendar;q=0.7, */*;q=0.1",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    deadline = time.monotonic() + timeout
    seen = {url}
    current = url
    with requests.Session() as session:
        session.trust_env = False  # no proxies or .netrc credentials from the environment
        for _hop in range(MAX_REDIRECTS + 1):
            if not settings.fetch_private:
                check_public(current, url)
            response = _get(session, current, headers, timeout, url)
            with response:
                if not response.is_redirect:
                    return _answer(url, current, response, limit, deadline)
                current = _next_hop(url, current, response, seen)
    raise TooManyRedirects(f"{url} redirects more than {MAX_REDIRECTS} times; nothing was saved.")


def check_public(current: str, url: str) -> None:
    """Refuse an address whose host is on this machine or a private network (loopback, private,
    link-local such as a cloud metadata service, reserved): a page on the web is public, and the
    server must not be made to fetch its own network for whoever gives it an address. Allowed
    with ``EVENTMAP_FETCH_PRIVATE=1`` (a self-hosted page on an intranet, the tests)."""
    host = urlsplit(current).hostname or ""
    port = urlsplit(current).port or 80
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchConnectionError(f"cannot reach {url}: its host name is unknown (DNS).") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not address.is_global:
            raise AddressError(
                f"{url} is on this machine or a private network ({address}); eventmap fetches "
                "only public pages (set EVENTMAP_FETCH_PRIVATE=1 to allow it)."
            )


def _get(
    session: requests.Session, current: str, headers: dict[str, str], timeout: float, url: str
) -> requests.Response:
    try:
        return session.get(
            current,
            headers=headers,
            stream=True,
            allow_redirects=False,
            timeout=(min(CONNECT_TIMEOUT, timeout), timeout),
        )
    except requests.Timeout:
        raise FetchTimeout(f"{url} did not answer within {timeout:g} seconds.") from None
    except requests.exceptions.InvalidURL:
        raise AddressError(f"{current[:200]} is not a valid web address.") from None
    except requests.ConnectionError as exc:
        raise FetchConnectionError(f"cannot reach {url}: {_reason(exc)}.") from None
    except requests.RequestException as exc:
        raise FetchError(f"cannot fetch {url}: {_reason(exc)}.") from None


def _reason(exc: Exception) -> str:
    """A short reason from requests' nested errors: the host is unknown, refused, reset."""
    text = str(exc)
    low = text.lower()
    if "name or service not known" in low or "nodename nor servname" in low:
        return "its host name is unknown (DNS)"
    if "failed to resolve" in low or "getaddrinfo" in low or "name resolution" in low:
        return "its host name is unknown (DNS)"
    if "refused" in low:
        return "the connection was refused"
    if "reset" in low or "aborted" in low or "remotedisconnected" in low:
        return "the connection was dropped"
    return text.splitlines()[0][:200] if text else type(exc).__name__


def _next_hop(url: str, current: str, response: requests.Response, seen: set[str]) -> str:
    target = urljoin(current, response.headers.get("Location", ""))
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        raise AddressError(f"{url} redirects to {target[:200]}, which is not a web page address.")
    if target in seen:
        raise TooManyRedirects(f"{url} redirects in a loop (back to {target[:200]}).")
    seen.add(target)
    return target


def _answer(
    url: str, current: str, response: requests.Response, limit: int, deadline: float
) -> Fetched:
    status = response.status_code
    etag = response.headers.get("ETag")
    modified = response.headers.get("Last-Modified")
    if status == 304:
        return Fetched(url, current, 304, None, etag, modified)
    if status >= 400 or status < 200:
        reason = response.reason or "error"
        raise FetchStatusError(f"{url} answered {status} {reason}; nothing was saved.", status)
    ctype = response.headers.get("Content-Type", "")
    mime, charset = _content_type(ctype)
    if mime and mime not in ACCEPTED_TYPES:
        raise WrongContentType(
            f"{url} serves {mime}, not a web page, text, a feed or a calendar (text/html, "
            "text/plain, RSS, Atom or iCalendar)."
        )
    body = _read_limited(url, response, limit, deadline)
    page = _decode(url, body, charset)
    return Fetched(url, current, status, page.text, etag, modified, mime, page.warning())


def _content_type(value: str) -> tuple[str, str | None]:
    msg = Message()
    msg["Content-Type"] = value or "application/octet-stream"
    mime = msg.get_content_type() if value else ""
    charset = msg.get_param("charset")
    return mime, charset if isinstance(charset, str) else None


def _read_limited(url: str, response: requests.Response, limit: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PageTooLarge(_too_large(url, int(declared), limit))
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise PageTooLarge(_too_large(url, size, limit, more=True))
            if time.monotonic() > deadline:
                raise FetchTimeout(f"{url} took too long to send the page; nothing was saved.")
            chunks.append(chunk)
    except requests.Timeout:
        raise FetchTimeout(f"{url} stopped sending the page; nothing was saved.") from None
    except requests.RequestException as exc:
        raise FetchConnectionError(f"cannot read {url}: {_reason(exc)}.") from None
    return b"".join(chunks)


def _too_large(url: str, size: int, limit: int, more: bool = False) -> str:
    return (
        f"{url} is {'over ' if more else ''}{size / 1_048_576:.1f} MB; the limit is "
        f"{limit / 1_048_576:.0f} MB (EVENTMAP_MAX_LISTING_BYTES)."
    )


def _decode(url: str, body: bytes, charset: str | None) -> Decoded:
    """The header's charset if it names a known codec, else ``<meta charset>``, else guess
    (``decode_page``, whose note on stray bytes is kept; a page declared UTF-8 goes through it
    too, so a stray Windows-1252 byte is read as such and warned about)."""
    for name in (charset, _meta_charset(body)):
        if not name:
            continue
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec != "utf-8":
            return Decoded(body.decode(name, errors="replace").lstrip("\ufeff"), name)
        break
    try:
        return decode_page(body, limit=max(len(body), 1))
    except ListingError as exc:
        raise FetchError(f"{url}: {exc}.") from None


def _meta_charset(body: bytes) -> str | None:
    m = _XML_ENCODING.match(body[:4096]) or _META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii") if m else None
