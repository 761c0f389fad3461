"""The standing hostile-input table: for each entry point, hostile inputs and what must happen.

Entry points: parse (text and HTML pages, including their links), upload, paste, URL import
(against the local listing-site stand-in), URL query parameters, visitor search, exports (CSV
and Excel formulas), ICS, and CLI arguments. Each row names the input and the expected outcome; the page-level and browser checks are in test_pages_walk and
test_browser_hostile, provider answers in tests/geo/test_geocode_online.py.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time

import pandas as pd
import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from seed_fixtures import seed_frame

from eventmap.core import admin, visitor
from eventmap.core.filters import from_query_params
from eventmap.errors import ListingError, QueryError, UploadError
from eventmap.ingest.parse import decode_bytes, parse
from eventmap.output import export, ics

# parse ------------------------------------------------------------------------------------------
MEETING = "Detroit, Michigan\nThursday, April 11, 2019, 7:00 p.m.\nWayne State University {}\n"
PARSE_ROWS = [
    # (name, page text, check on the listing)
    ("script tags are dropped", "<p>" + MEETING.format("<script>alert(1)</script>") + "</p>",
     lambda lst: "alert" not in str(lst.to_dict())),
    ("javascript: links are dropped",
     '<p>Detroit, Michigan<br>Thursday, April 11, 2019, 7pm<br><a href="javascript:alert(1)">'
     'RSVP</a> <a href="data:text/html,x">d</a> <a href="https://ok.example/e">e</a></p>',
     lambda lst: lst.meetings[0].links == ["https://ok.example/e"]),
    ("a 20 KB line of punctuation", MEETING.format("") + "!-_." * 5000,
     lambda lst: len(lst.meetings) == 1),
    ("a 100 KB line of one word", MEETING.format("") + "a" * 100_000,
     lambda lst: len(lst.meetings) == 1),
    ("zero-width characters are dropped", MEETING.format("Stu\u200bdent\u200d Center"),
     lambda lst: "\u200b" not in str(lst.to_dict())),
    ("a formula in a venue stays text", MEETING.format("=HYPERLINK(\"https://evil.example\")"),
     lambda lst: len(lst.meetings) == 1),
    ("deep nesting", "<div>" * 5000 + MEETING.format("") + "</div>" * 5000,
     lambda lst: len(lst.meetings) == 1),
    ("a stated event's script in its name is dropped",
     '<html><head><script type="application/ld+json">{"@type": "Event", "name": '
     '"<script>alert(1)<\\/script>[log in](https://evil.example)", "startDate": "2027-04-11T19:00"}'
     "</script></head><body></body></html>",
     lambda lst: "<script" not in str(lst.to_dict()) and lst.meetings[0].title.endswith(
         "[log in](https://evil.example)")),
    ("a stated event's javascript: url is dropped",
     '<html><head><script type="application/ld+json">{"@type": "Event", "name": "x", '
     '"url": "javascript:alert(1)", "startDate": "2027-04-11"}</script></head></html>',
     lambda lst: lst.meetings[0].links == []),
    ("JSON-LD nested 100,000 deep",
     '<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000
     + "</script></head><body><p>" + MEETING.format("") + "</p></body></html>",
     lambda lst: len(lst.meetings) == 1),
    ("5,000 nested microdata events and 5,000 nested h-events",
     '<div itemscope itemtype="https://schema.org/Event"><meta itemprop="startDate" '
     'content="2027-04-11T19:00">' * 5000 + "</div>" * 5000
     + '<div class="h-event"><time class="dt-start" datetime="2027-04-12">x</time>' * 5000
     + "</div>" * 5000,
     lambda lst: 1 <= len(lst.meetings) <= 2000),
    ("a calendar's minutely rule with no end",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270101T000100Z\r\n"
     "RRULE:FREQ=MINUTELY\r\nSUMMARY:=HYPERLINK(\"https://evil.example\")\r\nEND:VEVENT\r\n"
     "END:VCALENDAR\r\n",
     lambda lst: len(lst.meetings) == 2000 and lst.meetings[0].title.startswith("=HYPERLINK")),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "check"), PARSE_ROWS, ids=[r[0] for r in PARSE_ROWS])
def test_parse(name, text, check) -> None:
    started = time.monotonic()
    listing = parse(text)
    assert time.monotonic() - started < 5, "hostile input must not make the parser crawl"
    assert check(listing)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01binary\x00" * 100, "binary"),
        (b"a" * 2001, "limit"),
    ],
)
def test_parse_refuses_binary_and_oversized_bytes(data, message) -> None:
    with pytest.raises(ListingError, match=message):
        decode_bytes(data, limit=2000)


# upload and paste -------------------------------------------------------------------------------
UPLOAD_ROWS = [
    # (file name, bytes, None if accepted else part of the refusal)
    ("[Download the fix](http://evil.example) **now**.pdf", b"%PDF-1.4", "has .pdf"),
    ("meetings", b"Upcoming", "has no extension"),
    ("page.txt.exe", b"MZ\x90\x00", "has .exe"),
    ("big.txt", b"a" * (admin.MAX_UPLOAD_BYTES + 1), "larger than the 5 MB limit"),
    ("binary.html", b"\x00\x01\x02\x00" * 1000, "cannot be read"),
    ("empty.txt", b"   \n", "is empty"),
    ("../../../etc/passwd.txt", MEETING.format("").encode(), None),  # a name is only a label
    ("utf16.txt", MEETING.format("Café").encode("utf-16"), None),
    ("diary.ics", b"BEGIN:VCALENDAR\r\nX-WR-CALNAME:Wayne State\r\nEND:VCALENDAR\r\n", None),
]


@pytest.mark.parametrize(("name", "data", "refusal"), UPLOAD_ROWS, ids=[r[0] for r in UPLOAD_ROWS])
def test_upload(name, data, refusal) -> None:
    if refusal is None:
        assert "Wayne State" in admin.read_upload(name, data)
    else:
        with pytest.raises(UploadError, match=refusal):
            admin.read_upload(name, data)


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("a" * (admin.MAX_UPLOAD_BYTES + 1), "larger than the 5 MB limit"),
        ("é" * (admin.MAX_UPLOAD_BYTES // 2 + 1), "larger than the 5 MB limit"),  # bytes count
        (" \n\t ", "paste the page"),
        (MEETING.format("\x00"), "NUL character"),
        (MEETING.format("\x1b[31m red"), None),
    ],
)
def test_paste(text, refusal) -> None:
    if refusal is None:
        assert admin.check_pasted(text) == text
    else:
        with pytest.raises(UploadError, match=refusal):
            admin.check_pasted(text)


# URL query parameters ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return seed_frame()


@pytest.mark.parametrize(
    ("params", "notes"),
    [
        ({"campaign": ["[x](https://evil.example)"]}, ["Ignored campaign"]),
        ({"campus": ["a" * 100_000]}, ["Ignored campus"]),
        ({"state": ["<script>", "ZZ"]}, ["Ignored state", "Ignored state"]),
        ({"status": ["'; DROP TABLE listings; --"]}, ["Ignored status"]),
        ({"from": ["2019-13-45"], "to": ["../../etc"]}, ["Ignored from", "Ignored to"]),
    ],
)
def test_query_parameters_naming_nothing_are_dropped_with_a_note(frame, params, notes) -> None:
    f, said = from_query_params(params, frame)
    assert f.is_empty()
    assert [n.split("“")[0].strip() for n in said] == notes
    assert all(len(n) < 200 for n in said)  # the value is shortened in the note


# visitor search ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "outcome"),
    [
        ("", "Please type where you are"),
        ("   \t ", "Please type where you are"),
        ("x" * 201, "at most 200"),
        ("🔥🔥🔥", "no letters or digits"),
        ("!!!???", "no letters or digits"),
        ("91,181", "coordinates can't be right"),
        ("\u202eArbor Ann\u202c", "Arbor Ann"),  # bidi controls removed
        ("Ann\x00Arbor\x1b", "Ann Arbor"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),  # text; escaped when shown
        ("42.28,-83.74", "42.28,-83.74"),
    ],
)
def test_visitor_search(raw, outcome) -> None:
    try:
        query = visitor.parse_query(raw)
    except QueryError as exc:
        assert outcome in str(exc)
    else:
        assert query.text == outcome


# exports: CSV and Excel formulas ---------------------------------------------------------------
FORMULAS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    '=HYPERLINK("https://evil.example")',
]


def _hostile(payload: str) -> pd.DataFrame:
    df = seed_frame().head(1).copy()
    df["venue"] = payload
    return df


@pytest.mark.parametrize("payload", FORMULAS)
def test_csv_and_excel_keep_formulas_as_inert_text(payload) -> None:
    data = export.to_csv(_hostile(payload))
    row = next(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert row["venue"] == "'" + payload
    book = load_workbook(io.BytesIO(export.to_xlsx(_hostile(payload))))["Meetings"]
    header = [c.value for c in book[1]]
    cell = book.cell(row=2, column=header.index("Venue") + 1)
    assert cell.data_type == "s"


# ICS ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "payload",
    [
        "Hall\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected",
        "Hall\nATTACH:https://evil.example/x",
        "Room; Hall, \\ 5",
        "\x00\x1b[31mred",
    ],
)
def test_ics_text_cannot_add_events_or_properties(payload) -> None:
    df = seed_frame().dropna(subset=["date"]).head(1).copy()
    df["venue"] = payload
    df["campus"] = payload
    data = ics.to_ics(df)
    cal = Calendar.from_ical(data)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 1  # the text stayed inside its property, escaped and folded
    assert "ATTACH" not in events[0]
    lines = data.decode().replace("\r\n ", "").split("\r\n")
    assert not [line for line in lines if line.startswith(("SUMMARY:injected", "ATTACH"))]
    assert b"\x00" not in data and b"\x1b" not in data


# CLI arguments ----------------------------------------------------------------------------------
CLI_ROWS = [
    # (arguments, exit code, part of the one-line error)
    (["parse", "--as-of", "2019-99-99", "x.txt"], 2, "as-of"),
    (["parse", "/nonexistent/x.txt"], 1, "no such file"),
    (["parse", "/etc"], 1, "is a folder"),
    (["parse", "/dev/null"], 0, None),
    (["nearest", "x" * 10_000], 2, "characters long"),
    (["nearest", "91,181"], 2, "can't be right"),
    (["export", "--format", "csv", "-o", "/nonexistent/dir/x.csv"], 1, "/nonexistent/dir"),
    (["export", "--format", "exe", "-o", "x"], 2, "invalid choice"),
    (["tour", "--campaign", "[x](https://evil.example)"], 2, "no campaign"),
]


@pytest.mark.parametrize(
    ("args", "code", "message"), CLI_ROWS, ids=[" ".join(r[0])[:40] for r in CLI_ROWS]
)
def test_cli_arguments(args, code, message, tmp_path) -> None:
    env_db = {"EVENTMAP_DB": f"sqlite:///{tmp_path / 'e.db'}"}
    done = subprocess.run(
        [sys.executable, "-m", "eventmap", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env_db},
        cwd=tmp_path,
    )
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    if message is not None:
        last = done.stderr.strip().splitlines()[-1]
        assert message in last, done.stderr
        assert last.startswith(("eventmap: error:", "usage:", "eventmap"))


# URL import -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def site():
    from listing_server import ListingServer, Page

    with ListingServer(slow_seconds=3, huge_bytes=3 * 1024 * 1024) as s:
        s.pages["/hostile.html"] = Page(
            "<html><body><p>" + MEETING.format("<script>alert(1)</script>").replace("\n", "<br>")
            + '<a href="javascript:alert(1)">RSVP</a></p></body></html>'
        )  # fmt: skip
        s.redirect("/to-file", "file:///etc/passwd")
        yield s


URL_ROWS = [
    # (address, or a path on the stand-in site; the error class name, None if it is fetched)
    ("javascript:alert(1)", "AddressError"),
    ("file:///etc/passwd", "AddressError"),
    ("ftp://127.0.0.1/page.txt", "AddressError"),
    ("http://", "AddressError"),
    ("/to-file", "AddressError"),  # a redirect to a file: address
    ("/loop", "TooManyRedirects"),
    ("/hops/9", "TooManyRedirects"),
    ("/huge", "PageTooLarge"),
    ("/pdf", "WrongContentType"),
    ("/slow", "FetchTimeout"),
    ("/hostile.html", None),
]


@pytest.mark.parametrize(("address", "error"), URL_ROWS, ids=[r[0] for r in URL_ROWS])
def test_url_import(site, monkeypatch, address, error) -> None:
    from eventmap.errors import FetchError
    from eventmap.ingest.fetch import fetch

    monkeypatch.setenv("EVENTMAP_MAX_LISTING_BYTES", str(2 * 1024 * 1024))
    monkeypatch.setenv("EVENTMAP_FETCH_PRIVATE", "1")  # the stand-in site is on 127.0.0.1
    url = site.url(address) if address.startswith("/") else address
    if error is None:
        page = fetch(url, timeout=5)
        listing = parse(page.text)
        assert "alert" not in str(listing.to_dict())  # scripts and javascript: links dropped
        assert len(listing.meetings) == 1
        return
    with pytest.raises(FetchError) as caught:
        fetch(url, timeout=1)
    assert type(caught.value).__name__ == error
    assert "\n" not in str(caught.value)  # one sentence
