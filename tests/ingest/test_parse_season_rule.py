"""A film society's season: the introduction states once, "unless stated otherwise", where and
when every screening is; the programme then runs under headings of its own ("Season so far",
"Still to come"). The rule holds over those headings (not only up to the first), but not for a
section of past events; each entry's film rating ("(12A)") is no time (not midnight), and its
credits line ("Charlotte Wells, UK/USA 2022, 102 mins.") is no place.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 18)

# lang: (rule sentence, past heading, coming heading, [(date line, credits)], time, place)
SEASONS = {
    "en": ("Unless stated otherwise, all screenings are on Sunday evenings at The Regal, 12 Market "
           "Place, Ravensmoor, starting at 7.30pm.", "Season so far", "Still to come",
           [("Sun 22 Nov    AFTERSUN (12A)", "Charlotte Wells, UK/USA 2022, 102 mins."),
            ("Sun 6 Dec    PAST LIVES (12A)", "Celine Song, USA/South Korea 2023, 106 mins.")],
           "19:30", "The Regal"),
    "de": ("Wenn nicht anders angegeben, finden alle Vorführungen sonntags um 19.30 Uhr im Kino "
           "Lichtblick statt.", "Bisherige Vorführungen", "Kommende Vorführungen",
           [("So 22.11.    AFTERSUN (12A)", "Charlotte Wells, GB/USA 2022, 102 Minuten."),
            ("So 6.12.    PAST LIVES (12A)", "Celine Song, USA/Südkorea 2023, 106 Minuten.")],
           "19:30", "Kino Lichtblick"),
    "fr": ("Sauf mention contraire, toutes les séances ont lieu le dimanche à 19 h 30 au cinéma "
           "Le Méliès.", "Séances passées", "Prochaines séances",
           [("dim. 22 nov.    AFTERSUN (12A)", "Charlotte Wells, Royaume-Uni 2022, 102 minutes."),
            ("dim. 6 déc.    PAST LIVES (12A)", "Celine Song, États-Unis 2023, 106 minutes.")],
           "19:30", "Le Méliès"),
    "es": ("Salvo indicación contraria, todas las funciones son los domingos a las 19:30 en el "
           "Cine Arte Alameda.", "Funciones anteriores", "Próximas funciones",
           [("dom. 22 nov.    AFTERSUN (12A)", "Charlotte Wells, Reino Unido 2022, 102 minutos."),
            ("dom. 6 dic.    PAST LIVES (12A)", "Celine Song, Estados Unidos 2023, 106 minutos.")],
           "19:30", "Cine Arte Alameda"),
}  # fmt: skip

PAST_ENTRY = {
    "en": ("Sun 1 Nov    THE THIRD MAN (PG)", "Carol Reed, UK 1949, 104 mins."),
    "de": ("So 1.11.    DER DRITTE MANN", "Carol Reed, GB 1949, 104 Minuten."),
    "fr": ("dim. 1er nov.    LE TROISIÈME HOMME", "Carol Reed, Royaume-Uni 1949, 104 minutes."),
    "es": ("dom. 1 nov.    EL TERCER HOMBRE", "Carol Reed, Reino Unido 1949, 104 minutos."),
}  # fmt: skip


def _page(lang: str, *, past: bool) -> str:
    rule, past_head, coming_head, entries, _, _ = SEASONS[lang]
    parts = ["PROGRAMME 2026–27", rule]
    if past:
        parts += [past_head, "\n".join(PAST_ENTRY[lang])]
    parts.append(coming_head)
    parts += ["\n".join(e) for e in entries]
    return "\n\n".join(parts) + "\n"


def _places(m) -> str:
    return " ".join(filter(None, [m.venue, m.place, m.room, m.address, m.city]))


@pytest.mark.parametrize("past", [False, True], ids=["coming-only", "with-past-section"])
@pytest.mark.parametrize("lang", sorted(SEASONS))
def test_the_seasons_rule_holds_for_the_screenings_to_come(lang: str, past: bool) -> None:
    _, _, _, _, time, place = SEASONS[lang]
    meetings = parse(_page(lang, past=past), as_of=AS_OF, lang=lang).meetings
    coming = [m for m in meetings if m.date >= AS_OF.isoformat()]
    assert [(m.date, m.start_time) for m in coming] == [("2026-11-22", time), ("2026-12-06", time)]
    for m in coming:
        assert place in _places(m)
        assert "Wells" not in _places(m) and "Song" not in _places(m)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("AFTERSUN (12A)", None),
        ("PAST LIVES (12A) – 7.30pm", "19:30"),
        ("Rated 12A, doors 7pm", "19:00"),
        ("Open 10am–12am", "10:00"),
        ("Late opening until 12am", "00:00"),
    ],
)
def test_a_film_rating_is_no_time(text: str, want: str | None) -> None:
    from eventmap.ingest.when import find_times

    tm = find_times(text)
    assert (tm.start_time if tm else None) == want


@pytest.mark.parametrize("lang", sorted(SEASONS))
def test_the_screenings_so_far_are_no_meetings(lang: str) -> None:
    """The past section ("Season so far", "Bisherige Vorführungen", "Séances passées",
    "Funciones anteriores") holds no meeting, though the season's rule gives it a time; the
    section to come ("Still to come", "Kommende …") holds them again."""
    listing = parse(_page(lang, past=True), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-11-22", "2026-12-06"]
    title = PAST_ENTRY[lang][0].split("    ")[1]
    assert any(title in w.text for w in listing.warnings)  # said, not lost
