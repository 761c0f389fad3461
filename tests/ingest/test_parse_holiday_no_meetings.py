"""A notice that a group does not meet over a span of days ("Während der Feiertage (24. Dezember
bis 3. Januar) finden keine Lesekreise statt", "No reading groups from 21 December to 4
January") is no meeting, whatever the group is called: reading groups, study groups, workshops,
Stammtisch, ateliers, tertulias. Written from holdout10's Zürich/Bern page; the rows
are variants."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)
ENTRY = "Lesekreis\nDienstag, 15. Dezember 2026, 18 Uhr\nVolkshaus, Zürich\n"


# fmt: off
@pytest.mark.parametrize("lang,notice", [
    ("de", "Während der Feiertage (24. Dezember bis 3. Januar) finden keine Lesekreise statt."),
    ("de", "Vom 21. Dezember bis 6. Januar kein Stammtisch."),
    ("de", "Zwischen 23. Dezember und 2. Januar finden keine Workshops statt."),
    ("en", "No reading groups from 21 December to 4 January."),
    ("en", "Over the holidays (19 December – 5 January) there are no study groups."),
    ("en", "No workshops between 22 December and 3 January."),
    ("fr", "Pas d'atelier du 21 décembre au 4 janvier."),
    ("fr", "Pendant les fêtes (du 20 décembre au 3 janvier), pas de cercle de lecture."),
    ("es", "No hay talleres del 21 de diciembre al 7 de enero."),
    ("es", "Durante las fiestas (24 de diciembre al 6 de enero) no hay tertulias."),
    ("es", "Del 20 de diciembre al 6 de enero no hay club de lectura."),
])
# fmt: on
def test_a_span_without_the_group_is_no_meeting(lang, notice):
    page = f"{ENTRY}\n{notice}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-15", "18:00")]


def test_a_group_s_meeting_that_mentions_no_workshop_stays():
    page = "Reading group (no workshop this time)\nTuesday 15 December 2026, 6pm\nVolkshaus\n"
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-15", "18:00")]
