"""A club's programme says once where and when it meets: the place on one line ("Every Friday
at The Musician, Clarence Street, Leicester"), the time on the next, "unless shown otherwise"
("Doors 7.30pm, music from 8pm unless shown otherwise."); a lecture cycle says both in one
sentence, its place a name and its street ("Toutes les conférences commencent à 19h30 à La
Cité Miroir, place Xavier Neujean 22, 4000 Liège, sauf mention contraire."). An event
calendar's cards hold a title, the venue's name and its street with the postcode, British
addresses without a house number ("3D Printing Clinic" / "Hackspace Manchester" / "Wellington
House, Pollard Street East, Manchester, M40 7FS"): the first line is the title, the second the
venue."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# (language, the place line, the time line, a dated entry, the start, the place)
SERIES = [
    ("en", "Every Friday at The Musician, Clarence Street, Leicester",
     "Doors 7.30pm, music from 8pm unless shown otherwise. Entry on the door.",
     "Fri 27 Nov   GUEST: JESS HARROW\n              Yorkshire songs. £12 / £10 members",
     "20:00", "The Musician"),
    ("en", "Every Thursday at the Red Lion, 5 Market Place, Ely",
     "Talks start at 7.30pm unless stated otherwise.",
     "Thu 3 Dec – The history of the fens\n  Dr Ana Ruiz, historian",
     "19:30", "Red Lion"),
    ("de", "Jeden Donnerstag im Café Libertad, Hansastraße 4, Leipzig",
     "Beginn 19 Uhr, sofern nicht anders angegeben.",
     "Do., 3.12. – Lesung: Arbeit und Zeit\n  mit Anna Schmidt",
     "19:00", "Café Libertad"),
    ("fr", "Tous les mardis à l'Alhambra, 10 rue Saint-Étienne, Rochefort",
     "Rencontres à 18h30, sauf mention contraire.",
     "Mar. 1er déc. – Rencontre : la mer\n  avec Paul Martin",
     "18:30", "Alhambra"),
    ("fr", "Tous les vendredis à La Bobine, 42 rue Boucher de Perthes, Grenoble",
     "Projection à 20h, sauf mention contraire.",
     "Ven. 4 déc. – Ciné-débat : Germinal\n  présenté par Claire Dubois",
     "20:00", "La Bobine"),
    ("es", "Todos los jueves en el Ateneo La Maliciosa, Calle Peñuelas 12, Madrid",
     "A las 19:00 h, salvo que se indique otra cosa.",
     "Jue. 3 dic. – Charla: vivienda y barrio\n  con Lucía Gómez",
     "19:00", "Ateneo La Maliciosa"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "where", "when", "entry", "start", "place"), SERIES)
def test_a_series_place_over_its_unless_time_is_the_lists(
    lang: str, where: str, when: str, entry: str, start: str, place: str
) -> None:
    page = f"PROGRAMME\n\n{where}\n{when}\n\n{entry}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start
    assert m.venue == place


# Look-alikes: a series line that names no place ("in January we have …", "en version
# originale"), and closing hours "unless stated": no place, no time for the list.
@pytest.mark.parametrize(
    ("lang", "where", "when", "start"),
    [
        ("en", "Every Friday in January we have guest singers",
         "Doors 7.30pm, music from 8pm unless shown otherwise.", "20:00"),
        ("fr", "Tous les films sont projetés en version originale sous-titrée",
         "Début à 20h, sauf mention contraire.", "20:00"),
        ("en", "Every Friday at the club", "The bar closes at 11pm unless stated otherwise.", None),
        ("es", "Todos los sábados en la biblioteca",
         "Horario de préstamo: de 10 a 14 h, salvo que se indique otra cosa.", None),
    ],
)  # fmt: skip
def test_a_series_line_that_names_no_place(lang: str, where: str, when: str, start) -> None:
    page = f"PROGRAMME\n\n{where}\n{when}\n\nFri 8 Jan – Singaround\nSat 16 Jan – Quiz\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in meetings] == [start, start]
    assert all(m.venue in ("Singaround", "Quiz", None) for m in meetings)


def test_a_list_time_whose_address_is_a_contacts_gives_no_place() -> None:
    page = (
        "Ateliers\n\nToutes les séances commencent à 20h, Inscription auprès de Marie Dupont, "
        "12 rue des Lilas, 4000 Liège, sauf mention contraire.\n\n"
        "Vendredi 8 janvier — Atelier d'écriture\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang="fr").meetings
    assert m.start_time == "20:00"
    assert m.address is None and (m.venue or "").startswith("Inscription") is False


# The same without the unless time: a place line alone gives no rule (its entries keep theirs).
def test_a_weekly_place_alone_gives_no_rule() -> None:
    page = (
        "CLUB\n\nEvery Friday at The Musician, Clarence Street, Leicester\n\n"
        "Fri 27 Nov, 8pm – Christmas ceilidh\n  Leicester Guildhall, Guildhall Lane\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert m.start_time == "20:00"
    assert m.venue == "Leicester Guildhall"


# A cycle's sentence that gives its time and its place by name and street.
CYCLES = [
    ("fr", "Toutes les conférences commencent à 19h30 à La Cité Miroir, place Xavier Neujean 22, "
     "4000 Liège, sauf mention contraire.", "Mercredi 2 décembre — « Les grandes grèves »",
     "Marc Delvaux, historien", "19:30", "La Cité Miroir"),
    ("fr", "Toutes les séances commencent à 18h à L'Alhambra, 2 rue du Cirque, 1204 Genève.",
     "Jeudi 3 décembre — « Le cinéma ouvrier »", "Anne Morel, critique", "18:00", "L'Alhambra"),
    ("es", "Todas las charlas empiezan a las 19:00 en La Tabacalera, Calle Embajadores 53, Madrid.",
     "Jueves 3 de diciembre — «Vivienda»", "Lucía Gómez, urbanista", "19:00", "La Tabacalera"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "entry", "speaker", "start", "place"), CYCLES)
def test_a_cycles_time_and_place_by_street_hold_for_its_entries(
    lang: str, rule: str, entry: str, speaker: str, start: str, place: str
) -> None:
    page = f"Programme\n\n{rule}\n\n{entry}\n{speaker}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start
    assert m.venue == place


# An event card: title, venue's name, street with postcode (British: no house number).
CARDS = [
    ("Laser Cutter Induction", "Manchester Central Library",
     "St Peter's Square, Manchester, M2 5PD"),
    ("3D Printing Clinic", "Hackspace Manchester",
     "Wellington House, Pollard Street East, Manchester, M40 7FS"),
    ("Maker Market", "Victoria Baths", "Hathersage Road, Manchester, M13 0FE"),
    ("Christmas Social", "The Marble Arch", "73 Rochdale Road, Manchester, M4 4HY"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "venue", "street"), CARDS)
def test_an_event_cards_title_venue_and_street(title: str, venue: str, street: str) -> None:
    page = f"Events\n\nDecember 5 @ 10:00 am - 4:00 pm\n\n{title}\n\n{venue}\n{street}\n"
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert (m.date, m.start_time) == ("2026-12-05", "10:00")
    assert (m.title, m.venue, m.address) == (title, venue, street)


# Look-alikes: a venue, its street, its town with the postcode (no title among them).
BLOCKS = [
    ("Harbourfront Centre Theatre", "231 Queens Quay West", "Toronto, ON M5J 2G8"),
    ("Smith College, Weinstein Auditorium", "Wright Hall, 5 Chapin Way", "Northampton, MA 01063"),
    ("Manchester Central Library", "Performance Space", "St Peter's Square, Manchester, M2 5PD"),
    # a campus over its building, a venue over its room (a title with a venue's word, "Repair
    # Café", is not told from them)
    ("University of Manchester", "Samuel Alexander Building", "Oxford Road, Manchester M13 9PL"),
    ("Friends Meeting House", "Quaker Centre", "6 Mount Street, Manchester M2 5NS"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "third"), BLOCKS)
def test_a_venue_block_of_three_lines_stays_the_venue(first: str, second: str, third: str) -> None:
    page = f"Events\n\nSaturday, December 5, 2026 · 7:30 PM\n{first}\n{second}\n{third}\n"
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert m.title is None or first not in m.title
    assert first.split(",")[0] in " | ".join(v for v in (m.venue, m.place, m.campus) if v)


# A calendar's date heading over a range of days, then the time "each day" of that entry: the
# entry's own time, not a time for the whole list (the next heading's entry keeps its own).
DAY_RANGES = [
    ("de", "Sa 9.1. – So 10.1.", "jeweils 10:00 – 16:00 Uhr", "Do 14.1.", "19:30 Uhr"),
    ("en", "Sat 9 – Sun 10 January", "each time 10am – 4pm", "Thu 14 January", "7:30pm"),
    ("fr", "Sam. 9 – dim. 10 janvier", "à chaque fois 10h – 16h", "Jeu. 14 janvier", "19h30"),
    ("es", "Sáb. 9 – dom. 10 de enero", "cada vez 10:00 – 16:00 h", "Jue. 14 de enero", "19:30 h"),
]


@pytest.mark.parametrize(("lang", "days", "each", "day", "time"), DAY_RANGES)
def test_a_day_ranges_own_time_under_its_heading(
    lang: str, days: str, each: str, day: str, time: str
) -> None:
    page = (
        f"Programm\n\n{days}\n\n{each}\nSchreibwerkstatt\nHaus des Buches, Seminarraum 2\n"
        f"Zweitägiger Workshop mit der Autorin Anne Vogt.\n\n{day}\n\n{time}\n"
        "Neue Stimmen: Debüts des Jahres\nStadtbibliothek Leipzig, Oberlichtsaal\n"
    )
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [
        ("2027-01-09", "10:00"),
        ("2027-01-14", "19:30"),
    ]
    assert [m.venue for m in meetings] == ["Haus des Buches", "Stadtbibliothek Leipzig"]


# How a series meets, in person or online or in a language, is no place: the section line
# "Mittwochs in Präsenz, manchmal auch online." over the list gives its dates no venue.
@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("Mittwochs in Präsenz, manchmal auch online.", "Präsenz"),
        ("Dienstags im Wechsel in Präsenz und per Zoom.", "Präsenz"),
        ("Wednesdays in Person, sometimes online.", "Person"),
        ("Tuesdays in English, Thursdays in Spanish.", "English"),
        ("Los miércoles en Español, los jueves en Inglés.", "Español"),
    ],
    ids=["de", "de-zoom", "en", "language", "es"],
)
def test_a_series_line_saying_how_it_meets_names_no_place(line: str, mode: str) -> None:
    page = (
        f"# Lesekreis\n\n{line}\n\n- **Mittwoch, 9. Dezember** — *Das Kapital, Kapitel 1*, mit "
        "Anna Schmidt\n- **Mittwoch, 16. Dezember** — *Das Kapital, Kapitel 2*, mit Jan Weber\n"
    )
    got = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2026-12-09", "2026-12-16"]
    places = " | ".join(v for m in got for v in (m.venue, m.room, m.place) if v)
    assert mode not in places
