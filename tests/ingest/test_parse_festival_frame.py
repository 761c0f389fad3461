"""A book fair's or a festival's programme opens with its dates and place ("Del 27 de
noviembre al 13 de diciembre de 2026 · Parque Kennedy, Miraflores, Lima"), then day headings
with timed entries that name a room of it ("6:00 p. m. | Inauguración | Auditorio Ricardo
Palma"). The range is the programme's frame, no meeting of its own (left out with a warning);
the entries inside it are held at its place, their room kept, unless they give a street or
town of their own. (holdout24's book fair page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# (name, frame line, heading 1, entry 1, entry 2, heading 2, entry 3 elsewhere, venue, room 1,
#  elsewhere's venue)
FAIRS = [
    ("Riverside Book Festival", "27 November – 13 December 2026 · Kennedy Park, Riverside",
     "FRIDAY 27 NOVEMBER", "6pm | Opening of the festival | Main Auditorium",
     "7.30pm | Novel launch | Blanca Varela Auditorium", "SATURDAY 28 NOVEMBER",
     "11am | Storytelling | Central Library, 12 King Street, Riverside",
     "Kennedy Park", "Main Auditorium", "Central Library"),
    ("Leipziger Buchmesse", "27. November bis 13. Dezember 2026 · Kongresshalle am Zoo, Leipzig",
     "FREITAG, 27. NOVEMBER", "18 Uhr | Eröffnung | Forum Halle 2",
     "19.30 Uhr | Buchpremiere | Leseinsel Junge Verlage", "SAMSTAG, 28. NOVEMBER",
     "11 Uhr | Lesung für Kinder | Stadtbibliothek, Wilhelm-Leuschner-Platz 10, 04107 Leipzig",
     "Kongresshalle am Zoo", "Forum Halle 2", "Stadtbibliothek"),
    ("Salon du livre", "Du 27 novembre au 13 décembre 2026 · Parc des Expositions, Rennes",
     "VENDREDI 27 NOVEMBRE", "18h | Inauguration du salon | Grand Auditorium",
     "19h30 | Rencontre avec Julia Salcedo | Espace Jeunesse", "SAMEDI 28 NOVEMBRE",
     "11h | Heure du conte | Bibliothèque des Champs Libres, 10 cours des Alliés, Rennes",
     "Parc des Expositions", "Grand Auditorium", "Bibliothèque des Champs Libres"),
    ("Feria del Libro", "Del 27 de noviembre al 13 de diciembre de 2026 · Parque Kennedy, Lima",
     "VIERNES 27 DE NOVIEMBRE", "6:00 p. m. | Inauguración oficial | Auditorio Ricardo Palma",
     "7:30 p. m. | Presentación de la novela | Auditorio Blanca Varela", "SÁBADO 28 DE NOVIEMBRE",
     "11:00 a. m. | Cuentacuentos | Centro Cultural Ricardo Palma, Av. Larco 770, Miraflores",
     "Parque Kennedy", "Auditorio Ricardo Palma", "Centro Cultural Ricardo Palma"),
]  # fmt: skip


def _page(name, frame, head1, e1, e2, head2, e3) -> str:
    return "\n".join([name, frame, "", head1, e1, e2, head2, e3, ""])


@pytest.mark.parametrize("fair", FAIRS, ids=["en", "de", "fr", "es"])
def test_the_fairs_dates_frame_its_programme(fair: tuple) -> None:
    *parts, venue, room, elsewhere = fair
    listing = parse(_page(*parts), as_of=AS_OF)
    got = listing.meetings
    assert [(m.date, m.end_date) for m in got] == [
        ("2026-11-27", None),
        ("2026-11-27", None),
        ("2026-11-28", None),
    ]
    assert [m.venue for m in got] == [venue, venue, elsewhere]
    assert got[0].room == room
    assert any("the range of the programme" in w.reason for w in listing.warnings)
    assert any(f"the place its dates give ({venue})" in w.reason for w in listing.warnings)


@pytest.mark.parametrize("fair", FAIRS, ids=["en", "de", "fr", "es"])
def test_a_range_with_one_entry_inside_stays_a_meeting(fair: tuple) -> None:
    """One timed entry in its range does not make a programme: a weekend and a talk."""
    name, frame, head1, e1, _e2, _head2, _e3, venue, _room, _elsewhere = fair
    got = parse("\n".join([name, frame, "", head1, e1, ""]), as_of=AS_OF).meetings
    assert got[0].end_date == "2026-12-13"
    assert got[0].venue == venue
    assert len(got) == 2


def test_entries_after_the_range_are_not_in_its_frame() -> None:
    text = "\n".join([
        "Winter school",
        "27 November – 29 November 2026 · Kennedy Park, Riverside",
        "",
        "MONDAY 7 DECEMBER", "6pm | Follow-up meeting | Main Auditorium",
        "TUESDAY 8 DECEMBER", "7pm | Reading group | Main Auditorium",
        "",
    ])  # fmt: skip
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.end_date) for m in got][0] == ("2026-11-27", "2026-11-29")
    assert len(got) == 3


# The fair's name, dates and place in one line of parts ("47.ª Feria del Libro · Del 27 de
# noviembre al 8 de diciembre de 2026 · Parque Kennedy, Miraflores · Ingreso libre"), a line not
# read as a meeting of its own: its place is its programme's too.
FRAME_PARTS = [
    ("47.ª Feria del Libro Ricardo Palma · Del 27 de noviembre al 8 de diciembre de 2026 · "
     "Parque Kennedy, Miraflores · Ingreso libre", "Viernes 27 de noviembre", "Sábado 28 de noviembre",
     "Parque Kennedy"),
    ("47th Riverside Book Fair · 27 November to 8 December 2026 · Kennedy Park, Riverside · Free "
     "entry", "Friday 27 November", "Saturday 28 November", "Kennedy Park"),
]  # fmt: skip


@pytest.mark.parametrize("frame,day1,day2,venue", FRAME_PARTS, ids=["es", "en"])
def test_a_fairs_line_of_parts_gives_its_programme_its_place(
    frame: str, day1: str, day2: str, venue: str
) -> None:
    text = "\n".join([
        "Programa cultural", frame, "", day1, "6:30 p.m. | Escenario principal | Inauguración",
        "8:00 p.m. | Auditorio Blanca Varela | Presentación del libro", day2,
        "11:00 a.m. | Carpa infantil | Cuentacuentos", "",
    ])  # fmt: skip
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-11-27", "18:30"),
        ("2026-11-27", "20:00"),
        ("2026-11-28", "11:00"),
    ]
    assert [m.venue for m in got] == [venue] * 3


def test_a_line_of_dates_and_remarks_gives_no_place() -> None:
    text = "\n".join([
        "Cartelera de la semana",
        "Del 8 al 13 de diciembre · Entrada gratuita salvo indicación. Boletos para la Gran Sala "
        "en taquilla desde una hora antes de cada función.",
        "", "MARTES 8 DE DICIEMBRE", "7:00 p.m. | Concierto navideño | Gran Sala Efraín Recinos",
        "MIÉRCOLES 9 DE DICIEMBRE", "7:30 p.m. | Teatro | Teatro de Cámara Hugo Carrillo", "",
    ])  # fmt: skip
    got = parse(text, as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2026-12-08", "2026-12-09"]
    assert not any("Entrada" in (m.venue or "") for m in got)
