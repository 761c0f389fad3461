"""Venue blocks of 3-6 lines under a date line (venue, street, town with ZIP or postcode, phone or
web address), postcodes and regions beyond the US, city headings and talk titles in capitals."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import find_postal_town, parse_address

AS_OF = date(2019, 2, 1)


# fmt: off
# town line -> city, region, country, postcode
TOWNS = [
    ("Manchester M2 5NS", "Manchester", None, "United Kingdom", "M2 5NS"),
    ("London SW1A 1AA", "London", None, "United Kingdom", "SW1A 1AA"),
    ("London EC1V 9HX", "London", None, "United Kingdom", "EC1V 9HX"),
    ("Glasgow, G2 3JD", "Glasgow", None, "United Kingdom", "G2 3JD"),
    ("Leeds LS1 5AB, UK", "Leeds", None, "United Kingdom", "LS1 5AB"),
    ("Carlton VIC 3053", "Carlton", "VIC", "Australia", "3053"),
    ("Sydney NSW 2000", "Sydney", "NSW", "Australia", "2000"),
    ("Brisbane, Queensland 4000", "Brisbane", "QLD", "Australia", "4000"),
    ("Perth WA 6000, Australia", "Perth", "WA", "Australia", "6000"),
    ("Toronto, ON M5S 1A1", "Toronto", "ON", "Canada", "M5S 1A1"),
    ("Montréal QC H3A 0G4", "Montréal", "QC", "Canada", "H3A 0G4"),
    ("Montréal (Québec) H3A 0G4", "Montréal", "QC", "Canada", "H3A 0G4"),
    ("Vancouver, BC V6T1Z1", "Vancouver", "BC", "Canada", "V6T1Z1"),
    ("60329 Frankfurt am Main", "Frankfurt am Main", None, "Germany", "60329"),
    ("D-10117 Berlin", "Berlin", None, "Germany", "10117"),
    ("Detroit, MI 48202", "Detroit", "MI", "US", "48202"),
]
# fmt: on


@pytest.mark.parametrize("line,city,region,country,code", TOWNS)
def test_town_lines_with_postcodes(line, city, region, country, code):
    p = find_postal_town(line)
    assert (p.city, p.region, p.country, p.postal_code) == (city, region, country, code)


@pytest.mark.parametrize(
    "line",
    ["12345 Main Street", "12345 USA", "Room 2000", "Suite 3053", "Level 2 3053", "SW1A",
     "Call 0161 834 0000", "7 pm", "60329", "Carlton 3053"],
)  # fmt: skip
def test_lines_that_are_not_town_lines(line):
    assert find_postal_town(line) is None


# fmt: off
ADDRESSES = [
    ("6 Mount Street, Manchester M2 5NS", "Manchester", None, "United Kingdom"),
    ("54 Victoria Street, Carlton VIC 3053", "Carlton", "VIC", "Australia"),
    ("7 Hart House Circle, Toronto, ON M5S 1A1", "Toronto", "ON", "Canada"),
    ("Wilhelm-Leuschner-Straße 69, 60329 Frankfurt am Main", "Frankfurt am Main", None, "Germany"),
    ("5221 Gullen Mall, Detroit, MI 48202", "Detroit", "MI", "US"),
]
# fmt: on


@pytest.mark.parametrize("address,city,region,country", ADDRESSES)
def test_addresses_ending_in_a_town_line(address, city, region, country):
    p = parse_address(address)
    assert (p.city, p.state, p.country) == (city, region, country)


# fmt: off
# block (under a date line) -> venue, address, city, region, country, postcode, links
BLOCKS = [
    ("Friends Meeting House\n6 Mount Street\nManchester M2 5NS\n0161 834 0000",
     ("Friends Meeting House", "6 Mount Street, Manchester M2 5NS", "Manchester", None,
      "United Kingdom", "M2 5NS", [])),
    ("Conway Hall\n25 Red Lion Square\nLondon WC1R 4RL\nTel: +44 20 7405 1818\nwww.conwayhall.org.uk",
     ("Conway Hall", "25 Red Lion Square, London WC1R 4RL", "London", None, "United Kingdom",
      "WC1R 4RL", ["https://www.conwayhall.org.uk"])),
    ("Trades Hall\n54 Victoria Street\nCarlton VIC 3053\nhttps://tradeshall.example.org",
     ("Trades Hall", "54 Victoria Street, Carlton VIC 3053", "Carlton", "VIC", "Australia",
      "3053", ["https://tradeshall.example.org"])),
    ("Sydney Town Hall\n483 George Street\nSydney NSW 2000\n(02) 9265 9189",
     ("Sydney Town Hall", "483 George Street, Sydney NSW 2000", "Sydney", "NSW", "Australia",
      "2000", [])),
    ("Hart House\n7 Hart House Circle\nToronto, ON M5S 1A1",
     ("Hart House", "7 Hart House Circle, Toronto, ON M5S 1A1", "Toronto", "ON", "Canada",
      "M5S 1A1", [])),
    ("Centre Saint-Pierre\n1212 Panet Street\nMontréal QC H3A 0G4\ninfo@example.org",
     ("Centre Saint-Pierre", "1212 Panet Street, Montréal QC H3A 0G4", "Montréal", "QC",
      "Canada", "H3A 0G4", [])),
    # On an English page a code before its town names no country (Germany, France, Spain...
    # write it so): the geocoder finds the town by its name (tests/geo/test_geocode_postcode_first.py).
    ("Gewerkschaftshaus\nWilhelm-Leuschner-Straße 69\n60329 Frankfurt am Main",
     ("Gewerkschaftshaus", "Wilhelm-Leuschner-Straße 69, 60329 Frankfurt am Main",
      "Frankfurt am Main", None, None, "60329", [])),
    ("Student Center\n5221 Gullen Mall\nDetroit, MI 48202\n313-555-0100",
     ("Student Center", "5221 Gullen Mall, Detroit, MI 48202", "Detroit", "MI", "US", "48202",
      [])),
    ("Trades Hall\nCarlton VIC 3053",  # no street: the town line is the address
     ("Trades Hall", "Carlton VIC 3053", "Carlton", "VIC", "Australia", "3053", [])),
]
# fmt: on


def _block_fields(m):
    return (m.venue, m.address, m.city, m.state, m.country, m.postal_code, m.links)


@pytest.mark.parametrize("blank", ["", "\n"], ids=["no-blank", "blank"])
@pytest.mark.parametrize("block,expected", BLOCKS)
def test_a_venue_block_under_a_date_line(block, expected, blank):
    page = f"Spring meetings\n\nThursday 7 March, 7.30pm\n{blank}{block}\n"
    listing = parse(page, as_of=AS_OF)
    assert len(listing.meetings) == 1
    m = listing.meetings[0]
    assert (m.date, m.start_time, m.room) == ("2019-03-07", "19:30", None)
    assert _block_fields(m) == expected
    assert m.campaign == "Spring meetings"


UK_PAGE = """Spring meetings in Britain

