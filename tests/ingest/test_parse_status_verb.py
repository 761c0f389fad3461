"""A one-line entry whose place is followed by a verb and its status ("– Trades Hall is
CANCELLED", "– Bourse du travail est ANNULÉE", "– Gewerkschaftshaus ist ABGESAGT", "– Casa del
Pueblo queda SUSPENDIDA"): the meeting keeps its status and its place, without the verb.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("lang", "line", "venue", "status"),
    [
        ("en", "Saturday 19 December, 7pm – Trades Hall is CANCELLED", "Trades Hall", "cancelled"),
        ("en", "Saturday 19 December, 7pm – Trades Hall has been POSTPONED", "Trades Hall", "postponed"),
        ("de", "Samstag, 19. Dezember, 19 Uhr – Gewerkschaftshaus ist ABGESAGT", "Gewerkschaftshaus", "cancelled"),
        ("fr", "Samedi 19 décembre, 19 h – Bourse du travail est ANNULÉE", "Bourse du travail", "cancelled"),
        ("es", "Sábado 19 de diciembre, 19:00 – Casa del Pueblo queda SUSPENDIDA", "Casa del Pueblo", "cancelled"),
    ],
)  # fmt: skip
def test_the_verb_before_a_status_is_no_part_of_the_place(
    lang: str, line: str, venue: str, status: str
) -> None:
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time, m.status) == ("2026-12-19", "19:00", status)
    assert m.venue == venue


def test_a_place_named_with_such_a_word_keeps_it() -> None:
    (m,) = parse("Agenda\n\nSaturday 19 December, 7pm – The Is Gallery\n", as_of=AS_OF).meetings
    assert m.venue == "The Is Gallery" and m.status == "scheduled"
