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


@pytest.mark.parametrize(
    ("lang", "line", "venue"),
    [
        ("es", "Miércoles 16 de diciembre de 2026, 19:00 h – Cine Debate «Los lunes al sol» – Ateneo Popular", "Ateneo Popular"),
        ("de", "Mittwoch, 16. Dezember 2026, 19 Uhr – Kino Abend „Die Blechtrommel“ – Stadtteilzentrum Mitte", "Stadtteilzentrum Mitte"),
    ],
)  # fmt: skip
def test_a_cine_event_title_is_no_cinema(lang: str, line: str, venue: str) -> None:
    """ "Cine Debate", "Kino Abend": an event's name, not a cinema's."""
    (m,) = parse(f"Agenda\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue


PREVIEWS = [
    ("de", "Programm | Kommunales Kino Freiburg", "Kommunales Kino Freiburg",
     "Mi., 13.01., 19:30 Uhr", "Alle anderen", "(Maren Ade, D 2009, 119 Min.)",
     "Das vollständige Januarprogramm erscheint am 18. Dezember 2026."),
    ("fr", "Programme | Cinéma Le Méliès", "Cinéma Le Méliès",
     "Mer. 13 janv., 19h30", "Cléo de 5 à 7", "(Agnès Varda, France 1962, 90 min)",
     "Le programme complet de janvier paraîtra le 18 décembre 2026."),
    ("es", "Programa | Cine Doré", "Cine Doré",
     "Mié. 13 ene., 19:30 h", "La ciénaga", "(Lucrecia Martel, Argentina 2001, 103')",
     "El programa completo de enero se publicará el 18 de diciembre de 2026."),
    ("en", "What's on | Rio Cinema", "Rio Cinema",
     "Wed 13 Jan, 7.30pm", "Aftersun", "(Charlotte Wells, UK 2022, 102 mins)",
     "The full January programme comes out on 18 December 2026."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "site", "when", "film", "credits", "note"), PREVIEWS)
def test_a_cinemas_preview_list_is_at_the_cinema(
    lang: str, title: str, site: str, when: str, film: str, credits: str, note: str
) -> None:
    """A cinema's preview list ("Mi., 13.01., 19:30 Uhr – Alle anderen (Maren Ade, D 2009, 119
    Min.)") names films, not places: the cinema the site is holds them. The date the full
    programme comes out ("erscheint am", "paraîtra le", "se publicará el") is no meeting."""
    page = (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><main><h2>Vorschau</h2>"
        f"<ul><li><strong>{when}</strong> – {film} <span>{credits}</span></li></ul>"
        f"<p>{note}</p></main></body></html>"
    )
    listing = parse(page, as_of=date(2026, 11, 27), lang=lang)
    (m,) = listing.meetings
    assert m.venue == site and film in (m.title or "")
