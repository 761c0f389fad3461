"""Guided walks under date headings: an entry without its own time that names its meeting point
after a middle dot, then a timed entry ("SÁBADO 9 DE ENERO" / "Cáceres Monumental · Punto de
encuentro: Arco de la Estrella (Plaza Mayor)" / "17:00 · Cáceres judío · Punto de encuentro:
Ermita de San Antonio"), under a rule that gives the walks' usual time. Each line is a walk,
the first at the rule's time; before, the two were read as one card at the later time. And a
lone line "Title · Meeting point: Place" under its date is that date's title and place.
(holdout37's official guides in Cáceres, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 5)

# (lang, rule, day heading, label, later time as written, later time)
CASES = [
    ("en", "Unless stated otherwise, all walks start at 11am and last about two hours.", "SATURDAY 9 JANUARY",
     "Meeting point", "5pm", "17:00"),
    ("de", "Sofern nicht anders angegeben, beginnen alle Führungen um 11 Uhr.", "SAMSTAG, 9. JANUAR",
     "Treffpunkt", "17 Uhr", "17:00"),
    ("fr", "Sauf mention contraire, toutes les visites débutent à 11h et durent environ deux heures.", "SAMEDI 9 JANVIER",
     "Rendez-vous", "17h", "17:00"),
    ("es", "Salvo que se indique otra hora, todas las visitas empiezan a las 11:00 y duran unas dos horas.",
     "SÁBADO 9 DE ENERO", "Punto de encuentro", "17:00", "17:00"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "day", "label", "clock", "later"), CASES)
def test_each_line_under_the_day_is_a_walk(lang, rule, day, label, clock, later) -> None:
    page = (
        f"GUIDED WALKS\n\n{rule}\n\n{day}\n"
        f"Old Town Highlights · {label}: Arco de la Estrella (Plaza Mayor)\n"
        f"{clock} · The Jewish Quarter · {label}: Ermita de San Antonio\n"
    )
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2027-01-09", "11:00", "Arco de la Estrella"),
        ("2027-01-09", later, "Ermita de San Antonio"),
    ]
    assert [m.title for m in got] == ["Old Town Highlights", "The Jewish Quarter"]


@pytest.mark.parametrize(("lang", "rule", "day", "label", "clock", "later"), CASES)
def test_a_lone_line_gives_the_days_title_and_place(lang, rule, day, label, clock, later) -> None:
    page = f"GUIDED WALKS\n\n{rule}\n\n{day}\nPalaces and Towers · {label}: Plaza de San Jorge\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue, m.title) for m in got] == [
        ("2027-01-09", "11:00", "Plaza de San Jorge", "Palaces and Towers")
    ]


@pytest.mark.parametrize(("lang", "rule", "day", "label", "clock", "later"), CASES)
def test_a_title_over_its_time_and_place_stays_one_walk(
    lang, rule, day, label, clock, later
) -> None:
    # no meeting point of its own: the title, then its time and place (one card)
    page = f"GUIDED WALKS\n\n{rule}\n\n{day}\nThe Jewish Quarter\n{clock}, Ermita de San Antonio\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-09", later)]
