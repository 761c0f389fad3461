"""A sentence may name the place, then the time, then a colon and the days ("Quedadas mensuales
en la Biblioteca Vasconcelos (Eje 1 Norte Mosqueta s/n, …), de 12:00 a 15:00 h: domingos 17
de enero, 21 de febrero y 21 de marzo"). Each day is a meeting at that time and place. Before,
the time was read but the place, before it, was not. (holdout39's speedcubing newsletter, after
its blind score.) The place after the time ("Thursdays at 12.30pm, Room 4.12: 16 January, …")
is still the one read."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)
DAYS = ["2027-01-17", "2027-02-21", "2027-03-21"]

# (lang, the sentence, the place)
LEADS = [
    ("es", "Quedadas mensuales en la Biblioteca Vasconcelos (Eje 1 Norte Mosqueta s/n, Buenavista, "
           "CDMX), de 12:00 a 15:00 h: domingos 17 de enero, 21 de febrero y 21 de marzo. Trae tu cubo.",
     "Biblioteca Vasconcelos"),
    ("en", "Monthly meetups at the Central Library (Eje 1 Norte, Buenavista), 12 noon to 3pm: "
           "Sundays 17 January, 21 February and 21 March. Bring your cube.", "Central Library"),
    ("de", "Monatliche Treffen in der Stadtbibliothek (Max-Stromeyer-Straße 116), 12 bis 15 Uhr: "
           "sonntags 17. Januar, 21. Februar und 21. März.", "Stadtbibliothek"),
    ("fr", "Rencontres mensuelles à la Médiathèque Jacques-Demy (24 quai de la Fosse), de 12 h à "
           "15 h : dimanches 17 janvier, 21 février et 21 mars.", "Médiathèque Jacques-Demy"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "place"), LEADS)
def test_the_place_before_the_time_is_each_days(lang: str, sentence: str, place: str) -> None:
    got = parse(f"News\n\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [(d, "12:00") for d in DAYS]
    assert [m.venue for m in got] == [place] * 3


def test_the_place_after_the_time_is_still_the_one_read() -> None:
    sentence = "Socials at the Central Library at 12 noon, Room 4.12: Sundays 17 January, 21 February and 21 March."
    got = parse(f"News\n\n{sentence}\n", as_of=AS_OF, lang="en").meetings
    assert [(m.date, m.start_time) for m in got] == [(d, "12:00") for d in DAYS]
    assert all("Room 4.12" in " ".join(filter(None, (m.venue, m.room))) for m in got)
