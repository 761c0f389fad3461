"""A card whose date block gives the day and month ("28 Nov") and whose meta line, in middle
dots, opens with the weekday ("Samstag · 17:00 Uhr · Bischofshofen, Franz-Mohshammer-Platz"),
over a paragraph of prose. Before, the weekday was read as the venue, and a card over a long
blurb lost its meta line to a campaign heading (no time, no place). The listing's heading
("Kommende Läufe") is no city either. (holdout38's Krampus group, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 26)
BLURB = {
    "en": "Our home run! Some forty groups from the whole valley. Please keep children behind the barriers.",
    "de": "Unser Heimlauf! Rund 40 Krampusse und Perchten aus dem ganzen Pongau. Bitte mit Kindern hinter der Absperrung bleiben.",
    "fr": "Notre défilé à domicile ! Une quarantaine de groupes de toute la vallée. Merci de rester derrière les barrières.",
    "es": "¡Nuestro desfile en casa! Unas cuarenta comparsas de todo el valle. Por favor, quédense detrás de las vallas.",
}  # fmt: skip
HEADING = {"en": "Upcoming parades", "de": "Kommende Läufe", "fr": "Prochaines sorties",
           "es": "Próximos desfiles"}  # fmt: skip

# (lang, date block, title, weekday cell, time cell, place cell, venue, start)
CASES = [
    ("en", "12 Dec", "Lantern parade", "Saturday", "7:30 pm", "Totnes, Market Square", "Totnes", "19:30"),
    ("en", "12 Dec", "Lantern parade", "Sat", "7.30pm", "St Mary's Hall, Church Street", "St Mary's Hall", "19:30"),
    ("de", "28 Nov", "Krampuslauf Bischofshofen", "Samstag", "17:00 Uhr", "Bischofshofen, Franz-Mohshammer-Platz",
     "Bischofshofen", "17:00"),
    ("de", "4 Dez", "Krampuslauf Radstadt", "Fr.", "18.30 Uhr", "Radstadt, Stadtplatz", "Radstadt", "18:30"),
    ("fr", "12 déc.", "Défilé aux lanternes", "samedi", "19 h 30", "Salle des fêtes, rue de la Mairie",
     "Salle des fêtes", "19:30"),
    ("es", "12 dic", "Desfile de faroles", "sábado", "19:30 h", "Centro Cívico Delicias, calle Lagos",
     "Centro Cívico Delicias", "19:30"),
]  # fmt: skip


def _card(block: str, title: str, meta: str, blurb: str) -> str:
    return f"{block}\n\n{title}\n\n{meta}\n\n{blurb}\n\n"


@pytest.mark.parametrize("sep", [" · ", " · | ", " • "])
@pytest.mark.parametrize(
    ("lang", "block", "title", "day", "clock", "where", "venue", "start"), CASES
)
def test_the_weekday_cell_is_the_dates_and_the_place_follows_the_time(
    lang, block, title, day, clock, where, venue, start, sep
) -> None:
    meta = sep.join([day, clock, where])
    page = f"Termine\n\n## {HEADING[lang]}\n\n" + _card(block, title, meta, BLURB[lang]) * 2
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.start_time, m.venue) for m in got] == [(start, venue)] * 2
    assert [m.title for m in got] == [title] * 2
    assert not any(m.city == HEADING[lang] or m.campaign == meta for m in got)


# (lang, date block, title, both days, "each" and time, place cell, venue, start)
EACH = [
    ("en", "5 Dec", "Advent market parade", "Saturday and Sunday", "each 5 pm", "Hallein, Kornsteinplatz",
     "Hallein", "17:00"),
    ("de", "5 Dez", "Krampuslauf am Adventmarkt", "Samstag und Sonntag", "jeweils 17:00 Uhr",
     "Hallein, Kornsteinplatz", "Hallein", "17:00"),
    ("fr", "5 déc.", "Défilé du marché de l'Avent", "samedi et dimanche", "chaque 17 h", "Colmar, place Rapp",
     "Colmar", "17:00"),
    ("es", "5 dic", "Desfile del mercado navideño", "sábado y domingo", "cada 17:00 h", "Pamplona, plaza del Castillo",
     "Pamplona", "17:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "block", "title", "days", "clock", "where", "venue", "start"), EACH
)
def test_two_weekdays_and_each_before_the_time(
    lang, block, title, days, clock, where, venue, start
) -> None:
    meta = f"{days} · {clock} · {where}"
    page = f"## {HEADING[lang]}\n\n" + _card(block, title, meta, BLURB[lang])
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.start_time, m.venue) for m in got] == [(start, venue)]


# (lang, date block, title, weekday cell, time-to-come cell, place cell, venue, room)
TBA = [
    ("en", "6 Jan", "Twelfth Night procession", "Wednesday", "time TBA", "Wells, Market Place", "Wells",
     "Market Place"),
    ("de", "6 Jän", "Schönperchten-Umzug Bad Gastein", "Mittwoch", "Uhrzeit folgt", "Bad Gastein, Straubingerplatz",
     "Bad Gastein", "Straubingerplatz"),
    ("fr", "6 janv.", "Cortège de l'Épiphanie", "mercredi", "horaire à préciser", "Annecy, place de l'Hôtel-de-Ville",
     "Annecy", "place de l'Hôtel-de-Ville"),
    ("es", "6 ene", "Cabalgata de Reyes", "miércoles", "hora por confirmar", "Alcoy, plaza de España", "Alcoy",
     "plaza de España"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "block", "title", "day", "tba", "where", "venue", "room"), TBA)
def test_a_weekday_and_a_time_to_come_leave_the_place_alone(
    lang, block, title, day, tba, where, venue, room
) -> None:
    meta = f"{day} · {tba} · {where}"
    page = f"## {HEADING[lang]}\n\n" + _card(block, title, meta, BLURB[lang])
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.start_time, m.time_tba, m.venue, m.room or m.address) for m in got] == [
        (None, True, venue, room)
    ]
    assert [m.title for m in got] == [title]


@pytest.mark.parametrize(
    ("lang", "cell"),
    [("en", "Sunday Social Club"), ("de", "Samstagsmarkt"), ("fr", "Dimanche Café"), ("es", "Café Domingo")],
)  # fmt: skip
def test_a_venue_named_after_a_day_stays_the_venue(lang, cell) -> None:
    # Look-alike: a venue whose name has a weekday in it is no weekday cell.
    page = f"## {HEADING[lang]}\n\n" + _card("12 Dec", "Quiz", f"19:30 · {cell}", BLURB[lang])
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.start_time, m.venue) for m in got] == [("19:30", cell)]
