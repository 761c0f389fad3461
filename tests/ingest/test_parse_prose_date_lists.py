"""Several dates in one sentence of prose with a time they share after the last one (issue 17
items 4 and 5; the newsletter of tests/ingest/corpus/holdout3): "… on Saturday, January 9,
Saturday, January 23 and Saturday, February 6, 10 a.m. to 1 p.m., at St. Brigid's Parish Hall"
gives one meeting per date with that time and place; "at St." is no sentence's end. A sentence
with several dates and no time stays a warning. The rows are variants written from the pattern,
in the languages the parser reads, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)

# fmt: off
LISTS = [
    ("REPAIR CAFÉ. Volunteers will run repair cafés on Saturday, March 7, Saturday, March 21 and "
     "Saturday, April 4, 10 a.m. to 1 p.m., at St. Mark's Church Hall, 12 Oak St. Bring your "
     "broken toasters!", None, ["2026-03-07", "2026-03-21", "2026-04-04"], "10:00",
     "St. Mark's Church Hall", False),
    ("LEAFLETING. Help us leaflet the estate on Tuesday, March 10 and Tuesday, March 24 from 6 "
     "to 8 pm over Zoom (link below).", None, ["2026-03-10", "2026-03-24"], "18:00", None, True),
    ("Stalls. Our street stalls will run on Saturday 7 March, Saturday 14 March and Saturday 21 "
     "March, 11am to 2pm, at the Corn Exchange, Market Street, in the town centre.", None,
     ["2026-03-07", "2026-03-14", "2026-03-21"], "11:00", "Corn Exchange", False),
    ("Infostände. Wir laden herzlich ein zu unseren Infoständen am Samstag, 7. März, Samstag, "
     "14. März und Samstag, 21. März, 11 bis 14 Uhr, im Bürgerhaus Nord, Lindenstraße 4.", "de",
     ["2026-03-07", "2026-03-14", "2026-03-21"], "11:00", "Bürgerhaus Nord", False),
    ("Permanences. Des permanences juridiques auront lieu le samedi 7 mars, le samedi 14 mars et "
     "le samedi 21 mars, de 10 h à 12 h, à la Maison des associations, rue Victor-Hugo.", "fr",
     ["2026-03-07", "2026-03-14", "2026-03-21"], "10:00", "Maison des associations", False),
    ("Asambleas. Habrá asambleas abiertas del barrio el sábado 7 de marzo, el sábado 14 de marzo "
     "y el sábado 21 de marzo, de 18 a 20 h, en el Centro Vecinal La Unión.", "es",
     ["2026-03-07", "2026-03-14", "2026-03-21"], "18:00", "Centro Vecinal La Unión", False),
]
# fmt: on


@pytest.mark.parametrize("line,lang,dates,time,venue,online", LISTS)
def test_each_date_of_a_list_in_a_sentence_takes_the_time_and_place_after_the_last(
    line, lang, dates, time, venue, online
):
    listing = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == dates
    for m in listing.meetings:
        assert m.start_time == time
        assert m.venue == venue
        assert m.online == online


# fmt: off
@pytest.mark.parametrize("line", [
    "We met on Saturday, March 7 and Saturday, March 14 to plan the rent campaign, and we will "
    "report back on both at the general meeting next month.",
    "The council voted on Tuesday, March 3 and again on Tuesday, March 17, after a long debate "
    "about the housing budget and the repairs backlog.",
])
# fmt: on
def test_a_sentence_with_several_dates_and_no_time_is_warned_about_not_read(line):
    listing = parse(f"News\n\n{line}\n", as_of=AS_OF)
    assert listing.meetings == []
    assert any(w.line == 3 and "without a time" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("tail,venue", [
    ("at St. Brigid's Hall, 4 Elm Road. Bring a friend.", "St. Brigid's Hall"),
    ("at Mt. Pleasant Community Centre. All welcome.", "Mt. Pleasant Community Centre"),
    ("at the Union Hall, 45 Elm St. Bring a friend.", "Union Hall"),
])
# fmt: on
def test_a_saints_name_after_at_is_no_sentence_end(tail, venue):
    line = f"Our general meeting is on Wednesday, March 11 at 6:30 p.m. {tail}"
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF).meetings
    assert m.venue == venue


# fmt: off
@pytest.mark.parametrize("line,lang,venue", [
    ("The series opens with Dr. Ana Silva (University of Porto), who will speak at Kane Hall on "
     "Thursday, March 5 at 5 p.m. in Room 110 on “Ports and Empire.”", None, "Kane Hall"),
    ("Our guest, Prof. Tom Reed (Harvard University), speaks at the Union Building on Friday, "
     "March 6 at 6 p.m. about the history of the strike.", None, "Union Building"),
    ("Next term begins with Dr. Kofi Mensah (University of Ghana), who will lecture in Hartley "
     "Hall on Wednesday, March 11 at 4:15 p.m.", None, "Hartley Hall"),
])
# fmt: on
def test_a_place_right_before_the_date_in_a_sentence_beats_an_affiliation(line, lang, venue):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue
    assert m.campus is None


# fmt: off
@pytest.mark.parametrize("line,lang,venue,city", [
    ("The Galle meeting will be held on Thursday, March 5, at 3 p.m. in the Town Hall annex, "
     "Galle.", None, "Town Hall annex", "Galle"),
    ("The Jaffna meeting will be held on Saturday, March 7, at 10 a.m. at the Public Library "
     "auditorium, Jaffna. All are welcome.", None, "Public Library auditorium", "Jaffna"),
    ("Our meeting is on Friday, March 6 at 7 p.m. at the Union Hall, Market Street.", None,
     "Union Hall", None),
    ("Our meeting is on Friday, March 6 at 7 p.m. at the Union Hall, Room 4.", None,
     "Union Hall", None),
])
# fmt: on
def test_a_town_after_the_venue_in_a_sentence_is_the_city(line, lang, venue, city):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue
    assert m.city == city
