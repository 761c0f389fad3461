"""A social post's counters ("♡ 412 likes", "❤️ 214 Me gusta · 💬 18 comentarios") with the
post's own date under them ("December 2") are no meeting: the date is when the post was written.
Written from holdout10's Instagram captions (Galicia, the US South); the rows are variants."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.social import post_counters

AS_OF = date(2026, 12, 2)


# fmt: off
@pytest.mark.parametrize("lang,counters,posted", [
    ("en", "♡ 412 likes", "December 2"),
    ("en", "1.2K Likes | 34 Comments", "November 30"),
    ("en", "❤️ 88 likes · 💬 6 comments · 3 shares", "2 December"),
    ("es", "❤️ 214 Me gusta · 💬 18 comentarios", "5 de diciembre"),
    ("es", "57 me gusta", "1 de diciembre"),
    ("fr", "87 J'aime · 5 commentaires", "30 novembre"),
    ("fr", "1,4 k vues", "1 décembre"),
    ("de", "56 Gefällt mir · 3 Kommentare", "1. Dezember"),
    ("de", "2.300 Aufrufe", "30. November"),
])
# fmt: on
def test_a_post_s_date_under_its_counters_is_no_meeting(lang, counters, posted):
    page = (
        f"Reading group\nSaturday 9 January 2027, 2pm, Central Library\n\n#reading\n\n"
        f"{counters}\n{posted}\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-09", "14:00")]
    assert any("post's own date" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    "text",
    ["412 members", "Room 214 · Level 2", "Meet 3 comrades", "Saturday 9 January 2027, 2pm"],
)
def test_other_lines_are_no_counters(text):
    assert not post_counters(text)


def test_a_meeting_under_counters_keeps_its_time():
    page = "♡ 412 likes\nSaturday 9 January 2027, 2pm, Central Library\n"
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-09", "14:00")]
