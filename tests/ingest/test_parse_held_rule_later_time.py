"""A sentence that says where a list's meetings are held may leave their time to a later
sentence of its paragraph ("Our monthly meetings are held on the second Thursday of each month
at the Kings Hall, Station Road, Ilkley LS29 8HB. Doors open at 1.30pm and all meetings begin
at 2pm."): the dates listed below take both (holdout31's u3a page, after its blind score: all
seven talks had no time). A later sentence that gives no list's time times nothing."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)

RULES = {
    "en": ("Our monthly meetings are held on the second Thursday of each month at the Kings Hall, "
           "Station Road, Ilkley LS29 8HB. Doors open at 1.30pm and all meetings begin at 2pm.",
           ["Thursday 10th December – Christmas Quiz", "Thursday 14th January – The Canal"],
           "Kings Hall"),
    "en-no-article": ("We meet on the first and third Thursday of the month at Eastminster United "
                      "Church, 310 Danforth Avenue, Toronto. Doors open at 1:30 p.m.; meetings "
                      "start at 2:00 p.m. and end around 4.",
                      ["Thursday, December 10 – Members' Night", "Thursday, January 14 – Guest speaker"],
                      "Eastminster United Church"),
    "de": ("Unsere Treffen finden jeden zweiten Donnerstag im Monat im Bürgerhaus Süd, "
           "Hauptstraße 12, 34117 Kassel statt. Einlass ist ab 13.30 Uhr, alle Treffen beginnen "
           "um 14 Uhr.",
           ["Donnerstag, 10. Dezember – Weihnachtsquiz", "Donnerstag, 14. Januar – Der Kanal"],
           "Bürgerhaus Süd"),
    "fr": ("Nos réunions ont lieu le deuxième jeudi du mois à la Maison des associations, 6 rue "
           "Berthe de Boissieux, 38000 Grenoble. Accueil dès 13 h 30 ; les réunions commencent à "
           "14 h.",
           ["Jeudi 10 décembre – Quiz de Noël", "Jeudi 14 janvier – Le canal"],
           "Maison des associations"),
    "es": ("Nuestras reuniones se celebran el segundo jueves de cada mes en el Centro Cívico "
           "Delicias, calle Duquesa Villahermosa 159, Zaragoza. Abrimos a las 13:30 y todas las "
           "reuniones empiezan a las 14:00.",
           ["jueves 10 de diciembre – Concurso de Navidad", "jueves 14 de enero – El canal"],
           "Centro Cívico Delicias"),
}  # fmt: skip


@pytest.mark.parametrize("lang", RULES)
def test_the_rules_place_and_its_later_time(lang: str) -> None:
    rule, dates, place = RULES[lang]
    page = "Programme\n\n" + rule + "\n\n" + "\n".join(dates) + "\n"
    got = [(m.date, m.start_time, m.venue) for m in parse(page, as_of=AS_OF).meetings]
    assert got == [("2026-12-10", "14:00", place), ("2027-01-14", "14:00", place)]


def test_a_later_sentence_without_a_lists_time_times_nothing() -> None:
    page = (
        "Programme\n\nOur monthly meetings are held on the second Thursday of each month at the "
        "Kings Hall, Station Road, Ilkley LS29 8HB. The café opens at 10am on market days.\n\n"
        "Thursday 10th December – Christmas Quiz\nThursday 14th January – The Canal\n"
    )
    assert all(m.start_time != "10:00" for m in parse(page, as_of=AS_OF).meetings)
