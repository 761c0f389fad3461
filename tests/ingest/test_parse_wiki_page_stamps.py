"""A wiki's meet-up page copied as text: section headings with their edit links ("Vergangene
Treffen[Bearbeiten | Quelltext bearbeiten]"), sign-ups signed the wiki's way, time before day
("--Braveheart (Diskussion) 18:12, 24. Nov. 2026 (CET)"), and the footer that says when the
page was last edited, its verb after the date ("Diese Seite wurde zuletzt am 3. Dezember 2026
um 21:07 Uhr bearbeitet."). None of those is a meeting; the edit links are no part of a
heading, so a past meetings' heading is read as one. (holdout35's Wikipedia Stammtisch in
Vienna, after its blind score: eleven extras without --as-of, one with.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 5)

# (next heading, next meeting line, signature talk word, past heading, past line, footer)
PAGES = {
    "de": ("Nächster Stammtisch[Bearbeiten | Quelltext bearbeiten]",
           "Mi, 16. Dezember 2026, 19 Uhr, Gasthaus Wickerl, Porzellangasse 24a, 1090 Wien",
           "Diskussion", "Vergangene Treffen[Bearbeiten | Quelltext bearbeiten]",
           "* Mi, 18. November 2026 – Stammtisch im Wickerl",
           "Diese Seite wurde zuletzt am 3. Dezember 2026 um 21:07 Uhr bearbeitet."),
    "en": ("Next meetup[edit]",
           "Wed 16 December 2026, 7pm, The Crown, 12 High Street, Leeds LS1 4AP",
           "talk", "Past meetups[edit | edit source]",
           "* Wed 18 November 2026 – Meetup at the Crown",
           "This page was last edited on 3 December 2026, at 21:07 (UTC)."),
    "fr": ("Prochaine rencontre[modifier | modifier le code]",
           "mer. 16 décembre 2026, 19 h, Café du Commerce, 12 rue de la Paix, 1000 Bruxelles",
           "discussion", "Rencontres passées[modifier | modifier le code]",
           "* mer. 18 novembre 2026 – Rencontre au Café du Commerce",
           "La dernière modification de cette page a été faite le 3 décembre 2026 à 21:07."),
    "es": ("Próxima quedada[editar]",
           "mié 16 de diciembre de 2026, 19:00, Café Central, calle Mayor 12, 28013 Madrid",
           "discusión", "Quedadas anteriores[editar | editar código]",
           "* mié 18 de noviembre de 2026 – Quedada en el Café Central",
           "Esta página se editó por última vez el 3 dic 2026 a las 21:07."),
}  # fmt: skip


def _page(lang: str) -> str:
    head, nxt, talk, past, line, footer = PAGES[lang]
    signs = "".join(
        f"{k}. --User{k} ({talk}) {t}, {d} (CET)\n"
        for k, (t, d) in enumerate([("18:12", "24.11.2026"), ("09:47", "26.11.2026")], 1)
    )
    return f"Wikipedia:Stammtisch\n\n{head}\n{nxt}\n{signs}\n{past}\n{line}\n\n{footer}\n"


@pytest.mark.parametrize("lang", list(PAGES))
def test_signatures_footer_and_past_section_are_no_meetings(lang: str) -> None:
    listing = parse(_page(lang), today=TODAY)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-16", "19:00")]
    place = listing.meetings[0].place or ""
    assert "[" not in place and "edit" not in place.lower()


@pytest.mark.parametrize(
    "line",
    [
        "Jazz im Park [edit]",  # no edit link when it does not end the line: "[edit]" is kept
        "Treffen [Bearbeiten] im Park",
    ],
)
def test_a_bracket_that_is_no_edit_link_at_the_line_end_stays(line: str) -> None:
    got = parse(f"# Termine\n\n{line}\nSa, 19. Dezember 2026, 19 Uhr\n", today=TODAY).meetings
    assert len(got) == 1 and got[0].start_time == "19:00"


@pytest.mark.parametrize(
    "line",
    [
        "Lesung mit Gespräch (Diskussion) am 16. Dezember 2026, 19:00, Café Prückel",
        "Book launch (talk) on 16 December 2026, 19:00, The Crown",
        "Conférence (discussion) le 16 décembre 2026, 19:00, Café du Commerce",
    ],
)
def test_a_bracket_before_a_time_that_is_no_signature_is_a_meeting(line: str) -> None:
    got = parse(f"# Termine\n\n{line}\n", today=TODAY).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-16", "19:00")]
