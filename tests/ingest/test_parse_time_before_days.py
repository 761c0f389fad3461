"""A sentence may state the time and place first and the days last, after a comma and a
weekday: "Winter work parties run from 10am to 12 noon at the garden, on Saturdays 12 December,
9 January and 23 January." A hard-wrapped paragraph (a newsletter, a static site's Markdown)
may break it after the comma, the days on the next line. Each day is a meeting at that time
and place. (holdout28's shared garden, after its blind score: its three work days had no time.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (sentence up to its comma, the days after it, the place word)
ROWS = [
    ("Winter work parties run from 10am to 12 noon at the garden,",
     "on Saturdays 12 December, 9 January and 23 January. Gloves provided.", "garden"),
    ("Les chantiers participatifs d'hiver ont lieu de 10h à 12h au jardin,",
     "les samedis 12 décembre, 9 janvier et 23 janvier. Gants et outils fournis.", "jardin"),
    ("Die Arbeitseinsätze finden von 10 bis 12 Uhr im Garten statt,",
     "an den Samstagen 12. Dezember, 9. Januar und 23. Januar. Handschuhe sind da.", "Garten"),
    ("Las jornadas de trabajo son de 10:00 a 12:00 en el huerto,",
     "los sábados 12 de diciembre, 9 de enero y 23 de enero. Hay guantes.", "huerto"),
]  # fmt: skip
IDS = ["en", "fr", "de", "es"]
DAYS = ["2026-12-12", "2027-01-09", "2027-01-23"]


def _page(first: str, second: str, joiner: str) -> str:
    return f"Agenda\n\nNews from the garden.\n\n{first}{joiner}{second}\n"


@pytest.mark.parametrize("joiner", [" ", "\n"], ids=["one-line", "wrapped"])
@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_the_time_before_the_days_is_each_days(row: tuple, joiner: str) -> None:
    first, second, place = row
    ms = parse(_page(first, second, joiner), as_of=AS_OF).meetings
    assert [m.date for m in ms] == DAYS
    for m in ms:
        assert (m.start_time, m.end_time) == ("10:00", "12:00")
        assert m.venue == place
        assert "Gloves" not in str(m.place) and "Gants" not in str(m.place)  # the next sentence's


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_paragraph_apart_is_no_lead(row: tuple) -> None:
    first, second, _ = row
    ms = parse(_page(first, second, "\n\n"), as_of=AS_OF).meetings
    assert all(m.start_time != "10:00" for m in ms)


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_sentence_ended_above_is_no_lead(row: tuple) -> None:
    first, second, _ = row
    ms = parse(_page(first.rstrip(",") + ".", second, "\n"), as_of=AS_OF).meetings
    assert all(m.start_time != "10:00" for m in ms)


@pytest.mark.parametrize(
    "days",
    [
        "except on Saturdays 12 December and 9 January.",
        "but not Saturdays 12 December and 9 January.",
    ],
)
def test_days_the_sentence_excepts_take_no_time(days: str) -> None:
    page = _page("The volunteers meet from 10am to 12 noon at the garden,", days, "\n")
    assert all(m.start_time != "10:00" for m in parse(page, as_of=AS_OF).meetings)


# The lead ends at a colon on the next line, a remark in brackets after its time: "Les conseils
# exécutifs … ont lieu à 12 h (dîner fourni), au Pavillon Charles-De Koninck," / "local
# DKN-3470 : les mercredis 13 janvier, 27 janvier et 10 février."
COLON_ROWS = [
    ("Committee meetings are open to members and start at 12 noon (lunch provided), in the Old Library,",
     "Room 2.14: Wednesdays 13 January, 27 January and 10 February.", "Old Library", "Room 2.14"),
    ("Les conseils exécutifs sont ouverts aux membres et ont lieu à 12 h (dîner fourni), au Pavillon Charles-De Koninck,",
     "local DKN-3470 : les mercredis 13 janvier, 27 janvier et 10 février.",
     "Pavillon Charles-De Koninck", "local DKN-3470"),
    ("Die Vorstandssitzungen sind offen und beginnen um 12 Uhr (mit Imbiss), im Studierendenhaus,",
     "Raum 104: mittwochs 13. Januar, 27. Januar und 10. Februar.", "Studierendenhaus", "Raum 104"),
    ("Las reuniones de la junta son abiertas y empiezan a las 12:00 (con almuerzo), en el Edificio Central,",
     "sala 3: los miércoles 13 de enero, 27 de enero y 10 de febrero.", "Edificio Central", "sala 3"),
]  # fmt: skip


@pytest.mark.parametrize("row", COLON_ROWS, ids=["en", "fr", "de", "es"])
def test_a_lead_wrapped_before_its_colon(row: tuple) -> None:
    first, second, venue, room = row
    ms = parse(_page(first, second, "\n"), as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-01-13", "2027-01-27", "2027-02-10"]
    for m in ms:
        assert m.start_time == "12:00"
        assert venue in " ".join(str(v) for v in (m.venue, m.place, m.room) if v)
        assert "lunch" not in str(m.venue) and "dîner" not in str(m.venue)


# A list's rule after a label that dates its week: "Semana del 14 al 18 de diciembre: todas las
# audiciones comienzan a las 18 h en la Sede Gallo 238, Sala 2." over "Lun 14/12 — Violín".
LABELLED_RULES = [
    ("Week of 14 to 18 December: all recitals begin at 6 pm in the Recital Hall, Room 2.",
     ["Mon 14 December — Violin", "Tue 15 December — Viola"], "Recital Hall"),
    ("Semaine du 14 au 18 décembre : toutes les auditions commencent à 18 h à la Salle Cortot.",
     ["Lun 14 décembre — Violon", "Mar 15 décembre — Alto"], "Salle Cortot"),
    ("Woche vom 14. bis 18. Dezember: alle Vorspiele beginnen um 18 Uhr im Kammermusiksaal.",
     ["Mo 14. Dezember — Violine", "Di 15. Dezember — Viola"], "Kammermusiksaal"),
    ("Semana del 14 al 18 de diciembre: todas las audiciones comienzan a las 18 h en la Sede Gallo 238, Sala 2.",
     ["Lun 14/12 — Violín", "Mar 15/12 — Viola y violonchelo"], "Sede Gallo 238"),
]  # fmt: skip


@pytest.mark.parametrize("row", LABELLED_RULES, ids=["en", "fr", "de", "es"])
def test_a_labelled_list_rule_times_the_list_under_it(row: tuple) -> None:
    rule, entries, place = row
    page = "Auditions\n\nOur pupils play for their families.\n\n" + rule + "\n" + "\n".join(entries)
    ms = parse(page + "\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-12-14", "18:00"),
        ("2026-12-15", "18:00"),
    ]
    for m in ms:
        assert place in " ".join(str(v) for v in (m.venue, m.place, m.room) if v)


# The lead breaks before its place, the days after a colon on the next line, the list going on
# to a third line: "Oakford Repair Cafe will run on the following Saturdays, 10am to 1pm, at" /
# "St Luke's Hall (Church Road entrance): 19th December, 16th January," / "20th February and
# 20th March."
WRAPPED_LISTS = [
    ("Oakford Repair Cafe will run on the following Saturdays, 10am to 1pm, at",
     "St Luke's Hall (Church Road entrance): 19th December, 16th January,",
     "20th February and 20th March.", "St Luke's Hall", "10:00"),
    ("Das Repair-Café öffnet an folgenden Samstagen von 10 bis 13 Uhr im",
     "Gemeindehaus St. Lukas (Eingang Kirchstraße): 19. Dezember, 16. Januar,",
     "20. Februar und 20. März.", "Gemeindehaus St. Lukas", "10:00"),
    ("Le Repair Café ouvrira les samedis suivants, de 10 h à 13 h, à la",
     "salle Saint-Luc (entrée rue de l'Église) : 19 décembre, 16 janvier,",
     "20 février et 20 mars.", "salle Saint-Luc", "10:00"),
    ("El Repair Café abrirá los siguientes sábados, de 10:00 a 13:00, en el",
     "Centro Cívico San Lucas (entrada por la calle Iglesia): 19 de diciembre, 16 de enero,",
     "20 de febrero y 20 de marzo.", "Centro Cívico San Lucas", "10:00"),
]  # fmt: skip


@pytest.mark.parametrize("row", WRAPPED_LISTS, ids=["en", "de", "fr", "es"])
def test_a_wrapped_lead_reaches_the_lines_its_list_goes_on_to(row: tuple) -> None:
    first, second, third, venue, start = row
    page = f"Hi all,\n\n{first}\n{second}\n{third}\n\nBring your broken toasters.\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        (d, start) for d in ("2026-12-19", "2027-01-16", "2027-02-20", "2027-03-20")
    ]
    for m in ms:
        assert venue in " ".join(str(v) for v in (m.venue, m.place, m.room) if v)


# The list's time after its last date, on the line the list goes on to: "… on the third Tuesday
# of the month: 16 February," / "16 March and 20 April, all at 6.30pm in the Bellamy Room."
TRAILING = [
    ("In the new year general meetings stay on the third Tuesday of the month: 16 February,",
     "16 March and 20 April, all at 6.30pm in the Bellamy Room.", "Bellamy Room"),
    ("Im neuen Jahr bleiben die Mitgliederversammlungen am dritten Dienstag: 16. Februar,",
     "16. März und 20. April, jeweils um 18.30 Uhr im Bellamy-Saal.", "Bellamy-Saal"),
    ("L'an prochain, les assemblées restent le troisième mardi du mois : 16 février,",
     "16 mars et 20 avril, toujours à 18 h 30 à la salle Bellamy.", "salle Bellamy"),
    ("El año próximo las asambleas siguen el tercer martes del mes: 16 de febrero,",
     "16 de marzo y 20 de abril, siempre a las 18:30 en la Sala Bellamy.", "Sala Bellamy"),
]  # fmt: skip


@pytest.mark.parametrize("row", TRAILING, ids=["en", "de", "fr", "es"])
def test_the_time_after_the_lists_last_date_is_the_first_lines_too(row: tuple) -> None:
    first, second, venue = row
    ms = parse(f"News\n\n{first}\n{second}\n", as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-02-16", "18:30"),
        ("2027-03-16", "18:30"),
        ("2027-04-20", "18:30"),
    ]
    assert all(venue in " ".join(str(v) for v in (m.venue, m.place, m.room) if v) for m in ms)


def test_a_list_item_under_a_timed_item_keeps_its_own_time() -> None:
    page = (
        "CALENDARIO MARZO 2027\n"
        "• Buenos Aires: jueves 11/3, 19 hs — Puan 480, aula 108\n"
        "• Córdoba: sáb 13/3, horario a confirmar — Ciudad Universitaria\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-03-11", "19:00"), ("2027-03-13", None)]


def test_a_date_in_a_title_under_a_timed_line_is_no_meeting() -> None:
    page = (
        "Seminario\n\nJueves 28 de enero\n"
        "17:00 a 19:00 h   Mtra. Andrea Villalpando (Posgrado en Historia, UNAM): Presencial\n"
        "«Costureras y sismo: el sindicato 19 de Septiembre»   Sala Ignacio Bernal\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2027-01-28"]
