"""A rally held in front of a building, as a union's agenda lists it: "12h30 : Rassemblement
devant le CHU Grenoble Alpes (hall Michallon, La Tronche) avec SUD santé sociaux", "14h :
Rassemblement devant la préfecture de l'Isère, place de Verdun – contre les expulsions". The
building after "outside", "devant", "vor dem", "frente al" is the venue, a street or square
after it the address; the comma inside the bracket and the clause after the dash are no place.
The words before the preposition are the title, as for any place after a preposition. "vor", "frente a" and "ante" also say before when or facing what
("Kundgebung vor der Abstimmung", "frente a los recortes", "ante la crisis"): no site then.
(holdout22's c-solidaires-isere.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

HEADINGS = {
    "en": "THURSDAY 3 DECEMBER 2026",
    "fr": "JEUDI 3 DÉCEMBRE 2026",
    "de": "DONNERSTAG, 3. DEZEMBER 2026",
    "es": "JUEVES 3 DE DICIEMBRE DE 2026",
}
DATE_LINES = {
    "en": "Thursday 3 December 2026, 2pm:",
    "fr": "Jeudi 3 décembre 2026 à 14 h :",
    "de": "Donnerstag, 3. Dezember 2026, 14 Uhr:",
    "es": "Jueves 3 de diciembre de 2026, 14:00 h:",
}

# lang, the entry after its time, venue, address
# fmt: off
SITES = [
    ("en", "Rally outside St Thomas' Hospital (main entrance, Westminster Bridge Road) with the "
           "nurses' union", "St Thomas' Hospital", None),
    ("en", "Protest in front of the Home Office, Marsham Street – stop the deportations",
     "Home Office", "Marsham Street"),
    ("en", "Picket outside Leeds Town Hall, Victoria Square", "Leeds Town Hall", "Victoria Square"),
    ("fr", "Rassemblement devant le CHU Grenoble Alpes (hall Michallon, La Tronche) avec SUD "
           "santé sociaux", "CHU Grenoble Alpes", None),
    ("fr", "Rassemblement devant la préfecture de l'Isère, place de Verdun – contre les "
           "expulsions", "préfecture de l'Isère", "place de Verdun"),
    ("fr", "Piquet de grève devant l'entrepôt Amazon, rue des Frères-Lumière",
     "entrepôt Amazon", "rue des Frères-Lumière"),
    ("de", "Kundgebung vor dem Klinikum Großhadern (Haupteingang, Marchioninistraße) mit ver.di",
     "Klinikum Großhadern", None),
    ("de", "Protest vor dem Rathaus, Marienplatz – gegen Abschiebungen", "Rathaus", "Marienplatz"),
    ("de", "Mahnwache vor der Staatskanzlei, Georgenstraße – für Frieden", "Staatskanzlei",
     "Georgenstraße"),
    ("es", "Concentración frente al Hospital La Paz (entrada principal, Paseo de la Castellana) "
           "con CCOO", "Hospital La Paz", None),
    ("es", "Concentración ante la Delegación del Gobierno, calle Miguel Ángel – contra los "
           "desahucios", "Delegación del Gobierno", "calle Miguel Ángel"),
    ("es", "Piquete delante del Mercadona de Ruzafa, plaza del Mercado", "Mercadona de Ruzafa",
     "plaza del Mercado"),
]
# fmt: on


_PREPOSITIONS = (" outside ", " in front of ", " devant ", " vor dem ", " vor der ",
                 " frente al ", " ante ", " delante del ")  # fmt: skip


def _check(m, entry: str, venue: str, address: str | None) -> None:
    assert m.venue == venue
    assert m.address == address
    cut = min(entry.find(p) for p in _PREPOSITIONS if p in entry)
    assert m.title == entry[:cut]
    assert m.start_time is not None


@pytest.mark.parametrize("lang,entry,venue,address", SITES)
def test_a_calendar_entry_for_a_rally_is_held_at_its_building(
    lang: str, entry: str, venue: str, address: str | None
) -> None:
    time = {"en": "12.30pm:", "fr": "12h30 :", "de": "12:30 Uhr:", "es": "12:30 h:"}[lang]
    page = f"{HEADINGS[lang]}\n{time} {entry}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    _check(m, entry, venue, address)
    assert m.date == "2026-12-03"


@pytest.mark.parametrize("lang,entry,venue,address", SITES)
def test_a_dated_line_for_a_rally_is_held_at_its_building(
    lang: str, entry: str, venue: str, address: str | None
) -> None:
    page = f"Agenda\n{DATE_LINES[lang]} {entry}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    _check(m, entry, venue, address)


def test_a_rally_entry_s_sentences_after_its_site_are_no_part_of_its_title() -> None:
    page = (
        "Samedi 12 décembre 2026 à 14h : rassemblement devant la préfecture, place "
        "Saint-Étienne, pour exiger la réquisition des logements vides. Venez avec banderoles.\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang="fr").meetings
    assert (m.venue, m.address) == ("préfecture", "place Saint-Étienne")
    assert m.title == "rassemblement"


# What follows the words is no building: when, or what the rally faces; the place after the
# dash is the entry's place, as for any entry.
# fmt: off
@pytest.mark.parametrize("lang,entry,title,venue", [
    ("es", "Concentración frente a los recortes en sanidad – Plaza Mayor",
     "Concentración frente a los recortes en sanidad", "Plaza Mayor"),
    ("es", "Concentración ante la crisis de vivienda – Plaza del Ayuntamiento",
     "Concentración ante la crisis de vivienda", "Plaza del Ayuntamiento"),
    ("de", "Kundgebung vor der Abstimmung im Landtag – Schlossplatz",
     "Kundgebung vor der Abstimmung im Landtag", "Schlossplatz"),
    ("de", "Demo vor dem Hintergrund der Kürzungen – Marktplatz",
     "Demo vor dem Hintergrund der Kürzungen", "Marktplatz"),
    ("en", "Rally against the war – Trades Hall", "Rally against the war", "Trades Hall"),
    ("fr", "Rassemblement contre les expulsions – Bourse du Travail",
     "Rassemblement contre les expulsions", "Bourse du Travail"),
])
# fmt: on
def test_words_that_name_no_building_leave_the_entry_as_it_was(
    lang: str, entry: str, title: str, venue: str
) -> None:
    time = {"en": "6pm:", "fr": "18h :", "de": "18 Uhr:", "es": "18:00 h:"}[lang]
    (m,) = parse(f"{HEADINGS[lang]}\n{time} {entry}\n", as_of=AS_OF, lang=lang).meetings
    assert m.title == title
    assert m.venue == venue
