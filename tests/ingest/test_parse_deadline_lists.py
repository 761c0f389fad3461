"""A list of dates under a heading of deadlines ("DEADLINES", "Key dates", "Fristen", "Dates
importantes", "Fechas importantes") holds the days things are due, not meetings: each date
without a time there is warned about and dropped. A timed date under such a heading, and the
meetings under the next heading, are read as before. (holdout21's trades council diary and
university jornadas.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

# lang: (heading over the meetings, a meeting, heading, deadline lines, next heading, meeting)
PAGES = {
    "en": ("What's on", "Wed 3 February 2027, 7pm – Delegate meeting, Trades Hall",
           "DEADLINES", ["Fri 18 December 2026 – Motions for the AGM to the Secretary.",
                         "Fri 8 January 2027 – Affiliation fees due."],
           "Also", "Sat 20 February 2027, 12 noon – Demonstration, The Mound"),
    "de": ("Termine", "Mi., 3. Februar 2027, 19 Uhr – Delegiertenversammlung, Gewerkschaftshaus",
           "Fristen", ["Fr., 18. Dezember 2026: Anträge an den Vorstand.",
                       "Fr., 8. Januar 2027: Beiträge fällig."],
           "Außerdem", "Sa., 20. Februar 2027, 12 Uhr – Demonstration, Marktplatz"),
    "fr": ("Agenda", "Mercredi 3 février 2027, 19h – Assemblée des délégués, Bourse du Travail",
           "Dates importantes", ["Vendredi 18 décembre 2026 : dépôt des motions.",
                                 "Vendredi 8 janvier 2027 : cotisations dues."],
           "Et aussi", "Samedi 20 février 2027, 12h – Manifestation, place Bellecour"),
    "es": ("Agenda", "Miércoles 3 de febrero de 2027, 19:00 – Asamblea, Casa del Pueblo",
           "Fechas importantes", ["Comunicación de aceptación: 22 de enero de 2027.",
                                  "Inscripción: 26 de febrero de 2027."],
           "Además", "Sábado 20 de febrero de 2027, 12:00 – Manifestación, Plaza Mayor"),
}  # fmt: skip


@pytest.mark.parametrize("underline", [False, True])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_list_of_deadlines_holds_no_meetings(lang: str, underline: bool) -> None:
    top, first, head, deadlines, next_head, last = PAGES[lang]
    rule = ["-" * len(head)] if underline else []
    page = "\n".join([top, "", first, "", head, *rule, *deadlines, "", next_head, "", last, ""])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-02-03", "2027-02-20"]
    warned = [w for w in listing.warnings if "a deadline's day" in w.reason]
    assert [w.text for w in warned] == deadlines


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_timed_date_under_the_heading_stays_a_meeting(lang: str) -> None:
    top, first, head, deadlines, _, last = PAGES[lang]
    page = "\n".join([top, "", first, "", head, deadlines[0], last, ""])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert "2027-02-20" in [m.date for m in listing.meetings]


@pytest.mark.parametrize("head", ["Termine", "Important", "Dates", "Fechas", "Upcoming dates"])
def test_other_headings_keep_their_dates(head: str) -> None:
    page = f"{head}\nFri 18 December 2026 – Christmas social, Trades Hall\n"
    listing = parse(page, as_of=AS_OF, lang="en")
    assert [m.date for m in listing.meetings] == ["2026-12-18"]
