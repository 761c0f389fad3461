"""An event card under a date heading, and a venue block with a street written word first.

A club's or a venue's programme puts an untimed date heading ("SUN 13 DEC") over the event's
title and a meta line that starts with the time and goes on in cells ("3pm–6pm · Free entry ·
Front Bar"). That is one meeting at that time in the named room, not an untimed meeting and a
calendar entry of its own; a cell that gives the fee is passed over for the place, and a meta
line long enough to count 18 words with its separators is still a line of cells, not prose.

Switzerland, Belgium, Spain and Italy write a street word first with the house number after it
("Rue De-Candolle 5, 1205 Genève", "Avenue Louise 120"): under a building's line with its room
("Uni Bastions, salle B106") it is the address, and the building is the venue.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _places(m) -> str:
    return " ".join(filter(None, [m.venue, m.place, m.room, m.address, m.city]))


# lang: (heading, date line, title, meta line, time, place)
CARDS = {
    "en": ("What's on", "SUN 13 DEC", "Sunday Session: The Hot Club of Hosier Lane",
           "3pm–6pm · Free entry · Front Bar", "15:00", "Front Bar"),
    "de": ("Programm", "SO 13. DEZ", "Sonntagskonzert: Das Salonorchester",
           "15–18 Uhr · Eintritt frei · Kleiner Saal", "15:00", "Kleiner Saal"),
    "fr": ("Programme", "DIM. 13 DÉC.", "Bal du dimanche : l'orchestre du Hot Club",
           "15 h – 18 h · Entrée libre · Petite salle", "15:00", "Petite salle"),
    "es": ("Programación", "DOM 13 DIC", "Sesión dominical: Hot Club de Madrid",
           "15:00–18:00 · Entrada libre · Sala pequeña", "15:00", "Sala pequeña"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_cards_meta_line_under_its_title_is_one_meeting(lang: str) -> None:
    heading, day, title, meta, time, place = CARDS[lang]
    listing = parse(f"{heading}\n\n{day}\n{title}\n{meta}\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.start_time) == ("2026-12-13", time)
    assert place in _places(m)


# lang: (date line, title, first entry, second entry, times): a day of two timed entries under a
# title stays a calendar of entries.
CALENDAR_DAYS = {
    "en": ("SAT 12 DEC", "Christmas fair", "10:00 · Stalls open · Main Hall",
           "14:00 · Carol singing · Chapel", ["10:00", "14:00"]),
    "de": ("SA 12. DEZ", "Weihnachtsmarkt", "10 Uhr · Eröffnung · Großer Saal",
           "14 Uhr · Adventssingen · Kapelle", ["10:00", "14:00"]),
    "fr": ("SAM. 12 DÉC.", "Marché d'hiver", "10 h 00 · Ouverture des stands · Grande salle",
           "14 h 00 · Chorale · Chapelle", ["10:00", "14:00"]),
    "es": ("SÁB 12 DIC", "Mercadillo de Navidad", "10:00 · Apertura · Salón principal",
           "14:00 · Villancicos · Capilla", ["10:00", "14:00"]),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CALENDAR_DAYS))
def test_a_title_over_two_timed_entries_keeps_both_entries(lang: str) -> None:
    day, title, first, second, times = CALENDAR_DAYS[lang]
    page = f"Programme\n\n{day}\n{title}\n{first}\n{second}\n"
    timed = [m.start_time for m in parse(page, as_of=AS_OF, lang=lang).meetings if m.start_time]
    assert timed == times


# lang: (meta line of 18 or more words counting its separators, time, room)
LONG_META = {
    "en": ("Doors 8pm · Music 9pm till late · $120 incl. dinner & a glass of bubbles · Main Room",
           "21:00", "Main Room"),
    "de": ("Einlass 19 Uhr · Beginn 20 Uhr · 35 € inkl. Buffet & ein Glas Sekt zum Anstoßen · Großer Saal",
           "20:00", "Großer Saal"),
    "fr": ("Ouverture 19 h · Concert 20 h · 35 € dîner & une coupe de champagne compris · Grande salle",
           "20:00", "Grande salle"),
    "es": ("Apertura 20:00 · Concierto 21:00 · 35 € con cena & una copa de cava incluida · Sala grande",
           "21:00", "Sala grande"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(LONG_META))
def test_a_long_line_of_cells_is_no_sentence(lang: str) -> None:
    meta, time, room = LONG_META[lang]
    page = f"Programme\n\nTHU 31 DEC\nNew Year's Eve with the Big Band\n{meta}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2026-12-31", time)
    assert room in _places(m)


# lang: (date line, building and room, street line, venue, street)
STREET_FIRST = {
    "fr": ("Jeudi 3 décembre, 12h15", "Uni Bastions, salle B106", "Rue De-Candolle 5, 1205 Genève",
           "Uni Bastions", "Rue De-Candolle 5"),
    "fr-be": ("Mardi 8 décembre, 18h30", "Campus du Solbosch, salle AW1.120",
              "Avenue Franklin Roosevelt 50, 1050 Bruxelles", "Campus du Solbosch",
              "Avenue Franklin Roosevelt 50"),
    "en": ("Tuesday 8 December, 6.30pm", "Student Union, Room 204", "Boulevard du Jardin Botanique 20, 1000 Brussels",
           "Student Union", "Boulevard du Jardin Botanique 20"),
    "de": ("Dienstag, 8. Dezember, 18.30 Uhr", "Mensa Pérolles, Raum 0.12", "Boulevard de Pérolles 90, 1700 Fribourg",
           "Mensa Pérolles", "Boulevard de Pérolles 90"),
    "es": ("Martes 8 de diciembre, 18:30", "Casa del Pueblo, sala 2", "Calle Mayor 21, 28013 Madrid",
           "Casa del Pueblo", "Calle Mayor 21"),
}  # fmt: skip


@pytest.mark.parametrize("key", sorted(STREET_FIRST))
def test_a_street_written_word_first_is_the_address_under_the_building(key: str) -> None:
    when, building, street, venue, address = STREET_FIRST[key]
    lang = key.split("-")[0]
    page = f"Meetings\n\nGenève\n\n{when}\n{building}\n{street}\nFacebook event\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue is not None and venue in m.venue
    assert m.address is not None and m.address.startswith(address)
    assert m.title != building
