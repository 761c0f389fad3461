"""Minutes record a meeting that took place: the date under their title ("Minutes of the Branch
Committee meeting" / "held on Tuesday 8 December 2026 at 1800hrs") is no upcoming meeting, and
it is the page's own date when nothing else gives one; the next meetings the minutes announce
stay. Written from holdout10's Cardiff and Vienna union minutes; the rows are variants."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

NEXT = {
    "en": "NEXT MEETINGS\n- Branch Committee – Tuesday 12 January 2027, 6pm, Unity House, Leeds\n",
    "de": "NÄCHSTE TERMINE\nDi., 12.1.2027, 18 Uhr – Vorstand, Gewerkschaftshaus, Linz\n",
    "fr": "PROCHAINES RÉUNIONS\nmardi 12 janvier 2027, 18h – Bureau, Bourse du Travail, Lyon\n",
    "es": "PRÓXIMAS REUNIONES\nmartes 12 de enero de 2027, 18:00 – Ejecutiva, Casa del Pueblo, Gijón\n",
}


# fmt: off
@pytest.mark.parametrize("lang,top,held", [
    ("en", "Minutes of the Branch Committee meeting\nheld on Tuesday 8 December 2026 at 1800hrs, "
           "Unity House, Leeds", date(2026, 12, 8)),
    ("en", "MINUTES\nGeneral meeting, Thursday 3 December 2026, 7pm, Friends Meeting House",
     date(2026, 12, 3)),
    ("en", "Leeds Trades Council\nMinutes of the AGM\n\nDate: Saturday 28 November 2026, 10:30\n"
           "Venue: Civic Hall", date(2026, 11, 28)),
    ("de", "PROTOKOLL\nder 6. Sitzung des Regionalvorstands 2026\n\n"
           "Datum: Donnerstag, 26. November 2026, 17:30 – 19:45 Uhr\nOrt: Gewerkschaftshaus",
     date(2026, 11, 26)),
    ("de", "Niederschrift über die Mitgliederversammlung\nam Freitag, 4. Dezember 2026, 19 Uhr, "
           "Volkshaus", date(2026, 12, 4)),
    ("fr", "Procès-verbal de la réunion du bureau\ndu jeudi 3 décembre 2026 à 18h, Bourse du "
           "Travail", date(2026, 12, 3)),
    ("fr", "Compte rendu de l'assemblée générale\nsamedi 28 novembre 2026, 14h, salle des fêtes",
     date(2026, 11, 28)),
    ("es", "ACTA DE LA ASAMBLEA\ncelebrada el miércoles 2 de diciembre de 2026 a las 19:00 en la "
           "Casa del Pueblo", date(2026, 12, 2)),
])
# fmt: on
def test_the_meeting_minutes_record_is_no_upcoming_meeting(lang, top, held):
    page = f"{top}\n\n1. Apologies\nNone.\n\n{NEXT[lang]}"
    for as_of in (held, None):
        listing = parse(page, as_of=as_of, lang=lang, today=date(2027, 6, 1))
        assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-12", "18:00")]
        assert any("minutes record" in w.reason for w in listing.warnings)
    assert parse(page, lang=lang, today=date(2027, 6, 1)).as_of == held


def test_a_footer_s_date_still_beats_the_record_s():
    page = (
        "PROTOKOLL\nder Sitzung des Vorstands\n\nDatum: Donnerstag, 26. November 2026, 17:30 Uhr"
        "\n\nNÄCHSTE TERMINE\nDo., 17.12., 17:30 Uhr – Vorstand, Catamaran, Wien\n\n"
        "Wien, am 27. November 2026\nSabine Hofer\n"
    )
    listing = parse(page, lang="de", today=date(2027, 6, 1))
    assert listing.as_of == date(2026, 11, 27)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-17", "17:30")]


def test_a_page_of_minutes_to_come_keeps_its_meetings():
    page = (
        "Upcoming meetings\n\nThursday 14 January 2027, 7pm – Branch meeting, Unity House\n"
        "Minutes: the secretary\n"
    )
    listing = parse(page, as_of=date(2026, 12, 1))
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]


def test_a_minutes_label_is_no_title():
    page = "Protokoll: Markus Leitner\nDo., 17.12.2026, 17:30 Uhr – Vorstand, Catamaran, Wien\n"
    listing = parse(page, as_of=date(2026, 12, 1), lang="de")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-17", "17:30")]
