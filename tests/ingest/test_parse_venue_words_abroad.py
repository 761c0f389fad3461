"""Parks, museums, churches, sports grounds, cinemas and faculties named in French, Spanish and
German ("Parque de Moreda", "Musée d'Aquitaine", "Iglesia de San Pedro", "Polideportivo
Municipal", "Stadtpark") are places: after an entry's time they are its place, not the title on
the line under it. In lower case inside a sentence ("la universidad permanecerá cerrada") the
word names no place, and a German title ending in "-kino" or "-garten" stays a title.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

ENTRIES = [
    ("es", "Mié. 16/12 · 18.30 h · Parque de Moreda (zona de la pista)", "Parque de Moreda"),
    ("es", "Jue. 17/12 · 19 h · Iglesia de San Pedro", "Iglesia de San Pedro"),
    ("es", "Vie. 18/12 · 20 h · Polideportivo Municipal de La Calzada", "Polideportivo Municipal"),
    ("es", "Sáb. 19/12 · 12 h · Facultad de Letras (aula 3)", "Facultad de Letras"),
    ("fr", "Mer. 16/12 · 18 h 30 · Parc de la Tête d'Or (entrée des Enfants)", "Parc de la Tête d'Or"),
    ("fr", "Jeu. 17/12 · 19 h · Musée d'Aquitaine", "Musée d'Aquitaine"),
    ("fr", "Ven. 18/12 · 20 h · Église Saint-Nizier", "Église Saint-Nizier"),
    ("de", "Mi. 16.12. · 18.30 Uhr · Stadtpark (am Musikpavillon)", "Stadtpark"),
    ("de", "Do. 17.12. · 19 Uhr · Stadtmuseum", "Stadtmuseum"),
    ("en", "Wed 16 Dec · 6.30pm · Parque de Moreda (bandstand)", "Parque de Moreda"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "place"), ENTRIES)
def test_a_named_park_museum_or_church_is_the_entrys_place(
    lang: str, line: str, place: str
) -> None:
    page = f"Agenda\n\n{line}\nTALLER DE REPARACIÓN DE BICIS, con la Asociación Con Bici.\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue is not None and m.venue.startswith(place)
    assert "TALLER" not in (m.venue or "")


# A sentence that names a university in lower case under a venue line leaves the venue alone.
@pytest.mark.parametrize(
    ("lang", "head", "venue", "sentence"),
    [
        ("es", "Viernes 18 de diciembre · 18:30 hs · CANCELADA", "Pabellón Argentina, Ciudad Universitaria",
         "La universidad permanecerá cerrada por el paro; la reunión no se realizará."),
        ("fr", "Vendredi 18 décembre · 18 h 30 · ANNULÉE", "Amphi Garance, Maison des étudiants",
         "L'université sera fermée pour la grève ; la réunion n'aura pas lieu."),
    ],
)  # fmt: skip
def test_a_sentence_with_a_lower_case_university_is_no_place(
    lang: str, head: str, venue: str, sentence: str
) -> None:
    (m,) = parse(f"CÓRDOBA\n{head}\n{venue}\n{sentence}\n", as_of=AS_OF, lang=lang).meetings
    assert m.status == "cancelled"
    assert venue.split(",")[0] in " ".join(filter(None, [m.venue, m.room, m.address]))


@pytest.mark.parametrize("title", ["Nachbarschaftskino", "Plenum Nachbarschaftsgarten"])
def test_a_german_title_ending_in_kino_or_garten_stays_a_title(title: str) -> None:
    page = f"Stadtteilzentrum Mühlenviertel\nMühlenweg 4, 20095 Hamburg\n\nFr 18.12. 19:00 {title}, Saal\n"
    (m,) = parse(page, as_of=AS_OF, lang="de").meetings
    assert m.venue != title
