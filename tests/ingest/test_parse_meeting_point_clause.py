"""A one-line entry whose title runs past the date's reach, then a clause that says when and
where to meet ("Sa., 23. Januar 2027: GROSSDEMO „Hände weg vom Rosental!“ – Treffpunkt 14 Uhr
Hauptbahnhof"): the time after the meeting-point words is the start, the words after it the
place, and the words before the clause the title. Without such words a far time stays unread
(a title that names a time is no start), and "meet the author" names no meeting point.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

CLAUSES = [
    ("de", "Sa., 23. Januar 2027: GROSSDEMO „Hände weg vom Rosental!“ – Treffpunkt 14 Uhr "
     "Hauptbahnhof, Westseite (Abschluss ca. 16 Uhr am Zoo)", "14:00", "Hauptbahnhof"),
    ("de", "Samstag, 30. Januar 2027: Fahrraddemo „Platz für Räder statt Autos“ – Treffpunkt: "
     "11 Uhr Marktplatz", "11:00", "Marktplatz"),
    ("en", "Sat 30 January 2027: March for Homes \"Hands off our parks and libraries\" – meet 2pm "
     "at Central Station", "14:00", "Central Station"),
    ("en", "Saturday 6 February 2027 – Climate strike for the whole city centre; meeting point "
     "11.30am Victoria Square", "11:30", "Victoria Square"),
    ("fr", "samedi 6 février 2027 : manifestation « Pas touche à nos logements » – rendez-vous à "
     "14 h place de la République", "14:00", "place de la République"),
    ("fr", "dimanche 7 février 2027 : marche pour le climat dans toute la ville – RDV 10h30 parvis "
     "de l'Hôtel de Ville", "10:30", "parvis de l'Hôtel de Ville"),
    ("es", "sábado 13 de febrero de 2027: marcha por la vivienda digna en el centro – punto de "
     "encuentro 12:00 h, Plaza Mayor", "12:00", "Plaza Mayor"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "time", "place"), CLAUSES)
def test_the_meeting_points_time_and_place(lang: str, line: str, time: str, place: str) -> None:
    (m,) = parse(f"Termine\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.start_time == time
    assert m.venue is not None and m.venue.startswith(place)
    assert m.title is not None and m.title[:4] in line[:90]


# Look-alikes: no meeting-point words before the far time, or words that are no meeting point.
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Sat 30 January 2027: Meet the author of \"Hands off our parks\" – Central Library, "
         "a talk about the 2pm closing time"),
        ("de", "Sa., 23. Januar 2027: GROSSDEMO „Hände weg vom Rosental!“ – Treffpunkt wird noch "
         "bekanntgegeben, ab 2 Leuten pro Haus"),
    ],
)  # fmt: skip
def test_a_far_time_without_meeting_point_words_is_no_start(lang: str, line: str) -> None:
    (m,) = parse(f"Termine\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.start_time is None
