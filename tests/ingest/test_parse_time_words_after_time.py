"""A word that goes with a date line's time ("7pm onwards", "8pm sharp", "7pm start", "19 Uhr
pünktlich", "19 h précises", "a las 19 en punto") is no place: the venue is the part after it
(it was read as the venue: holdout29's allotment diary, "Friday 18 December, 7pm onwards,
upstairs at The Sheaf View", after its blind score)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 10)

LINES = {
    "en": ("Friday 18 December, 7pm {word}, The Sheaf View, 25 Gleadless Road", "The Sheaf View",
           ["onwards", "onward", "sharp", "prompt", "promptly", "start", "till late", "until late"]),
    "de": ("Freitag, 18. Dezember, 19 Uhr {word}, Gaststätte Linde, Hauptstraße 3",
           "Gaststätte Linde", ["pünktlich", "open end", "Open-End"]),
    "fr": ("vendredi 18 décembre, 19 h {word}, Café Lux, 3 rue Paul Bert", "Café Lux",
           ["précises", "pile"]),
    "es": ("viernes 18 de diciembre, a las 19 {word}, Bar La Bicicleta, calle Mayor 3",
           "Bar La Bicicleta", ["en punto", "en adelante"]),
}  # fmt: skip
CASES = [(lang, word) for lang, (_, _, words) in LINES.items() for word in words]


@pytest.mark.parametrize(("lang", "word"), CASES)
def test_a_word_of_the_time_is_no_venue(lang: str, word: str) -> None:
    line, venue, _ = LINES[lang]
    (m,) = parse(line.format(word=word) + "\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.venue) == ("2026-12-18", "19:00", venue)


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Friday 18 December, 7pm, Starting Gate Pub, 25 Gleadless Road", "Starting Gate Pub"),
        ("Friday 18 December, 7pm, Pile Hall, 25 Gleadless Road", "Pile Hall"),
    ],
)
def test_a_venue_that_opens_with_such_a_word_stays(line: str, venue: str) -> None:
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert m.venue == venue
