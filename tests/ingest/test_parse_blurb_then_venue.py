"""An agenda entry whose description reads as sentences and closes with the venue on a line of
its own (issue 17 items 7 and 8; a library's ``<dl>`` agenda in holdout7): ``<dt>Viernes 19 de
marzo · 19 h</dt><dd>Charla con el Prof. Daniel Ferreyra.<br><em>Sala Raúl González
Tuñón</em></dd>``. Read as a person reads it: the paragraph under the date is the entry's, its
last line the venue, though its first line is a sentence; also under a date line led by the
entry's title ("Talleres de lectura: miércoles 10, 17 y 24 de marzo, 18 hs"). A paragraph of
sentences that names no venue on a line of its own stays a note, never the venue.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2027, 2, 1)

# fmt: off
ROWS = [
    # (lang, date line, blurb, venue line, date, time)
    ("es", "Viernes 19 de marzo · 19 h",
     "Charla: «Historia de las huelgas portuarias» con el Prof. Daniel Ferreyra.",
     "Sala Raúl González Tuñón", "2027-03-19", "19:00"),
    ("es", "Miércoles 10 de marzo, 18 hs",
     "Coordina: Laura Benítez. Cupo limitado, con inscripción previa.",
     "Sala de lectura infantil", "2027-03-10", "18:00"),
    ("en", "Friday 19 March · 7pm",
     "A talk by Prof. Dana Whitfield on the dock strike. Tea and cake afterwards.",
     "Reading Room, Central Library", "2027-03-19", "19:00"),
    ("de", "Freitag, 19. März · 19 Uhr",
     "Lesung mit Dr. Jana Wolff aus ihrem neuen Buch. Eintritt frei, Spende erbeten.",
     "Kleiner Saal im Gemeindehaus", "2027-03-19", "19:00"),
    ("fr", "vendredi 19 mars · 19 h",
     "Rencontre avec Mme Claire Roux autour de son livre. Entrée libre dans la limite des places.",
     "Salle Louise Michel", "2027-03-19", "19:00"),
]
# fmt: on
IDS = [f"{r[0]}-{r[3]}" for r in ROWS]


def _dl(entries: list[tuple[str, str, str]], lang: str) -> str:
    items = "".join(
        f"<dt>{when}</dt><dd>{blurb}<br><em>{venue}</em></dd>\n" for when, blurb, venue in entries
    )
    return f'<html lang="{lang}"><body><h2>Agenda</h2><dl>\n{items}</dl></body></html>'


@pytest.mark.parametrize("form", ["dl", "text"])
@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_the_venue_closing_a_blurb_is_the_entrys(row, form):
    lang, when, blurb, venue, day, time = row
    page = (
        _dl([(when, blurb, venue)], lang)
        if form == "dl"
        else f"Agenda\n\n{when}\n\n{blurb}\n{venue}\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == (day, time)
    assert venue.split(",")[0] in " | ".join(filter(None, (m.venue, m.room)))
    assert blurb not in " | ".join(filter(None, (m.venue, m.room, m.address, m.place)))


@pytest.mark.parametrize(
    "head,lang,days",
    [
        ("Talleres de lectura: miércoles 10, 17 y 24 de marzo, 18 hs", "es",
         ["2027-03-10", "2027-03-17", "2027-03-24"]),
        ("Reading circle: Wednesdays 10, 17 and 24 March, 6pm", "en",
         ["2027-03-10", "2027-03-17", "2027-03-24"]),
    ],
)  # fmt: skip
def test_a_titled_date_line_takes_the_venue_closing_its_blurb(head, lang, days):
    page = _dl([(head, "Coordina: Laura Benítez. Cupo limitado, con inscripción previa.",
                 "Sala de lectura infantil")], lang)  # fmt: skip
    got = [(m.date, m.venue) for m in parse(page, as_of=AS_OF, lang=lang).meetings]
    assert got == [(d, "Sala de lectura infantil") for d in days]


def test_sentences_without_a_venue_line_stay_a_note():
    page = (
        "Agenda\n\nFriday 19 March · 7pm\nTown Hall\n\n"
        "Pre-orders for the new book close on the day. Copies will be signed at the door.\n"
        "Thank you all for coming last time.\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.venue == "Town Hall"


def test_a_library_agenda_reads_every_venue_through_the_cli(tmp_path):
    rows = [r for r in ROWS if r[0] == "es"]
    entries = [(r[1], r[2], r[3]) for r in rows]
    entries.insert(1, ("Sáb 12/12 – 18.30 hs", "Peña de fin de año", "Patio de la biblioteca"))
    path = tmp_path / "agenda.html"
    path.write_text(_dl(entries, "es"), encoding="utf-8")
    got = [
        (m["date"], m["start_time"], m["venue"])
        for m in cli_meetings(path, "--as-of", "2026-11-24")
    ]
    assert got == [
        ("2027-03-19", "19:00", "Sala Raúl González Tuñón"),
        ("2026-12-12", "18:30", "Patio de la biblioteca"),
        ("2027-03-10", "18:00", "Sala de lectura infantil"),
    ]
