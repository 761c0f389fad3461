"""A notice that a day has no event ("Pas d'atelier le mardi 8 décembre", "No workshop on
Tuesday 8 December", "Kein Schreibtreff am 8. Dezember", "Sin taller el martes 8 de diciembre")
is no meeting, warned about, also when a pin, a warning sign or a bullet opens the line (as posts
write it: "📌 Pas d'atelier …"). A line with a time or a status stays a meeting. From the Lyon
Facebook events tab of tests/ingest/corpus/holdout8; the rows are variants written from the
pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)
PAGE = (
    "Agenda\n\n"
    "02.12.2026, 18:30 – Bibliothèque de la Croix-Rousse, 12 rue de Cuire, Lyon\n\n"
    "{notice}\n\n"
    "16.12.2026, 18:30 – Bibliothèque de la Croix-Rousse, 12 rue de Cuire, Lyon\n"
)  # dotted dates: read in every language

# fmt: off
ROWS = [
    ("fr", "📌 Pas d'atelier d'écriture le mardi 8 décembre (Fête des Lumières) – on se "
           "retrouve aux illuminations !"),
    ("fr", "⚠️ Pas de permanence le mardi 8 décembre"),
    (None, "⚠️ No workshop on Tuesday 8 December (bank holiday) – see you at the lights!"),
    (None, "» No choir practice on Tuesday, December 8"),
    ("de", "👉 Kein Schreibtreff am Dienstag, 8. Dezember (Feiertag) – wir sehen uns beim Lichterfest!"),
    ("de", "❗️Keine Probe am 8. Dezember"),
    ("es", "❗ Sin taller el martes 8 de diciembre (feriado): nos vemos en la plaza"),
    ("es", "📢 No hay taller el martes 8 de diciembre"),
]
# fmt: on


@pytest.mark.parametrize("lang,notice", ROWS)
def test_a_notice_of_no_event_is_no_meeting(lang, notice):
    listing = parse(PAGE.format(notice=notice), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-02", "2026-12-16"]
    (w,) = [w for w in listing.warnings if w.line == 5]
    assert "does not happen" in w.reason


# fmt: off
@pytest.mark.parametrize("lang,line,status", [
    ("fr", "📌 Pas de panique : mardi 8 décembre, 19 h – réunion d'organisation, salle 2",
     "scheduled"),
    (None, "⚠️ No workshop on Tuesday 8 December – CANCELLED", "cancelled"),
])
# fmt: on
def test_a_line_with_a_time_or_a_status_stays_a_meeting(lang, line, status):
    listing = parse(PAGE.format(notice=line), as_of=AS_OF, lang=lang)
    assert [(m.date, m.status) for m in listing.meetings if m.date == "2026-12-08"] == [
        ("2026-12-08", status)
    ]


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(PAGE.format(notice=ROWS[0][1]), encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat(), "--lang", "fr")
    assert [m["date"] for m in listing["meetings"]] == ["2026-12-02", "2026-12-16"]
    assert any(w["line"] == 5 and "Pas d'atelier" in w["reason"] for w in listing["warnings"])
