"""A town hall's agenda card: a category tag ("Santé"), the title, the time line, the place.

The time line may give two sessions of the day ("10h – 13h et 15h – 19h"): that is the card's
time (the first session starts it), not a calendar entry whose title is "et 15h – 19h", so the
card's lines above it are no untimed entries of their own. A one-word tag over a line worded as
a title is the card's category, not its place; the place is the named venue under the time.
A status badge ("Cancelled") over the title is a badge, not a tag.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _places(m) -> str:
    return " ".join(filter(None, [m.venue, m.place, m.room, m.address, m.city]))


# lang: (date line, tag, title, one-session time line, two-session time line, place, venue)
CARDS = {
    "fr": ("jeu. 3 déc.", "Santé", "Collecte de sang", "10h – 13h", "10h – 13h et 15h – 19h",
           "Hôtel de Ville, salons", "Hôtel de Ville"),
    "en": ("Thu 3 Dec", "Health", "Blood donation session", "10am – 1pm",
           "10am – 1pm and 3pm – 7pm", "Town Hall, Assembly Rooms", "Town Hall"),
    "de": ("Do. 3. Dez.", "Gesundheit", "Blutspende im Advent", "10–13 Uhr", "10–13 Uhr und 15–19 Uhr",
           "Rathaus, Festsaal", "Rathaus"),
    "es": ("jue. 3 dic.", "Salud", "Donación de sangre", "10:00 – 13:00",
           "10:00 – 13:00 y 15:00 – 19:00", "Casa Consistorial, salón de plenos", "Casa Consistorial"),
}  # fmt: skip


def _page(lines: list[str]) -> str:
    return "Agenda\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("tagged", [False, True], ids=["untagged", "tagged"])
@pytest.mark.parametrize("sessions", [1, 2])
@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_cards_time_line_and_tag_leave_one_meeting_at_its_venue(
    lang: str, sessions: int, tagged: bool
) -> None:
    day, tag, title, one, two, place, venue = CARDS[lang]
    lines = [day, *([tag] if tagged else []), title, one if sessions == 1 else two, place]
    (m,) = parse(_page(lines), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2026-12-03", "10:00")
    assert m.venue is not None and m.venue.startswith(venue)
    assert tag not in _places(m) and title not in _places(m)


# A status badge over the title stays a badge: the meeting is cancelled and keeps its venue.
BADGES = {
    "en": ("Sat 16 Jan · 17:00", "Cancelled", "Summer book swap", "Central Library", "Central Library"),
    "es": ("sáb. 16 ene. · 17:00", "Cancelado", "Intercambio de libros de verano",
           "Centro Cultural de España Juan de Salazar", "Centro Cultural de España"),
    "fr": ("sam. 16 janv. · 17h00", "Annulé", "Troc de livres d'été", "Médiathèque Marguerite-Duras",
           "Médiathèque"),
    "de": ("Sa. 16. Jan. · 17:00", "Abgesagt", "Büchertausch im Sommer", "Stadtbibliothek Mitte",
           "Stadtbibliothek"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(BADGES))
def test_a_status_badge_over_the_title_is_no_tag(lang: str) -> None:
    day, badge, title, place, venue = BADGES[lang]
    (m,) = parse(_page([day, badge, title, place, "Herrera 834"]), as_of=AS_OF, lang=lang).meetings
    assert m.status == "cancelled"
    assert venue in _places(m)


# A time line whose second part is a title is still a calendar's entry: two entries, not one.
@pytest.mark.parametrize(
    ("lang", "day", "first", "second"),
    [
        ("fr", "sam. 12 déc.", "10h00 : Ouverture du marché, Grande salle", "15h00 : Chorale et goûter, Chapelle"),
        ("en", "Sat 12 Dec", "10am: Market opens, Main Hall", "3pm: Carols and mince pies, Chapel"),
        ("de", "Sa. 12. Dez.", "10 Uhr: Marktöffnung, Großer Saal", "15 Uhr: Singen und Kuchen, Kapelle"),
        ("es", "sáb. 12 dic.", "10:00: Apertura del mercado, Salón principal", "15:00: Coro y merienda, Capilla"),
    ],
)  # fmt: skip
def test_timed_entries_with_titles_stay_entries(
    lang: str, day: str, first: str, second: str
) -> None:
    meetings = parse(_page([day, first, second]), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in meetings] == ["10:00", "15:00"]
