"""A lecture series states its time and place once, as labelled fields in a block of their own
over its programme ("Zeit: mittwochs, 18:15–19:45 Uhr (c.t.)" / "Ort: Hörsaalzentrum (Gebäude
A14)"; "Time: Thursdays, 6pm" / "Venue: …"; "Horaire : …" / "Lieu : …"; "Hora: …" / "Lugar:
…"): every date of the table or list under it takes them (the time as written: "c.t." and "s.t."
are the page's own words, not a shift). A row's own later time and place ("Abweichend: 18:00 Uhr
s.t., Audimax") beat them; a row that offers its recording ("Aufzeichnung ansehen") took place and
is no meeting. From the lecture series page of tests/ingest/corpus/holdout11; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.lines import _past_session_mark

AS_OF = date(2026, 12, 5)


def _where(m) -> str:
    return " ".join(str(v) for v in (m.venue, m.address, m.room, m.city, m.place) if v)


# (language, time field, place field, the table's header and rows, time, a word of the place)
# fmt: off
ROWS = [
    ("de", "Zeit: mittwochs, 18:15–19:45 Uhr (c.t.)", "Ort: Hörsaalzentrum (Gebäude A14), Hörsaal 2",
     "Datum | Referent*in | Thema\n16.12.2026 | Prof. Dr. Anna Kraus (Kiel) | Wahlrecht\n"
     "13.01.2027 | Dr. Jonas Berg (Jena) | Parlamente", "18:15", "Hörsaalzentrum"),
    ("de", "Uhrzeit: donnerstags 16 Uhr s.t.", "Ort: Seminargebäude, Raum 0.12",
     "Datum | Referent | Thema\n17.12.2026 | Dr. Lea Stein | Stadtgeschichte\n"
     "14.01.2027 | Prof. Dr. Ole Hansen | Hafenarbeit", "16:00", "Seminargebäude"),
    ("de", "Beginn: 19 Uhr", "Veranstaltungsort: Stadtbücherei, Vortragsraum",
     "- Di., 12.01.2027: Der Rhein als Grenze\n- Di., 09.02.2027: Burgen am Fluss", "19:00",
     "Stadtbücherei"),
    ("en", "Time: Thursdays, 6pm", "Venue: Brunswick Building, Lecture Theatre B",
     "Date | Speaker | Title\n10 December 2026 | Dr Ruth Cole | Cities and rivers\n"
     "14 January 2027 | Prof. Ian Reid | Canals", "18:00", "Brunswick Building"),
    ("en", "Starts: 7.30pm", "Location: Friends Meeting House, Mount Street",
     "- Tuesday 15 December 2026 – Book launch\n- Tuesday 19 January 2027 – Film night",
     "19:30", "Friends Meeting House"),
    ("fr", "Horaire : 18 h 30", "Lieu : Maison de la Recherche, salle D31",
     "Date | Intervenant | Titre\n17/12/2026 | Claire Martin | Les communs\n"
     "14/01/2027 | Paul Girard | Le travail", "18:30", "Maison de la Recherche"),
    ("es", "Hora: 19:00", "Lugar: Facultad de Humanidades, Aula Magna",
     "Fecha | Ponente | Título\n16/12/2026 | Ana Ruiz | Memoria\n13/01/2027 | Luis Vega | Exilio",
     "19:00", "Facultad de Humanidades"),
]
# fmt: on


@pytest.mark.parametrize("lang,tfield,pfield,rows,time,place", ROWS)
def test_labelled_fields_over_a_programme_give_its_dates_time_and_place(
    lang, tfield, pfield, rows, time, place
):
    page = (
        f"Vortragsreihe\n\nIntro text of the series.\n\n{tfield}\n{pfield}\n\nProgramm\n\n{rows}\n"
    )
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 2
    for m in ms:
        assert m.start_time == time
        assert place.casefold() in _where(m).casefold()


def test_fields_under_a_date_stay_that_meetings_own():
    page = (
        "Events\n\nSaturday 12 December 2026\nTime: 2pm\nVenue: Unity Hall\n\n"
        "Saturday 16 January 2027\nTime: 11am\nVenue: Central Library\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-12-12", "14:00"),
        ("2027-01-16", "11:00"),
    ]


# fmt: off
@pytest.mark.parametrize("line,cue", [
    ("21.10.2026 | Prof. Dr. M. Albrecht | Was ist Demokratie?, Aufzeichnung ansehen",
     "Aufzeichnung ansehen"),
    ("Oct 21 – Who owns the city? Watch the recording", "Watch the recording"),
    ("21 octobre – Les communs (voir l'enregistrement)", "voir l'enregistrement"),
    ("21 de octubre – Memoria obrera. Ver la grabación", "Ver la grabación"),
    ("Wed 21 Oct: Canals – recording available", "recording available"),
    # one mark for both passes: the past-sessions pass's words read in the recap pass too
    ("Tue 3 Nov – Past session: Housing co-ops in Vienna", "Past session"),
    ("12.11.2026 – Klimaanpassung in der Stadt [Folien](https://example.org/f.pdf)", "[Folien]"),
    ("5 nov. – Les jardins partagés (revoir la vidéo)", "revoir la vidéo"),
])
# fmt: on
def test_a_dated_line_that_offers_its_recording_took_place(line, cue):
    assert _past_session_mark(line) == cue


@pytest.mark.parametrize("line", ["Recording studio open day, 12 March", "Video night, 5 March"])
def test_lines_that_name_a_recording_but_offer_none(line):
    assert _past_session_mark(line) is None


PAGE = """\
Ringvorlesung „Stadt und Klima“

Wintersemester 2026/27

Die Ringvorlesung richtet sich an Studierende aller Fächer und an die Öffentlichkeit.

Zeit: dienstags, 18:15–19:45 Uhr (c.t.)
Ort: Hörsaalgebäude am Campus Nord, Hörsaal 3

Programm

Datum | Referent*in | Thema
03.11.2026 | Prof. Dr. Eva Lorenz (Kassel) | Hitze in der Stadt, Aufzeichnung ansehen
24.11.2026 | Dr. Tim Ahrens (Köln) | Grüne Dächer, Aufzeichnung ansehen
15.12.2026 | Dr. Mira Yilmaz (Bonn) | Wasser in der Stadt
12.01.2027 | Prof. Dr. Jan Roth (Wien) | Mobilität, Achtung: Dieser Vortrag findet nur online statt (Zoom).
26.01.2027 | Podium mit allen Referierenden | Was tun?, Abweichend: 18:00 Uhr s.t., Audimax (Gebäude B2)

Kontakt: Dr. Petra Kühn, Tel. 0561 804-0000
"""


def test_the_series_page_reads_every_coming_row():
    ms = parse(PAGE, as_of=AS_OF, lang="de").meetings
    got = [(m.date, m.start_time, m.online) for m in ms]
    assert got == [
        ("2026-12-15", "18:15", False),
        ("2027-01-12", "18:15", True),
        ("2027-01-26", "18:00", False),
    ]
    assert "Hörsaalgebäude" in _where(ms[0])
    assert "Audimax" in _where(ms[2]) and "Hörsaalgebäude" not in _where(ms[2])
