"""A service's break over the holidays, as a notice writes it: the days it stops ("no
collections on 25 or 26 December", "keine Leerung am", "pas de collecte le", "no hay recogida
el") and the day it comes back ("Normal service resumes on Monday 28 December", "the hall
reopens Monday 1/4/27", "wieder geöffnet ab", "réouverture le", "reabre el", "Office closed (back
4 Jan)"), the return day even on the line under the sentence. None is a meeting; each is warned
about. "Back" alone ("The choir is back on Monday 11 January at 7pm") names a meeting's return.
Rows written from the pattern (issue 17, holdout11's notices), not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
MEETING = "Thursday 14 January 2027, 7pm - General meeting, Union Hall"


# fmt: off
@pytest.mark.parametrize("notice,lang", [
    ("* Bins: there will be no collections on 25 or 26 December.", None),
    ("* No recycling collection on Friday 1 January.", None),
    ("* Keine Leerung am 24. Dezember.", "de"),
    ("* Pas de collecte le vendredi 25 décembre.", "fr"),
    ("* No hay recogida el 25 de diciembre.", "es"),
    ("* Normal service resumes on Monday 4 January.", None),
    ("* The hall reopens Monday 4 January.", None),
    ("* Office closed over Christmas (back 4 Jan).", None),
    ("* Die Geschäftsstelle ist wieder geöffnet ab 4. Januar.", "de"),
    ("* Réouverture du secrétariat : réouverture le lundi 4 janvier.", "fr"),
    ("* La biblioteca reabre el lunes 4 de enero.", "es"),
    ("* Büro geschlossen, zurück am 4. Januar.", "de"),
])
# fmt: on
def test_a_breaks_days_are_no_meetings(notice, lang):
    listing = parse(f"News\n\n{MEETING}\n\nNotices\n{notice}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-14"]
    assert any(w.text == notice for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line,day,time", [
    ("The choir is back on Monday 11 January 2027 at 7pm, St Mary's Hall", "2027-01-11", "19:00"),
    ("Reading group: we are back Tuesday 12 January 2027, 6pm, Room 4", "2027-01-12", "18:00"),
    ("Closed meeting for members: Tuesday 12 January 2027, 6pm, Room 4", "2027-01-12", "18:00"),
    ("Wir sind zurück am Dienstag, 12. Januar 2027, 18 Uhr, Raum 4", "2027-01-12", "18:00"),
])
# fmt: on
def test_a_return_without_a_closure_stays_a_meeting(line, day, time):
    listing = parse(f"Meetings\n\n{line}\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [(day, time)]


def test_the_return_day_on_the_line_under_its_sentence():
    page = (
        "ESTATE NEWS\n\n"
        "Tenants' meeting: Tuesday 12 January 2027, 7pm, Bellamy Room\n\n"
        "NOTICES\n\n"
        "* Bins: there will be no collections on 25 or 26 December. Normal service resumes on\n"
        "  Monday 28 December.\n"
        "* The estate office is closed 24 December to 1 January and reopens on\n"
        "  Monday 4 January.\n"
    )
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue or m.place) for m in listing.meetings]
    assert got == [("2027-01-12", "19:00", "Bellamy Room")]
    warned = {w.line for w in listing.warnings if "not a meeting" in w.reason}
    assert {7, 8, 10} <= warned


# fmt: off
@pytest.mark.parametrize("notice,lang", [
    ("The seminar takes a break over the holidays (21 December to 3 January).", None),
    ("Der Lesekreis macht Pause vom 21. Dezember bis 3. Januar.", "de"),
    ("Le séminaire fait relâche pendant les vacances (du 21 décembre au 3 janvier).", "fr"),
    ("El taller hace una pausa del 21 de diciembre al 3 de enero.", "es"),
    ("— Fermeture annuelle de la maison de quartier du 24 décembre au 3 janvier inclus. —",
     "fr"),
    ("— Annual closure of the centre from 24 December to 3 January. —", None),
    ("Cierre por vacaciones de la biblioteca del 24 de diciembre al 3 de enero.", "es"),
])
# fmt: on
def test_a_series_break_or_an_annual_closure_is_no_meeting(notice, lang):
    listing = parse(f"News\n\n{MEETING}\n\n{notice}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-14"]
    assert any(w.text == notice for w in listing.warnings)


def test_a_sentences_lead_in_and_its_date_on_the_next_line():
    page = (
        "Séminaire\n\n"
        "Jeudi 3 juin 2027, de 9 h 30 à 17 h, MSHS, salle 1.03\n"
        "Les doctorants présenteront leurs travaux. Inscription auprès du secrétariat\n"
        "avant le 30 avril.\n\n"
        "Le séminaire fait relâche pendant les vacances (du 19 décembre au 3 janvier et du\n"
        "20 février au 1er mars).\n"
    )
    listing = parse(page, as_of=AS_OF, lang="fr")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-06-03", "09:30")]
    warned = {w.line for w in listing.warnings if "not a meeting" in w.reason}
    assert {5, 7, 8} <= warned
