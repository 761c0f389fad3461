"""A page's own stamps, as a Notion export or a wiki writes them ("Created: November 26, 2026
4:12 PM", "Last edited: …", "Erstellt: 3. November 2026 14:02", "Zuletzt bearbeitet: …"), are
no meetings, even with a time, and even under an entry; so are the property names that add
"time" or "date" ("Last edited time: …", "Created time: …", "Dernière modification : …", "Fecha
de creación: …"; holdout13's Notion page). Written from holdout10's Notion exports (Köln,
Swansea); the rows are variants."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 1)  # before every stamp: a stamp read as a meeting would stay
ENTRY = "Thursday 14 January 2027, 7pm\nCentral Library, Leeds\n"


# fmt: off
@pytest.mark.parametrize("lang,stamp", [
    ("en", "Created: November 26, 2026 4:12 PM"),
    ("en", "Last edited: December 1, 2026 9:30 AM"),
    ("en", "Last modified on 30 November 2026, 18:05"),
    ("en", "Edited: 29/11/2026 10:00"),
    ("de", "Erstellt: 3. November 2026 14:02"),
    ("de", "Zuletzt bearbeitet: 30. November 2026 21:47"),
    ("de", "Geändert am 28. November 2026, 08:15"),
    ("fr", "Créé le 12 novembre 2026 à 10h20"),
    ("fr", "Modifié le 1 décembre 2026 à 17h45"),
    ("es", "Creado el 20 de noviembre de 2026, 11:30"),
    ("es", "Modificado el 1 de diciembre de 2026 a las 9:00"),
    # a property's name with "time" or "date" (Notion's "Last edited time", "Created time")
    ("en", "Last edited time: November 26, 2026 4:12 PM"),
    ("en", "Created time: 24 November 2026 09:05"),
    ("en", "Last modified date: Nov 30, 2026 6:40 PM"),
    ("de", "Zuletzt bearbeitet am: 30. November 2026, 21:47 Uhr"),
    ("fr", "Dernière modification : 1 décembre 2026 à 17 h 45"),
    ("fr", "Date de création : 12 novembre 2026 10:20"),
    ("es", "Última edición: 1 de diciembre de 2026, 9:00"),
    ("es", "Fecha de creación: 20 de noviembre de 2026 11:30"),
])
# fmt: on
def test_a_page_stamp_is_no_meeting(lang, stamp):
    page = f"Programme\n\n{stamp}\nTags: public\n\nOpen meeting\n{ENTRY}"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]


def test_a_created_stamp_under_an_entry_stays_out_of_it():
    page = (
        "# Veranstaltungen WiSe 2026/27\n\n"
        "Erstellt von: Jana Roth\nZuletzt bearbeitet: 30. November 2026 21:47\n"
        "Tags: Öffentlich, Website\n\n"
        "## Lesekreis\n\nDatum: 12. Januar 2027 18:30\nOrt: Seminargebäude, Raum S14\n"
        "Status: Geplant\nErstellt: 3. November 2026 14:02\n\n"
        "## Vortrag\n\nDatum: 28. Januar 2027 19:30\nOrt: Bürgerhaus, Hauptstraße 5, Bonn\n"
        "Status: Geplant\nErstellt: 18. November 2026 09:40\n"
    )
    listing = parse(page, lang="de", today=AS_OF)
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-01-12", "18:30"), ("2027-01-28", "19:30")]


@pytest.mark.parametrize("line", [
    "Meeting time: Thursday 14 January 2027, 7pm, Central Library",
    "Workshop created for new members, Thursday 14 January 2027, 7pm, Central Library",
])
def test_a_word_that_only_looks_like_a_stamp_keeps_its_meeting(line):
    listing = parse(f"{line}\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]
