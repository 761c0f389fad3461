"""A dated line whose rest is a talk's title, then who gives it and maybe their trade: "Mercredi
13 janvier — La grève de l'amiante (1949), avec Geneviève Tremblay, historienne", "Wednesday 13
January — The asbestos strike, with Dr Jane Doe", "Mittwoch, 13. Januar — Der Streik von 1969,
mit Jana Weber, Historikerin". The title is no venue and the person no room: the meeting names
no place of its own (a list's place or time still applies), its speaker is the person. A place
after "with" ("with Leeds Trades Council") or a venue in the title keeps being read as one.
(holdout23's c-upop-montreal, after its blind score.)"""

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# fmt: off
ROWS = [
    ("fr", "Mercredi 13 janvier 2027 à 19 h — La grève de l'amiante d'Asbestos (1949) et la "
           "naissance du Québec moderne, avec Geneviève Tremblay, historienne",
     "La grève de l'amiante d'Asbestos (1949) et la naissance du Québec moderne",
     "Geneviève Tremblay"),
    ("fr", "Mardi 16 février 2027 à 19 h — Qu'est-ce qu'un algorithme ?, avec Karim Benali, "
           "informaticien", "Qu'est-ce qu'un algorithme ?", "Karim Benali"),
    ("en", "Wednesday 13 January 2027, 7pm — The asbestos strike of 1949, with Dr Jane Doe",
     "The asbestos strike of 1949", "Dr Jane Doe"),
    ("en", "Tuesday 16 February 2027, 7pm — What is an algorithm?, with Karim Benali, "
           "computer scientist", "What is an algorithm?", "Karim Benali"),
    ("de", "Mittwoch, 13. Januar 2027, 19 Uhr — Der Septemberstreik von 1969, mit Jana Weber, "
           "Historikerin", "Der Septemberstreik von 1969", "Jana Weber"),
    ("es", "Miércoles 13 de enero de 2027, 19 h — La huelga de 1949, con Lucía Pérez, "
           "investigadora", "La huelga de 1949", "Lucía Pérez"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,title,speaker", ROWS)
def test_a_title_and_its_speaker_name_no_place(
    lang: str, line: str, title: str, speaker: str
) -> None:
    (m,) = parse(f"Programme\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.title, m.speaker) == (title, speaker)
    assert (m.venue, m.room, m.address) == (None, None, None)


def test_a_list_place_applies_to_such_entries(tmp_path) -> None:
    page = (
        "Cycle 1\n\nTous les cours ont lieu au Centre Saint-Pierre, 1212, rue Panet, Montréal.\n\n"
        "- Mercredi 13 janvier 2027, 19 h — La grève de l'amiante, avec Geneviève Tremblay, "
        "historienne\n- Mercredi 20 janvier 2027, 19 h — Le Front commun, avec Marc Gagnon\n"
    )
    ms = parse(page, as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.speaker) for m in ms] == [
        ("2027-01-13", "Geneviève Tremblay"),
        ("2027-01-20", "Marc Gagnon"),
    ]
    assert all(m.venue is None or "Centre Saint-Pierre" in m.venue for m in ms)
    path = tmp_path / "cours.txt"
    path.write_text(page, encoding="utf-8")
    cli = cli_meetings(path, "--as-of", AS_OF.isoformat(), "--lang", "fr")
    assert [m["title"] for m in cli] == ["La grève de l'amiante", "Le Front commun"]


# fmt: off
@pytest.mark.parametrize("lang,line,venue", [
    ("en", "Wednesday 13 January 2027, 7pm — Reading at Central Library, with Ana Ruiz",
     "Central Library"),
    ("fr", "Mercredi 13 janvier 2027 à 19 h — Bourse du Travail, avec Marie Dupont", "Bourse du Travail"),
])
# fmt: on
def test_a_place_stays_a_place(lang: str, line: str, venue: str) -> None:
    (m,) = parse(f"Programme\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    places = " ".join(v for v in (m.venue, m.place, m.address, m.room) if v)
    assert venue in places
