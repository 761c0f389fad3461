"""A branch diary's line of dates, each with its own pub up to a separator ("Wed 10th Feb – The
Cricketers, Hungerford · Wed 10th Mar – …"); a diary's entry that opens with its date and gives
its time later in its first sentences ("Thu 28th Jan  Pub of the Season presentation to the Hare
& Hounds, Speen – 7.30pm. Come and …"); a table's column of whom each row is for ("Dirigido a",
"Zielgruppe", "Public", "Audience"), no place, the place labelled over the table even under the
page's dateline ("Castilla, 4 de enero de 2027"). Written from holdout45's real-ale branch and
district health talks; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

ITEM_LINES = [
    ("en", "All branch meetings start at 8pm unless stated:",
     "Wed 10th Feb – The Cricketers, Hungerford · Wed 10th Mar – The Red House, Marsh Benham · "
     "Wed 14th Apr – The Swan, Inkpen",
     ["The Cricketers", "The Red House", "The Swan"], ["2027-02-10", "2027-03-10", "2027-04-14"]),
    ("de", "Alle Stammtische beginnen um 19 Uhr, sofern nicht anders angegeben:",
     "Mi 10.02. – Gasthaus Krone, Wedel · Mi 10.03. – Fährhaus Schulau, Wedel · Mi 14.04. – "
     "Zum Anker, Hamburg",
     ["Gasthaus Krone", "Fährhaus Schulau", "Zum Anker"], ["2027-02-10", "2027-03-10", "2027-04-14"]),
    ("fr", "Toutes les réunions commencent à 20 h sauf mention contraire :",
     "mer. 10 févr. – Café des Sports, Quimper · mer. 10 mars – Le Petit Zinc, Brest · "
     "mer. 14 avr. – Bar de la Marine, Douarnenez",
     ["Café des Sports", "Le Petit Zinc", "Bar de la Marine"], ["2027-02-10", "2027-03-10", "2027-04-14"]),
    ("es", "Todas las reuniones empiezan a las 20:00 salvo que se indique otra cosa:",
     "mié. 10 feb. – Bar La Concha, Gijón · mié. 10 mar. – Taberna El Gallo, Oviedo · "
     "mié. 14 abr. – Sidrería Tierra Astur, Avilés",
     ["Bar La Concha", "Taberna El Gallo", "Sidrería Tierra Astur"], ["2027-02-10", "2027-03-10", "2027-04-14"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "line", "venues", "dates"), ITEM_LINES)
def test_each_date_of_an_items_line_has_its_own_place(lang, rule, line, venues, dates):
    ms = parse("\n".join(["BRANCH MEETINGS", rule, line, ""]), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == dates
    assert [m.venue for m in ms] == venues


@pytest.mark.parametrize(
    ("lang", "line", "venue"),
    [
        # dates that share the place after the last one: no separator after each date's words
        ("en", "Wed 10th Feb and Wed 10th Mar, both at The Cricketers, Hungerford", "The Cricketers"),
        ("de", "Mi 10.02. und Mi 10.03., jeweils im Gasthaus Krone, Wedel", "Gasthaus Krone"),
        ("fr", "mer. 10 févr. et mer. 10 mars, au Café des Sports, Quimper", "Café des Sports"),
        ("es", "mié. 10 feb. y mié. 10 mar., en el Bar La Concha, Gijón", "Bar La Concha"),
    ],
)  # fmt: skip
def test_dates_sharing_a_place_keep_sharing_it(lang, line, venue):
    rule = next(r for lg, r, *_ in ITEM_LINES if lg == lang)
    ms = parse("\n".join(["BRANCH MEETINGS", rule, line, ""]), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-02-10", "2027-03-10"]
    assert all(venue in " ".join(filter(None, (m.venue, m.place))) for m in ms)


@pytest.mark.parametrize(
    ("lang", "line", "time"),
    [
        ("en", "Thu 28th Jan  Pub of the Season presentation to the Hare & Hounds, Speen – 7.30pm. "
               "Come and help us hand over the certificate!", "19:30"),
        ("de", "Do 28.01.2027  Ehrung der Kneipe des Jahres im Goldenen Anker, Wedel – 19.30 Uhr. "
               "Kommt vorbei und helft uns, die Urkunde zu überreichen!", "19:30"),
        ("fr", "jeu. 28 janvier 2027  Remise du prix du bistrot de l'année au Petit Zinc, Brest – 19 h 30. "
               "Venez nombreux nous aider à remettre le diplôme !", "19:30"),
        ("es", "jue. 28 de enero de 2027  Entrega del premio al bar del año en La Concha, Gijón – 19:30. "
               "¡Venid a ayudarnos a entregar el diploma!", "19:30"),
    ],
)  # fmt: skip
def test_a_diary_entry_opening_with_its_date_takes_its_later_time(lang, line, time):
    ms = parse("\n".join(["SOCIALS", "", line, ""]), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == [time]


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a date inside a sentence, not opening it: still a mention without a time
        ("de", "Wir haben uns sehr gefreut, dass so viele von euch am Do 28.01.2027 in den Goldenen Anker "
               "kamen, und planen schon das nächste Treffen. Einlass wie immer 19.30 Uhr."),
    ],
)  # fmt: skip
def test_a_date_inside_a_sentence_is_still_a_mention(lang, line):
    ms = parse("\n".join(["NEWS", "", line, ""]), as_of=AS_OF, lang=lang).meetings
    assert ms == [] or all(m.start_time is None for m in ms)


@pytest.mark.parametrize(
    ("lang", "dateline", "label", "head", "rows", "venue"),
    [
        ("es", "Castilla, 4 de enero de 2027", "LUGAR: Auditorio Municipal (Av. Progreso N.° 740, segundo piso).",
         "| N° | Fecha | Horario | Dirigido a |",
         ["| 01 | 12/01/2027 | 9:00 a.m. | Comerciantes de mercados |",
          "| 02 | 14/01/2027 | 3:00 p.m. | Restaurantes, cevicherías y juguerías |"], "Auditorio Municipal"),
        ("de", "Kassel, 4. Januar 2027", "Ort: Bürgerhaus Süd (Hauptstraße 12, 34117 Kassel).",
         "| Nr. | Datum | Zeit | Zielgruppe |",
         ["| 01 | 12.01.2027 | 9:00 Uhr | Marktbeschicker |", "| 02 | 14.01.2027 | 15:00 Uhr | Gastronomie |"],
         "Bürgerhaus Süd"),
        ("fr", "Namur, le 4 janvier 2027", "Lieu : Salle des fêtes (12 rue du Stade, 5000 Namur).",
         "| N° | Date | Heure | Public |",
         ["| 01 | 12/01/2027 | 9 h | Commerçants des marchés |", "| 02 | 14/01/2027 | 15 h | Restaurateurs |"],
         "Salle des fêtes"),
        ("en", "Leeds, 4 January 2027", "Venue: Civic Hall (Calverley Street, Leeds LS1 1UR).",
         "| No. | Date | Time | Audience |",
         ["| 01 | 12/01/2027 | 9am | Market traders |", "| 02 | 14/01/2027 | 3pm | Restaurants and cafés |"],
         "Civic Hall"),
    ],
)  # fmt: skip
def test_an_audience_column_is_no_place(lang, dateline, label, head, rows, venue):
    rule = "|" + "---|" * (head.count("|") - 1)
    page = "\n".join(
        ["MUNICIPALITY", "", dateline, "", "TRAINING TALKS", "", label, "", head, rule, *rows, ""]
    )
    ms = parse(page, as_of=date(2027, 1, 4), lang=lang).meetings
    assert [m.date for m in ms] == ["2027-01-12", "2027-01-14"]
    assert all(m.venue == venue for m in ms)
