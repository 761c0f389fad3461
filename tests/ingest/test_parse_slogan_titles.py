"""An event's title that is its kind and a quoted slogan ("Manifestación: «València no està en
venda»", "Demonstration: “Homes not profits”", "Kundgebung: „Wohnen ist ein Grundrecht“",
"Manifestation : « Paris n'est pas à vendre »") is the title, though the slogan names a town;
the venue block under it is the place, its street read in Catalan too ("Plaça de
l'Ajuntament, 46002 València", "Passeig de Sant Joan, 08010 Barcelona"). From the Valencia
events list of tests/ingest/corpus/holdout9; the rows are variants written from the pattern,
not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings, cli_place_rows

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 17)


def _card(day: str, title: str, venue: str, street: str) -> str:
    return f"Events\n\n{day}\n\n{title}\n\n{venue}\n{street}\n"


# fmt: off
@pytest.mark.parametrize("day,title,venue,street,lang", [
    ("6 marzo @ 18:00 - 20:00", "Manifestación: «València no està en venda»",
     "Plaça de l'Ajuntament", "Plaça de l'Ajuntament, 46002 València", "es"),
    ("6 marzo @ 18:00 - 20:00", "Concentració: «Barcelona no està en venda»",
     "Passeig de Sant Joan", "Passeig de Sant Joan, 08010 Barcelona", "es"),
    ("6 March @ 6:00 pm - 8:00 pm", "Demonstration: “Leeds is not for sale”",
     "Leeds Civic Hall", "Portland Crescent, Leeds LS1 1UR", None),
    ("6. März @ 18:00 - 20:00", "Kundgebung: „Berlin ist nicht zu verkaufen“",
     "Rotes Rathaus", "Rathausstraße 15, 10178 Berlin", "de"),
    ("6 mars @ 18 h 00 min - 20 h 00 min", "Manifestation : « Paris n'est pas à vendre »",
     "Place de la République", "Place de la République, 75003 Paris", "fr"),
])
# fmt: on
def test_the_slogan_is_the_title_and_the_block_the_place(day, title, venue, street, lang):
    (m,) = parse(_card(day, title, venue, street), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2027-03-06", "18:00")
    assert m.venue == venue
    assert not any("«" in (f or "") or "“" in (f or "") for f in (m.place, m.venue, m.address))


def test_a_slogan_card_through_the_cli(tmp_path):
    page = tmp_path / "eventos.txt"
    page.write_text(
        _card("6 marzo @ 18:00 - 20:00", "Manifestación: «València no està en venda»",
              "Plaça de l'Ajuntament", "Plaça de l'Ajuntament, 46002 València"),
        encoding="utf-8",
    )  # fmt: skip
    rows = cli_place_rows(cli_meetings(page, "--as-of", AS_OF.isoformat()))
    assert [(d, t) for d, t, _ in rows] == [("2027-03-06", "18:00")]
    assert rows[0][2].startswith("Plaça de l'Ajuntament")
