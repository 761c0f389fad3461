"""A page's own date at its foot, said with the word a programme or a notice uses: "Programme
publié le 8 décembre 2026", "Published 30 November 2026", "Veröffentlicht am 1. Dezember
2026", "Publicado el 1 de diciembre de 2026", or a version's date ("Programme susceptible de
modifications – version du 26 novembre 2026", "Fassung vom 1. Dezember 2026", "Versión del 1
de diciembre de 2026"). Read without ``--as-of``, it is the page's date (``asof.footer_date``):
the stamp is no meeting, and a past edition the page recalls ("Édition précédente : du 19 au
22 mars 2026") is in the past. From holdout10's Liège and Lille festival pages; the rows are
variants written from the pattern, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.asof import DATELINE
from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 20)
ENTRIES = {
    "en": "Thursday 14 January 2027, 7pm – Opening night, Central Library, Leeds",
    "fr": "jeudi 14 janvier 2027, 19 h – Soirée d'ouverture, Médiathèque, Lyon",
    "de": "Donnerstag, 14. Januar 2027, 19 Uhr – Eröffnung, Stadtbibliothek, Köln",
    "es": "jueves 14 de enero de 2027, 19 h – Inauguración, Biblioteca, Rosario",
}
PAST = {
    "en": "Previous edition: 12 March 2026, 3,000 visitors.",
    "fr": "Édition précédente : le 12 mars 2026, 2 000 spectateurs.",
    "de": "Letztes Festival: 12. März 2026, ausverkauft.",
    "es": "Edición anterior: 12 de marzo de 2026, entradas agotadas.",
}


# fmt: off
@pytest.mark.parametrize("lang,stamp,day", [
    ("fr", "Programme publié le 8 décembre 2026, sous réserve de modifications.", "2026-12-08"),
    ("fr", "Programme susceptible de modifications – version du 26 novembre 2026", "2026-11-26"),
    ("fr", "Version du 3 décembre 2026", "2026-12-03"),
    ("en", "Published 30 November 2026 by the festival committee", "2026-11-30"),
    ("en", "Programme subject to change – version of 2 December 2026", "2026-12-02"),
    ("de", "Veröffentlicht am 1. Dezember 2026", "2026-12-01"),
    ("de", "Änderungen vorbehalten – Fassung vom 4. Dezember 2026", "2026-12-04"),
    ("es", "Publicado el 1 de diciembre de 2026", "2026-12-01"),
    ("es", "Programa sujeto a cambios – versión del 29 de noviembre de 2026", "2026-11-29"),
])
# fmt: on
def test_a_footer_stamp_is_the_pages_date_and_no_meeting(lang, stamp, day):
    page = f"Festival\n\n{ENTRIES[lang]}\n\n{PAST[lang]}\n\n{stamp}\n"
    listing = parse(page, today=TODAY, lang=lang)
    assert (listing.as_of, listing.as_of_origin) == (date.fromisoformat(day), DATELINE)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]


# fmt: off
@pytest.mark.parametrize("lang,line", [
    ("en", "Film night (English version) 3 December 2026, 7pm, Central Library"),
    ("fr", "Ciné-club (version originale) 3 décembre 2026, 19 h, Médiathèque"),
])
# fmt: on
def test_a_version_not_right_before_the_date_is_no_stamp(lang, line):
    listing = parse(f"Festival\n\n{ENTRIES[lang]}\n\n{line}\n", today=TODAY, lang=lang)
    assert listing.as_of_origin != DATELINE
    assert [m.date for m in listing.meetings] == ["2027-01-14", "2026-12-03"]


PROGRAMME = """Rencontres du cinéma social — 4e édition

jeudi 14 janvier 2027, 19 h – Soirée d'ouverture, La Cité Miroir, Liège
vendredi 15 janvier 2027, 20 h 30 – Projection-débat, Cinéma Sauvenière, Liège
samedi 16 janvier 2027, 14 h – Atelier, Maison du Peuple, Seraing

INFOS PRATIQUES
Édition précédente : du 19 au 22 mars 2026, 2 400 spectateurs.

Programme susceptible de modifications – version du 26 novembre 2026
"""


def test_a_programme_with_its_version_at_the_foot():
    listing = parse(PROGRAMME, today=TODAY, lang="fr")
    assert listing.as_of == date(2026, 11, 26)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2027-01-14", "19:00"),
        ("2027-01-15", "20:30"),
        ("2027-01-16", "14:00"),
    ]
