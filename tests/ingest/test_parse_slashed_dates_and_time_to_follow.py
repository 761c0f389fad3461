"""Two ways a blog's list of dates says a meeting that the parser used to pass over.

A slashed day and month without a weekday or a year ("Réunion du collectif le 17/12 à 19h45")
is a date when a sentence says so: "le", "el", "on", "am" before it and its time right after.
Not a deadline without a time ("avant le 15/01"), a fraction or a score, nor a date joined to
an earlier one ("cierra el 24/12 y el 31/12 a las 18 h", whose first date is the one read).

A dated sentence that says its time is still to come ("Mittwoch, 10. März 2027, Uhrzeit und
Hörsaal folgen", "Samedi 13 mars (horaire à préciser) : chantier …") is a meeting with its time
to be announced, not a date mentioned in passing."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("line", "lang", "want"),
    [
        ("- Réunion du collectif le 17/12 à 19h45, Maison de quartier Pierre-Legrand.", "fr",
         ("2026-12-17", "19:45")),
        ("- Le 18/03 à 19h45 : réunion du collectif (Maison de quartier Pierre-Legrand).", "fr",
         ("2027-03-18", "19:45")),
        ("- Asamblea del barrio el 18/03 a las 19 h en el Ateneo La Maliciosa.", "es",
         ("2027-03-18", "19:00")),
        ("- Branch meeting on 12/17 at 7pm, Trades Hall.", "en", ("2026-12-17", "19:00")),
        ("- Mitgliederversammlung am 17/12 um 19 Uhr im Gewerkschaftshaus.", "de",
         ("2026-12-17", "19:00")),
    ],
)  # fmt: skip
def test_a_slashed_date_said_in_a_sentence_with_its_time(line: str, lang: str, want) -> None:
    page = f"Les rendez-vous :\n\n{line}\n"
    meetings = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in meetings] == [want]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Rappel : le renouvellement des contrats se fait avant le 15/01, chèques à Bruno.", "fr"),
        ("Por las fiestas, la librería cierra el 24/12 y el 31/12 a las 18 h.", "es"),
        ("Add 1/2 cup of flour at 7pm sharp, said the recipe.", "en"),
        ("Endstand 3/4 um 19 Uhr: das Spiel ist aus.", "de"),
    ],
)
def test_a_slashed_number_that_no_sentence_makes_a_meeting(line: str, lang: str) -> None:
    page = f"Notes\n\n{line}\n"
    assert parse(page, as_of=AS_OF, lang=lang).meetings == []


TO_FOLLOW = [
    ("de", "**TU Wien** – Mittwoch, 10. März 2027, Uhrzeit und Hörsaal folgen. Thema: „Technik für "
     "den Krieg? Forschung, Drittmittel und Rüstungsindustrie“", "2027-03-10", "TU Wien"),
    ("fr", "- Samedi 13 mars (horaire à préciser) : chantier participatif chez Willy, notre "
     "maraîcher, à Fretin — plantation de la haie. Prévoir bottes et gants.", "2027-03-13", "Fretin"),
    ("en", "- Saturday 13 March, time to be confirmed: tree planting with the Friends of Castle "
     "Park at the Castle Park gates – bring gloves and boots, tools are provided.", "2027-03-13",
     "Castle Park"),
    ("es", "- Sábado 13 de marzo, hora por confirmar: jornada de plantación en el Parque del "
     "Oeste con la asociación de vecinos; traed guantes y botas, ponemos herramientas.",
     "2027-03-13", "Parque del Oeste"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "day", "place"), TO_FOLLOW)
def test_a_date_whose_time_is_to_follow_is_a_meeting(
    lang: str, line: str, day: str, place: str
) -> None:
    page = f"Vorschau\n\n{line}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == (day, None)
    assert m.time_tba
    values = " | ".join(v for v in (m.venue, m.room, m.campus, m.place, m.city, m.address) if v)
    assert place in values


# A long sentence that mentions a date and says nothing of a time to come stays no meeting.
def test_a_date_in_passing_stays_no_meeting() -> None:
    line = (
        "Die Gewerkschaft hat am Mittwoch, 10. März 2027, ihre Forderungen vorgelegt und "
        "erwartet eine Antwort der Arbeitgeber bis Ende des Monats, wie sie mitteilte."
    )
    assert parse(f"Nachrichten\n\n{line}\n", as_of=AS_OF, lang="de").meetings == []
