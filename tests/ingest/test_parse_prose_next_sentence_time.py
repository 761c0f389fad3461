"""A club's blog post in prose: a run named by its date in a sentence of its own ("First up is
the Christmas run on Sunday 13 December."), its meeting point and time in the next sentence ("We
leave the Riverside clubrooms at 10am sharp …"), then the last club night with its own time in a
later sentence ("… is Wednesday 16 December at 7.30pm"). The run keeps the time and place of the
sentence after it, not the club night's; a time far on in the date's own sentence about what
happened that day is still no meeting's. A calendar line whose status remark says the new date
is to come ("– POSTPONED, new date TBC") keeps its place. (holdout34's vintage car club, after
its blind score: the run had the club night's time, and the postponed run lost its town.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)

POSTS = {
    "en": ("First up is the Christmas run on Sunday 13 December. We leave the Riverside clubrooms "
           "at 10am sharp and drive round to Orton Park for a picnic lunch. The last club night of "
           "the year is Wednesday 16 December at 7.30pm, again at the clubrooms.", "Riverside"),
    "de": ("Los geht es mit der Weihnachtsausfahrt am Sonntag, 13. Dezember. Wir starten am "
           "Vereinsheim Riedwiese um 10 Uhr und fahren zum Picknick an den Stausee. Der letzte "
           "Clubabend des Jahres ist am Mittwoch, 16. Dezember um 19.30 Uhr, wieder im Vereinsheim.",
           "Riedwiese"),
    "fr": ("On commence par la sortie de Noël le dimanche 13 décembre. Rendez-vous au Club-house "
           "des Rives à 10 h précises, puis pique-nique au parc. La dernière soirée du club de "
           "l'année aura lieu le mercredi 16 décembre à 19 h 30, à nouveau au club-house.",
           "Club-house des Rives"),
    "es": ("Empezamos con la salida de Navidad el domingo 13 de diciembre. Quedamos en el Club "
           "Náutico a las 10:00 en punto y vamos hasta el parque para comer. La última noche del "
           "club del año es el miércoles 16 de diciembre a las 19:30, otra vez en el club.",
           "Club Náutico"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(POSTS))
def test_the_first_date_takes_the_time_and_place_of_the_sentence_after_it(lang: str) -> None:
    post, place = POSTS[lang]
    got = parse(f"Summer runs\n\n{post}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-13", "10:00"), ("2026-12-16", "19:30"),
    ]  # fmt: skip
    venue = got[0].venue or ""
    assert place in venue and len(venue) < len(place) + 20  # the place, not the sentence


# What happened on a date, with a time far on in its own sentence: no meeting that day.
PAST = {
    "en": "What a year: on Tuesday 24 November we stopped the eviction on Elm Street thanks to the "
          "hundred of you who came at 7 in the morning. At the assembly on Monday 30 November we "
          "agreed the calendar below.",
    "es": "Cerramos un año duro: el martes 24 de noviembre conseguimos parar el desahucio de Rosa "
          "gracias a las más de cien personas que vinisteis a las 7 de la mañana. En la asamblea "
          "del lunes 30 de noviembre decidimos el calendario que os mandamos aquí.",
}  # fmt: skip


@pytest.mark.parametrize("lang", list(PAST))
def test_a_time_far_on_in_the_dates_own_sentence_makes_no_meeting(lang: str) -> None:
    got = parse(f"Newsletter\n\n{PAST[lang]}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got if m.start_time] == []


@pytest.mark.parametrize(
    "remark",
    ["POSTPONED, new date TBC.", "POSTPONED, new date TBA", "CANCELLED, new date TBD.",
     "VERSCHOBEN, neuer Termin TBA"],
)  # fmt: skip
def test_a_status_remark_with_its_new_date_to_come_keeps_the_place(remark: str) -> None:
    page = (
        "Calendar\n\n• Sat 9 Jan – Swap meet, Canterbury Agricultural Park, Curletts Road – 7am.\n"
        f"• Sat 13 Mar – Run to the Plains Vintage Railway, Tinwald – {remark}\n"
    )
    got = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-01-09", "2027-03-13"]
    last = got[1]
    assert last.status in ("postponed", "cancelled")
    said = " ".join(filter(None, [last.place, last.venue, last.room, last.city, last.address]))
    assert "Tinwald" in said and "TB" not in said
