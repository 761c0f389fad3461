"""A month heading over day headings that give only a weekday and a day ("Diciembre" / "Viernes
11", "Dezember 2026" / "Mittwoch, 16.", "décembre" / "mercredi 16", "January" / "Wednesday
13th") dates each entry under them by that month, as the reader of the page does. A calendar
badge ("sam 6") over the entry's full date needs no month and makes no meeting of its own. From
the agenda page of tests/ingest/corpus/holdout12; the rows are variants written from the
pattern (other cities, languages, spellings)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
ROWS = [
    ("es", "Diciembre", "Viernes 11", "19:00 h, Centro Cívico Delicias", "2026-12-11", "19:00"),
    ("es", "Enero 2027", "Jueves 14", "18:30 h - Casa de la Cultura", "2027-01-14", "18:30"),
    ("es", "Febrero", "sábado 6", "11.00 h, Biblioteca Municipal", "2027-02-06", "11:00"),
    ("de", "Dezember", "Mittwoch 16", "19:30 Uhr, Bürgerhaus Nord", "2026-12-16", "19:30"),
    ("de", "Januar 2027", "Donnerstag, 21.", "18 Uhr, Gewerkschaftshaus", "2027-01-21", "18:00"),
    ("fr", "décembre", "mercredi 16", "18 h 30, Maison des associations", "2026-12-16", "18:30"),
    ("fr", "Janvier 2027", "Samedi 9", "14h, Bourse du travail", "2027-01-09", "14:00"),
    ("en", "December", "Thursday 17th", "7.30pm, Friends Meeting House", "2026-12-17", "19:30"),
    ("en", "January 2027", "Wednesday 13", "6pm, Trades Hall", "2027-01-13", "18:00"),
]
# fmt: on

LANG_MONTH = {"es": "Marzo", "de": "März", "fr": "mars", "en": "March"}


@pytest.mark.parametrize("lang,month,day,entry,expected_date,expected_time", ROWS)
def test_day_heading_takes_the_month_above(
    lang: str, month: str, day: str, entry: str, expected_date: str, expected_time: str
) -> None:
    page = f"Agenda\n\n{month}\n\n{day}\n\n{entry}\n\n{LANG_MONTH[lang]}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [(expected_date, expected_time)]


def test_without_a_month_heading_the_day_is_no_date() -> None:
    page = "Agenda\n\nViernes 11\n\n19:00 h, Centro Cívico Delicias\n"
    assert [m.date for m in parse(page, as_of=AS_OF, lang="es").meetings] == []


def test_a_badge_over_the_full_date_makes_no_second_meeting() -> None:
    page = (
        "février 2027\n\nsam 6\n\n6 février 2027\n\nJournée portes ouvertes\n\n"
        "Bibliothèque du Plateau\n"
    )
    meetings = parse(page, as_of=AS_OF, lang="fr").meetings
    assert [m.date for m in meetings] == ["2027-02-06"]


AGENDA = """<html lang="es"><body>
<h2>Agenda</h2>
<section><h3>Diciembre</h3>
<h4>Martes 15</h4>
<div><span class="hora">19:00 h</span>, <span class="lugar">Centro Cívico Delicias</span>
<p>Presentación del libro, con su autora.</p></div>
<h4>Sábado 19</h4>
<div><span class="hora">11:30 h</span>, <span class="lugar">Biblioteca Municipal</span>
<p>Paseo por el barrio con la historiadora.</p></div>
</section>
<section><h3>Enero</h3>
<h4>Jueves 14</h4>
<div><span class="hora">18:00 h</span>, <span class="lugar">Casa de la Cultura</span>
<p>Asamblea ordinaria de socias y socios.</p></div>
</section>
</body></html>
"""


def test_agenda_page_month_and_day_headings() -> None:
    meetings = parse(AGENDA, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in meetings] == [
        ("2026-12-15", "19:00"),
        ("2026-12-19", "11:30"),
        ("2027-01-14", "18:00"),
    ]
