"""A season's programme in sections, each with its venue in a paragraph of its own under the
section's heading ("Sala Máxima del Espacio V Centenario (Av. de Madrid, s/n, Granada)", "En
colaboración con el Centro Federico García Lorca (Plaza de la Romanilla, s/n, Granada), sala de
cine."), then its dates: each date of the section is at that venue, the film its title. A pinned
place under one film's title, under a date that is only its date and time, stays that film's.
(holdout24's cineclub season, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 8)

SEASONS = {
    "es": ("Todas las sesiones comienzan a las 21:00 h salvo indicación.",
           "## Enero · Ciclo Ozu", "Sala Máxima del Espacio V Centenario (Av. de Madrid, s/n, Granada)",
           "- **Mar 12 ene** — *Cuentos de Tokio* (Yasujirō Ozu, 1953)",
           "## Febrero · Nuevo cine español",
           "En colaboración con el Centro Federico García Lorca (Plaza de la Romanilla, s/n, "
           "Granada), sala de cine.",
           "- **Mar 2 feb** — *Estiu 1993* (Carla Simón, 2017)",
           "Sala Máxima del Espacio V Centenario", "Centro Federico García Lorca", "21:00"),
    "en": ("All screenings start at 9pm unless stated otherwise.",
           "## January · Ozu season", "Main screen of the Arts Centre (12 Jameson Street, Hull)",
           "- **Tue 12 Jan** — *Tokyo Story* (Yasujirō Ozu, 1953)",
           "## February · New British films",
           "In partnership with the Hull Truck Theatre (50 Ferensway, Hull), studio space.",
           "- **Tue 2 Feb** — *Aftersun* (Charlotte Wells, 2022)",
           "Arts Centre", "Hull Truck Theatre", "21:00"),
    "de": ("Alle Vorstellungen beginnen um 21 Uhr, sofern nicht anders angegeben.",
           "## Januar · Ozu-Reihe", "Großer Saal im Kino im Künstlerhaus (Sophienstraße 2, Hannover)",
           "- **Di 12. Jan.** — *Die Reise nach Tokio* (Yasujirō Ozu, 1953)",
           "## Februar · Neues deutsches Kino",
           "In Zusammenarbeit mit dem Kulturzentrum Pavillon (Lister Meile 4, Hannover), Saal 2.",
           "- **Di 2. Feb.** — *Sonne und Beton* (David Wnendt, 2023)",
           "Kino im Künstlerhaus", "Kulturzentrum Pavillon", "21:00"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SEASONS))
def test_each_sections_venue_paragraph_places_its_dates(lang: str) -> None:
    rule, head1, venue1, film1, head2, venue2, film2, want1, want2, time = SEASONS[lang]
    page = "\n\n".join(["# Cineclub", rule, head1, venue1, film1, head2, venue2, film2]) + "\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-12", time), ("2027-02-02", time)]
    assert want1 in (got[0].venue or "")
    assert want2 in (got[1].venue or "")


def test_a_pinned_place_under_a_films_title_stays_that_films() -> None:
    page = "\n\n".join([
        "Ciné-club", "SAMEDI 23 JANVIER | 18H00", "Les Ambassadeurs (Naceur Ktari, 1975)",
        "📍 Cinéma Le Rio, 94 avenue de Paris, Tunis", "DIMANCHE 31 JANVIER | 15H00",
        "Bab'Aziz (Nacer Khemir, 2005)", "📍 CinéMadart, Carthage Dermech",
    ]) + "\n"  # fmt: skip
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.venue) for m in got] == [
        ("2027-01-23", "Cinéma Le Rio"),
        ("2027-01-31", "CinéMadart"),
    ]
