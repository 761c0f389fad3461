"""A library's or events plugin's card opens with a date badge whose parts sit in inline spans, the
weekday last ("NOV" "24" "Tue", read as one line "NOV 24 Tue"), over the card's title and its full
date line with the time ("Tuesday, November 24, 2026 · 2:00pm"). The badge repeats the full line's
day: it is no meeting of its own (``parse.lines._drop_badges``), so every card is one meeting.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _cards(rows: list[tuple[list[str], str, str, str]]) -> str:
    cards = []
    for badge, title, full, place in rows:
        spans = "".join(f'<span class="b">{p}</span> ' for p in badge)
        cards.append(
            f'<div class="event-card"><div class="event-date-block">{spans}</div>'
            f'<div class="event-info"><h3><a href="/e/1">{title}</a></h3>'
            f'<div class="event-datetime">{full}</div>'
            f'<div class="event-location">{place}</div>'
            '<div class="event-audience">Audience: Adults</div></div></div>'
        )
    return "<html><body><h1>Events</h1>" + "".join(cards) + "</body></html>"


@pytest.mark.parametrize(
    ("badge", "title", "full", "place", "day", "start"),
    [
        (["NOV", "24", "Tue"], "Tech Help Drop-in", "Tuesday, November 24, 2026 · 2:00pm – 4:00pm",
         "Central Library – Hall B", "2026-11-24", "14:00"),
        (["Nov", "24", "Tuesday"], "Tech Help Drop-in", "Tuesday, November 24, 2026 · 2pm",
         "Central Library – Hall B", "2026-11-24", "14:00"),
        (["DEC", "3", "THU"], "Book Club", "Thursday, December 3 · 6:30 PM",
         "Westside Branch", "2026-12-03", "18:30"),
        (["24", "NOV", "Tue."], "Knit Night", "Tue 24 Nov 2026, 7pm", "Westside Branch",
         "2026-11-24", "19:00"),
        (["DEZ", "3", "Do"], "Lesekreis", "Donnerstag, 3. Dezember 2026 · 19:00 Uhr",
         "Stadtbibliothek, Saal 2", "2026-12-03", "19:00"),
        (["3.", "Dez.", "Do."], "Lesekreis", "Do., 03.12.2026, 19 Uhr",
         "Stadtbibliothek, Saal 2", "2026-12-03", "19:00"),
        (["DÉC.", "3", "jeu."], "Club de lecture", "jeudi 3 décembre 2026 · 18 h 30",
         "Médiathèque, salle 1", "2026-12-03", "18:30"),
        (["DIC", "1", "mar"], "Club de lectura", "martes, 1 de diciembre de 2026 · 18:00",
         "Biblioteca Municipal, Sala 2", "2026-12-01", "18:00"),
    ],
)  # fmt: skip
def test_a_badge_with_its_weekday_last_is_one_meeting_with_its_cards_full_date(
    badge: list[str], title: str, full: str, place: str, day: str, start: str
) -> None:
    listing = parse(_cards([(badge, title, full, place)]), as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [(day, start)]
    (m,) = listing.meetings
    assert place.split(",")[0].split(" – ")[0] in " ".join(
        filter(None, [m.venue, m.place, m.room, m.address])
    )
    assert any("date badge" in w.reason for w in listing.warnings)


def test_a_page_of_such_cards_gives_a_meeting_per_card() -> None:
    rows = [
        (["NOV", "24", "Tue"], "Tech Help Drop-in", "Tuesday, November 24, 2026 · 2:00pm",
         "Central Library – Hall B"),
        (["NOV", "26", "Thu"], "Author Reading", "Thursday, November 26, 2026 · 6:30pm – 8pm",
         "Keshen Branch – Community Room"),
        (["NOV", "28", "Sat"], "Lego Club", "Saturday, November 28, 2026 · 10:30am",
         "Central Library – Children's Area"),
        (["DEC", "1", "Tue"], "ESL Conversation", "Tuesday, December 1, 2026 · 7:00pm",
         "Woodlawn Branch"),
    ]  # fmt: skip
    listing = parse(_cards(rows), as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [
        ("2026-11-24", "14:00"), ("2026-11-26", "18:30"), ("2026-11-28", "10:30"),
        ("2026-12-01", "19:00"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a badge whose weekday names another day than the line under it is kept: two dates
        ("NOV 24 Tue\nBook sale\nThursday, November 26, 2026 · 2pm\nCentral Library", 2),
        # a date line with a weekday after it and nothing below that repeats it is a meeting
        ("Book sale\nNOV 24 Tue\nCentral Library, 2pm", 1),
        # a date followed by a word that is no weekday stays a meeting of its own
        ("NOV 24 Tea party\nCentral Library, 3pm\n\nBook sale\nNovember 26, 2026 · 2pm\nHall", 2),
    ],
)
def test_look_alikes_stay_meetings(text: str, n: int) -> None:
    listing = parse(text, as_of=AS_OF)
    assert len(listing.meetings) == n
