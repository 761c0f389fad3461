"""A group's list of actions: a date line with the action's name in capitals after a dash, then
a paragraph right under it that opens with the time (maybe after a word) and gives the place,
then notes:

    THURSDAY 26 NOVEMBER – GENERAL MEETING
    6pm–8pm, Wickham School of Arts, 29 Bishopsgate St, Wickham. New members' welcome at 5.45pm.

    SATURDAY 5 DECEMBER – MARCH AND RALLY
    Assemble 10am at Civic Park (near the fountain), Newcastle. We'll march down Hunter St.

- the paragraph is the meeting's details, not a campaign's blurb: its time is the start (not a
  later "welcome at 5.45pm"), its place the venue, its street the address, without the notes;
- the name in capitals is the title, never the venue; a place in capitals ("TRADES HALL",
  "HEBDEN BRIDGE") on the date line stays a place.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# fmt: off
# (lang, date line, paragraph, date, start, title, venue, address or None)
ROWS = [
    ("en", "THURSDAY 26 NOVEMBER – GENERAL MEETING",
     "6pm–8pm, Wickham School of Arts, 29 Bishopsgate St, Wickham. New members' welcome at 5.45pm. Soup and bread provided.",
     "2026-11-26", "18:00", "GENERAL MEETING", "Wickham School of Arts", "29 Bishopsgate St, Wickham"),
    ("en", "SATURDAY 5 DECEMBER – MARCH AND RALLY",
     "Assemble 10am at Civic Park (near the fountain), Newcastle. We'll march down Hunter St. Wear orange!",
     "2026-12-05", "10:00", "MARCH AND RALLY", "Civic Park", None),
    ("en", "WEDNESDAY 16 DECEMBER – END OF YEAR PICNIC + SHORT MEETING",
     "From 6.30pm at Islington Park (Maitland Rd end). BYO everything.",
     "2026-12-16", "18:30", "END OF YEAR PICNIC + SHORT MEETING", "Islington Park", None),
    ("de", "DONNERSTAG, 26. NOVEMBER – MITGLIEDERVERSAMMLUNG DER GRUPPE",
     "18–20 Uhr, Nachbarschaftshaus Urbanstraße, Urbanstraße 21, Berlin. Neue Mitglieder ab 17.45 Uhr. Suppe und Brot gibt es.",
     "2026-11-26", "18:00", "MITGLIEDERVERSAMMLUNG DER GRUPPE", "Nachbarschaftshaus Urbanstraße", "Urbanstraße 21, Berlin"),
    ("de", "SAMSTAG, 5. DEZEMBER – DEMO UND KUNDGEBUNG",
     "Treffpunkt 10 Uhr am Hermannplatz (am Brunnen), Berlin. Wir laufen zum Rathaus. Bringt Transparente mit!",
     "2026-12-05", "10:00", "DEMO UND KUNDGEBUNG", "Hermannplatz", None),
    ("de", "MITTWOCH, 16. DEZEMBER – JAHRESABSCHLUSS & KURZES TREFFEN",
     "Ab 18.30 Uhr im Görlitzer Park (Eingang Wiener Straße). Alle bringen etwas mit.",
     "2026-12-16", "18:30", "JAHRESABSCHLUSS & KURZES TREFFEN", "Görlitzer Park", None),
    ("fr", "JEUDI 26 NOVEMBRE – ASSEMBLÉE GÉNÉRALE DU COLLECTIF",
     "18h–20h, Maison des Associations, 12 rue Saint-Denis, Nantes. Accueil des nouveaux à 17h45. Soupe offerte.",
     "2026-11-26", "18:00", "ASSEMBLÉE GÉNÉRALE DU COLLECTIF", "Maison des Associations", "12 rue Saint-Denis, Nantes"),
    ("fr", "MERCREDI 16 DÉCEMBRE – PIQUE-NIQUE & RÉUNION COURTE",
     "Dès 18h30 au Jardin des Plantes (entrée gare). Chacun apporte quelque chose.",
     "2026-12-16", "18:30", "PIQUE-NIQUE & RÉUNION COURTE", "Jardin des Plantes", None),
    ("es", "JUEVES 26 DE NOVIEMBRE – ASAMBLEA GENERAL DEL COLECTIVO",
     "18:00–20:00, Centro Cívico Delicias, Avda. Navarra 54, Zaragoza. Acogida a las 17:45. Habrá sopa.",
     "2026-11-26", "18:00", "ASAMBLEA GENERAL DEL COLECTIVO", "Centro Cívico Delicias", "Avda. Navarra 54, Zaragoza"),
    ("es", "SÁBADO 5 DE DICIEMBRE – MARCHA Y CONCENTRACIÓN",
     "Quedamos a las 10:00 en la Plaza del Pilar (junto a la fuente), Zaragoza. Bajaremos hasta el Ayuntamiento. ¡Venid!",
     "2026-12-05", "10:00", "MARCHA Y CONCENTRACIÓN", "Plaza del Pilar", None),
    ("es", "MIÉRCOLES 16 DE DICIEMBRE – MERIENDA & REUNIÓN CORTA",
     "Desde las 18:30 en el Parque Grande (entrada de Fernando el Católico). Cada uno trae algo.",
     "2026-12-16", "18:30", "MERIENDA & REUNIÓN CORTA", "Parque Grande", None),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "head", "para", "day", "start", "title", "venue", "address"), ROWS
)
def test_paragraph_under_a_titled_date_line_gives_time_and_place(
    lang, head, para, day, start, title, venue, address
):
    other = "MONDAY 30 NOVEMBER – COMMITTEE\n7pm, online.\n" if lang == "en" else ""
    text = f"UPCOMING\n\n{head}\n{para}\n\n{other}"
    got = [m for m in parse(text, as_of=AS_OF).meetings if m.date == day]
    assert len(got) == 1
    m = got[0]
    # a remark in brackets after the venue's name may stay with it: "Civic Park (near …)"
    assert (m.start_time, m.title, (m.venue or "").split(" (")[0]) == (start, title, venue)
    if address is not None:
        assert m.address == address
    fields = " ".join(v for v in (m.venue, m.room, m.address, m.campaign) if v)
    assert para.split(". ")[-1].strip(" .!") not in fields  # the notes are no field


@pytest.mark.parametrize(
    ("head", "para", "place"),
    [
        ("THURSDAY 26 NOVEMBER – TRADES HALL", "6pm–8pm. New members welcome.", "TRADES HALL"),
        (
            "THURSDAY 26 NOVEMBER – HEBDEN BRIDGE",
            "6pm, Birchcliffe Centre, Birchcliffe Road.",
            "HEBDEN BRIDGE",
        ),
    ],
)
def test_a_place_in_capitals_on_the_date_line_stays_a_place(head, para, place):
    (m,) = parse(f"{head}\n{para}\n", as_of=AS_OF).meetings
    assert m.title != place
    assert place in " ".join(v for v in (m.venue, m.city, m.place) if v)


# fmt: off
@pytest.mark.parametrize("head,para,title", [
    ("TUESDAY 2 FEBRUARY – ZOOM CALL", "7.30pm, online. Report-backs and planning.", "ZOOM CALL"),
    ("DIENSTAG, 2. FEBRUAR – ZOOM-CALL DER GRUPPE", "19.30 Uhr, online. Berichte und Planung.", "ZOOM-CALL DER GRUPPE"),
    ("MARDI 2 FÉVRIER – RÉUNION EN VISIO", "19h30, en ligne. Comptes rendus et préparation.", "RÉUNION EN VISIO"),
    ("MARTES 2 DE FEBRERO – REUNIÓN VIRTUAL", "19:30, en línea. Informes y planificación.", "REUNIÓN VIRTUAL"),
])
# fmt: on
def test_an_online_call_has_its_title_and_no_place(head, para, title):
    (m,) = parse(f"UPCOMING\n\n{head}\n{para}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.title, m.online) == ("2027-02-02", "19:30", title, True)
    assert (m.venue, m.address, m.room) == (None, None, None)
