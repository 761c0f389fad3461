"""A municipal gazette's or newsletter's sections of service dates and greetings (refuse
collection, the pharmacies on duty, birthdays) are no meetings: each dated line under such a
heading is warned about, not read. Written from holdout42's municipal gazette; the rows are
variants, with look-alikes (a birthday party, a blood drive, a meeting about the bins)."""

from __future__ import annotations

from datetime import date

import pytest
from gazette_lines import MEETING

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)


@pytest.mark.parametrize(
    ("lang", "heading", "section"),
    [
        ("de", "Abfuhrtermine", ["Restabfall: Mittwoch, 27. Januar (Wolfstein, Relsberg)",
                                 "Gelber Sack: Freitag, 29. Januar"]),
        ("de", "NOTDIENSTE", ["", "Apothekennotdienst (Wechsel jeweils um 8.30 Uhr):",
                              "Sa., 23.01.: Glan-Apotheke, Lauterecken, Tel. 06382 1234",
                              "So., 24.01.: Apotheke am Markt, Kusel, Tel. 06381 2277"]),
        ("de", "GLÜCKWÜNSCHE", ["", "Wir gratulieren herzlich: am 22. Januar Frau Hildegard "
                                "Becker, Relsberg, zum 85. Geburtstag."]),
        ("en", "Bin collections", ["General waste: Wednesday 27 January",
                                   "Recycling: Friday 29 January"]),
        ("en", "Pharmacy rota", ["Sat 23 January: Boots, High Street, 9am-6pm",
                                 "Sun 24 January: Lloyds, Market Place, 10am-4pm"]),
        ("fr", "Pharmacies de garde", ["Samedi 23 janvier : Pharmacie du Centre, 9 h",
                                       "Dimanche 24 janvier : Pharmacie de la Gare, 9 h"]),
        ("fr", "Collecte des déchets", ["Ordures ménagères : mercredi 27 janvier",
                                        "Tri sélectif : vendredi 29 janvier"]),
        ("es", "Farmacias de guardia", ["Sábado 23 de enero: Farmacia Central, 9:00",
                                        "Domingo 24 de enero: Farmacia del Mercado, 9:00"]),
        ("de", "Wir gratulieren zum Geburtstag", ["03.12.   Irmgard Schäfer        90 Jahre",
                                                  "15.12.   Horst Wendel           85 Jahre"]),
        ("es", "Cumpleaños", ["El 22 de enero cumple 90 años doña Carmen Ruiz, vecina de la "
                              "calle Mayor."]),
    ],
)  # fmt: skip
def test_a_service_section_s_dates_are_no_meetings(lang, heading, section):
    page = "\n".join(["Gazette 2027", "", heading, *section, "", MEETING[lang], ""])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-02-03"]
    warned = " ".join(w.reason for w in listing.warnings)
    assert "service dates or greetings" in warned


@pytest.mark.parametrize(
    ("lang", "heading", "line", "day"),
    [
        ("en", "Birthday party", "Saturday 23 January, 3pm, Village Hall: the club turns 50",
         "2027-01-23"),
        ("fr", "Collecte de sang", "Samedi 23 janvier, 9 h – 13 h, salle des fêtes", "2027-01-23"),
        ("de", "Geburtstagsfeier", "Samstag, 23. Januar, 15 Uhr, Dorfgemeinschaftshaus",
         "2027-01-23"),
        ("es", "Reunión sobre la recogida", "Sábado 23 de enero, 18:00, Centro Cívico",
         "2027-01-23"),
    ],
)  # fmt: skip
def test_meetings_under_look_alike_headings_stay(lang, heading, line, day):
    page = "\n".join(["Gazette 2027", "", heading, line, "", MEETING[lang], ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == [day, "2027-02-03"]
