"""A list of days off under its heading ("Días inhábiles 2027", "Feiertage", "Jours fériés",
"Public holidays 2027"), maybe led in by a line ending in a colon, is no list of meetings: each
date without a time there is warned about, not read. A label of holiday periods ("Periodos
vacacionales: del 21 de diciembre …") is no meeting either. Written from holdout43's
administrative court's calendar; the rows are variants, with look-alikes (a timed service on a
holiday, a holiday party's heading)."""

from __future__ import annotations

from datetime import date

import pytest
from gazette_lines import MEETING

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)


@pytest.mark.parametrize(
    ("lang", "heading", "section"),
    [
        ("es", "Días inhábiles 2027",
         ["Conforme al Acuerdo General PL/48/2026, no correrán plazos procesales los días:", "",
          "1 de febrero", "15 de marzo", "25 y 26 de marzo", "16 de septiembre"]),
        ("es", "Días festivos", ["1 de mayo (Día del Trabajo)", "25 de julio (Santiago Apóstol)"]),
        ("es", "Feriados 2027", ["- Lunes 24 de mayo: Revolución de Mayo (trasladable)",
                                 "- Jueves 17 de junio: Paso a la Inmortalidad de Güemes"]),
        ("de", "Gesetzliche Feiertage 2027", ["Fr., 02.04.2027 Karfreitag",
                                              "Mo., 05.04.2027 Ostermontag"]),
        ("de", "Schließtage", ["Die Geschäftsstelle bleibt an folgenden Tagen geschlossen:",
                               "- Freitag, 14. Mai (Brückentag)", "- Freitag, 4. Juni"]),
        ("en", "Public holidays 2027", ["The office is closed on:", "",
                                        "- Friday 2 April (Good Friday)",
                                        "- Monday 5 April (Easter Monday)"]),
        ("en", "Bank holidays", ["Monday 3 May – Early May bank holiday",
                                 "Monday 31 May – Spring bank holiday"]),
        ("fr", "Jours fériés 2027", ["Lundi 5 avril (lundi de Pâques)",
                                     "Samedi 1er mai (fête du Travail)"]),
        ("fr", "Fermetures", ["Le secrétariat sera fermé les jours suivants :",
                              "- vendredi 14 mai", "- lundi 24 mai"]),
    ],
)  # fmt: skip
def test_a_list_of_days_off_is_no_meetings(lang, heading, section):
    page = "\n".join(["Calendario 2027", "", MEETING[lang], "", heading, *section, ""])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-02-03"]
    warned = " ".join(w.reason for w in listing.warnings)
    assert "a day off" in warned


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Periodos vacacionales: del 19 al 30 de julio y del 20 al 31 de diciembre."),
        ("es", "Período vacacional: del 19 al 30 de julio"),
        ("en", "School holidays: 12 – 23 April"),
        ("de", "Sommerferien: 22.07. bis 01.09."),
        ("fr", "Vacances scolaires : du 10 au 25 avril"),
    ],
)
def test_a_holiday_period_s_label_is_no_meeting(lang, line):
    page = "\n".join(["Calendario 2027", "", MEETING[lang], "", line, ""])
    assert [m.date for m in parse(page, as_of=AS_OF, lang=lang).meetings] == ["2027-02-03"]


@pytest.mark.parametrize(
    ("lang", "heading", "line", "day"),
    [
        # a timed date under a holidays heading is a meeting: a service, a walk
        ("de", "Feiertage", "Mo., 05.04.2027, 10 Uhr: Festgottesdienst in St. Marien",
         "2027-04-05"),
        ("en", "Bank holidays", "Monday 3 May, 10am: Bank holiday walk from the Market Cross",
         "2027-05-03"),
        ("fr", "Jours fériés", "Lundi 5 avril, 15 h : chasse aux œufs au parc municipal",
         "2027-04-05"),
        ("es", "Días festivos", "Sábado 1 de mayo, 12:00: manifestación desde la Plaza Mayor",
         "2027-05-01"),
        # a heading that only looks like one of days off
        ("en", "Holiday party", "Saturday 18 December 2027 at the Sports Club", "2027-12-18"),
        ("de", "Feiertagsbrunch", "Samstag, 18. Dezember 2027 im Vereinsheim", "2027-12-18"),
        ("fr", "Fête des jours fériés", "Samedi 18 décembre 2027 à la salle des fêtes",
         "2027-12-18"),
        ("es", "Comida de festivos", "Sábado 18 de diciembre de 2027 en el Hogar", "2027-12-18"),
    ],
)  # fmt: skip
def test_meetings_under_a_look_alike_or_with_a_time_stay(lang, heading, line, day):
    page = "\n".join(["Calendario 2027", "", MEETING[lang], "", heading, line, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert sorted(m.date for m in ms) == sorted(["2027-02-03", day])


@pytest.mark.parametrize(
    ("lang", "heading", "items"),
    [
        # a programme for the school holidays: its activities are meetings, not days off
        ("en", "School holidays", ["Join us for free activities:", "- Tuesday 13 April – Lego club",
                                   "- Thursday 15 April – Story time"]),
        ("de", "Schulferien", ["Kostenlose Angebote:", "- Dienstag, 13. April – Lego-Club",
                               "- Donnerstag, 15. April – Vorlesestunde"]),
        ("fr", "Vacances scolaires", ["Activités gratuites :", "- mardi 13 avril – club Lego",
                                      "- jeudi 15 avril – heure du conte"]),
        ("es", "Vacaciones escolares", ["Actividades gratuitas:", "- martes 13 de abril – club Lego",
                                        "- jueves 15 de abril – cuentacuentos"]),
    ],
)  # fmt: skip
def test_a_holiday_programme_s_activities_stay(lang, heading, items):
    page = "\n".join(["Biblioteca", "", heading, *items, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-04-13", "2027-04-15"]


@pytest.mark.parametrize(
    "line",
    ["Taller vacacional: sábado 10 de julio de 2027, 10:00 h, Biblioteca Municipal",
     "Curso vacacional: sábado 10 de julio de 2027, 10:00 h, Biblioteca Municipal"],
)  # fmt: skip
def test_a_holiday_workshop_is_a_meeting(line):
    ms = parse("\n".join(["Agenda", "", line, ""]), as_of=AS_OF, lang="es").meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-07-10", "10:00")]
