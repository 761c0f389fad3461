"""A library's agenda: day headings, then entries written as sentences after their time, the
title's, the place's and notes ("18:00 h. Taller de cómic con Javier Olivares (a partir de 10
años). Casa de las Conchas, aula 2. Inscripción previa."). The place is the first sentence after
the title that opens with a place's name or a street; the notes after it are no place, a street
in the venue's brackets ("(Paseo de la Estación, s/n)") is its address. The house's opening
hours under "HORARIO DE LA BIBLIOTECA" (and "Library hours", "Horaires de la médiathèque",
"Öffnungszeiten der Bibliothek") are no meetings. (holdout22's d-biblioteca-salamanca.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)

# lang: (day heading, entry, title, venue, room, address)
ENTRIES = {
    "es": [("JUEVES 21 DE ENERO", "18:00 h. Taller de cómic con Javier Olivares (a partir de 10 "
            "años). Casa de las Conchas, aula 2. Inscripción previa.",
            "Taller de cómic con Javier Olivares (a partir de 10 años)", "Casa de las Conchas",
            "aula 2", None),
           ("SÁBADO 23 DE ENERO", "11:30 h. Taller infantil: adornos navideños. Biblioteca Torrente "
            "Ballester (Paseo de la Estación, s/n). Inscripción previa.",
            "Taller infantil: adornos navideños", "Biblioteca Torrente Ballester", None,
            "Paseo de la Estación, s/n")],
    "fr": [("JEUDI 21 JANVIER", "18 h. Atelier BD avec Marc Olive (dès 10 ans). Médiathèque "
            "Jean Macé, salle 2. Sur inscription.", "Atelier BD avec Marc Olive (dès 10 ans)",
            "Médiathèque Jean Macé", "salle 2", None),
           ("SAMEDI 23 JANVIER", "11 h 30. Atelier déco de Noël. Bibliothèque du Point du Jour "
            "(10 rue Joliot-Curie). Sur inscription.", "Atelier déco de Noël",
            "Bibliothèque du Point du Jour", None, "10 rue Joliot-Curie")],
    "de": [("DONNERSTAG, 21. JANUAR", "18 Uhr. Comic-Workshop mit Jan Olm (ab 10 Jahren). "
            "Stadtbibliothek Mitte, Raum 2. Anmeldung erbeten.",
            "Comic-Workshop mit Jan Olm (ab 10 Jahren)", "Stadtbibliothek Mitte", "Raum 2", None)],
    "en": [("THURSDAY 21 JANUARY", "6pm. Comics workshop with Jo Olive (ages 10 and up). Central "
            "Library, Room 2. Booking essential.", "Comics workshop with Jo Olive (ages 10 and up)",
            "Central Library", "Room 2", None)],
}  # fmt: skip

CASES = [(lang, *entry) for lang, entries in sorted(ENTRIES.items()) for entry in entries]


@pytest.mark.parametrize("lang,day,entry,title,venue,room,address", CASES)
def test_an_entry_in_sentences(
    lang: str, day: str, entry: str, title: str, venue: str, room: str | None, address: str | None
) -> None:
    (m,) = parse(f"AGENDA\n\n{day}\n{entry}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.title, m.venue, m.room, m.address) == (title, venue, room, address)


# fmt: off
@pytest.mark.parametrize("lang,heading,hours", [
    ("es", "HORARIO DE LA BIBLIOTECA", "Días 24 y 31 de diciembre: de 9:00 a 14:00 h. Cerrado el 25 "
     "de diciembre y el 1 y 6 de enero."),
    ("fr", "Horaires de la médiathèque", "Jeudi 24 et jeudi 31 décembre : de 9 h à 14 h."),
    ("de", "Öffnungszeiten der Bibliothek", "Donnerstag, 24. und 31. Dezember: 9 bis 14 Uhr."),
    ("en", "Library hours", "Thursday 24 and 31 December: 9am to 2pm."),
])
# fmt: on
def test_the_houses_opening_hours_are_no_meetings(lang: str, heading: str, hours: str) -> None:
    day, entry, *_ = ENTRIES[lang][0]
    page = f"AGENDA\n\n{day}\n{entry}\n\n{heading}\n{hours}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-21"]


@pytest.mark.parametrize("heading", ["HORARIO DE REUNIONES", "Horario de la asamblea"])
def test_a_schedule_of_meetings_is_no_opening_hours(heading: str) -> None:
    page = f"AGENDA\n\n{heading}\nJueves 24 de diciembre, de 19:00 a 21:00 h: asamblea, Casa del Pueblo.\n"
    listing = parse(page, as_of=AS_OF, lang="es")
    assert [m.date for m in listing.meetings] == ["2026-12-24"]
