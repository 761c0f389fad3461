"""An agenda's cards as a school of music or a venue's CMS renders them: the date, the time with a
note of the doors' time in brackets ("17h00 (portes 16h30)", "7pm (doors 6.30pm)"), the title,
then the venue with its street after a comma, the street's word in lower case and its number
after the name, as Swiss, French and Spanish pages write it ("Église Saint-François, place
Saint-François, Lausanne", "Opéra de Lausanne, avenue du Théâtre 12"). The time's note keeps the
title and venue under it; the street is the address, not a room. (holdout22's
c-conservatoire-lausanne.)"""

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: [(date, time, title, venue line)], and what each card's venue and address must be
CARDS = {
    "fr": [
        ("sa 12.12.2026", "17h00 (portes 16h30)", "Concert de Noël des chœurs d'enfants",
         "Église Saint-François, place Saint-François, Lausanne"),
        ("ma 15.12.2026", "19h30 (ouverture des portes 19h00)", "Soirée des classes de jazz",
         "Conservatoire de Lausanne, rue de la Grotte 2"),
        ("ve 22.01.2027", "20h00", "Orchestre symphonique des élèves",
         "Opéra de Lausanne, avenue du Théâtre 12"),
    ],
    "en": [
        ("Sat 12.12.2026", "7pm (doors 6.30pm)", "Christmas concert of the children's choirs",
         "St Mary's Church, 14 High Street, Oxford"),
        ("Tue 15.12.2026", "7.30pm (doors 7pm)", "Jazz students' evening",
         "Holywell Music Room, 32 Holywell Street, Oxford"),
        ("Fri 22.01.2027", "8pm", "Student symphony orchestra",
         "Sheldonian Theatre, Broad Street, Oxford"),
    ],
    "de": [
        ("Sa 12.12.2026", "17:00 Uhr (Einlass 16:30 Uhr)", "Weihnachtskonzert der Kinderchöre",
         "Stadtkirche St. Marien, Marktplatz 1, Weimar"),
        ("Di 15.12.2026", "19:30 Uhr (Einlass 19 Uhr)", "Abend der Jazzklassen",
         "Konservatorium Weimar, Carl-Alexander-Platz 1, Weimar"),
        ("Fr 22.01.2027", "20:00 Uhr", "Sinfonieorchester der Schüler",
         "Deutsches Nationaltheater, Theaterplatz 2, Weimar"),
    ],
    "es": [
        ("sáb 12.12.2026", "17:00 h (apertura de puertas 16:30 h)", "Concierto de Navidad de los coros",
         "Iglesia de San Francisco, plaza de San Francisco 2, Sevilla"),
        ("mar 15.12.2026", "19:30 h (puertas 19:00 h)", "Velada de las clases de jazz",
         "Conservatorio Superior, calle Baños 48, Sevilla"),
        ("vie 22.01.2027", "20:00 h", "Orquesta sinfónica del alumnado",
         "Teatro de la Maestranza, paseo de Cristóbal Colón 22, Sevilla"),
    ],
}  # fmt: skip


def _html(lang: str) -> str:
    items = "".join(
        f'<li class="agenda-item">\n  <div class="agenda-date">{when}</div>\n'
        f'  <div class="agenda-heure">{time}</div>\n'
        f'  <div class="agenda-body"><h3><a href="/agenda/{n}">{title}</a></h3>\n'
        f'  <p class="agenda-lieu">{venue}</p></div>\n</li>\n'
        for n, (when, time, title, venue) in enumerate(CARDS[lang])
    )
    return (
        f'<html lang="{lang}"><body><h2>Agenda</h2>\n<ul class="agenda-list">\n{items}</ul>\n'
        "</body></html>"
    )


STARTS = {"fr": ["17:00", "19:30", "20:00"], "en": ["19:00", "19:30", "20:00"],
          "de": ["17:00", "19:30", "20:00"], "es": ["17:00", "19:30", "20:00"]}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_time_with_its_doors_note_keeps_the_card_s_title_and_venue(lang: str) -> None:
    ms = parse(_html(lang), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == STARTS[lang]
    for m, (_, _, title, venue_line) in zip(ms, CARDS[lang], strict=True):
        name, _, street = venue_line.partition(", ")
        assert m.title == title
        assert m.venue == name
        assert m.address == street
        assert m.room is None


def test_through_eventmap_parse(tmp_path) -> None:
    path = tmp_path / "agenda.html"
    path.write_text(_html("fr"), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["start_time"], m["venue"]) for m in ms] == [
        ("17:00", "Église Saint-François"),
        ("19:30", "Conservatoire de Lausanne"),
        ("20:00", "Opéra de Lausanne"),
    ]


# A part after a venue's name that is no street: a way of meeting, a square named as the venue.
# fmt: off
@pytest.mark.parametrize("lang,line,venue,address", [
    ("en", "Trades Hall, via Zoom for those at home", "Trades Hall", None),
    ("es", "Ateneo Popular, Plaza Mayor", "Ateneo Popular", None),
    ("fr", "Maison des associations, salle 3", "Maison des associations", None),
])
# fmt: on
def test_a_part_that_is_no_street_is_no_address(
    lang: str, line: str, venue: str, address: str | None
) -> None:
    when, time, title, _ = CARDS[lang][2]
    page = f"Agenda\n\n{when}\n{time}\n{title}\n{line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue
    assert m.address == address