The branches take up the fight against war and the defence of democratic rights, with meetings open to all students and workers in every city we can reach this spring.

MANCHESTER

Thursday 7 March, 7.30pm
THE CRISIS OF CAPITALISM
Friends Meeting House
6 Mount Street
Manchester M2 5NS
0161 834 0000

Saturday 16 March, 2pm
Central Library
St Peter's Square

LONDON

Tuesday 12 March, 7pm

Conway Hall
25 Red Lion Square
London WC1R 4RL
www.conwayhall.org.uk
"""


def test_a_british_page_of_venue_blocks_under_city_headings():
    listing = parse(UK_PAGE, as_of=AS_OF)
    got = [
        (m.date, m.start_time, m.title, m.venue, m.city, m.postal_code) for m in listing.meetings
    ]
    assert got == [
        ("2019-03-07", "19:30", "THE CRISIS OF CAPITALISM", "Friends Meeting House",
         "Manchester", "M2 5NS"),
        ("2019-03-16", "14:00", None, "Central Library", "Manchester", None),
        ("2019-03-12", "19:00", None, "Conway Hall", "London", "WC1R 4RL"),
    ]  # fmt: skip
    assert {m.campaign for m in listing.meetings} == {"Spring meetings in Britain"}
    assert [c.title for c in listing.campaigns] == ["Spring meetings in Britain"]
    assert listing.meetings[2].links == ["https://www.conwayhall.org.uk"]


AU_PAGE = """Upcoming meetings

SYDNEY
Saturday 9 March, 2pm
Sydney Town Hall
483 George Street
Sydney NSW 2000

MELBOURNE
Sunday 10 March, 1pm
Trades Hall
54 Victoria Street
Carlton VIC 3053
https://tradeshall.example.org
"""


def test_an_australian_page_with_city_headings_and_state_postcodes():
    listing = parse(AU_PAGE, as_of=AS_OF)
    got = [(m.date, m.venue, m.city, m.state, m.country, m.postal_code) for m in listing.meetings]
    # the city heading is the meeting's city; the suburb stays in the address
    # (tests/ingest/test_parse_city_heading_over_suburb.py)
    assert got == [
        ("2019-03-09", "Sydney Town Hall", "Sydney", "NSW", "Australia", "2000"),
        ("2019-03-10", "Trades Hall", "Melbourne", "VIC", "Australia", "3053"),
    ]
    assert listing.meetings[1].address == "54 Victoria Street, Carlton VIC 3053"


CA_PAGE = """Upcoming meetings

Friday, March 22, 7 pm
Hart House
7 Hart House Circle
Toronto, ON M5S 1A1

Saturday, March 23, 2 pm

