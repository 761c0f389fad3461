"""A paragraph that names the list's hall in one sentence and its start in the next ("Las
sesiones presenciales se celebran en la Sala de Pleno, … . Todas las sesiones darán inicio a las
11:00 horas, salvo que en la tabla se indique otra hora.") gives both to the rows under it that
state neither, whatever the verb of the start: "darán inicio", "inician", "comenzarán",
"débuteront", "commenceront". Written from holdout43's administrative court's plenary
sessions; the rows are variants, with look-alikes (the hours of an office, a row with its own
time)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)


HEAD = {
    "es": ("| Fecha | Tipo de sesión | Observaciones |", "| {} | Ordinaria | — |"),
    "fr": ("| Date | Type de séance | Remarques |", "| {} | Ordinaire | — |"),
    "en": ("| Date | Meeting type | Notes |", "| {} | Regular | — |"),
    "de": ("| Datum | Sitzung | Bemerkungen |", "| {} | Ordentliche Sitzung | — |"),
}
DAYS = {
    "es": ("Jue. 21/01/2027", "Jue. 25/02/2027"),
    "fr": ("jeudi 21 janvier 2027", "jeudi 25 février 2027"),
    "en": ("Thursday 21 January 2027", "Thursday 25 February 2027"),
    "de": ("Do., 21.01.2027", "Do., 25.02.2027"),
}


@pytest.mark.parametrize(
    ("lang", "rule", "hall"),
    [
        ("es", "Las sesiones presenciales se celebran en la Sala de Pleno, planta alta del edificio "
               "sede (Av. Constituyentes 78, Querétaro). Todas las sesiones darán inicio a las "
               "11:00 horas (hora del centro de México), salvo que en la tabla se indique otra hora.",
         "Sala de Pleno"),
        ("es", "Las sesiones se celebran en el Salón de Cabildo del Palacio Municipal. Todas las "
               "sesiones inician a las 11:00 horas.", "Salón de Cabildo"),
        ("es", "Las sesiones se realizan en el Aula Magna de la Facultad. Las sesiones comenzarán a "
               "las 11:00 en punto.", "Aula Magna"),
        ("fr", "Les séances publiques se tiennent dans la Salle du Grand Conseil, Hôtel de Ville. "
               "Toutes les séances débuteront à 11 h, sauf indication contraire.",
         "salle du Grand Conseil"),
        ("fr", "Les séances ont lieu à la salle d'audience du Palais de justice. Les séances "
               "commenceront à 11 h.", "Palais de justice"),
        ("en", "Sessions are held in the Council Chamber, City Hall. All sessions will begin at "
               "11:00 a.m. unless the table shows another time.", "Council Chamber"),
        ("de", "Die Sitzungen finden im Ratssaal des Rathauses statt. Alle Sitzungen beginnen um "
               "11 Uhr.", "Ratssaal"),
    ],
)  # fmt: skip
def test_the_hall_and_a_later_sentence_s_start_are_every_row_s(lang, rule, hall):
    head, row = HEAD[lang]
    sep = "|" + "---|" * (head.count("|") - 1)
    rows = [row.format(d) for d in DAYS[lang]]
    page = "\n".join(["# Calendario 2027", "", rule, "", head, sep, *rows, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-01-21", "11:00"),
        ("2027-02-25", "11:00"),
    ]
    for m in ms:
        assert hall.casefold() in " ".join(filter(None, (m.venue, m.room, m.address))).casefold()


@pytest.mark.parametrize(
    ("lang", "rule"),
    [
        # the office's hours, not the sessions' start
        ("es", "Las sesiones se celebran en la Sala de Pleno. La oficialía de partes atiende de "
               "9:00 a 15:00 horas."),
        ("fr", "Les séances se tiennent dans la salle du Grand Conseil. Le greffe est ouvert de "
               "9 h à 12 h."),
    ],
)  # fmt: skip
def test_an_office_s_hours_are_no_start(lang, rule):
    head, row = HEAD[lang]
    sep = "|" + "---|" * (head.count("|") - 1)
    page = "\n".join(["# Calendario 2027", "", rule, "", head, sep, row.format(DAYS[lang][0]), ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-21", None)]
