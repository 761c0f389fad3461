"""British notices give the time people gather, then "for", then the start ("7pm for 7.30pm",
"10.30 for 11am", "7.00 for 7.30 pm"): the meeting starts at the second time. "for" before
something that is not a time ("7pm for 2 hours", "6pm for 20 people") or before a meal's time
("6pm for 6.30pm dinner": the party starts at six) leaves the first, and a later time in the
line is not taken for the start.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 12, 1)

NOTICES = [
    ("Thursday 25 March 2027, 7pm for 7.30pm – Annual General Meeting, Jesmond Library", "19:30"),
    (
        "Sunday 13 December 2026 at 10.30 for 11am – Meeting for Worship, Central Meeting House",
        "11:00",
    ),
    ("Friday 8 January 2027, 7.00 for 7.30 pm: Burns supper, Trades Hall", "19:30"),
    ("Saturday 16 January 2027, 12.30 for 1pm – Branch lunch, The Crown", "13:00"),
]


@pytest.mark.parametrize(("line", "start"), NOTICES)
def test_the_second_time_is_the_start(line: str, start: str) -> None:
    (m,) = parse(f"Notices\n\n{line}\n", as_of=AS_OF).meetings
    assert m.start_time == start


@pytest.mark.parametrize(
    ("text", "start"),
    [("7pm for 2 hours, dinner at 9pm", "19:00"), ("6pm for 20 people, then 9pm", "18:00"),
     ("Doors 6:30 pm, starts 7 pm", "19:00"), ("6pm for 6.30pm dinner", "18:00"),
     ("12.30 for 1pm lunch", "12:30"), ("7pm for 2 hrs, Trades Hall", "19:00"),
     ("Walk, 10am for 3h – meet at Central Station", "10:00")],
)  # fmt: skip
def test_for_without_a_time_after_it_keeps_the_first(text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == start
