"""Look-alikes a review of session 38's rules found read wrongly, each read as a person would:
a German noun after "In"/"Im"/"Am" is no place ("In Kooperation mit der VHS", "Im Anschluss"),
an early range ending in "Uhr" stays a range ("Frühstück 7 – 10 Uhr"), a venue line with a
second sentence is still the venue, a pub and its room or a town and its state is no speaker,
"Dates to remember" over meetings keeps them, "Gathering Place" and "Gather round" are no meeting
points, a title keeps no preposition ("kundgebung vor dem"), a Kreisvolkshochschule is no
campus, "Centre Stage Open Mic" is no venue, "fermée du … au …" is a closure."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import find_campus
from eventmap.ingest.when import find_times

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("lang,under,venue", [
    ("de", "In Kooperation mit der VHS Köln, Einlass 18:30 Uhr.", "Buchhandlung Lesezeichen"),
    ("de", "Im Anschluss Gespräch mit der Regisseurin, ca. 21 Uhr.", "Buchhandlung Lesezeichen"),
    ("en", "In English with Spanish subtitles, at 8pm.", "Buchhandlung Lesezeichen"),
    ("de", "Am Freitag, 19 Uhr.", "Buchhandlung Lesezeichen"),
])
# fmt: on
def test_a_noun_after_in_is_no_place(lang: str, under: str, venue: str) -> None:
    page = (f"Termine\n\nDo., 10.12.2026 – Lesung\nBuchhandlung Lesezeichen, Hauptstraße 5, "
            f"50667 Köln\n{under}\n")  # fmt: skip
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue and m.address is not None


@pytest.mark.parametrize(
    "text,start,end",
    [("Frühstück 7 – 10 Uhr", "07:00", "10:00"), ("Sa 6 – 14 Uhr", "06:00", "14:00"),
     ("Wochenmarkt: Samstag 7 – 13 Uhr", "07:00", "13:00"), ("horario 7 – 15 h", "07:00", "15:00")],
)  # fmt: skip
def test_an_early_range_stays_a_range(text: str, start: str, end: str) -> None:
    tm = find_times(text)
    assert tm is not None and (tm.start_time, tm.end_time) == (start, end)


# fmt: off
@pytest.mark.parametrize("lang,line,venue", [
    ("en", "Trades Hall, Room 3, Leeds and online via Zoom. Register below.", "Trades Hall"),
    ("de", "Rathaus, Saal 2, Marktplatz 1 und online. Anmeldung erforderlich.", "Rathaus"),
    ("en", "Where? The Red Lion, 12 High Street. Bring a friend.", "Red Lion"),
    ("de", "Wo? Im Café Kotti, Adalbertstraße 96. Wann? 19 Uhr.", "Café Kotti"),
])
# fmt: on
def test_a_venue_line_with_a_second_sentence_is_the_venue(lang: str, line: str, venue: str) -> None:
    page = f"Events\n\nThu 10 December 2026, 7pm\nMembers' meeting\n{line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert venue in " | ".join(filter(None, (m.venue, m.place, m.room)))


# fmt: off
@pytest.mark.parametrize("lang,date_line,under,place", [
    ("en", 'Thu 3 Dec, 7.30pm — "The Chartists"', "Golden Lion, upstairs room", "Golden Lion"),
    ("fr", "Jeudi 3 décembre, 19h30 — « Les canuts »", "Point Éphémère, quai de Valmy",
     "Point Éphémère"),
    ("de", "Do., 3. Dezember, 19:30 Uhr – „Die Räte“", "Rote Flora, hinterer Raum", "Rote Flora"),
    ("en", 'Thu 3 Dec, 7.30pm — "The Chartists"', "Santa Cruz, CA", "Santa Cruz"),
])
# fmt: on
def test_a_place_under_a_quoted_title_is_no_speaker(
    lang: str, date_line: str, under: str, place: str
) -> None:
    (m,) = parse(f"Talks\n\n{date_line}\n{under}\n", as_of=AS_OF, lang=lang).meetings
    assert place in " | ".join(filter(None, (m.venue, m.place, m.city)))
    assert m.speaker != place


def test_dates_to_remember_over_meetings_keeps_them() -> None:
    page = ("Newsletter\n\nDates to remember\nSaturday 5 December – Christmas Fair, St Mary's Church "
            "Hall, Leeds\nSaturday 12 December – Carol singing, Briggate\n")  # fmt: skip
    listing = parse(page, as_of=AS_OF, lang="en")
    assert [m.date for m in listing.meetings] == ["2026-12-05", "2026-12-12"]


@pytest.mark.parametrize(
    "line,venue",
    [("Sat 5 December, 10:00 Coffee morning – Gathering Place, Leeds", "Gathering Place")],
)  # fmt: skip
def test_gathering_words_in_names_are_no_meeting_point(line: str, venue: str) -> None:
    (m,) = parse(f"Events\n\n{line}\n", as_of=AS_OF, lang="en").meetings
    assert venue in " | ".join(filter(None, (m.venue, m.place)))


# fmt: off
@pytest.mark.parametrize("lang,line,title", [
    ("de", "- Samstag, 5. Dezember, 11 Uhr: kundgebung vor dem Rathaus (Marktplatz 1), alle kommen!",
     "kundgebung"),
    ("fr", "- Samedi 5 décembre, 11h : rassemblement devant la Mairie du 4e (12 rue Dupont), venez "
     "nombreux.", "rassemblement"),
])
# fmt: on
def test_a_title_keeps_no_preposition(lang: str, line: str, title: str) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.title == title


@pytest.mark.parametrize(
    "text", ["Kreisvolkshochschule Gütersloh", "Heimvolkshochschule Springe", "Seniorenhochschule Lübeck",
             "Kinderhochschule Kiel"],
)  # fmt: skip
def test_no_campus_for_adult_education(text: str) -> None:
    assert find_campus(text) is None


def test_an_event_named_with_a_venue_word_is_no_venue() -> None:
    page = "What's on\n\nCentre Stage Open Mic\n\nFriday 4 December 2026, 8pm\nThe Crown, 4 Mill Lane\n"
    (m,) = parse(page, as_of=AS_OF, lang="en").meetings
    assert m.venue != "Centre Stage Open Mic" and m.place != "Centre Stage Open Mic"


@pytest.mark.parametrize(
    "line", ["Samedi 26 décembre : la médiathèque est fermée du 24 décembre au 2 janvier.",
             "Sábado 26 de diciembre: cerrado de 24 al 31 de diciembre."],
)  # fmt: skip
def test_a_closure_stays_a_closure(line: str) -> None:
    assert parse(f"Infos\n\n{line}\n", as_of=AS_OF).meetings == []
