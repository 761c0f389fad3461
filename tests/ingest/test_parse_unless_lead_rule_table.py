"""A council's page: "Sauf avis contraire, les séances ont lieu le lundi à 19 h 30, à la salle du
conseil de l'hôtel de ville …" over a table "Date | Type de séance | Remarque" whose rows give
only the date and the kind of sitting (holdout31's Rimouski page, after its blind score: all
eleven sittings lost their time and place). The rule's "unless" lead-in does not hide it, the
kind-of-sitting column is a header, and a row's next row is never its wrapped sentence (its
remark "Débute exceptionnellement à 19 h" is its own)."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

PAGES = {
    "fr": ("Sauf avis contraire, les séances ont lieu le lundi à 19 h 30, à la salle du conseil "
           "de l'hôtel de ville de Rimouski, 205, avenue de la Cathédrale.",
           "Date | Type de séance | Remarque",
           ["lundi 7 décembre 2026 | Séance ordinaire |",
            "lundi 14 décembre 2026 | Séance extraordinaire | Débute exceptionnellement à 19 h",
            "lundi 18 janvier 2027 | Séance ordinaire |"],
           "hôtel de ville de Rimouski"),
    "en": ("Unless stated otherwise, the meetings are held on Mondays at 7.30pm in the Council "
           "Chamber, Town Hall, 1 Market Place, Ripon HG4 1DD.",
           "Date | Type of meeting | Notes",
           ["Monday 7 December 2026 | Full Council |",
            "Monday 14 December 2026 | Extraordinary meeting | Starts at 7pm",
            "Monday 18 January 2027 | Full Council |"],
           "Town Hall"),
    "de": ("Sofern nicht anders angegeben, finden die Sitzungen jeweils montags um 19:30 Uhr im "
           "Sitzungssaal des Rathauses Kassel, Obere Königsstraße 8, 34117 Kassel statt.",
           "Datum | Sitzung | Bemerkung",
           ["Montag, 7. Dezember 2026 | Ordentliche Sitzung |",
            "Montag, 14. Dezember 2026 | Sondersitzung | Beginn ausnahmsweise um 19 Uhr",
            "Montag, 18. Januar 2027 | Ordentliche Sitzung |"],
           "Rathauses Kassel"),
    "es": ("Salvo aviso en contrario, las sesiones se celebran los lunes a las 19:30 en el salón "
           "de plenos del Ayuntamiento de Zaragoza, plaza del Pilar 18.",
           "Fecha | Tipo de sesión | Observaciones",
           ["lunes 7 de diciembre de 2026 | Sesión ordinaria |",
            "lunes 14 de diciembre de 2026 | Sesión extraordinaria | Empieza a las 19:00",
            "lunes 18 de enero de 2027 | Sesión ordinaria |"],
           "Ayuntamiento de Zaragoza"),
}  # fmt: skip


@pytest.mark.parametrize("lang", PAGES)
def test_the_rule_times_and_places_the_tables_sittings(lang: str) -> None:
    rule, header, rows, place = PAGES[lang]
    page = "Séances\n\n" + rule + "\n\n" + header + "\n" + "\n".join(rows) + "\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-07", "19:30"),
        ("2026-12-14", "19:00"),  # its own remark's time
        ("2027-01-18", "19:30"),
    ]
    for m in got:
        said = " ".join(filter(None, (m.venue, m.place, m.room, m.address)))
        assert place.split()[-1] in said
