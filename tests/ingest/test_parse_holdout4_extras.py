"""Dates that are no meeting's, by pattern (what the fourth held-out corpus, tests/ingest/corpus/
holdout4, read as extra meetings): a date right after "before"/"avant"/"antes de", a closure
named by its noun ("Fermeture exceptionnelle le …", "Closure: …"), a table row or line saying
there is no screening or performance, a report of the past ("el pasado 3 de marzo", "le 3 mars
dernier"), a timestamp with seconds (an e-mail's ``Date:`` header), a footer in Markdown
emphasis ("_Updated 3 March._"). Each is warned about, naming its line; the rows that must stay
meetings are beside them. The rows are variants written from the pattern, not copied from the
corpus."""

from __future__ import annotations

from datetime import date

import pytest

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


# A date right after "before" ------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Volunteers should write to the branch secretary before 12 February.", None),
    ("Send your motions to the committee before Friday, 20 February", None),
    ("Merci de confirmer votre présence avant le 12 février.", "fr"),
    ("Les textes sont à envoyer avant le vendredi 20 février 2026", "fr"),
    ("Por favor, confirmad la asistencia antes del 12 de febrero.", "es"),
    ("Las propuestas se reciben antes del jueves 19 de febrero", "es"),
])
# fmt: on
def test_a_date_after_before_is_no_meeting(line, lang):
    _not_a_meeting(line, lang=lang)


# Closures named by their noun -----------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Exceptional closure: Monday 16 February (staff training).", None),
    ("Library closure Monday 16 February", None),
    ("Fermeture exceptionnelle le lundi 16 février pour inventaire.", "fr"),
    ("Fermeture : mardi 17 février", "fr"),
    ("Cierre: lunes 16 de febrero por inventario.", "es"),
    ("Schließung am Montag, 16. Februar wegen Inventur", "de"),
    ("Schließtag: 16. Februar 2026", "de"),
])
# fmt: on
def test_a_closure_named_by_its_noun_is_no_meeting(line, lang):
    _not_a_meeting(line, lang=lang)


# "No screening", "keine Vorführung" -----------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Fri 13 Feb | – | No screening (half term) |", None),
    ("Sunday 15 February – no performance (Carnival)", None),
    ("Thursday 12 February: no reading this week", None),
    ("Fr 13.02. | keine Vorführung (Karneval) |", "de"),
    ("vendredi 13 février — pas de projection (vacances)", "fr"),
    ("viernes 13 de febrero: sin proyección (Carnaval)", "es"),
])
# fmt: on
def test_a_row_saying_there_is_no_screening_is_no_meeting(line, lang):
    _not_a_meeting(line, lang=lang)


# fmt: off
@pytest.mark.parametrize("line,lang,dates", [
    ("Fri 13 Feb, 7.30pm: Screening of No Country for Old Men, Film House", None, ["2026-02-13"]),
    ("Thursday 12 February, 7pm: Reading group, Room 4", None, ["2026-02-12"]),
    ("vendredi 13 février, 20h : projection du film, Salle des fêtes", "fr", ["2026-02-13"]),
])
# fmt: on
def test_screenings_and_readings_stay_meetings(line, lang, dates):
    assert _meeting_dates(line, lang) == dates


# Reports of the past --------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("En la reunión del pasado 14 de enero se eligió a la nueva directiva.", "es"),
    ("El pasado jueves 15 de enero la sección aprobó la convocatoria.", "es"),
    ("La reunión del 14 de enero pasado aprobó el calendario de movilizaciones.", "es"),
    ("Lors de la réunion du 14 janvier dernier, la section a élu son bureau.", "fr"),
    ("Le samedi 3 janvier dernier, nous étions plus de deux cents.", "fr"),
])
# fmt: on
def test_a_report_of_the_past_is_no_meeting(line, lang):
    _not_a_meeting(line, lang=lang)


