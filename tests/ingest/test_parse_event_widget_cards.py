"""An events widget's cards, each field in a paragraph of its own: a competition's name ("Torneo
de Reyes", "Kings Cup", "Dreikönigsturnier", "Tournoi des Rois"), its date and time, its venue
with its street (ending in a region's abbreviation and a full stop: "…, Querétaro, Qro."), and a
button ("Inscribirse", "Register", "Anmelden", "S'inscrire"). The venue line is the card's place;
the name and the button are no town heading over the cards below. And a room's code in brackets
after a building's name ("Yellow 1 lecture theatre (Yellow 1.1.39)") is no date. Written from
holdout45's padel club and IYSSE Darwin pages; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

CARDS = [
    ("es", [("Torneo de Reyes", "22 ene 2027, 7:00 p.m. – 11:00 p.m.",
             "Club Los Arcos, Av. de los Arcos 1200, Col. Carretas, Querétaro, Qro.", "Inscribirse"),
            ("Copa Primavera", "9 abr 2027, 5:00 p.m.",
             "Padel Center Juriquilla, Blvd. Juriquilla 3100, Juriquilla, Qro.", "Ver detalles")],
     ["Club Los Arcos", "Padel Center Juriquilla"]),
    ("en", [("Kings Cup", "Jan 22 2027, 7:00 p.m.", "Arcos Club, 1200 Arcos Avenue, Austin, TX.",
             "Register"),
            ("Spring Tournament", "Apr 9 2027, 5:00 p.m.",
             "Juriquilla Center, 3100 Juriquilla Blvd., Austin, TX.", "Tickets")],
     ["Arcos Club", "Juriquilla Center"]),
    ("de", [("Dreikönigsturnier", "22. Jan. 2027, 19:00 Uhr",
             "Tennisclub Rot-Weiß, Hauptstraße 12, 79098 Freiburg i. Br.", "Anmelden"),
            ("Stadtmeisterschaft", "9. Apr. 2027, 17:00 Uhr",
             "Sporthalle Süd, Bahnhofstraße 3, 79098 Freiburg i. Br.", "Details")],
     ["Tennisclub Rot-Weiß", "Sporthalle Süd"]),
    ("fr", [("Tournoi des Rois", "22 janv. 2027, 19 h", "Club des Arcs, 12 avenue des Arcs, 69003 Lyon.",
             "S'inscrire"),
            ("Coupe du Printemps", "9 avr. 2027, 17 h", "Salle Juriquilla, 3 boulevard du Parc, 69003 Lyon.",
             "Billets")],
     ["Club des Arcs", "Salle Juriquilla"]),
]  # fmt: skip


def _widget(cards: list[tuple[str, str, str, str]]) -> str:
    out = ["Events 2027", ""]
    for title, when, venue, button in cards:
        out += ["•", "", title, "", when, "", venue, "", button, ""]
    return "\n".join(out)


@pytest.mark.parametrize(("lang", "cards", "venues"), CARDS)
def test_each_cards_venue_line_is_its_place(lang, cards, venues):
    ms = parse(_widget(cards), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-01-22", "2027-04-09"]
    assert [m.venue for m in ms] == venues
    names = {c[0] for c in cards} | {c[3] for c in cards}
    for m in ms:
        assert not names & {m.place, m.city, m.venue}


@pytest.mark.parametrize(
    ("lang", "head", "rows", "want"),
    [
        ("en", "Thursdays at 5.30pm, Casuarina campus, Yellow 1 lecture theatre (Yellow 1.1.39):",
         ["1. **Thurs 18 March** — The February Revolution", "2. **Thurs 1 April** — Lenin's April Theses"],
         ["2027-03-18", "2027-04-01"]),
        ("de", "Donnerstags um 18 Uhr, Campus Süd, Hörsaal Gelb (Gelb 1.1.39):",
         ["1. **Do 18. März** — Die Februarrevolution", "2. **Do 1. April** — Lenins Aprilthesen"],
         ["2027-03-18", "2027-04-01"]),
        ("fr", "Les jeudis à 18 h, campus Lettres, amphi Jaune (Bâtiment 2.1.14) :",
         ["1. **jeudi 18 mars** — La révolution de Février", "2. **jeudi 1er avril** — Les thèses d'avril"],
         ["2027-03-18", "2027-04-01"]),
        ("es", "Los jueves a las 18:00, campus Norte, aula Amarilla (Aula 1.1.39):",
         ["1. **jueves 18 de marzo** — La revolución de febrero", "2. **jueves 1 de abril** — Las tesis de abril"],
         ["2027-03-18", "2027-04-01"]),
    ],
)  # fmt: skip
def test_a_rooms_code_in_brackets_is_no_date(lang, head, rows, want):
    ms = parse("\n".join(["## Lecture series", head, *rows, ""]), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == want
    assert all(m.start_time is not None for m in ms)


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        # a weekday or a four-digit year makes it a date, brackets or not
        ("de", "Jahresversammlung (Sa 1.5.27), 19 Uhr, Vereinsheim", "2027-05-01"),
        ("de", "Jahresversammlung (Termin 1.5.2027), 19 Uhr, Vereinsheim", "2027-05-01"),
        ("fr", "Assemblée générale le 1.5.27 à 19 h, salle des fêtes", "2027-05-01"),
        ("es", "Asamblea general el 1.5.27 a las 19:00, Casa de Cultura", "2027-05-01"),
        # a start's word in the bracket is no building's name: "(Beginn 12.1.27)"
        ("de", "Nähkurs (Beginn 1.5.27), 18 Uhr, Raum 2.14, VHS Marburg", "2027-05-01"),
        ("en", "Pottery course (Start 1.5.27), 6pm, Room 2.14, Adult Education Centre", "2027-05-01"),
    ],
)  # fmt: skip
def test_a_dotted_date_with_a_short_year_stays_a_date(lang, line, day):
    ms = parse("\n".join(["# Termine", "", line, ""]), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == [day]
