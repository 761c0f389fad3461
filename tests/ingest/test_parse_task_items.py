"""A task list's item, ticked or not ("- [ ] Send the posters to the printer by 29 January",
"* [x] Saal reservieren bis 3. März", "☐ Réserver la salle pour le 12 mars"), says what is to be
done (or was), not a meeting: its dates are warned about, not read as meetings. Before,
holdout13's Notion export gave "- [ ] O-Week stalls: every day of O-Week, 10 AM–3 PM (Sydney
16–20 Feb, ...)" as a meeting. The rows are written from the pattern: the box markers the
Markdown task lists, Notion, Obsidian and word processors write, in the four languages the
parser reads; a bracketed word that is no box stays a meeting's."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)

# fmt: off
# (lang, the page's meeting, its (date, time), the task list's item)
ROWS = [
    ("en", "Branch meeting: Thursday 10 December, 7pm, Trades Hall, Leeds", ("2026-12-10", "19:00"),
     "- [ ] Book the Guildhall for the 14 January meeting, 6pm"),
    ("en", "Public meeting, Saturday 16 January, 2pm, Central Library, Bristol", ("2027-01-16", "14:00"),
     "- [x] Send poster files to the printer by Friday 8 January, 5pm"),
    ("en", "Reading group: Tue 15 Dec 6:30pm, Room 2.14, Arts Tower", ("2026-12-15", "18:30"),
     "* [ ]  Stalls at Freshers' Fair, 10am-3pm (Leeds 18-20 Jan)"),
    ("en", "Study day: Saturday 23 January, 10am, Friends Meeting House", ("2027-01-23", "10:00"),
     "[X] Confirm the speaker for 23 January"),
    ("de", "Mitgliederversammlung am Freitag, 11. Dezember, 19 Uhr, Vereinsheim", ("2026-12-11", "19:00"),
     "- [ ] Saal reservieren bis 3. März, 12 Uhr"),
    ("de", "Lesekreis: Mittwoch, 16. Dezember, 18:30 Uhr, Stadtbibliothek Kassel", ("2026-12-16", "18:30"),
     "☐ Plakate am Dienstag, 12. Januar, um 10 Uhr beim Copyshop abholen"),
    ("fr", "Assemblée générale le jeudi 10 décembre à 18h, Bourse du Travail, Lyon", ("2026-12-10", "18:00"),
     "☐ Réserver la salle pour le 12 mars à 18 h"),
    ("fr", "Réunion publique samedi 9 janvier à 14 h, Maison des associations, Nantes", ("2027-01-09", "14:00"),
     "- [x] Envoyer l'affiche à l'imprimeur avant le 4 janvier"),
    ("es", "Asamblea el jueves 10 de diciembre a las 19:00 en el Ateneo de Valencia", ("2026-12-10", "19:00"),
     "☑ Pedir la sala para el 20 de enero a las 18:00"),
    ("es", "Charla: sábado 16 de enero, 12:00, Biblioteca Municipal de Zaragoza", ("2027-01-16", "12:00"),
     "+ [ ] Imprimir los carteles antes del 8 de enero"),
]
# fmt: on


@pytest.mark.parametrize("lang,meeting,when,task", ROWS)
def test_a_task_list_item_is_no_meeting(lang, meeting, when, task):
    listing = parse(f"{meeting}\n\n{task}\n", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    assert any(w.line == 3 for w in listing.warnings)


@pytest.mark.parametrize(
    "line,when",
    [
        ("[Online] Thursday 14 January, 7pm: branch meeting", ("2027-01-14", "19:00")),
        ("- [Leeds] Saturday 16 January, 2pm, Central Library", ("2027-01-16", "14:00")),
        (
            "- Thursday 21 January, 7pm, Trades Hall [x-posted from #events]",
            ("2027-01-21", "19:00"),
        ),
    ],
)
def test_a_bracketed_word_that_is_no_box_stays_a_meeting(line, when):
    (m,) = parse(f"{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == when


PAGE = """\
# Summer school 2027

## Meetings

| Name | Date | City | Venue |
| --- | --- | --- | --- |
| Opening meeting | January 14, 2027 7:00 PM | Leeds | Trades Hall, Room 3 |
| Second meeting | January 21, 2027 7:00 PM | Sheffield | Quaker Meeting House |

## To do

- [x]  Book rooms (both booked 30 November)
- [ ]  Send poster files to printer by January 8, 2027
- [ ]  Freshers' stalls: every day, 10 AM–3 PM (Leeds 18–20 Jan, Sheffield 25–27 Jan)
- [ ]  Confirm the Sheffield room (ask Priya)
"""


def test_a_planning_page_keeps_its_meetings_and_not_its_tasks():
    listing = parse(PAGE, as_of=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-01-14", "19:00"), ("2027-01-21", "19:00")]
    places = [" ".join(v for v in (m.place, m.venue, m.city) if v) for m in listing.meetings]
    assert "Leeds" in places[0] and "Sheffield" in places[1]
    warned = {w.line for w in listing.warnings if "task list" in w.reason}
    assert warned == {12, 14}
