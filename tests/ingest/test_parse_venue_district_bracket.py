"""A venue with its district or town in brackets, then the end of its sentence: "… 2 p. m., en
la sede (Chapinero). Traigan su moto." The bracket is the meeting's town; before, it was dropped
(a sentence's place stopped at the bracket) or the next sentence went into the venue's name
("Vereinsheim (Ehrenfeld). Bringt euer Rad mit"). A remark in brackets ("(members only)",
"(side entrance)") is no town. (holdout36's motoclub in Bogotá, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("lang", "text", "venue", "town"),
    [
        ("en", "Basic maintenance workshop: Saturdays 23 and 30 January and 6 February, 2pm, at the "
         "clubhouse (Chapeltown). Bring your bike.", "clubhouse", "Chapeltown"),
        ("de", "Werkstattkurs für Anfänger (Bremsen, Kette): an den Samstagen 23. und 30. Januar und "
         "6. Februar, 14 Uhr, im Vereinsheim (Ehrenfeld). Bringt euer Rad mit.", "Vereinsheim", "Ehrenfeld"),
        ("fr", "Atelier de mécanique de base (freins, chaîne) : les samedis 23 et 30 janvier et 6 février, "
         "14 h, au local du club (Croix-Rousse). Venez avec votre moto.", "local du club", "Croix-Rousse"),
        ("es", "Taller de mecánica básica (frenos, cadena): los sábados 23 y 30 de enero y 6 de febrero, "
         "2 p. m., en la sede (Chapinero). Traigan su moto.", "sede", "Chapinero"),
    ],
)  # fmt: skip
def test_the_bracket_after_the_venue_is_its_town(lang, text, venue, town) -> None:
    got = parse(f"# Club\n\n{text}\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in got] == ["2027-01-23", "2027-01-30", "2027-02-06"]
    for m in got:
        assert m.start_time == "14:00"
        assert (m.venue, m.city) == (venue, town)


@pytest.mark.parametrize(
    "remark",
    ["members only", "side entrance", "upstairs", "wheelchair access via ramp"],
)
def test_a_remark_in_brackets_is_no_town(remark: str) -> None:
    text = (
        "Basic maintenance workshop: Saturdays 23 and 30 January, 2pm, at the clubhouse "
        f"({remark}). Bring your bike."
    )
    got = parse(f"# Club\n\n{text}\n", as_of=AS_OF).meetings
    assert len(got) == 2
    assert all(m.city is None and (m.venue or "").startswith("clubhouse") for m in got)
