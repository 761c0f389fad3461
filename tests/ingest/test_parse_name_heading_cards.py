"""A chapter's city named alone over its entries where the entry's own title, status or bullets
come between the name and the date (issue 17; holdout10's South Africa cards, Köln's Notion
export, Nice's Telegram post). Read as a person reads it:

- a card's city ("<h3>Durban</h3>") over the card's status or title line, then the date
  ("POSTPONED – new date to be announced", "Day school: …"), is the city of that card, not the
  city of the card before it carried on;
- a Notion export's city ("## Köln") over each entry's title paragraph ("### Vortrag: …") and
  its date is the city of every entry up to the next city;
- a pinned name ("📍 Rennes") right over its bullet entries is their city, also when an entry
  opens with words before its dates ("▪️ permanences les mardis 12 et 19 janvier à 18h – …");
- a campus between a name and the date keeps the name as that entry's own city ("Detroit" /
  "Wayne State University" / the date): it does not go on over the entries after it.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}


def where(m) -> str | None:
    """The meeting's city, else the place its heading names (a name over one meeting only)."""
    return m.city or m.place


# fmt: off
CARDS = [
    # (lang, city, status or title line, date line, venue line, date, time, status)
    ("en", "Durban", "POSTPONED – new date to be announced", "Tuesday, 2 February 2027 · 17h00",
     "UKZN Howard College, Room 214", "2027-02-02", "17:00", "postponed"),
    ("en", "Kimberley", "Day school: the history of the mineworkers",
     "Saturday, 6 February 2027 · 10:00", "Sol Plaatje University, Block C", "2027-02-06",
     "10:00", "scheduled"),
    ("en", "Bloemfontein", "Public meeting", "Sunday, 7 February 2027 · 14h00",
     "Batho Community Hall, 12 Mangaung Street", "2027-02-07", "14:00", "scheduled"),
    ("de", "Kassel", "Vortrag: Krieg und Aufrüstung", "Donnerstag, 4. Februar 2027 · 19:00",
     "Universität Kassel, Raum 1104", "2027-02-04", "19:00", "scheduled"),
    ("de", "Erfurt", "ABGESAGT", "Freitag, 5. Februar 2027 · 18:30",
     "Universität Erfurt, Lehrgebäude 1, Raum 101", "2027-02-05", "18:30", "cancelled"),
    ("fr", "Nantes", "Conférence publique", "jeudi 4 février 2027 · 18h30",
     "Université de Nantes, amphi B", "2027-02-04", "18:30", "scheduled"),
    ("es", "Córdoba", "Charla abierta", "jueves 4 de febrero de 2027 · 19:00",
     "Pabellón Argentina, aula 3", "2027-02-04", "19:00", "scheduled"),
]
# fmt: on


@pytest.mark.parametrize("row", CARDS, ids=[f"{r[0]}-{r[1]}" for r in CARDS])
def test_a_cards_city_over_its_title_or_status_is_that_cards_city(row):
    lang, city, title, when, venue, day, time, status = row
    page = (
        "Tour dates\n\nPretoria\nPublic meeting\nTuesday, 9 February 2027 · 18h00\n"
        "University of Pretoria, Hatfield campus\nRegister\n\n"
        f"{city}\n{title}\n{when}\n{venue}\nRegister\n\n"
        "Polokwane\nStudy circle\nWednesday, 10 February 2027 · 17h30\n"
        "University of Limpopo, Hall 2\nRegister\n"
    )
    ms = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert [(m.date, m.start_time, where(m), m.status) for m in ms] == [
        ("2027-02-09", "18:00", "Pretoria", "scheduled"),
        (day, time, city, status),
        ("2027-02-10", "17:30", "Polokwane", "scheduled"),
    ]


