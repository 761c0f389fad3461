"""An age band in a calendar entry ("Heure du conte (3-6 ans)", "Storytime (ages 2-5)",
"Taller (8 a 12 años)") says who the event is for: it is no house number and never the place,
and the place after the dash stays the place ("— Espace jeunesse"; "espace" names a place as
"espacio" does). From the library agenda of tests/ingest/corpus/holdout5; the rows are variants
written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.parse.venues import _placelike

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


BANDS = ["3-6 ans", "0-3 ans", "8 a 12 años", "ages 6-12", "0–3 Jahre", "6 bis 10 Jahre",
         "16+", "de 7 à 11 ans", "4 years", "12 y.o."]  # fmt: skip


@pytest.mark.parametrize("band", BANDS)
def test_an_age_band_names_no_place(band):
    assert not _placelike(band)


@pytest.mark.parametrize("street", ["12 Oak Street", "3-5 Mill Lane", "8 a rue des Lilas"])
def test_a_house_number_still_names_a_place(street):
    assert _placelike(street)


# fmt: off
@pytest.mark.parametrize("entry,title,place,lang", [
    ("14h30 – Heure du conte (3-6 ans) — Espace jeunesse", "Heure du conte (3-6 ans)",
     "Espace jeunesse", "fr"),
    ("10h30 – Bébés lecteurs (0-3 ans) — Espace petite enfance", "Bébés lecteurs (0-3 ans)",
     "Espace petite enfance", "fr"),
    ("10:30 a.m. – Storytime (ages 2-5) — Children's Room", "Storytime (ages 2-5)",
     "Children's Room", None),
    ("17:00 – Taller de cómics (8 a 12 años) — Sala infantil", "Taller de cómics (8 a 12 años)",
     "Sala infantil", "es"),
    ("15 Uhr – Vorlesestunde (4 bis 8 Jahre) — Kinderbibliothek",
     "Vorlesestunde (4 bis 8 Jahre)", "Kinderbibliothek", "de"),
])
# fmt: on
def test_an_entry_with_an_age_band_keeps_its_place(entry, title, place, lang):
    page = f"Agenda\n\nMercredi 4 mars 2026\n{entry}\n"
    if lang != "fr":
        page = f"Agenda\n\nWednesday, March 4, 2026\n{entry}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert place in _places(m)
    assert m.title == title


def test_a_library_agenda_with_age_bands():
    page = """Agenda – mars 2026

Mercredi 4 mars
14h30 – Heure du conte (3-6 ans) — Espace jeunesse
18h – Club de lecture — Salle Rops

Samedi 7 mars
10h30 – Bébés lecteurs (0-3 ans) — Espace jeunesse
14h – Jeux de société (dès 8 ans) — Salle polyvalente
"""
    ms = parse(page, as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-03-04", "14:30"), ("2026-03-04", "18:00"),
        ("2026-03-07", "10:30"), ("2026-03-07", "14:00"),
    ]  # fmt: skip
    assert ["Espace jeunesse" in _places(m) for m in ms] == [True, False, True, False]
    assert "Salle polyvalente" in _places(ms[3]) and "8 ans" not in _places(ms[3])
