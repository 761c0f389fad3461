"""A group's page says once where its own site is, in a venue block over its listing (a name, a
street, a postcode and town, each on its own line, maybe set off as a quote or indented), often
under "unless stated, everything is held here:"; its entries then name no place, or only words
of their own ("10h–12h · Chantier participatif", "goûter-crêpes au local", "vin chaud,
lampions"). Those entries are at the site; an entry that names another place keeps it. (holdout28's
shared garden, seniors' club and urban garden, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (intro sentence, block lines, the venue, its town, entries: (date line, words), another
# entry naming its own venue, that venue)
PAGES = [
    ("Unless stated otherwise, everything below happens at our garden:",
     ["Eastbrook Community Garden", "14 Mill Lane (gate on the canal side)", "Manchester M4 6JR"],
     "Eastbrook Community Garden", "Manchester",
     [("Saturday 5 December, 10am", "work party: mulching the beds"),
      ("Saturday 19 December, 4pm", "winter solstice soup, bring a bowl")],
     "Thursday 28 January, 7pm: AGM at the Town Hall, Albert Square", "Town Hall"),
    ("Sofern nichts anderes angegeben ist, treffen wir uns in unserem Garten:",
     ["Gemeinschaftsgarten Prinzessinnengarten", "Hermannstraße 99 (Eingang über den Friedhof)",
      "12051 Berlin"],
     "Gemeinschaftsgarten Prinzessinnengarten", "Berlin",
     [("Samstag, 5. Dezember, 10 Uhr", "gemeinsames mulchen der beete"),
      ("Samstag, 19. Dezember, 16 Uhr", "wintersonnwende mit suppe, bitte schüssel mitbringen")],
     "Donnerstag, 28. Januar, 19 Uhr: Mitgliederversammlung im Rathaus Neukölln", "Rathaus Neukölln"),
    ("Sauf mention contraire, toutes les activités ont lieu au jardin :",
     ["Jardin du Ruisseau", "110 rue du Ruisseau (accès par la Petite Ceinture)", "75018 Paris"],
     "Jardin du Ruisseau", "Paris",
     [("Samedi 5 décembre, 10 h", "chantier participatif : paillage des massifs"),
      ("Samedi 19 décembre, 16 h", "soupe du solstice, vin chaud, lampions")],
     "Jeudi 28 janvier, 19 h : assemblée générale à la Mairie du 18e", "Mairie du 18e"),
    ("Salvo indicación en contrario, todas las jornadas son en el huerto:",
     ["Huerto Esta es una Plaza", "Calle del Doctor Fourquet 24 (entrada por la verja)",
      "28012 Madrid"],
     "Huerto Esta es una Plaza", "Madrid",
     [("Sábado 5 de diciembre, 11:00", "jornada de trabajo: acolchado de bancales"),
      ("Sábado 19 de diciembre, 16:00", "sopa del solsticio, trae tu cuenco")],
     "Jueves 28 de enero, 19:00: asamblea en el Centro Cultural Lavapiés", "Centro Cultural Lavapiés"),
]  # fmt: skip
IDS = ["en", "de", "fr", "es"]


def _page(intro: str, block: list[str], entries: list[tuple[str, str]], other: str, *,
          quote: str = "") -> str:  # fmt: skip
    lines = ["Agenda", "", intro, "", *(f"{quote}{b}" for b in block), ""]
    for when, words in entries:
        lines += [f"* {when} · {words}", ""]
    return "\n".join([*lines, f"* {other}", ""])


@pytest.mark.parametrize("quote", ["", "> ", "    "], ids=["plain", "markdown-quote", "indented"])
@pytest.mark.parametrize("row", PAGES, ids=IDS)
def test_entries_naming_no_place_are_at_the_site_of_the_block(row: tuple, quote: str) -> None:
    intro, block, venue, town, entries, other, other_venue = row
    listing = parse(_page(intro, block, entries, other, quote=quote), as_of=AS_OF)
    ms = listing.meetings
    assert [m.date for m in ms] == ["2026-12-05", "2026-12-19", "2027-01-28"]
    for m in ms[:2]:
        assert m.venue == venue
        assert m.city == town
        assert m.room is None  # "lampions" is no room of the site
    assert other_venue in (ms[2].venue or "")  # an entry that names its own venue keeps it


@pytest.mark.parametrize("row", PAGES, ids=IDS)
def test_two_blocks_over_the_listing_are_a_list_of_venues(row: tuple) -> None:
    intro, block, venue, town, entries, other, _ = row
    second = ["Salle Pétrarque", "2 place Pétrarque", "31000 Toulouse"]
    page = _page(intro, [*block, "", *second], entries, other)
    for m in parse(page, as_of=AS_OF).meetings[:2]:
        assert m.venue != venue
        assert m.city != town


@pytest.mark.parametrize("row", PAGES, ids=IDS)
def test_a_block_without_its_town_is_no_site(row: tuple) -> None:
    intro, block, venue, _, entries, other, _ = row
    for m in parse(_page(intro, block[:2], entries, other), as_of=AS_OF).meetings[:2]:
        assert m.venue != venue


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("Esta es una Plaza", "Huerto comunitario autogestionado de Lavapiés"),
        ("Prinzessinnengarten", "Gemeinschaftsgarten in Kreuzberg"),
        ("Jardin des Lilas", "jardin partagé du quartier"),
        ("Eastbrook Community Garden", "a growing space run by its members"),
    ],
)
def test_the_line_over_the_street_names_the_site_under_a_heading_that_names_none(
    name: str, rest: str
) -> None:
    page = (
        "# Winter work days and workshops\n\n"
        f"**{name}** · {rest}\n"
        "C/ Doctor Fourquet, 24 · 28012 Madrid · Metro Lavapiés\n\n"
        "Work days:\n\n"
        "- Saturday 12 December, 11:00\n"
        "- Saturday 19 December, 11:00\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-12-12", "11:00"),
        ("2026-12-19", "11:00"),
    ]
    assert {m.venue for m in ms} == {name}


# Months in capitals without their accents and the seasons are section headings of a
# newsletter, no towns: "DECEMBRE", "FEVRIER", "AOUT", "PRINTEMPS", "FRÜHJAHR", "INVIERNO".
@pytest.mark.parametrize(
    ("heading", "when"),
    [
        ("DECEMBRE", "Jeudi 3 décembre à 14 h"),
        ("JANVIER - FEVRIER", "Jeudi 7 janvier à 14 h"),
        ("AOUT", "Samedi 7 août à 14 h"),
        ("PRINTEMPS", "Mardi 6 avril à 13 h 30"),
        ("FRÜHJAHR", "Mardi 6 avril à 13 h 30"),
        ("HERBST", "Mardi 5 octobre à 13 h 30"),
        ("INVIERNO", "Mardi 5 janvier à 13 h 30"),
        ("VERANO", "Mardi 6 juillet à 13 h 30"),
    ],
)
def test_month_and_season_headings_are_no_towns(heading: str, when: str) -> None:
    page = (
        "Chers membres,\n\nVoici le programme.\n\n"
        f"{'-' * 40}\n{heading}\n{'-' * 40}\n\n"
        f"* {when} : goûter au local.\n\n"
        f"{'-' * 40}\nNAMUR\n{'-' * 40}\n\n"
        "* Jeudi 20 mai à 14 h : visite de la Citadelle.\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert len(ms) == 2
    assert ms[0].city is None
    assert ms[1].city == "Namur"  # a town's heading of the same page still is one


# A quote's marks are no words of the text ("> Jardin du Ruisseau"); under a reply's header
# the quoted mail is an older one, and an arrow (">> Sonderkolloquium") is no quote.
REPLIES = [
    "On Mon, Nov 30, 2026 at 9:15 PM Jamal Wright <jwright@example.net> wrote:",
    "Am 12.11.2026 um 20:03 schrieb Jonas:",
    "Le 19 nov. 2026 à 09:12, CGT secrétariat a écrit :",
    "El lun, 30 nov 2026 a las 9:15, Ana escribió:",
    "-----Original Message-----",
]


@pytest.mark.parametrize("header", REPLIES)
def test_a_quoted_older_mail_stays_quoted(header: str) -> None:
    page = (
        "Hi all,\n\nNext meeting: Thursday 10 December, 7pm, Trades Club, Hebden Bridge.\n\n"
        f"{header}\n> Reminder: the committee met on Thursday 12 November, 7pm, at the Trades Club.\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in ms] == ["2026-12-10"]


def test_an_arrow_is_no_quote_mark() -> None:
    page = (
        "Physikalisches Kolloquium\n\nOrt: Großer Hörsaal, Gebäude 46\n\n"
        "14.01.2027   Prof. Dr. Kazuki Mori (University of Tokyo)\n"
        "             >> Sonderkolloquium (Donnerstag!), 14:15 Uhr, Seminarraum 3.14\n"
    )
    ms = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-14", "14:15")]
