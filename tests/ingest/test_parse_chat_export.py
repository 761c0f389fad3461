"""Messenger pastes (issue 17): a group chat exported or copied from WhatsApp (iPhone and
Android), Telegram desktop or a Signal export, in the phone's locale. Each message opens with
its stamp and its sender; the stamp is when the message was written (it anchors the year, as a
dateline does, and is never a meeting or its time), the sender is never a place, messages run
over several lines, and a later message may cancel or postpone a meeting. The rows and pages
are written from those formats (other names, words, languages and layouts), not copied from a
corpus page."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import PLACE_FIELDS, cli_listing, cli_place_rows

from eventmap.ingest.chat import read_chat
from eventmap.ingest.parse import parse
from eventmap.ingest.text import text_lines

TODAY = date(2027, 6, 1)  # far from the chats: their stamps, not today, must anchor the year

BODIES = {
    "en": "Next branch meeting: Saturday 12 December, 7pm, Union Hall, 4 Mill Lane",
    "de": "Nächstes Treffen: Samstag, 12. Dezember, 19 Uhr, Gewerkschaftshaus, Raum 3",
    "fr": "Prochaine réunion : samedi 12 décembre à 19 h, Bourse du travail, salle 2",
    "es": "Próxima reunión: sábado 12 de diciembre, 19 h, Sede sindical, sala 2",
}
PLACE = {"en": "Union Hall", "de": "Gewerkschaftshaus", "fr": "Bourse du travail",
         "es": "Sede sindical"}  # fmt: skip


# fmt: off
# (first message's prefix, second's, page language, the as-of the stamps give or None): the
# bodies follow on the prefix's line ("inline") or under it (a Telegram desktop copy).
PREFIXES = [
    # WhatsApp on iPhone: the stamp in brackets, then the sender
    ("[03/12/2026, 14:05:11] Ana Lima: ", "[04/12/2026, 09:31:02] Ben Okoro: ", "en", "2026-12-04"),
    ("[12/3/26, 2:05:11 PM] Ana Lima: ", "[12/4/26, 9:31:02 AM] Ben Okoro: ", "en", "2026-12-04"),
    ("[12/3/26, 2:05:11\u202fPM] Ana Lima: ", "[12/4/26, 9:31:02\u202fAM] Ben: ", "en", "2026-12-04"),
    ("\u200e[03/12/2026, 14:05:11] Ana Lima: ", "\u200e[04/12/2026, 09:31:02] Ben: ", "en", "2026-12-04"),
    ("[03.12.26, 14:05:11] Jana Weber: ", "[04.12.26, 09:31:02] Tobias: ", "de", "2026-12-04"),
    ("[03/12/2026 14:05:11] Chloé Martin : ", "[04/12/2026 09:31:02] Hugo : ", "fr", "2026-12-04"),
    ("[3/12/26, 14:05:11] Lucía Pérez: ", "[4/12/26, 9:31:02] Diego (Tesorero): ", "es", "2026-12-04"),
    ("[25/11/26, 14:05] Lucía Pérez: ", "[4/12/26, 9:31] Diego: ", "es", "2026-12-04"),
    # Signal export: an ISO stamp in brackets
    ("[2026-12-03 14:05] Ana Lima: ", "[2026-12-04 09:31] Ben Okoro: ", "en", "2026-12-04"),
    # WhatsApp on Android: the stamp, a dash, then the sender
    ("03/12/2026, 14:05 - Ana Lima: ", "04/12/2026, 09:31 - Ben Okoro: ", "en", "2026-12-04"),
    ("12/3/26, 2:05 PM - Ana Lima: ", "12/4/26, 9:31 AM - Ben Okoro: ", "en", "2026-12-04"),
    ("03.12.26, 14:05 - Jana Weber: ", "04.12.26, 09:31 - Tobias: ", "de", "2026-12-04"),
    ("03/12/2026 à 14:05 - Chloé Martin: ", "04/12/2026 à 09:31 - Hugo: ", "fr", "2026-12-04"),
    ("3/12/26 14:05 - Lucía Pérez: ", "4/12/26 9:31 - Diego: ", "es", "2026-12-04"),
    ("3/12/26, 2:05 p. m. - Lucía Pérez: ", "4/12/26, 9:31 a. m. - Diego: ", "es", "2026-12-04"),
    # copied from WhatsApp on a computer: the time, then the date in brackets
    ("[14:05, 03/12/2026] Ana Lima: ", "[09:31, 04/12/2026] Ben Okoro: ", "en", "2026-12-04"),
    ("[2:05 PM, 12/3/2026] Ana Lima: ", "[9:31 AM, 12/4/2026] Ben Okoro: ", "en", "2026-12-04"),
    ("[14:05, 3.12.2026] Jana Weber: ", "[09:31, 4.12.2026] Tobias: ", "de", "2026-12-04"),
    ("[14:05, 3/12/2026] Lucía Pérez: ", "[09:31, 4/12/2026] Diego: ", "es", "2026-12-04"),
    # Telegram desktop: the sender, then the stamp in brackets, the message under it
    ("Ana Lima, [03.12.26 14:05]\n", "Ben Okoro, [04.12.26 09:31]\n", "en", "2026-12-04"),
    ("Ana Lima, [3 Dec 2026 at 14:05]\n", "Ben Okoro, [4 Dec 2026 at 09:31]\n", "en", "2026-12-04"),
    ("Ana Lima, [Dec 3, 2026 at 2:05 PM]\n", "Ben, [Dec 4, 2026 at 9:31 AM]\n", "en", "2026-12-04"),
    ("Jana Weber, [3. Dez. 2026 um 14:05]\n", "Tobias, [4. Dez. 2026 um 09:31]\n", "de", "2026-12-04"),
    ("Chloé Martin, [3 déc. 2026 à 14:05]\n", "Hugo, [4 déc. 2026 à 09:31]\n", "fr", "2026-12-04"),
    ("Lucía Pérez, [3 dic. 14:05]\n", "Diego, [4 dic. 09:31]\n", "es", None),  # no year: no as-of
]
# fmt: on


def _two_messages(first: str, second: str, lang: str) -> str:
    return f"{first}hi all, the date is fixed 👇\n{second}{BODIES[lang]}\nsee you there!\n"


@pytest.mark.parametrize("first,second,lang,as_of", PREFIXES)
def test_each_prefix_format_is_read_as_a_chat(first, second, lang, as_of):
    page = _two_messages(first, second, lang)
    listing = parse(page, today=TODAY)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-12", "19:00")]
    m = listing.meetings[0]
    places = " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))
    assert PLACE[lang] in places
    assert not any(name in places for name in ("Ana", "Ben", "Jana", "Tobias", "Chloé", "Hugo",
                                                 "Lucía", "Diego"))  # fmt: skip
    stamped = {w.line for w in listing.warnings if "chat message" in w.reason}
    assert stamped == {1, 2 if first.endswith(" ") else 3}
    if as_of is None:
        assert listing.as_of_origin == "today"
    else:
        assert (listing.as_of.isoformat(), listing.as_of_origin) == (as_of, "chat")


@pytest.mark.parametrize("first,second,lang,as_of", PREFIXES)
def test_the_bodies_keep_their_line_numbers_and_each_message_is_a_paragraph(
    first, second, lang, as_of
):
    page = _two_messages(first, second, lang)
    chat = read_chat(text_lines(page), (lang, "en"))
    assert chat is not None and len(chat.messages) == 2
    texts = [(line.number, line.text) for line in chat.lines]
    prefix = 2 if first.endswith(" ") else 3  # the second message's prefix line
    at = prefix if second.endswith(" ") else prefix + 1  # and its first body line
    assert (at, BODIES[lang]) in texts and (at + 1, "see you there!") in texts
    assert (prefix, "") in texts  # a blank line before the second message
    assert chat.messages[1].text == f"{BODIES[lang]} see you there!"


# fmt: off
@pytest.mark.parametrize("first,second,day", [
    # both orders make real dates in time order: the language and the clock decide
    ("[05/06/26, 10:02:11] A: ", "[06/06/26, 11:13:40] B: ", "2026-06-06"),  # day-first
    ("[5/6/26, 10:02:11 AM] A: ", "[5/7/26, 11:13:40 AM] B: ", "2026-05-07"),  # English 12-hour
    # only one order makes real dates, or puts the messages in order of time
    ("[5/13/26, 10:02:11] A: ", "[5/14/26, 11:13:40] B: ", "2026-05-14"),
    ("[13/5/26, 10:02:11 PM] A: ", "[14/5/26, 11:13:40 PM] B: ", "2026-05-14"),
    ("[30/4/26, 10:02:11 AM] A: ", "[1/5/26, 11:13:40 AM] B: ", "2026-05-01"),
])
# fmt: on
def test_the_stamps_date_order_comes_from_the_stamps_themselves(first, second, day):
    page = f"{first}hello\n{second}bye\n"
    chat = read_chat(text_lines(page))
    assert chat is not None and chat.last_sent() == date.fromisoformat(day)


# fmt: off
@pytest.mark.parametrize("page", [
    # a calendar: times at the line starts, under a date heading
    "Saturday 5 December 2026\n19:00 Talk: The housing crisis, Room 4\n"
    "20:30 Discussion: what next, Room 4\n",
    # minutes: times at the line starts, a speaker and a colon after them
    "Minutes of the branch meeting, 3 December 2026\n14:05 Chair: meeting opened.\n"
    "14:12 Treasurer: dues are up.\n\nNext meeting: Thursday 17 December 2026, 7pm, Union Hall\n",
    # a programme written like Android stamps, on the hour and the half hour
    "Programme\n05/12/2026, 18:00 - Talk: war and austerity, Union Hall\n"
    "05/12/2026, 19:30 - Discussion: what next, Union Hall\n",
    # one dated line that is no chat prefix: no sender after the dash, no brackets
    "Branch diary\n03/12/2026, 14:05 - minutes circulated to members\n"
    "Thursday 17 December 2026, 7pm, Union Hall\n",
    # a bracketed date and time without a clock in the brackets
    "Meetings\n[Saturday 5 December 2026, 6pm] Public meeting: Union Hall\n",
])
# fmt: on
def test_pages_with_times_at_line_starts_are_no_chats(page):
    assert read_chat(text_lines(page)) is None
    listing = parse(page, as_of=date(2026, 12, 1))
    assert not any("chat message" in w.reason for w in listing.warnings)
    assert listing.meetings  # their meetings are still read


CHATS = {
    "en": ("""\
