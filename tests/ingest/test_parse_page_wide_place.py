"""The place a page states once for all its meetings (issue 17; holdout14's neighbourhood
centre, community garden, campus club and chat community): the page names its site, campus or
town once, at its top or as the chat group's name, and each entry names only a room ("Saal",
"Garden Room"), "the garden", or a building. A meeting that names no town and no street of its
own carries the page's place, with a warning the organizer sees:

- a site with its street at the top: the site is the venue, the entry's room its room;
- the page's own name, when the entry's place is a word of it ("at the garden");
- a campus the page's name gives ("IYSSE at UC Davis");
- a chat's group name with a chapter's town ('created group "SEP Leeds"').

Not a meeting with its own street or town, a named building that is no room ("Sporthalle
Lindenweg"), a meeting in another town of the chat, nor any meeting of a page whose meetings
name two towns. The rows are variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 3, 1)

# fmt: off
SITE_ROWS = [
    # language, site, street line, entry, the room the entry names
    ("en", "Westside Community Centre", "14 Mill Road · open Mon–Fri",
     "Thursday 12 March, 7pm – Residents' meeting, Garden Room", "Garden Room"),
    ("en", "Riverside Neighbourhood House", "22 Quay Street",
     "Tuesday 10 March, 6.30pm – Tenants' forum – Hall", "Hall"),
    ("de", "Nachbarschaftshaus Lindenhof", "Lindenstraße 12 · Tel. 030 1234567",
     "Do 12.03., 18 Uhr, Mieterversammlung, Kinderraum", "Kinderraum"),
    ("de", "Bürgerhaus Süd", "Am Markt 3",
     "Mi 11.03., 19:30 Uhr, Plenum, Saal und Café", "Saal und Café"),
    ("fr", "Maison de quartier des Tilleuls", "12, rue des Tilleuls",
     "jeudi 12 mars à 18 h 30 – Assemblée des habitants, grande salle", "grande salle"),
    ("es", "Centro Vecinal La Paz", "Calle Mayor 14",
     "jueves 12 de marzo, 19:00 h – Asamblea de vecinos, Biblioteca", "Biblioteca"),
]

NAME_ROWS = [
    # language, the page's name, entry: the page's name is the venue
    ("en", "Eastside Community Garden", "Saturday, March 14, 10am at the garden. Bring gloves."),
    ("en", "Eastside Community Garden", "Saturday, March 14, 10am – garden (gate on Elm St)"),
    ("fr", "Jardin partagé des Lilas", "samedi 14 mars à 10 h au jardin"),
    ("es", "Huerto Comunitario El Olivo", "sábado 14 de marzo, 10:00 h, en el huerto"),
    ("de", "Gemeinschaftsgarten Nord", "Sa 14.03., 10 Uhr, im Garten"),
]

GROUP_ROWS = [
    # language, the line that creates the group, a message, the town
    ("en", 'created group "SEP Leeds"',
     "Reading group Tuesday 10 March, 7pm – Swarthmore Centre, Room 3", "Leeds"),
    ("en", 'created community "IYSSE Glasgow & West"',
     "Next meeting: Thursday 12 March, 7pm, Students' Union, Committee Room", "Glasgow"),
    ("de", "hat die Gruppe „SGP Leipzig“ erstellt",
     "Am Donnerstag, 12.03., um 19 Uhr im Café Puschkin, Raum 2", "Leipzig"),
    ("fr", "a créé le groupe « Section de Lyon »",
     "Le jeudi 12 mars à 18 h 30 au Café du Peuple", "Lyon"),
    ("es", 'creó el grupo "Sección Rosario"',
     "El jueves 12 de marzo a las 19 h en el Bar El Cairo", "Rosario"),
]
# fmt: on


def _site_page(site: str, street: str, entry: str) -> str:
    return f"{site}\nProgramme\n{street}\n\n{entry}\n"


@pytest.mark.parametrize("lang,site,street,entry,room", SITE_ROWS, ids=[r[1] for r in SITE_ROWS])
def test_a_room_is_a_room_of_the_site_the_page_names(lang, site, street, entry, room):
    listing = parse(_site_page(site, street, entry), as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.venue, m.room, m.address) == (site, room, street.split(" · ")[0])
    assert any(site in w.reason for w in listing.warnings)


@pytest.mark.parametrize("lang,name,entry", NAME_ROWS, ids=[r[1] + r[2][-12:] for r in NAME_ROWS])
def test_a_word_of_the_pages_name_is_the_page_itself(lang, name, entry):
    listing = parse(f"{name}\n\n{entry}\n", as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.start_time, m.venue) == ("2026-03-14", "10:00", name)
    assert any(name in w.reason for w in listing.warnings)


def _whatsapp(created: str, message: str) -> str:
    return (
        f"20/02/2026, 18:02 - Ana {created}\n"
        "20/02/2026, 18:05 - Ana: Welcome everyone 👋\n"
        f"21/02/2026, 10:11 - Ben: {message}\n"
        "21/02/2026, 10:12 - Ana: 👍\n"
    )


@pytest.mark.parametrize("lang,created,message,town", GROUP_ROWS, ids=[r[3] for r in GROUP_ROWS])
def test_a_chats_group_name_gives_its_meetings_town(lang, created, message, town):
    listing = parse(_whatsapp(created, message), as_of=AS_OF, lang=lang)
    (m,) = listing.meetings
    assert (m.date, m.city) == ("2026-03-12" if "12" in message else "2026-03-10", town)
    assert any(town in w.reason for w in listing.warnings)


def test_a_campus_the_pages_name_gives_is_its_meetings_campus():
    page = (
        "IYSSE at UC Davis\nPrivate group · 120 members\n\n"
        "Thursday March 12 – 6pm, Memorial Union, Garrison Room\n"
    )
    listing = parse(page, as_of=AS_OF)
    (m,) = listing.meetings
    assert (m.campus, m.venue, m.room) == ("UC Davis", "Memorial Union", "Garrison Room")
    assert any("UC Davis" in w.reason for w in listing.warnings)


# fmt: off
UNCHANGED_ROWS = [
    # a named building of its own, not a room of the site
    ("de", "Stadtteilhaus Ost\nProgramm\nHafenstraße 7\n\nSa 14.03., 15 Uhr, Kinderfasching, "
     "Sporthalle Lindenweg\n", "address", None),
    # an entry with its own street keeps it
    ("en", "Westside Community Centre\nProgramme\n14 Mill Road\n\nThursday 12 March, 7pm – "
     "Walk, Town Hall, 5 High Street\n", "address", "5 High Street"),
    # no street at the top: a room stays a room of nothing
    ("en", "Westside Community Centre\nProgramme\n\nThursday 12 March, 7pm – Quiz, Garden Room\n",
     "venue", "Quiz"),
    # a capitalised word of the site's name inside a named place is that place
    ("en", "Eastside Community Garden\n\nSaturday, March 14, 10am, Garden Room Café\n",
     "venue", "Garden Room Café"),
    # a page title that names no campus, site or street gives nothing
    ("en", "Upcoming meetings\n\nThursday March 12 – 6pm, Memorial Union, Garrison Room\n",
     "campus", None),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,page,field,value", UNCHANGED_ROWS, ids=[str(r[3]) + r[2] for r in UNCHANGED_ROWS]
)
def test_a_place_of_its_own_is_kept(lang, page, field, value):
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert getattr(m, field) == value


def test_a_page_whose_meetings_name_two_towns_gives_none_to_the_others():
    page = (
        "Westside Community Centre\nProgramme\n14 Mill Road\n\n"
        "Thursday 12 March, 7pm – Forum, Civic Hall, 1 Park Row, Leeds LS1 1UR\n"
        "Friday 13 March, 7pm – Forum, Guildhall, 2 St Helen's Square, York YO1 9QN\n"
        "Saturday 14 March, 2pm – Quiz, Garden Room\n"
    )
    meetings = parse(page, as_of=AS_OF).meetings
    assert [m.city for m in meetings] == ["Leeds", "York", None]
    assert (meetings[-1].room, meetings[-1].address) == ("Garden Room", None)


def test_a_chat_meeting_in_another_town_keeps_it():
    chat = _whatsapp(
        'created group "SEP Leeds"',
        "Saturday 14 March 11am at Bradford Central Library, Princes Way, BD1 1NN. All welcome",
    )
    (m,) = parse(chat, as_of=AS_OF).meetings
    assert m.city != "Leeds"


def test_a_neighbourhood_centres_weekly_plan():
    page = (
        "Nachbarschaftshaus Lindenhof\n"
        "Wochenplan März\n"
        "Lindenstraße 12 · Tel. 030 1234567\n"
        "\n"
        "Di 10.03., 18 Uhr, Mieterversammlung, Saal\n"
        "Do 12.03., 16 Uhr, Hausaufgabenhilfe, Kinderraum\n"
        "Sa 14.03., 10 Uhr, Nähkurs, Werkstatt\n"
        "Di 17.03., 19 Uhr, Infoabend, Aula der Lindenschule, Schulweg 4\n"
    )
    listing = parse(page, as_of=AS_OF, lang="de")
    got = [(m.date, m.start_time, m.venue, m.room, m.address) for m in listing.meetings]
    site, street = "Nachbarschaftshaus Lindenhof", "Lindenstraße 12"
    assert got[:3] == [
        ("2026-03-10", "18:00", site, "Saal", street),
        ("2026-03-12", "16:00", site, "Kinderraum", street),
        ("2026-03-14", "10:00", site, "Werkstatt", street),
    ]
    assert len(got) == 4 and got[3][0] == "2026-03-17" and got[3][2] != site
    assert [w.reason for w in listing.warnings if site in w.reason][0].startswith("3 meeting(s)")


def test_a_community_gardens_posts():
    page = (
        "Eastside Community Garden\n"
        "Community Garden · Elm St & 2nd Ave\n"
        "\n"
        "Save the dates! 🌱\n"
        "🌰 Work party – Saturday, March 14, 10am at the garden.\n"
        "🌰 Seed swap – Sunday, March 22, 1pm at Eastside Branch Library.\n"
        "🌰 Pruning workshop – Saturday, March 28, 9am, garden (gate on Elm St).\n"
    )
    listing = parse(page, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    name = "Eastside Community Garden"
    assert got[0] == ("2026-03-14", "10:00", name)
    assert got[1][:2] == ("2026-03-22", "13:00") and got[1][2].startswith("Eastside Branch Library")
    assert got[2] == ("2026-03-28", "09:00", name)
    assert len(got) == 3
    assert any(name in w.reason for w in listing.warnings)


def test_a_chat_communitys_listing():
    chat = (
        '01/03/2026, 18:02 - Ana (SEP Leeds) created community "SEP Leeds & District"\n'
        "01/03/2026, 18:05 - Ana (SEP Leeds): Welcome! Meetings go here 👍\n"
        "02/03/2026, 21:45 - Ben: Meetings at the university:\n"
        "thu 12/3 19:00 - Students' Union, Room 2\n"
        "tue 17/3 19:00 - Students' Union, Room 4\n"
        "03/03/2026, 08:30 - Ana (SEP Leeds): And Bradford: Saturday 21st March 11am at "
        "Bradford Central Library, Princes Way, BD1 1NN\n"
        "03/03/2026, 08:35 - Ana (SEP Leeds): Online meeting Thursday 26 March, 7:30pm on Zoom\n"
    )
    listing = parse(chat, as_of=AS_OF)
    got = [(m.date, m.start_time, m.city, m.online) for m in listing.meetings]
    assert [g[:2] for g in got] == [
        ("2026-03-12", "19:00"),
        ("2026-03-17", "19:00"),
        ("2026-03-21", "11:00"),
        ("2026-03-26", "19:30"),
    ]
    assert [g[2] for g in got[:2]] == ["Leeds", "Leeds"]
    assert got[2][2] != "Leeds" and got[3][2] is None and got[3][3]
    assert any("Leeds" in w.reason for w in listing.warnings)


# fmt: off
ELSEWHERE_ROWS = [
    # language, the title under the date, the venue it names
    ("fr", "Hors les murs – Rencontre avec Léa Morin, à la Médiathèque Jean-Jaurès (4, rue Haute)",
     "Médiathèque Jean-Jaurès"),
    ("fr", "Grand entretien avec Paul Vidal, à l'Auditorium du Conservatoire",
     "Auditorium du Conservatoire"),
    ("en", "In conversation with Jane Doe, at the Central Library", "Central Library"),
    ("de", "Lesung mit Anna Beck, im Literaturhaus", "Literaturhaus"),
    ("es", "Charla con Ana Ruiz, en la Biblioteca Municipal", "Biblioteca Municipal"),
]
# fmt: on


def _shop(title: str) -> str:
    """A bookshop's events page as HTML: its name and address at the top, then cards of a date,
    a time and a title."""
    return (
        '<html><body><header><p class="name">Riverside Books</p>'
        "<p>Independent booksellers · 14 Bridge Street, Ludlow SY8 1AA</p></header>"
        "<main><h1>Events</h1><ul>"
        f'<li><div class="when">Thursday 12 March</div><p class="time">7pm</p><h4>{title}</h4></li>'
        '<li><div class="when">Friday 13 March</div><p class="time">6.30pm</p>'
        "<h4>Storytime for under-fives</h4></li></ul></main></body></html>"
    )


@pytest.mark.parametrize("lang,title,venue", ELSEWHERE_ROWS, ids=[r[2] for r in ELSEWHERE_ROWS])
def test_an_event_whose_title_names_another_venue_is_held_there(lang, title, venue):
    first, second = parse(_shop(title), as_of=AS_OF, lang=lang).meetings
    # its own street in brackets is its address; never the shop's
    own = title[title.index("(") + 1 : -1] if title.endswith(")") else None
    assert (first.date, first.venue, first.address) == ("2026-03-12", venue, own)
    assert (second.date, second.venue) == ("2026-03-13", "Riverside Books")


# fmt: off
AT_THE_SHOP_ROWS = [
    # a place word inside the title, not a clause of its own: the shop's event
    ("fr", "Rencontre avec Hélène Marchal pour Une saison à Briançon (Verdier)"),
    ("en", "Reading, in English and French"),
    ("en", "Jane Doe on her novel At the Lighthouse"),
]
# fmt: on


@pytest.mark.parametrize("lang,title", AT_THE_SHOP_ROWS, ids=[r[1][:30] for r in AT_THE_SHOP_ROWS])
def test_a_title_without_a_place_clause_is_at_the_pages_venue(lang, title):
    first, _ = parse(_shop(title), as_of=AS_OF, lang=lang).meetings
    assert (first.venue, first.postal_code) == ("Riverside Books", "SY8 1AA")
