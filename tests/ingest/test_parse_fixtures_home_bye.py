"""A club's fixtures list writes "HOME" for a game on its own ground and "BYE" for a round
without a match (holdout30's bowls club, after its blind score). "HOME" is the club's ground when
the page opens with the club's name, even under a cookie banner; a round without a match is
warned about, not read as a meeting nor as a detail of the match above it."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 2)

PAGES = {
    "en": ("MOSMAN PARK BOWLING CLUB", "Rd | Date | Opponent | Venue",
           "8 | Sat 5 Dec 1pm | Cottesloe | Cottesloe Bowling Club",
           "9 | Sat 12 Dec 1pm | Fremantle | {home}",
           "10 | Sat 9 Jan 1pm | North Beach | North Beach Bowling Club",
           "11 | Sat 16 Jan | {bye}"),
    "de": ("Tennisclub Rot-Weiß Kassel", "Spieltag | Datum | Gegner | Spielort",
           "1 | Sa., 5.12. 14 Uhr | TC Fulda | Tennishalle Fulda",
           "2 | Sa., 12.12. 14 Uhr | TV Baunatal | {home}",
           "3 | Sa., 9.1. 14 Uhr | TSV Wolfhagen | Sportpark Wolfhagen",
           "4 | Sa., 16.1. | {bye}"),
    "fr": ("Club de pétanque de Villeurbanne", "Journée | Date | Adversaire | Lieu",
           "1 | sam. 5 déc. 14h | Bron | Boulodrome de Bron",
           "2 | sam. 12 déc. 14h | Vénissieux | {home}",
           "3 | sam. 9 janv. 14h | Caluire | Boulodrome de Caluire",
           "4 | sam. 16 janv. | {bye}"),
    "es": ("Club de Tenis Chamartín", "Jornada | Fecha | Rival | Lugar",
           "1 | sáb 5 de diciembre 10:00 | CT Pozuelo | Club de Tenis Pozuelo",
           "2 | sáb 12 de diciembre 10:00 | CT Alcobendas | {home}",
           "3 | sáb 9 de enero 10:00 | CT Getafe | Polideportivo Getafe",
           "4 | sáb 16 de enero | {bye}"),
}  # fmt: skip
HOMES = {"en": ["HOME", "Home"], "de": ["Heim", "HEIM"], "fr": ["Domicile", "à domicile"],
         "es": ["Local", "en casa"]}  # fmt: skip
BYES = {"en": "BYE", "de": "spielfrei", "fr": "exempt", "es": "descansa"}
CLUB = {
    "en": "Mosman Park Bowling Club",
    "de": "Tennisclub Rot-Weiß Kassel",
    "fr": "Club de pétanque de Villeurbanne",
    "es": "Club de Tenis Chamartín",
}
CASES = [(lang, home) for lang, homes in HOMES.items() for home in homes]


def _page(lang: str, home: str, *, banner: bool = False, name: str | None = None) -> str:
    club, header, *rows = PAGES[lang]
    top = "We use cookies to give you the best experience. Accept\n\n" if banner else ""
    body = "\n".join(r.format(home=home, bye=BYES[lang]) for r in rows)
    return f"{top}{name or club}\n\n{header}\n{body}\n"


@pytest.mark.parametrize("banner", [False, True], ids=["plain", "cookie-banner"])
@pytest.mark.parametrize(("lang", "home"), CASES)
def test_home_is_the_clubs_own_ground(lang: str, home: str, banner: bool) -> None:
    listing = parse(_page(lang, home, banner=banner), as_of=AS_OF)
    by_date = {m.date: m for m in listing.meetings}
    assert by_date["2026-12-12"].venue == CLUB[lang]
    assert by_date["2026-12-05"].venue != CLUB[lang]  # an away game's ground is its own


@pytest.mark.parametrize("lang", PAGES)
def test_a_bye_is_warned_about_not_a_meeting(lang: str) -> None:
    listing = parse(_page(lang, HOMES[lang][0]), as_of=AS_OF)
    assert sorted(m.date for m in listing.meetings) == ["2026-12-05", "2026-12-12", "2027-01-09"]
    assert any("bye" in w.reason for w in listing.warnings)
    (last,) = [m for m in listing.meetings if m.date == "2027-01-09"]
    assert BYES[lang] not in " ".join(filter(None, (last.venue, last.room, last.address)))


@pytest.mark.parametrize("lang", PAGES)
def test_home_under_a_page_that_names_no_club_is_left(lang: str) -> None:
    listing = parse(_page(lang, HOMES[lang][0], name="Fixtures 2026/27"), as_of=AS_OF)
    (home,) = [m for m in listing.meetings if m.date == "2026-12-12"]
    assert home.venue != "Fixtures 2026/27"
