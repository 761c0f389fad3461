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


# fmt: off
MORE_RULES = [
    ("Aquí va el calendario del trimestre. Todas las asambleas generales empiezan a las 19:00 en "
     "el local de la asociación (calle Mayor 3):\n\n- martes 3 de febrero\n- martes 3 de marzo",
     "es", ["2026-02-03", "2026-03-03"], "19:00", "local de la asociación"),
    ("Der Vorstand tagt jeweils am ersten Montag im Monat um 19 Uhr im Volkshaus Jena, Raum 3. "
     "Gäste sind willkommen.\n\n02.02., 02.03., 13.04.", "de",
     ["2026-02-02", "2026-03-02", "2026-04-13"], "19:00", "Volkshaus Jena"),
    ("Le bureau de la section commence l'année. Les réunions mensuelles commencent à 18h30 à la "
     "Maison du peuple, salle 2.\n\nDates : 5 février, 5 mars et 2 avril", "fr",
     ["2026-02-05", "2026-03-05", "2026-04-02"], "18:30", "Maison du peuple"),
    ("Unless otherwise stated, all workshops meet on Tuesdays at 6 p.m. in Baker Hall, Room 4. "
     "Tea from 5.45.\n\nSchedule\n\nFebruary 3\nJo Smith (Leeds University), \"Mills and "
     "Markets\"\n\nFebruary 17\nAmir Khan (SOAS), “Ports of the Gulf”", None,
     ["2026-02-03", "2026-02-17"], "18:00", "Baker Hall"),
]
# fmt: on


@pytest.mark.parametrize("text,lang,dates,time,place", MORE_RULES)
def test_a_rule_in_a_later_sentence_or_over_a_schedule_heading_reaches_its_dates(
    text, lang, dates, time, place
):
    listing = parse(f"Branch news\n\n{text}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates
    for m in listing.meetings:
        assert m.start_time == time
        assert place in _places(m)


# fmt: off
@pytest.mark.parametrize("speaker_line,speaker,title", [
    ('Jo Smith (Leeds University), "Mills and Markets"', "Jo Smith (Leeds University)",
     'Jo Smith (Leeds University), "Mills and Markets"'),
    ("Joint session: Priya Rao (LSE), “Wages and Empire”", "Priya Rao (LSE)",
     "Joint session: Priya Rao (LSE), “Wages and Empire”"),
    ("Karin Roth (Universität Wien) – „Arbeit und Streik“", "Karin Roth (Universität Wien)",
     "Karin Roth (Universität Wien) – „Arbeit und Streik“"),
])
# fmt: on
def test_a_speaker_line_with_an_affiliation_is_no_venue(speaker_line, speaker, title):
    page = (
        "Seminar\n\nAll seminars meet on Wednesdays at 4 p.m. in Hartley Hall, Room 2. Coffee "
        f"from 3.45.\n\nFebruary 4\n{speaker_line}\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.speaker, m.title, m.start_time) == (speaker, title, "16:00")
    assert "Hartley Hall" in _places(m)


# fmt: off
@pytest.mark.parametrize("note,time,place", [
    ("Note different time and place: 3:00 p.m., Stein Building, Room 101", "15:00", "Room 101"),
    ("New venue: Baker Hall, Room 5", "16:00", "Baker Hall"),
    ("Different venue: Baker Hall, Room 5", "16:00", "Baker Hall"),
])
# fmt: on
def test_a_note_that_changes_the_time_or_place_overrides_the_lists(note, time, place):
    page = (
        "Seminar\n\nAll seminars meet on Wednesdays at 4 p.m. in Hartley Hall, Room 2. Coffee "
        f"from 3.45.\n\nFebruary 4\nJo Smith (Leeds University), \"Mills\"\n{note}\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.start_time == time
    assert place in _places(m)


def test_an_entry_under_its_own_heading_after_the_list_keeps_its_own_place():
    page = (
        "Branch news\n\nDer Vorstand tagt jeweils am ersten Montag im Monat um 19 Uhr im "
        "Volkshaus Jena.\n\n02.02., 02.03.\n\nSeniorengruppe\nDi 17.02., 15 Uhr, Café Grün, "
        "Markt 4\n"
    )
    listing = parse(page, as_of=AS_OF, lang="de")
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-02-02", "19:00"), ("2026-03-02", "19:00"), ("2026-02-17", "15:00"),
    ]  # fmt: skip
    assert "Volkshaus" not in _places(listing.meetings[-1])
    assert "Café Grün" in _places(listing.meetings[-1])


# fmt: off
@pytest.mark.parametrize("sentence,place", [
    ("Además, la asamblea extraordinaria será el jueves 19 de febrero a las 17:00 en el salón de "
     "actos del hospital.", "salón de actos"),
    ("También habrá una charla el viernes 20 de febrero a las 12:00 en la Biblioteca Municipal.",
     "Biblioteca Municipal"),
])
# fmt: on
def test_a_sentence_under_the_list_keeps_the_place_it_names(sentence, place):
    page = (
        "Calendario\n\nTodas las asambleas ordinarias empiezan a las 18:30 en el local sindical."
        f"\n\n- martes 3 de febrero\n\n{sentence}\n"
    )
    listing = parse(page, as_of=AS_OF, lang="es")
    assert place in _places(listing.meetings[-1])
    assert "local sindical" in _places(listing.meetings[0])


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("La asamblea del pasado 17 de enero aprobó la plataforma por amplia mayoría.", "es"),
    ("En la reunión del pasado 20 de enero se eligió la nueva comisión.", "es"),
    ("The meeting last 20 January elected a new committee.", None),
])
# fmt: on
def test_a_date_after_pasado_is_a_report_of_the_past(line, lang):
    listing = parse(f"Noticias\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert listing.meetings == []
    assert any(w.line == 3 for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("title,timed,time,place", [
    ("Graduate Student Workshop: three works in progress", "2:00–5:00 p.m., Hartley Hall, Room 310",
     "14:00", "Room 310"),
    ("Book launch: The Long Road", "6 p.m., Central Library, Room 2", "18:00", "Central Library"),
    ("Annual lecture", "5:30 p.m., Campus Center Auditorium", "17:30", "Campus Center Auditorium"),
])
# fmt: on
def test_a_title_line_over_a_time_and_place_line_is_one_meeting(title, timed, time, place):
    page = (
        "Seminar\n\nUnless otherwise noted, all seminars meet on Wednesdays at 4 p.m. in Baker "
        f"Hall, Room 2.\n\nSchedule\n\nMarch 4\n{title}\n{timed}\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.title) == ("2026-03-04", time, title)
    assert place in _places(m)
