"""A seminar list whose date headings stand in a paragraph of their own over each session's
block (title, speaker with affiliation, "Hora:" / "Lugar:", "Time:" / "Venue:", "Zeit:" /
"Ort:", "Horaire :" / "Lieu :"): the labelled fields are that session's, not a rule for the
sessions below (which took each block's time and place one session late).
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 18)

LISTS = {
    "es": (["Miércoles 25 de noviembre de 2026", "Miércoles 2 de diciembre de 2026"], "Hora", "Lugar",
           ["2:00 p. m. – 4:00 p. m.", "4:00 p. m. – 6:00 p. m."]),
    "en": (["Wednesday 25 November 2026", "Wednesday 2 December 2026"], "Time", "Venue",
           ["2:00 pm – 4:00 pm", "4:00 pm – 6:00 pm"]),
    "de": (["Mittwoch, 25. November 2026", "Mittwoch, 2. Dezember 2026"], "Zeit", "Ort",
           ["14:00 – 16:00 Uhr", "16:00 – 18:00 Uhr"]),
    "fr": (["Mercredi 25 novembre 2026", "Mercredi 2 décembre 2026"], "Horaire", "Lieu",
           ["14 h – 16 h", "16 h – 18 h"]),
}  # fmt: skip
PLACES = ["Edificio Manuel Ancízar, salón 101", "Museo Nacional, auditorio"]


@pytest.mark.parametrize("lang", list(LISTS))
def test_each_block_is_its_sessions(lang: str) -> None:
    days, tl, pl, times = LISTS[lang]
    parts = ["Seminario", ""]
    for k in range(2):
        parts += [f"### {days[k]}", "", f"**Title {k}**", "Diana Rojas (Universidad del Valle)",
                  f"{tl}: {times[k]}", f"{pl}: {PLACES[k]}", ""]  # fmt: skip
    listing = parse("\n".join(parts), as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == ["14:00", "16:00"]
    assert [m.venue for m in listing.meetings] == [p.split(",")[0] for p in PLACES]
