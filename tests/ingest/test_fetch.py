"""Fetching a page by its address, against a local web site on 127.0.0.1 (tests/support)."""

from __future__ import annotations

import socket

import pytest
from listing_server import Page

from eventmap.errors import (
    AddressError,
    FetchConnectionError,
    FetchError,
    FetchStatusError,
    FetchTimeout,
    PageTooLarge,
    TooManyRedirects,
    WrongContentType,
)
from eventmap.ingest.fetch import fetch

HTML = "<!DOCTYPE html><title>Meetings</title><p>Detroit, MI<br>Thursday, April 11, 2019, 7pm</p>"
MODIFIED = "Wed, 23 Jan 2019 10:00:00 GMT"


def test_a_page_its_validators_and_the_user_agent(listing_site, monkeypatch):
    monkeypatch.setenv("EVENTMAP_USER_AGENT", "eventmap-tests/1.0 (organizer@example.org)")
    listing_site.pages["/page.html"] = Page(HTML, etag='"v1"', last_modified=MODIFIED)
    got = fetch(listing_site.url("/page.html"))
    assert (got.status, got.text, got.etag, got.last_modified) == (200, HTML, '"v1"', MODIFIED)
    assert got.content_type == "text/html"
    (headers,) = listing_site.requests_for("/page.html")
    assert headers["User-Agent"] == "eventmap-tests/1.0 (organizer@example.org)"


def test_a_conditional_get_of_an_unchanged_page_is_not_modified(listing_site):
    listing_site.pages["/page.html"] = Page(HTML, etag='"v1"', last_modified=MODIFIED)
    url = listing_site.url("/page.html")
    assert fetch(url, etag='"v1"').not_modified
    assert fetch(url, last_modified=MODIFIED).not_modified
    changed = fetch(url, etag='"v0"')
    assert (changed.status, changed.text) == (200, HTML)
    sent = listing_site.requests_for("/page.html")
    assert sent[0]["If-None-Match"] == '"v1"' and sent[1]["If-Modified-Since"] == MODIFIED


def test_redirects_are_followed_up_to_five(listing_site):
    listing_site.pages["/page.html"] = Page(HTML)
    listing_site.pages["/hops-done"] = Page(HTML)
    listing_site.redirect("/old.html", "/page.html", 301)
    got = fetch(listing_site.url("/old.html"))
    assert got.final_url == listing_site.url("/page.html") and got.text == HTML
    assert fetch(listing_site.url("/hops/4")).text == HTML  # 5 redirects
    with pytest.raises(TooManyRedirects, match="more than 5"):
        fetch(listing_site.url("/hops/5"))
    with pytest.raises(TooManyRedirects, match="loop"):
        fetch(listing_site.url("/loop"))


def test_a_charset_given_only_in_the_header_is_honoured(listing_site):
    greek = "<p>Αθήνα, Πανεπιστήμιο<br>Thursday, April 11, 2019, 7pm</p>"
    listing_site.pages["/el.html"] = Page(
        greek.encode("iso-8859-7"), content_type="text/html; charset=ISO-8859-7"
    )
    assert fetch(listing_site.url("/el.html")).text == greek


def test_a_meta_charset_is_used_when_the_header_has_none(listing_site):
    page = '<meta charset="koi8-r"><p>Москва<br>Thursday, April 11, 2019, 7pm</p>'
    listing_site.pages["/ru.html"] = Page(page.encode("koi8-r"), content_type="text/html")
    assert fetch(listing_site.url("/ru.html")).text == page


@pytest.mark.parametrize(
    "path,error,words",
    [
        ("/404", FetchStatusError, "answered 404"),
        ("/500", FetchStatusError, "answered 500"),
        ("/pdf", WrongContentType, "serves application/pdf"),
        ("/huge", PageTooLarge, "the limit is 1 MB"),
        ("/slow", FetchTimeout, "did not answer within 0.5 seconds"),
    ],
)
def test_every_failure_is_one_clear_sentence(listing_site, path, error, words):
    url = listing_site.url(path)
    with pytest.raises(error) as caught:
        fetch(url, limit=1024 * 1024, timeout=0.5)
    message = str(caught.value)
    assert words in message and url in message
    assert "\n" not in message and "Traceback" not in message
    assert isinstance(caught.value, FetchError)


def test_an_oversize_page_with_a_declared_length_is_refused_before_reading(listing_site):
    listing_site.pages["/big.html"] = Page("<p>" + "x" * 200_000 + "</p>")
    with pytest.raises(PageTooLarge, match="0.2 MB; the limit is 0 MB"):
        fetch(listing_site.url("/big.html"), limit=100_000)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/page.html", "http://localhost/", "http://169.254.169.254/latest/",
            "http://10.0.0.1/", "http://[::1]/page.html"],
)  # fmt: skip
def test_addresses_on_this_machine_or_a_private_network_are_refused_by_default(url):
    with pytest.raises(AddressError, match="on this machine or a private network"):
        fetch(url, timeout=5)


def test_refused_and_unknown_hosts(monkeypatch):
    monkeypatch.setenv("EVENTMAP_FETCH_PRIVATE", "1")
    with socket.socket() as s:  # a port on which nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchConnectionError, match="refused"):
        fetch(f"http://127.0.0.1:{port}/page.html", timeout=5)
    with pytest.raises(FetchConnectionError, match="unknown"):
        fetch("http://no-such-host.invalid/page.html", timeout=5)


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/page.html", "file:///etc/passwd", "javascript:alert(1)", "", "http://"],
)
def test_only_http_and_https_addresses(url):
    with pytest.raises(AddressError):
        fetch(url)


def test_a_redirect_to_another_scheme_is_refused(listing_site):
    listing_site.redirect("/away", "file:///etc/passwd")
    with pytest.raises(AddressError, match="not a web page address"):
        fetch(listing_site.url("/away"))
