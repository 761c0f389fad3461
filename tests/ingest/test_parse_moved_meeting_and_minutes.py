"""A community council's dates list, read line by line:

- a meeting moved for one month, with the reason in brackets: "Monday 11th January 2027 – 7pm –
  NB at Leith Library, 28-30 Ferry Road (the Community Centre is closed for maintenance)" is a
  meeting at Leith Library (the closure in its remark is the usual venue's), its address kept
  with the remark, and "NB at" no part of the venue's name;
- the minutes of past meetings, each a file linked by its meeting's date ("Monday 9th November
  2026 – draft minutes (PDF, 212 KB)"), are no meetings.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, rule sentence, usual date line, moved date line, venue, minutes heading, minutes lines)
PAGES = [
    (
        "en",
        "Ordinary meetings are normally held on the second Monday of the month at 7pm in Leith "
        "Community Centre, 12A New Kirkgate, Edinburgh EH6 6AD.",
        "Monday 14th December 2026 – 7pm – Leith Community Centre",
        "Monday 11th January 2027 – 7pm – NB at Leith Library, 28-30 Ferry Road (the Community "
        "Centre is closed for maintenance)",
        "Leith Library",
        "Minutes of previous meetings",
        [
            "Monday 9th November 2026 – draft minutes (PDF, 212 KB)",
            "Monday 12th October 2026 – approved minutes (PDF, 198 KB)",
        ],
    ),
    (
        "de",
        "Die Sitzungen finden in der Regel am zweiten Montag im Monat um 19 Uhr im Bürgerhaus "
        "Nord, Holländische Straße 5, 34127 Kassel statt.",
        "Montag, 14. Dezember 2026 – 19 Uhr – Bürgerhaus Nord",
        "Montag, 11. Januar 2027 – 19 Uhr – Achtung: im Stadtteilzentrum Wesertor, Weserstraße 26 "
        "(das Bürgerhaus ist wegen Renovierung geschlossen)",
        "Stadtteilzentrum Wesertor",
        "Protokolle",
        [
            "Montag, 9. November 2026 – Protokoll (PDF, 212 KB)",
            "Montag, 12. Oktober 2026 – Protokoll (PDF, 198 KB)",
        ],
    ),
    (
        "fr",
        "Les séances ont lieu en principe le deuxième lundi du mois à 19 h à la Maison de quartier "
        "Doulon, 1 rue de la Basse-Chênaie, Nantes.",
        "Lundi 14 décembre 2026 – 19 h – Maison de quartier Doulon",
        "Lundi 11 janvier 2027 – 19 h – Attention : à la Médiathèque Floresca Guépin, 15 rue de la "
        "Haluchère (la Maison de quartier est fermée pour travaux)",
        "Médiathèque Floresca Guépin",
        "Comptes rendus",
        [
            "Lundi 9 novembre 2026 – compte rendu (PDF, 212 Ko)",
            "Lundi 12 octobre 2026 – compte rendu (PDF, 198 Ko)",
        ],
    ),
    (
        "es",
        "Las reuniones se celebran normalmente el segundo lunes de cada mes a las 19 h en el Centro "
        "Cívico Delicias, Avenida de Navarra 54, Zaragoza.",
        "Lunes 14 de diciembre de 2026 – 19 h – Centro Cívico Delicias",
        "Lunes 11 de enero de 2027 – 19 h – Ojo: en la Biblioteca Cubit, calle Mas de las Matas 20 "
        "(el Centro Cívico está cerrado por obras)",
        "Biblioteca Cubit",
        "Actas",
        [
            "Lunes 9 de noviembre de 2026 – acta (PDF, 212 KB)",
            "Lunes 12 de octubre de 2026 – acta (PDF, 198 KB)",
        ],
    ),
]


@pytest.mark.parametrize(
    "lang,rule,usual,moved,venue,heading,minutes", PAGES, ids=[p[0] for p in PAGES]
)
def test_a_moved_meeting_is_read_at_its_venue_and_minutes_are_no_meetings(
    lang: str, rule: str, usual: str, moved: str, venue: str, heading: str, minutes: list[str]
) -> None:
    page = "\n".join(["Meetings", "", rule, "", usual, moved, "", heading, "", *minutes, ""])
    listing = parse(page, as_of=AS_OF)
    got = listing.meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-14", "19:00"),
        ("2027-01-11", "19:00"),
    ]
    assert got[1].venue == venue
    assert "(" in (got[1].address or "") or "(" in (got[1].room or "")  # the remark is kept
    said = " ".join(w.reason for w in listing.warnings)
    assert "record of a meeting held" in said


# fmt: off
@pytest.mark.parametrize("line", [
    # a meeting whose agenda is linked: a meeting
    "Monday 14th December 2026 – 7pm – Leith Community Centre – agenda (PDF, 120 KB)",
    # minutes with a time: the meeting the minutes will record is still to come
    "Monday 14th December 2026, 7pm – minutes of the last meeting to be approved (PDF)",
    # a closure in a remark before any time is said is a closure: no meeting (next test)
])
# fmt: on
def test_a_timed_meeting_with_a_file_stays(line: str) -> None:
    (m,) = parse(f"Meetings\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2026-12-14", "19:00")


@pytest.mark.parametrize(
    "line",
    [
        "Friday 25th December 2026 (the office is closed for the holidays)",
        "Freitag, 25. Dezember 2026 – Geschäftsstelle geschlossen",
    ],
)
def test_an_untimed_closure_is_still_no_meeting(line: str) -> None:
    assert parse(f"Meetings\n\n{line}\n", as_of=AS_OF).meetings == []
