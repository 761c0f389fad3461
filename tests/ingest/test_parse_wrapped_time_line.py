"""A hard-wrapped e-mail whose sentence breaks right after the date, the next line opening with
the time ("… on Saturday the 5th of December," / "11am to 1pm, in Pearse Street Library. …"):
the time is the meeting's (it was lost when another dated paragraph followed). A next line
that opens with a number that is no time ("12 places only") gives none. A line that breaks
after "in the" ("… at 7pm in the" / "Lexicon library (…), Studio 2.") has its place on the next
line: "the" is no venue."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# a mailing list's digest: each message with its headers
DIGEST = (
    "Dublin-Renters Digest, Vol 12, Issue 48\n\n"
    "Message: 2\nDate: Mon, 30 Nov 2026 08:02:51 +0000\n"
    "From: Colm Daly <colmdaly@example.com>\nTo: dublin-renters@lists.example.ie\n"
    "Subject: Re: [Dublin-Renters] December branch meetings\n"
    'Content-Type: text/plain; charset="us-ascii"\n\n'
)


NEXT = {
    "en": ("Dun Laoghaire group is restarting - first meeting Tues 8/12 at 7pm in the",
           "Lexicon library (the big library on the seafront), Studio 2.", "Lexicon library"),
    "de": ("Die Gruppe Nord trifft sich wieder - erstes Treffen Di 8.12. um 19 Uhr im",
           "Bürgerhaus Nord (neben der Post), Raum 2.", "Bürgerhaus Nord"),
    "fr": ("Le groupe de Doulon redémarre - première réunion mar. 8/12 à 19 h à la",
           "Maison de quartier (à côté de la poste), salle 2.", "Maison de quartier"),
    "es": ("El grupo de Delicias vuelve - primera reunión mar. 8/12 a las 19 h en el",
           "Centro Cívico (al lado de correos), sala 2.", "Centro Cívico"),
}  # fmt: skip


# fmt: off
@pytest.mark.parametrize("lang,first,second,venue", [
    ("en", "Threshold are doing a tenants' rights workshop with us on Saturday the 5th of December,",
     "11am to 1pm, in Pearse Street Library. Free, but numbers are limited so email me.",
     "Pearse Street Library"),
    ("de", "Der Mieterverein macht mit uns einen Workshop zum Mietrecht am Samstag, dem 5. Dezember,",
     "11 Uhr bis 13 Uhr, in der Stadtbibliothek. Eintritt frei, aber die Plätze sind begrenzt.",
     "Stadtbibliothek"),
    ("fr", "L'association DAL anime avec nous un atelier sur le droit au logement le samedi 5 décembre,",
     "11 h à 13 h, à la Médiathèque Jacques-Demy. Gratuit, mais les places sont limitées.",
     "Médiathèque Jacques-Demy"),
    ("es", "La PAH organiza con nosotras un taller sobre derechos de inquilinas el sábado 5 de diciembre,",
     "11 h a 13 h, en la Biblioteca Cubit. Gratis, pero las plazas son limitadas.",
     "Biblioteca Cubit"),
])
# fmt: on
def test_the_time_opening_the_wrapped_line_is_the_meeting_s(
    lang: str, first: str, second: str, venue: str
) -> None:
    then, place_line, next_venue = NEXT[lang]
    page = f"{DIGEST}Two more for the list:\n\n{first}\n{second}\n\n{then}\n{place_line}\n\nColm\n"
    m, n = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2026-12-05", "11:00")
    assert (n.date, n.start_time) == ("2026-12-08", "19:00")
    assert (n.venue or "").startswith(next_venue)  # its remark in brackets may follow


def test_a_number_that_is_no_time_gives_none() -> None:
    page = DIGEST + (
        "Threshold are doing a tenants' rights workshop with us on Saturday the 5th of "
        "December,\n12 places only, in Pearse Street Library. Email me if you're coming.\n"
    )
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.start_time is None
