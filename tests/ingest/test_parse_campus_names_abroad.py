"""Universities named in German, French, Spanish, Catalan and Portuguese are campuses, as "Wayne
State University" is: "Humboldt-Universität zu Berlin", "Freie Universität Berlin", "Université
Lumière Lyon 2 – campus Porte des Alpes", "Universidad Complutense de Madrid", "Universitat
Rovira i Virgili", "Université du Québec à Trois-Rivières", "UAM Xochimilco". A chapter page's
heading that names one is the place of the meeting under it, even with a blank line between
them (as a CMS writes a heading over its paragraph). A building's word ends the name
("Universität Leipzig Hörsaal 3"), and the word alone ("die Universität") names none.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import find_campus

AS_OF = date(2026, 11, 20)

NAMES = [
    ("Humboldt-Universität zu Berlin", "Humboldt-Universität zu Berlin"),
    ("Freie Universität Berlin", "Freie Universität Berlin"),
    ("Universität der Künste Berlin", "Universität der Künste Berlin"),
    ("Alice Salomon Hochschule Berlin", "Alice Salomon Hochschule Berlin"),
    ("Hochschule für Technik und Wirtschaft Berlin", "Hochschule für Technik und Wirtschaft Berlin"),
    ("Ludwig-Maximilians-Universität München", "Ludwig-Maximilians-Universität München"),
    ("Universität Leipzig, Hörsaal 3", "Universität Leipzig"),
    ("Universität Zürich Hauptgebäude", "Universität Zürich"),
    ("ETH Zürich", "ETH Zürich"),
    ("Université de Montréal", "Université de Montréal"),
    ("Université Lumière Lyon 2 – campus Porte des Alpes", "Université Lumière Lyon 2"),
    ("Université Paul-Valéry Montpellier 3", "Université Paul-Valéry Montpellier 3"),
    ("Université du Québec à Trois-Rivières", "Université du Québec à Trois-Rivières"),
    ("Université de Pau et des Pays de l'Adour", "Université de Pau et des Pays de l'Adour"),
    ("Universidad Complutense de Madrid", "Universidad Complutense de Madrid"),
    ("Universidad Nacional Autónoma de México", "Universidad Nacional Autónoma de México"),
    ("Universidad de Buenos Aires, Facultad de Filosofía y Letras", "Universidad de Buenos Aires"),
    ("Universitat Rovira i Virgili", "Universitat Rovira i Virgili"),
    ("Universidade de São Paulo", "Universidade de São Paulo"),
    ("UAM Xochimilco", "UAM Xochimilco"),
    ("UNAM, Facultad de Ciencias Políticas", "UNAM"),
    ("UCLouvain, auditoire SOCR 10 (Socrate)", "UCLouvain"),
    ("UMONS – Campus de la Plaine de Nimy", "UMONS"),
    # a Hochschule's word in one with what it teaches, and the short names of a TH, FH or HAW
    ("Deutsche Sporthochschule Köln", "Deutsche Sporthochschule Köln"),
    ("Musikhochschule Lübeck, Großer Saal", "Musikhochschule Lübeck"),
    ("Kunsthochschule Berlin-Weißensee", "Kunsthochschule Berlin-Weißensee"),
    ("TH Köln – Campus Deutz", "TH Köln"),
    ("FH Aachen, Raum 3", "FH Aachen"),
    ("HAW Hamburg", "HAW Hamburg"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_the_campus_name(text: str, name: str) -> None:
    found = find_campus(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    ["die Universität", "an der Universität", "Universität", "Universitätsstraße 3",
     "Lesung in der Stadtbibliothek", "LMU Hauptgebäude", "Bar Universität", "Stammtisch Universität",
     "Die Universität im Nationalsozialismus", "Treffpunkt U-Bahn Universität",
     "Volkshochschule Bielefeld", "Städtische Volkshochschule Köln", "TH 19:00"],
)  # fmt: skip
def test_no_campus_named(text: str) -> None:
    assert find_campus(text) is None


PAGES = [
    ("de", "Humboldt-Universität zu Berlin", "Dienstag, 1. Dezember 2026, 18:00 Uhr",
     "Hauptgebäude, Hörsaal 2097", "Unter den Linden 6, 10117 Berlin"),
    ("fr", "Université Lumière Lyon 2 – campus Porte des Alpes", "Jeudi 26 novembre 2026 à 18 h 30",
     "Amphithéâtre C, bâtiment Europe", "5 avenue Pierre Mendès-France, 69500 Bron"),
    ("es", "Universidad Complutense de Madrid", "Jueves 26 de noviembre de 2026, 19:00 h",
     "Facultad de Ciencias de la Información, aula 3", "Av. Complutense, s/n, 28040 Madrid"),
    ("en", "Universität Wien", "Thursday 26 November 2026, 6.30pm",
     "Hauptgebäude, Hörsaal 1", "Universitätsring 1, 1010 Wien"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "heading", "when", "hall", "street"), PAGES)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_campus_heading_is_the_meetings_place(
    lang: str, heading: str, when: str, hall: str, street: str, gap: str
) -> None:
    page = f"Termine\n\n{heading}{gap}{when}\n{hall}\n{street}\nFacebook-Event\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert heading.split(" – ")[0] in " ".join(filter(None, [m.place, m.campus]))
    assert m.venue is not None and m.venue.startswith(hall.split(",")[0])


@pytest.mark.parametrize(
    ("lang", "heading", "when", "campus"),
    [
        ("de", "ABGESAGT – Universität Zürich", "Mi 2.12. | 18.15 Uhr", "Universität Zürich"),
        ("de", "ABGESAGT: Universität der Künste Berlin", "Do 10.12. | 18 Uhr",
         "Universität der Künste Berlin"),
        ("fr", "ANNULÉ – Université de Genève", "Mer. 2.12. | 18 h 15", "Université de Genève"),
        ("es", "CANCELADO – Universidad de Chile", "Mié 2/12 | 18:15 h", "Universidad de Chile"),
        ("en", "CANCELLED – University of Toronto", "Wed 2 Dec | 6.15pm", "University of Toronto"),
    ],
)  # fmt: skip
def test_a_cancelled_campus_heading_is_still_the_place(
    lang: str, heading: str, when: str, campus: str
) -> None:
    page = f"Termine\n\nUniversität Basel\n\nDo 26.11. | 18.15 Uhr\nKollegienhaus\n\n{heading}\n\n{when}\nHauptgebäude\n"
    m = parse(page, as_of=AS_OF, lang=lang).meetings[-1]
    assert m.status == "cancelled"
    assert campus in " ".join(filter(None, [m.place, m.campus]))


@pytest.mark.parametrize(
    ("campus", "street"),
    [
        ("Université Toulouse Jean Jaurès", "5 allées Antonio Machado, 31058 Toulouse"),
        ("Université Paul Sabatier", "118 route de Narbonne, 31062 Toulouse"),
        ("Université Grenoble Alpes", "621 avenue Centrale, 38400 Saint-Martin-d’Hères"),
        ("Université de Lille", "42 allée Paul Langevin, 59650 Villeneuve-d'Ascq"),
    ],
)  # fmt: skip
def test_a_campus_over_its_street_under_a_title(campus: str, street: str) -> None:
    """An events plugin's card: the date, the talk's title, then the campus over its street
    (French streets after their number, "allées" as well as "allée")."""
    page = f"Réunions\n\nmardi 1 décembre @ 18h30 - 20h30\n\nLa guerre en Europe\n\n{campus}\n{street}\n"
    (m,) = parse(page, as_of=AS_OF, lang="fr").meetings
    assert m.campus == campus
