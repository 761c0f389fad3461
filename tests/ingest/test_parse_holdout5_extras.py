"""Dates that are no meeting's, by pattern (what the fifth held-out corpus, tests/ingest/corpus/
holdout5, read as extra meetings), the meetings beside them that must stay, and an entry's own
time under a time stated for the whole list. The rows are variants written from the pattern, in
the languages the parser reads, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 1, 10)


# fmt: off
@pytest.mark.parametrize("rule,entry,lang,time", [
    ("All meetings begin at 7.30pm in the Trades Hall.",
     "- Tuesday 10 February — Pensioners' section, 11am — Room 3", None, "11:00"),
    ("All meetings start at 7pm.",
     "- Thursday 12 February — Retired members' lunch, 12.30pm — POSTPONED — Room 3", None,
     "12:30"),
    ("Alle Versammlungen beginnen um 19 Uhr.",
     "- Dienstag, 10. Februar — Seniorengruppe, 10 Uhr — Raum 3", "de", "10:00"),
    ("Toutes les réunions commencent à 19 h.",
     "- mardi 10 février — Section des retraités, 14 h 30 — REPORTÉE — Salle 3", "fr", "14:30"),
    ("Todas las asambleas comienzan a las 18:00 h.",
     "- Martes, 10 de febrero — Asamblea de jubilados, 11:00 h — APLAZADA — Sala 3", "es",
     "11:00"),
    ("Todas las asambleas comienzan a las 18:00 h.",
     "- Martes, 10 de febrero — Asamblea de jubilados, 10.30 h — Sala 3", "es", "10:30"),
])
# fmt: on
def test_an_entrys_own_time_beats_the_lists(rule, entry, lang, time):
    text = f"Schedule 2026\n\n{rule}\n\n{entry}\n- Tuesday 17 February 2026\n"
    listing = parse(text, as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings][0] == time
    assert listing.meetings[0].date in ("2026-02-10", "2026-02-12")
    assert "3" in (listing.meetings[0].room or listing.meetings[0].venue or "")


MEETING = "Wednesday 4 March 2026, 7.30pm\nTrades Hall, Room 12\n"


def _not_a_meeting(line: str, lang: str | None = None, as_of: date | None = AS_OF) -> None:
    """``line`` on a page with one meeting gives no meeting of its own and a warning naming it."""
    listing = parse(f"Society news\n\n{line}\n\n{MEETING}", as_of=as_of, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-03-04", "19:30")]
    warned = [w for w in listing.warnings if w.line == 3]
    assert warned and warned[0].text == line and "not a meeting" in warned[0].reason


# fmt: off
@pytest.mark.parametrize("line,lang", [
    # a "latest articles" list's headline and its date
    ("• Dockers walk out at Felixstowe – 18 December 2025", None),
    ("Council votes through library cuts (2 January 2026)", None),
    ("[6 January 2026]", None),
    ("• Streik bei den Stadtwerken (8. Januar 2026)", "de"),
    ("Grève des éboueurs à Marseille (5 janvier 2026)", "fr"),
    ("Huelga en el metro de Barcelona (29 de diciembre de 2025)", "es"),
    # a notice's sign-off and the page's date written again
    ("Issued by the Branch Secretary, 10 January 2026", None),
    ("Berlin, den 9. Januar 2026", "de"),
    ("Paris, le 10 janvier 2026", "fr"),
    ("Sevilla, 7 de enero de 2026", "es"),
    # a past meeting mentioned in prose
    ("Thank you to all who came to the meeting on 6 January.", None),
    ("Rappel : l'assemblée générale a eu lieu le 5 janvier; le compte rendu est joint.", "fr"),
])
# fmt: on
def test_an_untimed_date_before_the_pages_own_is_no_meeting(line, lang):
    _not_a_meeting(line, lang)


# fmt: off
@pytest.mark.parametrize("line,lang,dates", [
    ("Saturday 3 January 2026, 2pm, Trades Hall", None, ["2026-01-03"]),  # a time: a meeting
    ("Samstag, 3. Januar 2026, 14 Uhr, Volkshaus", "de", ["2026-01-03"]),
    ("Monday 12 January 2026", None, ["2026-01-12"]),  # after the page's date
    ("Exhibition: 5 – 20 January 2026, Town Library", None, ["2026-01-05"]),  # still running
    ("Sábado, 17 de enero de 2026 — Salón de actos", "es", ["2026-01-17"]),
])
# fmt: on
def test_dates_beside_that_rule_stay_meetings(line, lang, dates):
    listing = parse(f"Society news\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates


def test_a_schedule_under_a_list_time_warns_of_its_past_entries():
    # An entry that writes its year and is before the page's date, beside entries still to
    # come, took place: holdout12's colloquium page counts one a single day before its date as
    # past, so no grace window keeps this one of three days before (test_parse_past_dated_entries)
    page = (
        "Branch schedule 2026\n\nAll meetings begin at 7.30pm in the Trades Hall.\n\n"
        "* Tuesday 6 January 2026\n* Tuesday 3 February 2026\n\nLondon, 9 January 2026\n"
        "The Branch Secretary\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-02-03", "19:30")]
    assert any(w.line == 5 and w.reason.startswith("past:") for w in listing.warnings)
    assert any(w.text == "London, 9 January 2026" for w in listing.warnings)


def test_a_related_list_under_a_dateline_without_as_of():
    page = (
        "Public meetings in January\n\nBy our correspondents\n10 January 2026\n\n"
        "The party will hold public meetings across the country this month to discuss the "
        "government's budget, which cuts health and education to pay for rearmament, and the "
        "fight against war. We call on workers and young people to attend.\n\n"
        "Leeds\nSaturday 24 January, 2pm\nLeeds Central Library, Calverley Street\n\n"
        "Related\n\n• Rail workers strike again – 9 January 2026\n"
        "• The budget and the war – 2 January 2026\n"
    )
    listing = parse(page, today=date(2026, 12, 1))
    assert listing.as_of == AS_OF
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-01-24", "14:00")]
    warned = {w.text for w in listing.warnings if "not a meeting" in w.reason}
    assert "• Rail workers strike again – 9 January 2026" in warned
    assert "• The budget and the war – 2 January 2026" in warned


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Ville de Liège · Mise à jour : 08/01/2026", "fr"),
    ("Issued by the District Secretary, 8 January 2026", None),
    ("Herausgegeben vom Vorstand am 8. Januar 2026", "de"),
    ("Emitido por la Secretaría el 8 de enero de 2026", "es"),
])
# fmt: on
def test_a_footers_update_or_issue_date_is_no_meeting_without_as_of(line, lang):
    _not_a_meeting(line, lang, as_of=None)


# fmt: off
@pytest.mark.parametrize("line,lang", [
    # a sign-up whose noun opens a long sentence, a ticket sale
    ("Nominations for the committee and for delegates to the annual delegate conference "
     "close on Friday 13 February 2026 at 5pm.", None),
    ("Tickets on sale Monday 2 February 2026, 9am, from the box office", None),
    ("Kartenvorverkauf ab Montag, 2. Februar, 10 Uhr, an der Abendkasse", "de"),
    ("Billetterie ouverte le lundi 2 février à 10 h", "fr"),
    ("Entradas a la venta el lunes 2 de febrero a las 10:00 h", "es"),
    # a holiday or a term break that starts or ends
    ("The half-term break begins on Monday 16 February.", None),
    ("Die Semesterferien beginnen am 16. Februar; neue Termine folgen.", "de"),
    ("Les vacances scolaires commencent le samedi 14 février.", "fr"),
    ("Las vacaciones de Semana Santa empiezan el 30 de marzo.", "es"),
    # a line that says there is no meeting (plural nouns)
    ("No assemblies during the Easter week (30 March – 5 April).", None),
    ("Keine Sitzungen in den Osterferien (30. März – 5. April).", "de"),
    ("Pas de réunions pendant les vacances (du 14 au 22 février).", "fr"),
    ("No hay asambleas en Semana Santa (del 30 de marzo al 5 de abril).", "es"),
    ("No hay reuniones en agosto (del 1 al 31 de agosto).", "es"),
])
# fmt: on
def test_a_footer_a_sale_a_break_or_no_meeting_is_warned_about(line, lang):
    _not_a_meeting(line, lang)


# fmt: off
@pytest.mark.parametrize("line,lang,dates", [
    ("Nominations meeting: Friday 13 February 2026, 7pm, Room 2", None, ["2026-02-13"]),
    ("Sale of work, Saturday 14 February 2026, 10am, Church Hall", None, ["2026-02-14"]),
    ("Meetings resume after the holidays on Tuesday 13 January, 7pm, Trades Hall", None,
     ["2026-01-13"]),
    ("Vorverkaufsparty im Volkshaus, Samstag, 14. Februar, 20 Uhr", "de", ["2026-02-14"]),
    ("Réunion de rentrée après les vacances : mardi 13 janvier à 19 h, Bourse du travail", "fr",
     ["2026-01-13"]),
])
# fmt: on
def test_lines_near_those_words_stay_meetings_too(line, lang, dates):
    listing = parse(f"Society news\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates


# fmt: off
@pytest.mark.parametrize("heading,closed,later,entry,lang", [
    ("Monday, February 16", "Closed in observance of Presidents' Day.", "Wednesday, February 18",
     "• 10:30 a.m. Story time, Children's Room", None),
    ("Monday, February 16", "All branches closed for Presidents' Day", "Wednesday, February 18",
     "• 4 p.m. Chess Club, Room 2", None),
    ("Montag, 16. Februar", "Geschlossen wegen Inventur.", "Mittwoch, 18. Februar",
     "• 10 Uhr Vorlesestunde, Kinderbuchecke", "de"),
    ("Lundi 16 février", "La médiathèque est fermée pour travaux.", "Mercredi 18 février",
     "• 14h30 – Heure du conte, Espace jeunesse", "fr"),
    ("Lunes 16 de febrero", "Biblioteca cerrada por inventario.", "Miércoles 18 de febrero",
     "• 17:00 h Taller de lectura, Sala 2", "es"),
])
# fmt: on
def test_a_date_heading_over_a_closure_is_no_meeting(heading, closed, later, entry, lang):
    page = f"Calendar\n\n{heading}\n\n{closed}\n\n{later}\n\n{entry}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-02-18"]
    assert any(w.text == heading and "not a meeting" in w.reason for w in listing.warnings)


def test_a_closed_meeting_under_a_date_stays_a_meeting():
    page = "Calendar\n\nMonday, February 16\n\nClosed meeting for members, 7 p.m., Room 2\n"
    assert [m.date for m in parse(page, as_of=AS_OF).meetings] == ["2026-02-16"]


# fmt: off
@pytest.mark.parametrize("header,lang,sent", [
    ("From: Riverside Tenants <sec@example.org>\nTo: members@example.org\n"
     "Date: Friday, 9 January 2026 at 18:40\nSubject: January meetings", None, date(2026, 1, 9)),
    ("Von: Kulturverein Linden <info@example.de>\nGesendet: Freitag, 9. Januar 2026 18:40\n"
     "An: mitglieder@example.de\nBetreff: Termine im Januar", "de", date(2026, 1, 9)),
    ("De : Ciné-club Lumière <info@example.ca>\nDate : ven. 9 janv. 2026 à 18 h 40\n"
     "À : membres@example.ca\nObjet : Programme de janvier", "fr", date(2026, 1, 9)),
    ("De: Asociación Vecinal <info@example.es>\nPara: socios@example.es\n"
     "Fecha: viernes, 9 de enero de 2026, 18:40\nAsunto: Reuniones de enero", "es",
     date(2026, 1, 9)),
])
# fmt: on
def test_an_e_mails_header_date_is_the_pages_date_not_a_meeting(header, lang, sent):
    page = (
        f"{header}\n\nDear members,\n\nThank you to all who came on 6 January.\n\n"
        "Saturday 24 January, 2pm – General meeting – Trades Hall, Room 12\n"
    )
    listing = parse(page, today=date(2026, 12, 1), lang=lang)
    assert (listing.as_of, listing.as_of_origin) == (sent, "dateline")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-01-24", "14:00")]
    assert any("on 6 January" in w.text for w in listing.warnings)


def test_a_date_label_under_a_meetings_title_is_no_e_mail_header():
    page = (
        "Public meetings\n\nKandy\nDate: Sunday, January 25, 2026\nTime: 2 p.m.\n"
        "Venue: Kandy Public Library Auditorium, Kandy\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-01-25", "14:00")]


# fmt: off
@pytest.mark.parametrize("days,entry,hours,lang,time", [
    (("Friday, February 20", "Saturday, February 21"),
     "• from 10 a.m. to 1 p.m. – Book sale – Lobby",
     "Opening hours\n\nTuesday – Friday: 10 a.m. – 6 p.m.\nSaturday: 10 a.m. – 4 p.m.\n"
     "Sunday and Monday: closed", None, "10:00"),
    (("Freitag, 20. Februar", "Samstag, 21. Februar"),
     "• von 10 bis 13 Uhr – Bücherflohmarkt – Foyer",
     "Öffnungszeiten\n\nDienstag – Freitag: 10 – 18 Uhr\nSamstag: 10 – 16 Uhr\n"
     "Sonntag und Montag: geschlossen", "de", "10:00"),
    (("Vendredi 20 février", "Samedi 21 février"),
     "• de 10h à 13h – Braderie de livres — Hall d'entrée",
     "Horaires d'ouverture\n\nMardi – vendredi : 10h – 18h\nSamedi : 10h – 16h\n"
     "Dimanche et lundi : fermé", "fr", "10:00"),
    (("Viernes 20 de febrero", "Sábado 21 de febrero"),
     "• de 10 a 13 h – Feria del libro usado — Vestíbulo",
     "Horario de atención\n\nMartes a viernes: 10 – 18 h\nSábado: 10 – 14 h\n"
     "Domingo y lunes: cerrado", "es", "10:00"),
])
# fmt: on
def test_opening_hours_under_a_calendar_are_no_entries(days, entry, hours, lang, time):
    page = (
        f"Agenda\n\n{days[0]}\n\n• 18:00 – Reading group – Room 2\n\n"
        f"{days[1]}\n\n{entry}\n\n{hours}\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-02-20", "18:00"), ("2026-02-21", time)
    ]  # fmt: skip


_MEETINGS_2027 = "Public meetings\n\nSaturday 16 January 2027, 2pm\nTrades Hall, Room 12\n\n"


# fmt: off
@pytest.mark.parametrize("footer,lang,day", [
    ("Last updated: 28 November 2026", None, date(2026, 11, 28)),
    ("Issued by the District Secretary, 27 November 2026", None, date(2026, 11, 27)),
    ("London, 27 November 2026\nThe Branch Committee", None, date(2026, 11, 27)),
    ("Stand: 26. November 2026", "de", date(2026, 11, 26)),
    ("Berlin, den 26. November 2026\nDer Vorstand", "de", date(2026, 11, 26)),
    ("Ville de Lyon · Mise à jour : 25/11/2026", "fr", date(2026, 11, 25)),
    ("Lyon, le 25 novembre 2026\nLe bureau de l'association", "fr", date(2026, 11, 25)),
    ("Sevilla, 24 de noviembre de 2026\nLa Secretaría General", "es", date(2026, 11, 24)),
    ("Última actualización: 24 de noviembre de 2026", "es", date(2026, 11, 24)),
])
# fmt: on
def test_a_footers_date_is_the_pages_date(footer, lang, day):
    page = f"{_MEETINGS_2027}{footer}\n"
    listing = parse(page, today=date(2026, 12, 1), lang=lang)
    assert (listing.as_of, listing.as_of_origin) == (day, "dateline")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-16", "14:00")]


# fmt: off
@pytest.mark.parametrize("last", [
    "Newcastle\nDate: Thursday, 4 February 2027\nTime: 2pm\nVenue: Hunter Building",
    "Portland, 20 February 2027\nCentral Library",
    "Leeds, 20 February 2027",
])
# fmt: on
def test_a_meeting_at_the_foot_of_the_page_is_no_footer(last):
    listing = parse(f"{_MEETINGS_2027}{last}\n", today=date(2026, 12, 1))
    assert listing.as_of_origin == "today"
    assert [m.date for m in listing.meetings] == ["2027-01-16", "2027-02-04" if "Date" in last
                                                   else "2027-02-20"]


_ONE_MEETING = "Public meetings\n\nLeeds\nSaturday 24 January 2026, 2pm\nLeeds Central Library\n\n"


# fmt: off
@pytest.mark.parametrize("heading,links,lang", [
    ("Related", ("• Rail workers strike again – 9 January 2026",
                 "• The budget and the war – 2 January 2026"), None),
    ("Latest articles", ("Nurses vote to strike (8 January 2026)",
                         "Council cuts library hours (30 December 2025)"), None),
    ("See also:", ("Dockers walk out at Felixstowe", "[7 January 2026]"), None),
    ("Weitere Artikel", ("• Streik bei Ford (9. Januar 2026)",
                         "• Haushalt beschlossen (2. Januar 2026)"), "de"),
    ("Lire aussi :", ("Grève des éboueurs à Marseille (8 janvier 2026)",
                      "Le budget de l'armée (29 décembre 2025)"), "fr"),
    ("Lea también:", ("Huelga de médicos en Madrid (9 de enero de 2026)",
                      "La militarización de la frontera (2 de enero de 2026)"), "es"),
    ("Noticias relacionadas", ("Huelga en el metro (7 de enero de 2026)",), "es"),
])
# fmt: on
def test_dated_links_under_a_related_heading_are_no_meetings(heading, links, lang):
    page = _ONE_MEETING + heading + "\n\n" + "\n".join(links) + "\n"
    listing = parse(page, today=date(2026, 12, 1), lang=lang)  # the page gives no date of its own
    assert [m.date for m in listing.meetings] == ["2026-01-24"]
    warned = {w.text for w in listing.warnings if "not a meeting" in w.reason}
    assert {t for t in links if any(c.isdigit() for c in t)} <= warned


def test_a_meeting_after_a_related_list_stays_a_meeting():
    page = (
        "Related\n\n• Rail workers strike again – 9 January 2026\n\n"
        "Public meetings\n\nSaturday 24 January 2026, 2pm\nLeeds Central Library\n"
    )
    listing = parse(page, today=date(2026, 12, 1))
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-01-24", "14:00")]
