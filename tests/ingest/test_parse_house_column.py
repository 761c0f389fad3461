"""A table whose column names the kind of house each row is held in ("Date | Pub | Where",
"Datum | Kneipe | Ort", "Date | Bistrot | Ville", "Fecha | Bar | Dónde") gives each row's venue
from that column, and the "where" column beside it is the town. Written from holdout43's morris
side's summer tour of pubs; the rows are variants, with look-alikes (a plain "Where" column, a
title column named "Event")."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("lang", "intro", "head", "rows", "want"),
    [
        ("en", "All evening spots start at 8pm.", "| Date | Pub | Where |",
         ["| Wed 2 June | The Plough | Wellington (Market St) |",
          "| Wed 9 June | The Huntsman | Little Wenlock |"],
         [("2027-06-02", "20:00", "The Plough", "Wellington (Market St)"),
          ("2027-06-09", "20:00", "The Huntsman", "Little Wenlock")]),
        ("en", "Quiz nights start at 7.30pm.", "| When | Inn | Town |",
         ["| Thu 6 May | The Black Bull | Settle |", "| Thu 3 June | The Golden Lion | Skipton |"],
         [("2027-05-06", "19:30", "The Black Bull", "Settle"),
          ("2027-06-03", "19:30", "The Golden Lion", "Skipton")]),
        ("de", "Beginn jeweils um 19 Uhr.", "| Datum | Kneipe | Ort |",
         ["| Do, 06.05.2027 | Zum Goldenen Anker | Wedel |",
          "| Do, 03.06.2027 | Fährhaus Schulau | Hamburg |"],
         [("2027-05-06", "19:00", "Zum Goldenen Anker", "Wedel"),
          ("2027-06-03", "19:00", "Fährhaus Schulau", "Hamburg")]),
        ("de", "Beginn jeweils um 19 Uhr.", "| Datum | Gasthaus | Wo |",
         ["| Fr, 07.05.2027 | Gasthof Krone | Steyr |", "| Fr, 04.06.2027 | Stiegl-Keller | Salzburg |"],
         [("2027-05-07", "19:00", "Gasthof Krone", "Steyr"),
          ("2027-06-04", "19:00", "Stiegl-Keller", "Salzburg")]),
        ("fr", "Toutes les soirées commencent à 20 h.", "| Date | Bistrot | Lieu |",
         ["| jeudi 6 mai 2027 | Le Petit Zinc | Quimper |",
          "| jeudi 3 juin 2027 | Café de la Paix | Brest |"],
         [("2027-05-06", "20:00", "Le Petit Zinc", "Quimper"),
          ("2027-06-03", "20:00", "Café de la Paix", "Brest")]),
        ("es", "Todas las quedadas empiezan a las 20:00.", "| Fecha | Bar | Dónde |",
         ["| jueves 6 de mayo de 2027 | Bar La Concha | Gijón |",
          "| jueves 3 de junio de 2027 | Taberna El Gallo | Oviedo |"],
         [("2027-05-06", "20:00", "Bar La Concha", "Gijón"),
          ("2027-06-03", "20:00", "Taberna El Gallo", "Oviedo")]),
    ],
)  # fmt: skip
def test_a_house_column_is_the_venue_and_where_is_the_town(lang, intro, head, rows, want):
    rule = "|" + "---|" * (head.count("|") - 1)
    page = "\n".join(["# Summer tour", "", intro, "", head, rule, *rows, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    got = [(m.date, m.start_time, m.venue, m.city) for m in ms]
    assert got == want


@pytest.mark.parametrize(
    ("lang", "head", "row", "venue"),
    [
        # a plain "Where" column stays the place, however it reads
        ("en", "| Date | Event | Where |", "| Wed 2 June, 8pm | Open session | The Plough Inn |",
         "The Plough Inn"),
        ("de", "| Datum | Veranstaltung | Ort |", "| Mi, 02.06.2027, 19 Uhr | Stammtisch | Gasthof Krone |",
         "Gasthof Krone"),
        ("fr", "| Date | Événement | Lieu |", "| mercredi 2 juin 2027, 20 h | Soirée jeux | Le Petit Zinc |",
         "Le Petit Zinc"),
        ("es", "| Fecha | Evento | Lugar |", "| miércoles 2 de junio de 2027, 20:00 | Tertulia | Bar La Concha |",
         "Bar La Concha"),
    ],
)  # fmt: skip
def test_a_where_column_without_a_house_column_is_the_venue(lang, head, row, venue):
    rule = "|" + "---|" * (head.count("|") - 1)
    ms = parse("\n".join(["# Tour", "", head, rule, row, ""]), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-06-02"]
    assert ms[0].venue == venue


@pytest.mark.parametrize(
    ("lang", "head", "row", "venue"),
    [
        # a house word after the place's own column says what the place has, not where it is
        ("es", "| Fecha | Hora | Actividad | Lugar | Bar |",
         "| sábado 5 de junio de 2027 | 20:00 | Cine | Salón Parroquial | Sí |", "Salón Parroquial"),
        ("fr", "| Date | Heure | Activité | Lieu | Café |",
         "| samedi 5 juin 2027 | 20 h | Cinéma | Salle des fêtes | oui |", "Salle des fêtes"),
        ("en", "| Date | Time | Event | Venue | Bar |",
         "| Saturday 5 June 2027 | 8pm | Film night | Church Hall | Open from 7pm |", "Church Hall"),
        ("de", "| Datum | Zeit | Veranstaltung | Ort | Bar |",
         "| Sa., 05.06.2027 | 20 Uhr | Kino | Gemeindesaal | ja |", "Gemeindesaal"),
    ],
)  # fmt: skip
def test_a_house_word_after_the_place_column_is_no_venue(lang, head, row, venue):
    rule = "|" + "---|" * (head.count("|") - 1)
    ms = parse("\n".join(["# Programme", "", head, rule, row, ""]), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-06-05"]
    assert venue in (ms[0].venue or "")


def test_a_blank_line_inside_the_table_keeps_its_list_time():
    page = "\n".join(["# Tour", "", "All evening spots start at 8pm.", "", "| Date | Pub | Where |",
                      "|---|---|---|", "| Wed 2 June | The Plough | Wellington |", "",
                      "| Wed 9 June | The Huntsman | Little Wenlock |", ""])  # fmt: skip
    ms = parse(page, as_of=AS_OF, lang="en").meetings
    assert [(m.date, m.start_time, m.venue) for m in ms] == [
        ("2027-06-02", "20:00", "The Plough"),
        ("2027-06-09", "20:00", "The Huntsman"),
    ]


def test_a_break_row_inside_the_table_keeps_its_list_time():
    page = "\n".join(["# Tour", "", "All evening spots start at 8pm.", "", "| Date | Pub | Where |",
                      "|---|---|---|", "| Wed 2 June | The Plough | Wellington |",
                      "Midsummer break – no dancing", "| Wed 7 July | The Huntsman | Little Wenlock |",
                      "", "Autumn: dates to follow.", "", "- Sat 18 September — Bishop's Castle fair",
                      ""])  # fmt: skip
    ms = parse(page, as_of=AS_OF, lang="en").meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-06-02", "20:00"),
        ("2027-07-07", "20:00"),
        ("2027-09-18", None),
    ]
