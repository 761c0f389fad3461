"""A calendar's date heading over a line of the town and its hall ("**Estavayer-le-Lac** — Salle
de la Prillaz, entrée côté parking") and timed entries ("- 18 h 30 : premier enregistrement"):
the entries are the meetings, each in that hall and town; the date is no meeting of its own, and
the hall's line heads no campaign. Written from holdout44's radio quiz show's public recordings;
the rows are variants, with look-alikes (a line of words under the date, not a hall)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("lang", "day", "hall_line", "entries", "times", "hall", "town"),
    [
        ("fr", "### Mardi 9 février", "**Estavayer-le-Lac** — Salle de la Prillaz, entrée côté parking",
         ["- 18 h 30 : premier enregistrement", "- 20 h 15 : deuxième enregistrement"],
         ["18:30", "20:15"], "Salle de la Prillaz", "Estavayer-le-Lac"),
        ("fr", "### Mardi 23 février", "**Avenches** — Théâtre du Château (accès par la cour)",
         ["- 19 h : enregistrement", "- 21 h : verrée avec les équipes"],
         ["19:00", "21:00"], "Théâtre du Château", "Avenches"),
        ("en", "### Tuesday 9 February", "**Little Snoring** — Village Hall, side entrance",
         ["- 6.30pm: first recording", "- 8.15pm: second recording"],
         ["18:30", "20:15"], "Village Hall", "Little Snoring"),
        ("de", "### Dienstag, 9. Februar", "**Hinterzarten** — Kurhaus, Großer Saal",
         ["- 18:30 Uhr: erste Aufzeichnung", "- 20:15 Uhr: zweite Aufzeichnung"],
         ["18:30", "20:15"], "Kurhaus", "Hinterzarten"),
        ("es", "### Martes 9 de febrero", "**Villafranca** — Teatro Municipal (entrada lateral)",
         ["- 18:30: primera grabación", "- 20:15: segunda grabación"],
         ["18:30", "20:15"], "Teatro Municipal", "Villafranca"),
    ],
)  # fmt: skip
def test_the_town_and_hall_line_is_the_entries_place(
    lang, day, hall_line, entries, times, hall, town
):
    page = "\n".join(["# Public recordings", "", "Entry is free.", "", day, "", hall_line, "",
                      *entries, ""])  # fmt: skip
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == times
    for m in ms:
        assert hall in (m.venue or "")
        assert town in " ".join(filter(None, (m.city, m.room, m.address, m.place)))
        assert m.campaign is None or hall not in m.campaign


@pytest.mark.parametrize(
    ("lang", "day", "words", "entries"),
    [
        # words under the date that name no hall: no venue for the entries
        ("fr", "### Mardi 9 février", "**Finale** — les deux meilleures équipes de la saison",
         ["- 18 h 30 : premier enregistrement", "- 20 h 15 : deuxième enregistrement"]),
        ("en", "### Tuesday 9 February", "**Final** — the two best teams of the season",
         ["- 6.30pm: first recording", "- 8.15pm: second recording"]),
        ("de", "### Dienstag, 9. Februar", "**Finale** — die zwei besten Teams der Saison",
         ["- 18:30 Uhr: erste Aufzeichnung", "- 20:15 Uhr: zweite Aufzeichnung"]),
        ("es", "### Martes 9 de febrero", "**Final** — los dos mejores equipos de la temporada",
         ["- 18:30: primera grabación", "- 20:15: segunda grabación"]),
        # a label, then the subject, which names a kind of hall: no hall either
        ("es", "### Martes 9 de febrero", "**Tema** — El teatro del Siglo de Oro",
         ["- 18:30: charla", "- 20:15: debate"]),
        ("fr", "### Mardi 9 février", "**Thème** — Le théâtre de Molière",
         ["- 18 h 30 : causerie", "- 20 h 15 : débat"]),
        ("en", "### Tuesday 9 February", "**Theme** — Church music of the Baroque",
         ["- 6.30pm: talk", "- 8.15pm: discussion"]),
        ("de", "### Dienstag, 9. Februar", "**Thema** — Das alte Rathaus",
         ["- 18:30 Uhr: Vortrag", "- 20:15 Uhr: Diskussion"]),
    ],
)  # fmt: skip
def test_words_under_the_date_are_no_hall(lang, day, words, entries):
    page = "\n".join(["# Public recordings", "", "Entry is free.", "", day, "", words, "",
                      *entries, ""])  # fmt: skip
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    timed = [m for m in ms if m.start_time]
    assert [m.start_time for m in timed] == ["18:30", "20:15"]
    last = words.rsplit(" ", 1)[1]  # "saison", "Oro", "Molière", "Baroque", "Rathaus"
    for m in timed:
        assert last not in " ".join(filter(None, (m.venue, m.city, m.room, m.address)))
