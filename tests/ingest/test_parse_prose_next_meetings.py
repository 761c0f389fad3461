"""A union's or a group's page describes a standing meeting in a paragraph: where it meets, in
one sentence ("Der AK Erwerbslose trifft sich … im DGB-Haus, Hebelstraße 10, Raum 104."), then
its next dates in the next, each date maybe with its own "am"/"el"/"le" ("Die nächsten Treffen
sind am 12. Januar, am 9. Februar und am 9. März 2027, jeweils um 17 Uhr."), then a sentence
about something else ("Beratung ohne Anmeldung."). Each date is a meeting at that time and at
the venue the first sentence names; the sentence after the time is no place. (holdout25's
ver.di page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)

# (heading, paragraph, venue)
PARAGRAPHS = [
    ("Unemployed workers' group",
     "The group meets on the second Tuesday of each month at the Trades Hall, 54 Victoria "
     "Street, Room 104. The next meetings are on 12 January, 9 February and 9 March 2027, each "
     "at 5pm. Advice without appointment.",
     "Trades Hall"),
    ("Arbeitskreis Erwerbslose",
     "Der AK Erwerbslose trifft sich an jedem zweiten Dienstag im Monat im DGB-Haus, "
     "Hebelstraße 10, Raum 104. Die nächsten Treffen sind am 12. Januar, am 9. Februar und am "
     "9. März 2027, jeweils um 17 Uhr. Beratung ohne Anmeldung.",
     "DGB-Haus"),
    ("Groupe des privés d'emploi",
     "Le groupe se réunit le deuxième mardi du mois à la Bourse du Travail, 3 rue du "
     "Château-d'Eau, salle 104. Les prochaines réunions auront lieu les 12 janvier, 9 février "
     "et 9 mars 2027, à 17 h. Permanence sans rendez-vous.",
     "Bourse du Travail"),
    ("Grupo de desempleados",
     "El grupo se reúne el segundo martes de cada mes en la Casa del Pueblo, Calle Mayor 10, "
     "sala 104. Las próximas reuniones serán el 12 de enero, el 9 de febrero y el 9 de marzo "
     "de 2027, a las 17 h. Asesoría sin cita.",
     "Casa del Pueblo"),
]  # fmt: skip


@pytest.mark.parametrize("row", PARAGRAPHS, ids=["en", "de", "fr", "es"])
def test_each_next_date_is_a_meeting_at_the_venue_said_before(row: tuple) -> None:
    heading, paragraph, venue = row
    got = parse(f"{heading}\n{paragraph}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-12", "17:00"),
        ("2027-02-09", "17:00"),
        ("2027-03-09", "17:00"),
    ]
    assert [m.venue for m in got] == [venue] * 3
    last_sentence = paragraph.rsplit(". ", 1)[1].rstrip(".")
    assert all(last_sentence not in (m.room or "") + (m.venue or "") for m in got)


# look-alike: a paragraph whose first sentence names no venue, the sentence after the time
# says where the walk starts: that is its place
def test_a_meeting_point_after_the_time_stays_the_place() -> None:
    page = (
        "- **Ruta guiada por los aljibes del Albaicín** — sábado, 16 de enero, a las 10:30. "
        "Salida desde el Mirador de San Nicolás. Plazas limitadas: apuntaos hasta el lunes 11 "
        "de enero en el local.\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-01-16", "10:30")
    assert "Mirador de San Nicolás" in f"{m.venue} {m.place} {m.room}"
