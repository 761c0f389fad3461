"""A club's agenda: its intro states the time and place of one weekday's meetings ("Les cours du
mardi ont lieu à la Maison des Associations Internationales (…), de 19 h 30 à 21 h", "Tuesday
classes are held at …"), then date headings with their entries, some on other days; one heading
lists two days of the same class ("Mardis 19 et 26 janvier"). The rule gives its time and place
to that weekday's entries only, not to a Saturday's meeting elsewhere nor to a Wednesday's online
one, nor is its hall the page's venue; the heading of two days gives its entry on both. (holdout34's
Esperanto group in Brussels, after its blind score: the Tuesday rule's time and hall went to every
meeting, and the first of the two Tuesdays was lost.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)

# (intro, hall, [headings with entries]: the Tuesday, the two Tuesdays, a Wednesday online, a
# Saturday elsewhere without a time, with its place)
PAGES = {
    "fr": ("Toutes nos activités sont gratuites, sauf mention contraire. Les cours du mardi ont lieu "
           "à la Maison des Associations (rue Washington 40, 1050 Ixelles), salle 3, de 19 h 30 à 21 h.",
           "Maison des Associations",
           ["### Mardi 12 janvier", "- Reprise des cours, niveaux 1 et 2",
            "### Mardis 19 et 26 janvier", "- Cours, niveaux 1 et 2",
            "### Mercredi 17 février", "- **20 h 00** — Conversation en ligne sur Zoom, tous niveaux.",
            "### Samedi 24 avril", "- Rencontre Benelux à la Cité Miroir, place Xavier Neujean 22, 4000 Liège."],
           "Cité Miroir"),
    "en": ("All our activities are free unless stated otherwise. Tuesday classes are held at the "
           "Friends House (12 Mill Lane, Leeds LS1 4AB), Room 3, from 7.30pm to 9pm.",
           "Friends House",
           ["### Tuesday 12 January", "- Classes resume, levels 1 and 2",
            "### Tuesdays 19 and 26 January", "- Classes, levels 1 and 2",
            "### Wednesday 17 February", "- **8pm** — Online conversation on Zoom, all levels.",
            "### Saturday 24 April", "- Regional meeting at the Corn Exchange, 2 Call Lane, Leeds LS1 7BR."],
           "Corn Exchange"),
    "de": ("Alle Angebote sind kostenlos, sofern nicht anders angegeben. Die Kurse am Dienstag finden "
           "im Haus der Vereine (Washingtonstraße 40, 10115 Berlin), Raum 3, von 19.30 bis 21 Uhr statt.",
           "Haus der Vereine",
           ["### Dienstag, 12. Januar", "- Wiederbeginn der Kurse, Stufen 1 und 2",
            "### Dienstag, 19. und 26. Januar", "- Kurs, Stufen 1 und 2",
            "### Mittwoch, 17. Februar", "- **20 Uhr** — Gespräch online über Zoom, alle Stufen.",
            "### Samstag, 24. April", "- Regionaltreffen im Kulturhaus Mitte, Karl-Marx-Allee 1, 10178 Berlin."],
           "Kulturhaus Mitte"),
    "es": ("Todas las actividades son gratuitas salvo indicación. Las clases de los martes son en la "
           "Casa de las Asociaciones (calle Washington 40, 28001 Madrid), sala 3, de 19:30 a 21:00.",
           "Casa de las Asociaciones",
           ["### Martes 12 de enero", "- Vuelta a las clases, niveles 1 y 2",
            "### Martes 19 y 26 de enero", "- Clases, niveles 1 y 2",
            "### Miércoles 17 de febrero", "- **20:00** — Conversación en línea por Zoom, todos los niveles.",
            "### Sábado 24 de abril", "- Encuentro regional en el Ateneo de Madrid, calle del Prado 21, 28014 Madrid."],
           "Ateneo de Madrid"),
}  # fmt: skip


def _page(lang: str) -> str:
    intro, _, entries, _ = PAGES[lang]
    return "# Agenda\n\n" + intro + "\n\n" + "\n\n".join(entries) + "\n"


def _said(m) -> str:
    return " ".join(filter(None, [m.place, m.city, m.venue, m.room, m.address]))


@pytest.mark.parametrize("lang", list(PAGES))
def test_one_weekdays_rule_holds_for_that_weekday_only(lang: str) -> None:
    _, hall, _, elsewhere = PAGES[lang]
    got = parse(_page(lang), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2027-01-12", "19:30"), ("2027-01-19", "19:30"), ("2027-01-26", "19:30"),
        ("2027-02-17", "20:00"), ("2027-04-24", None),
    ]  # fmt: skip
    for m in got[:3]:
        assert hall in _said(m)
    assert hall not in _said(got[3]) and got[3].online
    assert elsewhere in _said(got[4]) and hall not in _said(got[4])


# The same intro with the weekday after the verb says when every meeting is: a rule for all.
EVERY = {
    "en": "Unless stated otherwise, all meetings are held on Tuesdays at 7.30pm in the Friends House.",
    "de": "Sofern nicht anders angegeben, finden alle Treffen dienstags um 19.30 Uhr im Haus der Vereine statt.",
    "fr": "Sauf mention contraire, toutes les réunions ont lieu le mardi à 19 h 30 à la Maison des Associations.",
    "es": "Salvo indicación, todas las reuniones son los martes a las 19:30 en la Casa de las Asociaciones.",
}  # fmt: skip


@pytest.mark.parametrize("lang", list(EVERY))
def test_a_weekday_after_the_verb_is_every_meetings_rule(lang: str) -> None:
    _, hall, entries, _ = PAGES[lang]
    page = "# Agenda\n\n" + EVERY[lang] + "\n\n" + "\n\n".join(entries[:4]) + "\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [m.start_time for m in got] == ["19:30"] * 3
    assert all(hall in _said(m) for m in got)


@pytest.mark.parametrize("lang", list(PAGES))
def test_an_online_entrys_remark_is_no_venue(lang: str) -> None:
    """ "20 h 00 — Conversation en ligne sur Zoom, tous niveaux.": online, and "tous niveaux" (all
    levels) after it is a remark, not where it is held."""
    _, _, entries, _ = PAGES[lang]
    got = parse("# Agenda\n\n" + "\n\n".join(entries[4:6]) + "\n", as_of=AS_OF).meetings
    assert len(got) == 1 and got[0].online
    assert got[0].venue is None and got[0].place is None
