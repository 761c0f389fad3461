"""A date heading with its own title, a paragraph that names the day's venue and street, then
the day's timed entries under a blank line ("### Saturday 27 February 2027 – Season opener" /
"Wolfbrook Arena, 55 Jack Hinton Drive, Addington. Doors open half an hour before." / "- **5pm**
– …" / "- **7pm** – …"). Each entry is at that venue; before, the venue paragraph was read as an
untimed entry of its own and the timed entries had no place. (holdout37's roller derby league
in Christchurch, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 9)

# (lang, day heading, venue paragraph, venue, two entries with their times)
CASES = [
    ("en", "Saturday 27 February 2027 – Season opener",
     "Wolfbrook Arena, 55 Jack Hinton Drive, Addington. Doors open half an hour before first whistle.",
     "Wolfbrook Arena", ["**5pm** – Rollers B vs Dunedin All Stars", "**7pm** – Rollers A vs Pirate City"]),
    ("de", "Samstag, 27. Februar 2027 – Saisonauftakt",
     "Sporthalle Nord, Hauptstraße 12, 79098 Freiburg. Einlass eine halbe Stunde vorher.",
     "Sporthalle Nord", ["**17 Uhr** – Team B gegen Basel", "**19 Uhr** – Team A gegen Zürich"]),
    ("fr", "Samedi 27 février 2027 – Ouverture de la saison",
     "Gymnase Jean-Moulin, 12 rue des Écoles, Rennes. Ouverture des portes une demi-heure avant.",
     "Gymnase Jean-Moulin", ["**17 h** – Équipe B contre Nantes", "**19 h** – Équipe A contre Brest"]),
    ("es", "Sábado 27 de febrero de 2027 – Inicio de temporada",
     "Pabellón Municipal, calle Mayor 12, Valladolid. Las puertas abren media hora antes.",
     "Pabellón Municipal", ["**17:00** – Equipo B contra Burgos", "**19:00** – Equipo A contra León"]),
]  # fmt: skip


def _page(day: str, para: str, entries: list[str]) -> str:
    items = "\n".join(f"- {e}" for e in entries)
    return f"## Home bouts\n\n### {day}\n\n{para}\n\n{items}\n\nAdults $20, kids $5.\n"


@pytest.mark.parametrize(("lang", "day", "para", "venue", "entries"), CASES)
def test_the_paragraph_is_the_entries_venue(lang, day, para, venue, entries) -> None:
    got = parse(_page(day, para, entries), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2027-02-27", "17:00", venue), ("2027-02-27", "19:00", venue),
    ]  # fmt: skip


@pytest.mark.parametrize(("lang", "day", "para", "venue", "entries"), CASES)
def test_a_remark_without_a_street_is_no_venue(lang, day, para, venue, entries) -> None:
    remark = para.split(". ", 1)[1]  # "Doors open half an hour before first whistle."
    got = parse(_page(day, remark, entries), as_of=AS_OF, lang=lang).meetings
    assert all(m.venue != venue for m in got)
    assert [(m.date, m.start_time) for m in got if m.start_time] == [
        ("2027-02-27", "17:00"), ("2027-02-27", "19:00"),
    ]  # fmt: skip
