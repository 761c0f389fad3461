"""A list whose lines open with a day and month in two-digit dotted numbers, then the entry's
words ("  15.04.  Die Krise des Kapitalismus" under "Alle Vorträge beginnen um 19 Uhr im
Audimax"): each line is a meeting on that day, not a time ("13.05." is no 13:05) and not a line
left out. A section's number ("1.2. Einleitung") or a deadline in a sentence ("bis 15.12. im
Pfarrbüro") is no such date. Written from holdout43's IYSSE Kiel e-mail; the rows are variants,
with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)


@pytest.mark.parametrize(
    ("lang", "rule", "entries"),
    [
        ("de", "Alle Vorträge beginnen um 19 Uhr im Audimax (Hörsaal D):",
         ["  15.04.  Die Krise des Kapitalismus", "  29.04.  Was war die Russische Revolution?",
          "  13.05.  Klimakatastrophe und Profitsystem"]),
        ("fr", "Toutes les conférences commencent à 19 h à l'Aula (bâtiment B) :",
         ["15.04. La crise du capitalisme", "29.04. Qu'était la révolution russe ?",
          "13.05. Catastrophe climatique et profit"]),
        ("en", "All talks start at 7pm in the Aula (building B):",
         ["- 15.04. The crisis of capitalism", "- 29.04. What was the Russian Revolution?",
          "- 13.05. Climate catastrophe and profit"]),
        ("es", "Todas las charlas empiezan a las 19:00 en el Aula Magna:",
         ["15.04. – La crisis del capitalismo", "29.04. – ¿Qué fue la Revolución rusa?",
          "13.05. – Catástrofe climática y beneficio"]),
    ],
)  # fmt: skip
def test_a_column_of_dotted_dates(lang, rule, entries):
    page = "Vorschau 2027\n\n" + rule + "\n\n" + "\n".join(entries) + "\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-04-15", "2027-04-29", "2027-05-13"]
    assert {m.start_time for m in ms} == {"19:00"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a document's sections: one digit each
        ("de", "Inhalt 2027\n\n1.1. Einleitung\n1.2. Ziele\n2.1. Ergebnisse\n"),
        ("en", "Contents 2027\n\n1.2. Introduction\n2.3. Results\n"),
        # a deadline inside a sentence
        ("de", "Hinweis 2027\n\nSachspenden bitte bis 15.12. im Pfarrbüro abgeben.\n"),
        ("fr", "Avis 2027\n\nMerci de rendre les dons avant le 15.12. au secrétariat.\n"),
    ],
)
def test_no_date_from_a_section_number_or_a_sentence(lang, text):
    assert parse(text, as_of=AS_OF, lang=lang).meetings == []


@pytest.mark.parametrize(
    ("lang", "line", "day"),
    [
        ("fr", "17.01. — Dimanche 17 janvier : « Les graines voyageuses »", "2027-01-17"),
        ("de", "17.01. – Sonntag, 17. Januar: Winterwanderung", "2027-01-17"),
    ],
)
def test_a_dotted_date_said_again_in_words_is_one_meeting(lang, line, day):
    ms = parse(f"Programm 2027\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == [day]


@pytest.mark.parametrize("heading", ["Rückschau", "Rückblick", "RÜCKSCHAU"])
def test_a_review_section_s_dotted_dates_are_past(heading):
    page = (
        "Programm 2027\n\n• 12.02. – Lesung: Clemens Meyer, 19.30 Uhr\n\n"
        f"{heading}\n\n• 26.11. – Lesung mit Daniela Krien: ausverkauft!\n"
        "• 19.11. – Lange Nacht der Lyrik\n"
    )
    ms = parse(page, today=date(2026, 12, 1), lang="de").meetings
    assert [m.date for m in ms] == ["2027-02-12"]
