"""A card's detail line may give the place, then the time after a comma ("Patio de la
biblioteca, a las 19.30", "Library courtyard, at 7.30pm", "Bibliothekshof, um 19.30 Uhr",
"Cour de la bibliothèque, à 19 h 30"): the time is the meeting's and no part of its place.
Before, "a las 18 h" was read as the venue ("Sala 2, a las 18 h")."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("page", "place", "time"),
    [
        ("Agenda\n\nWed 9 December\nFilm night: Nine Queens\nLibrary courtyard, at 7.30pm\n",
         "Library courtyard", "19:30"),
        ("Termine\n\nMi 9.12.\nFilmabend: Neun Königinnen\nBibliothekshof, um 19.30 Uhr\n",
         "Bibliothekshof", "19:30"),
        ("Agenda\n\nMer 9 décembre\nCiné-club : Les Neuf Reines\nCour de la bibliothèque, à 19 h 30\n",
         "Cour de la bibliothèque", "19:30"),
        ("Agenda\n\nMié 09/12\nCiclo de cine: «Nueve reinas»\nPatio de la biblioteca, a las 19.30\n",
         "Patio de la biblioteca", "19:30"),
        ("Agenda\n\nJue 10/12\nTaller de lectura\nSala 2, a las 18 h\n", "Sala 2", "18:00"),
    ],
)  # fmt: skip
def test_the_time_after_the_place_is_the_meetings(page: str, place: str, time: str) -> None:
    [m] = parse(page, as_of=AS_OF).meetings
    assert m.start_time == time
    where = [str(v) for v in (m.venue, m.place, m.room) if v]
    assert place in where
    assert not any(w in " ".join(where) for w in ("a las", " at ", " um ", " à "))


def test_a_time_inside_the_line_is_left_to_the_line() -> None:
    # "Doors 7pm, film at 7.30pm": two times; the meeting's is the line's own reading
    page = "Agenda\n\nWed 9 December, 7.30pm\nFilm night\nLibrary courtyard, doors at 7pm\n"
    [m] = parse(page, as_of=AS_OF).meetings
    assert m.start_time == "19:30"
