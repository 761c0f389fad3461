"""Dates that are no meeting's, by pattern (what the third held-out corpus, tests/ingest/corpus/
holdout3, read as extra meetings): deadlines and sign-up dates, footers and bylines, closures and
"no meeting" notices, a week's heading. Each is warned about, naming its line; the rows that
must stay meetings are beside them. The rows are variants written from the pattern, in the
languages the parser reads, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.asof import DATELINE, is_byline
from eventmap.ingest.parse import parse

AS_OF = date(2026, 1, 10)
MEETING = "Wednesday 4 March 2026, 7.30pm\nTrades Hall, Room 12\n"


def _not_a_meeting(line: str, *, below: bool = False, lang: str | None = None) -> None:
    """``line`` on a page with one meeting gives no meeting of its own and a warning naming it."""
    page = (
        f"Society news\n\n{MEETING}\n{line}\n" if below else f"Society news\n\n{line}\n\n{MEETING}"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-03-04", "19:30")]
    number = 6 if below else 3
    warned = [w for w in listing.warnings if w.line == number]
    assert warned and warned[0].text == line and "not a meeting" in warned[0].reason


def _meeting_dates(line: str, lang: str | None = None) -> list[str]:
    listing = parse(f"Society news\n\n{line}\n", as_of=AS_OF, lang=lang)
    return [m.date for m in listing.meetings]


# Deadlines and sign-up dates --------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Pre-orders for the new book close Sun 15 Feb.", None),
    ("Submissions on the budget close on 27 February.", None),
    ("Registration opens Dec. 15 for programs that require it.", None),
    ("Bookings open Monday, 2 February.", None),
    ("Nominations close: Friday 20 February", None),
    ("RSVP by Friday, 27 February.", None),
    ("Please book by 27 February.", None),
    ("Tickets on sale from Monday 2 February", None),
    ("Plazo de inscripción: hasta el 5 de febrero.", "es"),
    ("Inscripciones abiertas hasta el 5 de febrero", "es"),
    ("Les inscriptions sont ouvertes jusqu'au 12 février.", "fr"),
    ("Inscriptions jusqu’au 12 février 2026", "fr"),
    ("Anmeldung ab 4. Februar 2026", "de"),
    ("Anmeldeschluss: 10. Februar 2026", "de"),
    ("Anmeldung bis spätestens 10. Februar", "de"),
])
# fmt: on
def test_a_deadline_or_sign_up_date_is_no_meeting(line, lang):
    _not_a_meeting(line, lang=lang)


# fmt: off
@pytest.mark.parametrize("line,lang,dates", [
    ("Registration and coffee from 9am, Saturday 7 March", None, ["2026-03-07"]),
    ("Closing rally, Sunday 8 March, 2pm, Victoria Square", None, ["2026-03-08"]),
    ("Exhibition opens Saturday 7 March, 6pm, Gallery 2", None, ["2026-03-07"]),
    ("Book launch, Thursday 5 March, 7pm, Housmans Bookshop", None, ["2026-03-05"]),
    ("Nominations meeting: Tuesday 3 March, 7pm, Room 4", None, ["2026-03-03"]),
    ("Open meeting, Saturday 7 March, 2pm, Union Hall", None, ["2026-03-07"]),
    ("Week of action: Saturday 7 March, 11am, Market Square", None, ["2026-03-07"]),
    ("Kurs ab Mittwoch, 4. März, 18 Uhr, Volkshaus", "de", ["2026-03-04"]),
    ("Friday 6 March, 7pm, Union Hall (booking closes Wednesday 4 March)", None, ["2026-03-06"]),
])
# fmt: on
def test_lines_near_those_words_stay_meetings(line, lang, dates):
    assert _meeting_dates(line, lang) == dates


# Footers and bylines ----------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Page last modified 9 December 2025", None),
    ("Last modified: 9 December 2025", None),
    ("Related: SEP statement, 28 December 2025", None),
    ("See also: our statement of 28 December 2025", None),
    ("Zuletzt geändert am 9. Dezember 2025", "de"),
    ("Siehe auch: Erklärung vom 28. Dezember 2025", "de"),
    ("Modifié le 9 décembre 2025", "fr"),
    ("Voir aussi : déclaration du 28 décembre 2025", "fr"),
    ("Ver también: declaración del 28 de diciembre de 2025", "es"),
])
# fmt: on
def test_a_footer_date_is_no_meeting(line, lang):
    _not_a_meeting(line, below=True, lang=lang)


# fmt: off
@pytest.mark.parametrize("byline", [
    "Socialist Equality Party, 3 February 2027",
    "By Jane Doe, 3 February 2027",
    "3 February 2027, by Jane Doe",
    "By the Editorial Board | 3 February 2027",
    "Tuesday, 3 February 2027",
])
# fmt: on
def test_a_byline_date_is_the_pages_date(byline):
    page = (
        "<html><body><h1>Public meetings: Stop the war drive</h1>"
        f"<p class='byline'>{byline}</p>"
        "<p>The party is holding public meetings in cities around the country, and every "
        "worker and young person who opposes the war drive is invited to attend.</p>"
        "<div class='card'><h3>Sydney</h3><p>Sunday 14 February, 2pm (AEDT)</p>"
        "<p>Redfern Town Hall, 73 Pitt Street, Redfern NSW 2016</p></div></body></html>"
    )
    listing = parse(page, today=date(2026, 12, 1))
    assert (listing.as_of, listing.as_of_origin) == (date(2027, 2, 3), DATELINE)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-02-14", "14:00")]
    assert any(byline in w.text and "dateline" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("text,named", [
    ("Socialist Equality Party", True),
    ("By Jane Doe", True),
    ("von der Redaktion", True),
    ("Par la rédaction", True),
    ("Trades Hall", False),
    ("Town Hall, Room 4", False),
    ("Meeting at 7pm", False),
    ("Hall 2", False),
    ("the meeting will be held in", False),
])
# fmt: on
def test_what_reads_as_a_byline(text, named):
    assert is_byline(text) is named


def test_a_place_beside_a_dated_line_over_prose_stays_a_meeting():
    page = (
        "Public meeting\n\nTrades Hall, 3 February 2027\n"
        "The branch invites every worker and young person who opposes the war to attend and to "
        "discuss the way forward.\n"
    )
    listing = parse(page, today=date(2026, 12, 1))
    assert [m.date for m in listing.meetings] == ["2027-02-03"]


# Closures and "no meeting" ----------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Our Christmas break: no meetings between 19 December and 4 January.", None),
    ("Reception open Monday–Friday 9am–4pm (closed 24 Dec – 2 Jan)", None),
    ("The office is closed 24 December – 2 January.", None),
    ("Monday 19 January – Martin Luther King Day — Library closed", None),
    ("Mon, Jan 19 | Martin Luther King Jr. Day – All branches closed", None),
    ("Wed 18 Feb — Reading week, no seminar", None),
    ("Keine Treffen vom 19. Dezember bis 4. Januar", "de"),
    ("Büro geschlossen vom 24. Dezember bis 2. Januar", "de"),
    ("Samstag, 6. Juni: Bücherei geschlossen", "de"),
    ("Pas de réunion du 19 décembre au 4 janvier", "fr"),
    ("Mairie fermée du 24 décembre au 2 janvier", "fr"),
    ("No hay reunión del 19 de diciembre al 4 de enero", "es"),
    ("Cerrado del 24 de diciembre al 2 de enero", "es"),
])
# fmt: on
def test_a_closure_or_a_no_meeting_notice_is_no_meeting(line, lang):
    _not_a_meeting(line, lang=lang)


# fmt: off
@pytest.mark.parametrize("line,dates,status", [
    ("Closed meeting for members: Tuesday 3 March, 7pm, Room 4", ["2026-03-03"], "scheduled"),
    ("Saturday 7 March, 2pm – Rally against library closures, Central Library",
     ["2026-03-07"], "scheduled"),
    ("Friday 6 March, 7pm, Union Hall – CANCELLED, hall closed", ["2026-03-06"], "cancelled"),
    ("Saturday 7 March, 11am – No to war! rally, Market Square", ["2026-03-07"], "scheduled"),
])
# fmt: on
def test_lines_near_closure_words_stay_meetings(line, dates, status):
    listing = parse(f"Society news\n\n{line}\n", as_of=AS_OF)
    assert [m.date for m in listing.meetings] == dates
    assert listing.meetings[0].status == status


# fmt: off
@pytest.mark.parametrize("notice", [
    "Reading week — no seminar",
    "Half term: no class",
    "Vorlesungsfreie Woche – kein Seminar",
    "Vacances : pas de séance",
])
# fmt: on
def test_a_date_badge_over_a_no_meeting_notice_is_no_meeting(notice):
    page = (
        "<html><body><h1>Seminar series</h1>"
        "<div class='card'><div class='badge'><span>FEB</span> <span>10</span></div>"
        "<h4>Optimal transport</h4><p>Wed 10 Feb 2027 | 16:00–17:00 | Room 2.14</p></div>"
        "<div class='card'><div class='badge'><span>FEB</span> <span>17</span></div>"
        f"<p>{notice}</p></div>"
        "<div class='card'><div class='badge'><span>FEB</span> <span>24</span></div>"
        "<h4>Epidemiology</h4><p>Wed 24 Feb 2027 | 16:00–17:00 | Room 2.14</p></div>"
        "</body></html>"
    )
    listing = parse(page, as_of=date(2027, 1, 10))
    assert [m.date for m in listing.meetings] == ["2027-02-10", "2027-02-24"]
    assert any(notice in w.reason for w in listing.warnings)


# A week's heading -------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("heading,day,entries,lang", [
    ("Weekly What's On — w/c 7 December", "MONDAY 7 DECEMBER",
     ("09.30  Toddler Group (Main Hall)", "14.00  Chair Yoga (Garden Room)"), None),
    ("Week commencing 7 December", "Monday 7 December",
     ("9.30am  Toddler Group (Main Hall)", "2pm  Chair Yoga (Garden Room)"), None),
    ("Programme for the week beginning Monday 7 December", "Monday 7 December",
     ("9.30am  Toddler Group (Main Hall)", "2pm  Chair Yoga (Garden Room)"), None),
    ("Wochenprogramm – Woche vom 7. Dezember", "Montag, 7. Dezember",
     ("09:30  Krabbelgruppe (Saal)", "14:00  Yoga (Gartenraum)"), "de"),
    ("Programme de la semaine du 7 décembre", "Lundi 7 décembre",
     ("9h30  Éveil musical (Grande salle)", "14h  Yoga (Salle du jardin)"), "fr"),
    ("Programa de la semana del 7 de diciembre", "Lunes 7 de diciembre",
     ("09:30  Grupo de bebés (Salón)", "14:00  Yoga (Sala del jardín)"), "es"),
])
# fmt: on
def test_a_week_heading_is_no_meeting(heading, day, entries, lang):
    page = f"Community Centre\n{heading}\n\n{day}\n" + "\n".join(entries) + "\n"
    listing = parse(page, as_of=date(2026, 11, 30), lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-07", "2026-12-07"]
    assert [m.start_time[:2] for m in listing.meetings] == ["09", "14"]
    assert any(w.line == 2 and w.text == heading for w in listing.warnings)


# A page with all of them ------------------------------------------------------------------------
NEWSLETTER_PAGE = """Riverside Tenants' Association
Newsletter — Page last modified 9 December 2025

