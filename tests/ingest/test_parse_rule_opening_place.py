"""A rule "unless stated otherwise" that opens with its place, then its time ("À la salle
paroissiale de Lucens, de 13 h 30 à 17 h environ sauf mention contraire.", "At the Friends
Meeting House, from 7pm unless stated otherwise."): its place is every entry's under it that
names none, and an entry's words after its date are its title, not a venue. Written from
holdout41's rural women's programme; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import unless_rule
from eventmap.ingest.parse import parse

AS_OF = date(2027, 2, 1)


@pytest.mark.parametrize(
    ("text", "start", "place"),
    [
        ("À la salle paroissiale de Lucens, de 13 h 30 à 17 h environ sauf mention contraire.",
         "13:30", "salle paroissiale de Lucens"),
        ("Au Centre culturel Jacques Franck, à 19 h 30 sauf mention contraire.", "19:30",
         "Centre culturel Jacques Franck"),
        ("At the Friends Meeting House, from 7pm unless stated otherwise.", "19:00",
         "Friends Meeting House"),
        ("In the church hall, from 7pm unless stated otherwise.", "19:00", "church hall"),
        ("Im Gemeindesaal, 19 Uhr, sofern nicht anders angegeben.", "19:00", "Gemeindesaal"),
        ("En la sala de usos múltiples, a las 19:00 h salvo que se indique otra cosa.", "19:00",
         "sala de usos múltiples"),
    ],
)  # fmt: skip
def test_a_rule_s_opening_place(text, start, place):
    rule = unless_rule(text)
    assert rule is not None
    assert (rule[0].start_time, rule[1]) == (start, place)


@pytest.mark.parametrize(
    "text",
    [
        "At the end of each month, at 7pm unless stated otherwise.",
        "Unless stated otherwise, talks start at 7pm.",
        "En general, a las 19:00 h salvo que se indique otra cosa.",
        # a sentence's wrapped line, no sentence's start
        "frente al Costanera Center) a las 7:00 hrs, salvo que se indique otra hora.",
    ],
)
def test_a_rule_that_opens_with_no_place(text):
    rule = unless_rule(text)
    assert rule is not None and rule[1] is None


@pytest.mark.parametrize(
    ("lang", "rule", "entries", "place"),
    [
        ("fr", "À la salle paroissiale de Lucens, de 13 h 30 à 17 h environ sauf mention "
         "contraire. 25 fr. par cours.",
         ["Je 18 mars : pâte feuilletée, croissants et cornets à la crème",
          "Ma 20 avril : conserves, confitures et lacto-fermentation"],
         "salle paroissiale de Lucens"),
        ("en", "At the Friends Meeting House, from 1.30pm to 5pm unless stated otherwise. "
         "£20 a class.",
         ["Thu 18 March: puff pastry, croissants and cream horns",
          "Tue 20 April: preserves, jams and fermenting"],
         "Friends Meeting House"),
        ("de", "Im Gemeindesaal, 13.30 bis 17 Uhr, sofern nicht anders angegeben. 20 € pro Kurs.",
         ["Do 18. März: Blätterteig, Croissants und Schillerlocken",
          "Di 20. April: Einmachen, Marmeladen und Fermentieren"],
         "Gemeindesaal"),
        ("es", "En la sala de usos múltiples, de 13:30 a 17:00 h salvo que se indique otra cosa. "
         "20 € por curso.",
         ["Jue 18 de marzo: hojaldre, cruasanes y canutillos",
          "Mar 20 de abril: conservas, mermeladas y fermentados"],
         "sala de usos múltiples"),
    ],
)  # fmt: skip
def test_entries_under_the_rule_are_at_its_place(lang, rule, entries, place):
    page = "## Cours du printemps\n\n" + rule + "\n\n" + "\n".join(f"- {e}" for e in entries)
    ms = parse(page + "\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-03-18", "2027-04-20"]
    assert {m.start_time for m in ms} == {"13:30"}
    assert [m.venue for m in ms] == [place, place]
    # the entry's words are its title: "pâte feuilletée – croissants et cornets à la crème"
    assert all(m.title and m.title.split()[0] in e for m, e in zip(ms, entries, strict=True)), [
        m.title for m in ms
    ]
