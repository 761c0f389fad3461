"""An events diary's entry that names its venue in an inline element of its own, by the
element's class ("<span class="sala">Sala Mario Benedetti</span>", "event-venue", "lieu",
"ort", "where"), has that venue as its place: the span is a cell of the entry's line, not more
words of its title ("… con Elena Martínez Biblioteca Idea Vilariño"). A span without such a
class runs on as before. From the Montevideo cultural centre's agenda of
tests/ingest/corpus/holdout11; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.html import html_lines
from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)


def _diary(day: str, entry: str) -> str:
    return f"<html><body><h1>Agenda</h1><div><h3>{day}</h3><ul><li>{entry}</li></ul></div></body></html>"


# fmt: off
@pytest.mark.parametrize("day,entry,lang,want", [
    ("Viernes 11 de diciembre",
     '<span class="hora">19 h</span> <span class="cat">Charla</span> <strong>«La ciudad vieja» '
     'con Ana Ríos</strong> <span class="sala">Biblioteca Delmira Agustini</span>',
     "es", ("2026-12-11", "19:00", "Biblioteca Delmira Agustini")),
    ("Sábado 12 de diciembre",
     '<span class="hora">21.00</span> Música Murga en el patio <span class="lugar">Patio de '
     'los Jazmines</span>',
     "es", ("2026-12-12", "21:00", "Patio de los Jazmines")),
    ("Thursday 10 December",
     '<span class="time">7:30pm</span> Author talk: Rivers of Salt with Jo Adams '
     '<span class="event-venue">Main Library</span>',
     "en", ("2026-12-10", "19:30", "Main Library")),
    ("Tuesday 15 December",
     '<span>6pm</span> Knitting circle for beginners <span class="ev-location">Hillside '
     'Branch</span>',
     "en", ("2026-12-15", "18:00", "Hillside Branch")),
    ("mercredi 16 décembre",
     '<span class="heure">18 h 30</span> Atelier couture et réparation <span class="lieu">'
     'Salle des Tilleuls</span>',
     "fr", ("2026-12-16", "18:30", "Salle des Tilleuls")),
    ("vendredi 18 décembre",
     '<span class="heure">20 h</span> Ciné-débat « Les Glaneurs » <span class="event-where">'
     'Auditorium Jean Moulin</span>',
     "fr", ("2026-12-18", "20:00", "Auditorium Jean Moulin")),
    ("Donnerstag, 17. Dezember",
     '<span class="zeit">19 Uhr</span> Lesung mit Karin Vogt <span class="ort">'
     'Stadtteilbibliothek Nord</span>',
     "de", ("2026-12-17", "19:00", "Stadtteilbibliothek Nord")),
    ("Montag, 14. Dezember",
     '<span class="zeit">18:30 Uhr</span> Offenes Treffen der Mieterinitiative '
     '<span class="termin-raum">Gruppenraum 2</span>',
     "de", ("2026-12-14", "18:30", "Gruppenraum 2")),
])
# fmt: on
def test_the_venue_span_is_the_place(day, entry, lang, want):
    ms = parse(_diary(day, entry), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [want[:2]]
    assert (ms[0].place or ms[0].venue or "").startswith(want[2])
    assert want[2] not in (ms[0].title or "")


@pytest.mark.parametrize("cls", ["speaker", "category", "tag", "portrait", "sorted"])
def test_a_span_of_another_class_runs_on(cls):
    page = _diary("Friday 11 December", f'7pm Talk <span class="{cls}">Ana Ríos</span>')
    assert [line.text for line in html_lines(page) if line.text][-1] == "• 7pm Talk Ana Ríos"


def test_the_venue_span_is_a_cell_of_its_line():
    page = _diary("Friday 11 December", '7pm Talk <span class="venue">Trades Hall</span>')
    assert [line.text for line in html_lines(page) if line.text][-1] == "• 7pm Talk | Trades Hall"


PAGE = """<html><body><h1>Centro Cultural El Ombú</h1>
<p>Enero en El Ombú. Entrada libre salvo indicación.</p>
<div class="dia"><h3>Jueves 7 de enero</h3><ul>
<li><span class="hora">19 h</span> <span class="cat">Charla</span> <strong>Los barrios y el
puerto</strong> <span class="sala">Sala Carlos Vaz Ferreira</span></li>
<li><span class="hora">21:30 hs</span> <span class="cat">Música</span> <strong>Candombe: comparsa
Raíces</strong> <span class="sala">Patio de las Glicinas</span></li>
</ul></div>
<div class="dia"><h3>Sábado 9 de enero</h3><ul>
<li><span class="hora">17.30</span> <span class="cat">Taller</span> <strong>Grabado en madera
(cupos limitados)</strong> <span class="sala">Sala Polivalente</span></li>
</ul></div>
<p>Centro Cultural El Ombú · Rincón 620, 11000 Montevideo</p>
</body></html>"""


def test_a_diary_page_reads_each_entry_s_room():
    ms = parse(PAGE, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time, m.place or m.venue) for m in ms] == [
        ("2027-01-07", "19:00", "Sala Carlos Vaz Ferreira"),
        ("2027-01-07", "21:30", "Patio de las Glicinas"),
        ("2027-01-09", "17:30", "Sala Polivalente"),
    ]
