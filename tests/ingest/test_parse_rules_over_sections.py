"""A page's rule said unless stated ("Alle Treffen beginnen um 19 Uhr, sofern nicht anders
angegeben", "All meetings are at 7.30pm at the Friends Meeting House, …, unless stated
otherwise") holds over the sections below it: under a "What's current" heading ("Aktuelles",
"Actualités", "Novedades"), and, for its place, over an entry under a later heading that states
its own time and names no place ("Di 12.1., 20 Uhr – Mitgliederversammlung"). An entry that
names its own place keeps it. "Next edition: Friday 11 December, 8pm, The Crown" is the next
meeting of a recurring event; "Next newsletter: Tuesday 26 January" is no meeting. (The review
of session 40's rules.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CURRENT = [
    ("Alle Treffen beginnen um 19 Uhr, sofern nicht anders angegeben.", "Aktuelles",
     "Di 8.12. – Mitgliederversammlung, Gewerkschaftshaus", "Do 17.12. – Weihnachtsfeier, Gasthaus Löwen"),
    ("Toutes les réunions commencent à 19 h, sauf indication contraire.", "Actualités",
     "Mardi 8 décembre – Assemblée générale, Bourse du Travail",
     "Jeudi 17 décembre – Repas de fin d'année, Café du Commerce"),
    ("Todas las reuniones empiezan a las 19:00 h, salvo que se indique lo contrario.", "Novedades",
     "Martes 8 de diciembre – Asamblea general, Centro Cívico",
     "Jueves 17 de diciembre – Cena de Navidad, Bar Casa Pepe"),
]  # fmt: skip


@pytest.mark.parametrize("rule,heading,first,second", CURRENT, ids=["de", "fr", "es"])
def test_a_rule_holds_under_a_heading_of_what_is_current(
    rule: str, heading: str, first: str, second: str
) -> None:
    text = f"Ortsverein\n\n{rule}\n\n{heading}\n\n{first}\n{second}\n"
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-08", "19:00"),
        ("2026-12-17", "19:00"),
    ]


TIMED_UNDER_LATER_HEADING = [
    ("All meetings are at 7.30pm at the Friends Meeting House, Carlton Hill, unless stated "
     "otherwise.", "Autumn term", "Tue 8 Dec – The Plug Plot Riots", "Spring term",
     "Tue 12 Jan, 8pm – AGM and social", "Friends Meeting House"),
    ("Alle Vorträge beginnen um 19.30 Uhr im Bürgerhaus Nord, sofern nicht anders angegeben.",
     "Wintersemester", "Di 8.12. – Die Märzrevolution", "Sommersemester",
     "Di 12.1., 20 Uhr – Mitgliederversammlung", "Bürgerhaus Nord"),
]  # fmt: skip


@pytest.mark.parametrize("row", TIMED_UNDER_LATER_HEADING, ids=["en", "de"])
def test_an_entry_with_its_own_time_under_a_later_heading_keeps_the_rules_place(row: tuple) -> None:
    rule, head1, entry1, head2, entry2, venue = row
    text = f"Society\n\n{rule}\n\n{head1}\n\n{entry1}\n\n{head2}\n\n{entry2}\n"
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2026-12-08", "19:30", venue),
        ("2027-01-12", "20:00", venue),
    ]


def test_an_entry_naming_its_own_place_under_a_later_heading_keeps_it() -> None:
    text = (
        "Society\n\nAll meetings are at 7.30pm at the Friends Meeting House, Carlton Hill, unless "
        "stated otherwise.\n\nAutumn term\n\nTue 8 Dec – The Plug Plot Riots\n\nSpring term\n\n"
        "Tue 12 Jan, 8pm – AGM and social, Adelphi Hotel, Hunslet Road\n"
    )
    got = parse(text, as_of=AS_OF).meetings
    assert [(m.start_time, m.venue) for m in got] == [
        ("19:30", "Friends Meeting House"),
        ("20:00", "Adelphi Hotel"),
    ]


EDITIONS = [
    ("Quiz Night", "Next edition: on Friday 11 December, 8pm, at The Crown", "20:00", "The Crown"),
    ("Kneipenquiz im Löwen", "Nächste Ausgabe: am Freitag, 11. Dezember, 20 Uhr, Gasthaus Löwen",
     "20:00", "Gasthaus Löwen"),
    ("Ciné-débat", "Prochaine édition : le vendredi 11 décembre à 20 h, Cinéma Le Méliès", "20:00",
     "Cinéma Le Méliès"),
    ("Jam Session", "Próxima edición: el viernes 11 de diciembre a las 21 h, Bar La Lata de "
     "Bombillas", "21:00", "Bar La Lata de Bombillas"),
]  # fmt: skip


@pytest.mark.parametrize("title,line,time,venue", EDITIONS, ids=["en", "de", "fr", "es"])
def test_the_next_edition_at_its_time_is_a_meeting(
    title: str, line: str, time: str, venue: str
) -> None:
    (m,) = parse(f"{title}\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.venue) == ("2026-12-11", time, venue)


@pytest.mark.parametrize(
    "line",
    [
        "Next newsletter: Tuesday 26 January",
        "Nächste Ausgabe: Dienstag, 26. Januar",
        "Prochain numéro : mardi 26 janvier",
        "Próxima edición: martes 26 de enero",
    ],
    ids=["en", "de", "fr", "es"],
)
def test_the_next_issue_without_a_time_is_no_meeting(line: str) -> None:
    text = f"Newsletter\n\nThursday 10 December, 7pm – Branch meeting, Civic Centre\n\n{line}\n"
    got = parse(text, as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2026-12-10"]
