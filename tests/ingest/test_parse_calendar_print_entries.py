"""A calendar print's second entry of a day leaves its date cell empty: under a date line that
gives a time range and a title ("sam. 5 déc.   10:00 - 17:00    Formation : …", its place on
the next line), a line that opens with a time range and goes on with words ("14:30 - 16:30
Rassemblement contre les expulsions") is an entry of its own on that day, with its own place
line, not a detail of the first (whose place it was taking). From the Google Calendar print of
tests/ingest/corpus/holdout9; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


def _print(rows: list[tuple[str, str, str, str]]) -> str:
    out = ["Agenda – printed\n"]
    for day, times, title, place in rows:
        out.append(f"{day:<14}{times:<17}{title}\n{'':<31}{place}\n")
    return "".join(out)


# fmt: off
@pytest.mark.parametrize("lang,rows,want", [
    ("fr", [("sam. 5 déc.", "10:00 - 17:00", "Formation : connaître ses droits",
             "Salle du Sénéchal, 17 Rue de Rémusat, 31000 Toulouse, France"),
            ("", "14:30 - 16:30", "Rassemblement contre les expulsions",
             "Place Félix-Baret, 13006 Marseille, France"),
            ("mer. 9 déc.", "20:00 - 22:30", "Projection-débat",
             "Cinéma ABC, 13 Rue Saint-Bernard, 31000 Toulouse, France")],
     [("2026-12-05", "10:00", "Salle du Sénéchal"), ("2026-12-05", "14:30", "Place Félix-Baret"),
      ("2026-12-09", "20:00", "Cinéma ABC")]),
    ("en", [("Sat 5 Dec", "10:00 – 17:00", "Training: know your rights",
             "Friends Meeting House, 6 Mount Street, Manchester M2 5NS, UK"),
            ("", "14:30 – 16:30", "Rally against evictions",
             "St Peter's Square, Manchester M2 3DE, UK"),
            ("Wed 9 Dec", "20:00 – 22:30", "Film and discussion",
             "HOME, 2 Tony Wilson Place, Manchester M15 4FN, UK")],
     [("2026-12-05", "10:00", "Friends Meeting House"), ("2026-12-05", "14:30", "St Peter's Square"),
      ("2026-12-09", "20:00", "HOME")]),
    ("de", [("Sa. 5. Dez.", "10:00 - 17:00", "Schulung: Mietrecht kompakt",
             "Nachbarschaftshaus, Urbanstraße 21, 10961 Berlin, Deutschland"),
            ("", "14:30 - 16:30", "Kundgebung gegen Zwangsräumungen",
             "Rathaus Neukölln, Karl-Marx-Straße 83, 12043 Berlin, Deutschland"),
            ("Mi. 9. Dez.", "20:00 - 22:30", "Filmabend",
             "Moviemento, Kottbusser Damm 22, 10967 Berlin, Deutschland")],
     [("2026-12-05", "10:00", "Nachbarschaftshaus"), ("2026-12-05", "14:30", "Rathaus Neukölln"),
      ("2026-12-09", "20:00", "Moviemento")]),
    ("es", [("sáb 5 dic", "10:00 – 17:00", "Taller: conoce tus derechos",
             "Casal Popular, Carrer Major 3, 46020 València, España"),
            ("", "14:30 – 16:30", "Concentración contra los desahucios",
             "Plaza del Ayuntamiento, 46002 València, España"),
            ("mié 9 dic", "20:00 – 22:30", "Cine fórum",
             "Centro Cultural Octubre, Carrer de Sant Ferran 12, 46001 València, España")],
     [("2026-12-05", "10:00", "Casal Popular"), ("2026-12-05", "14:30", "Plaza del Ayuntamiento"),
      ("2026-12-09", "20:00", "Centro Cultural Octubre")]),
])
# fmt: on
def test_the_second_entry_of_a_day_is_a_meeting(lang, rows, want):
    ms = parse(_print(rows), as_of=AS_OF, lang=lang).meetings
    places = [" | ".join(f for f in (m.place, m.venue, m.room, m.address) if f) for m in ms]
    assert [(m.date, m.start_time) for m in ms] == [(d, t) for d, t, _ in want]
    for got, (_, _, venue) in zip(places, want, strict=True):
        assert venue in got
    assert want[1][2] not in places[0]  # the second entry's place is no longer the first's


def test_a_time_detail_under_a_single_time_stays_a_detail():
    # "Sat 5 Dec, 7pm" over "7.30pm talk, doors at 7": no range on the date line, one meeting
    page = "Events\n\nSat 5 Dec, 7pm – Book launch\n7:30 – 9:00 pm reading and questions\nCentral Library\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-05", "19:00")]


def test_a_calendar_print_through_the_cli(tmp_path):
    page = tmp_path / "agenda.txt"
    page.write_text(
        _print([("sam. 5 déc.", "10:00 - 17:00", "Formation",
                 "Salle du Sénéchal, 17 Rue de Rémusat, 31000 Toulouse, France"),
                ("", "14:30 - 16:30", "Rassemblement", "Place Félix-Baret, 13006 Marseille, France")]),
        encoding="utf-8",
    )  # fmt: skip
    rows = cli_place_rows(cli_meetings(page, "--as-of", AS_OF.isoformat()))
    assert [(d, t) for d, t, _ in rows] == [("2026-12-05", "10:00"), ("2026-12-05", "14:30")]
    assert "Place Félix-Baret" in rows[1][2] and "Félix-Baret" not in rows[0][2]
