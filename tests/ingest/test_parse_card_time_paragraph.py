"""A programme's cards with every field in a block of its own under a date with no time: the
date ("Sa 28.11."), the kind and venue ("Konzert · WUK Saal"), the title, then the time line
("Einlass 19:00 | Beginn 20:00", "Beginn 19:30", "ab 22:00", "Doors 7pm, show 8pm", "Début
19 h", "Desde las 22:00"). The time line gives the start; a card without one stays without a time.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

CARDS = [
    ("de", "Sa 28.11.", "Konzert · WUK Saal", "Lina Tauber & Band", "Einlass 19:00 | Beginn 20:00", "20:00"),
    ("de", "Di 1.12.", "Diskussion · WUK Projektraum", "Wem gehört die Stadt?", "Beginn 19:30", "19:30"),
    ("de", "Sa 5.12.", "Clubnacht · WUK Saal", "Transmission", "ab 22:00", "22:00"),
    ("en", "Sat 28 Nov", "Gig · The Crescent", "Lina Tauber & Band", "Doors 7pm, show 8pm", "20:00"),
    ("fr", "Sam. 28 nov.", "Concert · La Maroquinerie", "Lina Tauber & Band", "Début 19 h", "19:00"),
    ("es", "Sáb. 28 nov.", "Concierto · Sala Apolo", "Lina Tauber & Band", "Desde las 22:00", "22:00"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "day", "meta", "title", "times", "start"), CARDS)
def test_the_cards_time_line_gives_the_start(
    lang: str, day: str, meta: str, title: str, times: str, start: str
) -> None:
    page = "\n\n".join(["Programm", "Dezember 2026", day, meta, title, times, "VVK € 26"]) + "\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start


def test_a_card_without_a_time_line_stays_untimed() -> None:
    page = "\n\n".join(["Programm", "Dezember 2026", "Sa 28.11.", "Konzert · WUK Saal",
                        "Lina Tauber & Band", "VVK € 26", "Ausverkauft"]) + "\n"  # fmt: skip
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert m.start_time is None
