"""A printed programme's blocks, as PDF-to-text gives them (issue 17 item 7; a flyer in
tests/ingest/corpus/practice7): under the date line, maybe a status ("ANNULÉ") and a category in
capitals ("CONFÉRENCE"), the title (wrapped over lines as the column wraps it), maybe the
speaker's line ("par …", "with …", "mit …", "a cargo de …"), then the venue on the block's last
line, its street maybe wrapped onto one more. Read as a person reads the flyer: the venue is
the block's last line, the title the line under the category, run on while it wraps; the
category is neither. The rows are variants written from the pattern in four languages, not
copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
BLOCKS = [
    # (lang, block lines under the date line, title, venue, speaker, street part)
    ("fr", ["CONFÉRENCE", "Les cheminots et la grève de", "1953",
            "par Jean Martin, historien", "Salle Jean-Jaurès · 12 rue des Écoles"],
     "Les cheminots et la grève de 1953", "Salle Jean-Jaurès", "Jean Martin, historien",
     "12 rue des Écoles"),
    ("fr", ["ATELIER", "Réparer son vélo soi-même", "Maison du vélo · 3 quai de la",
            "Fontaine"],
     "Réparer son vélo soi-même", "Maison du vélo", None, "3 quai de la Fontaine"),
    ("en", ["TALK", "Housing, rent and the council", "estates of the east end",
            "with Dr Sarah Okafor (Queen Mary", "University of London)",
            "Oxford House · 12 Derbyshire St,", "London E2 6HG"],
     "Housing, rent and the council estates of the east end", "Oxford House",
     "Dr Sarah Okafor (Queen Mary University of London)", "12 Derbyshire St"),
    ("en", ["FILM & DISCUSSION", "The miners' strike forty years on", "Trades Hall"],
     "The miners' strike forty years on", "Trades Hall", None, None),
    ("de", ["VORTRAG", "Wohnen in der Stadt: wem gehört", "der Kiez?",
            "mit Anna Schmidt (Mieterverein)", "Nachbarschaftshaus Urbanstraße · Urbanstraße 21"],
     "Wohnen in der Stadt: wem gehört der Kiez?", "Nachbarschaftshaus Urbanstraße",
     "Anna Schmidt (Mieterverein)", "Urbanstraße 21"),
    ("de", ["LESUNG", "Geschichten aus dem Hinterhof", "Stadtteilbibliothek · Am Markt 4"],
     "Geschichten aus dem Hinterhof", "Stadtteilbibliothek", None, "Am Markt 4"),
    ("es", ["CHARLA", "La memoria de los barrios", "obreros de Montevideo",
            "a cargo de Lucía Pérez", "Biblioteca Popular del Cerro · Grecia 3540"],
     "La memoria de los barrios obreros de Montevideo", "Biblioteca Popular del Cerro",
     "Lucía Pérez", "Grecia 3540"),
    ("es", ["TALLER", "Serigrafía para principiantes", "Centro Cultural Sur"],
     "Serigrafía para principiantes", "Centro Cultural Sur", None, None),
]
DATE_LINES = {"fr": "JEU. 10.12   19H", "en": "THU 10 DEC   7PM", "de": "DO. 10.12.   19 UHR",
              "es": "JUE. 10.12   19 H"}
STATUS = {"fr": ("ANNULÉ", "cancelled"), "en": ("POSTPONED", "postponed"),
          "de": ("ABGESAGT", "cancelled"), "es": ("SUSPENDIDO", "cancelled")}
# fmt: on
IDS = [f"{b[0]}-{b[3]}" for b in BLOCKS]


def _page(lang: str, block: list[str]) -> str:
    return "PROGRAMME\n\n" + "\n".join([DATE_LINES[lang], *block]) + "\n"


@pytest.mark.parametrize("row", BLOCKS, ids=IDS)
def test_the_venue_is_the_blocks_last_line(row):
    lang, block, title, venue, speaker, street = row
    (m,) = parse(_page(lang, block), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2026-12-10", "19:00")
    assert m.venue == venue
    assert m.title == title
    assert m.speaker == speaker
    assert block[0] not in _places(m)  # the category is no place
    if street:
        assert street in _places(m)


@pytest.mark.parametrize("row", BLOCKS, ids=IDS)
def test_a_status_over_the_category_keeps_the_block(row):
    lang, block, title, venue = row[:4]
    word, status = STATUS[lang]
    (m,) = parse(_page(lang, [word, *block]), as_of=AS_OF, lang=lang).meetings
    assert (m.status, m.title, m.venue) == (status, title, venue)


# fmt: off
@pytest.mark.parametrize("block,venue", [
    # a venue block of its own: name, room, street — the first line stays the venue
    (["Trades Hall", "Room 4", "12 Oak St, Springfield"], "Trades Hall"),
    # the last line is no venue: the block is not read this way
    (["Film night: Ken Loach, The Old Oak", "The Sugar Club, Dublin", "Interested · Going"],
     "The Sugar Club"),
])
# fmt: on
def test_other_blocks_are_read_as_before(block, venue):
    (m,) = parse(_page("en", block), as_of=AS_OF).meetings
    assert m.venue == venue


FLYER = """UNIVERSITÉ POPULAIRE DU QUARTIER
PROGRAMME DÉCEMBRE – JANVIER

