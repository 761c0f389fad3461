"""A sidebar of the latest results under the listing ("Derniers résultats" / "Dim. 22 nov. 2026
– Pau : Prix des Pyrénées, victoire de Sable d'Or"). What the last race days or matches gave
took place: no meeting, with a warning. Before, each result was an extra meeting when the page
was read without its date. (holdout37's race meetings and holdout30's football club, after
holdout37's blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 1)

# (lang, heading, the listing's one entry, two results, the listing's date)
CASES = [
    ("en", "Latest results", "Saturday 12 December 2026, 2pm – Cheltenham racecourse",
     ["Sun 22 Nov 2026 – Newbury: Ladbrokes Trophy, won by Sable d'Or", "Thu 19 Nov 2026 – Wincanton: 7 races"]),
    ("de", "Neueste Ergebnisse", "Samstag, 12. Dezember 2026, 14 Uhr – Rennbahn Iffezheim",
     ["So., 22. Nov. 2026 – Köln: Preis des Winterfavoriten, Sieg für Sable d'Or", "Do., 19. Nov. 2026 – Dortmund: 8 Rennen"]),
    ("fr", "Derniers résultats", "Samedi 12 décembre 2026, 14 h – Hippodrome de Pau",
     ["Dim. 22 nov. 2026 – Pau : Prix des Pyrénées, victoire de Sable d'Or", "Jeu. 19 nov. 2026 – Tarbes : réunion de trot, 8 courses"]),
    ("es", "Últimos resultados", "Sábado 12 de diciembre de 2026, 14:00 h – Hipódromo de la Zarzuela",
     ["Dom. 22 de noviembre de 2026 – Madrid: Gran Premio, victoria de Sable d'Or", "Jue. 19 de noviembre de 2026 – Sevilla: 8 carreras"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "heading", "entry", "results"), CASES)
def test_the_latest_results_are_no_meetings(lang, heading, entry, results) -> None:
    items = "\n".join(f"- {r}" for r in results)
    page = f"# Meeting\n\n{entry}\n\n## {heading}\n\n{items}\n"
    listing = parse(page, today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-12"]
    warned = {w.text.lstrip("-• ") for w in listing.warnings}
    assert set(results) <= warned


@pytest.mark.parametrize(("lang", "heading", "entry", "results"), CASES)
def test_search_results_are_the_listing(lang, heading, entry, results) -> None:
    # "Search results" over the events found: the listing itself
    page = f"# Events\n\n## Search results\n\n- {entry}\n"
    assert [m.date for m in parse(page, today=TODAY, lang=lang).meetings] == ["2026-12-12"]
