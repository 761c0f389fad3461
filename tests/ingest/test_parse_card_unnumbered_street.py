"""An events plugin's card: its date and time, its title, then its venue over a street written
without its number and the town ("January 23, 2027 @ 8:00 pm - 10:30 pm" / "Lock-In Comedy on
Tour: Cork" / "Cyprus Avenue" / "Caroline Street, Cork"). The venue is the card's place and the
street line its address; before, a venue block needed a house number, so the card had no place
(or its title's words as one). (holdout37's comedy promoter in Dublin, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)

# (lang, date line, title, venue, street and town)
CASES = [
    ("en", "January 23, 2027 @ 8:00 pm - 10:30 pm", "Lock-In Comedy on Tour: Cork", "Cyprus Avenue", "Caroline Street, Cork"),
    ("en", "February 12, 2027 @ 7:00 pm - 11:00 pm", "Galway Comedy Weekender", "Róisín Dubh",
     "Dominick Street Upper, Galway"),
    ("en", "March 17, 2027 @ 3:00 pm - 5:00 pm", "Paddy's Day Matinee", "The Button Factory",
     "Curved Street, Temple Bar, Dublin 2"),
    ("de", "Samstag, 23. Januar 2027 @ 20:00 - 22:30", "Kabarett auf Tour: Dresden", "Tante Ju", "Bahnhofstraße, Dresden"),
    ("fr", "samedi 23 janvier 2027 @ 20 h 00 - 22 h 30", "Stand-up en tournée : Paris", "Le Petit Bain",
     "quai François Mauriac, Paris"),
    ("es", "sábado 23 de enero de 2027 @ 20:00 - 22:30", "Monólogos de gira: Barcelona", "Sala Apolo",
     "calle Nou de la Rambla, Barcelona"),
]  # fmt: skip


def _card(when: str, title: str, venue: str, street: str) -> str:
    return f"{when}\n\n{title}\n\n{venue}\n{street}\n\nOur first night of the year, with three acts.\n\n€15\n"


@pytest.mark.parametrize(("lang", "when", "title", "venue", "street"), CASES)
def test_the_venue_over_its_unnumbered_street(lang, when, title, venue, street) -> None:
    got = parse(f"# Events\n\n{_card(when, title, venue, street)}", as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1
    assert (got[0].title, got[0].venue, got[0].address) == (title, venue, street)


@pytest.mark.parametrize(("lang", "when", "title", "venue", "street"), CASES)
def test_a_line_with_a_number_after_the_comma_is_no_street_town(
    lang, when, title, venue, street
) -> None:
    # "Luis Puenzo, Argentina, 1985, 112’": a film's credits, not a street and its town
    credits = "Luis Puenzo, Argentina, 1985, 112’"
    got = parse(
        f"# Events\n\n{_card(when, title, venue, credits)}", as_of=AS_OF, lang=lang
    ).meetings
    assert got[0].address != credits