[20/11/2026, 18:02:44] Priya Shah: Hi everyone! Dates for the winter term 👇
[20/11/2026, 18:03:10] Priya Shah: 📌 Reading group
Tuesday 1 December, 7.30pm
Friends Meeting House, 6 Mount Street
bring the pamphlet if you have one
[20/11/2026, 18:04:51] Priya Shah: 📌 Public meeting: Thursday 10 December, 6pm, Central Library, Room 2
[20/11/2026, 18:20:03] Tom Baker: is the library one accessible?
[20/11/2026, 18:22:37] Priya Shah: yes, step-free. Sign-up closes Friday 4 December
[21/11/2026, 09:15:12] Priya Shah: ⚠️ The reading group on Tuesday 1 December is cancelled, sorry!
[21/11/2026, 09:16:40] Tom Baker: 👍
""", "2026-11-21", [
        ("2026-12-01", "19:30", "Friends Meeting House", "cancelled"),
        ("2026-12-10", "18:00", "Central Library", "scheduled"),
    ]),
    "de": ("""\
03.11.26, 20:14 - Jana Weber: Hallo zusammen, hier die Termine für Dezember:
03.11.26, 20:15 - Jana Weber: 📌 Mitgliederversammlung
Mittwoch, 2. Dezember, 19 Uhr
Gewerkschaftshaus, Raum 3
Tagesordnung folgt
03.11.26, 20:16 - Jana Weber: 📌 Infostand: Samstag, 5. Dezember, 11 Uhr, Marktplatz
03.11.26, 21:40 - Tobias K.: Ich kann beim Infostand helfen
04.11.26, 08:05 - Jana Weber: Achtung: der Infostand am 5. Dezember wird verschoben, neuer Termin folgt
04.11.26, 08:07 - Jana Weber: Und am 24. Dezember ist ein Feiertag, das Büro bleibt zu
""", "2026-11-04", [
        ("2026-12-02", "19:00", "Gewerkschaftshaus", "scheduled"),
        ("2026-12-05", "11:00", "Marktplatz", "postponed"),
    ]),
    "fr": ("""\
