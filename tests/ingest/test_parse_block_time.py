"""An entry read with no time whose own block states one on a line under its date, in words no
time label knows ("Sat 23 Jan 2027" / "Holly Holy Day" / "Mill Island, Nantwich" / "Regiment
musters 9.30am on Mill Island"), starts then. Before, it was read with no time. (holdout39's
re-enactment regiment, after its blind score; the same kind on holdout18, 24, 33, 36 and 38.)
Not when its time is said to be to come, from a deadline or a line with another date, or from
a sentence or rule after the block. A holiday's date whose card gives a time ("Bank holiday
muster – Hoghton Tower" / "Battles 2.30pm Saturday and Sunday") is an event on that day, not the
holiday: before, it was dropped as one."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 12)

# (lang, date line, title, place line, the line that gives its time, the start)
BLOCKS = [
    ("en", "Sat 23 Jan 2027", "Holly Holy Day", "Mill Island, Nantwich",
     "Regiment musters 9.30am on Mill Island", "09:30"),
    ("en", "Sunday 21 February 2027", "Easter muster", "Bolsover Castle, Castle Street",
     "Public displays from 11am each day; battles in the afternoon", "11:00"),
    ("de", "Samstag, 16. Januar 2027", "Mineralienbörse", "Volkshaus Graz, Lagergasse 98a",
     "Die Tische stehen ab 9 Uhr bereit", "09:00"),
    ("fr", "Samedi 16 janvier 2027", "Bourse aux minéraux", "Salle des fêtes, Rance",
     "On vous attend dès 14 h à l'entrée", "14:00"),
    ("es", "Sábado 16 de enero de 2027", "Feria de minerales", "Centro Cívico Delicias, Zaragoza",
     "Arrancamos a las 10:30 h con la charla", "10:30"),
]  # fmt: skip

# (lang, a line of the block whose time is not the entry's start)
NOT_ITS_START = [
    # two times, which is the doors' and which the start unsaid
    ("es", "A las 12 h abrimos las puertas; el concierto empieza a las 12.30 h"),
    # how long, a ride's, a deadline's
    ("en", "Duration: 5 h"),
    ("en", "Carpools leave at 9:15 from the Meetinghouse"),
    ("en", "Please send reports by 5 pm"),
    ("en", "Booking closes 5pm the Friday before"),
    ("en", "Entries close Friday 22 January at 5pm"),
    ("de", "Anmeldung bis 12 Uhr am Vortag"),
    ("fr", "Inscriptions jusqu'à 18 h la veille"),
    ("es", "Inscripciones hasta las 18:00 del día anterior"),
]  # fmt: skip


def _page(day: str, title: str, place: str, said: str, blank: bool) -> str:
    gap = "\n\n" if blank else "\n"
    return "Upcoming\n\n" + gap.join([day, title, place, said]) + "\n"


@pytest.mark.parametrize("blank", [False, True], ids=["text", "html-like"])
@pytest.mark.parametrize(("lang", "day", "title", "place", "said", "start"), BLOCKS)
def test_a_time_in_the_entrys_block_is_its_start(lang, day, title, place, said, start, blank):
    listing = parse(_page(day, title, place, said, blank), as_of=AS_OF, lang=lang)
    assert [(m.start_time, m.status) for m in listing.meetings] == [(start, "scheduled")]
    said_line = 9 if blank else 6
    assert [(w.line, w.reason) for w in listing.warnings if "taken from" in w.reason] == [
        (said_line, f"no start time on its date line; {start} taken from the line under its date")
    ]
    assert not [w for w in listing.warnings if "no start time given" in w.reason]


@pytest.mark.parametrize(("lang", "said"), NOT_ITS_START)
def test_a_deadline_or_another_days_time_is_no_start(lang: str, said: str) -> None:
    day, title, place = next((d, t, p) for lg, d, t, p, _, _ in BLOCKS if lg == lang)
    got = parse(_page(day, title, place, said, False), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == [None]


@pytest.mark.parametrize(("lang", "day", "title", "place", "said", "start"), BLOCKS)
def test_a_time_to_come_or_a_sentence_after_the_block_gives_none(
    lang, day, title, place, said, start
) -> None:
    tba = {"en": " (time TBA)", "de": " (Uhrzeit folgt)", "fr": " (horaire à venir)",
           "es": " (hora por confirmar)"}[lang]  # fmt: skip
    got = parse(_page(day + tba, title, place, said, False), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == [None]
    # A sentence after the entry, about the club, not the entry: "The clubrooms are open
    # Wednesdays 7pm–9pm for spares and the library."
    about = {
        "en": "The clubrooms are open on Wednesdays from 7pm to 9pm for spares and the library.",
        "de": "Das Vereinslokal ist mittwochs ab 19 Uhr für Mitglieder und Gäste geöffnet.",
        "fr": "Le local est ouvert aux membres tous les mercredis dès 19 h pour la bibliothèque.",
        "es": "El local abre los miércoles desde las 19:00 para socios y para la biblioteca.",
    }[lang]
    page = "Upcoming\n\n" + "\n".join([day, title, place]) + "\n\n" + about + "\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == [None]


# (lang, date line, a title with a holiday's name, place, the card's time line, the start)
HOLIDAY_EVENTS = [
    ("en", "Sat 28 – Mon 30 August 2027", "Bank holiday muster – Hoghton Tower",
     "Hoghton Tower, Preston", "Battles 2.30pm Saturday and Sunday", "14:30"),
    ("de", "Montag, 5. April 2027", "Wanderung am Feiertag", "Treffpunkt Bahnhof Kufstein",
     "Abmarsch pünktlich 9.30 Uhr am Bahnhof", "09:30"),
    ("fr", "Lundi 5 avril 2027", "Balade du jour férié", "Parking du lac, Annecy",
     "Départ à 9 h 30 du parking", "09:30"),
    ("es", "Lunes 5 de abril de 2027", "Ruta del día festivo", "Plaza Mayor, Segovia",
     "Salimos a las 9:30 desde la plaza", "09:30"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "day", "title", "place", "said", "start"), HOLIDAY_EVENTS)
def test_an_event_on_a_holiday_with_a_time_on_its_card_is_a_meeting(
    lang, day, title, place, said, start
) -> None:
    listing = parse(_page(day, title, place, said, True), as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == [start]
    # Without a time on its card, the holiday is a note on the calendar, warned about.
    listing = parse(_page(day, title, place, "Bring a packed lunch", True), as_of=AS_OF, lang=lang)
    assert listing.meetings == []
    assert any("public holiday" in w.reason for w in listing.warnings)
