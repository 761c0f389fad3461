"""British and Irish addresses often give a street without a house number: a sentence that
names a venue and its street right before its date ("our coffee morning is back at Triskel
Christchurch, Tobin Street, on Wednesday the 20th of January from 10.30am", "a guided tour of
Nano Nagle Place, Douglas Street, on Thursday 25th February at 2pm, followed by tea in the Good
Day Deli") is held at that venue, not at a place a later clause names. (holdout28's Cork
pensioners' forum, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)


@pytest.mark.parametrize(
    ("item", "venue", "street", "when"),
    [
        ("Coffee morning – our coffee morning is back at Triskel Christchurch, Tobin Street, on "
         "Wednesday the 20th of January from 10.30am. Bring a friend.",
         "Triskel Christchurch", "Tobin Street", ("2027-01-20", "10:30")),
        ("Heritage afternoon – guided tour of Nano Nagle Place, Douglas Street, on Thursday 25th "
         "February at 2pm, followed by tea in the Good Day Deli.",
         "Nano Nagle Place", "Douglas Street", ("2027-02-25", "14:00")),
        ("Quiz night – we meet in the Crown and Anchor, Market Square, on Friday 15 January at "
         "8pm; teams of four.", "Crown and Anchor", "Market Square", ("2027-01-15", "20:00")),
        ("Book swap at the Old Library, Mill Lane on Saturday 16 January, 11am. All welcome.",
         "Old Library", "Mill Lane", ("2027-01-16", "11:00")),
    ],
)  # fmt: skip
def test_a_venue_and_its_street_before_the_date_are_the_place(
    item: str, venue: str, street: str, when: tuple[str, str]
) -> None:
    page = f"Pensioners' Forum – Newsletter\n\nWHAT'S ON\n\n* {item}\n"
    [m] = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == when
    assert venue in (m.venue or "")
    assert street in (m.address or "")


def test_a_town_before_the_date_is_no_venue_and_street() -> None:
    page = (
        "Newsletter\n\n* Day trip – a coach tour of Kinsale, West Cork, on Thursday 18 February "
        "at 9.30am from Parnell Place Bus Station.\n"
    )
    [m] = parse(page, as_of=AS_OF).meetings
    assert m.address is None or "West Cork" not in m.address