Registration opens Jan. 5 for the spring workshops.
Our Christmas break: no meetings between 19 December and 4 January.
The office is closed 24 December – 2 January.

General meeting
Wednesday 14 January 2026, 7pm
Community Hall, 12 River Street

Rally against evictions
Saturday 24 January 2026, 11am
Market Square

Nominations for the committee close Friday 30 January.

Related: Statement on rents, 28 November 2025
"""


def test_a_page_with_deadlines_closures_and_footers_gives_only_its_meetings():
    listing = parse(NEWSLETTER_PAGE, as_of=date(2025, 12, 10))
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2026-01-14", "19:00"), ("2026-01-24", "11:00")]
    warned = {w.line for w in listing.warnings}
    assert {2, 4, 5, 6, 16, 18} <= warned


# A city given only by a card's heading ------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("name,venue", [
    ("Sydney", "Redfern Town Hall<br>73 Pitt Street, Redfern NSW 2016"),
    ("Melbourne", "Brunswick Mechanics Institute<br>270 Sydney Road, Brunswick VIC 3056"),
    ("Wellington", "Newtown Community Centre<br>7 Constable Street, Newtown 6021"),
    ("Hamburg", "Gewerkschaftshaus<br>Besenbinderhof 57, 20097 Hamburg-St. Georg"),
    ("Le Havre", "Salle Franklin<br>119 cours de la République"),
])
# fmt: on
def test_a_name_heading_over_a_card_is_its_place(name, venue):
    page = (
        "<html><body><h1>Public meetings</h1><p>Meetings around the country.</p>"
        f"<div class='card'><h3>{name}</h3><p>Sunday 14 February, 2pm</p><p>{venue}</p></div>"
        "</body></html>"
    )
    (m,) = parse(page, as_of=date(2027, 2, 1)).meetings
    assert (m.date, m.start_time, m.place) == ("2027-02-14", "14:00", name)


# fmt: off
@pytest.mark.parametrize("above,heading", [
    ("", "Programm"), ("", "Seminars"), ("Society news\n\n", "MARCH"),
    ("Society news\n\n", "Public Meeting"), ("Society news\n\n", "Events"),
    ("Society news\n\n", "CANCELLED"), ("Society news\n\n", "Summer Programme"),
])
# fmt: on
def test_a_title_or_month_over_a_date_is_no_place(above, heading):
    page = f"{above}{heading}\n\nSunday 14 February, 2pm\nRedfern Town Hall\n"
    (m,) = parse(page, as_of=date(2027, 2, 1)).meetings
    assert m.place != heading and m.venue == "Redfern Town Hall"
