"""A city magazine's ball calendar in Markdown: a quoted rule whose "unless stated below" sits
between its verb and its time ("Alle Bälle beginnen – wenn unten nicht anders angegeben – um 21
Uhr"), then short dotted rows whose title and venue come before a time that ends the row ("Mo.,
25. Jänner · Jägerball · Hofburg · 20.30 Uhr"). The rule gives the rows without a time their
start; a row's title and venue are kept when its time is near the date (before, a short row
lost both). One part before the time is left as it was: it may be a title whose place is under
the date ("Viernes 23 de abril, Día del Libro · 17 h"). (holdout35's Vienna ball season, after
its blind score: five meetings without their time, one without its place.)"""

from datetime import date

import pytest

from eventmap.ingest import calendar
from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)

# (rule, untimed row, timed row, the timed row's venue)
PAGES = {
    "de": ("> **Gut zu wissen:** Alle Bälle beginnen – wenn unten nicht anders angegeben – um **21 Uhr**.",
           "- **Fr., 15. Jänner** · Blumenball · Wiener Rathaus",
           "- **Mo., 25. Jänner** · Jägerball · Hofburg · 20.30 Uhr", "Hofburg"),
    "en": ("> **Good to know:** All balls begin – unless stated otherwise below – at **9pm**.",
           "- **Fri 15 January** · Flower Ball · City Hall",
           "- **Mon 25 January** · Ball · Guildhall · 8.30pm", "Guildhall"),
    "fr": ("> **Bon à savoir :** Tous les bals commencent – sauf mention contraire ci-dessous – à **21 h**.",
           "- **ven. 15 janvier** · Bal des fleurs · Hôtel de Ville",
           "- **lun. 25 janvier** · Bal · Salle Wagram · 20 h 30", "Salle Wagram"),
    "es": ("> **Para saber:** Todos los bailes empiezan – salvo indicación contraria abajo – a las **21:00**.",
           "- **vie. 15 de enero** · Baile de las flores · Casino de Madrid",
           "- **lun. 25 de enero** · Baile · Casino · 20:30", "Casino"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_rule_with_its_aside_times_the_rows_and_near_rows_keep_their_venue(lang: str) -> None:
    rule, untimed, timed, venue = PAGES[lang]
    got = parse(f"# Ballkalender\n\n{rule}\n\n{untimed}\n{timed}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-15", "21:00"),
        ("2027-01-25", "20:30"),
    ]
    said = " ".join(filter(None, [got[1].place, got[1].venue, got[1].room]))
    assert venue in said


@pytest.mark.parametrize(
    "text",
    [
        "Alle Bälle beginnen – wenn unten nicht anders angegeben – um 21 Uhr.",
        "Alle Kurse beginnen, sofern im Programm nichts anderes steht, um 19 Uhr.",
        "Die Treffen beginnen um 19 Uhr, wenn hier nicht anders angegeben.",
    ],
)
def test_an_unless_aside_with_a_place_word(text: str) -> None:
    assert calendar.says_unless(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wenn unten ein Ort steht, gilt dieser.",  # no "nicht anders"
        "Alle Bälle beginnen um 21 Uhr.",
    ],
)
def test_no_unless_aside(text: str) -> None:
    assert not calendar.says_unless(text)


@pytest.mark.parametrize(
    ("row", "venue"),
    [
        ("- Tue 12 Jan, Quiz, Red Lion, 8pm", "Red Lion"),
        ("- Di., 12. Jänner · Quiz · Zum Löwen · 20 Uhr", "Zum Löwen"),
        ("- mar. 12 janvier · Quiz · Le Lion · 20 h", "Le Lion"),
        ("- mar. 12 de enero · Trivia · El Tigre · 20:00", "El Tigre"),
    ],
)
def test_a_short_row_keeps_its_title_and_place_before_its_time(row: str, venue: str) -> None:
    got = parse(f"# Agenda\n\n{row}\n", as_of=AS_OF).meetings
    assert len(got) == 1 and got[0].start_time in ("20:00",)
    said = " ".join(filter(None, [got[0].place, got[0].venue, got[0].room]))
    assert venue in said


@pytest.mark.parametrize(
    ("row", "under"),
    [
        ("Viernes 23 de abril, Día del Libro · 17 h", "Vereda de Olavarría"),
        ("Friday 23 April, World Book Day · 5pm", "Main Library"),
    ],
)
def test_one_part_before_the_time_leaves_the_place_to_the_line_under(row: str, under: str) -> None:
    got = parse(f"# Agenda\n\n{row}\nMaratón de lectura\n{under}\n", as_of=AS_OF).meetings
    assert len(got) == 1 and got[0].start_time == "17:00"
    said = " ".join(filter(None, [got[0].place, got[0].venue, got[0].room]))
    assert under in said
