"""A club's newsletter states its regular evenings in a sentence that names its premises by a
word and the venue in brackets ("Die Tauschabende finden wie gewohnt mittwochs ab 19:00 Uhr im
Vereinslokal statt (Gaststätte Pinkus Müller, Nebenraum, Kreuzstraße 4–10, 48143 Münster):"),
then lists the dates on one line with dots between them ("13.01. · 27.01. · 10.02. · 24.02.").
Each date is a meeting at the rule's time, and the venue is the one in brackets, with its room
and address. (holdout32's stamp club, after its blind score: none of the five evenings was
found.) A lone "13.01." with no list, weekday, year or time stays no date."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.when import find_date

AS_OF = date(2026, 12, 10)

RULES = {
    "de": ("Die Tauschabende finden wie gewohnt mittwochs ab 19:00 Uhr im Vereinslokal statt "
           "(Gaststätte Pinkus Müller, Nebenraum, Kreuzstraße 4–10, 48143 Münster):",
           "Gaststätte Pinkus Müller", "Münster"),
    "en": ("Our swap evenings are held as usual on Wednesdays at 7pm in the clubroom (The Eagle "
           "Inn, back room, 12 Market Street, Leeds LS1 6DT):", "The Eagle Inn", "Leeds"),
    "fr": ("Les soirées d'échange ont lieu comme d'habitude le mercredi à 19 h au local (Café "
           "du Commerce, salle du fond, 12 rue de la Paix, 44000 Nantes) :", "Café du Commerce",
           "Nantes"),
    "es": ("Las tardes de intercambio son como siempre los miércoles a las 19:00 en el local "
           "(Bar La Estrella, salón del fondo, Calle Mayor 12, 50001 Zaragoza):", "Bar La Estrella",
           "Zaragoza"),
}  # fmt: skip

LISTS = [
    "13.01. · 27.01. · 10.02. · 24.02.",
    "13.01. | 27.01. | 10.02. | 24.02.",
    "13.01., 27.01., 10.02. und 24.02.",
    "13.01. / 27.01. / 10.02. / 24.02.",
]
DATES = ["2027-01-13", "2027-01-27", "2027-02-10", "2027-02-24"]


@pytest.mark.parametrize("dates", LISTS)
@pytest.mark.parametrize("lang", list(RULES))
def test_each_listed_date_at_the_venue_in_brackets(lang: str, dates: str) -> None:
    rule, venue, town = RULES[lang]
    text = f"Rundbrief\n\n1) TAUSCHABENDE\n\n{rule}\n\n    {dates}\n\nBitte beachten.\n"
    got = parse(text.encode(), as_of=AS_OF).meetings
    assert [m.date for m in got] == DATES
    assert {m.start_time for m in got} == {"19:00"}
    assert {m.venue for m in got} == {venue}
    assert {m.city for m in got} == {town}


@pytest.mark.parametrize(
    "text",
    ["13.01.", "Abschnitt 2.1. behandelt die Regeln", "Siehe Seite 13.01 und 14"],
)
def test_a_lone_dotted_day_and_month_is_no_date(text: str) -> None:
    assert find_date(text, langs=("de",)) is None


# A premises' word with a bracket that holds no address is the place as it was.
def test_a_bracket_without_an_address_leaves_the_premises_word() -> None:
    text = ("Rundbrief\n\nDie Tauschabende finden mittwochs ab 19:00 Uhr im Vereinslokal statt "
            "(bitte pünktlich):\n\n    13.01. · 27.01.\n")  # fmt: skip
    got = parse(text.encode(), as_of=AS_OF).meetings
    assert [m.date for m in got] == DATES[:2]
    assert {m.venue for m in got} == {"Vereinslokal"}
