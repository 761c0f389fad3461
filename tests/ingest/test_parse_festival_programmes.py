"""A festival's day-by-day programme (issue 17; the Liège and Lille festivals of
tests/ingest/corpus/holdout10): a day heading ("JEUDI 18 MARS") over entries that each take a
paragraph, the time and title on the first line ("19h00  Soirée d'ouverture", "18h30 · DÉBAT")
and the venue, its address, a blurb, a price or "gratuit" on the lines under it. Each entry is
one meeting with its own time and its own venue; the lines under it are its details, never
meetings of their own; a venue on a street named after a date ("place du 20-Août 7") is an
address, not a date; and the festival's own range in the title ("du 18 au 21 mars 2027") is no
meeting when its days are listed under it (it is warned about). The rows are variants written
from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


def _programme(title: str, days: list[tuple[str, list[tuple[str, list[str]]]]]) -> str:
    """A programme page: its title lines, then each day's heading over its entries, an entry
    being its first line (time and title) over its detail lines, a blank line between entries."""
    out = [title, ""]
    for heading, entries in days:
        out += [heading, ""]
        for first, details in entries:
            out += [first, *details, ""]
        out.append("")
    return "\n".join(out)


# fmt: off
@pytest.mark.parametrize("lang,title,days,want", [
    # the venue indented under the time and title, a second entry with its street
    ("fr", "CINÉ-LUTTES\nfestival, du 11 au 12 mars 2027",
     [("JEUDI 11 MARS", [
         ("19h00        Ouverture — projection suivie d'un débat",
          ["             Cinéma Le Zola, 117 cours Émile-Zola"]),
         ("21h30        Concert de soutien", ["             Le Périscope, 13 rue Delandine"])]),
      ("VENDREDI 12 MARS", [
         ("10h – 12h    Atelier vidéo", ["             Maison des Passages, 44 rue Saint-Georges"])])],
     [("2027-03-11", "19:00", "Cinéma Le Zola"), ("2027-03-11", "21:30", "Le Périscope"),
      ("2027-03-12", "10:00", "Maison des Passages")]),
    # a street named after a date in the venue's address, and a sold-out badge
    ("fr", "Rencontres du documentaire social",
     [("SAMEDI 13 MARS", [
         ("14h          Table ronde : archives ouvrières",
          ["             Salle des Fêtes, place du 8-Mai 3"]),
         ("20h          Projection — ciné-concert", ["             Cinéma Vox  [COMPLET]"]),
         ("22h          Soirée dansante", ["             Bourse du Travail, rue du 4-Septembre 12"])])],
     [("2027-03-13", "14:00", "Salle des Fêtes"), ("2027-03-13", "20:00", "Cinéma Vox"),
      ("2027-03-13", "22:00", "Bourse du Travail")]),
    # "time · KIND", then the title, then the pinned venue; a price line and a blurb in prose
    ("fr", "FESTIVAL DES LUTTES\ndu vendredi 5 au samedi 6 février 2027",
     [("VENDREDI 5 FÉVRIER", [
         ("18h30 · OUVERTURE",
          ["Projection de « Les Quais » (doc., 2026, 70 min), suivie d'une rencontre avec les "
           "dockers du port et la réalisatrice, puis d'un verre offert par le comité",
           "📍 Cinéma Le Méliès, 12 rue Colbert, Tourcoing"]),
         ("21h · CONCERT", ["Chorale « Les Voix rouges » + DJ set", "📍 La Péniche, quai de Brazza, Lille",
                           "Entrée libre"])]),
      ("SAMEDI 6 FÉVRIER", [
         ("15h · PROJECTION", ["Compétition courts métrages n° 2", "📍 Cinéma L'Univers, Lille"]),
         ("17h30 · DÉBAT", ["La mine : la fin d'un monde, le début d'un autre ?",
                            "📍 La Piscine, 23 rue de l'Espérance, Roubaix"])])],
     [("2027-02-05", "18:30", "Cinéma Le Méliès"), ("2027-02-05", "21:00", "La Péniche"),
      ("2027-02-06", "15:00", "Cinéma L'Univers"), ("2027-02-06", "17:30", "La Piscine")]),
    ("en", "REEL STRUGGLES\nFilm festival, 12-13 March 2027",
     [("FRIDAY 12 MARCH", [
         ("7.30pm       Opening night: Pride (2014) and a Q&A", ["             Watershed, 1 Canon's Road"]),
         ("10pm         Benefit gig", ["             The Fleece, 12 St Thomas Street", "             £5 on the door"])]),
      ("SATURDAY 13 MARCH", [
         ("11am         Walking tour: radical Bristol", ["             Queen Square"])])],
     [("2027-03-12", "19:30", "Watershed"), ("2027-03-12", "22:00", "The Fleece"),
      ("2027-03-13", "11:00", "Queen Square")]),
    ("de", "KINO UND KAMPF\nFilmfest, 12. bis 13. März 2027",
     [("FREITAG, 12. MÄRZ", [
         ("19 Uhr       Eröffnung: Kuhle Wampe", ["             Kino Babylon, Rosa-Luxemburg-Straße 30"]),
         ("21:30 Uhr    Konzert", ["             SO36, Oranienstraße 190", "             Eintritt frei"])]),
      ("SAMSTAG, 13. MÄRZ", [
         ("14 Uhr       Podium: Streik im Film", ["             Haus der Demokratie, Greifswalder Straße 4"])])],
     [("2027-03-12", "19:00", "Kino Babylon"), ("2027-03-12", "21:30", "SO36"),
      ("2027-03-13", "14:00", "Haus der Demokratie")]),
    ("es", "CINE Y LUCHA\nmuestra, del 12 al 13 de marzo de 2027",
     [("VIERNES 12 DE MARZO", [
         ("19:00        Inauguración: La sal de la tierra", ["             Cine Doré, calle Santa Isabel 3"]),
         ("22:00        Concierto solidario", ["             Sala Clamores, calle Alberto Aguilera 58",
                                              "             Entrada: 8 €"])]),
      ("SÁBADO 13 DE MARZO", [
         ("11:00        Ruta: el Madrid obrero", ["             Plaza de Lavapiés"])])],
     [("2027-03-12", "19:00", "Cine Doré"), ("2027-03-12", "22:00", "Sala Clamores"),
      ("2027-03-13", "11:00", "Plaza de Lavapiés")]),
])
# fmt: on
def test_each_entry_of_a_programme_day_is_one_meeting_at_its_own_venue(lang, title, days, want):
    listing = parse(_programme(title, days), as_of=AS_OF, lang=lang)
    ms = listing.meetings
    assert [(m.date, m.start_time) for m in ms] == [(d, t) for d, t, _ in want]
    for m, (_, _, venue) in zip(ms, want, strict=True):
        assert venue in _places(m)
        assert not any(v in _places(m) for _, _, v in want if v != venue)


def test_the_festivals_own_range_over_its_days_is_warned_about_not_a_meeting():
    page = _programme(
        "CINÉ-LUTTES\n3e édition — Grenoble, du 18 au 19 mars 2027",
        [("JEUDI 18 MARS", [("19h00  Ouverture", ["       Cinéma Le Club, 9 bis rue Phalanstère"])]),
         ("VENDREDI 19 MARS", [("20h  Clôture", ["       La Bobine, 42 boulevard Clemenceau"])])],
    )  # fmt: skip
    listing = parse(page, as_of=AS_OF, lang="fr")
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-03-18", "19:00"),
        ("2027-03-19", "20:00"),
    ]
    assert any("du 18 au 19 mars 2027" in w.reason and w.line == 2 for w in listing.warnings)


def test_a_range_whose_days_are_not_listed_stays_a_meeting():
    page = "Agenda\n\nSummer school, 12-14 July 2027\nRuskin College, Oxford\n"
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.end_date) for m in ms] == [("2027-07-12", "2027-07-14")]


def test_untimed_lines_between_timed_entries_of_one_paragraph_stay_entries():
    page = (
        "Programme\n\nMonday 8 March\n10:00 Welcome and introductions\nLunch with the speakers\n"
        "14:00 Panel: organising at work\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2027-03-08", "10:00"),
        ("2027-03-08", None),
        ("2027-03-08", "14:00"),
    ]


PROGRAMME = """RENCONTRES CINÉ-SYNDICALES
2e édition — Nantes, du 4 au 6 mars 2027

