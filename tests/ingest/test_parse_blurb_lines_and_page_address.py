"""A cinema's or a hall's own programme names the venue once, at its top ("CINECLUB MUNICIPAL
HUGO DEL CARRIL" / "Bv. San Juan 49 · Córdoba · Tel. …"), then lists films and talks whose
lines say what they are, never where: "Apertura del ciclo. Copia restaurada en 4K.",
"Suivi d'un débat avec le réalisateur.", "Danach gibt es ein Gespräch.". Those sentences are
the blurb, not the venue; the meetings take the venue at the top (without a postcode when its
name says it is a venue, and is no organisation's). Lower-case place phrases ending with a full
stop ("foyer rural de la commune.", "upstairs at the Crown.") stay places. Around them: a
status said of its noun alone ("FUNCIÓN SUSPENDIDA") is no title; a presenter's or
moderator's label ("Presenta:", "Moderation:") says who, not where; a speaker's line ending in
a room keeps the room; a fee's sentence before the room ("Entrada libre y gratuita. Sala 2.")
leaves the room; a film's title in capitals keeps a note on its part or version in brackets
("LA HORA DE LOS HORNOS (primera parte)"), and a venue's note ("(parte de atrás)") stays the
venue's."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# (language, the page's top: name, address line; entry dates; the town the address ends with)
TOPS = {
    "es": ("CINECLUB MUNICIPAL HUGO DEL CARRIL", "Bv. San Juan 49 · Córdoba · Tel. 0351 555-0133"),
    "fr": ("CINÉMA LE ZOLA", "117 cours Émile Zola · Villeurbanne · Tél. 04 00 00 00 00"),
    "de": ("KINO FILMRISS", "Gneisenaustraße 12 · Hannover · Tel. 0511 000000"),
    "en": ("RITZY CINEMA", "1 Coldharbour Lane · London · Tel. 020 0000 0000"),
}
DATES = {
    "es": ["Martes 1 de diciembre · 20 hs", "Jueves 3 de diciembre · 22.30 hs"],
    "fr": ["Mardi 1er décembre · 20h", "Jeudi 3 décembre · 22h30"],
    "de": ["Dienstag, 1. Dezember · 20 Uhr", "Donnerstag, 3. Dezember · 22.30 Uhr"],
    "en": ["Tuesday 1 December · 8pm", "Thursday 3 December · 10.30pm"],
}
FILMS = ["TIEMPOS MODERNOS (Modern Times)", "ROCCO Y SUS HERMANOS"]
CREDITS = ["Charles Chaplin · EE.UU. · 1936 · 87'", "Luchino Visconti · Italia · 1960 · 177'"]
# The blurb sentence under each film, in the page's language.
BLURBS = {
    "es": ["Apertura del ciclo. Copia restaurada en 4K.", "Función única en trasnoche."],
    "fr": ["Ouverture du cycle. Copie restaurée en 4K.", "Suivi d'un débat avec le réalisateur."],
    "de": [
        "Eröffnung der Reihe mit einem Kurzfilm. Restaurierte Fassung in 4K.",
        "Danach gibt es ein Gespräch mit der Regisseurin.",
    ],
    "en": ["Opening night of the season. Restored in 4K.", "Followed by a talk with the director."],
}


def _page(lang: str, blurbs: list[str] | None = None) -> str:
    name, address = TOPS[lang]
    entries = "\n\n".join(
        f"{d}\n{f}\n{c}\n{b}"
        for d, f, c, b in zip(DATES[lang], FILMS, CREDITS, blurbs or BLURBS[lang], strict=True)
    )
    return f"{name}\n{address}\n\nPROGRAMA · DICIEMBRE\n\n{entries}\n"


@pytest.mark.parametrize("lang", sorted(TOPS))
def test_blurb_sentences_are_no_venue_and_the_page_top_is(lang: str) -> None:
    listing = parse(_page(lang), as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-01", "20:00"),
        ("2026-12-03", "22:30"),
    ]
    name, address = TOPS[lang]
    street = address.split(" · ")[0]
    for m in listing.meetings:
        assert m.venue is not None and m.venue.casefold() == name.casefold()
        assert m.room is None
        assert m.address == street
    assert any("venue at the top of the page" in w.reason for w in listing.warnings)


# Look-alikes: a place said as a phrase ("Outside the library."), or a venue's name in capitals
# of its own, ending with a full stop, stays the entry's place.
OWN_PLACES = [
    ("en", "Outside the library.", "Outside the library"),
    ("en", "In front of the town hall.", "In front of the town hall"),
    ("fr", "Devant la mairie du 1er.", "Devant la mairie du 1er"),
    ("de", "Vor dem Rathaus.", "Vor dem Rathaus"),
    ("es", "Frente al Cabildo histórico.", "Frente al Cabildo histórico"),
    ("en", "Ritzy Picturehouse Brixton.", "Ritzy Picturehouse Brixton"),
    ("de", "Kino im Sprengel.", "Kino im Sprengel"),
    ("en", "Back at Monroe's Tavern, 7.30pm.", "Monroe's Tavern"),
    ("es", "Patio de Jazmines, Casona de San Marcos. Para niñas y niños de 7 a 12 años.", "Casona"),
    ("fr", "Cour du Vieux-Lyon, Maison Thomassin. Prévoir une laine.", "Maison Thomassin"),
    # a place described in lower case, or by what kind of place it is
    ("fr", "foyer rural de la commune.", "foyer rural de la commune"),
    ("es", "aula magna de la facultad.", "aula magna de la facultad"),
    ("en", "upstairs at the Crown.", "the Crown"),
    ("en", "The usual place.", "The usual place"),
    ("de", "Raum der Stille im ersten Stock.", "Raum der Stille"),
    ("es", "Local del sindicato en planta baja.", "Local del sindicato"),
    # a venue's name as a sentence of its own, then its room
    ("en", "The Red Lion. Upstairs room, use the side entrance.", "The Red Lion"),
    ("de", "Zum Goldenen Hirschen. Hinterzimmer, Eingang über den Hof.", "Zum Goldenen Hirschen"),
    ("es", "Bar Manolo. Salón del fondo, primera planta.", "Bar Manolo"),
]


@pytest.mark.parametrize(("lang", "line", "place"), OWN_PLACES)
def test_a_place_said_as_a_sentence_stays_the_place(lang: str, line: str, place: str) -> None:
    listing = parse(_page(lang, [line, BLURBS[lang][1]]), as_of=AS_OF)
    first = listing.meetings[0]
    values = " | ".join(v for v in (first.venue, first.room, first.address, first.place) if v)
    assert place.casefold() in values.casefold()
    assert TOPS[lang][0].casefold() not in values.casefold()


# An organisation's name over its office's street (no postcode) is not where its meetings are.
ORG_TOPS = [
    ("en", "UNITE THE UNION BRANCH 42", "12 High Street · Leeds"),
    ("de", "MIETERVEREIN HANNOVER", "Gneisenaustraße 12 · Hannover"),
    ("fr", "COLLECTIF SAUVONS LE ZOLA", "117 cours Émile Zola · Villeurbanne"),
    ("es", "ASAMBLEA VECINAL DE GÜEMES", "Bv. San Juan 49 · Córdoba"),
    ("en", "AMNESTY INTERNATIONAL LEEDS", "12 High Street · Leeds"),
    ("fr", "CGT LYON", "117 cours Émile Zola · Lyon"),
    ("de", "ATTAC HANNOVER", "Gneisenaustraße 12 · Hannover"),
    ("es", "CTA CÓRDOBA", "Bv. San Juan 49 · Córdoba"),
]


@pytest.mark.parametrize(("lang", "name", "address"), ORG_TOPS)
def test_an_organisations_office_is_not_its_meetings_venue(
    lang: str, name: str, address: str
) -> None:
    text = _page(lang).replace("\n".join(TOPS[lang]), f"{name}\n{address}", 1)
    for m in parse(text, as_of=AS_OF).meetings:
        assert m.venue is None or name.casefold() not in m.venue.casefold()
        assert m.address is None


# A status said of its noun: the noun is no title, the film under it is.
STATUS_LINES = [
    ("es", "Martes 15 de diciembre · 20 hs · FUNCIÓN SUSPENDIDA", "cancelled"),
    ("es", "Martes 15 de diciembre · 20 hs · SESIÓN CANCELADA", "cancelled"),
    ("fr", "Mardi 15 décembre · 20h · SÉANCE ANNULÉE", "cancelled"),
    ("fr", "Mardi 15 décembre · 20h · Projection reportée", "postponed"),
    ("de", "Dienstag, 15. Dezember · 20 Uhr · VERANSTALTUNG ABGESAGT", "cancelled"),
    ("de", "Dienstag, 15. Dezember · 20 Uhr · Vorstellung verschoben", "postponed"),
    ("en", "Tuesday 15 December · 8pm · SCREENING CANCELLED", "cancelled"),
    ("en", "Tuesday 15 December · 8pm · Meeting postponed", "postponed"),
]


@pytest.mark.parametrize(("lang", "line", "status"), STATUS_LINES)
def test_a_status_with_its_noun_is_no_title(lang: str, line: str, status: str) -> None:
    text = f"{TOPS[lang][0]}\n{TOPS[lang][1]}\n\n{line}\nNORMA RAE\nMartin Ritt · EE.UU. · 1979 · 114'\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert (m.date, m.start_time, m.status) == ("2026-12-15", "20:00", status)
    assert m.title == "NORMA RAE"
    assert m.venue is not None and m.venue.casefold() == TOPS[lang][0].casefold()


# A status after a title keeps the title whole: the noun is the title's last word.
STATUS_AFTER_TITLES = [
    ("en", "Annual General Meeting postponed", "Annual General Meeting"),
    ("en", "Film screening cancelled", "Film screening"),
    ("de", "Weihnachtliches Treffen abgesagt", "Weihnachtliches Treffen"),
]


@pytest.mark.parametrize(("lang", "line", "title"), STATUS_AFTER_TITLES)
def test_a_status_after_a_title_keeps_the_title(lang: str, line: str, title: str) -> None:
    text = f"Meetings\n\n{DATES[lang][0]} – {line}\nTrades Hall\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.status in ("cancelled", "postponed")
    assert title in " | ".join(v for v in (m.title, m.venue) if v)


# A presenter's or moderator's line says who, never where.
PRESENTERS = [
    ("es", "Presenta: Mirta Echenique (CEA-UNC).", "Mirta Echenique (CEA-UNC)"),
    ("es", "Presentan: Ana Ruiz y Luis Paz.", "Ana Ruiz y Luis Paz"),
    ("es", "Moderación: Ramiro Olmos", "Ramiro Olmos"),
    ("es", "Moderadora: Lucía Gómez", "Lucía Gómez"),
    ("de", "Moderation: Jana Weber", "Jana Weber"),
    ("de", "Moderatorin: Jana Weber (NDR)", "Jana Weber (NDR)"),
    ("fr", "Modération : Claire Dubois", "Claire Dubois"),
    ("fr", "Modératrice : Claire Dubois", "Claire Dubois"),
    ("en", "Moderator: Sam Patel", "Sam Patel"),
]


@pytest.mark.parametrize(("lang", "line", "who"), PRESENTERS)
def test_a_presenters_line_is_who_not_where(lang: str, line: str, who: str) -> None:
    listing = parse(_page(lang, [line, BLURBS[lang][1]]), as_of=AS_OF)
    first = listing.meetings[0]
    assert first.speaker == who
    assert first.venue is not None and first.venue.casefold() == TOPS[lang][0].casefold()
    assert first.room is None


# A speaker's line that ends with the venue's room keeps the room; an affiliation is no place.
SPEAKER_THEN_PLACE = [
    ("de", "Referentin: Dr. Ursula Brandl, Pfarrsaal", "Pfarrsaal", True),
    ("es", "Ponente: Ana Ruiz, Salón de actos", "Salón de actos", True),
    ("es", "Ponente: Ana Ruiz, Universidad de Sevilla", "Universidad de Sevilla", False),
    ("en", "Speaker: Ana Ruiz, Room 4B", "Room 4B", True),
    ("en", "Speaker: Ana Ruiz, British Library", "British Library", False),
    ("en", "Speaker: Prof. Ana Ruiz, Centre for Housing Research", "Centre for Housing", False),
    ("fr", "Intervenante : Claire Dubois, Institut d'études politiques", "Institut", False),
]


@pytest.mark.parametrize(("lang", "line", "place", "kept"), SPEAKER_THEN_PLACE)
def test_a_speakers_line_keeps_a_venue_it_ends_with(
    lang: str, line: str, place: str, kept: bool
) -> None:
    text = f"Programm\n\n{DATES[lang][0]}\nVortrag: Was ist eine Patientenverfügung?\n{line}\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    values = " | ".join(v for v in (m.venue, m.room, m.place) if v)
    assert (place.casefold() in values.casefold()) is kept
    assert m.speaker is not None and m.speaker.startswith(line.split(": ", 1)[1][:6].strip())


# A fee's sentence before the room: the room stays, in the venue at the top.
FEE_THEN_ROOM = [
    ("es", "Entrada libre y gratuita. Sala 2.", "Sala 2"),
    ("fr", "Entrée libre. Salle B.", "Salle B"),
    ("de", "Eintritt frei. Saal 3.", "Saal 3"),
    ("en", "Free entry. Room 4.", "Room 4"),
]


@pytest.mark.parametrize(("lang", "line", "room"), FEE_THEN_ROOM)
def test_a_fee_sentence_leaves_the_room(lang: str, line: str, room: str) -> None:
    listing = parse(_page(lang, [line, BLURBS[lang][1]]), as_of=AS_OF)
    first = listing.meetings[0]
    assert first.room == room
    assert first.venue is not None and first.venue.casefold() == TOPS[lang][0].casefold()


@pytest.mark.parametrize(
    "venue",
    [
        "EL GALPÓN (parte de atrás)",
        "LA VIEJA USINA (parte de arriba)",
        "LA COOPE (versión unplugged)",
    ],
)
def test_a_venue_in_capitals_with_its_note_stays_the_venue(venue: str) -> None:
    text = f"Agenda\n\n{DATES['es'][0]}\n{venue}\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.title != venue
    assert (
        venue.split(" (")[0].casefold() in " | ".join(v for v in (m.venue, m.place) if v).casefold()
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("LA HORA DE LOS HORNOS (primera parte)", "LA HORA DE LOS HORNOS (primera parte)"),
        ("NOSFERATU (version restaurée)", "NOSFERATU (version restaurée)"),
        ("METROPOLIS (Originalfassung)", "METROPOLIS (Originalfassung)"),
    ],
)
def test_a_caps_title_with_a_note_in_brackets_is_the_title(title: str, expected: str) -> None:
    text = f"{TOPS['es'][0]}\n{TOPS['es'][1]}\n\n{DATES['es'][0]}\n{title}\nPresenta: Mirta Echenique.\n"
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.title == expected
    assert m.venue is not None and m.venue.casefold() == TOPS["es"][0].casefold()


# A blurb of sentences under a title names the place in one of them: labelled ("Ort: …"), led
# by where ("In der Emmaus-Kirche …"), or a sentence that is only a place's name. The other
# sentences are no place.
PLACE_SENTENCES = [
    ("de", "Wie prüfe ich meine Abrechnung? Mit Beispielen. Ort: Bona-Peiser-Bibliothek.",
     "Bona-Peiser-Bibliothek"),
    ("de", "Eintritt frei, um Spenden wird gebeten. In der Emmaus-Kirche am Lausitzer Platz.",
     "Emmaus-Kirche"),
    ("de", "Was tun gegen Eigenbedarfskündigungen und Modernisierung? Mit der Mieterberatung und "
     "Nachbar*innen aus dem Graefekiez. Ort: Nachbarschaftshaus, Großer Saal.", "Nachbarschaftshaus"),
    ("en", "How do I read my bill? Bring your questions. Venue: Central Library, Room 2.",
     "Central Library"),
    ("fr", "Comment lire sa facture ? Avec des exemples. Lieu : Maison des Associations.",
     "Maison des Associations"),
    ("es", "¿Cómo leer la factura? Con ejemplos prácticos. Lugar: Centro Cívico Las Delicias.",
     "Centro Cívico Las Delicias"),
    ("es", "¡Fuera de casa! En la Librería La Malatesta (C/ Jesús y María 24), con sus autoras.",
     "La Malatesta"),
    ("es", "Charla y debate. Lugar: Centro Cívico, Avda. Diagonal 300, Barcelona.",
     "Avda. Diagonal 300"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "blurb", "place"), PLACE_SENTENCES)
@pytest.mark.parametrize("title", ["Weihnachtskonzert des Chors", "Kiezversammlung: Mieten"])
def test_the_place_a_blurbs_sentence_names(lang: str, blurb: str, place: str, title: str) -> None:
    text = f"Programm\n\n{DATES[lang][0]}\n{title}\n{blurb}\n"
    (m,) = parse(text, as_of=AS_OF, lang=lang).meetings
    assert place in " | ".join(v for v in (m.venue, m.room, m.place, m.address) if v)
    assert m.title == title


# A title that reads as a place ("… in der Urbanstraße") gives way to a labelled sentence only.
@pytest.mark.parametrize(
    ("blurb", "venue"),
    [
        ("Für alle Mieter*innen. Ort: Nachbarschaftshaus, Großer Saal.", "Nachbarschaftshaus"),
        ("Für alle Mieter*innen. Danach Umtrunk.", "Kiezversammlung: Mieten in der Urbanstraße"),
    ],
)
def test_a_labelled_sentence_beats_a_title_read_as_a_place(blurb: str, venue: str) -> None:
    text = f"Programm\n\n{DATES['de'][0]}\nKiezversammlung: Mieten in der Urbanstraße\n{blurb}\n"
    (m,) = parse(text, as_of=AS_OF, lang="de").meetings
    assert m.venue == venue
