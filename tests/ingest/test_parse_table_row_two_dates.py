"""A mobile office's table of days: "Fecha | Localidad | Lugar | Horario | Estado". A sentence
above gives the hours of every day ("Horario de atención en todas las jornadas: de 9:00 a 15:00,
salvo que se indique otro en la tabla"), most rows leave their hours cell empty ("—"), one row
has two days in its date cell ("sáb. 13/03/2027 y dom. 14/03/2027") and a long status cell. Every
row is a meeting (one per day) with its town and venue; an empty hours cell takes the
sentence's hours, a filled one its own; "the table" the sentence names is no place; the header's
own words ("Lokal", "Local", "Gemeinde", "Status") name columns. Hours of an office that do not
say they hold for every day are no meeting's time. (holdout34's consulate, after its blind
score: no row had a time, and the two-day row was lost.)"""

from datetime import date

import pytest
from table_pages import table_page

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

# (rule sentence, header cells, the joining word of two days, rows: (date cell, town, venue,
# hours cell, status cell))
TABLES = {
    "es": ("Horario de atención en todas las jornadas: de 9:00 a 15:00, salvo que se indique otro "
           "en la tabla.",
           ["Fecha", "Localidad", "Lugar", "Horario", "Estado"],
           [("sáb. 16/01/2027", "Toledo", "Palacio de Congresos El Greco", "—", "Confirmado"),
            ("sáb. 13/03/2027 y dom. 14/03/2027", "Ávila", "Palacio de los Serrano (Plaza de Italia, 1)", "—",
             "Inscripciones abiertas hasta el miércoles anterior"),
            ("sáb. 10/04/2027", "Cáceres", "Complejo Cultural San Francisco", "10:00 a 14:00", "Confirmado")]),
    "de": ("Öffnungszeiten an allen Terminen: 9:00 bis 15:00 Uhr, sofern nicht anders angegeben.",
           ["Datum", "Gemeinde", "Lokal", "Zeit", "Status"],
           [("Sa. 16.01.2027", "Thun", "Rathaus Thun", "—", "bestätigt"),
            ("Sa. 13.03.2027 und So. 14.03.2027", "Biel", "Volkshaus Biel (Aarbergstrasse 112)", "—",
             "Anmeldung offen bis zum Mittwoch vor dem Termin"),
            ("Sa. 10.04.2027", "Burgdorf", "Kornhaus Burgdorf", "10:00 bis 14:00", "bestätigt")]),
    "fr": ("Horaires pour toutes les permanences : de 9 h à 15 h, sauf mention contraire dans le "
           "tableau.",
           ["Date", "Commune", "Local", "Horaire", "Statut"],
           [("sam. 16/01/2027", "Sion", "Salle de la Matze", "—", "Confirmé"),
            ("sam. 13/03/2027 et dim. 14/03/2027", "Martigny", "Salle communale (Rue de l'Hôtel-de-Ville 1)", "—",
             "Inscriptions ouvertes jusqu'au mercredi précédent"),
            ("sam. 10/04/2027", "Monthey", "Théâtre du Crochetan", "10 h à 14 h", "Confirmé")]),
    "en": ("Opening hours at all sessions: 9am to 3pm unless stated otherwise in the table.",
           ["Date", "Town", "Venue", "Hours", "Status"],
           [("Sat 16/01/2027", "Leeds", "Leeds Town Hall", "—", "Confirmed"),
            ("Sat 13/03/2027 and Sun 14/03/2027", "York", "York Guildhall (Coney Street)", "—",
             "Registration open until the Wednesday before"),
            ("Sat 10/04/2027", "Hull", "Hull City Hall", "10:00 to 14:00", "Confirmed")]),
}  # fmt: skip


def _html(rule: str, head: list[str], rows: list[tuple[str, ...]]) -> str:
    return table_page(f"<strong>{rule}</strong> More text follows here.", head, rows, "Calendar")


def _said(m) -> str:
    return " ".join(filter(None, [m.place, m.city, m.venue, m.room, m.address]))


@pytest.mark.parametrize("lang", list(TABLES))
def test_every_day_of_the_table_with_its_hours_and_place(lang: str) -> None:
    rule, head, rows = TABLES[lang]
    got = parse(_html(rule, head, rows).encode(), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-16", "09:00"), ("2027-03-13", "09:00"), ("2027-03-14", "09:00"),
        ("2027-04-10", "10:00"),
    ]  # fmt: skip
    towns = [rows[0][1], rows[1][1], rows[1][1], rows[2][1]]
    venues = [rows[0][2], rows[1][2], rows[1][2], rows[2][2]]
    for m, town, venue in zip(got, towns, venues, strict=True):
        said = _said(m)
        assert town in said and venue.split(" (")[0] in said
        assert not any(w in said.casefold() for w in ("tabla", "table", "tableau", "tabelle"))


@pytest.mark.parametrize("lang", list(TABLES))
def test_a_row_of_two_days_without_a_rule_keeps_its_cells(lang: str) -> None:
    """Without the sentence, the two-day row's hours are its own however far its hours cell
    is from its dates, and its other cells are both days' place."""
    _, head, rows = TABLES[lang]
    rows = [(r[0], r[1], r[2], "10:00", r[4]) for r in rows]
    got = parse(_html("", head, rows).encode(), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got][1:3] == [
        ("2027-03-13", "10:00"), ("2027-03-14", "10:00"),
    ]  # fmt: skip
    for m in got[1:3]:
        assert rows[1][1] in _said(m) and "10:00" not in _said(m)


# Hours that say nothing of the days listed: an office's or a bar's, no meeting's time.
OFFICE_HOURS = {
    "es": "Horario de la oficina: de 9:00 a 15:00, salvo que se indique otra cosa.",
    "de": "Öffnungszeiten des Büros: 9:00 bis 15:00 Uhr, sofern nicht anders angegeben.",
    "en": "Office opening hours: 9am to 3pm unless stated otherwise.",
}


@pytest.mark.parametrize("lang", list(OFFICE_HOURS))
def test_an_offices_hours_are_no_days_time(lang: str) -> None:
    _, head, rows = TABLES[lang]
    got = parse(_html(OFFICE_HOURS[lang], head, rows).encode(), as_of=AS_OF).meetings
    assert [m.start_time for m in got] == [None, None, None, "10:00"]