Centre Saint-Pierre
1212 Panet Street
Montréal QC H3A 0G4
"""


def test_a_canadian_page_of_venue_blocks():
    listing = parse(CA_PAGE, as_of=AS_OF)
    got = [(m.date, m.venue, m.city, m.state, m.country) for m in listing.meetings]
    assert got == [
        ("2019-03-22", "Hart House", "Toronto", "ON", "Canada"),
        ("2019-03-23", "Centre Saint-Pierre", "Montréal", "QC", "Canada"),
    ]


DE_BLOCK_PAGE = """Veranstaltungen

FRANKFURT AM MAIN

Sa., 9.3., 16 Uhr
Gewerkschaftshaus
Wilhelm-Leuschner-Straße 69
60329 Frankfurt am Main

Donnerstag, 14. März, 19 Uhr

Haus der Demokratie
Greifswalder Straße 4
10405 Berlin
"""


def test_a_german_page_of_venue_blocks():
    listing = parse(DE_BLOCK_PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue, m.address, m.city, m.country) for m in listing.meetings]
    assert got == [
        ("2019-03-09", "16:00", "Gewerkschaftshaus",
         "Wilhelm-Leuschner-Straße 69, 60329 Frankfurt am Main", "Frankfurt am Main", "Germany"),
        ("2019-03-14", "19:00", "Haus der Demokratie", "Greifswalder Straße 4, 10405 Berlin",
         "Berlin", "Germany"),
    ]  # fmt: skip


# fmt: off
# a capitals line -> what it is
CAPITALS = [
    ("NEW YORK CITY\n\nMonday, March 11, 7 pm\nThe Commons\n", "city", ("New York", "NY")),
    ("MANCHESTER\nThursday 7 March, 7.30pm\nFriends Meeting House\n", "city",
     ("Manchester", None)),
    ("Thursday 7 March, 7.30pm\nTHE CRISIS OF CAPITALISM\nFriends Meeting House\n", "title",
     "THE CRISIS OF CAPITALISM"),
    ("Thursday 7 March, 7.30pm\n\nWAR AND THE WORKING CLASS\nConway Hall\n", "title",
     "WAR AND THE WORKING CLASS"),
    ("Thursday 7 March, 7.30pm\nFRIENDS MEETING HOUSE\n", "venue", "FRIENDS MEETING HOUSE"),
    ("UCLA\nWednesday, April 10, 7:00 p.m.\nRoom 2\n", "campus", "UCLA"),
    ("WAYNE STATE UNIVERSITY\nWednesday, April 10, 7:00 p.m.\nRoom 2\n", "campus",
     "Wayne State University"),
]
# fmt: on


@pytest.mark.parametrize("text,what,expected", CAPITALS)
def test_lines_in_capitals(text, what, expected):
    listing = parse(f"Spring meetings\n\n{text}", as_of=AS_OF)
    assert len(listing.meetings) == 1
    m = listing.meetings[0]
    if what == "city":
        assert (m.city, m.state) == expected
        assert m.venue is not None and m.title is None
    elif what == "title":
        assert m.title == expected and m.venue is not None and m.venue != expected
    elif what == "campus":
        assert (m.campus, m.city) == (expected, None)
    else:
        assert m.venue == expected and m.title is None


def test_cli_parse_reads_venue_blocks(tmp_path):
    path = tmp_path / "uk.txt"
    path.write_text(UK_PAGE, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(path), "--as-of", "2019-02-01"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    meetings = json.loads(out.stdout)["meetings"]
    assert [(m["venue"], m["city"], m["postal_code"], m["country"]) for m in meetings] == [
        ("Friends Meeting House", "Manchester", "M2 5NS", "United Kingdom"),
        ("Central Library", "Manchester", None, None),
        ("Conway Hall", "London", "WC1R 4RL", "United Kingdom"),
    ]


SHARED_PAGE = """Spring meetings

Thursday 7 March, 7.30pm
Friday 8 March, 7.30pm
Friends Meeting House
6 Mount Street
Manchester M2 5NS

Leeds
Tuesday, April 16, 7 pm
Wednesday, April 17, 7 pm
Thursday, April 18, 6 pm

Student Center, Room 258
5221 Gullen Mall
Detroit, MI 48202
"""


def test_date_lines_one_under_the_other_share_the_venue_block_and_the_heading():
    listing = parse(SHARED_PAGE, as_of=AS_OF)
    got = [
        (m.place, m.date, m.start_time, m.venue, m.room, m.address, m.city)
        for m in listing.meetings
    ]
    manchester = ("Friends Meeting House", None, "6 Mount Street, Manchester M2 5NS", "Manchester")
    detroit = ("Student Center", "Room 258", "5221 Gullen Mall, Detroit, MI 48202", "Detroit")
    assert got == [
        (None, "2019-03-07", "19:30", *manchester),
        (None, "2019-03-08", "19:30", *manchester),
        ("Leeds", "2019-04-16", "19:00", *detroit),
        ("Leeds", "2019-04-17", "19:00", *detroit),
        ("Leeds", "2019-04-18", "18:00", *detroit),
    ]
