"""A programme's night away from its usual place: the date line carries the night's title
("Sat 23 Jan   BURNS NIGHT CEILIDH (not at the pub!)"), then the other venue's block (its name,
its street) and a line that opens with the night's own time ("7.30pm till late. Caller: …").
That is one meeting at that venue, at that time; the venue's name is no calendar entry of its
own, the time line is no second meeting at the programme's usual place, and the note in
brackets ("… et pas au café !") is the title's, not a place. Look-alike: a day
heading with no title of its own over a place line and a timed entry is left as it was read.
(holdout25's folk club page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (usual place rule, time rule, night 1, night 2 away: its title line, venue, street, time line,
#  venue expected, time expected, usual venue, usual time, night 1's blurb)
PAGES = [
    ("Every Friday upstairs at The Lion and Unicorn, 42-44 Gaisford Street, London NW5 2ED",
     "Doors 7.30pm, music from 8pm unless stated.",
     "Fri 22 Jan   THE CALDER VALLEY BAND",
     "Sat 23 Jan   BURNS NIGHT CEILIDH (note: Saturday, and not at the pub!)",
     "Cecil Sharp House, Kennedy Hall", "2 Regent's Park Road, London NW1 7AY",
     "7.30pm till late. Caller: Liz Marchant.",
     "Cecil Sharp House", "19:30", "The Lion and Unicorn", "20:00", "Tunes and songs."),
    ("Jeden Freitag im Saal der Gaststätte Zum Anker, Hafenstraße 12, 24103 Kiel",
     "Einlass 19.30 Uhr, Musik ab 20 Uhr, sofern nicht anders angegeben.",
     "Fr 22. Jan.   DIE HAFENSÄNGER",
     "Sa 23. Jan.   WINTERBALL (Achtung: Samstag, nicht im Anker!)",
     "Kulturforum Kiel, Großer Saal", "Andreas-Gayk-Straße 31, 24103 Kiel",
     "19 Uhr bis Mitternacht. Es spielt die Tanzkapelle Nord.",
     "Kulturforum Kiel", "19:00", "Zum Anker", "20:00", "Lieder von der Küste."),
    ("Tous les vendredis au Café de la Soierie, 12 rue d'Austerlitz, 69004 Lyon",
     "Ouverture 19h30, concert à 20h sauf indication contraire.",
     "Ven. 22 janv.   MARIE ROUX ET SES MUSICIENS",
     "Sam. 23 janv.   GRAND BAL FOLK (attention : samedi, et pas au café !)",
     "Salle des fêtes de la Croix-Rousse, grande salle", "4 rue de Cuire, 69004 Lyon",
     "19h jusqu'à minuit. Avec l'orchestre Bourrée Nord.",
     "Salle des fêtes de la Croix-Rousse", "19:00", "Café de la Soierie", "20:00",
     "Chansons et contes."),
    ("Todos los viernes en la Taberna El Arenal, Calle Pureza 12, 41010 Sevilla",
     "Puertas 20:30, cante a las 21:00 salvo que se indique otra cosa.",
     "Vie 22 ene   MARÍA ROMERO AL CANTE",
     "Sáb 23 ene   GRAN FIESTA FLAMENCA (ojo: sábado, ¡y no en la taberna!)",
     "Teatro Lope de Vega, sala principal", "Avenida de María Luisa s/n, 41013 Sevilla",
     "20:00 h hasta la madrugada. Con el cuadro de la peña.",
     "Teatro Lope de Vega", "20:00", "Taberna El Arenal", "21:00", "Cante y guitarra."),
]  # fmt: skip


def _page(row: tuple) -> str:
    rule, times, night1, away, venue, street, time_line = row[:7]
    pad = " " * 15
    return "\n".join(
        ["FOLK CLUB", "", rule, times, "", night1, pad + row[11], "",
         away, pad + venue, pad + street, pad + time_line, "", ""]
    )  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_a_night_away_is_one_meeting_at_its_venue_and_time(row: tuple) -> None:
    got = parse(_page(row), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-01-22", "2027-01-23"]
    usual, away = got
    assert row[9] in (usual.venue or "")
    assert usual.start_time == row[10]
    assert away.venue == row[7]
    assert away.start_time == row[8]
    # the note to readers in brackets stays the title's, none of it is taken for a place
    assert away.title == row[3].split("   ")[1]


def test_a_day_heading_without_a_title_keeps_its_entries() -> None:
    page = "\n".join([
        "Library diary", "", "Saturday 23 January", "Central Library",
        "12 Oak Street, Springfield IL 62701", "10am Story time", "2pm Chess club", "",
    ])  # fmt: skip
    got = parse(page, as_of=AS_OF).meetings
    assert [m.start_time for m in got if m.start_time] == ["10:00", "14:00"]
