"""A line of several dates that share one time says so with a word before the time ("…, each
9.30am", "…, jeweils 9.30–10.30 Uhr", "…, toujours 9 h 30", "…, siempre 9:30 h"): that word is
no place, so the place on the line under the dates is read. Written from holdout40's family
centre newsletter ("Do 4.2., 11.2. und 25.2., jeweils 9.30–10.30 Uhr" / "Gruppenraum im
Familienzentrum, 1. Stock"); the rows are variants, with look-alikes whose place is on the line."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("lang", "dates", "place", "want"),
    [
        ("de", "Do 4.2., 11.2. und 25.2., jeweils 9.30–10.30 Uhr",
         "Gruppenraum im Familienzentrum, 1. Stock", "Gruppenraum im Familienzentrum"),
        ("de", "Mo 8.2. und 15.2., immer 18 Uhr", "Turnhalle der Grundschule",
         "Turnhalle der Grundschule"),
        ("de", "Dienstag, 9. Februar und Dienstag, 16. Februar, jeweils 19 Uhr",
         "Pfarrsaal St. Martin", "Pfarrsaal St. Martin"),
        ("en", "Thursday 4 February and Thursday 11 February, each 9.30am",
         "Group room, Family Centre", "Family Centre"),
        ("en", "Thu 4 Feb and Thu 11 Feb, always 9.30am", "Group room, Family Centre",
         "Family Centre"),
        ("fr", "jeudi 4 février et jeudi 11 février, toujours 9 h 30",
         "Salle du Centre familial", "Salle du Centre familial"),
        ("fr", "jeudi 4 février et jeudi 11 février, chaque fois 9 h 30",
         "Salle du Centre familial", "Salle du Centre familial"),
        ("es", "jueves 4 de febrero y jueves 11 de febrero, siempre 9:30 h",
         "Sala del Centro Familiar", "Sala del Centro Familiar"),
    ],
)  # fmt: skip
def test_the_word_before_a_shared_time_is_no_place(lang, dates, place, want):
    page = f"Kurse\n\n* Babymassage\n  {dates}\n  {place}\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) >= 2
    for m in ms:
        where = " | ".join(v for v in (m.venue, m.room, m.address, m.campus, m.place) if v)
        assert want in where, where
        assert not {"jeweils", "immer", "each", "always", "toujours", "siempre"} & set(
            (m.venue or "").casefold().split()
        )


@pytest.mark.parametrize(
    ("lang", "dates", "want"),
    [
        # the place is on the date line itself, after or before the shared time
        ("de", "Do 4.2. und 11.2., jeweils 19 Uhr, Volkshaus", "Volkshaus"),
        ("de", "Do 4.2. und 11.2., Café Immergrün, 19 Uhr", "Café Immergrün"),
        ("en", "Thursday 4 February and Thursday 11 February, each at 7pm, Trades Hall",
         "Trades Hall"),
        ("en", "Thursday 4 February and Thursday 11 February at Eachwick Hall, 7pm",
         "Eachwick Hall"),
        ("fr", "jeudi 4 février et jeudi 11 février, Maison Toujours-Plus, 18 h",
         "Maison Toujours-Plus"),
    ],
)  # fmt: skip
def test_a_place_on_the_date_line_is_kept(lang, dates, want):
    ms = parse(f"Termine\n\n{dates}\n", as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 2
    for m in ms:
        where = " | ".join(v for v in (m.venue, m.room, m.address, m.campus, m.place) if v)
        assert want in where, where
