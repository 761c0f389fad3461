"""A society's lecture programme states the time once in its intro ("All lectures begin at 8pm
sharp"), then gives each talk its title in capitals, its date, its speaker and its venue with
the street, each in a paragraph of its own. Every talk takes the intro's time, past the titles
and the speakers' names; the venue line under the speaker is the talk's place (the speaker is
not), its street an address even with a range of house numbers ("138–144 Pearse Street"). A
talk that gives its own time keeps it. (holdout27's Dublin history society page, after its
blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

# (rule, time, dates of two talks, a dated talk with its own time and that time, speakers,
#  venue line, venue)
PAGES = [
    ("All lectures begin at 8pm sharp and are free to members.", "20:00",
     ["Wednesday 13th January", "Wednesday 27th January"], "Saturday 6th March, 2.30pm",
     "14:30", ["Dr Aoife Brennan", "Mícheál Ó Dálaigh"],
     "Dublin City Library and Archive, 138–144 Pearse Street, Dublin 2",
     "Dublin City Library and Archive"),
    ("Alle Vorträge beginnen um 19:30 Uhr, der Eintritt ist frei.", "19:30",
     ["Mittwoch, 13. Januar", "Mittwoch, 27. Januar"], "Samstag, 6. März, 14:30 Uhr",
     "14:30", ["Dr. Anna Weber", "Jürgen Brandt"],
     "Stadtbibliothek Köln, Josef-Haubrich-Hof 1, 50676 Köln", "Stadtbibliothek Köln"),
    ("Toutes les conférences commencent à 18 h 30, entrée libre.", "18:30",
     ["Mercredi 13 janvier", "Mercredi 27 janvier"], "Samedi 6 mars, 14 h 30",
     "14:30", ["Claire Moreau", "Bernard Lefèvre"],
     "Bibliothèque municipale de Lyon, 30 boulevard Vivier-Merle, 69003 Lyon",
     "Bibliothèque municipale de Lyon"),
    ("Todas las charlas comienzan a las 19:00 y son gratuitas.", "19:00",
     ["Miércoles 13 de enero", "Miércoles 27 de enero"], "Sábado 6 de marzo, 11:30 h",
     "11:30", ["Lucía Fernández", "Andrés Molina"],
     "Ateneo de Madrid, calle del Prado 21, 28014 Madrid", "Ateneo de Madrid"),
]  # fmt: skip

TITLES = ["THE LAST TRAMS", "TENEMENTS AND THE LOCKOUT", "VISIT: KILMAINHAM GAOL"]


def _page(rule: str, dates: list[str], own: str, speakers: list[str], venue: str) -> str:
    talks = "".join(
        f"<h3>{t}</h3><p>{d}</p><p>{s}</p><p>{venue}</p>"
        for t, d, s in zip(TITLES, dates, speakers, strict=False)
    )
    visit = f"<h3>{TITLES[2]}</h3><p>{own}</p><p>{venue}</p>"
    return (
        f"<html><body><h1>Spring 2027</h1><p>We are delighted to announce our programme. "
        f"{rule}</p>{talks}{visit}<footer><p>Privacy | Cookies</p></footer></body></html>"
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_each_talk_takes_the_intros_time_and_its_venue(row: tuple) -> None:
    rule, time, dates, own, own_time, speakers, venue_line, venue = row
    listing = parse(_page(rule, dates, own, speakers, venue_line), as_of=AS_OF)
    talks, visit = listing.meetings[:2], listing.meetings[2]
    assert [m.date for m in listing.meetings] == ["2027-01-13", "2027-01-27", "2027-03-06"]
    for m, speaker in zip(talks, speakers, strict=True):
        assert m.start_time == time
        assert m.venue == venue
        assert speaker not in (m.place or "") and speaker not in (m.venue or "")
        assert m.room is None and (m.address or "").startswith(venue_line.split(", ")[1])
    assert visit.start_time == own_time  # its own time, not the intro's
