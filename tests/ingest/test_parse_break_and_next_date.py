"""A language café's agenda in Markdown: a quoted notice of the group's own break, its name then
"from" and its days, no colon ("🎄 **Weihnachtspause** vom 21. Dezember bis 6. Jänner – das Team
macht Urlaub"), and a day called off whose entry says when the group meets next ("Fällt leider
aus, wir sehen uns am 20. Jänner!"). The break is no meeting (warned about); the called-off day
keeps its place and status, and the next date in its remark is no meeting of its own. A label
that only begins like a break's ("Sommerpausen-Grillfest: …") is a meeting. (holdout34's
Sprachcafé in Graz and its first-aid volunteers in Winterthur, after their blind score: two
extra meetings from the breaks and one from the remark.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

PAGES = {
    "de": ("### Mittwoch, 16. Dezember\n- 19:00 Uhr · Weihnachts-Sprachcafé — **Spektral**, Lendkai 45\n\n"
           "> 🎄 **Weihnachtspause** vom 21. Dezember bis 6. Jänner – das Team macht Urlaub. Frohe Feiertage!\n\n"
           "### Donnerstag, 14. Jänner — ABGESAGT\n"
           "- 18:30 · ~~Deutsch · Arabisch — Café Promenade~~ Fällt leider aus, wir sehen uns am 20. Jänner!\n\n"
           "### Mittwoch, 20. Jänner\n- 18:00 · Spieleabend — **Spektral**, Lendkai 45\n"),
    "en": ("### Wednesday 16 December\n- 7pm · Christmas language café — **The Crypt**, 12 Mill Lane\n\n"
           "> 🎄 **Winter break** from 21 December to 6 January – the team is on holiday. Happy holidays!\n\n"
           "### Thursday 14 January — CANCELLED\n"
           "- 6.30pm · ~~German · Arabic — Café Promenade~~ Cancelled, see you on 20 January!\n\n"
           "### Wednesday 20 January\n- 6pm · Games night — **The Crypt**, 12 Mill Lane\n"),
    "fr": ("### Mercredi 16 décembre\n- 19 h · Café des langues de Noël — **La Crypte**, 12 rue du Moulin\n\n"
           "> 🎄 **Relâche** du 21 décembre au 6 janvier – l'équipe est en vacances. Bonnes fêtes !\n\n"
           "### Jeudi 14 janvier — ANNULÉ\n"
           "- 18 h 30 · ~~Allemand · Arabe — Café Promenade~~ Annulé, on se retrouve le 20 janvier !\n\n"
           "### Mercredi 20 janvier\n- 18 h · Soirée jeux — **La Crypte**, 12 rue du Moulin\n"),
    "es": ("### Miércoles 16 de diciembre\n- 19:00 · Café de idiomas navideño — **La Cripta**, calle del Molino 12\n\n"
           "> 🎄 **Pausa navideña** del 21 de diciembre al 6 de enero – el equipo está de vacaciones.\n\n"
           "### Jueves 14 de enero — CANCELADO\n"
           "- 18:30 · ~~Alemán · Árabe — Café Promenade~~ Se suspende, ¡nos vemos el 20 de enero!\n\n"
           "### Miércoles 20 de enero\n- 18:00 · Noche de juegos — **La Cripta**, calle del Molino 12\n"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_break_and_the_next_date_in_a_remark_are_no_meetings(lang: str) -> None:
    listing = parse("# Sprachcafé\n\n" + PAGES[lang], as_of=AS_OF)
    got = listing.meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-16", "19:00"), ("2027-01-14", "18:30"), ("2027-01-20", "18:00"),
    ]  # fmt: skip
    assert got[1].status == "cancelled"
    said = " ".join(filter(None, [got[1].place, got[1].venue, got[1].room]))
    assert "Café Promenade" in said
    assert any("21" in w.text and "6" in w.text for w in listing.warnings)  # the break, warned


@pytest.mark.parametrize(
    "line",
    [
        "Sommerpausen-Grillfest: Samstag, 11. Juli, 18 Uhr, Vereinsheim Riedwiese",
        "Winter break social: Friday 18 December, 7pm, Town Hall",
    ],
)
def test_a_label_that_only_begins_like_a_break_is_a_meeting(line: str) -> None:
    got = parse(f"# Agenda\n\n{line}\n", as_of=AS_OF).meetings
    assert len(got) == 1 and got[0].start_time in ("18:00", "19:00")
