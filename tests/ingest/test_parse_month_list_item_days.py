"""A Markdown agenda: month headings over list items that open with a weekday and a day in bold,
then the title and the place after middle dots, some with their time after the day ("## Enero
2027" / "- **Jueves 14** · Tertulia mágica abierta · Bar El Cairo" / "- **Sábado 23**, 18 hs ·
Taller de cartomagia · Centro Cultural Roberto Fontanarrosa"). Each item is a meeting on that
day of the heading's month. Before, the list's bullet kept the weekday and day from being read,
and the items were lost with only a campaign warning. (holdout38's magicians' society in
Rosario, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 5)

# (lang, month heading, untimed item, timed item, the timed item's time)
CASES = [
    ("en", "January 2027", "**Thursday 14** · Open magic night · The Crown",
     "**Saturday 23**, 6pm · Card magic for beginners · Central Library", "18:00"),
    ("de", "Januar 2027", "**Donnerstag 14** · Offener Zauberabend · Café Anker",
     "**Samstag 23**, 18 Uhr · Kartenkunst für Einsteiger · Stadtbibliothek", "18:00"),
    ("fr", "Janvier 2027", "**Jeudi 14** · Soirée magique ouverte · Café du Marché",
     "**Samedi 23**, 18 h · Cartomagie pour débutants · Médiathèque", "18:00"),
    ("es", "Enero 2027", "**Jueves 14** · Tertulia mágica abierta · Bar El Cairo",
     "**Sábado 23**, 18 hs · Taller de cartomagia · Centro Cultural Fontanarrosa", "18:00"),
]  # fmt: skip


@pytest.mark.parametrize("bullet", ["-", "*"])
@pytest.mark.parametrize(("lang", "month", "untimed", "timed", "start"), CASES)
def test_each_item_is_a_day_of_the_headings_month(
    lang, month, untimed, timed, start, bullet
) -> None:
    page = f"# Agenda 2027\n\n## {month}\n\n{bullet} {untimed}\n{bullet} {timed}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-14", None), ("2027-01-23", start)]
    assert [m.venue for m in got] == [untimed.rsplit(" · ", 1)[1], timed.rsplit(" · ", 1)[1]]


@pytest.mark.parametrize(("lang", "month", "untimed", "timed", "start"), CASES)
def test_a_bullet_before_a_number_that_is_no_day_stays_text(
    lang, month, untimed, timed, start
) -> None:
    # "- Room 14 · …": no weekday, no date
    page = f"# Agenda 2027\n\n## {month}\n\n- Room 14 · Open magic night · The Crown\n"
    assert parse(page, as_of=AS_OF, lang=lang).meetings == []
