"""Look-alikes that session 39's new rules read wrongly, found by a review of its diff, each
fixed before landing:

- a welcome before the day's end: "accueil à 9h, clôture à 17h" starts at 9, not 17;
- a list's item numbers before dotted dates: "1 – 10.01.2027" is 10 January, no range;
- a topic tag whose word is in a street below ("Solidarité" over "… 3 rue de la Solidarité")
  is no town; a person's or a title's line over a bare room and a venue line is no venue;
- "vor der Gemeinderatssitzung", "ante la Ley Mordaza": when and what for, not a building; a
  talk's title mentioning a demo outside Parliament is no rally;
- a title's own place ("Arbeitskämpfe im Krankenhaus") before the venue the line names;
- "Housmans, with Ken Loach": the venue, with a speaker;
- "Bar «La Bicicleta», calle Mayor 15": the venue's quoted name, not a title.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date, find_times

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("text,start", [
    ("accueil à 9h, clôture à 17h", "09:00"),
    ("Anmeldung ab 9 Uhr, Ende gegen 16 Uhr", "09:00"),
    ("acreditación a las 9:30, clausura a las 14:00", "09:30"),
    ("registration from 9am, close 5pm", "09:00"),
    ("Accueil dès 18h30, début 19h", "19:00"),
])
# fmt: on
def test_a_welcome_then_the_day_s_end_starts_at_the_welcome(text: str, start: str) -> None:
    tm = find_times(text)
    assert tm is not None and tm.start_time == start


@pytest.mark.parametrize("text", ["1 – 10.01.2027, 10 Uhr", "2 – 17.01.2027", "Kurs (2 – 17.01.2027)"])
def test_an_item_number_before_a_dotted_date_is_no_range(text: str) -> None:
    dm = find_date(text, langs=("de", "fr", "en"), day_first=True)
    assert dm is not None and dm.end_day is None and dm.day in (10, 17)


# fmt: off
@pytest.mark.parametrize("lines,title,venue", [
    (["Solidarité", "Soirée de soutien", "Maison de la Solidarité, 3 rue de la Solidarité"],
     "Soirée de soutien", "Maison de la Solidarité"),
    (["Dr Ana Ruiz", "Room 2.14", "Main Building, 12 College Road"], "Dr Ana Ruiz", "Main Building"),
    (["Die Krise der Pflege", "Raum 2.14", "Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69"],
     "Die Krise der Pflege", "Gewerkschaftshaus"),
])
# fmt: on
def test_a_tag_a_person_or_a_title_over_a_block_is_no_town_or_venue(
    lines: list[str], title: str, venue: str
) -> None:
    page = "\n".join(["Agenda", "", "Thursday 14 January 2027, 7pm", *lines]) + "\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.title, m.venue) == (title, venue)
    assert m.city is None


# fmt: off
@pytest.mark.parametrize("lang,line,venue", [
    ("de", "Donnerstag, 14. Januar 2027, 17 Uhr: Kundgebung vor der Gemeinderatssitzung, "
           "Rathausplatz", "Rathausplatz"),
    ("de", "Donnerstag, 14. Januar 2027, 17 Uhr: Mahnwache vor dem Parteitag der AfD, Messe Essen",
     "Messe Essen"),
    ("es", "Jueves 14 de enero de 2027, 19:00: Concentración ante la Ley Mordaza, Plaza Mayor",
     "Plaza Mayor"),
    ("en", "Thursday 14 January 2027, 7pm: Public meeting: After the demo outside Parliament – "
           "what next? Friends Meeting House", "Friends Meeting House"),
    ("de", "Donnerstag, 14. Januar 2027, 19 Uhr: Vortrag: Arbeitskämpfe im Krankenhaus, "
           "Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69", "Gewerkschaftshaus"),
    ("en", "Thursday 14 January 2027, 7pm: Housmans, with Ken Loach", "Housmans"),
    ("es", "Jueves 14 de enero de 2027, 19:00: Bar «La Bicicleta», calle Mayor 15",
     "Bar «La Bicicleta»"),
])
# fmt: on
def test_the_venue_a_line_names_stays_its_venue(lang: str, line: str, venue: str) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    places = " | ".join(v for v in (m.venue, m.address, m.room, m.place) if v)
    assert venue in places
