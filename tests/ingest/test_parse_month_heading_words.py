"""A programme's month heading with words before the month ("PROGRAMACIÓN DICIEMBRE 2026",
"Programme for December 2026", "Termine im Dezember 2026", "Agenda de décembre 2026") gives its
month to the day headings under it that name only a weekday and a day ("MIÉRCOLES 2"). Opening
hours under such a heading ("Sun 1–5 p.m.") are no day: the number starts a time range.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

# lang: (heading, [(day heading, entry line)], [(date, time, place)])
PROGRAMMES = {
    "es": ("PROGRAMACIÓN DICIEMBRE 2026",
           [("MIÉRCOLES 2", "19 hs | CINE CLUB | «Whisky» | Sala Teatro"),
            ("VIERNES 4", "20.30 hs | TEATRO | «El herrero y el diablo» | Patio Central")],
           [("2026-12-02", "19:00", "Sala Teatro"), ("2026-12-04", "20:30", "Patio Central")]),
    "en": ("Programme for December 2026",
           [("WEDNESDAY 2", "7pm | FILM CLUB | Whisky | Main Hall"),
            ("FRIDAY 4", "8.30pm | THEATRE | The Smith and the Devil | Studio Theatre")],
           [("2026-12-02", "19:00", "Main Hall"), ("2026-12-04", "20:30", "Studio Theatre")]),
    "de": ("Termine im Dezember 2026",
           [("MITTWOCH 2", "19 Uhr | FILMCLUB | Whisky | Großer Saal"),
            ("FREITAG 4", "20.30 Uhr | THEATER | Der Schmied und der Teufel | Studiobühne")],
           [("2026-12-02", "19:00", "Großer Saal"), ("2026-12-04", "20:30", "Studiobühne")]),
    "fr": ("Agenda de décembre 2026",
           [("MERCREDI 2", "19 h | CINÉ-CLUB | Whisky | Salle Jean-Vilar"),
            ("VENDREDI 4", "20 h 30 | THÉÂTRE | Le forgeron et le diable | Petite salle")],
           [("2026-12-02", "19:00", "Salle Jean-Vilar"), ("2026-12-04", "20:30", "Petite salle")]),
}  # fmt: skip


def _page(lang: str, hours: str = "") -> str:
    heading, days, _ = PROGRAMMES[lang]
    blocks = ["\n".join(d) for d in days]
    return "Centro cultural\n\n" + heading + "\n\n" + "\n\n".join(blocks) + "\n" + hours


@pytest.mark.parametrize("lang", sorted(PROGRAMMES))
def test_a_month_heading_with_words_dates_the_days_under_it(lang: str) -> None:
    want = PROGRAMMES[lang][2]
    meetings = parse(_page(lang), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [w[:2] for w in want]
    for m, (_, _, place) in zip(meetings, want, strict=True):
        assert place in " ".join(filter(None, [m.venue, m.room, m.place]))


@pytest.mark.parametrize(
    ("lang", "hours"),
    [("en", "Hours\nSun 1–5 p.m."), ("de", "Öffnungszeiten\nSo 13–17 Uhr"),
     ("fr", "Horaires\nDim 14–18 h"), ("es", "Horario\nDom 15–19 hs")],
)  # fmt: skip
def test_opening_hours_under_the_heading_are_no_day(lang: str, hours: str) -> None:
    want = PROGRAMMES[lang][2]
    meetings = parse(_page(lang, "\n" + hours + "\n"), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [w[:2] for w in want]
