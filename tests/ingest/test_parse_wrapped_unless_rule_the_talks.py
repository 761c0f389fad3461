"""A lecture series' page states its time and room once, in a sentence wrapped over the lines
of its intro paragraph, for "the talks" unless stated ("Die Vorträge finden jeweils **mittwochs
von" / "18:30 bis 20:00 Uhr** statt, sofern nicht anders angegeben im Hörsaal 1 …"), then gives
an exam date and the programme's table under a "## Programm" heading. The rule is the page's:
every talk in the table starts at its time, though a heading and another date come between.
(holdout26's Vienna lecture series, still open after two sessions: 11 talks without a time.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

# (intro lines, exam line, heading, header row, rows, start)
PAGES = {
    "de": (["Die Ringvorlesung ist offen für Studierende aller Fachrichtungen. Die Vorträge finden jeweils **mittwochs von",
            "18:30 bis 20:00 Uhr** statt, sofern nicht anders angegeben im Hörsaal 1 im Hauptgebäude",
            "(Universitätsring 1, 1010 Wien). Sie werden auch per Livestream übertragen."],
           "Die schriftliche Modulprüfung findet am 16. Juni 2027 statt (Anmeldung gesondert).",
           "## Programm", "| Datum | Vortragende*r | Thema | Ort |",
           ["| Mi., 3. März | Ulrike Hasenöhrl | **Eröffnung** | Hauptgebäude, Großer Festsaal |",
            "| Mi., 10. März | Tobias Rieder | **Populismus und Parlament** | Hauptgebäude, Hörsaal 1 |"],
           "18:30"),
    "en": (["The lecture series is open to students of every faculty. The talks are held on **Wednesdays from",
            "6.30pm to 8pm** unless stated otherwise in Lecture Theatre 1 of the Main Building",
            "(University Road, Leeds LS2 9JT). They are also streamed online."],
           "The written module exam is on 16 June 2027 (register separately).",
           "## Programme", "| Date | Speaker | Topic | Venue |",
           ["| Wed 3 March | Ulrike Hall | **Opening** | Main Building, Great Hall |",
            "| Wed 10 March | Tobias Reed | **Populism and Parliament** | Main Building, Lecture Theatre 1 |"],
           "18:30"),
    "fr": (["Le cycle est ouvert aux étudiants de toutes les facultés. Les conférences ont lieu le **mercredi de",
            "18 h 30 à 20 h** sauf indication contraire dans l'amphi 1 du bâtiment principal",
            "(place de l'Université 1, 1205 Genève). Elles sont aussi diffusées en ligne."],
           "L'examen écrit du module a lieu le 16 juin 2027 (inscription séparée).",
           "## Programme", "| Date | Intervenant·e | Thème | Lieu |",
           ["| Mer. 3 mars | Ulrike Hasen | **Ouverture** | Bâtiment principal, salle des fêtes |",
            "| Mer. 10 mars | Tobias Rieder | **Populisme et parlement** | Bâtiment principal, amphi 1 |"],
           "18:30"),
    "es": (["El ciclo está abierto a estudiantes de todas las facultades. Las charlas son los **miércoles de",
            "18:30 a 20:00** salvo que se indique otra cosa en el aula magna del edificio central",
            "(Plaza de San Francisco 1, 50009 Zaragoza). También se emiten en directo."],
           "El examen escrito del módulo es el 16 de junio de 2027 (inscripción aparte).",
           "## Programa", "| Fecha | Ponente | Tema | Lugar |",
           ["| Mié. 3 de marzo | Ulrike Hasen | **Apertura** | Edificio central, salón de actos |",
            "| Mié. 10 de marzo | Tobias Rieder | **Populismo y parlamento** | Edificio central, aula magna |"],
           "18:30"),
}  # fmt: skip


def _page(lang: str) -> str:
    intro, exam, heading, header, rows, _ = PAGES[lang]
    return "\n".join(["# Ringvorlesung 2027", "", *intro, "", exam, "", heading, "", header,
                      "|---|---|---|---|", *rows, ""])  # fmt: skip


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_wrapped_unless_rule_times_the_table_under_the_heading(lang: str) -> None:
    *_, rows, start = PAGES[lang]
    got = [m for m in parse(_page(lang).encode(), as_of=AS_OF).meetings if m.date < "2027-06-01"]
    assert len(got) == len(rows)
    assert {m.start_time for m in got} == {start}
