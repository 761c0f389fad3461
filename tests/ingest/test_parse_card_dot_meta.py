"""An events plugin's card: its date (often split into spans, "Mar" "01/12"), its title, and one
meta line with the time, a middle dot and the place ("18:30 hs · Sala Alfonsina Storni (1.º
piso)"). When its cell names a place (a place's or a room's word, or a name before its
street: "Sede Echesortu — Mendoza 4120"), the meta line is the card's detail
(``parse.lines._time_then_cell``), not a calendar entry of its own under the date: one meeting
per card, with the meta line's time and place. A cell that names no place ("16h · CLÔTURE")
stays a programme's entry.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)


def _html(cards: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<article class="evento"><div class="evento__fecha">{d}</div>'
        f'<h3 class="evento__titulo"><a href="/e/{n}">{title}</a></h3>'
        f'<p class="evento__meta">{meta}</p></article>'
        for n, (d, title, meta) in enumerate(cards)
    )
    return f"<html><body><h1>Agenda</h1>{body}</body></html>"


def _text(cards: list[tuple[str, str, str]]) -> str:
    return "Agenda\n\n" + "\n\n".join("\n".join(card) for card in cards) + "\n"


CARDS = [
    ("es", '<span>Mar</span> <span>01/12</span>', "Club de lectura: «La China Iron»",
     "18:30 hs · Sala Alfonsina Storni (1.º piso)", "2026-12-01", "18:30", "Sala Alfonsina Storni"),
    ("es", "Sáb 05/12", "Hora del cuento", "10.30 h · Sala infantil", "2026-12-05", "10:30",
     "Sala infantil"),
    ("es", "Sáb 12/12", "Feria del libro usado", "17 h · Sede Echesortu — Mendoza 4120",
     "2026-12-12", "17:00", "Sede Echesortu"),
    ("en", "Thu 3 Dec", "Poetry night", "7:30pm · The Back Room", "2026-12-03", "19:30",
     "The Back Room"),
    ("en", "<span>DEC</span> <span>10</span>", "Film club", "6 PM • Community Hall",
     "2026-12-10", "18:00", "Community Hall"),
    ("de", "Do., 3.12.", "Lesung", "19 Uhr · Kleiner Saal", "2026-12-03", "19:00", "Kleiner Saal"),
    ("de", "<span>Fr</span> <span>11.12.</span>", "Erzählcafé", "15:00 · Stadtteilzentrum Nord",
     "2026-12-11", "15:00", "Stadtteilzentrum Nord"),
    ("fr", "jeu. 3 déc.", "Ciné-débat", "18 h 30 · Médiathèque Jean-Macé", "2026-12-03",
     "18:30", "Médiathèque Jean-Macé"),
    ("fr", "<span>sam.</span> <span>12/12</span>", "Atelier d'écriture", "14h · Salle du conseil",
     "2026-12-12", "14:00", "Salle du conseil"),
]  # fmt: skip


@pytest.mark.parametrize("html", [True, False], ids=["html", "text"])
@pytest.mark.parametrize(("lang", "day", "title", "meta", "iso", "start", "place"), CARDS)
def test_a_cards_dot_meta_line_gives_its_time_and_place(
    html: bool, lang: str, day: str, title: str, meta: str, iso: str, start: str, place: str
) -> None:
    if not html and "<" in day:
        day = " ".join(part.split(">")[1].split("<")[0] for part in day.split("</span>")[:-1])
    page = _html([(day, title, meta)]) if html else _text([(day, title, meta)])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [(iso, start)]
    (m,) = listing.meetings
    assert place in " ".join(filter(None, [m.venue, m.place, m.room, m.address]))


def test_a_page_of_cards_with_two_on_one_day() -> None:
    cards = [
        ("Sáb 05/12", "Hora del cuento", "10.30 h · Sala infantil"),
        ("Sáb 05/12", "Presentación del libro", "18 h · Auditorio Roberto Arlt"),
        ("Mar 15/12", "Taller de escritura", "18 h · Sala Alfonsina Storni (1.º piso)"),
    ]
    listing = parse(_html(cards), as_of=AS_OF, lang="es")
    got = [(m.date, m.start_time, m.venue or m.place or m.room) for m in listing.meetings]
    assert [g[:2] for g in got] == [
        ("2026-12-05", "10:30"), ("2026-12-05", "18:00"), ("2026-12-15", "18:00"),
    ]  # fmt: skip
    assert "Auditorio Roberto Arlt" in str(got[1][2])


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # a calendar day: entries that each open with their time stay entries
        ("Samstag, 5. Dezember\n10:00 · Flohmarkt · Hof\n15:00 · Lesung · Saal 2\n",
         ["10:00", "15:00"]),
        # a day's one entry whose cell names no place is the day's entry, its title
        ("SAMEDI 6 MARS\n\n16h · CLÔTURE\nRemise du prix du public\n📍 Le Lieu Unique, quai Ferdinand-Favre\n",
         ["16:00"]),
        # after a timed entry, a time with one cell is the next entry, not the first one's detail
        ("Saturday 5 December\n10:00 · Book swap\n7pm · Carol concert\n", ["10:00", "19:00"]),
        ("Sábado 5 de diciembre\n10 h · Trueque de libros\n19 h · Concierto\n",
         ["10:00", "19:00"]),
    ],
)  # fmt: skip
def test_calendar_entries_stay_entries(text: str, times: list[str | None]) -> None:
    listing = parse("Programme\n\n" + text, as_of=AS_OF)
    assert [m.start_time for m in listing.meetings] == times
