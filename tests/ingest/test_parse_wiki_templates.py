"""MediaWiki source pasted as it is: an event template (``{{Event |date = … |time = … |where =
[[The Piece Hall]] |title = …}}``) reads as one entry, its named fields as the entry's date, time
and place; a wiki table (``{| … ! Date !! Time … |- | … || … |}``) reads as rows of cells; links,
bold and headings lose their markup (``[[Page|text]]`` -> "text", ``'''AGM'''`` -> "AGM"). From
holdout14's hackspace wiki page; the rows are variants written from the pattern (EN/DE/FR/ES
keys, one-line and multi-line templates, piped links, cells one per line), not copied from it."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.wiki import looks_like_wikitext, unwiki, wiki_lines

AS_OF = date(2026, 12, 1)


def _page(body: str) -> str:
    return (
        "{{Infobox page\n|title = Events\n|owner = [[User:Kit|Kit]]\n|status = current\n}}\n"
        "'''Our events''' are listed below. Everyone is welcome.\n\n"
        f"== Upcoming ==\n{body}\n\n[[Category:Events]]\n"
    )


def _read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(m.date, m.start_time, m.venue or m.room) for m in parse(text, as_of=AS_OF).meetings]


# fmt: off
@pytest.mark.parametrize("template,want", [
    ("{{Event\n |date  = Sat 12 December 2026\n |time  = 10:00–16:00\n"
     " |title = Soldering workshop\n |where = [[Calder Hackspace]]\n}}",
     ("2026-12-12", "10:00", "Calder Hackspace")),
    # one line, no spaces, a piped link: its text is the place
    ("{{Event|date=Thursday 14 January 2027|time=7pm|title=Film night"
     "|venue=[[Venues/Old Mill|The Old Mill]]}}",
     ("2027-01-14", "19:00", "The Old Mill")),
    # the title first, with a comma; the place in bold
    ("{{Event\n| title = Repair Café, bring your kettle\n| date = 9 January 2027\n"
     "| time = 1pm\n| location = '''Bankfield Library'''\n}}",
     ("2027-01-09", "13:00", "Bankfield Library")),
    # a title that names a range of days around the entry's own
    ("{{Event\n |date = Sat 13 February 2027\n |time = 11:00–16:00\n"
     " |title = Stall at the Winter Market (13–14 Feb)\n |where = [[The Piece Hall]]\n}}",
     ("2027-02-13", "11:00", "The Piece Hall")),
    ("{{Termin\n |datum = Samstag, 16. Januar 2027\n |zeit = 14:00 Uhr\n"
     " |titel = Lötworkshop\n |ort = [[Werkstatt Nord]]\n}}",
     ("2027-01-16", "14:00", "Werkstatt Nord")),
    ("{{Événement\n |date = samedi 16 janvier 2027\n |heure = 14 h\n"
     " |titre = Atelier soudure\n |lieu = [[Salle des fêtes]]\n}}",
     ("2027-01-16", "14:00", "Salle des fêtes")),
    ("{{Evento\n |fecha = sábado 16 de enero de 2027\n |hora = 17:00\n"
     " |título = Taller de soldadura\n |lugar = [[Centro Cívico Norte]]\n}}",
     ("2027-01-16", "17:00", "Centro Cívico Norte")),
    # a time field that holds no time: no time, and not the place
    ("{{Event\n |date = Sat 17 April 2027\n |time = time TBC\n |title = Open Day\n"
     " |where = [[Calder Hackspace]]\n}}",
     ("2027-04-17", None, "Calder Hackspace")),
])
# fmt: on
def test_an_event_templates_named_fields_are_the_entrys_fields(
    template: str, want: tuple[str, str | None, str]
) -> None:
    assert _read(_page(template)) == [want]


_TABLES = {
    "en": ("! Date !! Time !! Event !! Venue", "14 January 2027", "19:30", "Members' meeting"),
    "de": ("! Datum !! Uhrzeit !! Was !! Ort", "14.01.2027", "19:30 Uhr", "Plenum"),
    "fr": ("! Date !! Heure !! Objet !! Lieu", "14 janvier 2027", "19 h 30", "Assemblée"),
    "es": ("! Fecha !! Hora !! Asunto !! Lugar", "14 de enero de 2027", "19:30", "Asamblea"),
}


# fmt: off
@pytest.mark.parametrize("lang,place_cell,place", [
    ("en", "[[Unity Hall]]", "Unity Hall"),
    ("en", "[[Venues/Library|Central Library]]", "Central Library"),
    ("de", "[[Raum:Café Rix|Café Rix]]", "Café Rix"),
    ("fr", "'''[[Maison du peuple]]'''", "Maison du peuple"),
    ("es", "[[Ateneo Popular]]", "Ateneo Popular"),
])
# fmt: on
def test_a_wiki_tables_row_reads_as_cells(lang: str, place_cell: str, place: str) -> None:
    head, day, time, what = _TABLES[lang]
    text = (
        f'== Meetings ==\n{{| class="wikitable"\n{head}\n|-\n'
        f"| {day} || {time} || {what} || {place_cell}\n|}}\n{{{{Note|All welcome.}}}}\n"
    )
    assert _read(text) == [("2027-01-14", "19:30", place)]


def test_a_wiki_tables_cells_one_per_line_and_with_attributes() -> None:
    text = (
        "== Meetings ==\n"
        '{| class="wikitable"\n! Date !! Time !! Event !! Venue\n|-\n'
        '| style="background:#eee" | 11 February 2027 || 19:30 || Meeting || [[Unity Hall]]\n'
        "|-\n| 11 March 2027\n| 18:00\n| '''AGM'''\n| [[Venues/Library|Central Library]]\n|}\n"
        "[[Category:Meetings]]\n"
    )
    assert _read(text) == [
        ("2027-02-11", "19:30", "Unity Hall"),
        ("2027-03-11", "18:00", "Central Library"),
    ]


# fmt: off
@pytest.mark.parametrize("line,want", [
    ("== Upcoming events ==", "Upcoming events"),
    ("'''Calder Hackspace''' is at Unit 4", "Calder Hackspace is at Unit 4"),
    ("See [[Mailing list]] or [[Equipment/Laser|the laser]]", "See Mailing list or the laser"),
    ("[[Category:Events]] [[File:Map.png|thumb]]", ""),
    ("Tickets: [https://example.org/t the shop]", "Tickets: the shop"),
    ("<s>2027-02-18</s> cancelled<br/>", "2027-02-18 cancelled"),
    ("Open {{nowrap|19:30}} onwards", "Open 19:30 onwards"),
    ("----", ""),
])
# fmt: on
def test_wiki_markup_is_dropped_from_a_line(line: str, want: str) -> None:
    assert unwiki(line) == want


# fmt: off
@pytest.mark.parametrize("text", [
    # Markdown with a link in brackets and bold: no template or table
    "**Meetings** on [the site](https://example.org)\n\n## Upcoming\n14 January 2027, 7pm, Unity Hall\n",
    # a mail merge's placeholder and nothing else of a wiki
    "Dear {{first_name}},\n14 January 2027, 7pm, Unity Hall\n",
])
# fmt: on
def test_a_page_without_two_kinds_of_wiki_marks_is_not_read_as_a_wiki(text: str) -> None:
    assert not looks_like_wikitext(text)


def test_a_template_without_a_date_gives_its_text_and_drops_its_named_fields() -> None:
    got = [line.text for line in wiki_lines(_page("{{Note|Open night is every Tuesday.}}"))]
    assert "Open night is every Tuesday." in got
    assert not any("owner" in t or "current" in t or "Kit" in t for t in got)


def test_a_whole_wiki_events_page() -> None:
    text = """{{Infobox page
|title = Events
|owner = [[User:Kit|Kit]]
}}
{{Note|Workshop nights are '''every Wednesday from 19:00'''. Induction needed for the [[Tools/Lathe|lathe]].}}