Avant-première
Mercredi 24 février 2027 à 20h — Le Cinématographe, 12 bis rue des Carmélites, 44000 Nantes

JEUDI 4 MARS

18h30        Ouverture — projection de « La Reprise » suivie d'un débat
             Le Katorza, 3 rue Corneille

21h          Concert : chants de lutte
             Pol'n, 11 rue des État

VENDREDI 5 MARS

10h – 12h    Atelier : filmer une assemblée générale
             Maison des Syndicats, place de la Gare-de-l'État 1

14h          Table ronde : archives ouvrières
             Salle Vasse, place du 8-Mai 7

SAMEDI 6 MARS

16h · CLÔTURE
Remise du prix du public, suivie d'un apéritif offert par les sections syndicales de la ville
📍 Le Lieu Unique, quai Ferdinand-Favre
Entrée libre

INFOS PRATIQUES
Séance : 5 € / 3 € (étudiants). Pass : 20 €.
"""


def test_a_programme_page():
    listing = parse(PROGRAMME, as_of=AS_OF, lang="fr")
    got = [(m.date, m.start_time, m.venue) for m in listing.meetings]
    assert got == [
        ("2027-02-24", "20:00", "Le Cinématographe"),
        ("2027-03-04", "18:30", "Le Katorza"),
        ("2027-03-04", "21:00", "Pol'n"),
        ("2027-03-05", "10:00", "Maison des Syndicats"),
        ("2027-03-05", "14:00", "Salle Vasse"),
        ("2027-03-06", "16:00", "Le Lieu Unique"),
    ]
    assert any("du 4 au 6 mars 2027" in w.reason for w in listing.warnings)


def test_a_conferences_own_range_over_its_timed_talks_is_warned_about_not_a_meeting():
    page = (
        "# Labour history weekend — Programme\n\nDates: Saturday 20 – Sunday 21 March 2027\n\n"
        "### Opening plenary\n\nDate: March 20, 2027 10:00 AM\nRoom: Taliesin Theatre\n\n"
        "### Closing plenary\n\nDate: March 21, 2027 2:00 PM\nRoom: Faraday Lecture Theatre\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-03-20", "10:00"),
        ("2027-03-21", "14:00"),
    ]
    assert any("range of the programme" in w.reason and w.line == 3 for w in listing.warnings)
