"""A mailing-list digest gives each message its own header ("Date: Mon, 30 Nov 2026 18:22:41
+0000" / "From: …" / "To: …" / "Subject: …"): when it was sent and by whom, no time or date for
the announcements in its body. Before, holdout12's digest read the header's "Date:" as a labelled
time field over the list below it, and every date of the next message met at 18:22. The rows are
written from the pattern: message headers in English, German, French and Spanish (their labels
and date forms), over a body that gives a date without a time (kept, its time to be announced)
or a date with its own time."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

TOP = """\
From: list-request@lists.example.org
Subject: Community Digest, Vol 3, Issue 12
To: list@lists.example.org
Date: Tue, 01 Dec 2026 06:00:00 +0000

Today's Topics:

   1. An announcement

----------------------------------------------------------------------

Message: 1
"""

# fmt: off
# (lang, the message's header lines, its body, the meetings' (date, start time))
ROWS = [
    ("en", ["Date: Mon, 30 Nov 2026 18:22:41 +0000", "From: Helen Price <helen@example.org>",
            "To: list@lists.example.org", "Subject: [Oakford] Repair Cafe"],
     "The Repair Cafe is on Saturday 19 December at St Luke's Hall, Church Road.",
     [("2026-12-19", None)]),
    ("en", ["Date: Sun, 29 Nov 2026 21:05:13 -0500", "From: Raj Patel <raj@example.net>",
            "Subject: Re: Chess club"],
     "Chess club: Thursday 7 January, 7.30pm, back room of the Feathers, Bridge Street.",
     [("2027-01-07", "19:30")]),
    ("en", ["Date: Tue, 1 Dec 2026 07:48:30 +0000", "From: Naturalists <sec@example.org>",
            "To: list@lists.example.org", "Subject: Bird walk"],
     "Winter bird walk on Sunday 10 January from Marsh Lane car park, Oakford.",
     [("2027-01-10", None)]),
    ("de", ["Datum: Mo, 30. Nov. 2026 18:22:41 +0100", "Von: Petra Lang <petra@example.de>",
            "An: liste@example.de", "Betreff: Adventssingen"],
     "Adventssingen am Samstag, 19. Dezember, im Gemeindehaus Sankt Paul, Kirchgasse 4.",
     [("2026-12-19", None)]),
    ("de", ["Datum: Di, 1. Dez. 2026 09:14:02 +0100", "Von: Ortsverein <ov@example.de>",
            "Betreff: Stammtisch"],
     "Stammtisch am Donnerstag, 14. Januar, um 19 Uhr im Gasthaus Krone, Leipzig.",
     [("2027-01-14", "19:00")]),
    ("fr", ["Date : lun. 30 nov. 2026 18:22:41 +0100", "De : Claire Martin <claire@example.fr>",
            "À : liste@example.fr", "Objet : Assemblée"],
     "Assemblée de quartier le samedi 19 décembre à la Maison des associations, Lyon.",
     [("2026-12-19", None)]),
    ("es", ["Fecha: lun, 30 nov 2026 18:22:41 +0100", "De: Lucía Gómez <lucia@example.es>",
            "Para: lista@example.es", "Asunto: Asamblea"],
     "Asamblea abierta el sábado 19 de diciembre en el Centro Cívico La Sedeta, Barcelona.",
     [("2026-12-19", None)]),
    ("es", ["Fecha: mar, 1 dic 2026 08:15:02 +0100", "De: Colectivo <c@example.es>",
            "Asunto: Limpieza"],
     "Limpieza del río el domingo 10 de enero a las 11:00 en el Parque Lineal, Madrid.",
     [("2027-01-10", "11:00")]),
]
# fmt: on


@pytest.mark.parametrize("lang,header,body,want", ROWS)
def test_a_digest_message_header_gives_no_time_to_its_body(lang, header, body, want):
    page = TOP + "\n".join(header) + "\n\n" + body + "\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == want


def test_a_card_labelled_date_field_over_a_list_still_gives_its_time():
    # A "Date:"/"Time:" label over the list is the list's own field, not a message header.
    page = (
        "Repair Cafe\nTime: 10am\nPlace: St Luke's Hall\n\n"
        "Saturday 19 December\nSaturday 16 January\n"
    )
    listing = parse(page, as_of=AS_OF, lang="en")
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-19", "10:00"),
        ("2027-01-16", "10:00"),
    ]


PAGE = (
    TOP
    + """\
Date: Mon, 30 Nov 2026 18:22:41 +0000
From: Helen Price <helen@example.org>
To: list@lists.example.org
Subject: [Oakford] Repair Cafe and quiz

Hi all,

Repair Cafe: Saturday 19 December at St Luke's Hall, Church Road.
Quiz night: Friday 11 December, 7.30pm, The Crown, Market Square.

Helen

------------------------------

Message: 2
Date: Tue, 1 Dec 2026 07:48:30 +0000
From: Oakford Naturalists <sec@example.org>
To: list@lists.example.org
Subject: Indoor meeting

Indoor meeting: Wednesday 27 January, 7.45pm, Oakford Library.
"""
)


def test_a_digest_reads_each_message_body_and_none_of_its_headers():
    listing = parse(PAGE, as_of=AS_OF, lang="en")
    got = sorted((m.date, m.start_time) for m in listing.meetings)
    assert got == [("2026-12-11", "19:30"), ("2026-12-19", None), ("2027-01-27", "19:45")]
    places = {m.date: " ".join(filter(None, (m.venue, m.place, m.city))) for m in listing.meetings}
    assert "St Luke's Hall" in places["2026-12-19"]
    assert "Crown" in places["2026-12-11"]
    assert "Oakford Library" in places["2027-01-27"]
