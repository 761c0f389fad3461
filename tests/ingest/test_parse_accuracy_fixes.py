"""What the accuracy corpus (tests/ingest/corpus) found, by category, each with rows written
from the pattern: the page's language from its short words, field labels in German, French and
Spanish, French times with spaces ("18 h 30"), years written inside numeric dates."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date, find_times, page_language

AS_OF = date(2019, 3, 1)
TODAY = date(2026, 12, 1)


# Languages --------------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("text,lang", [
    # dates only in names every language shares ("April", "Do.", "Sa."): the short words decide
    ("Do., 4. April, 20 Uhr\nLesung mit der Autorin im Saal der Bibliothek", "de"),
    ("Mi., 10. April, 19 Uhr\nGespräch über das Buch und die Geschichte", "de"),
    ("Sa., 13.4., 11 Uhr", "de"),  # "Uhr" alone
    ("7 avril, 18 h\nRencontre avec les auteurs dans la salle du conseil", "fr"),
    ("10 abril, 19 h\nPresentación del libro con el autor en la sala de los fundadores", "es"),
    ("April 4, 7 pm\nA talk with the author at the library", "en"),
    # a few foreign words in an English page do not make it foreign
    ("Saturday, April 6, 2 p.m.\nBibliothèque du Plateau, 465 avenue du Mont-Royal Est\n"
     "The meeting will discuss the fight for the rights of workers.", "en"),
    ("Thursday, May 2, 7 pm EST\nThe union hall, 12 Main St", "en"),  # "EST" is no French
])
# fmt: on
def test_page_language_from_its_words(text, lang):
    assert page_language(text) == lang


def test_a_german_page_with_only_shared_month_names_reads_its_weekday_abbreviations():
    page = (
        "Lesungen im Frühjahr\n\n"
        "Do., 4. April, 20 Uhr\nStadtbücherei, Marktplatz 3, 72070 Tübingen\n\n"
        "Mo., 8. April, 19 Uhr\nKulturhaus, Bahnhofstraße 12, 79098 Freiburg\n"
    )
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time, m.place, m.state) for m in listing.meetings]
    # "Do." and "Mo." are weekdays, not a place and not Missouri
    assert got == [("2019-04-04", "20:00", None, None), ("2019-04-08", "19:00", None, None)]


# Labels -----------------------------------------------------------------------------------------
# fmt: off
LABELLED = [
    ("Datum: Dienstag, 9. April 2019", "Uhrzeit: 18 Uhr", "Ort: Rathaus, Markt 1, 04109 Leipzig",
     "2019-04-09", "18:00", "Rathaus"),
    ("Termin: Mi., 10.4.2019", "Zeit: 19.30 Uhr", "Veranstaltungsort: Volkshaus Jena",
     "2019-04-10", "19:30", "Volkshaus Jena"),
    ("Wann: Freitag, 12. April", "Beginn: 19 Uhr", "Wo: Gewerkschaftshaus, Raum 3",
     "2019-04-12", "19:00", "Gewerkschaftshaus"),
    ("Date : mardi 9 avril 2019", "Heure : 18 h 30", "Lieu : Maison du peuple, 5 rue Haute",
     "2019-04-09", "18:30", "Maison du peuple"),
    ("Date: jeudi 11 avril", "Horaire : 19h", "Adresse : Salle des fêtes, place de la Mairie",
     "2019-04-11", "19:00", "Salle des fêtes"),
    ("Fecha: martes 9 de abril de 2019", "Hora: 19:00 hrs.", "Lugar: Casa del Pueblo",
     "2019-04-09", "19:00", "Casa del Pueblo"),
    ("Cuándo: sábado 13 de abril", "Horario: 17 h", "Dónde: Centro Cultural, Sala 2",
     "2019-04-13", "17:00", "Centro Cultural"),
    ("When: Tuesday, April 9", "Time: 7 pm", "Where: Union Hall, 425 College St",
     "2019-04-09", "19:00", "Union Hall"),
]
# fmt: on


@pytest.mark.parametrize("when,time,where,day,start,venue", LABELLED)
def test_labelled_fields_in_other_languages(when, time, where, day, start, venue):
    page = f"Öffentliche Versammlung\n\nBerlin\n{when}\n{time}\n{where}\n"
    listing = parse(page, as_of=AS_OF)
    (m,) = listing.meetings
    assert (m.date, m.start_time) == (day, start)
    assert m.venue is not None and m.venue.startswith(venue)
    assert m.place == "Berlin"  # the heading, not the label


# Times ------------------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("text,start,end", [
    ("18 h 30", "18:30", None),
    ("à 19 h 15", "19:15", None),
    ("de 18 h 30 à 20 h", "18:30", "20:00"),
    ("vendredi 15 mars à 18 h 30", "18:30", None),
    ("9 h 05", "09:05", None),
])
# fmt: on
def test_french_times_with_spaces(text, start, end):
    tm = find_times(text)
    assert (tm.start_time, tm.end_time) == (start, end)


@pytest.mark.parametrize("text", ["19 h 300 places", "Salle 18 h 305"])
def test_an_hour_then_a_long_number_is_no_minutes(text):
    tm = find_times(text)
    assert tm is None or tm.start_time.endswith(":00")


# Years ------------------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("dated_entry", [
    "Mo., 15.4.2019, 19 Uhr",
    "Mon 15/4/2019, 7pm",
    "15.04.2019 @ 1900hrs",
    "lundi 15.04.2019, 19 h",
])
# fmt: on
def test_a_year_written_in_a_numeric_date_anchors_the_yearless_ones(dated_entry):
    page = f"Termine\n\nThu 4 April, 8pm\nHall A\n\n{dated_entry}\nHall B\n"
    listing = parse(page, today=TODAY)
    assert [m.date for m in listing.meetings] == ["2019-04-04", "2019-04-15"]


# Statuses ---------------------------------------------------------------------------------------
# fmt: off
STATUS_LINES = [
    # (the entry's date line, a line about its status, status, online)
    ("Saturday, April 6, 2 p.m. — moved online", None, "scheduled", True),
    ("Saturday, April 6, 2 p.m. - now on Zoom", None, "scheduled", True),
    ("Saturday, April 6, 2 p.m.", "Meeting moved online", "scheduled", True),
    ("samedi 6 avril, 14 h", "Réunion annulée", "cancelled", False),
    ("samedi 6 avril, 14 h", "Conférence reportée", "postponed", False),
    ("Samstag, 6. April, 14 Uhr", "Die Veranstaltung fällt wegen Krankheit leider aus.",
     "cancelled", False),
    ("Samstag, 6. April, 14 Uhr", "Veranstaltung abgesagt", "cancelled", False),
    ("sábado 6 de abril, 14 h", "Evento suspendido", "cancelled", False),
    ("Saturday, April 6, 2 p.m.", "This meeting has been postponed until further notice.",
     "postponed", False),
]
# fmt: on


@pytest.mark.parametrize("when,about,status,online", STATUS_LINES)
def test_a_line_about_the_status_is_no_venue(when, about, status, online):
    lines = ["Meetings", "", "Springfield", when, *([about] if about else [])]
    lines.append("Central Library, 12 Oak Street")
    listing = parse("\n".join(lines) + "\n", as_of=AS_OF)
    (m,) = listing.meetings
    assert (m.date, m.start_time, m.status, m.online) == ("2019-04-06", "14:00", status, online)
    assert m.venue == "Central Library" and m.room is None


@pytest.mark.parametrize(
    "detail,venue",
    [("CANCELLED – Room 101, Student Union", "Room 101"), ("Online and at Union Hall", "Online")],
)
def test_a_status_line_that_names_a_place_keeps_it(detail, venue):
    page = f"Meetings\n\nSpringfield\nSaturday, April 6, 2 p.m.\n{detail}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.venue or "").startswith(venue) or venue in (m.room or "")


# Prose ------------------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("sentence,campus", [
    ("At Kent State University, the lecture will take place on Tuesday, April 9 at 6 p.m. in "
     "the Student Center, Room 310.", "Kent State University"),
    ("The tour concludes at Ohio State University on Tuesday, April 9 at 6 p.m. in the Union, "
     "Room 310.", "Ohio State University"),
    ("He will also speak at Wayne State University on Tuesday, April 9 at 6 p.m. in the "
     "Student Center, Room 310.", "Wayne State University"),
    ("In Ann Arbor the meeting is held at the University of Michigan on Tuesday, April 9 at "
     "6 p.m. in the Michigan League.", "University of Michigan"),
])
# fmt: on
def test_a_sentence_before_the_date_gives_its_campus_not_itself(sentence, campus):
    page = f"Spring lectures\n\n{sentence}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2019-04-09", "18:00")
    assert (m.campus, m.place) == (campus, campus)


def test_a_lower_case_talk_title_before_the_date_stays_a_title():
    page = "Lectures\n\n• The war in Syria and the fate of the region — Tuesday, April 9, 7 pm\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2019-04-09", "19:00")
    assert "fate of the region" in " ".join(filter(None, (m.title, m.place)))


# Campaign names ---------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("sentence", [
    "Meetings are held by our branches across the state. Everyone is welcome.",
    "All sessions are free and open to members and the public.",
    "Delegate meetings are held on the second Wednesday of each month.",
    "Karten zu 8 €, ermäßigt 5 €, an der Abendkasse. Der Eintritt für Schüler ist frei.",
    "Entrée libre. Venez nombreux avec vos amis et collègues.",
])
# fmt: on
def test_a_short_sentence_under_the_heading_does_not_name_the_campaign(sentence):
    page = f"Northfield Trades Council\nSpring programme\n\n{sentence}\n\nSpringfield\n"
    page += "Tuesday, April 9, 7 pm\nUnion Hall, 12 Main St\n"
    listing = parse(page, as_of=AS_OF)
    (c,) = listing.campaigns
    assert c.title == "Northfield Trades Council Spring programme"
    assert sentence in c.summary


@pytest.mark.parametrize(
    "heading", ["Public meetings: Stop the war! Free Julian Assange!", "Why are they back?"]
)
def test_a_headline_with_exclamations_still_names_the_campaign(heading):
    page = f"Our branch\n\n{heading}\n\nSpringfield\nTuesday, April 9, 7 pm\nUnion Hall\n"
    (c,) = parse(page, as_of=AS_OF).campaigns
    assert c.title == heading.rstrip(".")


# fmt: off
@pytest.mark.parametrize("line,status,venue", [
    ("vendredi 12 avril à 18 h – ANNULÉE, reportée à une date ultérieure.", "cancelled", None),
    ("Friday, April 12, 6 pm – CANCELLED, to be rescheduled", "cancelled", None),
    ("Freitag, 12. April, 18 Uhr – abgesagt, neuer Termin folgt", "cancelled", None),
    ("Friday, April 12, 6 pm – cancelled – Mehringhof", "cancelled", "Mehringhof"),
    ("Friday, April 12, 6 pm, postponed, Union Hall", "postponed", "Union Hall"),
])
# fmt: on
def test_what_follows_a_status_word_on_the_date_line(line, status, venue):
    page = f"Termine\n\nSpringfield\n{line}\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.status) == ("2019-04-12", "18:00", status)
    assert m.venue == venue and m.room is None


# Prose in other languages -----------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("sentence,venue", [
    ("La autora presentará su libro el jueves 11 de abril a las 19:30 horas en la Librería "
     "Gandhi, Av. Miguel Ángel de Quevedo 121, Coyoacán.", "Librería Gandhi"),
    ("Le conférencier présentera son livre le jeudi 11 avril à 19 h 30 à la Bourse du Travail, "
     "3 rue du Château-d'Eau, devant les militants.", "Bourse du Travail"),
    ("Der Autor liest aus seinem Buch am Donnerstag, 11. April um 19:30 Uhr im Volkshaus Jena, "
     "anschließend gibt es eine Diskussion mit dem Publikum.", "Volkshaus Jena"),
])
# fmt: on
def test_a_sentence_in_another_language_gives_the_place_after_the_time(sentence, venue):
    (m,) = parse(f"Presentaciones\n\n{sentence}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2019-04-11", "19:30")
    assert m.venue == venue and m.place is None


# Doors and start --------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("text,start", [
    ("Doors 6:30 pm, program starts 7 pm", "19:00"),
    ("doors open at 6pm; talk at 6.30pm", "18:30"),
    ("Einlass 18.30 Uhr, Beginn 19 Uhr", "19:00"),
    ("Einlass: 18 Uhr | Beginn: 18:30 Uhr", "18:30"),
    ("Ouverture des portes à 18 h, début 18 h 30", "18:30"),
    ("Apertura de puertas: 18:00, inicio 18:30", "18:30"),
    ("doors open at 6pm", "18:00"),  # only the doors: that is the time there is
    ("7 pm, doors 6:30", "19:00"),
])
# fmt: on
def test_the_meeting_starts_after_the_doors_open(text, start):
    assert find_times(text).start_time == start


# fmt: off
@pytest.mark.parametrize("when,times", [
    ("Friday, April 5 — Doors 6:30 pm, program starts 7 pm", None),
    ("Freitag, 5. April 2019", "Einlass 18.30 Uhr, Beginn 19 Uhr"),
    ("Friday, April 5", "Doors open 6:30pm · Talk begins 7pm"),
])
# fmt: on
def test_an_entry_with_doors_and_start(when, times):
    page = "\n".join(["Events", "", "Springfield", when, *([times] if times else []),
                      "Union Hall, 12 Main St"]) + "\n"  # fmt: skip
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.venue) == ("2019-04-05", "19:00", "Union Hall")


# Extras: dated lines that are no meetings -------------------------------------------------------
# fmt: off
NOT_MEETINGS = [
    ("Last Saturday, April 6, at 10 a.m., tenants gathered outside the office.", "last"),
    ("This past Friday, April 5 at 6 pm, the council voted the budget through.", "last"),
    ("Applications are due Friday, April 12, 5 p.m.", "deadline"),
    ("Nominations due: Friday, April 12 at noon", "deadline"),
    ("The office is closed on Monday, April 15 for staff training.", "deadline"),
    ("Das Büro ist am Montag, 15. April geschlossen.", "closed"),
    ("The library will be closed on Monday, April 15, 9 am.", "deadline"),
    ("Am letzten Samstag, 6. April, um 10 Uhr versammelten sich 60 Mieter.", "last"),
]
# fmt: on


@pytest.mark.parametrize("line,why", NOT_MEETINGS)
def test_dated_lines_that_are_no_meetings_are_warned_about(line, why):
    listing = parse(f"Tenants union news\n\n{line}\n", as_of=AS_OF)
    assert listing.meetings == []
    words = {"last": "'last'", "deadline": "'deadline'", "closed": "'closed'"}
    assert any(w.line == 3 and words[why] in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line,dates", [
    ("Friday, April 12, 6 pm, Union Hall (sign up until Wednesday, April 10)", ["2019-04-12"]),
    ("Friday, April 12 and Saturday, April 13, 6 pm, Union Hall", ["2019-04-12", "2019-04-13"]),
    ("Due to the storm: Friday, April 12, 6 pm, Union Hall", ["2019-04-12"]),
])
# fmt: on
def test_a_later_date_after_until_is_no_second_meeting(line, dates):
    listing = parse(f"Meetings\n\n{line}\n", as_of=AS_OF)
    assert [m.date for m in listing.meetings] == dates


@pytest.mark.parametrize("byline", ["Posted on Monday, April 1, 2019 by the committee", "Updated April 1"])
def test_a_byline_does_not_name_the_campaign(byline):
    page = f"Tenants Union News\n\n{byline}\n\nSpringfield\nFriday, April 12, 6 pm\nUnion Hall\n"
    (c,) = parse(page, as_of=AS_OF).campaigns
    assert c.title == "Tenants Union News"


# fmt: off
@pytest.mark.parametrize("first,heading", [
    ("Sunday, April 7, 10:30 am – meet at the gates of Victoria Park", "Annual general meeting"),
    ("Dimanche 7 avril, 10 h 30 – rendez-vous au Puits Couriot", "Assemblée générale"),
    ("Sonntag, 7. April, 10.30 Uhr – Treffpunkt am Rathaus", "Mitgliederversammlung"),
])
# fmt: on
def test_a_lone_line_between_two_entries_heads_the_next_one(first, heading):
    page = f"Agenda\n\nWalk\n\n{first}\n\n{heading}\n\nFriday, April 12, 6 pm\nUnion Hall\n"
    one, two = parse(page, as_of=AS_OF).meetings
    assert heading not in " ".join(filter(None, (one.venue, one.room, one.address)))
    assert (two.date, two.venue) == ("2019-04-12", "Union Hall")


# Numeric dates ----------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("text,langs,ymd", [
    ("2019-03-07 19:00", ("en",), (2019, 3, 7)),
    ("2019-11-30, 10:00–12:00", ("en",), (2019, 11, 30)),
    ("Termin: 2019-04-01 um 18 Uhr", ("de", "en"), (2019, 4, 1)),
    ("Do, 07.03.19, 19 Uhr", ("de", "en"), (2019, 3, 7)),
    ("Sa. 9.3.19 – 16 Uhr", ("de", "en"), (2019, 3, 9)),
    # the weekday decides which way a slashed date is written
    ("Thu 07/03/2019 19:00", ("en",), (2019, 3, 7)),
    ("Wed 07/03/2019 19:00", ("en",), (2019, 7, 3)),
    ("Monday 04/02/2019, 6pm", ("en",), (2019, 2, 4)),
    ("Friday 04/02/2019, 6pm", ("en",), (2019, 4, 2)),
])
# fmt: on
def test_numeric_dates(text, langs, ymd):
    dm = find_date(text, langs=langs)
    assert (dm.year, dm.month, dm.day) == ymd


@pytest.mark.parametrize("text", ["call 555-03-07", "ISBN 978-3-86-2019", "build 2019-13-45"])
def test_numbers_with_dashes_that_are_no_dates(text):
    assert find_date(text) is None


def test_a_weekday_settles_the_order_of_a_page_of_slashed_dates():
    page = "Meetings\n\nThu 07/03/2019, 7pm\nHall A\n\nTue 02/04/2019, 7pm\nHall B\n"
    listing = parse(page, as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2019-03-07", "2019-04-02"]
    assert not any("day-first or month-first" in w.reason for w in listing.warnings)


# Short sentences around a date ------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,venue,campus", [
    ("Join us Thursday, April 11, 7pm at the Wayne State University Student Center.",
     "Student Center", "Wayne State University"),
    ("Come to our meeting this Thursday, April 11, at 7 pm in the Grey Lynn Community Centre.",
     "Grey Lynn Community Centre", None),
    ("SEP candidate to speak in Oakland on Thursday, April 11 at 7:00 p.m. at the Main Library.",
     "Main Library", None),
    ("Thursday, April 11, 7 pm at the Union Hall", "Union Hall", None),
    ("Donnerstag, 11. April, 19 Uhr im Mehringhof", "Mehringhof", None),
    ("jueves 11 de abril, 19 h, en el Ateneo de Madrid", "Ateneo de Madrid", None),
    ("jeudi 11 avril, 19 h, à la Bourse du Travail", "Bourse du Travail", None),
])
# fmt: on
def test_a_sentence_fragment_before_the_date_is_no_place(line, venue, campus):
    (m,) = parse(f"Meetings\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2019-04-11", "19:00")
    assert (m.place, m.venue, m.campus) == (None, venue, campus)


# fmt: off
@pytest.mark.parametrize("line,campus,venue", [
    ("On Thursday, April 11, at 7 p.m., the IYSSE will host a meeting at Columbia University in "
     "Hamilton Hall, Room 602, on the fight against war.", "Columbia University", "Hamilton Hall"),
    ("On Thursday, April 11 at 7 pm our branch holds its monthly public meeting in the Main "
     "Library auditorium, and everyone is welcome to attend.", None, "Main Library auditorium"),
])
# fmt: on
def test_a_long_sentence_gives_the_place_after_at_or_in(line, campus, venue):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.campus, m.venue) == ("2019-04-11", "19:00", campus, venue)


# fmt: off
@pytest.mark.parametrize("label", [
    "Topic: ", "Event: ", "Veranstaltung: ", "Thema: ", "Vortrag: ", "Thème : ", "Tema: ",
    "Título: ",
])
# fmt: on
def test_a_title_label_above_the_date_gives_the_title_not_the_place(label):
    page = f"Termine\n\n{label}Warum sind sie wieder da?\nDienstag, 9. April 2019, 18 Uhr\n"
    page += "Ort: Café Tasso, Frankfurter Allee 11, 10247 Berlin\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.title, m.place, m.venue) == ("Warum sind sie wieder da?", None, "Café Tasso")