Entrée libre, sans inscription sauf mention contraire.

---- 1 ----

MER. 09.12   18H30
CONFÉRENCE
Le quartier avant la rocade : une
histoire en images
par Claire Roux, archiviste
Salle des Rencontres · 4 place du
Marché

SAM. 12.12   10H > 12H
ANNULÉ
ATELIER
Écrire pour le journal du quartier
Bibliothèque Louise-Michel

---- 2 ----

MAR. 12.01   19H
CINÉ-DÉBAT
« Ceux qui travaillent » et discussion
Cinéma Le Royal · 9 avenue de la Gare
"""


def test_a_flyer_reads_every_block():
    got = [
        (m.date, m.start_time, m.end_time, m.status, m.title, m.venue)
        for m in parse(FLYER, as_of=AS_OF).meetings
    ]
    assert got == [
        ("2026-12-09", "18:30", None, "scheduled",
         "Le quartier avant la rocade : une histoire en images", "Salle des Rencontres"),
        ("2026-12-12", "10:00", "12:00", "cancelled", "Écrire pour le journal du quartier",
         "Bibliothèque Louise-Michel"),
        ("2027-01-12", "19:00", None, "scheduled", "« Ceux qui travaillent » et discussion",
         "Cinéma Le Royal"),
    ]  # fmt: skip


def test_cli_parse_reads_the_flyer(tmp_path):
    path = tmp_path / "flyer.txt"
    path.write_text(FLYER, encoding="utf-8")
    meetings = cli_meetings(path, "--as-of", "2026-11-20")
    assert [(m["date"], m["venue"], m["address"]) for m in meetings] == [
        ("2026-12-09", "Salle des Rencontres", "4 place du Marché"),
        ("2026-12-12", "Bibliothèque Louise-Michel", None),
        ("2027-01-12", "Cinéma Le Royal", "9 avenue de la Gare"),
    ]


# fmt: off
@pytest.mark.parametrize("block,venue,street", [
    # a card's button and attendee count after its venue line: no wrapped street
    (["Scarborough chapter launch", "Cedarbrae Library · 545 Markham Rd, Scarborough, ON M1H 2A1",
      "Attend"], "Cedarbrae Library", "545 Markham Rd"),
    (["Monthly meeting", "Castle House · Angel Street, Sheffield", "14 attendees"],
     "Castle House", "Angel Street"),
    # a venue, its street and its town on lines of their own: the town is no venue (the
    # university is the campus, its lecture hall the room)
    (["Université Toulouse – Jean-Jaurès, amphi 8", "5, allées Antonio-Machado", "31058 Toulouse"],
     "Université Toulouse – Jean-Jaurès", "31058 Toulouse"),
])
# fmt: on
def test_a_count_a_button_or_a_town_is_no_blocks_venue(block, venue, street):
    page = "PROGRAMME\n\n" + "\n".join(["Thursday 10 December 2026, 7pm", *block]) + "\n"
    (m,) = parse(page, as_of=AS_OF).meetings
    assert venue in (m.venue, m.campus)
    assert m.venue is None or street not in m.venue
    assert street in _places(m)
