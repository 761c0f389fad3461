"""A time and place stated once, in a sentence, for the dates of a list (issue 17 item 8; the
union schedule of tests/ingest/corpus/holdout3): "Branch meetings are held on the second
Wednesday of the month at 7.00pm in …", then lines of several dates after a season's label
("Spring: 13 January, 10 February … and 9 June"). Every date takes the stated time and place;
the label is no place; a later date on the line takes its year near the date before it. The rows
are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 1, 10)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
RULES = [
    ("Meetings are held on the first Monday of each month at 7.30pm in the Friends Meeting "
     "House, 12 Mount Street, Leeds.", "Dates: 1 February, 1 March and 5 April", None,
     ["2026-02-01", "2026-03-01", "2026-04-05"], "19:30", "Friends Meeting House"),
    ("The Glasgow branch meets every second Thursday at 6pm at the Renfield Centre, 260 Bath "
     "Street.", "Spring: 11 February, 11 March and 8 April", None,
     ["2026-02-11", "2026-03-11", "2026-04-08"], "18:00", "Renfield Centre"),
    ("Our monthly forums take place at 18:30 in Room 3, Westgate Library.",
     "Winter term: 20 January, 17 February and 17 March", None,
     ["2026-01-20", "2026-02-17", "2026-03-17"], "18:30", "Westgate Library"),
    ("Meetings are held at the Red Lion, 5 Market Place, every Tuesday at 7.30pm.",
     "Dates: 3 February, 3 March and 7 April", None,
     ["2026-02-03", "2026-03-03", "2026-04-07"], "19:30", "Red Lion"),
    ("Branch meetings are held on the last Friday of the month at 6.30pm\n"
     "in the Miners' Institute, 2 Station Road, Cardiff CF10 1AA.",
     "Spring: 30 January, 27 February and 27 March", None,
     ["2026-01-30", "2026-02-27", "2026-03-27"], "18:30", "Miners' Institute"),
    ("Die Mitgliederversammlungen finden jeden zweiten Mittwoch im Monat um 19 Uhr im "
     "Gewerkschaftshaus, Wilhelm-Leuschner-Straße 69, Frankfurt statt.",
     "Frühjahr: 11. Februar, 11. März und 8. April", "de",
     ["2026-02-11", "2026-03-11", "2026-04-08"], "19:00", "Gewerkschaftshaus"),
    ("Wir treffen uns jeden Dienstag um 18.30 Uhr im Café Libertad, Hamburg.",
     "Termine: 3. Februar, 10. Februar und 17. Februar", "de",
     ["2026-02-03", "2026-02-10", "2026-02-17"], "18:30", "Café Libertad"),
    ("Les réunions ont lieu le premier jeudi du mois à 19h à la Bourse du Travail, 3 rue du "
     "Château-d'Eau, Paris.", "Printemps : 5 février, 5 mars et 2 avril", "fr",
     ["2026-02-05", "2026-03-05", "2026-04-02"], "19:00", "Bourse du Travail"),
    ("Las asambleas se celebran el último viernes de cada mes a las 19:00 en el Ateneo La "
     "Maliciosa, calle Peñuelas 12, Madrid.", "Primavera: 27 de febrero, 27 de marzo y 24 de abril",
     "es", ["2026-02-27", "2026-03-27", "2026-04-24"], "19:00", "Ateneo La Maliciosa"),
    ("Nos reunimos los jueves a las 20:00 en la Biblioteca Popular, Rosario.",
     "Fechas: 5 de febrero, 12 de febrero y 19 de febrero", "es",
     ["2026-02-05", "2026-02-12", "2026-02-19"], "20:00", "Biblioteca Popular"),
]
# fmt: on


@pytest.mark.parametrize("rule,dates_line,lang,dates,time,place", RULES)
def test_every_listed_date_takes_the_time_and_place_stated_for_the_list(
    rule, dates_line, lang, dates, time, place
):
    listing = parse(f"Branch news\n\n{rule}\n\n{dates_line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates
    for m in listing.meetings:
        assert m.start_time == time
        assert place in _places(m)
        assert m.place is None or dates_line.partition(":")[0].strip() not in m.place


# fmt: off
@pytest.mark.parametrize("label", [
    "Spring", "Autumn term", "Fall 2026", "Winter", "Summer semester", "Herbst", "Frühjahr 2026",
    "Wintersemester", "Printemps", "Hiver", "Automne 2026", "Primavera", "Otoño", "Invierno 2026",
])
# fmt: on
def test_a_season_over_a_list_of_dates_is_its_title_not_its_place(label):
    listing = parse(f"News\n\n{label}: 4 February, 4 March and 1 April, 7pm\n", as_of=AS_OF)
    assert len(listing.meetings) == 3
    for m in listing.meetings:
        assert m.place != label and m.title == label


# fmt: off
@pytest.mark.parametrize("as_of,line,lang,dates", [
    (date(2026, 3, 1), "Dates: 5 June, 3 July, 7 August, 4 September and 2 October, 7pm", None,
     ["2026-06-05", "2026-07-03", "2026-08-07", "2026-09-04", "2026-10-02"]),
    (date(2026, 12, 2), "Meetings: 13 January, 10 February, 12 May and 9 June, 7pm", None,
     ["2027-01-13", "2027-02-10", "2027-05-12", "2027-06-09"]),
    (date(2026, 3, 1), "Termine: 5. Juni, 3. Juli, 4. September und 2. Oktober, 19 Uhr", "de",
     ["2026-06-05", "2026-07-03", "2026-09-04", "2026-10-02"]),
    (date(2026, 3, 1), "Dates : 5 juin, 3 juillet, 4 septembre et 2 octobre, 19h", "fr",
     ["2026-06-05", "2026-07-03", "2026-09-04", "2026-10-02"]),
    (date(2026, 3, 1), "Fechas: 5 de junio, 3 de julio, 4 de septiembre y 2 de octubre, 19:00",
     "es", ["2026-06-05", "2026-07-03", "2026-09-04", "2026-10-02"]),
])
# fmt: on
def test_a_later_date_on_a_line_takes_its_year_near_the_date_before_it(as_of, line, lang, dates):
    listing = parse(f"News\n\n{line}\n", as_of=as_of, lang=lang)
    assert [m.date for m in listing.meetings] == dates


def test_an_entry_with_its_own_time_and_place_keeps_them_under_the_stated_ones():
    page = (
        "Branch news\n\nMeetings are held on the first Monday of the month at 7.30pm in the "
        "Friends Meeting House, Leeds.\n\nDates: 1 February and 1 March\n"
        "Special meeting: Saturday 14 March, 11am, Unity Hall\n"
    )
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2026-02-01", "19:30"), ("2026-03-01", "19:30"), ("2026-03-14", "11:00")]
    assert "Unity Hall" in _places(listing.meetings[-1])
    assert "Friends" not in _places(listing.meetings[-1])


# fmt: off
@pytest.mark.parametrize("line", [
    "Meetings were lively last year and more members came.",
    "The branch meets the council next week to discuss the cuts.",
    "Our meetings are held in a friendly spirit.",
])
# fmt: on
def test_sentences_about_meetings_without_a_time_state_nothing_for_the_list(line):
    page = f"Branch news\n\n{line}\n\nMonday 2 February, 6pm, Trades Hall\n"
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-02-02", "18:00")]
    assert "Trades Hall" in _places(listing.meetings[0])
