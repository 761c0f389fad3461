"""A club's field trips, each a one-line entry whose meeting point is a sentence of its own after
the trip's title and description, then a note or the leader's name:

    - **Sun 13 Dec** – **Moor Green Lakes** – winter wildfowl. Meet 9.30am at the Lower
      Sandhurst Road car park (GU47 8JQ). Leader: Keith Dunmore.

- the meeting point is the venue, without "Meet … at the", its time or the sentences after it
  ("Leader: …", "permit provided"), whether or not the page states a time for its indoor
  meetings "unless stated otherwise";
- a postcode in brackets after it, or a street without its number before a postcode and town,
  is the address, not the room ("Bahnhof Wernau, Bahnhofstraße (73249 Wernau)");
- a one-word heading naming the kind of outing ("Walks", "Exkursionen", "Sorties", "Salidas") is
  the list's name, never the meetings' place.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, a list-wide rule for the indoor meetings, the outings' heading, entry, venue, address,
# postcode, title's start, time)
TRIPS = [
    (
        "en",
        "Indoor meetings are held at **Pangbourne Village Hall**, Station Road, Pangbourne "
        "RG8 7AN, and all indoor meetings begin at 7.45pm unless stated otherwise.",
        "### Field trips",
        "- **Sun 13 Dec** – **Moor Green Lakes** – winter wildfowl and possible smew. Meet 9.30am "
        "at the Lower Sandhurst Road car park (GU47 8JQ). Leader: Keith Dunmore.",
        "Lower Sandhurst Road car park",
        "GU47 8JQ",
        "GU47 8JQ",
        "Moor Green Lakes",
        "09:30",
    ),
    (
        "en",
        "Indoor meetings are held at **Pangbourne Village Hall**, Station Road, Pangbourne "
        "RG8 7AN, and all indoor meetings begin at 7.45pm unless stated otherwise.",
        "### Walks",
        "- **Sun 13 Dec** – **Farmoor Reservoir** – gulls and grebes. Meet 8am at the Farmoor "
        "car park (OX2 9NS); permit provided. Bring a telescope. Leader: Keith Dunmore.",
        "Farmoor car park",
        "OX2 9NS",
        "OX2 9NS",
        "Farmoor Reservoir",
        "08:00",
    ),
    (
        "de",
        "Die Vorträge finden im **Naturkundemuseum**, Rosenstein 1, 70191 Stuttgart statt und "
        "beginnen, wenn nicht anders angegeben, um 19.30 Uhr.",
        "### Exkursionen",
        "- **So., 13. Dezember** – **Wernauer Baggerseen** – Wasservögel. Treffpunkt 10 Uhr am "
        "Bahnhof Wernau, Bahnhofstraße (73249 Wernau). Leitung: Uwe Beck.",
        "Bahnhof Wernau",
        "Bahnhofstraße, 73249 Wernau",
        "73249",
        "Wernauer Baggerseen",
        "10:00",
    ),
    (
        "de",
        "Die Vorträge finden im **Naturkundemuseum**, Rosenstein 1, 70191 Stuttgart statt und "
        "beginnen, wenn nicht anders angegeben, um 19.30 Uhr.",
        "### Wanderungen",
        "- **So., 13. Dezember** – **Federsee** – Wintergäste am Steg. Treffpunkt 9.30 Uhr am "
        "Parkplatz Federseesteg (88422 Bad Buchau). Leitung: Karin Maier.",
        "Parkplatz Federseesteg",
        "88422 Bad Buchau",
        "88422",
        "Federsee",
        "09:30",
    ),
    (
        "fr",
        "Les conférences ont lieu à la **Maison de la Nature**, 10 rue Bossuet, 44000 Nantes, et "
        "commencent à 19h30 sauf indication contraire.",
        "### Sorties",
        "- **Dim. 13 décembre** – **Marais de Goulaine** – balade d'hiver. Rendez-vous à 10h au "
        "parking de l'église, rue du Bourg (44115 Haute-Goulaine). Guide : Anne Roy.",
        "parking de l'église",
        "rue du Bourg, 44115 Haute-Goulaine",
        "44115",
        "Marais de Goulaine",
        "10:00",
    ),
    (
        "fr",
        "Les conférences ont lieu à la **Maison de la Nature**, 10 rue Bossuet, 44000 Nantes, et "
        "commencent à 19h30 sauf indication contraire.",
        "### Balades",
        "- **Dim. 13 décembre** – **Lac de Grand-Lieu** – canards hivernants. Rendez-vous à 9h30 "
        "devant la Maison du Lac (44830 Bouaye). Guide : Paul Morin.",
        "Maison du Lac",
        "44830 Bouaye",
        "44830",
        "Lac de Grand-Lieu",
        "09:30",
    ),
    (
        "es",
        "Las charlas son en el **Centro Cívico Delicias**, Avda. Navarra 54, 50010 Zaragoza, y "
        "empiezan a las 19:30 salvo que se indique otra cosa.",
        "### Salidas",
        "- **Dom. 13 de diciembre** – **Galacho de Juslibol** – paseo de invierno. Quedamos a las "
        "10:00 en el aparcamiento del galacho, Camino del Galacho (50191 Zaragoza). Guía: Luis "
        "Sanz.",
        "aparcamiento del galacho",
        "Camino del Galacho, 50191 Zaragoza",
        "50191",
        "Galacho de Juslibol",
        "10:00",
    ),
    (
        "es",
        "Las charlas son en el **Centro Cívico Delicias**, Avda. Navarra 54, 50010 Zaragoza, y "
        "empiezan a las 19:30 salvo que se indique otra cosa.",
        "### Excursiones",
        "- **Dom. 13 de diciembre** – **Laguna de Gallocanta** – grullas en invernada. Quedamos a "
        "las 9:30 frente al Centro de Interpretación (50373 Gallocanta). Guía: Marta Gil.",
        "Centro de Interpretación",
        "50373 Gallocanta",
        "50373",
        "Laguna de Gallocanta",
        "09:30",
    ),
]


@pytest.mark.parametrize("with_rule", [True, False], ids=["under-indoor-rule", "alone"])
@pytest.mark.parametrize(
    ("lang", "rule", "heading", "entry", "venue", "address", "postcode", "title", "time"), TRIPS
)
def test_field_trip_meets_at_its_meeting_point(
    with_rule, lang, rule, heading, entry, venue, address, postcode, title, time
):
    text = "\n".join([*([rule, ""] if with_rule else []), heading, "", entry]) + "\n"
    trips = [m for m in parse(text, as_of=AS_OF).meetings if m.date == "2026-12-13"]
    assert len(trips) == 1
    m = trips[0]
    assert (m.venue, m.address, m.postal_code, m.start_time) == (venue, address, postcode, time)
    assert m.room is None
    assert m.title and m.title.startswith(title)
    assert m.place is None  # the heading names the outings, not where they go
    assert heading.lstrip("# ") == m.campaign or with_rule


# An entry's meeting point said in a sentence that a note follows: the place ends at the note.
MEET_SENTENCES = [
    (
        "Sa., 12. Dezember 2026: GROSSDEMO „Hände weg!“ – Treffpunkt 14 Uhr Hauptbahnhof. "
        "Danach Demo zum Rathaus.",
        "Hauptbahnhof",
        "14:00",
    ),
    (
        "Sam. 12 décembre 2026 – Balade urbaine. Rendez-vous à 14h devant la Mairie de Lyon 1er. "
        "Prévoir de bonnes chaussures.",
        "Mairie de Lyon 1er",
        "14:00",
    ),
    (
        "Sáb. 12 de diciembre de 2026 – Ruta por el casco antiguo. Quedamos a las 11:00 en la "
        "Plaza del Pilar; llevad agua.",
        "Plaza del Pilar",
        "11:00",
    ),
    (
        "Sat 12 December 2026 – Heritage walk. Meet 10am outside Hebden Bridge station. Dogs "
        "welcome on leads.",
        "Hebden Bridge station",
        "10:00",
    ),
]


@pytest.mark.parametrize(("line", "venue", "time"), MEET_SENTENCES)
def test_meeting_point_sentence_ends_at_the_next_sentence(line, venue, time):
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert (m.venue, m.start_time, m.date) == (venue, time, "2026-12-12")


# Look-alikes: an abbreviation's full stop is no sentence's end; a room in brackets stays a
# room; a street numbered after a name is read as before; a town heading is still a place.
def test_abbreviation_in_meeting_point_is_kept():
    line = "Sat 12 December 2026 – Christmas walk. Meet 10am at St. Mary's Church, High Street."
    (m,) = parse(line + "\n", as_of=AS_OF).meetings
    assert m.venue == "St. Mary's Church"


@pytest.mark.parametrize(
    ("tail", "venue", "room", "address"),
    [
        ("Trades Hall (Room 4)", "Trades Hall", "Room 4", None),
        ("Stadtteilzentrum (Saal 2)", "Stadtteilzentrum", "Saal 2", None),
        (
            "Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69, 60329 Frankfurt",
            "Gewerkschaftshaus",
            None,
            "Wilhelm-Leuschner-Str. 69, 60329 Frankfurt",
        ),
        ("Moat car park (GU8 6LW)", "Moat car park", None, "GU8 6LW"),
    ],
)
def test_bracket_is_a_postcode_only_when_it_is_one(tail, venue, room, address):
    (m,) = parse(f"Sun 13 December 2026, 10am – {tail}\n", as_of=AS_OF).meetings
    assert (m.venue, m.room, m.address) == (venue, room, address)


@pytest.mark.parametrize("heading", ["Bristol", "Leeds"])
def test_town_heading_over_list_is_still_the_place(heading):
    text = (
        "All meetings begin at 7.30pm unless stated otherwise.\n\n"
        f"### {heading}\n\n- **Sun 13 Dec** – Moor Green Lakes – winter wildfowl.\n"
    )
    (m,) = parse(text, as_of=AS_OF).meetings
    assert heading in (m.place or "") + (m.city or "")
