"""A time is never glued to a letter before it: British postcodes ("WC2H 0DT", "SW1A 1AA",
"EC1A 1BB") hold no 2 h or 1 am, so a venue line with one gives no start time; a card's own time
line does. Times after a space or a separator read as before ("Room B3, 7pm", "Gebäude A14,
18 Uhr", "salle B12, 19 h", "aula A3, 19:00 h").
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_times

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize("text", ["London, WC2H 0DT", "London SW1A 1AA", "EC1A 1BB", "W1A 0AX"])
def test_a_postcode_holds_no_time(text: str) -> None:
    assert find_times(text) is None


@pytest.mark.parametrize(
    ("text", "start"),
    [("Room B3, 7pm", "19:00"), ("Gebäude A14, 18 Uhr", "18:00"), ("salle B12, 19 h", "19:00"),
     ("aula A3, 19:00 h", "19:00"), ("18h30", "18:30"), ("12 noon", "12:00")],
)  # fmt: skip
def test_a_time_after_a_space_reads(text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


def test_the_cards_time_not_the_postcodes() -> None:
    page = ("Events\n\nFeb\n16\n\nLondon — Foyles\n\n• Tuesday, February 16, 2027\n• 7:00 PM 8:00 PM\n"
            "• Foyles Charing Cross Road | 107 Charing Cross Road | London, WC2H 0DT (map)\n")  # fmt: skip
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert m.start_time == "19:00"
