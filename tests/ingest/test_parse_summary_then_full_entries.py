"""A newsletter gives its programme twice: a summary at the top, one line per entry ("AGENDA EN
BREF" / "mardi 12.01.2027, 20h15   Conférence – Les indiennes à Neuchâtel" / …), then each
entry in full, with its title, speaker, venue and address. Each meeting is the full entry's;
the summary's lines are warned about, not kept as a second meeting (holdout31's local history
society: nine extras). A summary line given nowhere in full stays a meeting, and a list of
one-line entries that the page does not give again is left alone."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 4)

# (summary heading, summary lines, full entries: (date line, title, venue, address))
PAGES = {
    "en": ("PROGRAMME AT A GLANCE",
           ["Tue 12 January 2027, 8pm   Talk – Calico printing in Norwich",
            "Sat 23 January 2027, 10am   Visit – The cathedral library",
            "Tue 9 February 2027, 8pm   Talk – The city walls",
            "Thu 25 February 2027, 6.30pm   Annual general meeting"],
           [("Tuesday 12 January 2027, 8pm", "CALICO PRINTING IN NORWICH", "The Assembly House", "Theatre Street, Norwich NR2 1RQ"),
            ("Saturday 23 January 2027, 10am", "MEDIEVAL BOOKS AND SCRIBES", "Norwich Cathedral Library", "65 The Close, Norwich NR1 4DH"),
            ("Tuesday 9 February 2027, 8pm", "THE CITY WALLS", "The Assembly House", "Theatre Street, Norwich NR2 1RQ"),
            ("Thursday 25 February 2027, 6.30pm", "ANNUAL GENERAL MEETING", "The Halls", "St Andrew's Plain, Norwich NR3 1AU")]),
    "de": ("TERMINE IM ÜBERBLICK",
           ["Di 12.01.2027, 20 Uhr   Vortrag – Kattundruck in Augsburg",
            "Sa 23.01.2027, 10 Uhr   Führung – Die Staatsbibliothek",
            "Di 09.02.2027, 20 Uhr   Vortrag – Die Stadtmauer",
            "Do 25.02.2027, 18.30 Uhr   Mitgliederversammlung"],
           [("Dienstag, 12. Januar 2027, 20 Uhr", "KATTUNDRUCK IN AUGSBURG", "Zeughaus Augsburg", "Zeugplatz 4, 86150 Augsburg"),
            ("Samstag, 23. Januar 2027, 10 Uhr", "MITTELALTERLICHE HANDSCHRIFTEN", "Staats- und Stadtbibliothek", "Schaezlerstraße 25, 86152 Augsburg"),
            ("Dienstag, 9. Februar 2027, 20 Uhr", "DIE STADTMAUER", "Zeughaus Augsburg", "Zeugplatz 4, 86150 Augsburg"),
            ("Donnerstag, 25. Februar 2027, 18.30 Uhr", "MITGLIEDERVERSAMMLUNG", "Rathaus Augsburg", "Rathausplatz 2, 86150 Augsburg")]),
    "fr": ("AGENDA EN BREF",
           ["mardi 12.01.2027, 20h15   Conférence – Les indiennes à Neuchâtel",
            "samedi 23.01.2027, 10h00   Visite – Manuscrits de Rousseau",
            "mardi 09.02.2027, 20h15   Conférence – La principauté et la Prusse",
            "jeudi 25.02.2027, 18h30   Assemblée générale"],
           [("Mardi 12 janvier 2027, 20h15", "LES INDIENNES À NEUCHÂTEL", "Aula des Jeunes-Rives", "Espace Louis-Agassiz 1, 2000 Neuchâtel"),
            ("Samedi 23 janvier 2027, 10h00", "LES MANUSCRITS DE ROUSSEAU", "Bibliothèque publique et universitaire", "Place Numa-Droz 3, 2000 Neuchâtel"),
            ("Mardi 9 février 2027, 20h15", "LA PRINCIPAUTÉ ET LA PRUSSE", "Aula des Jeunes-Rives", "Espace Louis-Agassiz 1, 2000 Neuchâtel"),
            ("Jeudi 25 février 2027, 18h30", "ASSEMBLÉE GÉNÉRALE", "Hôtel DuPeyrou", "Avenue DuPeyrou 1, 2000 Neuchâtel")]),
    "es": ("AGENDA RESUMIDA",
           ["martes 12/01/2027, 20:00   Charla – Los tejidos de Zaragoza",
            "sábado 23/01/2027, 10:00   Visita – La biblioteca de la Seo",
            "martes 09/02/2027, 20:00   Charla – Las murallas",
            "jueves 25/02/2027, 18:30   Asamblea general"],
           [("Martes 12 de enero de 2027, 20:00", "LOS TEJIDOS DE ZARAGOZA", "Centro Joaquín Roncal", "Calle San Braulio 5, 50003 Zaragoza"),
            ("Sábado 23 de enero de 2027, 10:00", "MANUSCRITOS MEDIEVALES", "Palacio de Sástago", "Calle del Coso 44, 50004 Zaragoza"),
            ("Martes 9 de febrero de 2027, 20:00", "LAS MURALLAS", "Centro Joaquín Roncal", "Calle San Braulio 5, 50003 Zaragoza"),
            ("Jueves 25 de febrero de 2027, 18:30", "ASAMBLEA GENERAL", "Casa de los Morlanes", "Plaza San Carlos 4, 50001 Zaragoza")]),
}  # fmt: skip


def _page(heading: str, summary: list[str], full: list[tuple[str, str, str, str]]) -> str:
    out = ["Newsletter no. 48", "", heading, "", *(f"  {s}" for s in summary), ""]
    for when, title, venue, address in full:
        out += [when, title, venue, address, "", "-" * 40, ""]
    return "\n".join(out)


@pytest.mark.parametrize("lang", list(PAGES))
def test_each_meeting_is_its_full_entry_and_the_summary_is_warned_about(lang: str) -> None:
    heading, summary, full = PAGES[lang]
    listing = parse(_page(heading, summary, full).encode(), as_of=AS_OF)
    got = listing.meetings
    assert len(got) == len(full)
    for m, (_, _, venue, _) in zip(got, full, strict=True):
        assert m.venue == venue
    summary_lines = {w.line for w in listing.warnings if "summary" in w.reason}
    assert summary_lines == {5, 6, 7, 8}


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_summary_line_given_nowhere_in_full_stays(lang: str) -> None:
    heading, summary, full = PAGES[lang]
    got = parse(_page(heading, summary, full[:3]).encode(), as_of=AS_OF).meetings
    assert len(got) == 4  # three full entries, and the summary's last line
    assert len({m.date for m in got}) == 4
    assert [m.source_line for m in got if m.source_line <= 8] == [8]
    assert [m.venue for m in got if m.source_line > 8] == [f[2] for f in full[:3]]


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_list_of_one_line_entries_not_given_again_stays(lang: str) -> None:
    heading, summary, _ = PAGES[lang]
    got = parse(_page(heading, summary, []).encode(), as_of=AS_OF).meetings
    assert len(got) == len(summary)


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_list_that_only_one_full_entry_repeats_stays(lang: str) -> None:
    """One entry of four given again is no summary: the list's own meetings stay."""
    heading, summary, full = PAGES[lang]
    got = parse(_page(heading, summary, full[:1]).encode(), as_of=AS_OF).meetings
    assert len(got) == len(summary) + 1
