"""A theatre's season page lists each show's performances under a label ("Représentations",
"Performances", "Vorstellungen", "Funciones") over bulleted dates. The label is no town: the
performances are at the theatre the page belongs to. A town in capitals over such a list
still is a town. (holdout27's Liège theatre page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)

# (site, show, credits, blurb, label, three bulleted dates with times)
PAGES = [
    ("Théâtre de Liège", "LA CERISAIE", "d'Anton Tchekhov — mise en scène Élodie Vanderstraeten",
     "Une famille ruinée revient dans la maison de son enfance, promise à la vente.",
     "Représentations", ["Mar. 08.12 20:00", "Mer. 09.12 19:00", "Jeu. 10.12 20:00"]),
    ("Citizens Theatre", "THE CHERRY ORCHARD", "by Anton Chekhov — directed by Ellen Moss",
     "A ruined family returns to the house of its childhood, promised to the auction.",
     "Performances", ["Tue 8 Dec 7.30pm", "Wed 9 Dec 7pm", "Thu 10 Dec 7.30pm"]),
    ("Schauspielhaus Graz", "DER KIRSCHGARTEN", "von Anton Tschechow — Regie: Lena Haas",
     "Eine ruinierte Familie kehrt in das Haus ihrer Kindheit zurück.",
     "Vorstellungen", ["Di. 08.12. 19:30", "Mi. 09.12. 19:00", "Do. 10.12. 19:30"]),
    ("Teatro Solís", "EL JARDÍN DE LOS CEREZOS", "de Antón Chéjov — dirección: Ana Ríos",
     "Una familia arruinada vuelve a la casa de su infancia, que será rematada.",
     "Funciones", ["Mar. 08/12 · 20:00 h", "Mié. 09/12 · 19:00 h", "Jue. 10/12 · 20:00 h"]),
]  # fmt: skip


def _page(site: str, show: str, credits: str, blurb: str, label: str, dates: list[str]) -> str:
    items = "".join(f"<li>{d}</li>" for d in dates)
    return (
        f"<html><head><title>{site} – Programme</title></head><body>"
        f"<header><p>{site}</p><nav><ul><li>Programme</li><li>Tickets</li></ul></nav></header>"
        f"<main><article><h2>{show}</h2><p>{credits}</p><p>{blurb}</p>"
        f"<h4>{label}</h4><ul>{items}</ul><p>2h40</p></article></main></body></html>"
    )


@pytest.mark.parametrize("row", PAGES, ids=["fr", "en", "de", "es"])
def test_the_label_over_the_performances_is_no_town(row: tuple) -> None:
    site, label = row[0], row[4]
    listing = parse(_page(*row), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-12-08", "2026-12-09", "2026-12-10"]
    for m in listing.meetings:
        assert m.city != label and m.place != label
        assert m.venue == site


def test_a_town_in_capitals_over_the_list_is_still_a_town() -> None:
    text = (
        "TOURNÉE DE LA TROUPE\n\nNAMUR\n\n- mardi 8 décembre, 20 h\n- mercredi 9 décembre, 19 h\n"
    )
    listing = parse(text, as_of=AS_OF)
    assert [m.city for m in listing.meetings] == ["Namur", "Namur"]
