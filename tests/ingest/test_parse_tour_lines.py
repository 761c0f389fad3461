"""A book tour's lines (the author tour of tests/ingest/corpus/holdout5): a second date on a
line with a place of its own after it ("…, and Saturday February 20, 2pm, at Moe's Books,
2476 Telegraph Ave, Berkeley, CA 94704") is held there, not at the first date's place; a
sentence that names the venue and its street before the date ("Maya will speak at Skylight
Books, 1818 N Vermont Ave, Los Angeles, CA 90027 on Wednesday, February 24") gives that
venue; a card's button ("RSVP", "Register", "More info") is never the next card's heading or
place. The rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("line,first,second", [
    ("Denver: Friday, March 13, 7 pm at Tattered Cover, 2526 E Colfax Ave, Denver, CO 80206, and "
     "Saturday March 14, 2pm, at Boulder Book Store, 1107 Pearl St, Boulder, CO 80302.",
     "Tattered Cover", "Boulder Book Store"),
    ("Friday, March 13, 6 pm, Quimby's, 1854 W North Ave, Chicago, IL 60622, and Sunday, "
     "March 15, 3 pm, at 57th Street Books, 1301 E 57th St, Chicago, IL 60637.",
     "Quimby's", "1301 E 57th St"),
    ("Thursday 12 March, 7pm at Foyles, 107 Charing Cross Road, London WC2H 0DT, and Saturday "
     "14 March, 11am, at Blackwell's, 48-51 Broad Street, Oxford OX1 3BQ.",
     "Foyles", "Blackwell's"),
])
# fmt: on
def test_a_second_date_with_its_own_place(line, first, second):
    ms = parse(f"Tour dates\n\n{line}\n", as_of=AS_OF).meetings
    assert len(ms) == 2
    assert first in _places(ms[0]) and second not in _places(ms[0])
    assert second in _places(ms[1]) and first not in _places(ms[1])


def test_a_second_date_without_a_place_shares_the_first():
    line = ("Friday, March 13, 7 pm at Tattered Cover, 2526 E Colfax Ave, Denver, CO 80206, and "
            "Saturday March 14, 2pm (a workshop for teens).")  # fmt: skip
    ms = parse(f"Tour dates\n\n{line}\n", as_of=AS_OF).meetings
    assert [m.venue for m in ms] == ["Tattered Cover", "Tattered Cover"]
    assert [m.start_time for m in ms] == ["19:00", "14:00"]


# fmt: off
@pytest.mark.parametrize("line,venue,city", [
    ("Los Angeles: Maya will speak at Book Soup, 8818 Sunset Blvd, West Hollywood, CA 90069 "
     "on Wednesday, March 11 at 7:30 p.m. (PST).", "Book Soup", "West Hollywood"),
    ("Ana Ruiz reads at Green Apple Books, 506 Clement St, San Francisco, CA 94118 on "
     "Thursday, March 12 at 7 pm.", "Green Apple Books", "San Francisco"),
    ("Join us at the Trades Club, 8 Holme Street, Hebden Bridge HX7 8EE, on Friday 13 March "
     "2026 at 8pm.", "Trades Club", None),
])
# fmt: on
def test_a_sentence_names_the_venue_and_street_before_the_date(line, venue, city):
    (m,) = parse(f"Events\n\n{line}\n", as_of=AS_OF).meetings
    assert m.venue == venue
    assert m.address is not None
    if city:
        assert city in _places(m)


@pytest.mark.parametrize("button", ["RSVP", "Register", "More info", "Book", "Share"])
def test_a_cards_button_is_no_heading(button):
    page = (
        "Tour\n\nTue, Mar 10, 2026 · 7:00 PM ET\n\nPolitics and Prose\n\n"
        f"5015 Connecticut Ave NW, Washington, DC 20008\n\n{button}\n\n"
        "Thu, Mar 12, 2026 · 6:30 PM ET\n\nHarvard Book Store\n\n"
        f"1256 Massachusetts Ave, Cambridge, MA 02138\n\n{button}\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.venue for m in ms] == ["Politics and Prose", "Harvard Book Store"]
    assert all(button not in (m.place, m.city, m.venue, m.title) for m in ms)
    assert all(m.city != button.title() and m.place != button.title() for m in ms)
