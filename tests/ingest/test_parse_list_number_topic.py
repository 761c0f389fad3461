"""A digest's table of contents numbers its topics, and a topic may open with a month's name
("1. December branch meetings (Aoife Brennan)"): the month is what the topic is about, no
date. German writes its dates that way ("1. Dezember Mitgliederversammlung") and capitalises
its nouns; a dotted day with a year, a time or a capitalised title stays a date."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


@pytest.mark.parametrize(
    "item",
    [
        "1. December branch meetings (Aoife Brennan)",
        "2. January dues reminder",
        "3. March for housing: transport from Cork",
        "12. May day stewards needed",
        "4. october newsletter",
    ],
)
def test_a_numbered_topic_opening_with_a_month_is_no_date(item: str) -> None:
    page = f"Today's Topics:\n\n   {item}\n   5. Re: Budget protest (Colm Daly)\n"
    listing = parse(page, as_of=AS_OF, lang="en")
    assert listing.meetings == []


@pytest.mark.parametrize(
    ("line", "lang", "want"),
    [
        ("1. December 2026, 7pm: Branch meeting, Trades Hall", "en", ("2026-12-01", "19:00")),
        ("1. December, 7pm – Branch meeting, Trades Hall", "en", ("2026-12-01", "19:00")),
        ("1. December Meeting at Trades Hall, 7pm", "en", ("2026-12-01", "19:00")),
        ("1. Dezember, 19 Uhr: Mitgliederversammlung, Gewerkschaftshaus", "de", ("2026-12-01", "19:00")),
        ("1. Dezember Mitgliederversammlung im Gewerkschaftshaus, 19 Uhr", "de", ("2026-12-01", "19:00")),
        ("1. August ab 18 Uhr im Bürgerhaus", "de", ("2026-08-01", "18:00")),
        ("12. September um 19 Uhr im Gewerkschaftshaus", "de", ("2026-09-12", "19:00")),
        ("5. December at 7pm, Red Lion", "en", ("2026-12-05", "19:00")),
        ("12. March from 10am, Quaker Meeting House", "en", ("2027-03-12", "10:00")),
    ],
)  # fmt: skip
def test_a_dotted_day_that_is_a_date_stays_one(line: str, lang: str, want: tuple) -> None:
    page = f"Meetings\n\n{line}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [want]
