"""A hard-wrapped paragraph (an e-mail, a newsletter, a mailing-list post) may break a time
range after its start: "… am Samstag, 9. Januar, von 10 bis" / "13 Uhr im Bürgerhaus …". The
range is one time, from its start: before, holdout12's citizens' initiative newsletter met at
13:00, the end it read on the next line. The rows are written from the pattern: the range words
of English, German, French and Spanish ("from … to/till/until", "von … bis", "de … à", "de … a",
a dash), 12- and 24-hour times, the break before the end time."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# fmt: off
# (lang, the wrapped paragraph, its meeting's (date, start, end), a word of its place)
ROWS = [
    ("de", "Wir laden zur Schreibwerkstatt ein: am Samstag, 9. Januar, von 10 bis\n"
           "13 Uhr im Stadtteilzentrum Nord, Lindenallee 40. Bringt Laptops mit.",
     ("2027-01-09", "10:00", "13:00"), "Stadtteilzentrum Nord"),
    ("de", "Die Kleiderbörse öffnet am Sonntag, 13. Dezember, von 14:00 bis\n"
           "17:30 Uhr im Gemeindehaus Sankt Paul, Kirchgasse 4. Alle sind willkommen.",
     ("2026-12-13", "14:00", "17:30"), "Gemeindehaus Sankt Paul"),
    ("en", "The Repair Cafe is back on Saturday 16 January, from 10am to\n"
           "1pm at Quarry Road Community Centre, Sheffield. Bring your broken lamps.",
     ("2027-01-16", "10:00", "13:00"), "Quarry Road Community Centre"),
    ("en", "Our winter social is on Friday 18 December from 7pm until\n"
           "10.30pm at the Bridge Inn, Dundee. Partners and friends welcome.",
     ("2026-12-18", "19:00", "22:30"), "Bridge Inn"),
    ("en", "Seed swap on Sunday 17 January, 11am -\n"
           "2pm, Leith Community Hub, Edinburgh. Bring seeds in envelopes.",
     ("2027-01-17", "11:00", "14:00"), "Leith Community Hub"),
    ("fr", "L'atelier d'écriture aura lieu le samedi 9 janvier de 10 h à\n"
           "13 h à la Maison des associations, Grenoble. Inscription conseillée.",
     ("2027-01-09", "10:00", "13:00"), "Maison des associations"),
    ("fr", "Permanence juridique le mercredi 16 décembre de 18h30 à\n"
           "20h30 au local du syndicat, rue Pasteur, Rennes. Venez nombreux.",
     ("2026-12-16", "18:30", "20:30"), "local du syndicat"),
    ("es", "El taller de cartas será el sábado 9 de enero de 10 a\n"
           "13 h en el Ateneo La Idea, Zaragoza. Trae tus dudas.",
     ("2027-01-09", "10:00", "13:00"), "Ateneo La Idea"),
    ("es", "Asamblea vecinal el jueves 14 de enero de 19:00 a\n"
           "21:00 en el Centro Cívico Delicias, Valladolid. Entrada libre.",
     ("2027-01-14", "19:00", "21:00"), "Centro Cívico Delicias"),
]
# fmt: on


@pytest.mark.parametrize("lang,para,when,place", ROWS)
def test_a_range_wrapped_after_its_start_is_read_from_its_start(lang, para, when, place):
    listing = parse(para + "\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.start_time, m.end_time) == when
    places = " | ".join(str(v) for v in (m.venue, m.place, m.address, m.city, m.room) if v)
    assert place.casefold() in places.casefold()


@pytest.mark.parametrize(
    "para",
    [
        "Ferienprogramm am Samstag, 9. Januar, 10 Uhr, für Kinder von 6 bis\n"
        "12 Jahren im Jugendhaus Süd.",
        "Seed swap on Sunday 17 January at 11am, for groups from 4 to\n"
        "12 people, at Leith Community Hub.",
    ],
)
def test_a_wrapped_range_of_other_numbers_stays_as_it_is(para):
    (m,) = parse(para + "\n", as_of=AS_OF).meetings
    assert (m.date[5:], m.start_time) in {("01-09", "10:00"), ("01-17", "11:00")}
    assert m.end_time is None


PAGE = """\
Liebe Mitstreiterinnen und Mitstreiter,

die Einwendungsfrist läuft. Wir laden zur Schreibwerkstatt ein: am Samstag, 9. Januar, von 10 bis
13 Uhr im Stadtteilzentrum Nord, Lindenallee 40. Bringt eure Fragen mit, Laptops sind da.

Unser offenes Treffen ist am Mittwoch, 20. Januar, von 19.30 bis
21 Uhr im Nebenzimmer der Gaststätte Zum Anker, Hafenstraße 12.

Kinder von 6 bis
12 Jahren sind beim Laternenbasteln willkommen.
"""


def test_a_newsletter_reads_each_wrapped_range_from_its_start():
    listing = parse(PAGE, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time, m.end_time) for m in listing.meetings]
    assert got == [("2027-01-09", "10:00", "13:00"), ("2027-01-20", "19:30", "21:00")]
    assert "Stadtteilzentrum Nord" in (listing.meetings[0].venue or "")
    assert "Zum Anker" in " ".join(
        filter(None, (listing.meetings[1].venue, listing.meetings[1].place))
    )
