"""A time said once in the paragraph right above a list, in words no list rule knows ("All Summer
Series events: start any time between 5.30pm and 6.45pm, courses close 7.45pm", "Les soirées
commencent toujours vers 19 h 30"), is the start of the list's meetings that give no time of
their own; those that do keep theirs. Before, each was read with no time. (holdout39's
orienteering club, after its blind score; the same kind on its mineral club and mushroom
society, holdout26's union, holdout30's bowls fixtures, holdout32's user group and holdout38's
railway.) Not a deadline, a closing time or office hours; not for a list with a "time TBA"
entry, a list of one, or one whose entries mostly give their own times."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

ITEMS = {
    "en": ["Sat 5 Dec — Bray Head", "Sat 12 Dec — Killiney Hill", "Sat 9 Jan — Howth Summit"],
    "de": ["Freitag, 11. Dezember – Gasthaus Krone", "Freitag, 8. Januar – Alte Mühle",
           "Freitag, 12. Februar – Gasthaus Krone"],
    "fr": ["vendredi 11 décembre — Maison des associations", "vendredi 8 janvier — Salle Jean-Vilar",
           "vendredi 12 février — Maison des associations"],
    "es": ["sábado 12 de diciembre — Sierra de Guadarrama", "sábado 9 de enero — Hoces del Duratón",
           "sábado 13 de febrero — Peñalara"],
}  # fmt: skip
DATES = {
    "en": ["2026-12-05", "2026-12-12", "2027-01-09"],
    "de": ["2026-12-11", "2027-01-08", "2027-02-12"],
    "fr": ["2026-12-11", "2027-01-08", "2027-02-12"],
    "es": ["2026-12-12", "2027-01-09", "2027-02-13"],
}

# (lang, the paragraph above the list, the start it gives)
SAID_ONCE = [
    ("en", "All Summer Series events: start any time between 5.30pm and 6.45pm, courses close 7.45pm.", "17:30"),
    ("en", "Walks leave the Quay car park at 10am sharp; bring water and a snack.", "10:00"),
    ("en", "We head off from the clubhouse around 9.15am, back for lunch.", "09:15"),
    ("de", "Los geht's um 18.30 Uhr, der Eintritt ist frei.", "18:30"),
    ("de", "Abmarsch pünktlich 8:00 Uhr am Bahnhofsvorplatz, Rucksackverpflegung.", "08:00"),
    ("fr", "Les soirées commencent toujours vers 19 h 30 ; entrée libre.", "19:30"),
    ("fr", "Rendez-vous dès 9 h sur le parking de l'église, retour vers midi.", "09:00"),
    ("es", "Las salidas arrancan puntualmente a las 8:00 desde la plaza mayor.", "08:00"),
    ("es", "Quedamos sobre las 19:30 h en la puerta, la charla empieza después.", "19:30"),
]  # fmt: skip

# (lang, a paragraph above the list whose time is no start of its meetings)
NOT_THEIR_START = [
    ("en", "Entries close at 5pm on the Friday before each event."),
    ("en", "Office hours: Mon–Fri 9am–5pm"),
    ("en", "Booking deadline 6pm, two days ahead."),
    ("de", "Anmeldung bis 18 Uhr am Vortag."),
    ("de", "Bürozeiten: Mo–Fr 9–12 Uhr"),
    ("fr", "Inscriptions jusqu'à 18 h la veille."),
    ("fr", "Horaires d'ouverture : du lundi au vendredi, 9 h – 12 h"),
    ("es", "Inscripciones hasta las 18:00 del día anterior."),
    ("es", "Horario de atención: de lunes a viernes, 9:00–13:00"),
    # a date in the paragraph: a meeting of its own, not a time for the list
    ("en", "Our AGM is on Tuesday 1 December at 7.30pm in the clubhouse."),
    # what is available or opens when, before when, a yearly thing, a remark in brackets
    ("de", "Das Sekretariat ist für Fragen ab 17 Uhr geöffnet."),
    ("fr", "Le café ouvre à 10 h les jours de marché."),
    ("es", "Las inscripciones se entregan antes de las 14:00 en la secretaría."),
    ("fr", "Tous les ans ont lieu deux congrès à 9 h au Palais des Congrès."),
    ("en", "Kielder Observatory, Northumberland (the coach leaves at 1pm)."),
    # a heading, not a sentence: its time is its own
    ("en", "=== BOOK CLUB (Thursdays, 7pm) ==="),
]  # fmt: skip


def _page(intro: str, items: list[str]) -> str:
    return "## Programme\n\n" + intro + "\n\n" + "\n".join(f"- {i}" for i in items) + "\n"


@pytest.mark.parametrize(("lang", "intro", "start"), SAID_ONCE)
def test_a_time_said_once_above_a_list_is_its_start(lang: str, intro: str, start: str) -> None:
    listing = parse(_page(intro, ITEMS[lang]), as_of=AS_OF, lang=lang)
    got = [(m.date, m.start_time, m.status) for m in listing.meetings]
    assert got == [(d, start, "scheduled") for d in DATES[lang]]
    said = [w for w in listing.warnings if "taken from the text above the list" in w.reason]
    assert [w.line for w in said] == [3, 3, 3]  # the paragraph's line, once per meeting
    assert not [w for w in listing.warnings if "no start time given" in w.reason]


@pytest.mark.parametrize(("lang", "intro"), NOT_THEIR_START)
def test_a_deadline_closing_time_or_office_hours_is_no_start(lang: str, intro: str) -> None:
    listing = parse(_page(intro, ITEMS[lang]), as_of=AS_OF, lang=lang)
    untimed = [m for m in listing.meetings if m.date in DATES[lang]]
    assert [m.date for m in untimed] == DATES[lang]
    assert all(m.start_time is None and m.status == "tba" for m in untimed)


OWN = {"en": ", 2pm", "de": ", 14 Uhr", "fr": ", 14 h", "es": ", 14:00"}


@pytest.mark.parametrize(("lang", "intro", "start"), SAID_ONCE)
def test_an_entry_with_its_own_time_keeps_it(lang: str, intro: str, start: str) -> None:
    # The rule and its exception ("Beginn jeweils 19 Uhr" over "Freitag, 9. April, 18.30 Uhr –
    # Jahreshauptversammlung"): the others take the paragraph's time.
    items = [ITEMS[lang][0] + OWN[lang], *ITEMS[lang][1:]]
    got = parse(_page(intro, items), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == ["14:00", start, start]


@pytest.mark.parametrize(("lang", "intro", "start"), SAID_ONCE)
def test_a_list_mostly_timed_or_with_a_time_to_come_keeps_its_untimed(
    lang: str, intro: str, start: str
) -> None:
    # As many entries give their own time as give none: the list has no one time.
    items = [f"{i}{OWN[lang]}" for i in ITEMS[lang][:2]] + ITEMS[lang][1:]
    got = parse(_page(intro, items), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == ["14:00", "14:00", None, None]
    # One says its time is to come ("time TBA"): the list is not untimed by omission.
    tba = {"en": " (time TBA)", "de": " (Uhrzeit folgt)", "fr": " (horaire à venir)",
           "es": " (hora por confirmar)"}[lang]  # fmt: skip
    items = [ITEMS[lang][0] + tba, *ITEMS[lang][1:]]
    got = parse(_page(intro, items), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == [None, None, None]


@pytest.mark.parametrize(("lang", "intro", "start"), SAID_ONCE)
def test_one_meeting_under_a_paragraph_keeps_no_time(lang: str, intro: str, start: str) -> None:
    got = parse(_page(intro, ITEMS[lang][:1]), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [(DATES[lang][0], None)]


# (lang, a paragraph that says where and when the list's meetings are, its place, its start)
PLACE_AND_TIME = [
    ("en", "All talks are held at the Friends Meeting House, Mount Street, and start at 7.30pm.",
     "Friends Meeting House", "19:30"),
    ("de", "Alle Vorträge finden im Museum am Löwentor (Staatliches Museum für Naturkunde),\n"
           "Vortragssaal, Rosenstein 1, 70191 Stuttgart statt und beginnen um 19:30 Uhr.",
     "Museum am Löwentor", "19:30"),
    ("fr", "Toutes les rencontres ont lieu à la Maison des associations, salle 3, et commencent\n"
           "à 20 h. Entrée libre.", "Maison des associations", "20:00"),
    ("es", "Todas las charlas son en el Ateneo Popular, calle Mayor 12,\ny empiezan a las 19:00.",
     "Ateneo Popular", "19:00"),
]  # fmt: skip
TITLES = {
    "en": ["Sat 5 Dec — Slime moulds", "Sat 12 Dec — Winter fungi", "Sat 9 Jan — Poisonous lookalikes"],
    "de": ["Do 10.12. Schleimpilze", "Do 14.01. Pilze im Winter", "Do 11.03. Giftpilze und ihre Doppelgänger"],
    "fr": ["vendredi 11 décembre — Les myxomycètes", "vendredi 8 janvier — Champignons d'hiver",
           "vendredi 12 février — Les toxiques"],
    "es": ["sábado 12 de diciembre — Los mixomicetos", "sábado 9 de enero — Setas de invierno",
           "sábado 13 de febrero — Las venenosas"],
}  # fmt: skip


@pytest.mark.parametrize(("lang", "intro", "place", "start"), PLACE_AND_TIME)
def test_the_paragraph_wrapped_over_lines_gives_place_and_time(
    lang: str, intro: str, place: str, start: str
) -> None:
    # The sentence wraps over two lines, as a plain-text newsletter breaks it: read as one.
    got = parse(_page(intro, TITLES[lang]), as_of=AS_OF, lang=lang).meetings
    assert len(got) == 3
    assert {(m.start_time, m.venue) for m in got} == {(start, place)}
    assert all(m.title and place not in m.title for m in got)
