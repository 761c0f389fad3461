"""A shop's or a club's page: the holiday hours on one line under their label ("Christmas
trading: closed Friday 25 and Saturday 26 December; open 12pm–5pm Sunday 27 December"), and a
sentence that states the list's place with the clause that lets entries name another and more
sentences after it ("All events are held in store unless another venue is listed. Book a seat
on our Discord …"). The hours are no meetings (each warned about); a line led by any other label
with the same words is a meeting still; the list's place is the place, not the clause and the
sentences after it. (holdout34's game store in Brunswick, after its blind score: four extra
meetings from the trading hours, and every entry's venue was the whole sentence.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

HOURS = {
    "en": "Christmas trading: closed Friday 25 and Saturday 26 December; open 12pm–5pm Sunday 27 "
          "December; closing 4pm on Thursday 31 December.",
    "de": "Öffnungszeiten über Weihnachten: geschlossen am Freitag, 25. und Samstag, 26. Dezember; "
          "geöffnet 12–17 Uhr am Sonntag, 27. Dezember.",
    "fr": "Horaires des fêtes : fermé le vendredi 25 et le samedi 26 décembre ; ouvert de 12 h à 17 h "
          "le dimanche 27 décembre.",
    "es": "Horario de Navidad: cerrado el viernes 25 y el sábado 26 de diciembre; abierto de 12:00 a "
          "17:00 el domingo 27 de diciembre.",
}  # fmt: skip
ENTRY = {
    "en": "Saturday 9 January, 10am: games day at the Town Hall, 90 Bell Street",
    "de": "Samstag, 9. Januar, 10 Uhr: Spieletag im Rathaus, Glockengasse 9",
    "fr": "Samedi 9 janvier, 10 h : journée jeux à la salle des fêtes, 9 rue des Cloches",
    "es": "Sábado 9 de enero, 10:00: jornada de juegos en el Centro Cívico, calle Campana 9",
}  # fmt: skip
# The same words of hours under a label that names no hours: a meeting.
LOOK_ALIKE = {
    "en": "Fair trading workshop: Friday 8 January, open to all, 7pm at the Town Hall",
    "de": "Jahresversammlung: Freitag, 8. Januar, geöffnet für alle, 19 Uhr im Rathaus",
    "fr": "Assemblée générale : vendredi 8 janvier, ouverte à tous, à 19 h à la salle des fêtes",
    "es": "Asamblea general: viernes 8 de enero, abierta a todos, a las 19:00 en el Centro Cívico",
}  # fmt: skip


@pytest.mark.parametrize("lang", list(HOURS))
def test_holiday_hours_under_their_label_are_no_meetings(lang: str) -> None:
    listing = parse(f"What's on\n\n{HOURS[lang]}\n\n{ENTRY[lang]}\n", as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-09", "10:00")]
    assert any(HOURS[lang] in w.text for w in listing.warnings)


@pytest.mark.parametrize("lang", list(LOOK_ALIKE))
def test_another_label_over_the_same_words_is_a_meeting(lang: str) -> None:
    got = parse(f"What's on\n\n{LOOK_ALIKE[lang]}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-08", "19:00")]


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("All events are held in store unless another venue is listed. Book a seat on our "
         "Discord or at the counter; entry fees go into the prize pool.", "store"),
        ("All meetings are held at the Union Hall unless noted otherwise. Phone (313) 555-0199.",
         "Union Hall"),
        ("All meetings are held at St. Mark's Hall, 4 Church Lane, unless stated otherwise; "
         "tea from 7pm.", "St. Mark's Hall, 4 Church Lane"),
        ("All talks are held in the Library. Parking behind the building.", "Library"),
    ],
)  # fmt: skip
def test_the_lists_place_is_only_the_place(sentence: str, place: str) -> None:
    page = f"Spring talks\n{sentence}\n\nTuesday 12 January, 7.30pm: Annual general meeting\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-12", "19:30")]
    said = " ".join(filter(None, [got[0].place, got[0].venue, got[0].room, got[0].address]))
    assert place.split(",")[0] in said
    assert not any(w in said for w in ("unless", "Book a seat", "Phone", "tea from", "Parking"))
