"""A group's paragraph that states where and when all its meetings are held, then a list of
next dates (issue 17 items 4 and 8; the parish agenda of tests/ingest/corpus/holdout6):

- the place may start with a room word in lower case ("… ont lieu en salle Jean XXIII et
  commencent à 20 h 30", "… are held in room 4B of the Old Library and start at 7.30pm"): it
  ends before "and"/"et"/"und"/"y" and a verb;
- "Prochaines dates : mardis", "Next dates: Tuesdays", "Nächste Termine: dienstags", "Próximas
  fechas: martes" before the dates is the list's label (with the weekday of all its dates),
  never the meetings' place or title.

The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("rule,dates,lang,place,start", [
    ("Les rencontres ont lieu en salle Jean XXIII et commencent toutes à 20 h 30.",
     "Prochaines dates : mardis 15 décembre, 12 janvier et 9 février.", "fr", "salle Jean XXIII",
     "20:30"),
    ("Les séances ont lieu en salle 12 et commencent à 18 h.",
     "Prochaines dates : mardis 15 décembre, 12 janvier et 9 février.", "fr", "salle 12", "18:00"),
    ("Our meetings are held in room 4B of the Old Library and start at 7.30pm.",
     "Next dates: Tuesdays 15 December, 12 January and 9 February.", None,
     "room 4B of the Old Library", "19:30"),
    ("Die Treffen finden im Gemeindesaal Sankt Ulrich statt und beginnen um 19 Uhr.",
     "Nächste Termine: dienstags 15. Dezember, 12. Januar und 9. Februar.", "de",
     "Gemeindesaal Sankt Ulrich", "19:00"),
    ("Las reuniones tienen lugar en sala Goya y empiezan a las 19:00.",
     "Próximas fechas: martes 15 de diciembre, 12 de enero y 9 de febrero.", "es", "sala Goya",
     "19:00"),
])
# fmt: on
def test_the_lists_room_and_time_reach_every_date(rule, dates, lang, place, start):
    page = f"Groupe de lecture\n\n{rule}\n{dates}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in meetings] == ["2026-12-15", "2027-01-12", "2027-02-09"]
    for m in meetings:
        assert m.start_time == start
        assert _places(m) == place


# fmt: off
@pytest.mark.parametrize("line,lang", [
    ("Next dates: Thursdays 17 December and 14 January", None),
    ("Upcoming dates: 17 December and 14 January", None),
    ("Prochaines dates : jeudis 17 décembre et 14 janvier", "fr"),
    ("Weitere Termine: 17. Dezember und 14. Januar", "de"),
    ("Próximas fechas: jueves 17 de diciembre y 14 de enero", "es"),
])
# fmt: on
def test_a_date_lists_label_is_no_place(line, lang):
    page = f"Reading circle\n\n{line}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in meetings] == ["2026-12-17", "2027-01-14"]
    for m in meetings:
        assert _places(m) == ""
        assert m.title is None or ":" not in m.title


def test_a_place_before_the_dates_stays_the_place():
    page = "Reading circle\n\nTown Hall: Thursdays 17 December and 14 January, 7pm\n"
    meetings = parse(page, as_of=AS_OF).meetings
    assert meetings and all("Town Hall" in _places(m) for m in meetings)


AGENDA = """Agenda de la paroisse

Groupe biblique

Le groupe lit cette année l'Évangile de Luc. Les rencontres ont lieu en salle Jean XXIII et commencent toutes à 20 h 30.
Prochaines dates : mardis 15 décembre, 12 janvier et 9 février.

Chorale

Les répétitions ont lieu à la crypte, le jeudi à 19 h.
"""


def _check(meetings: list[tuple[str, str, str]]) -> None:
    assert meetings == [
        ("2026-12-15", "20:30", "salle Jean XXIII"),
        ("2027-01-12", "20:30", "salle Jean XXIII"),
        ("2027-02-09", "20:30", "salle Jean XXIII"),
    ]


def test_a_parish_agenda():
    listing = parse(AGENDA, as_of=AS_OF)
    _check([(m.date, m.start_time, _places(m)) for m in listing.meetings])


def test_a_parish_agenda_through_the_cli(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(AGENDA, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check(cli_place_rows(meetings))