Chloé Martin, [12 nov. 2026 à 18:41]
Bonjour à toutes et à tous ! Les dates du mois :

Chloé Martin, [12 nov. 2026 à 18:43]
📌 Assemblée générale
jeudi 3 décembre à 18 h 30
Bourse du travail, salle 2

Hugo, [12 nov. 2026 à 19:02]
super, je viens avec deux collègues

Chloé Martin, [13 nov. 2026 à 10:17]
📌 Réunion publique : mardi 15 décembre à 19 h, Maison des associations, 12 rue Vauban
""", "2026-11-13", [
        ("2026-12-03", "18:30", "Bourse du travail", "scheduled"),
        ("2026-12-15", "19:00", "Maison des associations", "scheduled"),
    ]),
    "es": ("""\
[25/11/26, 10:12:05] Lucía Pérez (Secretaría): Buenas! Les paso las actividades de diciembre
[25/11/26, 10:13:40] Lucía Pérez (Secretaría): 📌 Asamblea de socios
Miércoles 2 de diciembre, 19:00 hrs
Sede del sindicato, Av. Italia 1450
[25/11/26, 10:15:02] Lucía Pérez (Secretaría): 📌 Taller de formación: sábado 12 de diciembre, de 10:00 a 13:00, sala 4 de la sede
[25/11/26, 11:47:31] Diego: se puede llevar a los niños?
[25/11/26, 11:50:09] Lucía Pérez (Secretaría): Sí! La inscripción es hasta el viernes 4 de diciembre
[26/11/26, 08:03:55] Lucía Pérez (Secretaría): ⚠️ Se posterga el taller de formación del sábado 12 de diciembre, nueva fecha a confirmar
""", "2026-11-26", [
        ("2026-12-02", "19:00", "Sede del sindicato", "scheduled"),
        ("2026-12-12", "10:00", "sala 4", "postponed"),
    ]),
}


def _rows(meetings) -> list[tuple[str, str, str, str]]:
    return sorted(
        (m["date"], m["start_time"], " | ".join(str(m[f]) for f in PLACE_FIELDS if m.get(f)),
         m["status"])
        for m in meetings
    )  # fmt: skip


def _check(rows, expected) -> None:
    assert [(d, t, s) for d, t, _, s in rows] == [(d, t, s) for d, t, _, s in expected]
    for (*_, places, _s), (*_, place, _e) in zip(rows, expected, strict=True):
        assert place in places


@pytest.mark.parametrize("lang", CHATS)
def test_a_chat_page_gives_its_announced_meetings_and_their_later_statuses(lang):
    page, sent, expected = CHATS[lang]
    for as_of in (None, date.fromisoformat(sent)):
        listing = parse(page, as_of=as_of, today=TODAY)
        assert listing.as_of.isoformat() == sent
        _check(_rows([m.__dict__ for m in listing.meetings]), expected)
    assert any("read as its status" in w.reason for w in listing.warnings) == (
        any(s != "scheduled" for *_, s in expected)
    )


CHATTER = {
    "es": """\
