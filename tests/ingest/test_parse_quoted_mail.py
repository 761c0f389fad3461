"""An older message quoted in a reply or a list digest ("> the next meeting is on Thu 12.11. at
2.30pm"), under the line that opens it ("On … wrote:", "-----Original Message-----" and its
fields), says what was true when it was written: its dates are no meetings, each warned about,
while the reply's own meeting stays. Before, holdout12's quoted e-mails came out as meetings
(a union's plan quoting last month's invitation, a digest quoting a closure date). The rows are
written from the pattern: the reply headers of the mail clients in the languages the parser
reads, with the quote's date before or after the reply's own."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

# fmt: off
# (lang, the reply's own meeting, its (date, time), the header over the quote, the quoted line)
ROWS = [
    ("en", "Our next branch meeting is on Thursday 10 December at 7pm in the Trades Hall, Room 4.",
     ("2026-12-10", "19:00"), "On Fri, 27 Nov 2026 at 09:10, Tom Aldous <tom@example.org> wrote:",
     "> the committee meets on Tuesday 1 December at 6pm at the library, as usual."),
    ("en", "The reading group meets on Tuesday 8 December at 6.30pm at the Central Library.",
     ("2026-12-08", "18:30"), "-----Original Message-----\nFrom: Priya Nair\n"
     "Sent: Monday, 2 November 2026 14:02\nSubject: Reading group",
     "> the last session is on Tuesday 17 November at 6.30pm in Room 2."),
    ("de", "Die nächste VK-Sitzung ist am Donnerstag, 10.12., um 14:30 Uhr im BR-Saal, Geb. 4.",
     ("2026-12-10", "14:30"), "-----Ursprüngliche Nachricht-----\nVon: Sabine Krämer\n"
     "Gesendet: Donnerstag, 5. November 2026 09:15\nBetreff: Einladung",
     "> die nächste VK-Sitzung ist am Do 12.11. um 14:30 Uhr im BR-Sitzungssaal."),
    ("de", "Wir treffen uns am Mittwoch, 16. Dezember, um 19 Uhr im Nachbarschaftshaus Linden.",
     ("2026-12-16", "19:00"), "Am 20.11.2026 um 08:41 schrieb Jens Ott <jens@example.org>:",
     "> Das Plenum am Mittwoch, 2. Dezember, 19 Uhr fällt aus, oder?"),
    ("fr", "Notre prochaine assemblée aura lieu le jeudi 17 décembre à 18h30 à la Bourse du Travail.",
     ("2026-12-17", "18:30"), "Le 24 nov. 2026 à 10:05, Marie Dubois <marie@example.org> a écrit :",
     "> la réunion du mardi 1er décembre à 18h est maintenue salle 3 ?"),
    ("fr", "Permanence le samedi 12 décembre à 10h au local, 8 rue des Tanneurs.",
     ("2026-12-12", "10:00"), "-------- Message d'origine --------\nDe : Paul Martin\n"
     "Envoyé : lundi 9 novembre 2026 17:20\nObjet : Permanence",
     "> permanence le samedi 14 novembre à 10h au local."),
    ("es", "La próxima asamblea será el jueves 10 de diciembre a las 19:00 en el Ateneo, sala 2.",
     ("2026-12-10", "19:00"), "El jue, 19 nov 2026 a las 11:30, Lucía Gómez (<lucia@example.org>) "
     "escribió:", "> ¿la asamblea del jueves 26 de noviembre a las 19:00 sigue en pie?"),
    ("es", "Nos vemos el sábado 19 de diciembre a las 11:00 en la plaza del Dos de Mayo.",
     ("2026-12-19", "11:00"), "-------- Mensaje original --------\nDe: Comisión de Vivienda\n"
     "Enviado: lunes, 16 de noviembre de 2026 9:12\nAsunto: Concentración",
     "> concentración el sábado 21 de noviembre a las 12:00 frente al ayuntamiento."),
]
# fmt: on


def _reply(own: str, header: str, quoted: str) -> str:
    return f"Hi all,\n\n{own}\n\nBest,\nRaj\n\n{header}\n\n{quoted}\n> Thanks\n"


@pytest.mark.parametrize("lang,own,when,header,quoted", ROWS)
def test_a_quoted_older_message_gives_no_meeting(lang, own, when, header, quoted):
    quoted_line = quoted
    listing = parse(_reply(own, header, quoted), as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [when]
    quoted = [w for w in listing.warnings if "quoted from an older message" in w.reason]
    assert [w.text for w in quoted] == [quoted_line]


@pytest.mark.parametrize("lang,own,when,header,quoted", ROWS)
def test_the_same_lines_without_the_reply_header_stay_meetings(lang, own, when, header, quoted):
    listing = parse(f"{own}\n\n{quoted}\n", as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 2


DIGEST = """\
Today's Topics:

   1. Board games night (Raj Patel)
   2. Re: Library closure (Raj Patel)

----------------------------------------------------------------------

Message: 1
Date: Mon, 30 Nov 2026 08:12:44 +0000
From: Raj Patel <raj@example.org>
Subject: Board games night

Board games night is on Thursday 7 January 2027 at 7.30pm at the Feathers, upstairs room.

------------------------------

Message: 2
Date: Mon, 30 Nov 2026 08:20:01 +0000
From: Raj Patel <raj@example.org>
Subject: Re: Library closure

We can use the Quaker Meeting House instead: first session there on Saturday 9 January 2027
at 10am.

On Friday 27 November 2026 at 09:10, Tom Aldous <tom@example.org> wrote:
> I heard the library closes for refurbishment from Saturday 19 December.
> The last craft morning there is Saturday 12 December at 10am.
>
> Where do we go after that?

------------------------------
"""


def test_a_digest_keeps_its_messages_meetings_and_drops_the_quoted_ones():
    listing = parse(DIGEST, as_of=AS_OF, lang="en")
    got = [(m.date, m.start_time) for m in listing.meetings]
    assert got == [("2027-01-07", "19:30"), ("2027-01-09", "10:00")]
    older = [w for w in listing.warnings if "older message" in w.reason]
    assert {w.line for w in older} == {25, 27}  # the header's date and the quoted meeting
