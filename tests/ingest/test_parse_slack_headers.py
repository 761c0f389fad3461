"""A Slack channel copied as text puts each message's header on a line of its own: the sender,
then the time it was sent after spaces, no dash ("Tunde Adebayo  6:42 PM", "Jana Müller
18:42"), the message under it, maybe under a day's divider ("Today", "Heute"). A header is never
a meeting nor a meeting's details, and a reply that only mentions a meeting's date is no meeting.
A programme with its times at the ends of its lines ("Coffee break 10:40") is no chat: without
a dash, a header is one of a sender who recurs, stamped off the quarter hours. The rows are
variants written from the pattern (issue 17's older defects), not copied from a corpus page.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("lang,divider,a,b,clocks,said,asked,want", [
    ("en", "Today", "Tunde Adebayo", "Chioma Eze", ("6:42 PM", "7:07 PM", "7:09 PM", "7:11 PM"),
     "Public meeting Sat 5 December, 2pm, Union Hall, 12 Main St",
     "Is the 5 December one confirmed?", ("2026-12-05", "14:00")),
    ("en", "Yesterday", "Priya Nair", "Sam O'Connor", ("18:42", "19:07", "19:09", "19:11"),
     "Branch meeting Thursday 10 December, 7pm, Trades Hall, Leeds",
     "Can I bring a friend on the 10 December?", ("2026-12-10", "19:00")),
    ("en", "Friday, November 13th", "alex.k", "mo_r", ("9:03 AM", "9:17 AM", "9:22 AM", "9:58 AM"),
     "Reading group Wed 2 December at 6.30pm, Room 4, Student Union",
     "2 December works for me", ("2026-12-02", "18:30")),
    ("de", "Heute", "Jana Müller", "Deniz Yılmaz", ("18:42", "19:07", "19:09", "19:11"),
     "Treffen am Samstag, 5. Dezember, 14 Uhr, Volkshaus, Lagergasse 9",
     "Ist das am 5. Dezember schon fix?", ("2026-12-05", "14:00")),
    ("fr", "Aujourd’hui", "Camille Martin", "Yanis Benali", ("18:42", "19:07", "19:09", "19:11"),
     "Réunion publique samedi 5 décembre à 14 h, Bourse du Travail",
     "Le 5 décembre, c'est confirmé ?", ("2026-12-05", "14:00")),
    ("es", "Hoy", "Lucía Pérez", "Mateo Rojas", ("18:42", "19:07", "19:09", "19:11"),
     "Reunión el sábado 5 de diciembre, 14:00 h, Ateneo Popular",
     "¿Lo del 5 de diciembre está confirmado?", ("2026-12-05", "14:00")),
])
# fmt: on
def test_a_slack_header_is_no_meeting(lang, divider, a, b, clocks, said, asked, want):
    page = (
        f"#branch-announcements\n\n{divider}\n{a}  {clocks[0]}\n{said}\n{b}  {clocks[1]}\n"
        f"{asked}\n{a}  {clocks[2]}\nYes.\n{b}  {clocks[3]}\n👍\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [want]
    (m,) = listing.meetings
    assert a not in str(m.title) and b not in str(m.venue)
    headers = [w for w in listing.warnings if "opens a chat message" in w.reason]
    assert [w.line for w in headers] == [4, 6, 8, 10]
    assert not any("no date above it" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("page", [
    # times at the ends of a day's programme lines, one title twice
    "Saturday 5 December 2026, Union Hall\n\nWelcome 9:10\nKeynote: housing\nCoffee break 10:40\n"
    "Panel: tenants organise 11:05\nCoffee break 12:40\nClosing 13:05\n",
    # a rota on the quarter hours, names repeated
    "Stall rota, Saturday 5 December 2026, Market Square\n\nPriya Nair 10:00\nSam Lee 10:30\n"
    "Priya Nair 11:00\nSam Lee 11:30\n",
])
# fmt: on
def test_a_programme_with_times_at_line_ends_is_no_chat(page):
    listing = parse(page, as_of=AS_OF)
    assert not any("opens a chat message" in w.reason for w in listing.warnings)
    assert {m.date for m in listing.meetings} == {"2026-12-05"}
