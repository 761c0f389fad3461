""" "Same place" that says which place it means: a reminder in brackets ("mismo lugar (FHCE, salón
11)", "même endroit (BdT)") takes the place of the earlier meeting that names it, not the meeting
right above; "as last week" ("wie letzte Woche", "que la semaine dernière", "que la semana
pasada") the place of the meeting a week or more back. The words are no venue, and every date
the line lists takes it. A bracket that names no earlier place is a place of its own
(tests/ingest/test_parse_same_time_and_place.py). From the Uruguayan WhatsApp export of
tests/ingest/corpus/holdout8; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
PLACES = ("place", "venue", "room", "address", "city", "campus")

# (language, the first meeting's line, a second meeting elsewhere, the line that says "same",
#  the first meeting's venue)
# fmt: off
ROWS = [
    ("es", "Jueves 3 de diciembre, 19 h – Casa del Pueblo (CdP), sala 2, Calle Mayor 4, Madrid",
     "Sábado 5 de diciembre, 12 h – Biblioteca Municipal, Plaza Mayor 1",
     "Jueves 10 de diciembre, 19 h, mismo lugar (CdP, sala 2)", "Casa del Pueblo (CdP)"),
    ("es", "Jueves 3 de diciembre, 19 h – Casa del Pueblo, sala 2, Calle Mayor 4, Madrid",
     "Sábado 5 de diciembre, 12 h – Biblioteca Municipal, Plaza Mayor 1",
     "Jueves 10 de diciembre, misma hora y lugar que la semana pasada", "Casa del Pueblo"),
    ("fr", "Jeudi 3 décembre à 19 h – Bourse du Travail (BdT), salle 4, 3 rue du Château-d'Eau",
     "Samedi 5 décembre à 14 h – Bibliothèque Marguerite Duras, 115 rue de Bagnolet",
     "Jeudi 10 décembre, 19 h, même endroit (BdT, salle 4)", "Bourse du Travail (BdT)"),
    ("fr", "Jeudi 3 décembre à 19 h – Maison des syndicats, salle B, 12 rue Paul-Bert",
     "Samedi 5 décembre à 14 h – Bibliothèque de la Part-Dieu",
     "Jeudi 10 décembre, même heure, même lieu que la semaine dernière", "Maison des syndicats"),
    ("de", "Donnerstag, 3. Dezember, 19 Uhr – Gewerkschaftshaus, Raum 2, Wilhelm-Leuschner-Str. 69",
     "Samstag, 5. Dezember, 14 Uhr – Stadtbücherei, Hasengasse 4",
     "Donnerstag, 10. Dezember, 19 Uhr, gleicher Ort wie letzte Woche", "Gewerkschaftshaus"),
    ("de", "Donnerstag, 3. Dezember, 19 Uhr – Gewerkschaftshaus, Raum 2, Wilhelm-Leuschner-Str. 69",
     "Samstag, 5. Dezember, 14 Uhr – Stadtbücherei, Hasengasse 4",
     "Donnerstag, 10. Dezember, 19 Uhr, selber Raum (Gewerkschaftshaus)", "Gewerkschaftshaus"),
    ("en", "Thursday 3 December, 7pm – Trades Hall, Room 4, 54 Victoria St",
     "Saturday 5 December, 2pm – Brunswick Library, 233 Sydney Rd",
     "Thursday 10 December, 7pm, same place as last week", "Trades Hall"),
    ("en", "Thursday 3 December, 7pm – Trades Hall, Room 4, 54 Victoria St",
     "Saturday 5 December, 2pm – Brunswick Library, 233 Sydney Rd",
     "Thursday 10 December, same time and venue (Trades Hall)", "Trades Hall"),
]
# fmt: on


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACES if getattr(m, f))


@pytest.mark.parametrize("lang,first,second,same,venue", ROWS)
def test_same_place_takes_the_place_it_names(lang, first, second, same, venue):
    listing = parse(f"{first}\n\n{second}\n\n{same}\n", as_of=AS_OF, lang=lang)
    a, _, c = listing.meetings
    assert (c.date, c.start_time, c.venue) == ("2026-12-10", "19:00", venue)
    assert _places(c) == _places(a)
    note = [w for w in listing.warnings if w.line == 5]
    assert [w.reason for w in note if "meeting at line 1" in w.reason] and not [
        w for w in note if "time TBA" in w.reason
    ]


# fmt: off
@pytest.mark.parametrize("same", [
    "Thursday 10 December, 7pm, same place",  # no reference: the meeting above
    "Thursday 10 December, 7pm, same place as last time",
])
# fmt: on
def test_without_a_week_it_is_the_meeting_above(same):
    first = "Thursday 3 December, 7pm – Trades Hall, Room 4, 54 Victoria St"
    second = "Saturday 5 December, 2pm – Brunswick Library, 233 Sydney Rd"
    c = parse(f"{first}\n\n{second}\n\n{same}\n", as_of=AS_OF).meetings[2]
    assert (c.venue, c.address) == ("Brunswick Library", "233 Sydney Rd")


def test_a_bracket_naming_no_earlier_place_is_its_own():
    page = (
        "Thursday 3 December, 7pm – Trades Hall, 54 Victoria St\n\n"
        "Thursday 10 December, 7pm, same place (Brunswick Library)\n"
    )
    b = parse(page, as_of=AS_OF).meetings[1]
    assert "Brunswick Library" in _places(b) and "Trades Hall" not in _places(b)


CHAT = """\
16/11/26 21:04 - Ana: Calendario de charlas 👇
16/11/26 21:04 - Ana: 📍 ROSARIO
Jueves 3 de diciembre, 19 h
Facultad de Humanidades y Artes (FHyA), aula 12
Entre Ríos 758

📍 SANTA FE
Sábado 5 de diciembre, 17 h, Centro Cultural Provincial, Junín 2457
17/11/26 09:12 - Pablo: genial 👍
19/11/26 10:12 - Ana: En enero seguimos en Rosario: jueves 14 y jueves 28 de enero, 19 h, mismo lugar (FHyA, aula 12)
"""


def test_a_chat_message_lists_two_dates_at_the_place_it_names():
    listing = parse(CHAT, lang="es", as_of=AS_OF)
    first = listing.meetings[0]
    assert "Rosario" in _places(first)
    jan = [m for m in listing.meetings if m.date.startswith("2027-01")]
    assert [(m.date, m.start_time) for m in jan] == [("2027-01-14", "19:00"), ("2027-01-28", "19:00")]
    assert all(_places(m) == _places(first) and "mismo" not in _places(m) for m in jan)


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    rows = cli_place_rows(cli_meetings(path, "--lang", "es", "--as-of", AS_OF.isoformat()))
    assert [r[:2] for r in rows] == [
        ("2026-12-03", "19:00"), ("2026-12-05", "17:00"),
        ("2027-01-14", "19:00"), ("2027-01-28", "19:00"),
    ]  # fmt: skip
    assert rows[2][2] == rows[3][2] == rows[0][2] and "Rosario" in rows[2][2]
