"""A calendar entry that gives its title, then a venue's name, then the venue's street
("6–7:30 p.m. ESL Conversation Group, Arlington Branch, 9556 Magnolia Ave"): the name right
before the street is the venue, not the end of the title (the library calendar of
tests/ingest/corpus/holdout5 read "ESL Conversation Group, Arlington Branch" as the title). The
rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)


# fmt: off
@pytest.mark.parametrize("entry,title,venue,address", [
    ("6–7:30 p.m. Knitting Circle, Eastside Branch, 412 Cedar Ave", "Knitting Circle",
     "Eastside Branch", "412 Cedar Ave"),
    ("2 p.m. Lego Club, Northgate Library, 18 Elm St", "Lego Club", "Northgate Library",
     "18 Elm St"),
    ("10 a.m. Seed swap, Hillcrest Branch, 77 Pine Road", "Seed swap", "Hillcrest Branch",
     "77 Pine Road"),
    ("7 p.m. Author talk: Jane Roe, Riverside Books, 221 River St", "Author talk: Jane Roe",
     "Riverside Books", "221 River St"),
])
# fmt: on
def test_the_name_before_the_street_is_the_venue(entry, title, venue, address):
    page = f"Library events\n\nMonday, March 9\n• {entry}\n• 4 p.m. Teen Anime Club, Teen Space\n"
    m, other = parse(page, as_of=AS_OF).meetings
    assert (m.title, m.venue, m.address) == (title, venue, address)
    assert other.title == "Teen Anime Club"


# fmt: off
@pytest.mark.parametrize("entry,title", [
    ("6 p.m. War, peace and socialism, 12 Oak St", "War, peace and socialism"),
    ("6 p.m. Film night, 40 Main Street", "Film night"),
])
# fmt: on
def test_words_in_lower_case_before_the_street_stay_the_title(entry, title):
    page = f"Library events\n\nMonday, March 9\n• {entry}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.title == title