# fmt: off
@pytest.mark.parametrize("line,lang,dates", [
    ("Asamblea: jueves 12 de febrero, 18:00, en el Ateneo (la pasada se suspendió)", "es",
     ["2026-02-12"]),
    ("Réunion : jeudi 12 février à 19h, Bourse du travail (dernière de la saison)", "fr",
     ["2026-02-12"]),
])
# fmt: on
def test_the_past_word_elsewhere_on_a_meeting_line_keeps_it(line, lang, dates):
    assert _meeting_dates(line, lang) == dates


# Timestamps -----------------------------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Date: Fri, 9 Jan 2026 09:15:42 +0000", None),
    ("Date: Thu, 8 Jan 2026 21:03:07 -0800 (PST)", None),
    ("Datum: Fr., 9. Jan. 2026 um 10:15:42 +0100", "de"),
    ("Date : ven. 9 janv. 2026 à 10:15:42 +0100", "fr"),
    ("Fecha: vie, 9 ene 2026 10:15:42 +0100", "es"),
])
# fmt: on
def test_a_timestamp_with_seconds_is_no_meeting(line, lang):
    _not_a_meeting(line, lang=lang)


def test_an_email_header_block_gives_no_meeting():
    page = (
        "From: Riverside Residents <news@example.org>\n"
        "Date: Tue, 6 Jan 2026 07:45:10 -0500\n"
        "Subject: January news\n\n"
        "Our next general meeting is on Wednesday 4 March 2026, 7.30pm\n"
        "Trades Hall, Room 12\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-03-04", "19:30")]
    assert any(w.line == 2 and "timestamp" in w.reason for w in listing.warnings)


# Footers in Markdown emphasis -----------------------------------------------------------------
# fmt: off
@pytest.mark.parametrize("line", [
    "_Updated 9 February._",
    "_Last updated: 9 February 2026_",
    "_Posted on 9 February._",
    "*Updated 9 February.*",
])
# fmt: on
def test_a_footer_in_markdown_emphasis_is_no_meeting(line):
    _not_a_meeting(line, below=True)


# A range written as two whole dates, each with its time ---------------------------------------
# fmt: off
@pytest.mark.parametrize("line,lang,start,end,time", [
    ("FRI, APR 10, 2026, 6:00 PM to SUN, APR 12, 2026, 4:00 PM BST", None,
     "2026-04-10", "2026-04-12", "18:00"),
    ("Saturday 11 April 2026, 10am – Sunday 12 April 2026, 5pm", None,
     "2026-04-11", "2026-04-12", "10:00"),
    ("Sat, Apr 11, 9:30 AM to Sun, Apr 12, 3:00 PM", None, "2026-04-11", "2026-04-12", "09:30"),
    ("Sa., 11. April 2026, 10 Uhr bis So., 12. April 2026, 16 Uhr", "de",
     "2026-04-11", "2026-04-12", "10:00"),
    ("samedi 11 avril 2026, 10h au dimanche 12 avril 2026, 17h", "fr",
     "2026-04-11", "2026-04-12", "10:00"),
    ("Thu, Apr 30, 2026, 7:00 PM to Sat, May 2, 2026, 1:00 PM", None,
     "2026-04-30", "2026-05-02", "19:00"),
])
# fmt: on
def test_a_range_of_two_whole_dates_is_one_meeting_with_its_venue(line, lang, start, end, time):
    page = f"Group events\n\n{line}\nSpring sprint weekend\nKollektiv Hall · 4 Mill Lane, Leeds\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.end_date, m.start_time) for m in listing.meetings] == [(start, end, time)]
    m = listing.meetings[0]
    assert "Kollektiv Hall" in " ".join(filter(None, (m.venue, m.room, m.place, m.address)))


# fmt: off
@pytest.mark.parametrize("line,dates", [
    ("Tuesday, April 14, 7 pm and Wednesday, April 15, 7 pm", ["2026-04-14", "2026-04-15"]),
    ("Tue 14 April, 7pm, Leeds; Wed 15 April, 7pm, York", ["2026-04-14", "2026-04-15"]),
])
# fmt: on
def test_two_dates_joined_otherwise_stay_two_meetings(line, dates):
    assert _meeting_dates(line) == dates
