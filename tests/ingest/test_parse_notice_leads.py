"""A newsletter's notices date things that are no meetings: when a change applies from ("the new
rents apply from Monday 5 April", "gilt ab", "entre en vigueur le", "entra en vigor el"), when
papers were sent ("ballots mailed 4/5/27", "Stimmzettel verschickt am", "bulletins envoyés le",
"papeletas enviadas el"), a meeting's minutes ("Minutes of the 18 November meeting", "Protokoll
der Sitzung vom", "procès-verbal de la réunion du", "acta de la asamblea del") and a deadline
named by a compound ("Die Sammelfrist läuft noch bis am 14. April"). Each such date is warned
about; the meetings beside it stay. Rows written from the pattern (issue 17, holdout11's
notices), not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
MEETING = "Thursday 14 January 2027, 7pm - General meeting, Union Hall"


# fmt: off
@pytest.mark.parametrize("notice,lang", [
    ("* Rents: the new rent and service charges will apply from Monday 5 April.", None),
    ("* Dues increase of $3/month takes effect with the 2/1/27 payroll deduction.", None),
    ("* The new parking rules are effective 1 March 2027.", None),
    ("* Die neue Beitragsordnung gilt ab 1. März 2027.", "de"),
    ("* Le nouveau règlement entre en vigueur le 1er mars 2027.", "fr"),
    ("* Les nouveaux tarifs s'appliquent à partir du 1er mars 2027.", "fr"),
    ("* El nuevo convenio entra en vigor el 1 de marzo de 2027.", "es"),
    ("* Officer elections: ballots mailed 4/5/27, returned by post.", None),
    ("* Wahlunterlagen verschickt am 5. April 2027, bitte zurücksenden.", "de"),
    ("* Bulletins envoyés le 5 avril 2027 à tous les adhérents.", "fr"),
    ("* Papeletas enviadas el 5 de abril de 2027 a cada afiliado.", "es"),
    ("* Minutes of the 18 March 2027 branch meeting are in the hall.", None),
    ("* Das Protokoll der Sitzung vom 18. März 2027 liegt aus.", "de"),
    ("* Die Sammelfrist läuft noch bis am 14. April 2027.", "de"),
    ("* Die Anmeldefrist endet mit dem 14. April 2027.", "de"),
])
# fmt: on
def test_a_notices_date_is_no_meeting_and_is_warned_about(notice, lang):
    listing = parse(f"News\n\n{MEETING}\n\nNotices\n{notice}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-14"]
    assert any(w.text == notice for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("line,day", [
    # the same words elsewhere, or a meeting's own lead-in: meetings
    ("Tuesday 9 March 2027, 7pm: Talk on how the cuts apply to us, Union Hall", "2027-03-09"),
    ("Members who attended asked for a second meeting: Tuesday 9 March 2027, 7pm, Union Hall",
     "2027-03-09"),
    ("Agenda emailed to members. Tuesday 9 March 2027, 7pm, Union Hall", "2027-03-09"),
    ("Dienstag, 9. März 2027, 19 Uhr: Mitgliederversammlung, Gewerkschaftshaus", "2027-03-09"),
    ("Tuesday 9 March 2027, 7pm - Reading group: The effective use of minutes, Room 2",
     "2027-03-09"),
])
# fmt: on
def test_the_words_elsewhere_leave_a_meeting(line, day):
    listing = parse(f"Meetings\n\n{line}\n", as_of=AS_OF)
    assert [m.date for m in listing.meetings] == [day]


def test_a_newsletters_notices_block_gives_only_its_meetings():
    page = (
        "HIGHBURY COURT TENANTS\n\n"
        "General meeting: Tuesday 19 January 2027, 6.30pm, Community Room\n"
        "Committee: Monday 1 February 2027, 7pm, Community Room\n\n"
        "ANNOUNCEMENTS\n"
        "* Minutes of the 17 November 2026 meeting are posted in the lobby.\n"
        "* Service charges rise by 4%; the increase takes effect with the 1 April 2027 bill.\n"
        "* Ballot papers mailed 8 March 2027, to be returned by post.\n"
        "* The laundry is closed 24 December 2026 through 3 January 2027.\n"
    )
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue or m.place) for m in listing.meetings]
    assert got == [
        ("2027-01-19", "18:30", "Community Room"),
        ("2027-02-01", "19:00", "Community Room"),
    ]
    warned = {w.line for w in listing.warnings if "not a meeting" in w.reason}
    assert {7, 8, 9} <= warned
