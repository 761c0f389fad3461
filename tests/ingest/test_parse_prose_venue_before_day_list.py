"""A blog post says, in one sentence, where a series meets and then on which days: the venue by
its kind and name with its street and town in brackets, or with its street after a comma, then
the weekday and the dates, then the hours ("Le café mémoire reprend au bar du Lieu Unique (quai
Ferdinand-Favre, Nantes) les jeudis 14 janvier, 11 février et 11 mars, de 14 h 30 à 16 h 30.
Une psychologue et deux bénévoles vous y accueillent autour d'un café."). Every date is at that
venue; the next sentence is a note about it, never its place. (holdout32's carers' blog, after
its blind score: the note was read as the venue of all three dates.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 7)

# (sentence, note, venue words, town words, dates, start)
SENTENCES = {
    "fr-bracket": ("Le café mémoire reprend au bar du Lieu Unique (quai Ferdinand-Favre, Nantes) "
                   "les jeudis 14 janvier, 11 février et 11 mars, de 14 h 30 à 16 h 30.",
                   "Une psychologue et deux bénévoles vous y accueillent autour d'un café, sans "
                   "inscription.", "Lieu Unique", "Nantes",
                   ["2027-01-14", "2027-02-11", "2027-03-11"], "14:30"),
    "en-bracket": ("The memory café meets again at the café of the Arts Centre (12 High Street, "
                   "Totnes) on Thursdays 14 January, 11 February and 11 March, from 2.30pm to "
                   "4.30pm.", "A nurse and two volunteers welcome you over a cup of tea, no "
                   "booking needed.", "Arts Centre", "Totnes",
                   ["2027-01-14", "2027-02-11", "2027-03-11"], "14:30"),
    "de-street": ("Das Erzählcafé trifft sich im Bürgerhaus Süd, Hauptstraße 12, 34117 Kassel, "
                  "donnerstags am 14. Januar, 11. Februar und 11. März, von 14.30 bis 16.30 Uhr.",
                  "Eine Psychologin und zwei Ehrenamtliche begrüßen Sie bei Kaffee und Kuchen.",
                  "Bürgerhaus Süd", "Kassel", ["2027-01-14", "2027-02-11", "2027-03-11"], "14:30"),
    "es-street": ("El café de la memoria vuelve al Centro Cívico Delicias, Calle Duquesa "
                  "Villahermosa 159, Zaragoza, los jueves 14 de enero, 11 de febrero y 11 de marzo, "
                  "de 16:30 a 18:30.", "Una psicóloga y dos voluntarias os esperan con un café.",
                  "Centro Cívico Delicias", "Zaragoza",
                  ["2027-01-14", "2027-02-11", "2027-03-11"], "16:30"),
}  # fmt: skip


@pytest.mark.parametrize("key", list(SENTENCES))
def test_each_date_is_at_the_venue_the_sentence_names_before_them(key: str) -> None:
    sentence, note, venue, town, dates, start = SENTENCES[key]
    text = f"Nos rendez-vous\n\n{sentence} {note}\n"
    got = parse(text.encode(), as_of=AS_OF).meetings
    assert [m.date for m in got] == dates
    assert {m.start_time for m in got} == {start}
    for m in got:
        where = " ".join(v for v in (m.venue, m.place, m.address, m.city) if v)
        assert venue in where and town in where
        assert note[:12] not in where  # the note is no place
        assert m.room is None or note[:12] not in m.room


def test_a_later_dates_own_place_in_its_sentence_still_counts() -> None:
    """The cut at a sentence's end leaves a later date's own place in its part of the line."""
    text = ("Readings\n\nMaya reads at Skylight Books, 1818 N Vermont Ave, Los Angeles on Wednesday, "
            "February 17, 7pm, and Saturday February 20, 2pm, at Moe's Books, 2476 Telegraph Ave, "
            "Berkeley, CA 94704. Signed copies on sale.\n")  # fmt: skip
    got = parse(text.encode(), as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-02-17", "2027-02-20"]
    assert "Moe's Books" in (got[1].venue or "")
