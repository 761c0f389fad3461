"""A chapter page's city heading with a remark after a dash ("Luxembourg-Ville — Rassemblement",
"Leeds – Day school", "Berlin — Kundgebung", "Madrid — Manifestación") is still the city of
the meetings under it, over a square or building the entry names; before, the heading was no
city and the meeting took the city of the heading above it (another town). From the
Luxembourg chapter page of tests/ingest/corpus/holdout9; the rows are variants written from the
pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _page(towns: tuple[str, str, str], dates: tuple[str, str, str], places: tuple[str, str, str]):
    """A chapter page: each town heading over its meetings, the first over two (so the names
    are city headings, not each meeting's own heading)."""
    sections = [
        f"{town}\n\n{day}\n{place}\n\n"
        for town, day, place in zip(towns, dates, places, strict=True)
    ]
    sections[0] += f"{dates[0].replace('8', '22', 1)}\n{places[0]}\n\n"
    return "Upcoming meetings\n\n" + "".join(sections)


# fmt: off
@pytest.mark.parametrize("towns,dates,places,lang,want", [
    (("Differdange", "Ettelbruck", "Luxembourg-Ville — Rassemblement"),
     ("mardi 8 décembre – 18h30", "jeudi 10 décembre à 19 h 30", "samedi 12 décembre, 14h30"),
     ("Aalt Stadhaus, salle polyvalente", "Centre culturel Dieschbourg",
      "Place Clairefontaine (devant le ministère d'État)"),
     "fr", "Luxembourg-Ville"),
    (("Bradford", "Huddersfield", "Leeds – Day school"),
     ("Tuesday 8 December, 6.30pm", "Thursday 10 December, 7.30pm", "Saturday 12 December, 10am"),
     ("Bradford Resource Centre", "Brian Jackson House", "Quaker Meeting House, 188 Woodhouse Lane"),
     None, "Leeds"),
    (("Potsdam", "Cottbus", "Berlin — Kundgebung"),
     ("Dienstag, 8. Dezember, 18.30 Uhr", "Donnerstag, 10. Dezember, 19 Uhr",
      "Samstag, 12. Dezember, 14 Uhr"),
     ("Freiland, Haus 2", "Bürgerhaus Sandow", "Rosa-Luxemburg-Platz"),
     "de", "Berlin"),
    (("Alcalá de Henares", "Getafe", "Madrid — Manifestación"),
     ("martes 8 de diciembre, 18:30 h", "jueves 10 de diciembre, 19:30 h",
      "sábado 12 de diciembre, 12:00 h"),
     ("Centro Cívico Distrito IV", "Espacio Mercado", "Plaza de Colón"),
     "es", "Madrid"),
])
# fmt: on
def test_the_heading_before_its_remark_is_the_city(towns, dates, places, lang, want):
    ms = parse(_page(towns, dates, places), as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 4
    assert ms[3].city == want
    assert ms[0].city == towns[0]


def test_a_longer_text_after_the_dash_is_no_remark():
    # "Leeds – the march against the cuts starts at the station" is no city heading
    page = _page(
        ("Bradford", "Huddersfield", "Leeds – the march against the cuts starts at the station"),
        ("Tuesday 8 December, 6.30pm", "Thursday 10 December, 7.30pm", "Saturday 12 December, 10am"),
        ("Bradford Resource Centre", "Brian Jackson House", "Leeds City Station"),
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert ms[3].city != "Leeds"


def test_a_chapter_page_through_the_cli(tmp_path):
    page = tmp_path / "chapitres.txt"
    page.write_text(
        _page(
            ("Differdange", "Esch-sur-Alzette", "Luxembourg-Ville — Rassemblement"),
            ("mardi 8 décembre – 18h30", "jeudi 10 décembre à 19 h 30", "samedi 12 décembre, 14h30"),
            ("Aalt Stadhaus", "Maison du Savoir", "Place Clairefontaine"),
        ),
        encoding="utf-8",
    )
    got = [(m["date"], m["city"]) for m in cli_meetings(page, "--as-of", AS_OF.isoformat())]
    assert got == [
        ("2026-12-08", "Differdange"),
        ("2026-12-22", "Differdange"),
        ("2026-12-10", "Esch-Sur-Alzette"),
        ("2026-12-12", "Luxembourg-Ville"),
    ]
