"""Swiss German and German event notes under a date heading: where a march gathers ("Besammlung
14 Uhr, Theaterplatz", "Sammelpunkt 11 Uhr, Hauptbahnhof"), the doors before the start
("Türöffnung 18.30 Uhr, Beginn 19 Uhr": the start is 19:00), and a neighbourhood's meeting place
named as a compound ("Quartiertreffpunkt Burg", "Jugendtreff Nord"). As "Treffpunkt 14 Uhr
Hauptbahnhof", "Einlass 18.30 Uhr, Beginn 19 Uhr" and "Stadtteilzentrum" are read already."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("note", "time", "venue"),
    [
        ("Besammlung 14 Uhr, Theaterplatz. Route via Barfüsserplatz zum Claraplatz.", "14:00", "Theaterplatz"),
        ("Sammelpunkt 11 Uhr, Hauptbahnhof Nordausgang.", "11:00", "Hauptbahnhof Nordausgang"),
        ("Treffpunkt 14 Uhr, Marktplatz.", "14:00", "Marktplatz"),
    ],
)  # fmt: skip
def test_where_a_march_gathers_and_when(note: str, time: str, venue: str) -> None:
    page = f"### Demo: Wohnschutz jetzt\n**Samstag, 5. Dezember**  \n{note}  \nGemeinsam mit dem Gewerkschaftsbund.\n"
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert (m.start_time, m.venue) == (time, venue)


@pytest.mark.parametrize(
    ("lang", "when", "times", "start"),
    [
        ("de", "Mittwoch, 17. März", "Türöffnung 18.30 Uhr, Beginn 19 Uhr", "19:00"),
        ("de", "Mittwoch, 17. März", "Einlass 18.30 Uhr, Beginn 19 Uhr", "19:00"),
        ("fr", "Mercredi 17 mars", "Ouverture des portes 18h30, début 19h", "19:00"),
        ("es", "Miércoles 17 de marzo", "Apertura de puertas 18:30, inicio 19:00", "19:00"),
    ],
)  # fmt: skip
def test_the_start_after_the_doors(lang: str, when: str, times: str, start: str) -> None:
    page = f"### Generalversammlung\n**{when}**  \n{times}  \nVolkshaus Basel, Unionsaal, Rebgasse 12–14, 4058 Basel  \n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start and m.venue == "Volkshaus Basel"


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("Quartiertreffpunkt Burg, Burgweg 7, 4058 Basel", "Quartiertreffpunkt Burg"),
        ("Jugendtreff Nord, Nordstraße 3, 04105 Leipzig", "Jugendtreff Nord"),
    ],
)  # fmt: skip
def test_a_compound_meeting_place_is_the_venue(line: str, venue: str) -> None:
    page = (
        "### Quartierversammlung\n**Mi 2.12., 18.30 Uhr**  \n"
        f"{line}  \nMieter:innen der Siedlungen an der Klybeckstrasse berichten. Mit Rechtsberatung vor Ort.\n"
    )
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert m.venue == venue


def test_a_treffpunkt_label_is_no_venue_name() -> None:
    page = "### Stadtspaziergang\n**Sa 5.12., 11 Uhr**  \nTreffpunkt: Hauptbahnhof, Haupteingang\n"
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert m.venue is not None and not m.venue.startswith("Treffpunkt")
