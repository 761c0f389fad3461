"""A Telegram export read as text may put a message's header on one line: the avatar's
initials maybe, the time it was sent, then the sender ("TA 18:42 Tunde Adebayo (admin)",
"19:07 Chioma Eze"), the message under it. Such a header is never a meeting nor a meeting's
details, and a reply that only mentions a meeting's date is no meeting. A programme with times
first ("10:40 Workshops", twice) is no chat: without a dash, a header is one of two senders
or more who recur, stamped off the quarter hours, their names without lower-case words. The
rows are variants written from the pattern (issue 17's older defects), not copied from a
corpus page.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("lang,divider,a,b,said,asked,want", [
    ("en", "14 November 2026", ("TA 18:42", "Tunde Adebayo (admin)"), ("CE 19:07", "Chioma Eze"),
     "Public meeting Sat 5 December, 2pm, Union Hall, 12 Main St",
     "Is the 5 December one confirmed?", ("2026-12-05", "14:00")),
    ("en", "", ("18:42", "Priya Nair"), ("19:07", "Sam O'Connor"),
     "Branch meeting Thursday 10 December, 7pm, Trades Hall, Leeds",
     "Can I bring a friend on the 10 December?", ("2026-12-10", "19:00")),
    ("de", "14. November 2026", ("JM 18:42", "Jana Müller"), ("DY 19:07", "Deniz Yılmaz"),
     "Treffen am Samstag, 5. Dezember, 14 Uhr, Volkshaus, Lagergasse 9",
     "Ist das am 5. Dezember schon fix?", ("2026-12-05", "14:00")),
    ("fr", "14 novembre 2026", ("CM 18:42", "Camille Martin"), ("ÉB 19:07", "Élise Benali"),
     "Réunion publique samedi 5 décembre à 14 h, Bourse du Travail",
     "Le 5 décembre, c'est confirmé ?", ("2026-12-05", "14:00")),
    ("es", "14 de noviembre de 2026", ("08:13", "Lucía Pérez"), ("08:29", "Mateo Rojas"),
     "Reunión el sábado 5 de diciembre, 14:00 h, Ateneo Popular",
     "¿Lo del 5 de diciembre está confirmado?", ("2026-12-05", "14:00")),
    ("es", "", ("LP 08:13", "Lucía Pérez"), ("MR 08:29", "Mateo Rojas"),
     "Charla el jueves 10 de diciembre a las 19 h, Biblioteca Popular, Rosario",
     "¿El 10 de diciembre hay que anotarse?", ("2026-12-10", "19:00")),
])
# fmt: on
def test_a_one_line_telegram_header_is_no_meeting(lang, divider, a, b, said, asked, want):
    (sa, na), (sb, nb) = a, b
    later = sa[:-2] + "59"  # the same sender a few minutes on
    page = (
        f"Group\n\n{divider}\n\n{sa} {na}\n{said}\n\n{sb} {nb}\n{asked}\n\n"
        f"{later} {na}\nYes.\n\n{sb[:-1]}9 {nb}\n👍\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [want]
    headers = [w for w in listing.warnings if "opens a chat message" in w.reason]
    assert len(headers) == 4
    assert not any("no date above it" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("page,times", [
    ("Saturday 5 December 2026, Union Hall\n\n09:10 Welcome\n10:40 Workshops\n11:05 Panel\n"
     "12:40 Workshops\n13:05 Closing\n", ["09:10", "10:40", "11:05", "12:40", "13:05"]),
    ("Samstag, 5. Dezember 2026, Volkshaus\n\n10:10 Begrüßung\n10:40 Arbeitsgruppen\n"
     "11:05 Vortrag: Mieten\n12:40 Arbeitsgruppen\n", ["10:10", "10:40", "11:05", "12:40"]),
])
# fmt: on
def test_a_programme_with_times_first_is_no_chat(page, times):
    listing = parse(page, as_of=AS_OF, lang="de" if "Samstag" in page else "en")
    assert not any("opens a chat message" in w.reason for w in listing.warnings)
    assert [m.start_time for m in listing.meetings] == times
