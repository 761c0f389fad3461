"""What the second held-out corpus (tests/ingest/corpus/holdout2) found, by pattern, each with
rows written from the pattern rather than copied from a page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2025, 1, 10)


def _meetings(page: str, **kw):
    return parse(page, as_of=kw.pop("as_of", AS_OF), **kw).meetings


def _where(m) -> str:
    return " ".join(str(v) for v in (m.venue, m.room, m.place, m.address, m.city) if v)


# A room in parentheses after a calendar entry's title ------------------------------------------
# fmt: off
@pytest.mark.parametrize("entry,title,place", [
    ("9.30am\tToddler Group (Main Hall)", "Toddler Group", "Main Hall"),
    ("7.30pm  Parish Council meeting (Garden Room)", "Parish Council meeting", "Garden Room"),
    ("12 noon\tCommunity Lunch (booking essential) (Small Hall)",
     "Community Lunch (booking essential)", "Small Hall"),
    ("7pm\tBell ringing practice (Tower)", "Bell ringing practice", "Tower"),
    ("6pm\tEvensong (St Mary's Church)", "Evensong", "St Mary's Church"),
    ("10:00 Yoga for beginners (Room 3)", "Yoga for beginners", "Room 3"),
    ("14h30 Atelier couture (Salle Vasse)", "Atelier couture", "Salle Vasse"),
    ("7pm\tChess club (Upper Room) – bring a board", "Chess club", "Upper Room"),
])
# fmt: on
def test_a_place_in_parentheses_after_an_entry(entry, title, place):
    page = f"Hall diary\n\nMonday 2nd June\n  {entry}\n  8pm\tChoir (Church)\n"
    m = _meetings(page)[0]
    assert (m.date, m.title) == ("2025-06-02", title)
    assert place in _where(m)


# fmt: off
@pytest.mark.parametrize("entry,title", [
    ("4pm\tLEGO club (ages 6-12)", "LEGO club (ages 6-12)"),
    ("10am\tCoffee morning (booking essential)", "Coffee morning (booking essential)"),
    ("7pm\tTalk (part 2)", "Talk (part 2)"),
])
# fmt: on
def test_parentheses_that_name_no_place_stay_in_the_title(entry, title):
    page = f"Hall diary\n\nMonday 2nd June\n  {entry}\n  8pm\tChoir (Church)\n"
    m = _meetings(page)[0]
    assert m.title == title
    assert title.rpartition("(")[2].strip(")") not in _where(m)


def test_a_hall_diary_page():
    page = (
        "St Anne's Hall\nHALL DIARY – JUNE 2025\n\n"
        "Monday 2nd June\n  9.30am\tToddler Group (Main Hall)\n"
        "  7pm\tSlimming World (Small Hall) – CANCELLED this week\n\n"
        "Tuesday 3rd June\n  10am\tChair-based exercise (Main Hall)\n"
        "  7.45pm\tFriends of St Anne's AGM (Garden Room)\n"
    )
    got = [(m.date, m.start_time, m.venue, m.status) for m in _meetings(page)]
    assert got == [
        ("2025-06-02", "09:30", "Main Hall", "scheduled"),
        ("2025-06-02", "19:00", "Small Hall", "cancelled"),
        ("2025-06-03", "10:00", "Main Hall", "scheduled"),
        ("2025-06-03", "19:45", "Garden Room", "scheduled"),
    ]


# A time and place stated once for a list of bare date lines -----------------------------------
# fmt: off
@pytest.mark.parametrize("rule,time,place", [
    ("All branch meetings begin at 6.30pm and are held in Committee Room 2, Civic Centre, "
     "unless stated otherwise. Refreshments from 6pm.", "18:30", "Civic Centre"),
    ("All meetings start at 7pm and are held at the Trades Hall, 54 Victoria St.",
     "19:00", "Trades Hall"),
    ("All our monthly meetings begin at 19:30 and take place in the Lecture Theatre.",
     "19:30", "Lecture Theatre"),
    ("Each of the club sessions starts at 10am and is held in the Scout Hut (Park Lane).",
     "10:00", "Scout Hut"),
    ("Alle Treffen beginnen jeweils um 19 Uhr und finden im Gewerkschaftshaus statt.",
     "19:00", "Gewerkschaftshaus"),
])
# fmt: on
def test_a_list_time_and_place_apply_to_bare_date_lines(rule, time, place):
    page = f"Branch meetings 2025\n\n{rule}\n\nTuesday 14 January\nTuesday 11 February\n"
    got = _meetings(page)
    assert [m.date for m in got] == ["2025-01-14", "2025-02-11"]
    for m in got:
        assert m.start_time == time and place in _where(m), (m.start_time, _where(m))


# fmt: off
@pytest.mark.parametrize("line,time,title,place", [
    ("Tuesday 11 March – Annual General Meeting (6pm start, Council Chamber)",
     "18:00", "Annual General Meeting", "Council Chamber"),
    ("Tuesday 11 March – AGM (7.15pm sharp, Main Hall)", "19:15", "AGM", "Main Hall"),
    ("Tuesday 11 March - Special meeting (6pm, Room 5)", "18:00", "Special meeting", "Room 5"),
])
# fmt: on
def test_a_time_opening_a_parenthesis_after_the_title(line, time, title, place):
    rule = "All meetings begin at 6.30pm and are held in the Civic Centre."
    page = f"Branch meetings 2025\n\n{rule}\n\nTuesday 11 February\n{line}\n"
    m = _meetings(page)[1]
    assert (m.date, m.start_time, m.title) == ("2025-03-11", time, title)
    assert place in _where(m) and "Civic" not in _where(m)


# fmt: off
@pytest.mark.parametrize("gap", [
    "August – no meeting (summer recess)",
    "August: no meetings",
    "Juli – kein Treffen (Sommerpause)",
    "Août : pas de réunion",
    "Enero: no hay reunión",
])
# fmt: on
def test_a_no_meeting_line_is_no_place(gap):
    page = (
        "Branch meetings 2025\n\nAll meetings begin at 7pm and are held in the Civic Centre.\n\n"
        f"Tuesday 8 July\n{gap}\nTuesday 9 September\n"
    )
    got = _meetings(page)
    assert [(m.date, m.start_time) for m in got] == [("2025-07-08", "19:00"), ("2025-09-09", "19:00")]
    for m in got:
        assert "Civic Centre" in _where(m) and "meeting" not in _where(m).lower()


def test_a_remark_on_a_date_line_is_no_place_when_the_list_gives_one():
    page = (
        "Branch meetings 2025\n\nAll meetings begin at 7pm and are held in the Civic Centre.\n\n"
        "Tuesday 14 October – CANCELLED (National Delegate Conference week)\n"
        "Tuesday 11 November\n"
    )
    first, second = _meetings(page)
    assert first.status == "cancelled" and "Civic Centre" in _where(first)
    assert "Civic Centre" in _where(second)


def test_the_last_date_of_a_run_does_not_take_the_next_paragraph_as_its_entry():
    page = (
        "Branch meetings 2025\n\nAll meetings begin at 7pm and are held in the Civic Centre.\n\n"
        "Tuesday 11 November\nTuesday 9 December\n\nStewards' Committee\n"
        "The stewards meet on Thursdays; see the notice board for dates and rooms.\n"
    )
    got = _meetings(page)
    assert [(m.date, m.title) for m in got] == [("2025-11-11", None), ("2025-12-09", None)]


# A card's month/day badge above its own date line -----------------------------------------------
def _card(month: str, day: str, title: str, when: str) -> str:
    return (
        f'<div class="card"><div class="badge"><span class="m">{month}</span>'
        f'<span class="d">{day}</span></div><h3>{title}</h3><p>{when}</p>'
        "<p>Lederle Graduate Research Tower, Room 1634</p></div>"
    )


# fmt: off
@pytest.mark.parametrize("month,day,when", [
    ("SEP", "13", "Wednesday, September 13, 2023 · 4:00 p.m."),
    ("Sep", "13", "Wednesday, September 13, 2023 · 4:00 p.m."),
    ("13", "SEP", "Wed 13 Sep 2023, 16:00"),
    ("Wed", "13 Sep", "Wednesday, September 13, 2023 · 4:00 p.m."),
    ("SEPT", "13", "September 13, 2023 — Time TBA"),
])
# fmt: on
def test_a_date_badge_is_no_meeting(month, day, when):
    page = "<html><body><h1>Colloquium</h1>" + _card(month, day, "Dark matter", when)
    page += _card("SEP", "20", "Twisted bilayers", "Wednesday, September 20, 2023 · 4:00 p.m.")
    listing = parse(page, as_of=date(2023, 9, 1))
    assert [m.date for m in listing.meetings] == ["2023-09-13", "2023-09-20"]
    assert "Lederle" in _where(listing.meetings[0])
    assert any("badge" in w.reason for w in listing.warnings)  # warned, not dropped silently


def test_a_text_page_with_badges():
    page = (
        "Colloquium, Fall 2023\n\nSEP 13\nDark matter\nWednesday, September 13, 2023, 4 pm\n"
        "Room 1634\n\nSEP 20\nTwisted bilayers\nWednesday, September 20, 2023, 4 pm\nRoom 1634\n"
    )
    got = parse(page, as_of=date(2023, 9, 1)).meetings
    assert [(m.date, m.start_time) for m in got] == [("2023-09-13", "16:00"), ("2023-09-20", "16:00")]


# fmt: off
@pytest.mark.parametrize("page", [
    "Club\n\nSep 13\n\nSep 20, 7 pm, Main Hall\n",  # another day: both kept
    "Club\n\nSep 13\n" + "Notes\n" * 12 + "\nSep 13, 7 pm, Main Hall\n",  # too far to be a badge
])
# fmt: on
def test_a_date_line_that_is_no_badge_stays(page):
    got = parse(page, as_of=date(2023, 9, 1)).meetings
    assert len(got) == 2


# An agenda of date headings over <li> entries: "10h : Title – Place" ------------------------------
# fmt: off
@pytest.mark.parametrize("entry,time,title,place", [
    ("<strong>10h</strong> : Atelier vélo – Maison de quartier de Doulon",
     "10:00", "Atelier vélo", "Maison de quartier de Doulon"),
    ("<strong>19h</strong> : Ciné-débat : « Les Glaneurs et la Glaneuse » – Cinéma Le Concorde, "
     "79 boulevard de l'Égalité", "19:00", "Ciné-débat : « Les Glaneurs et la Glaneuse »",
     "Cinéma Le Concorde"),
    ("<strong>9h30</strong> : Nettoyage des berges – rendez-vous au pont de la Tortière",
     "09:30", "Nettoyage des berges", "pont de la Tortière"),
    ("<strong>14h</strong> : Assemblée générale annuelle de l'association des habitants du "
     "quartier – Maison des associations, 18 boulevard Vincent Gâche", "14:00",
     "Assemblée générale annuelle de l'association des habitants du quartier",
     "Maison des associations"),
    ("<b>14h30</b> – Balade urbaine – départ place du Bouffay", "14:30", "Balade urbaine",
     "place du Bouffay"),
    ("<strong>19h</strong> : Conférence : l'eau, un bien commun – Salle Vasse, 18 rue Colbert",
     "19:00", "Conférence : l'eau, un bien commun", "Salle Vasse"),
    ("<strong>10h-12h</strong> : Atelier compost – jardin partagé des Dervallières",
     "10:00", "Atelier compost", "jardin partagé des Dervallières"),
    ("7 pm — Book talk — Trades Hall, 54 Victoria St", "19:00", "Book talk", "Trades Hall"),
])
# fmt: on
def test_an_agenda_entry_title_dash_place(entry, time, title, place):
    page = (
        '<html lang="fr"><body><h1>Agenda</h1><h3>Samedi 16 mars</h3>'
        f"<ul><li>{entry}</li></ul><h3>Samedi 23 mars</h3>"
        "<ul><li><strong>15h</strong> : Goûter – médiathèque Jacques Demy</li></ul></body></html>"
    )
    m = _meetings(page, as_of=date(2024, 3, 1))[0]
    assert (m.date, m.start_time, m.title) == ("2024-03-16", time, title)
    assert place in _where(m)


# fmt: off
@pytest.mark.parametrize("entry,title,place", [
    ("7pm Panel: The housing crisis, Room 4, Union Hall", "Panel: The housing crisis", "Room 4"),
    ("10:00 Storytime, Central Library, 343 Main St.", "Storytime", "Central Library"),
])
# fmt: on
def test_a_dash_inside_the_title_stays_in_it(entry, title, place):
    page = f"Events\n\nSaturday, March 9\n{entry}\n8pm Choir, Church Hall\n"
    m = _meetings(page, as_of=date(2024, 3, 1))[0]
    assert m.title == title and place in _where(m)


# Several dates on one line after a shared time or lead-in ---------------------------------------
# fmt: off
@pytest.mark.parametrize("line,dates,time,place", [
    ("Thursdays at 12.30pm, Room 4.12, Union Office: 16 January, 20 February, 20 March and "
     "17 April. Dates for the rest of the year will be set at the AGM.",
     ["2025-01-16", "2025-02-20", "2025-03-20", "2025-04-17"], "12:30", "Union Office"),
    ("Mondays, 7 pm, Trades Hall: 3 February and 3 March",
     ["2025-02-03", "2025-03-03"], "19:00", "Trades Hall"),
    ("Every Saturday at 10am in the Scout Hut: 18 January, 25 January, 1 February",
     ["2025-01-18", "2025-01-25", "2025-02-01"], "10:00", "Scout Hut"),
])
# fmt: on
def test_a_lead_in_with_time_and_place_then_a_list_of_dates(line, dates, time, place):
    page = f"Branch 2025\n\nStewards' Committee\n{line}\n"
    got = _meetings(page, as_of=date(2024, 12, 12))
    assert [m.date for m in got] == dates
    for m in got:
        assert m.start_time == time and place in _where(m)


# fmt: off
@pytest.mark.parametrize("line,dates,time", [
    ("Taller (3 encuentros): jueves 2, 9 y 16 de mayo de 18 a 20 h, Vecinal Barrio Ludueña",
     ["2024-05-02", "2024-05-09", "2024-05-16"], "18:00"),
    ("Reading group: Tuesdays 7, 14 and 21 May, 7 pm, Main Library",
     ["2024-05-07", "2024-05-14", "2024-05-21"], "19:00"),
    ("Atelier : les 4, 11 et 18 mai 2024 à 14h, Maison des associations",
     ["2024-05-04", "2024-05-11", "2024-05-18"], "14:00"),
    ("Kurs: 6., 13. und 20. Mai 2024, 18 Uhr, Gewerkschaftshaus",
     ["2024-05-06", "2024-05-13", "2024-05-20"], "18:00"),
])
# fmt: on
def test_days_listed_before_their_month(line, dates, time):
    got = _meetings(f"Programm\n\n{line}\n", as_of=date(2024, 3, 1))
    assert [(m.date, m.start_time) for m in got] == [(d, time) for d in dates]


# fmt: off
@pytest.mark.parametrize("line,dates", [
    ("3 Termine: Do., 18.04., 25.04. und 02.05.2024, jeweils 18:00–19:30 Uhr",
     ["2024-04-18", "2024-04-25", "2024-05-02"]),
    ("Di., 7.5., 14.5. und 21.5.2024, 19 Uhr", ["2024-05-07", "2024-05-14", "2024-05-21"]),
    ("Sa., 4.5. und 11.5., 10 Uhr", ["2024-05-04", "2024-05-11"]),
])
# fmt: on
def test_short_dotted_dates_in_a_list(line, dates):
    page = f"Programm\n\n{line}\nCafé Kabale, Geismar Landstraße 19\n"
    got = _meetings(page, as_of=date(2024, 3, 1))
    assert [m.date for m in got] == dates
    assert all("Kabale" in _where(m) for m in got)


def test_a_number_before_a_date_that_is_no_day_stays_in_the_title():
    got = _meetings("Talks\n\nRoom 12, 16 May 2024, 7 pm, Main Library\n", as_of=date(2024, 3, 1))
    assert [m.date for m in got] == ["2024-05-16"]


# A table whose header row names the title and the place columns ---------------------------------
# fmt: off
@pytest.mark.parametrize("title,place", [
    ("LEGO Build Club (ages 6-12)", "Westgate Branch"),
    ('Author Talk: Linda Park, "The Salt Road"', "Central Library, Auditorium"),
    ("Park clean-up", "Riverside Branch"),
    ("Hall of Fame night", "Eastside Branch, Meeting Room A"),
])
# fmt: on
@pytest.mark.parametrize("header", [
    "Date | Time | Event | Location",
    "Date | Time | Title | Where",
    "Datum | Zeit | Veranstaltung | Ort",
])
def test_a_header_row_says_which_cell_is_the_place(header, title, place):
    rows = [
        f"Tue 3/5 | 4:00 PM – 5:00 PM | {title} | {place}",
        "Wed 3/6 | 10:00 AM – 11:00 AM | Toddler Storytime | Maple Heights Branch",
    ]
    html = "<table>" + "".join(
        "<tr>" + "".join(f"<td>{c.strip()}</td>" for c in r.split("|")) + "</tr>"
        for r in [header, *rows]
    ) + "</table>"
    page = f"<html><body><h1>Events Calendar</h1><p>March 2024</p>{html}</body></html>"
    first, second = _meetings(page, as_of=date(2024, 3, 1))
    assert (first.date, first.start_time, first.title) == ("2024-03-05", "16:00", title)
    assert place.partition(",")[0] in _where(first) and "Maple" not in _where(first)
    assert second.title == "Toddler Storytime" and "Maple Heights Branch" in _where(second)


def test_a_markdown_table_with_a_header_row():
    page = (
        "# Tenants' union\n\n| Date | Time | What | Where |\n|------|------|------|-------|\n"
        "| 09/01/2024 | 19:00–21:00 | General meeting | Quaker Meeting House, 188 Woodhouse Lane |\n"
        "| 23/01/2024 | 11:00–14:00 | Door-knocking: Hyde Park **CANCELLED** | Meet at the park gates |\n"
    )
    first, second = _meetings(page, as_of=date(2024, 1, 1))
    assert first.title == "General meeting" and "Quaker Meeting House" in _where(first)
    assert second.title == "Door-knocking: Hyde Park" and second.status == "cancelled"
    assert "park gates" in _where(second)


# Dates that are no meeting's: an e-mail's header, a rain date, a closure -------------------------
# fmt: off
@pytest.mark.parametrize("line", [
    "Sent: Monday, October 2, 2023 9:14 AM",
    "Gesendet: Montag, 2. Oktober 2023 09:14",
    "Envoyé : lundi 2 octobre 2023 09:14",
    "Enviado el: lunes, 2 de octubre de 2023 9:14",
    "Rain date: Sunday, October 29.",
    "The hall is closed for floor sanding from 23rd to 27th October.",
    "The library will be closed on Monday, October 9 for the holiday.",
])
# fmt: on
def test_a_date_that_is_no_meetings_is_warned_about(line):
    page = f"Society news\n\n{line}\n\nWednesday, October 4, 2023, 5:15 p.m.\nHartwell Hall, Room 12\n"
    listing = parse(page, as_of=date(2023, 10, 1))
    assert [m.date for m in listing.meetings] == ["2023-10-04"]
    assert any(w.line == 3 for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("status_line,status", [
    ("Die Veranstaltung entfällt.", "cancelled"),
    ("Der Kurs entfällt leider.", "cancelled"),
    ("Fällt wegen Krankheit aus.", "cancelled"),
])
# fmt: on
def test_a_status_on_the_line_after_an_entry(status_line, status):
    page = f"Programm\n\nDo., 11.04.2024, 19:30 Uhr\nAltes Rathaus, Festsaal\n{status_line}\n"
    m = _meetings(page, as_of=date(2024, 3, 1))[0]
    assert m.status == status and "Altes Rathaus" in _where(m)


# fmt: off
@pytest.mark.parametrize("time_line,time,tz", [
    ("Time: 20:00 (GMT+3) / 17:00 (GMT)", "20:00", "GMT+3"),
    ("Time: 7 pm ET / 4 pm PT", "19:00", None),
    ("Uhrzeit: 19:30 Uhr (MEZ), Einlass ab 19 Uhr", "19:30", None),
    ("Heure : 18h30 (heure de Paris)", "18:30", None),
])
# fmt: on
def test_a_time_line_with_a_second_zone(time_line, time, tz):
    page = f"Online meeting (Zoom)\nDate: Saturday, 30 March 2024\n{time_line}\n"
    m = _meetings(page, as_of=date(2024, 3, 1))[0]
    assert m.start_time == time
    if tz:
        assert m.tz_hint == tz


# A dateline over an article whose first sentence names a meeting ---------------------------------
# fmt: off
@pytest.mark.parametrize("dateline,lead", [
    ("17 July 2023", "The party will hold a public meeting in Colombo on Friday, 21 July at "
     "3.30 p.m. at the Public Library Auditorium to discuss the crisis."),
    ("Monday, July 17, 2023", "Our branch meets in Colombo on Friday, July 21 at 3:30 p.m. "
     "in the Public Library Auditorium; everyone is welcome to attend."),
    ("July 17, 2023", "Members will gather in Colombo on Friday, July 21, at 3.30 pm at the "
     "Public Library Auditorium for a public meeting on the crisis."),
])
# fmt: on
def test_a_dateline_over_a_lead_with_its_own_date_and_time(dateline, lead):
    page = (
        f"Public meetings on the crisis\n\nBy the party\n{dateline}\n\n{lead}\n\n"
        "Colombo\nDate and time: Friday, 21 July, 3.30 p.m.\n"
        "Venue: Public Library Auditorium, Colombo 07\n"
    )
    listing = parse(page)
    assert listing.as_of.isoformat() == "2023-07-17"
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2023-07-21", "15:30")]  # the lead's copy of the meeting is warned about
    assert "Public Library" in _where(listing.meetings[0])


# fmt: off
@pytest.mark.parametrize("label", [
    "Date and time:", "Date & time:", "Datum und Uhrzeit:", "Date et heure :", "Fecha y hora:",
])
# fmt: on
def test_a_date_and_time_label(label):
    page = f"Meetings\n\nColombo\n{label} Friday, 21 July 2023, 15:30\nVenue: Public Library\n"
    m = _meetings(page, as_of=date(2023, 7, 1))[0]
    assert (m.date, m.start_time) == ("2023-07-21", "15:30")
    assert m.place != label.rstrip(" :") and "Public Library" in _where(m)


def test_a_sentence_about_another_meeting_on_the_same_day_stays():
    page = (
        "News\n\nThe branch will also meet in Kandy on Friday, 21 July at 3.30 p.m. at the "
        "Kandy City Centre Hall for members from the hill country.\n\n"
        "Colombo\nDate and time: Friday, 21 July, 3.30 p.m.\nVenue: Public Library Auditorium\n"
    )
    got = _meetings(page, as_of=date(2023, 7, 1))
    assert len(got) == 2


# A notice that a meeting listed on the page is cancelled ----------------------------------------
# fmt: off
@pytest.mark.parametrize("notice,status,lang", [
    ("La charla del 28 de marzo queda suspendida por duelo.", "cancelled", "es"),
    ("Please note: the talk on March 28 has been cancelled.", "cancelled", "en"),
    ("Der Vortrag am 28. März wird verschoben.", "postponed", "de"),
    ("La conférence du 28 mars est annulée.", "cancelled", "fr"),
])
# fmt: on
def test_a_status_notice_marks_the_listed_meeting(notice, status, lang):
    page = (
        "Talks\n\n28.03.2024, 19:00\nAuditorio del Centro Cultural, Mitre 1350\n\n"
        "04.04.2024, 19:00\nAuditorio del Centro Cultural, Mitre 1350\n\n"
        f"{notice}\n"
    )
    listing = parse(page, as_of=date(2024, 3, 1), lang=lang)
    got = [(m.date, m.status) for m in listing.meetings]
    assert got == [("2024-03-28", status), ("2024-04-04", "scheduled")]
    assert any("read as its status" in w.reason for w in listing.warnings)


def test_a_status_line_for_a_date_not_listed_stays_a_meeting():
    page = "Talks\n\nThursday 4 April 2024, 19:00\nAuditorio, Mitre 1350\n\nThe talk on March 28 is cancelled.\n"
    got = [(m.date, m.status) for m in parse(page, as_of=date(2024, 3, 1)).meetings]
    assert ("2024-03-28", "cancelled") in got


# A long entry that opens with its date (or range) and a colon -------------------------------------
# fmt: off
@pytest.mark.parametrize("line,start,end", [
    ("Saturday, April 20 – Sunday, April 21: Los Angeles Times Festival of Books, USC campus, "
     "Los Angeles, CA (schedule to be announced)", "2024-04-20", "2024-04-21"),
    ("April 20: Los Angeles Times Festival of Books, a weekend of readings, panels and signings "
     "across the USC campus, Los Angeles, CA (schedule to be announced)", "2024-04-20", None),
    ("Sat 20 April – Festival of Books, a weekend of readings, panels and signings across the "
     "whole campus of the university, Los Angeles, CA", "2024-04-20", None),
])
# fmt: on
def test_a_long_entry_opening_with_its_date(line, start, end):
    got = _meetings(f"FESTIVALS\n{line}\n", as_of=date(2024, 3, 1))
    assert [(m.date, m.end_date) for m in got] == [(start, end)]
    assert "Los Angeles" in _where(got[0])


@pytest.mark.parametrize("text", ["April 21:30", "Mar 7:30 pm"])
def test_a_colon_and_digits_after_a_day_are_still_a_time(text):
    from eventmap.ingest.when import find_date

    assert find_date(text) is None


# A detail line with the fee or how to sign up is no place -------------------------------------
# fmt: off
@pytest.mark.parametrize("fee", [
    "8,00 €", "€ 12", "£5", "$10 per person", "35,00 € inkl. Fahrt", "entgeltfrei",
    "entgeltfrei, Anmeldung erforderlich", "Eintritt frei", "Entrée libre", "Entrada gratuita",
    "Free admission", "Registration required", "Register: example.org/online",
    "Inscription obligatoire", "Booking essential",
])
# fmt: on
def test_a_fee_or_signup_line_is_no_place(fee):
    page = f"Programm\n\nMo., 22.04.2024, 19:00 Uhr\n{fee}\n\nMo., 06.05.2024, 19:00 Uhr\nAltes Rathaus\n"
    first, second = _meetings(page, as_of=date(2024, 3, 1))
    assert _where(first) == "" and "Altes Rathaus" in _where(second)


# fmt: off
@pytest.mark.parametrize("text,venue,room", [
    ("Committee Room 2, Riverside Civic Centre", "Riverside Civic Centre", "Committee Room 2"),
    ("Seminar Room 4.12, Union Office", "Union Office", "Seminar Room 4.12"),
    ("Green Room B2, Arts Centre", "Arts Centre", "Green Room B2"),
])
# fmt: on
def test_a_named_room_with_its_number_first_is_the_room(text, venue, room):
    from eventmap.ingest.places import split_venue_room

    assert split_venue_room(text) == (venue, room)


def test_a_repeated_header_row_gives_the_roles_of_the_rows_under_it():
    page = (
        "Events\n\nDate | Time | Event | Location\n"
        "Tue 3/5 | 4:00 PM | LEGO Build Club | Westgate Branch\n"
        "Date | Time | Location | Event\n"
        "Wed 3/6 | 10:00 AM | Maple Heights Branch | Park Walk Club\n"
    )
    first, second = _meetings(page, as_of=date(2024, 3, 1))
    assert (first.title, first.venue) == ("LEGO Build Club", "Westgate Branch")
    assert (second.title, second.venue) == ("Park Walk Club", "Maple Heights Branch")
