"""A film programme's heading gives date, time and cinema ("Sáb 5/12 · 20.30 hs · El Cairo
Cine Público (Santa Fe 1120)"); the line under it is the film and its credits, with the running
time in minutes' marks as Spanish, French and Italian listings write it ("*La ciénaga* (Lucrecia
Martel, Argentina, 2001, 103')"). The credits are never the place, and "Cine" before a name is a
cinema's as "Cinéma" and "Kino" are."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

PROGRAMMES = [
    ("es", "Sáb 5/12 · 20.30 hs · El Cairo Cine Público (Santa Fe 1120)",
     "***La ciénaga*** (Lucrecia Martel, Argentina, 2001, 103')", "El Cairo Cine Público", "20:30"),
    ("es", "Jue 17/12 · 20.30 hs · Cine Lumière",
     "*Relatos salvajes* (Damián Szifron, Argentina, 2014, 122')", "Cine Lumière", "20:30"),
    ("en", "Sat 5 Dec · 8.30pm · Rio Cinema (107 Kingsland High St)",
     "*Aftersun* (Charlotte Wells, UK, 2022, 102')", "Rio Cinema", "20:30"),
    ("fr", "Sam. 5 déc. · 20h30 · Cinéma Le Royal",
     "*La Noire de…* (Ousmane Sembène, Sénégal, 1966, 60’)", "Cinéma Le Royal", "20:30"),
    ("de", "Sa., 5.12. · 20:30 Uhr · Kino Babylon",
     "*Die Blechtrommel* (Volker Schlöndorff, BRD 1979, 142')", "Kino Babylon", "20:30"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "heading", "credits", "venue", "time"), PROGRAMMES)
def test_the_headings_cinema_not_the_credits(
    lang: str, heading: str, credits: str, venue: str, time: str
) -> None:
    page = f"# Programa\n\n### {heading}\n\n{credits}  \nPresenta Julián Ortiz.\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.start_time for m in listing.meetings] == [time]
    m = listing.meetings[0]
    assert venue in (m.venue or "")
    assert "Argentina" not in (m.venue or "") and "BRD" not in (m.venue or "")


@pytest.mark.parametrize(
    ("lang", "heading", "place"),
    [
        ("es", "Sáb 5/12 · 20 hs · Muestra de cine y trabajo", None),
        ("es", "Sáb 5/12 · 20 hs · Biblioteca Argentina, ciclo de cine", "Biblioteca Argentina"),
        ("de", "Sa., 5.12. · 20 Uhr · Nachbarschaftskino – fällt aus!", None),
        ("es", "Sáb 5/12 · 20 hs · Cine en la plaza · Plaza Mayor", "Plaza Mayor"),
        ("es", "Sáb 5/12 · 20 hs · Cine de verano · Centro Cultural Sur", "Centro Cultural Sur"),
    ],
)  # fmt: skip
def test_cine_or_kino_inside_a_word_names_no_cinema(
    lang: str, heading: str, place: str | None
) -> None:
    listing = parse(f"### {heading}\n\nEntrada libre.\n", as_of=AS_OF, lang=lang)
    m = listing.meetings[0]
    venue = (m.venue or "").lower()
    assert (m.venue or None) == place or (
        place is None and "cine" not in venue and "kino" not in venue
    )
