"""A library's or a council's events diary: a date heading, then entries whose parts are each a
paragraph of their own (as a CMS writes each in a block): the time alone, the title, the place
labelled ("Location:", "Ort:", "Lieu :", "Lugar:"), an audience tag ("Adults", "Kinder"), a
blurb. Each entry is a meeting on the heading's date, at its labelled place, titled by its
title; the tag and the blurb are neither place nor city heading, and a day with one entry is
read like the others. The same entries with no blank lines between their parts read the same.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

DIARIES = {
    "en": (["Tuesday, December 1, 2026", "Wednesday, December 2, 2026", "Thursday, December 3, 2026"],
           "Location", ["Adults", "Families", "Teens"],
           ["10:30 a.m. – 11:15 a.m.", "6:30 p.m. – 8 p.m.", "Noon – 1 p.m.", "2 p.m. – 3:30 p.m."],
           ["10:30", "18:30", "12:00", "14:00"]),
    "de": (["Dienstag, 1. Dezember 2026", "Mittwoch, 2. Dezember 2026", "Donnerstag, 3. Dezember 2026"],
           "Ort", ["Erwachsene", "Familien", "Jugendliche"],
           ["10:30 – 11:15 Uhr", "18:30 – 20 Uhr", "12 – 13 Uhr", "14 – 15:30 Uhr"],
           ["10:30", "18:30", "12:00", "14:00"]),
    "fr": (["Mardi 1er décembre 2026", "Mercredi 2 décembre 2026", "Jeudi 3 décembre 2026"],
           "Lieu ", ["Adultes", "Familles", "Ados"],
           ["10 h 30 – 11 h 15", "18 h 30 – 20 h", "12 h – 13 h", "14 h – 15 h 30"],
           ["10:30", "18:30", "12:00", "14:00"]),
    "es": (["Martes 1 de diciembre de 2026", "Miércoles 2 de diciembre de 2026",
            "Jueves 3 de diciembre de 2026"],
           "Lugar", ["Adultos", "Familias", "Jóvenes"],
           ["10:30 – 11:15 h", "18:30 – 20:00 h", "12:00 – 13:00 h", "14:00 – 15:30 h"],
           ["10:30", "18:30", "12:00", "14:00"]),
}  # fmt: skip
TITLES = ["Baby Time", "Author Reading", "Lunchtime Book Club", "Makerspace"]
BRANCHES = ["Strathcona Branch", "Stanley A. Milner Library", "Capilano Branch", "Calder Branch"]
BLURB = "Drop in. Registration is not required, and everyone is welcome to join us."


def _page(lang: str, gap: str) -> str:
    days, label, tags, times, _ = DIARIES[lang]
    parts = ["Events", "Showing events for the next two weeks"]
    plan = [(0, 0), (0, 1), (1, 2), (2, 3)]  # (day, entry): two on the first, one on the others
    last = None
    for day, k in plan:
        if day != last:
            parts.append(days[day])
            last = day
        parts += [times[k], TITLES[k], f"{label}: {BRANCHES[k]}", tags[k % 3], BLURB]
    return gap.join(parts) + "\n"


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
@pytest.mark.parametrize("lang", list(DIARIES))
def test_each_entry_is_a_meeting_at_its_labelled_place(lang: str, gap: str) -> None:
    listing = parse(_page(lang, gap), as_of=AS_OF, lang=lang)
    want = list(zip(["2026-12-01", "2026-12-01", "2026-12-02", "2026-12-03"],
                    DIARIES[lang][4], BRANCHES, strict=True))  # fmt: skip
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert got == want
    assert [m.title for m in listing.meetings] == TITLES
    assert all(m.city is None for m in listing.meetings)


@pytest.mark.parametrize("lang", list(DIARIES))
def test_a_date_over_one_time_title_and_venue_is_one_meeting(lang: str) -> None:
    days, _, _, times, starts = DIARIES[lang]
    page = f"Events\n\n{days[0]}\n{times[1]}\nTrades Hall\n12 Oak Street\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2026-12-01", starts[1])
    assert m.venue == "Trades Hall"


@pytest.mark.parametrize(
    ("lang", "when", "venue", "label"),
    [("en", "Tuesday 1 December 2026, 7pm", "Conway Hall, 25 Red Lion Square, London WC1R 4RL",
      "Location: Main Hall, ground floor"),
     ("de", "Dienstag, 1. Dezember 2026, 19 Uhr", "Gewerkschaftshaus, Schwanthalerstraße 64, 80336 München",
      "Ort: Saal 3, 1. Stock")],
)  # fmt: skip
def test_a_venue_over_a_labelled_room_stays_the_venue(
    lang: str, when: str, venue: str, label: str
) -> None:
    (m,) = parse(f"Public meetings\n\n{when}\n{venue}\n{label}\n", as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue.split(",")[0]
