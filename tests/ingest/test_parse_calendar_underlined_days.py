"""A printed programme: each day's heading underlined with a rule ("VIERNES 4 DE DICIEMBRE" over
"--------"), then one row per event, its cells split by pipes: time, the event's kind in
capitals, title, room ("7:00 p.m.  |  EXPOSICIÓN  |  Inauguración …  |  Galería …"). The rule is
no entry and ends nothing (``parse.lines._day_entries``), so every row is a meeting on the
heading's day; the kind cell is neither title nor place (``calendar.split_entry``).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

DAYS = {
    "en": ("FRIDAY 4 DECEMBER", "SATURDAY 5 DECEMBER"),
    "de": ("FREITAG, 4. DEZEMBER", "SAMSTAG, 5. DEZEMBER"),
    "fr": ("VENDREDI 4 DÉCEMBRE", "SAMEDI 5 DÉCEMBRE"),
    "es": ("VIERNES 4 DE DICIEMBRE", "SÁBADO 5 DE DICIEMBRE"),
}
ROWS = {
    "en": (("7:00 p.m.", "EXHIBITION", "Opening: Prints of the Valley", "Long Gallery", "19:00"),
           ("8 pm", "MUSIC", "Folk night with the Riverside Band", "Courtyard", "20:00"),
           ("11:00 a.m.", "FAMILY", "Mask-making workshop (ages 6-12)", "Studio 2", "11:00")),
    "de": (("19:00 Uhr", "AUSSTELLUNG", "Eröffnung: Druckgrafik aus dem Tal", "Galerie im Hof", "19:00"),
           ("20 Uhr", "MUSIK", "Folkabend mit der Hausband", "Innenhof", "20:00"),
           ("11.00 Uhr", "KINDER", "Maskenwerkstatt (6 bis 12 Jahre)", "Werkraum 2", "11:00")),
    "fr": (("19 h", "EXPOSITION", "Vernissage : gravures de la vallée", "Galerie du Cloître", "19:00"),
           ("20h30", "MUSIQUE", "Soirée folk avec le groupe maison", "Cour intérieure", "20:30"),
           ("11 h", "JEUNE PUBLIC", "Atelier masques (6-12 ans)", "Atelier 2", "11:00")),
    "es": (("7:00 p.m.", "EXPOSICIÓN", "Inauguración: «Retablos de Ayacucho»", "Galería Núñez Ureta", "19:00"),
           ("8:00 p.m.", "MÚSICA", "Noche de marinera y festejo", "Patio de la Casona", "20:00"),
           ("11:00 a.m.", "NIÑOS", "Taller de máscaras (de 6 a 12 años)", "Sala Taller", "11:00")),
}  # fmt: skip


def _page(lang: str, rule: str, kind: bool) -> str:
    first, second = DAYS[lang]
    r = ROWS[lang]

    def row(t: tuple[str, ...]) -> str:
        cells = [t[0], t[1], t[2], t[3]] if kind else [t[0], t[2], t[3]]
        return "  |  ".join(cells)

    return "\n".join(
        ["PROGRAMME", "", first, rule, row(r[0]), row(r[1]), "", second, rule, row(r[2]), ""]
    )


@pytest.mark.parametrize("lang", sorted(DAYS))
@pytest.mark.parametrize("rule", ["----------------------------", "==========", "________"])
@pytest.mark.parametrize("kind", [True, False], ids=["kind-cell", "no-kind-cell"])
def test_each_row_under_an_underlined_day_is_a_meeting(lang: str, rule: str, kind: bool) -> None:
    listing = parse(_page(lang, rule, kind), as_of=AS_OF, lang=lang)
    r = ROWS[lang]
    got = [(m.date, m.start_time, m.title, m.venue or m.place) for m in listing.meetings]
    assert got == [
        ("2026-12-04", r[0][4], r[0][2], r[0][3]),
        ("2026-12-04", r[1][4], r[1][2], r[1][3]),
        ("2026-12-05", r[2][4], r[2][2], r[2][3]),
    ]


@pytest.mark.parametrize(
    ("row", "title", "place"),
    [
        # a first cell in capitals with only two cells after the time is the title
        ("7 pm | AGM | Trades Hall", "AGM", "Trades Hall"),
        # a first cell that is not in capitals is the title
        ("7 pm | Film night | Main Hall", "Film night", "Main Hall"),
        ("19 Uhr | Vortrag | Kleiner Saal | Eintritt frei", "Vortrag", "Kleiner Saal"),
    ],
)
def test_a_first_cell_that_is_no_kind_stays_the_title(row: str, title: str, place: str) -> None:
    listing = parse(f"Events\n\nThursday 10 December 2026\n{row}\n", as_of=AS_OF)
    (m,) = listing.meetings
    assert m.title == title
    assert place in (m.venue or m.place or "")
