"""A line that says there is no meeting in a named period, its dates in brackets ("There is no
seminar in Reading Week (Mon 22 Feb – Fri 26 Feb).") is no meeting: "in Reading Week" names a
time, not another place. A remark about another place, "(no meeting at Hartington Grove that
day)", still leaves its line's meeting, and is no part of its place."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 6)


# fmt: off
@pytest.mark.parametrize("line", [
    "There is no seminar in Reading Week (Mon 22 Feb – Fri 26 Feb).",
    "There is no meeting in the Easter holidays (Mon 22 Mar – Fri 2 Apr).",
    "Kein Seminar in der Lesewoche (Mo 22.02. – Fr 26.02.).",
    "Kein Treffen in den Osterferien (Mo 22.03. – Fr 02.04.).",
    "Pas de séminaire pendant les vacances (lundi 22 février – vendredi 26 février).",
    "No hay seminario en Semana Santa (lunes 22 de marzo – viernes 26 de marzo).",
])
# fmt: on
def test_no_meeting_in_a_named_period_is_no_meeting(line: str) -> None:
    page = f"Seminars\n\nAll seminars are at 4pm unless stated.\n\n{line}\n"
    assert parse(page, as_of=AS_OF).meetings == []


@pytest.mark.parametrize(
    "line,place",
    [
        ("Wed 24 Feb, 7pm at Jesus Lane (no meeting at Hartington Grove that day)", "Jesus Lane"),
        ("Mi 24.02., 19 Uhr im Café Libertad (kein Treffen im Bürgerhaus Nord)", "Café Libertad"),
        ("mer. 24 février, 19 h, Bourse du Travail (pas de réunion à la Maison du peuple)",
         "Bourse du Travail"),
        ("miércoles 24 de febrero, 19 h, Ateneo (no hay reunión en el Centro Cívico)", "Ateneo"),
    ],
)
def test_a_remark_about_another_place_leaves_the_meeting(line: str, place: str) -> None:
    (m,) = parse(f"Meetings\n\n{line}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-02-24", "19:00")
    assert m.venue == place  # the remark is about another place: not this meeting's


# "aucun cours", "aucune séance", "aucun entraînement": French says "none" as well as "pas de"
# (holdout39's skating club: "Relâche des Fêtes : aucun cours du 21 décembre 2026 au 3 janvier
# 2027 inclusivement." was a meeting titled "inclusivement"). The other languages' rows held.
@pytest.mark.parametrize(
    "line",
    [
        "Relâche des Fêtes : aucun cours du 21 décembre 2026 au 3 janvier 2027 inclusivement.",
        "Vacances : aucune séance du lundi 22 février au vendredi 5 mars.",
        "Aucun entraînement le samedi 27 février (tournoi régional).",
        "Weihnachtspause: keine Kurse vom 21. Dezember 2026 bis 3. Januar 2027.",
        "Vacaciones: no hay clases del 21 de diciembre de 2026 al 3 de enero de 2027.",
    ],
)
def test_none_of_the_classes_in_a_period_is_no_meeting(line: str) -> None:
    listing = parse(f"Calendrier\n\n{line}\n", as_of=date(2026, 12, 1))
    assert listing.meetings == []
    assert any("not a meeting" in w.reason for w in listing.warnings)
