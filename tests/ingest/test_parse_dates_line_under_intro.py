"""A section whose paragraph says where and when ("Au Centre culturel Jacques Franck, …,
1060 Saint-Gilles. De 19 h 30 à 22 h, …"), then one line of its dates ("Dates : les mardis 9,
16 et 23 février et 2 mars"): every date takes the paragraph's time and the place it opens with.
A note under the dates that cancels one of them ("⚠️ la séance du 2 mars est annulée, la salle
…") cancels that date only and is no venue. Written from holdout41's life-drawing blog; the
rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 2, 1)

ROWS = [
    ("fr", "Au Centre culturel Jacques Franck, chaussée de Waterloo 94, 1060 Saint-Gilles.\n"
           "De 19 h 30 à 22 h, accueil un quart d'heure avant.",
     "Dates : les mardis 9, 16 et 23 février et 2 mars.",
     "⚠️ Mise à jour : la séance du 2 mars est annulée, la salle étant réquisitionnée pour\n"
     "une assemblée de quartier. Elle ne sera pas remplacée !",
     "19:30", "Jacques Franck"),
    ("en", "At the Friends Meeting House, 6 Mount Street, Manchester M2 5NS.\n"
           "Sessions run from 7.30pm to 10pm; doors open a quarter of an hour before.",
     "Dates: Tuesdays 9, 16 and 23 February and 2 March.",
     "Update: the session on 2 March is cancelled, as the hall is needed for\n"
     "a residents' meeting. It will not be replaced.",
     "19:30", "Friends Meeting House"),
    ("de", "Im Bürgerhaus Stollwerck, Dreikönigenstraße 23, 50678 Köln.\n"
           "Von 19.30 bis 22 Uhr, Einlass eine Viertelstunde vorher.",
     "Termine: dienstags, 9., 16. und 23. Februar und 2. März.",
     "Achtung: Der Termin am 2. März fällt aus, der Saal wird für\n"
     "eine Bürgerversammlung gebraucht. Er wird nicht nachgeholt.",
     "19:30", "Bürgerhaus Stollwerck"),
    ("es", "En el Centro Cívico Delicias, Avenida de Navarra 54, 50010 Zaragoza.\n"
           "De 19:30 a 22:00 h, recepción un cuarto de hora antes.",
     "Fechas: los martes 9, 16 y 23 de febrero y 2 de marzo.",
     "Aviso: la sesión del 2 de marzo queda cancelada, porque la sala se usa para\n"
     "una asamblea vecinal. No se recuperará.",
     "19:30", "Centro Cívico Delicias"),
]  # fmt: skip


def _where(m) -> str:
    return " | ".join(v for v in (m.venue, m.room, m.address, m.place, m.city) if v)


@pytest.mark.parametrize(("lang", "intro", "dates", "note", "start", "place"), ROWS)
def test_the_paragraph_over_a_line_of_dates_gives_its_time_and_place(
    lang, intro, dates, note, start, place
):
    page = f"## Séances\n\n{intro}\n\n{dates}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-09", "2027-02-16", "2027-02-23", "2027-03-02"]
    assert {m.start_time for m in ms} == {start}
    assert all(place in _where(m) for m in ms), [_where(m) for m in ms]


@pytest.mark.parametrize(("lang", "intro", "dates", "note", "start", "place"), ROWS)
def test_a_note_cancels_the_date_it_names_only(lang, intro, dates, note, start, place):
    page = f"## Séances\n\n{intro}\n\n{dates}\n\n> {note.replace(chr(10), chr(10) + '> ')}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.status) for m in ms] == [
        ("2027-02-09", "scheduled"),
        ("2027-02-16", "scheduled"),
        ("2027-02-23", "scheduled"),
        ("2027-03-02", "cancelled"),
    ]
    # the note is no venue or room, and the paragraph's place is every date's
    assert all(place in _where(m) for m in ms), [_where(m) for m in ms]
    assert not any("2 m" in _where(m) or "2. M" in _where(m) for m in ms)


@pytest.mark.parametrize(
    "note",
    [
        # no date named: every date of the line is cancelled
        "All these sessions are cancelled: the hall is closed for repairs.",
        # a date that is none of the line's: it says nothing of them
        "Update: the session on 9 March is cancelled.",
    ],
)
def test_a_note_that_names_none_of_the_dates(note):
    intro, dates = ROWS[1][1], ROWS[1][2]
    page = f"## Sessions\n\n{intro}\n\n{dates}\n{note}\n"
    ms = parse(page, as_of=AS_OF, lang="en").meetings
    statuses = {m.status for m in ms if m.date != "2027-03-09"}
    assert len(statuses) == 1  # one status for all the line's dates, as before


def test_a_paragraph_that_opens_with_no_place_gives_none():
    page = (
        "## Sessions\n\nAt the end of each session we share tea.\n"
        "Sessions run from 7.30pm to 10pm.\n\nDates: Tuesdays 9, 16 and 23 February.\n"
    )
    ms = parse(page, as_of=AS_OF, lang="en").meetings
    assert [m.start_time for m in ms] == ["19:30"] * 3
    assert not any("end of each" in _where(m) for m in ms)
