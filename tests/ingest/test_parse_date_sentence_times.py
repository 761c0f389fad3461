"""A date that is a sentence of its own at the start of a line ("Saturday 5 December. Assemble
at the Garden of Remembrance, Parnell Square, at 1pm sharp; we march to …") takes the start time
that a later sentence of the line gives after "at", "um", "à", "a las"; the place named before
that time is the meeting's, not the words after it. From the Dublin newsletter of
tests/ingest/corpus/holdout7; the rows are variants written from the pattern, not copied from
the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 17)


# fmt: off
ROWS = [
    (None, "Saturday 5 December. Assemble at the Garden of Remembrance, Parnell Square, at 1pm "
     "sharp; we march to Leinster House.", "2026-12-05", "13:00", "Garden of Remembrance"),
    (None, "Sunday 17 January. Meet at the Old Market Cross at 10.30am for a walk along the "
     "canal.", "2027-01-17", "10:30", "Old Market Cross"),
    ("de", "Samstag, 5. Dezember. Wir treffen uns am Gewerkschaftshaus, Wilhelm-Leuschner-Str. "
     "69, um 13 Uhr; danach Demo zum Römer.", "2026-12-05", "13:00", "Gewerkschaftshaus"),
    ("fr", "Samedi 5 décembre. Rendez-vous place de la République à 14 h précises ; nous "
     "marcherons jusqu'à la mairie.", "2026-12-05", "14:00", "place de la République"),
    ("es", "Sábado 5 de diciembre. Nos concentramos en la Plaza Mayor a las 12:00 h; luego "
     "marcha hasta el Congreso.", "2026-12-05", "12:00", "Plaza Mayor"),
]
# fmt: on


@pytest.mark.parametrize("lang,line,day,time,place", ROWS)
def test_the_time_of_the_next_sentence_and_the_place_before_it(lang, line, day, time, place):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time, m.venue) == (day, time, place)


def test_a_place_after_the_time_stays_the_place():
    line = "Saturday 5 December. The march sets off at 1pm from Parnell Square, Dublin."
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF).meetings
    assert m.start_time == "13:00"
    assert "Parnell Square" in " ".join(filter(None, (m.venue, m.place, m.address, m.room)))


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(f"News\n\n{ROWS[0][1]}\n", encoding="utf-8")
    rows = cli_place_rows(cli_meetings(path, "--as-of", AS_OF.isoformat()))
    assert [r[:2] for r in rows] == [("2026-12-05", "13:00")]
    assert "Garden of Remembrance" in rows[0][2]
