"""An events plugin's card tag with a weekday and the day but no month ("Wed9", "Wed 9", "9 Mi.",
"mer. 9", as ``<span>Wed</span><span>9</span>`` reads when copied), a few lines above the card's
date line with the same day, is neither the meeting's place nor a heading. Before, "Wed9" was
the place of the meeting under it. Found by pasting an events-calendar list view by hand; the
rows are written from the pattern in the four languages the parser reads."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

CARD = """<article>
  <div class="tag"><span>{wd}</span><span>{day}</span></div>
  <div class="when">{when}</div>
  <h3>{title}</h3>
  <address><span>{venue}</span> <span>{street}</span></address>
</article>
"""

# fmt: off
# (lang, weekday tag, day, date line, title, venue, street)
ROWS = [
    ("en", "Wed", 9, "December 9 @ 6:30 pm", "General Meeting", "St. Francis Parish Hall",
     "1131 SE Oak St, Portland, OR"),
    ("en", "Sat ", 12, "Saturday, December 12, 10:00 am", "Canvass", "Cully Park",
     "5810 NE 72nd Ave, Portland, OR"),
    ("de", "Mi.", 9, "Mittwoch, 9. Dezember, 18:30 Uhr", "Mitgliederversammlung",
     "Nachbarschaftshaus", "Urbanstraße 21, 10961 Berlin"),
    ("fr", "mer. ", 9, "mercredi 9 décembre à 18h30", "Assemblée générale", "Maison des syndicats",
     "12 rue de la Paix, Lyon"),
    ("es", "mié", 9, "miércoles 9 de diciembre, 18:30 h", "Asamblea general", "Ateneo Popular",
     "Calle Mayor 5, Madrid"),
]
# fmt: on


def _page(row) -> str:
    lang, wd, day, when, title, venue, street = row
    card = CARD.format(wd=wd, day=day, when=when, title=title, venue=venue, street=street)
    return f'<html lang="{lang}"><body><h1>Events</h1>\n{card}</body></html>'


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[1].strip()}{r[2]}" for r in ROWS])
def test_a_weekday_and_day_tag_is_no_place(row):
    lang, wd, day, when, title, venue, street = row
    (m,) = parse(_page(row), as_of=AS_OF, lang=lang).meetings
    assert m.date == f"2026-12-{day:02d}"
    assert (m.title, m.venue, m.place) == (title, venue, None)
    assert wd.strip() not in (m.campus or "") and wd.strip() not in (m.room or "")


@pytest.mark.parametrize(
    "tag,venue",
    [
        ("Thu10", "Thu10"),  # another day than the date line's: not its tag
        ("Studio 9", "Studio 9"),  # a room, not a weekday
    ],
)
def test_other_short_lines_above_the_date_are_kept(tag, venue):
    page = f"Events\n\n{tag}\n\nDecember 9 @ 6:30 pm\n"  # as a card's parts come from HTML
    (m,) = parse(page, as_of=AS_OF).meetings
    fields = (m.place, m.venue, m.room, m.campus, m.title, m.campaign)
    assert any(f and venue in f for f in fields)


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "events.html"
    path.write_text(_page(ROWS[0]) + _page(ROWS[1]), encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [(m["date"], m["start_time"], m["place"], m["venue"]) for m in ms] == [
        ("2026-12-09", "18:30", None, "St. Francis Parish Hall"),
        ("2026-12-12", "10:00", None, "Cully Park"),
    ]
