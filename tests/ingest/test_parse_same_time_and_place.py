"""A date line that says it is at the same time and/or place as the meeting above ("Saturday 9
January, same time and place", "gleiche Zeit, gleicher Ort", "même heure, même lieu", "misma
hora y lugar") takes them from that meeting, with a note; the words are no venue. A time or
place written on the line itself stays its own ("same venue, 11am"; "same place (145 Delancey
St.)"). From the Peruvian Facebook post of tests/ingest/corpus/holdout7; the rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# (language, first meeting's line(s), second date line, its time, its venue)
# fmt: off
ROWS = [
    ("es", "Sábado 5 de diciembre, 4:00 p. m.\nLocal sindical, Jr. Azángaro 1158\n",
     "Sábado 9 de enero, misma hora y lugar", "16:00", "Local sindical"),
    ("es", "Sábado 5 de diciembre, 16:00 h, Local sindical, Jr. Azángaro 1158\n",
     "Sábado 9 de enero: mismo lugar y hora", "16:00", "Local sindical"),
    (None, "Saturday 5 December, 4pm – Trades Hall, 54 Victoria St\n",
     "Saturday 9 January, same time and place", "16:00", "Trades Hall"),
    (None, "Saturday 5 December, 4pm – Trades Hall, 54 Victoria St\n",
     "Saturday 9 January – same venue, 11am", "11:00", "Trades Hall"),
    (None, "Saturday 5 December, 4pm – Trades Hall, 54 Victoria St\n",
     "Saturday 9 January, same time & location", "16:00", "Trades Hall"),
    ("de", "Samstag, 5. Dezember, 16 Uhr, Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69\n",
     "Samstag, 9. Januar, gleiche Zeit, gleicher Ort", "16:00", "Gewerkschaftshaus"),
    ("de", "Samstag, 5. Dezember, 16 Uhr, Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69\n",
     "Samstag, 9. Januar – selbe Uhrzeit, selber Ort", "16:00", "Gewerkschaftshaus"),
    ("fr", "Samedi 5 décembre, 16 h, Bourse du Travail, 3 rue du Château-d'Eau\n",
     "Samedi 9 janvier, même heure, même lieu", "16:00", "Bourse du Travail"),
]
# fmt: on


@pytest.mark.parametrize("lang,first,second,time,venue", ROWS)
def test_the_date_takes_the_time_and_place_above(lang, first, second, time, venue):
    listing = parse(f"{first}\n{second}\n", as_of=AS_OF, lang=lang)
    a, b = listing.meetings
    assert (b.date, b.start_time, b.status, b.venue) == ("2027-01-09", time, "scheduled", venue)
    assert b.address == a.address
    assert any("line 1" in w.reason for w in listing.warnings if w.line == b.source_line)


def test_only_the_time_when_only_the_time_is_the_same():
    page = (
        "Saturday 5 December, 4pm – Trades Hall, 54 Victoria St\n\n"
        "Saturday 9 January, same time, Central Library, 5 Main St\n"
    )
    b = parse(page, as_of=AS_OF).meetings[1]
    assert b.start_time == "16:00"
    places = " ".join(filter(None, (b.venue, b.room, b.address, b.place)))
    assert "Central Library" in places and "Trades Hall" not in places
    assert "same" not in places


def test_a_place_written_after_same_place_stays():
    page = (
        "Thursday, December 10 at 7 p.m., Grand Street Settlement, 80 Pitt St.\n\n"
        "Our January meeting will be on Thursday, January 14 at 7 p.m., same place "
        "(145 Delancey St.).\n"
    )
    b = parse(page, as_of=AS_OF).meetings[1]
    assert "145 Delancey" in " ".join(filter(None, (b.venue, b.room, b.address, b.place)))
    assert b.venue != "Grand Street Settlement"


# fmt: off
@pytest.mark.parametrize("second", [
    "Saturday 9 January, 7pm: Same Old Story – a film, Rio Cinema",
    "Saturday 9 January, 7pm – the same struggle, Rio Cinema",
])
# fmt: on
def test_same_before_other_words_is_nothing(second):
    page = f"Saturday 5 December, 4pm – Trades Hall, 54 Victoria St\n\n{second}\n"
    b = parse(page, as_of=AS_OF).meetings[1]
    assert b.start_time == "19:00"
    assert b.venue != "Trades Hall"


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "post.txt"
    lang, first, second, *_ = ROWS[0]
    path.write_text(f"Reuniones\n\n{first}\n{second}\n", encoding="utf-8")
    rows = cli_place_rows(cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", lang))
    assert [r[:2] for r in rows] == [("2026-12-05", "16:00"), ("2027-01-09", "16:00")]
    assert rows[0][2] == rows[1][2] and "Local sindical" in rows[1][2]