[23/11/26, 09:14:05] Marta: Buenos días! Les dejo el calendario de diciembre
[23/11/26, 09:15:40] Marta: 📌 Asamblea: martes 1 de diciembre, 18:30 hrs, Sede sindical
[23/11/26, 10:02:11] Carolina: Recuerden que la cuota se paga en la sede o por transferencia, y que los socios nuevos traen su carnet para poder votar 💸
[23/11/26, 21:10:48] Pedro: 👍
[24/11/26, 08:15:30] Marta: 📌 Reunión con la abogada: lunes 14 de diciembre, 18:00 hrs, Sala 2
""",
    "en": """\
Sam Okafor, [20 Nov 2026 at 18:02]
Evening all, our winter dates:

Sam Okafor, [20 Nov 2026 at 18:03]
Public meeting: Thursday 10 December, 6pm, Central Library

Jo, [20 Nov 2026 at 18:44]
nice one, I will bring the banner and the leaflets from last time, and ask the people from the
housing group whether they can come along too

Sam Okafor, [21 Nov 2026 at 09:12]
Forum: Saturday 12 December, 2pm, Union Hall
""",
}


@pytest.mark.parametrize("lang", CHATTER)
def test_chatter_is_no_campaign_heading(lang):
    listing = parse(CHATTER[lang])
    assert len(listing.meetings) == 2
    assert len(listing.campaigns) == 1  # the conversation's, titled by its first message
    assert {m.campaign for m in listing.meetings} == {listing.campaigns[0].title}
    assert len([w for w in listing.warnings if w.reason.startswith("campaign")]) <= 1


@pytest.mark.parametrize("lang", CHATS)
def test_cli_parse_reads_a_chat_paste(tmp_path, lang):
    page, sent, expected = CHATS[lang]
    path = tmp_path / "chat.txt"
    path.write_text(page, encoding="utf-8")
    listing = cli_listing(path)
    assert listing["as_of"] == {"date": sent, "origin": "chat"}
    _check(_rows(listing["meetings"]), expected)
    rows = cli_place_rows(listing["meetings"])
    assert not any(name in places for *_, places in rows for name in ("Priya", "Jana", "Lucía"))


ANNOUNCED = (
    "[20/11/2026, 18:04:51] Priya: Thursday 10 December, 6pm, Central Library\n"
    "[20/11/2026, 18:05:12] Priya: Thursday 10 December, 8pm, Union Hall\n"
    "[20/11/2026, 18:07:33] Priya: Saturday 12 December, 2pm, Town Square\n"
)


# fmt: off
@pytest.mark.parametrize("notice,statuses", [
    # one day, two meetings: which one is meant is not clear
    ("sorry, Thursday 10 December is cancelled", ["scheduled", "scheduled", "scheduled"]),
    # its time says which
    ("the 10 December one at 8pm is cancelled", ["scheduled", "cancelled", "scheduled"]),
    ("Die Kundgebung am 12. Dezember fällt aus", ["scheduled", "scheduled", "cancelled"]),
    ("la réunion du 12 décembre est reportée", ["scheduled", "scheduled", "postponed"]),
    ("⚠️ Saturday 12 December is CANCELLED. See you at the general meeting",
     ["scheduled", "scheduled", "cancelled"]),
    # a date no meeting is on: a meeting of its own, cancelled
    ("the 11 December social is cancelled", ["scheduled", "scheduled", "scheduled"]),
    # no status word: a question, a reminder
    ("who is coming on Saturday 12 December?", ["scheduled", "scheduled", "scheduled"]),
    ("is Saturday 12 December cancelled?", ["scheduled", "scheduled", "scheduled"]),
    ("reminder: Saturday 12 December, Town Square, bring flyers",
     ["scheduled", "scheduled", "scheduled"]),
])
# fmt: on
def test_a_later_message_sets_a_status_only_when_it_is_clear(notice, statuses):
    page = ANNOUNCED + f"[21/11/2026, 09:15:12] Tom: {notice}\n"
    listing = parse(page)
    assert [m.status for m in listing.meetings if m.source_line <= 3] == statuses
    announced = {"2026-12-10", "2026-12-12"}
    assert not [m for m in listing.meetings if m.source_line == 4 and m.date in announced]


def test_a_mention_before_the_announcement_is_no_meeting_and_sets_no_status():
    page = "[19/11/2026, 09:15:12] Tom: is Saturday 12 December cancelled?\n" + ANNOUNCED
    listing = parse(page)
    assert [(m.date, m.status) for m in listing.meetings] == [
        ("2026-12-10", "scheduled"), ("2026-12-10", "scheduled"), ("2026-12-12", "scheduled"),
    ]  # fmt: skip
    assert any(w.line == 1 and "mentions the meeting at line 4" in w.reason for w in listing.warnings)


ONE_ON_THE_10TH = (
    "[20/11/2026, 18:04:51] Priya: Thursday 10 December, 6pm, Central Library\n"
    "[20/11/2026, 18:07:33] Priya: Saturday 12 December, 2pm, Town Square\n"
)


# fmt: off
@pytest.mark.parametrize("notice,lang,moved", [
    ("the 10 December meeting is moved to Thursday 17 December", "en",
     ("2026-12-17", "18:00", "Central Library")),
    ("Thursday 10 December is postponed to Thursday 17 December, 7pm, Union Hall", "en",
     ("2026-12-17", "19:00", "Union Hall")),
    ("Das Treffen am 10. Dezember wird auf den 17. Dezember verschoben", "de",
     ("2026-12-17", "18:00", "Central Library")),
    ("la réunion du 10 décembre est reportée au jeudi 17 décembre à 19 h", "fr",
     ("2026-12-17", "19:00", "Central Library")),
    ("la reunión del jueves 10 de diciembre se pasa al jueves 17 de diciembre, misma hora", "es",
     ("2026-12-17", "18:00", "Central Library")),
])
# fmt: on
def test_a_later_message_that_moves_a_meeting_postpones_it_and_gives_the_new_day(
    notice, lang, moved
):
    page = ONE_ON_THE_10TH + f"[21/11/2026, 09:15:12] Tom: {notice}\n"
    listing = parse(page, lang=lang)
    got = [(m.date, m.start_time, m.status) for m in listing.meetings]
    assert got == [
        ("2026-12-10", "18:00", "postponed"),
        ("2026-12-12", "14:00", "scheduled"),
        (moved[0], moved[1], "scheduled"),
    ]
    new = listing.meetings[2]
    assert moved[2] in (new.venue, new.place) and new.source_line == 3
    assert any(w.line == 3 and "moves the meeting at line 1" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("notice", [
    "see you on Thursday 10 December and on Thursday 17 December",  # no move word
    "the 11 December social is moved to Friday 18 December",  # no meeting on the old day
    "we moved the banner to the office on 10 December",  # one date only
])
# fmt: on
def test_a_message_that_does_not_clearly_move_a_meeting_moves_none(notice):
    page = ONE_ON_THE_10TH + f"[21/11/2026, 09:15:12] Tom: {notice}\n"
    listing = parse(page)
    assert [(m.date, m.status) for m in listing.meetings if m.source_line < 3] == [
        ("2026-12-10", "scheduled"), ("2026-12-12", "scheduled"),
    ]  # fmt: skip
    assert not any("moves the meeting" in w.reason for w in listing.warnings)


CITY_IN_ONE_MESSAGE = """\
Marcela, [21 nov. 20:04]
📍 ROSARIO
🗓 Jueves 10 de diciembre, 19 h
🏫 Centro Cultural La Toma, Tucumán 1349

Juan P., [21 nov. 20:11]
📌 Reunión abierta: viernes 11 de diciembre, 18 h, Biblioteca Popular Alberdi
"""


def test_a_city_heading_holds_for_its_own_message_only():
    listing = parse(CITY_IN_ONE_MESSAGE, as_of=date(2026, 11, 21), lang="es")
    got = [(m.date, m.city) for m in listing.meetings]
    assert got == [("2026-12-10", "Rosario"), ("2026-12-11", None)]
