"""A newsletter that looks back before its listing ("RÜCKBLICK" / a past event / "-----" /
"TERMINE" / the dates): the listing's own heading ends the past section, so its dates are
meetings, and the past heading is never a town."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 22)

PAGES = [
    ("de", "RÜCKBLICK", "Beim Erntedankfest am 4. Oktober haben wir über 400 Euro gesammelt.", "TERMINE",
     ("So, 29. November", "10 Uhr     Familiengottesdienst", "Ort: Heilandskirche"),
     ("Mi, 2. Dezember", "15 Uhr     Seniorenkreis", "Ort: Gemeindesaal")),
    ("de", "Vergangene Veranstaltungen", "Am 4. Oktober feierten wir das Erntedankfest.", "Veranstaltungen",
     ("So, 29. November", "10 Uhr     Familiengottesdienst", "Ort: Heilandskirche"),
     ("Mi, 2. Dezember", "15 Uhr     Seniorenkreis", "Ort: Gemeindesaal")),
    ("en", "PAST EVENTS", "Our harvest supper on 4 October raised £400 for the food bank.", "DIARY",
     ("Sun 29 November", "10am      Family service", "Venue: St Mary's Church"),
     ("Wed 2 December", "3pm       Seniors' club", "Venue: Church Hall")),
    ("fr", "ÉVÉNEMENTS PASSÉS", "La fête des récoltes du 4 octobre a rapporté 400 euros.", "AGENDA",
     ("Dim. 29 novembre", "10 h      Culte des familles", "Lieu : Temple du Marais"),
     ("Mer. 2 décembre", "15 h      Club des aînés", "Lieu : Salle paroissiale")),
    ("es", "ACTIVIDADES ANTERIORES", "La fiesta de la cosecha del 4 de octubre recaudó 400 euros.", "CONVOCATORIAS",
     ("Dom. 29 de noviembre", "10 h      Misa familiar", "Lugar: Parroquia San Pedro"),
     ("Mié. 2 de diciembre", "15 h      Club de mayores", "Lugar: Salón parroquial")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "past", "report", "listing", "first", "second"), PAGES)
def test_the_listings_heading_ends_the_past_section(
    lang: str, past: str, report: str, listing: str, first: tuple, second: tuple
) -> None:
    rule = "-" * 40
    body = "\n\n".join("\n".join(entry) for entry in (first, second))
    page = f"GEMEINDEBRIEF\n\n{rule}\n{past}\n{report}\n\n{rule}\n{listing}\n\n{body}\n"
    listing_ = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing_.meetings] == [
        ("2026-11-29", "10:00"),
        ("2026-12-02", "15:00"),
    ]
    assert all(m.city is None for m in listing_.meetings)
