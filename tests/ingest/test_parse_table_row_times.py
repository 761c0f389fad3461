"""A table row whose time sits in its own column, far from the date (issue 17 items 1, 8 and 10;
the hiking club's plain-text programme of tests/ingest/corpus/holdout6): "So 24.01. | Winter
hike on the Feldberg (with snowshoes) | Freiburg Hbf, Gleis 1 | 8.15 Uhr | Peter S." is a
meeting at 8:15, not a sentence that mentions a date. When a wide place cell runs into the time
column ("Gasthaus Zum Storchen, 79102 Freiburg 19.30 Uhr"), the time at the cell's end is the
row's. The rows are variants written from the pattern, not copied from the corpus.
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
@pytest.mark.parametrize("row,lang,day,start,place", [
    ("So 24.01. | Winterwanderung über den Feldberg (bei Schnee mit Schneeschuhen) | "
     "Freiburg Hbf, Gleis 1 | 8.15 Uhr | Peter S.", "de", "2027-01-24", "08:15", "Freiburg Hbf"),
    ("Sun 24 Jan | Winter walk over the moor to the reservoir (bring microspikes) | "
     "Hebden Bridge station | 9.30am | Sue T.", None, "2027-01-24", "09:30", "Hebden Bridge"),
    ("dim. 24/01 | Randonnée d'hiver au col de la Schlucht, raquettes conseillées | "
     "Gare de Colmar, parvis | 8 h 15 | Paul R.", "fr", "2027-01-24", "08:15", "Gare de Colmar"),
    ("dom 24/01 | Marcha de invierno a la Bola del Mundo, con raquetas si hay nieve | "
     "Estación de Cercedilla | 8:15 | Ana G.", "es", "2027-01-24", "08:15", "Cercedilla"),
])
# fmt: on
def test_a_rows_time_in_its_own_column_is_read(row, lang, day, start, place):
    page = f"Programm\n\n{row}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == (day, start)
    assert place in _places(m)


# fmt: off
@pytest.mark.parametrize("row,lang,start,place", [
    ("Fr 12.03. | Jahreshauptversammlung mit Neuwahlen | "
     "Gasthaus Zum Storchen, Schwarzwaldstr. 11, 79102 Freiburg 19.30 Uhr", "de", "19:30",
     "Gasthaus Zum Storchen"),
    ("Fri 12 Mar | Annual general meeting and elections | The Shoulder of Mutton, "
     "38 Bridge Gate, Hebden Bridge HX7 8EX 7.30pm", None, "19:30", "Shoulder of Mutton"),
    ("ven. 12/03 | Assemblée générale annuelle | Brasserie du Marché, 4 place du Marché, "
     "68000 Colmar 19 h 30", "fr", "19:30", "Brasserie du Marché"),
])
# fmt: on
def test_a_time_run_into_the_place_cell_is_the_rows(row, lang, start, place):
    page = f"Programm\n\n{row}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2027-03-12", start)
    assert place in _places(m)
    assert "19.30" not in _places(m) and "7.30" not in _places(m)


def test_a_row_without_a_time_stays_untimed():
    """A long row with no time anywhere is still a sentence-like mention (the rule before)."""
    page = (
        "Programm\n\nSo 24.01. | Winterwanderung über den Feldberg (bei Schnee mit Schneeschuhen)"
        " und Einkehr in der Hütte am Gipfel | Freiburg Hbf, Gleis 1 | Peter S.\n"
    )
    assert all(m.start_time is None for m in parse(page, as_of=AS_OF, lang="de").meetings)


PROGRAMME = """Wanderprogramm Januar – März 2027

Datum        Tour                                                      Treffpunkt                              Zeit        Führung
So 10.01.    Neujahrswanderung zum Rosskopf, 12 km, 450 Hm             Freiburg Hbf, Haupteingang              9.30 Uhr    Werner K.
So 24.01.    Winterwanderung Feldberg (bei Schnee mit Schneeschuhen)   Freiburg Hbf, Gleis 1                   8.15 Uhr    Peter S.
Fr 12.03.    Jahreshauptversammlung mit Neuwahlen                      Gasthaus Zum Storchen, 79102 Freiburg  19.30 Uhr
"""  # noqa: E501

PROGRAMME_ROWS = [
    ("2027-01-10", "09:30", "Freiburg Hbf"),
    ("2027-01-24", "08:15", "Freiburg Hbf"),
    ("2027-03-12", "19:30", "Gasthaus Zum Storchen"),
]


def _check(meetings: list[tuple[str, str, str]]) -> None:
    assert len(meetings) == len(PROGRAMME_ROWS)
    for (d, t, places), (want_d, want_t, place) in zip(meetings, PROGRAMME_ROWS, strict=True):
        assert (d, t) == (want_d, want_t)
        assert place in places


def test_a_plain_text_programme():
    listing = parse(PROGRAMME, as_of=AS_OF, lang="de")
    _check([(m.date, m.start_time, _places(m)) for m in listing.meetings])


def test_a_plain_text_programme_through_the_cli(tmp_path):
    path = tmp_path / "programm.txt"
    path.write_text(PROGRAMME, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", AS_OF.isoformat())
    _check(cli_place_rows(meetings))
