"""A long list entry led by its date, a dash, then the talk's quoted title (issue 17 items 8 and
10; holdout7's French newsletter): "• Mardi 8 décembre — « L’eau, un bien commun ? » avec
Hélène Garnier, hydrologue — Médiathèque Jacques Demy, salle Jules-Verne (24 quai de la
Fosse)", under "toutes les conférences commencent à 18h30". However long, the line is an entry
(its time the list's), as with a title in plain words after the dash; a sentence that only
mentions a date, without a time, stays a warning.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 26)

# fmt: off
ROWS = [
    # (lang, the list's time, the entry, date, time, venue)
    ("fr", "Sauf mention contraire, toutes les conférences commencent à 18h30.",
     "• Mardi 8 décembre — « L’eau, un bien commun ? » avec Hélène Garnier, hydrologue — "
     "Médiathèque Jacques Demy, salle Jules-Verne (24 quai de la Fosse)",
     "2026-12-08", "18:30", "Médiathèque Jacques Demy"),
    ("fr", "Sauf mention contraire, toutes les conférences commencent à 18h30.",
     "• Jeudi 17 décembre — « Les grandes grèves de Saint-Nazaire, 1955 » par Yves Le Bihan — "
     "Maison des syndicats, 1 place de la Gare",
     "2026-12-17", "18:30", "Maison des syndicats"),
    ("en", "Unless stated otherwise, all talks start at 7.30pm.",
     "• Tuesday 8 December — “Water as a commons: who owns the river?” with Helen Gardner, "
     "hydrologist — Central Library, Lecture Theatre (24 Quay Street)",
     "2026-12-08", "19:30", "Central Library"),
    ("de", "Alle Vorträge beginnen, wenn nicht anders angegeben, um 19 Uhr.",
     "• Dienstag, 8. Dezember — „Wasser als Gemeingut: Wem gehört der Fluss?“ mit Dr. Helga "
     "Gartner, Hydrologin — Stadtbibliothek, Vortragssaal (Am Kai 24)",
     "2026-12-08", "19:00", "Stadtbibliothek"),
    ("es", "Salvo indicación contraria, todas las charlas empiezan a las 19 h.",
     "• Martes 8 de diciembre — «El agua, ¿un bien común?» con Helena García, hidróloga, y "
     "vecinos del barrio — Biblioteca Popular Almafuerte, sala de lectura (Olavarría 742)",
     "2026-12-08", "19:00", "Biblioteca Popular Almafuerte"),
]
# fmt: on
IDS = [f"{r[0]}-{r[5]}" for r in ROWS]


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_a_long_entry_with_a_quoted_title_is_a_meeting(row):
    lang, rule, entry, day, time, venue = row
    assert len(entry) > 110
    page = f"Agenda\n\n{rule}\n\n{entry}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == (day, time)
    assert m.venue == venue


@pytest.mark.parametrize(
    "line,lang",
    [
        ("Merci à toutes et à tous d’être venus si nombreux à la conférence du mardi 8 décembre "
         "« L’eau, un bien commun ? » à la médiathèque, nous publierons bientôt la vidéo.", "fr"),
        ("Thank you all for coming to the talk on Tuesday 8 December — “Water as a commons” — "
         "at the Central Library; the recording will be online soon for those who missed it.",
         "en"),
    ],
)  # fmt: skip
def test_a_sentence_that_mentions_a_date_is_no_entry(line, lang):
    listing = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert listing.meetings == [] or all(m.start_time is None for m in listing.meetings)
    assert any(w.line == 3 for w in listing.warnings)


def test_a_newsletter_through_the_cli(tmp_path):
    path = tmp_path / "lettre.txt"
    path.write_text(
        "Agenda de décembre\n\n" + ROWS[0][1] + "\n\nCONFÉRENCES\n\n"
        + "\n".join(r[2] for r in ROWS if r[0] == "fr")
        + "\n• Mardi 12 janvier à 20h — « Intelligence artificielle et travail » — Le Lieu Unique\n",
        encoding="utf-8",
    )  # fmt: skip
    got = [
        (m["date"], m["start_time"], m["venue"])
        for m in cli_meetings(path, "--as-of", "2026-11-26")
    ]
    assert got == [
        ("2026-12-08", "18:30", "Médiathèque Jacques Demy"),
        ("2026-12-17", "18:30", "Maison des syndicats"),
        ("2027-01-12", "20:00", "Le Lieu Unique"),
    ]
