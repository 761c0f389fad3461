"""A channel's post: a title in capitals, the date, then the place marked with a pin and its
street in brackets ("📢 ASAMBLEA ABIERTA DE LA RADIO" / "🗓 Jueves 10 de diciembre, 19:30 h" /
"📍 La Villana de Vallekas (C/ Montes de Barbanza, 3)"). The capitals are the title, the pinned
line the venue, its bracket the address. A town's name in capitals over the date ("🗓️ A CORUÑA",
"👉 MONTERREY, N.L.") stays the town. An article in capitals opens a name ("en La Villana de
Vallekas", "at The Crown"). (holdout22's d-radio-vallekas-telegram.) German capitals over a date ("📢 OFFENE VERSAMMLUNG
DES RADIOS") are still read as a town heading: not handled yet."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 7)


# fmt: off
@pytest.mark.parametrize("lang,title,when,pinned,venue,address", [
    ("es", "📢 ASAMBLEA ABIERTA DE LA RADIO", "🗓 Jueves 10 de diciembre, 19:30 h",
     "📍 La Villana de Vallekas (C/ Montes de Barbanza, 3)", "La Villana de Vallekas",
     "C/ Montes de Barbanza, 3"),
    ("fr", "📢 ASSEMBLÉE OUVERTE DE LA RADIO", "🗓 Jeudi 10 décembre, 19 h 30",
     "📍 La Maison du Peuple (12 rue de la Paix)", "La Maison du Peuple", "12 rue de la Paix"),
    ("en", "📢 OPEN MEETING OF THE STATION", "🗓 Thursday 10 December, 7.30pm",
     "📍 The Crown Rooms (14 Mill Lane)", "The Crown Rooms", "14 Mill Lane"),
])
# fmt: on
def test_the_pinned_place_under_a_title_in_capitals(
    lang: str, title: str, when: str, pinned: str, venue: str, address: str
) -> None:
    page = f"Canal\n\n{title}\n{when}\n{pinned}\nBalance del año y cuentas, ¡ven!\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.venue, m.address) == (venue, address)
    assert m.title is not None and title.split(" ", 1)[1] in m.title


# fmt: off
@pytest.mark.parametrize("lang,heading,when,pinned,town", [
    ("es", "🗓️ A CORUÑA", "👉 Viernes 18 de diciembre · a las 7 de la tarde",
     "📍 Centro Cívico de Monte Alto, rúa Orillamar 35", "Coruña"),
    ("es", "👉 MONTERREY, N.L.", "🗓 Martes 8 de diciembre · 7 pm",
     "📍 UANL, Facultad de Filosofía y Letras, Aula Magna", "MONTERREY"),
])
# fmt: on
def test_a_town_in_capitals_stays_the_town(
    lang: str, heading: str, when: str, pinned: str, town: str
) -> None:
    (m,) = parse(f"Reuniones\n\n{heading}\n{when}\n{pinned}\n", as_of=AS_OF, lang=lang).meetings
    assert town.casefold() in " ".join(filter(None, (m.city, m.place))).casefold()


@pytest.mark.parametrize(
    "line,venue",
    [("• Jueves 14 de enero, 19:30 — asamblea mensual en La Villana de Vallekas",
      "La Villana de Vallekas"),
     ("• Jueves 21 de enero, 19:00 — charla en El Pozo del Tío Raimundo", "El Pozo del Tío Raimundo"),
     ("• Thursday 14 January, 7.30pm — monthly meeting at The Crown", "The Crown")],
)  # fmt: skip
def test_an_article_in_capitals_opens_the_name(line: str, venue: str) -> None:
    (m,) = parse(f"Fechas\n\n{line}\n", as_of=AS_OF).meetings
    assert m.venue == venue