# fmt: off
PINNED = [
    # (lang, first city, its entries (bullet lines), second city, its entry, expected)
    ("fr", "Rennes",
     ["▪️ jeudi 17 décembre, 18h30 – Université Rennes 2, bâtiment B, salle B104",
      "▪️ permanences les mardis 12 et 19 janvier à 18h – Les Champs Libres, 10 cours des Alliés"],
     "Brest", "▪️ vendredi 18 décembre à 19 h – faculté Segalen, amphi 2",
     [("2026-12-17", "18:30", "Rennes"), ("2027-01-12", "18:00", "Rennes"),
      ("2027-01-19", "18:00", "Rennes"), ("2026-12-18", "19:00", "Brest")]),
    ("es", "Rosario",
     ["▪️ jueves 17 de diciembre, 18:30 – Facultad de Humanidades, aula 5",
      "▪️ talleres los martes 12 y 19 de enero a las 18 h – Biblioteca Argentina, Roca 731"],
     "Paraná", "▪️ viernes 18 de diciembre, 19 h – UNER, aula magna",
     [("2026-12-17", "18:30", "Rosario"), ("2027-01-12", "18:00", "Rosario"),
      ("2027-01-19", "18:00", "Rosario"), ("2026-12-18", "19:00", "Paraná")]),
    ("de", "Kiel",
     ["▪️ Donnerstag, 17. Dezember, 18:30 – Audimax, Hörsaal C",
      "▪️ Samstag, 9. Januar, 11 Uhr – Stadtbücherei, Andreas-Gayk-Straße 31"],
     "Lübeck", "▪️ Freitag, 18. Dezember, 19 Uhr – Universität zu Lübeck, Seminarraum 3",
     [("2026-12-17", "18:30", "Kiel"), ("2027-01-09", "11:00", "Kiel"),
      ("2026-12-18", "19:00", "Lübeck")]),
    ("en", "Bristol",
     ["▪️ Thursday 17 December, 6.30pm – Bristol University, Wills Memorial Building, G25",
      "▪️ Saturday 9 January, 11am – Central Library, College Green"],
     "Bath", "▪️ Friday 18 December, 7pm – University of Bath, 8 West 1.1",
     [("2026-12-17", "18:30", "Bristol"), ("2027-01-09", "11:00", "Bristol"),
      ("2026-12-18", "19:00", "Bath")]),
]
# fmt: on


@pytest.mark.parametrize("row", PINNED, ids=[f"{r[0]}-{r[1]}" for r in PINNED])
def test_a_pinned_name_over_bullet_entries_is_their_city(row):
    lang, first, entries, second, entry, expected = row
    page = "📢 Réunions publiques\n\n📍 " + first + "\n" + "\n".join(entries)
    page += f"\n\n📍 {second}\n{entry}\n\nEntrée libre.\n"
    ms = parse(page, as_of=AS_OF, lang=LANG[lang]).meetings
    assert [(m.date, m.start_time, m.city) for m in ms] == expected


NOTION = """# Veranstaltungen Wintersemester

Erstellt von: Jana Beispiel

## Münster

### Vortrag: Aufrüstung und die Jugend

Datum: 15. Dezember 2026 19:00
Ort: Schloss, Hörsaal S2
Status: Geplant

### Lesekreis: Luxemburg, „Sozialreform oder Revolution?“

Datum: 12. Januar 2027 18:30
Ort: Café Milagro, Raum hinten
Status: Geplant

## Osnabrück

### Offenes Treffen & Kennenlernen

Datum: 16. Dezember 2026 18:00
Ort: Schlossgarten, Raum 11/214
Status: Geplant
"""


def test_a_notion_exports_cities_over_title_paragraphs():
    ms = parse(NOTION, as_of=AS_OF, lang="de").meetings
    assert [(m.date, m.start_time, m.city) for m in ms] == [
        ("2026-12-15", "19:00", "Münster"),
        ("2027-01-12", "18:30", "Münster"),
        ("2026-12-16", "18:00", "Osnabrück"),
    ]


CITY_OVER_CAMPUS = """Speaking tour

Detroit
Wayne State University
Monday, January 18, 7:00 p.m.
Student Center, Room 289

Lansing
Michigan State University
Tuesday, January 19, 7:00 p.m.
MSU Union, Room 50

Berlin: Humboldt-Universität
Wednesday, January 20, 6 p.m.
Unter den Linden 6, Room 2002
"""


def test_a_campus_between_the_name_and_the_date_keeps_the_name_that_entrys_own():
    ms = parse(CITY_OVER_CAMPUS, as_of=AS_OF).meetings
    assert [(m.date, m.city) for m in ms[:2]] == [
        ("2027-01-18", "Detroit"),
        ("2027-01-19", "Lansing"),
    ]
    assert ms[2].date == "2027-01-20"
    assert ms[2].city != "Lansing"  # not carried on
    assert "Berlin" in (ms[2].city or ms[2].place or "")