'''Riverside Makers''' meet at Unit 7, Canal Yard, Hebden Road. Events elsewhere are marked.

== Upcoming events ==
<!-- keep in date order; use {{Event}} -->
{{Event
 |date  = Sat 9 January 2027
 |time  = 10:00–13:00
 |title = Bike repair morning (bring tools, tea provided)
 |where = [[Riverside Makers]]
}}
{{Event
 |date  = Sat 6 February 2027
 |time  = 11:00–16:00
 |title = Stall at the Craft Fair (6–7 Feb)
 |where = [[Venues/Corn Exchange|The Corn Exchange]]
}}
{{Event
 |date  = Sat 20 March 2027
 |time  = TBC
 |title = Open Day
 |where = [[Riverside Makers]]
}}

== Past events ==
* 2026-11-14 – Lamp making ([[User:Kit|Kit]])

[[Category:Events]]
"""
    listing = parse(text, as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue, m.status) for m in listing.meetings]
    assert got == [
        ("2027-01-09", "10:00", "Riverside Makers", "scheduled"),
        ("2027-02-06", "11:00", "The Corn Exchange", "scheduled"),
        ("2027-03-20", None, "Riverside Makers", "tba"),
    ]
    reasons = [w.reason for w in listing.warnings]
    assert any("restates the day" in r for r in reasons)  # the fair's two days: a detail
    assert any("no start time" in r for r in reasons)  # the open day's time is to come
    assert any("Past events" in r for r in reasons)  # the past event is no meeting


def test_an_external_links_address_stays_the_entrys_link() -> None:
    text = _page(
        "{{Event\n |date = Sat 12 December 2026\n |time = 10:00\n"
        " |title = [https://example.org/solder Soldering workshop]\n |where = [[Calder Hackspace]]\n}}"
    )
    (m,) = parse(text, as_of=AS_OF).meetings
    assert m.links == ["https://example.org/solder"]
