"""A programme's entry line that opens with only a weekday and a day number, then its time and
title, under a month heading ("JANVIER" / "Mardi 12    18 h 30    Conférence …", "ENERO" /
"Martes 19 – 19 h – Charla", "Januar" / "Di 12 · 19 Uhr · Vortrag", "JANUARY" / "Tue 12  7pm
Talk"), with its venue on the (indented) line under it: the month comes from the heading and
the year from the page, the weekday confirms the day; the line under the entry is its venue,
never the next entry's heading, and the month heading is no place. From the term programme of
tests/ingest/corpus/holdout14; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)

# fmt: off
ROWS = [
    ("fr", "FÉVRIER", "Jeudi 4    20 h    Projection – « Les Temps modernes », débat avec Lucie Martin",
     "Maison du peuple", "2027-02-04", "20:00"),
    ("fr", "Mars", "Lundi 8 – 18h30 – Atelier d'écriture", "Bibliothèque municipale",
     "2027-03-08", "18:30"),
    ("fr", "janvier 2027", "vendredi 15, 19 h 30 : Assemblée des adhérents", "Bourse du travail",
     "2027-01-15", "19:30"),
    ("es", "ENERO", "Martes 19 – 19 h – Charla sobre vivienda", "Centro Cívico Delicias",
     "2027-01-19", "19:00"),
    ("es", "Febrero", "Jueves 4 · 18:30 · Presentación del libro «La huelga»",
     "Biblioteca Popular Pablo Neruda", "2027-02-04", "18:30"),
    ("de", "Januar", "Di 12 · 19 Uhr · Vortrag: Die Novemberrevolution", "Gewerkschaftshaus",
     "2027-01-12", "19:00"),
    ("de", "MÄRZ", "Mittwoch 3.   18:30 Uhr   Lesung mit Anna Beispiel", "Stadtbibliothek Mitte",
     "2027-03-03", "18:30"),
    ("en", "JANUARY", "Tue 12  7pm  Talk: The Paris Commune", "Friends Meeting House",
     "2027-01-12", "19:00"),
    ("en", "February", "Thursday 4th – 6.30pm – Book club: Germinal", "Central Library",
     "2027-02-04", "18:30"),
]
# fmt: on


@pytest.mark.parametrize("lang,month,entry,venue,expected_date,expected_time", ROWS)
def test_weekday_and_day_entry_takes_the_month_above_and_the_venue_below(
    lang: str, month: str, entry: str, venue: str, expected_date: str, expected_time: str
) -> None:
    page = f"Programme\n\n{month}\n{entry}\n      {venue}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in meetings] == [
        (expected_date, expected_time, venue)
    ]
    assert meetings[0].place != month  # the month's heading is no place


# Lines that open with a weekday-like word and a number but are no such entry: they read as
# they did before the rule (no date taken from the month heading).
# fmt: off
NEAR_MISSES = [
    ("fr", "JANVIER", "Mardi 12 participants inscrits à l'atelier"),  # no time after the day
    ("fr", "JANVIER", "Salle 12    18 h 30    Conférence"),  # no weekday
    ("es", "ENERO", "Martes 19 personas en la lista de espera"),
    ("de", "Januar", "Raum 12 · 19 Uhr · Vortrag"),
    ("en", "JANUARY", "Tue 12 speakers confirmed so far"),
]
# fmt: on


@pytest.mark.parametrize("lang,month,line", NEAR_MISSES)
def test_a_line_that_is_no_weekday_entry_gets_no_date(lang: str, month: str, line: str) -> None:
    page = f"Programme\n\n{month}\n{line}\n"
    assert parse(page, as_of=AS_OF, lang=lang).meetings == []


def test_without_a_month_heading_the_weekday_entry_gets_no_date() -> None:
    page = "Programme\n\nMardi 12    18 h 30    Conférence\n      Salle Jean-Jaurès\n"
    assert parse(page, as_of=AS_OF, lang="fr").meetings == []


def test_a_weekday_that_does_not_fit_the_day_is_kept_and_warned_about() -> None:
    page = (
        "Programme 2027\n\nJANVIER\n"
        "Lundi 12    18 h 30    Conférence – « La Commune », par Annie Rouquette\n"
        "      Salle Jean-Jaurès\n"
    )  # 12 January 2027 is a Tuesday
    listing = parse(page, as_of=AS_OF, lang="fr")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-12", "18:30")]
    assert any("not a Monday" in w.reason for w in listing.warnings)


def test_an_entry_that_names_its_own_month_keeps_it() -> None:
    page = "Programme\n\nMARS\nMardi 12 janvier, 18 h 30 – Conférence\n      Salle des fêtes\n"
    meetings = parse(page, as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time) for m in meetings] == [("2027-01-12", "18:30")]


PROGRAMME = """\
MAISON POUR TOUS DU QUARTIER NORD
Programme du 1er trimestre 2027

Nos salles :
  Salle Louise-Michel – 4, rue des Écoles, 31000 Toulouse
  Auditorium – 12, place du Marché, 31000 Toulouse

------------------------------
JANVIER
------------------------------
Jeudi 14    18 h 30    Conférence – « L'histoire des bourses du travail », par Marc Duval
          Salle Louise-Michel

Jeudi 28    20 h    Ciné-club – « Le Salaire de la peur »
          Auditorium

------------------------------
FÉVRIER
------------------------------
Samedi 6    14 h 30    Atelier – Écrire sa lettre de motivation
          Salle Louise-Michel
"""


def test_programme_page_under_month_headings() -> None:
    listing = parse(PROGRAMME, as_of=AS_OF, lang="fr")
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert got == [
        ("2027-01-14", "18:30", "Salle Louise-Michel"),
        ("2027-01-28", "20:00", "Auditorium"),
        ("2027-02-06", "14:30", "Salle Louise-Michel"),
    ]
    assert all(m.place not in ("JANVIER", "FÉVRIER") for m in listing.meetings)


PROGRAMA = """\
Ateneo Popular del Barrio Sur
Programa de invierno 2027

ENERO
Martes 19 – 19 h – Charla: «La vivienda es un derecho»
   Centro Cívico Delicias
Jueves 28 – 18:30 h – Taller de lectura
   Biblioteca Popular Pablo Neruda

FEBRERO
Sábado 6 – 11 h – Asamblea abierta del ateneo
   Local del ateneo, calle Mayor 12
"""


def test_programa_page_under_month_headings() -> None:
    meetings = parse(PROGRAMA, as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time) for m in meetings] == [
        ("2027-01-19", "19:00"),
        ("2027-01-28", "18:30"),
        ("2027-02-06", "11:00"),
    ]
    assert [m.venue for m in meetings[:2]] == [
        "Centro Cívico Delicias",
        "Biblioteca Popular Pablo Neruda",
    ]
    assert meetings[2].venue == "Local del ateneo"
