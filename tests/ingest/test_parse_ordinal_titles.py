"""A long one-line entry whose title opens with an ordinal ("Sam. 23/01 : 12e Congrès de
l'Union locale – horaires à préciser – Salle …", "Sat 23 Jan – 3rd Annual Conference …") is an
entry (its date, then its title), not a sentence that mentions a date: it is kept, its time to be
announced. A sentence that mentions a date stays a sentence.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

ENTRIES = [
    ("fr", "Sam. 23/01 : 12e Congrès de l'Union locale – horaires à préciser – Salle de la Légion "
           "d'honneur, 6 rue de la Légion d'honneur, Saint-Denis", "Légion d'honneur"),
    ("en", "Sat 23 Jan – 3rd Annual Conference of the Trades Council, all day, times to follow – "
           "Unity Works, 43 Westgate Road, Wakefield WF1 1XW", "Unity Works"),
    ("de", "Sa. 23.01. – 2. Delegiertenkonferenz der Vertrauensleute, ganztägig, Zeiten folgen – "
           "Gewerkschaftshaus, Besenbinderhof 57, 20097 Hamburg", "Gewerkschaftshaus"),
    ("es", "Sáb. 23/01 – 2ª Asamblea General de Delegadas y Delegados, todo el día, horario a "
           "confirmar – Casa del Pueblo, Calle Mayor 21, 28013 Madrid", "Casa del Pueblo"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "place"), ENTRIES)
def test_an_entry_whose_title_opens_with_an_ordinal_is_kept(
    lang: str, line: str, place: str
) -> None:
    listing = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert m.date == "2027-01-23" and m.start_time is None
    assert place in " ".join(filter(None, [m.venue, m.room, m.address, m.title]))


def test_a_sentence_that_mentions_a_date_stays_a_sentence() -> None:
    line = (
        "We thank everyone who came on Saturday 23 January: 12 branches sent delegates and the "
        "report of the day is now online for members who could not attend the conference."
    )
    assert parse(f"News\n\n{line}\n", as_of=AS_OF).meetings == []
