"""A forum's date tags (Discourse's "local dates": "[date=2027-01-28 time=19:30:00
timezone="Europe/Rome"]", "[date-range from=2027-03-05T18:00:00 to=2027-03-07T12:00:00]") are
read as the date and time they hold; the tag's words are no place. Written from holdout42's
OpenStreetMap forum post; the rows are the tag's forms, in the four languages' posts."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.text import text_lines

AS_OF = date(2027, 1, 10)


@pytest.mark.parametrize(
    ("tag", "read"),
    [
        ('[date=2027-01-28 time=19:30:00 timezone="Europe/Rome"]', "2027-01-28, 19:30"),
        ("[date=2027-01-28 time=19:30:00]", "2027-01-28, 19:30"),
        ('[date=2027-01-28 timezone="Europe/Berlin"]', "2027-01-28"),
        ("[date=2027-01-28]", "2027-01-28"),
        ('[date-range from=2027-03-05T18:00:00 to=2027-03-07T12:00:00 timezone="Europe/Paris"]',
         "2027-03-05 – 2027-03-07, 18:00"),
        ("[date-range from=2027-03-05 to=2027-03-07]", "2027-03-05 – 2027-03-07"),
    ],
)  # fmt: skip
def test_a_tag_reads_as_its_date(tag, read):
    (line,) = text_lines(f"- {tag} Stammtisch")
    assert line.text == f"- {read} Stammtisch"


@pytest.mark.parametrize(
    "text",
    [
        "[date] is a placeholder in the template",
        "[data=2027-01-28]",
        "[date=28.01.2027]",  # not the tag's own form: left as written
    ],
)
def test_no_tag_is_left_as_written(text):
    (line,) = text_lines(text)
    assert line.text == text


@pytest.mark.parametrize(
    ("lang", "heading", "label"),
    [
        ("de", "Stammtisch Meran", "Ort: Ost West Club, Freiheitsstraße 15"),
        ("en", "Pub meet, York", "Where: Ost West Club, Tanners Moat"),
        ("fr", "Rencontre à Grenoble", "Lieu : Ost West Club, Grenoble"),
        ("es", "Quedada en Vitoria", "Lugar: Ost West Club, Vitoria"),
    ],
)
def test_a_post_s_tags_are_meetings_at_its_place(lang, heading, label):
    page = (
        f"## {heading}\n\n**{label}**\n\n"
        '- [date=2027-01-28 time=19:30:00 timezone="Europe/Rome"]\n'
        '- [date=2027-03-25 time=19:30:00 timezone="Europe/Rome"]\n'
    )
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-28", "19:30"),
        ("2027-03-25", "19:30"),
    ]
    for m in ms:
        assert m.venue == "Ost West Club", (m.venue, m.place, m.address)
        assert "timezone" not in " ".join(v for v in (m.room, m.address, m.title) if v)
