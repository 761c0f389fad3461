"""A tour page's rows written as spans (date, city, venue, info) or as a text table, whose time
opens a later cell ("<span class="show-venue">Le Belvédère</span><span class="show-info">20h
</span>", "| Le Belvédère | 20h Billets"): the venue is its own cell, the time is the start,
and a lone word after the time (the card's "Billets", "Tickets" button) is no cell. Written from
holdout42's band tour page; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)


def _show(day: str, city: str, venue: str, info: str, button: str) -> str:
    return (
        '<li class="show">'
        f'<span class="show-date">{day}</span> <span class="show-city">{city}</span> '
        f'<span class="show-venue">{venue}</span> <span class="show-info">{info}</span> '
        f'<a class="btn" href="https://tickets.example.org/x">{button}</a></li>'
    )


@pytest.mark.parametrize(
    ("lang", "shows", "want"),
    [
        ("fr", [("sam. 23.01", "Namur (BE)", "Le Belvédère", "20h", "Billets"),
                ("ven. 02.04", "Arlon (BE)", "L'Entrepôt", "20h30", "Billets")],
         [("2027-01-23", "20:00", "Le Belvédère"), ("2027-04-02", "20:30", "L'Entrepôt")]),
        ("en", [("Sat 23 Jan", "Leeds", "Brudenell Social Club", "7.30pm", "Tickets"),
                ("Fri 2 Apr", "York", "The Crescent", "8pm", "Tickets")],
         [("2027-01-23", "19:30", "Brudenell Social Club"), ("2027-04-02", "20:00", "The Crescent")]),
        ("de", [("Sa 23.01.", "Mainz", "KUZ", "20 Uhr", "Tickets"),
                ("Fr 02.04.", "Köln", "Gebäude 9", "20.30 Uhr", "Tickets")],
         [("2027-01-23", "20:00", "KUZ"), ("2027-04-02", "20:30", "Gebäude 9")]),
        ("es", [("sáb 23/01", "Bilbao", "Kafe Antzokia", "21:00 h", "Entradas"),
                ("vie 02/04", "Gijón", "Teatro Jovellanos", "20:30 h", "Entradas")],
         [("2027-01-23", "21:00", "Kafe Antzokia"), ("2027-04-02", "20:30", "Teatro Jovellanos")]),
    ],
)  # fmt: skip
def test_a_tour_row_s_venue_and_time(lang, shows, want):
    html = "<html><body><h1>Concerts</h1><ul>" + "".join(_show(*s) for s in shows) + "</ul>"
    ms = parse(html + "</body></html>", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [(d, t) for d, t, _ in want]
    for m, (_, _, venue) in zip(ms, want, strict=True):
        assert venue in (m.venue or m.place or ""), (m.venue, m.place)
    assert not any(m.city in ("Billets", "Tickets", "Entradas") for m in ms)


@pytest.mark.parametrize(
    ("line", "start", "kept"),
    [
        ("• sam. 23.01 | Namur (BE) | Le Belvédère | 20h Billets", "20:00", None),
        # the words after the time are kept when they are more than a button's
        ("• sam. 23.01 | Namur (BE) | Le Belvédère | 20h, salle 2", "20:00", "salle 2"),
        (
            "• sam. 23.01 | Namur (BE) | Le Belvédère | 19h (ouverture 18h30) Billets",
            "19:00",
            "ouverture",
        ),
    ],
)
def test_a_later_cell_that_opens_with_the_time(line, start, kept):
    ms = parse(f"Concerts\n\n{line}\n", as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-23", start)]
    assert ms[0].venue == "Le Belvédère"
    where = " | ".join(v for v in (ms[0].room, ms[0].address, ms[0].city) if v)
    assert ms[0].city != "Billets"
    if kept:
        assert kept in where
    else:
        assert "Billets" not in where


@pytest.mark.parametrize(
    "line",
    [
        # a number opening a cell that is no time
        "• sam. 23.01 | Namur (BE) | Le Belvédère | 3 places restantes",
        "• sam. 23.01 | Namur (BE) | Le Belvédère | 12 €",
    ],
)
def test_a_cell_that_opens_with_no_time(line):
    ms = parse(f"Concerts\n\n{line}\n", as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-23", None)]
