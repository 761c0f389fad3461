"""An events plugin's date tag (issue 17 item 8; the list views in tests/ingest/corpus/practice7):
each card opens with a short tag, weekday and day ("vie 4", "mar 12"), stamped with its date in
``<time datetime>``, over the card's own date line. The tag is no meeting of its own. Its words
may read as another day where a weekday's abbreviation is also a month's ("mar" is martes and
marzo, mardi and mars): the stamp says which day it is. A stamped line on another day than the
date line under it stays a meeting. The rows are variants written from the pattern, not copied
from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

CARD = """<div class="event">
  <div class="tag"><time datetime="{iso}"><span>{wd}</span> <span>{day}</span></time></div>
  <div class="when"><time datetime="{iso}">{when}</time></div>
  <h3>{title}</h3>
  <p>{venue}</p>
</div>
"""


def _card(iso: str, wd: str, when: str, title: str, venue: str, tag_iso: str | None = None):
    day = str(int(iso[-2:]))
    return CARD.format(iso=iso, wd=wd, day=day, when=when, title=title, venue=venue).replace(
        f'<time datetime="{iso}"><span>', f'<time datetime="{tag_iso or iso}"><span>', 1
    )


def _page(cards: str, lang: str) -> str:
    return f'<html lang="{lang}"><body><h1>Agenda</h1>\n{cards}</body></html>'


# fmt: off
@pytest.mark.parametrize("lang,iso,wd,when,title,venue", [
    ("es", "2027-01-12", "mar", "12 enero @ 19:00 - 21:00", "Cine en la plaza",
     "Plaza de los Treinta y Tres"),
    ("es", "2026-12-15", "MAR", "15 diciembre, 18:30", "Charla sobre el barrio",
     "Biblioteca del Sur"),
    ("fr", "2026-12-08", "mar.", "8 décembre 2026 @ 19 h 00", "Soirée jeux de société",
     "Bibliothèque du Parc"),
    ("fr", "2027-01-05", "mar", "5 janvier 2027 à 18h", "Atelier couture", "Maison de quartier"),
    ("de", "2026-12-09", "Mi", "9. Dezember 2026, 19 Uhr", "Lesecafé", "Stadtteilbibliothek Nord"),
    ("en", "2026-12-10", "Thu", "December 10 @ 7:00 pm", "Open mic night", "Riverside Hall"),
])
# fmt: on
def test_a_date_tag_over_its_date_line_is_no_meeting(lang, iso, wd, when, title, venue):
    meetings = parse(_page(_card(iso, wd, when, title, venue), lang), as_of=AS_OF).meetings
    assert [(m.date, m.venue) for m in meetings] == [(iso, venue)]


def test_a_stamped_line_on_another_day_stays_a_meeting():
    # the tag says the 3rd, the date line the 12th: two days, two meetings
    card = _card("2027-01-12", "mer", "12 enero @ 19:00", "Cine en la plaza", "Plaza Mayor",
                 tag_iso="2027-03-03")  # fmt: skip
    got = sorted(m.date for m in parse(_page(card, "es"), as_of=AS_OF).meetings)
    assert "2027-01-12" in got


AGENDA = _page(
    _card("2026-12-04", "vie", "4 diciembre @ 19:00", "Presentación de un libro", "Sala Verdi")
    + _card("2026-12-15", "mar", "15 diciembre @ 18:30", "Taller de radio", "Casa de la Cultura")
    + _card("2027-01-12", "mar", "12 enero @ 19:00", "Cine en la plaza", "Plaza Mayor"),
    "es",
)


def test_an_agenda_of_tagged_cards():
    got = [(m.date, m.start_time) for m in parse(AGENDA, as_of=AS_OF).meetings]
    assert got == [("2026-12-04", "19:00"), ("2026-12-15", "18:30"), ("2027-01-12", "19:00")]


def test_cli_parse_reads_the_tagged_agenda(tmp_path):
    path = tmp_path / "agenda.html"
    path.write_text(AGENDA, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [m["date"] for m in meetings] == ["2026-12-04", "2026-12-15", "2027-01-12"]
