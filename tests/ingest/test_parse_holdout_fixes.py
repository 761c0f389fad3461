"""What the held-out corpus (tests/ingest/corpus/holdout) found, by category, each with rows
written from the pattern rather than copied from a page: "hs" after an hour, publication dates in
German, French and Spanish, the doors' time before the start, a time that is a part of its own
far along the line, and a city with its region after the date."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2019, 3, 1)


def _one(page: str, **kw):
    listing = parse(page, as_of=kw.pop("as_of", AS_OF), **kw)
    assert len(listing.meetings) == 1, [(m.date, m.start_time, m.venue) for m in listing.meetings]
    return listing.meetings[0]


# "19 hs" ----------------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("text,start,end", [
    ("19 hs", "19:00", None),
    ("a las 19 hs", "19:00", None),
    ("18.30 hs", "18:30", None),
    ("de 10 a 13 hs", "10:00", "13:00"),
    ("9hs", "09:00", None),  # said to be 24-hour: no evening guess
])
# fmt: on
def test_hs_marks_a_24_hour_clock(text, start, end):
    tm = find_times(text)
    assert tm is not None and (tm.start_time, tm.end_time) == (start, end)


@pytest.mark.parametrize("text", ["Los hs del barrio", "3 hsbc", "Aula 12, hs"])
def test_hs_needs_an_hour_right_before_it(text):
    assert find_times(text) is None


# Publication dates ------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line", [
    "Publié le 28 février 2019",
    "Mis à jour le 2 mars 2019",
    "Stand: 25. Februar 2019 · Impressum · Datenschutz",
    "Veröffentlicht am 26. Februar 2019",
    "Zuletzt aktualisiert: 27.02.2019",
    "Publicado el 27 de febrero de 2019",
    "Última actualización: 28 de febrero de 2019",
    "Actualizado el 1 de marzo de 2019",
])
# fmt: on
def test_a_publication_date_in_other_languages_is_no_meeting(line):
    page = f"{line}\n\nMardi 12 mars 2019, 19 h\nSalle des fêtes, 3 rue Haute, Lyon\n"
    m = _one(page)
    assert (m.date, m.start_time) == ("2019-03-12", "19:00")


# Doors, then the start --------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("text,start", [
    ("Doors open 6:30, reading starts 7 PM", "19:00"),
    ("Doors 6.30pm, start 7pm", "19:00"),
    ("Doors open at 7pm, talks start at 7.30pm", "19:30"),
    ("Einlass 18.30 Uhr, Beginn 19 Uhr", "19:00"),
    ("Einlass: 19 Uhr – Beginn: 19:30 Uhr", "19:30"),
    ("Ouverture des portes 18 h, début 18 h 30", "18:30"),
    ("Apertura de puertas 18:30, inicio 19:00 h", "19:00"),
    ("Doors open 10am, the walk begins at 10.30am", "10:30"),
])
# fmt: on
def test_the_start_comes_after_the_doors(text, start):
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


# fmt: off
@pytest.mark.parametrize("page,start,place", [
    ("Thursday 14 March 2019\nDoors open 6.30pm, talk starts 7pm\nConway Hall\n"
     "25 Red Lion Square, London WC1R 4RL\n", "19:00", "Conway Hall"),
    ("Donnerstag, 14. März 2019\nEinlass 18.30 Uhr, Beginn 19 Uhr\nBuchhandlung am Markt\n"
     "Marktplatz 5\n44787 Bochum\n", "19:00", "Buchhandlung am Markt"),
    ("Thursday 14 March 2019, doors 6.30pm, start 7pm, Friends Meeting House, Manchester\n",
     "19:00", "Friends Meeting House"),
])
# fmt: on
def test_a_meeting_starts_after_its_doors(page, start, place):
    m = _one(page)
    assert (m.date, m.start_time) == ("2019-03-14", start)
    assert place in " ".join(filter(None, (m.venue, m.place, m.address)))


# A time that is a part of its own ---------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,start", [
    ("Tue 12 Mar — General Membership Meeting — 7:00 PM", "19:00"),
    ("Tuesday 12 March – Annual General Meeting of the Branch – 6.30pm", "18:30"),
    ("12 March 2019 | Monthly meeting of the executive committee | 17:30", "17:30"),
    ("Dienstag, 12. März – Mitgliederversammlung der Ortsgruppe – 19 Uhr", "19:00"),
    ("Tue 12 Mar — Retirees' Breakfast and Social Hour — 9:00 AM — Big Boy, 3600 Fort St",
     "09:00"),
])
# fmt: on
def test_a_time_far_along_the_line_in_a_part_of_its_own(line, start):
    m = _one(line + "\n")
    assert (m.date, m.start_time) == ("2019-03-12", start)


def test_a_number_inside_a_title_part_is_no_time():
    m = _one("Tue 12 Mar — Review of the 2018 budget in room 7 — Union Hall\n")
    assert m.date == "2019-03-12" and m.start_time is None


# A city and its region after the date -----------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("heading,city,state", [
    ("March 7th — Chicago, IL", "Chicago", "IL"),
    ("Thursday, March 7 – Madison, Wisconsin", "Madison", "WI"),
    ("7 March 2019, Toronto, Ontario", "Toronto", "ON"),
])
# fmt: on
def test_a_city_with_its_region_after_the_date_is_the_city_not_the_venue(heading, city, state):
    m = _one(f"{heading}\n7:30 PM · Unabridged Bookstore\n3251 N Broadway, Chicago, IL 60657\n")
    assert (m.city, m.state) == (city, state)
    assert m.venue == "Unabridged Bookstore"
    assert m.start_time == "19:30"


# A block that the date closes -------------------------------------------------------------------
# fmt: off
BLOCKS_ABOVE = [
    # (block lines above the date, the date line, expected venue, campus or city)
    (["University of Michigan", "Michigan League, Koessler Room",
      "911 N University Ave, Ann Arbor, MI 48109, United States"],
     "Thursday, March 14, 7:00 p.m.", "Michigan League", "University of Michigan"),
    (["Wayne State University", "Student Center, Room 289"],
     "Thu 14 March, 6pm", "Student Center", "Wayne State University"),
    (["Trades Hall, Ballroom", "54 Victoria St, Carlton South VIC 3053"],
     "Thursday 14 March 2019, 7.30pm", "Trades Hall", None),
    (["Friends Meeting House", "6 Mount Street", "Manchester M2 5NS"],
     "Thursday 14th March, 7.30pm", "Friends Meeting House", None),
    (["Mehringhof, Versammlungsraum", "Gneisenaustraße 2a, 10961 Berlin"],
     "Donnerstag, 14. März 2019, 19 Uhr", "Mehringhof", None),
]
# fmt: on


@pytest.mark.parametrize("block,date_line,venue,head", BLOCKS_ABOVE)
@pytest.mark.parametrize("html", [False, True], ids=["text", "html-br"])
def test_a_block_closed_by_its_date_is_that_meetings(block, date_line, venue, head, html):
    second = ["Kimmel Center, Room 406", "60 Washington Square S, New York, NY 10012"]
    if html:
        page = "".join(
            "<p>" + "<br>".join([*b, d]) + "</p>\n"
            for b, d in ((block, date_line), (second, "Friday, March 22, 2019, 6:30 p.m."))
        )
        page = f"<html><body><h1>Meetings</h1>\n{page}</body></html>"
    else:
        page = "Meetings\n\n" + "\n".join(block) + f"\n{date_line}\n\n"
        page += "\n".join(second) + "\nFriday, March 22, 2019, 6:30 p.m.\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2019-03-14", "2019-03-22"]
    assert venue in (ms[0].venue or "")
    if head:
        assert head in " ".join(filter(None, (ms[0].campus, ms[0].place)))
    assert "Kimmel Center" in (ms[1].venue or "")
    assert ms[1].address and "Washington Square" in ms[1].address


def test_details_under_a_date_stay_with_it_when_no_blank_line_parts_the_next():
    page = (
        "Thursday, March 14, 7 pm\nTrades Hall\n54 Victoria St, Carlton South VIC 3053\n"
        "Friday, March 15, 7 pm\nFriends Meeting House\n6 Mount Street, Manchester\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.venue for m in ms] == ["Trades Hall", "Friends Meeting House"]


def test_details_under_a_date_stay_with_it_with_a_blank_line_before_the_next():
    page = (
        "Thursday, March 14, 7 pm\nTrades Hall\n54 Victoria St, Carlton South VIC 3053\n\n"
        "Friday, March 15, 7 pm\nFriends Meeting House\n6 Mount Street, Manchester\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.venue for m in ms] == ["Trades Hall", "Friends Meeting House"]


# Table rows with the place before the title -----------------------------------------------------
# fmt: off
@pytest.mark.parametrize("row,venue,title", [
    ("Mo, 11.03. | 18 Uhr | Gewerkschaftshaus, Willi-Bleicher-Str. 20 | Vertrauensleutesitzung",
     "Gewerkschaftshaus", "Vertrauensleutesitzung"),
    ("Mo, 11.03. | 18 Uhr | Bürgerhaus Feuerbach | Mitgliederversammlung",
     "Bürgerhaus Feuerbach", "Mitgliederversammlung"),
    ("Mo, 11.03. | 10–14 Uhr | Marktplatz Esslingen | Infostand zum Aktionstag",
     "Marktplatz Esslingen", "Infostand zum Aktionstag"),
    ("lundi 11 mars | 18 h | Salle des fêtes | Assemblée générale",
     "Salle des fêtes", "Assemblée générale"),
    ("lunes 11 de marzo | 18:00 | Ateneo La Maliciosa | Asamblea general",
     "Ateneo La Maliciosa", "Asamblea general"),
    ("Mon 11 March | 6 pm | Trades Hall | Delegates' meeting",
     "Trades Hall", "Delegates' meeting"),
])
# fmt: on
def test_a_row_whose_place_cell_comes_before_its_title(row, venue, title):
    m = _one("Termine – Réunions – Reuniones\n\n" + row + "\n")
    assert m.date == "2019-03-11"
    assert venue in (m.venue or "")
    assert m.title == title


@pytest.mark.parametrize(
    "row,venue",
    [
        ("Mon 11 March | 6 pm | Labour Council Hall | Toronto, Ontario", "Labour Council Hall"),
        ("Mon 11 March | 6 pm | Trades Hall | 54 Victoria St, Carlton South VIC 3053",
         "Trades Hall"),
        ("Mon 11 March | 6 pm | Moffitt Library Room 101 | 350 Moffitt Library, Berkeley CA 94720",
         "Moffitt Library"),
    ],
)  # fmt: skip
def test_a_row_of_place_cells_stays_a_place(row, venue):
    """The cell after a place that is itself a place, an address or a city is no title."""
    m = _one("Meetings\n\n" + row + "\n")
    assert venue in (m.venue or "") and m.title is None


# A date broken over two lines (PDF to text) -----------------------------------------------------
# fmt: off
@pytest.mark.parametrize("first,second,start", [
    ("Thursday 14th", "March 2019", "19:30"),
    ("Thursday 14th", "March 2019, 7.30pm", "19:30"),
    ("Thu 14", "March, 7.30pm", "19:30"),
    ("Thursday, March", "14, 2019 – 7:30 p.m.", "19:30"),
    ("Donnerstag, 14.", "März 2019, 19.30 Uhr", "19:30"),
    ("jeudi 14", "mars 2019 à 19 h 30", "19:30"),
    ("jueves 14 de", "marzo de 2019, 19:30 h", "19:30"),
])
# fmt: on
def test_a_date_broken_over_two_lines_is_joined(first, second, start):
    time_line = "" if find_times(second) else "7.30pm\n"
    page = f"PUBLIC MEETING\n\n\nManchester\n{first}\n{second}\n{time_line}Friends Meeting\n"
    page += "House, 6 Mount Street,\nManchester M2 5NS\n"
    m = _one(page)
    assert (m.date, m.start_time) == ("2019-03-14", start)
    assert "Friends Meeting" in (m.venue or "")
    assert m.source_line == 4


@pytest.mark.parametrize(
    "first,second",
    [
        ("Room 12", "March 14, 2019, 7 pm"),  # a room over a date: the date is the next line's
        ("Tel. 0161 123", "Thursday 14 March 2019, 7 pm"),
        ("Flat 7", "Thursday 14 March 2019, 7 pm"),
    ],
)
def test_a_short_line_with_a_number_over_a_date_is_not_joined(first, second):
    m = _one(f"Meetings\n\n{first}\n{second}\nFriends Meeting House\n")
    assert (m.date, m.start_time) == ("2019-03-14", "19:00")
