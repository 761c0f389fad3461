"""An events page's card: a date badge ("07Dez", its day and month in two spans), a category tag,
the title, and a meta list whose items give the date in full ("Mo, 07.12.2026"), the time and the
place. The list's items are lines of one block, as a browser shows them, so the place item is the
card's place; the badge, which the full date repeats (adding its weekday or year) with no time
between them, is no meeting of its own.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# lang: (heading, [(badge day, badge month, tag, title, full date, time item, place item)], want)
CARDS = {
    "de": ("Kommende Veranstaltungen",
           [("07", "Dez", "Hochschulpolitik", "Vollversammlung der Studierenden",
             "Mo, 07.12.2026", "12:00 Uhr", "Zentrales Hörsaalgebäude (ZHG), Hörsaal 011"),
            ("15", "Dez", "Beratung", "Offene BAföG-Sprechstunde",
             "Di, 15.12.2026", "18:00 Uhr", "AStA-Büro, Goßlerstraße 16a")],
           [("2026-12-07", "12:00", "Zentrales Hörsaalgebäude"), ("2026-12-15", "18:00", "AStA-Büro")]),
    "en": ("Upcoming events",
           [("07", "Dec", "Campaigns", "General meeting of students",
             "Monday, December 7, 2026", "12:00 pm", "Student Union Building, Room 011"),
            ("15", "Dec", "Advice", "Open hours: housing rights",
             "Tuesday, December 15, 2026", "6:00 pm", "Union Office, 16 Gosler Street")],
           [("2026-12-07", "12:00", "Student Union Building"), ("2026-12-15", "18:00", "Union Office")]),
    "fr": ("Prochains événements",
           [("07", "déc.", "Vie étudiante", "Assemblée générale des étudiant·es",
             "lundi 7 décembre 2026", "12h00", "Maison des étudiants, salle 011"),
            ("15", "déc.", "Permanence", "Permanence logement",
             "mardi 15 décembre 2026", "18h00", "Local syndical, 16 rue Gosler")],
           [("2026-12-07", "12:00", "Maison des étudiants"), ("2026-12-15", "18:00", "Local syndical")]),
    "es": ("Próximas actividades",
           [("07", "DIC", "Política universitaria", "Asamblea general de estudiantes",
             "Lunes 7 de diciembre de 2026", "12:00 hrs.", "Casa del Estudiante, sala 011"),
            ("15", "DIC", "Asesoría", "Asesoría de vivienda",
             "Martes 15 de diciembre de 2026", "18:00 hrs.", "Sede sindical, calle Gosler 16")],
           [("2026-12-07", "12:00", "Casa del Estudiante"), ("2026-12-15", "18:00", "Sede sindical")]),
}  # fmt: skip


def _card(day: str, month: str, tag: str, title: str, when: str, time: str, place: str) -> str:
    return (
        '<article class="event-card">\n'
        f'  <div class="event-card__date"><span class="day">{day}</span>'
        f'<span class="month">{month}</span></div>\n'
        f'  <div class="event-card__body">\n    <span class="event-card__tag">{tag}</span>\n'
        f'    <h3><a href="/e/{day}">{title}</a></h3>\n'
        f'    <ul class="event-card__meta">\n      <li><time datetime="2026-12-{day}">{when}'
        f"</time></li>\n      <li>{time}</li>\n      <li>{place}</li>\n    </ul>\n"
        "    <p>Alle sind willkommen. Tous et toutes bienvenus.</p>\n  </div>\n</article>\n"
    )


def _page(lang: str) -> str:
    heading, cards, _ = CARDS[lang]
    return f"<main><h2>{heading}</h2>\n" + "".join(_card(*c) for c in cards) + "</main>"


def _places(m) -> str:
    return " ".join(filter(None, [m.venue, m.place, m.room, m.address, m.city]))


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_cards_meta_list_gives_its_date_time_and_place(lang: str) -> None:
    listing = parse(_page(lang), as_of=AS_OF, lang=lang)
    want = CARDS[lang][2]
    assert [(m.date, m.start_time) for m in listing.meetings] == [w[:2] for w in want]
    for m, (_, _, place) in zip(listing.meetings, want, strict=True):
        assert place in _places(m)
    badges = [w for w in listing.warnings if "date badge" in w.reason]
    assert len(badges) == len(want)  # each badge is named as such, not lost unsaid


# A short date line over another entry on the same day, a time between them, is that entry's own
# date: two meetings, not a badge and its card.
SAME_DAY = {
    "en": "Dec 7\nGeneral meeting\n12pm\nStudent Union\n\nMonday, December 7, 2026\nFilm night\n"
          "7pm\nArts Centre\n",
    "de": "7. Dez.\nVollversammlung\n12 Uhr\nZHG\n\nMontag, 7. Dezember 2026\nFilmabend\n"
          "19 Uhr\nKino Lumière\n",
    "fr": "7 déc.\nAssemblée générale\n12h\nMaison des étudiants\n\nlundi 7 décembre 2026\n"
          "Ciné-club\n19h\nCinéma Le Méliès\n",
    "es": "7 dic.\nAsamblea general\n12 h\nCasa del Estudiante\n\nlunes 7 de diciembre de 2026\n"
          "Cine club\n19 h\nCine Arte\n",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SAME_DAY))
def test_two_entries_on_one_day_with_times_between_stay_two(lang: str) -> None:
    listing = parse(SAME_DAY[lang], as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-07", "12:00"),
        ("2026-12-07", "19:00"),
    ]


@pytest.mark.parametrize("lang", sorted(CARDS))
def test_a_list_of_one_line_entries_stays_one_meeting_an_item(lang: str) -> None:
    _, cards, want = CARDS[lang]
    items = "".join(f"<li>{c[4]}, {c[5]}, {c[6]}</li>\n" for c in cards)
    listing = parse(f"<h2>{CARDS[lang][0]}</h2>\n<ul>\n{items}</ul>", as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [w[:2] for w in want]
    for m, (_, _, place) in zip(listing.meetings, want, strict=True):
        assert place in _places(m)
