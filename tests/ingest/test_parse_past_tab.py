"""An events tab's past events: the one word over them ("Past", "Passés", "Vergangene",
"Pasados") is a heading over what took place, as "Past events" is; its entries, newest first,
are no meetings, each warned about. The same word right under "Upcoming" ("À venir" / "Passés",
the tabs at the top of the page) is a tab, not a heading: the upcoming events under it stay. From
the Lyon Facebook events tab of tests/ingest/corpus/holdout8; the rows are variants written from
the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

# (language, the tabs line, two upcoming entries, the past heading, two past entries)
# fmt: off
ROWS = [
    ("fr", "À venir   Passés",
     "MER. 2 DÉC. À 18:30\nAtelier d'écriture\nBibliothèque du 1er · 7 rue Saint-Polycarpe, 69001 Lyon\n\n"
     "VEN. 4 DÉC. À 20:00\nProjection-débat\nCinéma Comœdia · 13 avenue Berthelot, 69007 Lyon\n",
     "Passés",
     "SAM. 14 NOV. À 09:00\nVide-grenier\nPlace Sathonay, 69001 Lyon\n"
     "SAM. 7 NOV. À 14:30\nNettoyage des berges\nQuai Saint-Vincent, 69001 Lyon\n"),
    ("fr", "À venir · Passées",
     "MER. 2 DÉC. À 18:30\nAtelier d'écriture\nBibliothèque du 1er · 7 rue Saint-Polycarpe, 69001 Lyon\n\n"
     "VEN. 4 DÉC. À 20:00\nProjection-débat\nCinéma Comœdia · 13 avenue Berthelot, 69007 Lyon\n",
     "Passées",
     "SAM. 14 NOV. À 09:00\nVide-grenier\nPlace Sathonay, 69001 Lyon\n"
     "SAM. 7 NOV. À 14:30\nNettoyage des berges\nQuai Saint-Vincent, 69001 Lyon\n"),
    ("en", "Upcoming   Past",
     "WED, DEC 2 AT 6:30 PM\nWriting workshop\nCentral Library · 12 Main St, Springfield\n\n"
     "FRI, DEC 4 AT 8 PM\nFilm night\nRoxy Cinema · 77 High St, Springfield\n",
     "Past",
     "SAT, NOV 14 AT 9 AM\nYard sale\nElm Park, Springfield\n"
     "SAT, NOV 7 AT 2:30 PM\nRiver cleanup\nRiverside Drive, Springfield\n"),
    ("de", "Bevorstehend   Vergangene",
     "MI., 2. DEZ. UM 18:30\nSchreibwerkstatt\nStadtbibliothek · Hauptstr. 12, 10827 Berlin\n\n"
     "FR., 4. DEZ. UM 20:00\nFilmabend\nKino Babylon · Rosa-Luxemburg-Str. 30, 10178 Berlin\n",
     "Vergangene",
     "SA., 14. NOV. UM 09:00\nFlohmarkt\nMariannenplatz, 10997 Berlin\n"
     "SA., 7. NOV. UM 14:30\nAufräumaktion\nLandwehrkanal, 10999 Berlin\n"),
    ("es", "Próximos   Pasados",
     "MIÉ, 2 DIC. A LAS 18:30\nTaller de escritura\nBiblioteca Central · Calle Mayor 12, Madrid\n\n"
     "VIE, 4 DIC. A LAS 20:00\nCine-debate\nCine Doré · Calle Santa Isabel 3, Madrid\n",
     "Pasados",
     "SÁB, 14 NOV. A LAS 09:00\nMercadillo\nPlaza de la Cebada, Madrid\n"
     "SÁB, 7 NOV. A LAS 14:30\nLimpieza del parque\nParque del Retiro, Madrid\n"),
]
# fmt: on


def _page(tabs: str, upcoming: str, heading: str, past: str) -> str:
    return f"Événements\n{tabs}\n\n{upcoming}\n{heading}\n{past}"


@pytest.mark.parametrize("lang,tabs,upcoming,heading,past", ROWS)
def test_the_past_tab_entries_are_no_meetings(lang, tabs, upcoming, heading, past):
    page = _page(tabs, upcoming, heading, past)
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-02", "18:30"), ("2026-12-04", "20:00"),
    ]  # fmt: skip
    past_lines = {i + 1 for i, t in enumerate(page.splitlines()) if "NOV" in t}
    warned = {w.line for w in listing.warnings if heading in w.reason}
    assert past_lines <= warned


@pytest.mark.parametrize("lang,tabs,upcoming,heading,past", ROWS)
def test_tabs_one_under_the_other_keep_the_upcoming_events(lang, tabs, upcoming, heading, past):
    upcoming_word = tabs.split()[0]
    page = f"Événements\n{upcoming_word}\n{heading}\n\n{upcoming}"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-02", "2026-12-04"]


def test_a_word_that_only_starts_like_it_is_no_heading():
    page = (
        "Events\n\nPasta night\n\n"
        "SAT, DEC 5 AT 7 PM\nPasta and politics\nUnion Hall · 54 Victoria St\n"
    )
    assert [m.date for m in parse(page, as_of=AS_OF).meetings] == ["2026-12-05"]


def test_through_eventmap_parse(tmp_path):
    lang, tabs, upcoming, heading, past = ROWS[0]
    path = tmp_path / "evenements.txt"
    path.write_text(_page(tabs, upcoming, heading, past), encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat(), "--lang", lang)
    assert [m["date"] for m in listing["meetings"]] == ["2026-12-02", "2026-12-04"]
    assert sum("Passés" in w["reason"] for w in listing["warnings"]) == 2
