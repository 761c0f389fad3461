"""A residents' newsletter says once where its own premises are ("Recuerden que la sede social
está en Dublé Almeyda 3950, Ñuñoa", "Our clubhouse is at 12 Mill Lane", "Unser Vereinsheim
befindet sich in der Gartenstraße 5", "Notre local se trouve au 12 rue des Lilas"), then holds
its meetings "en la sede", "at the clubhouse", "im Vereinsheim", "au local": those meetings are
at the premises, at that address. (holdout27's Ñuñoa residents' newsletter, after its blind
score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 5)

# (sentence, kind as the venue, street, two entries' date lines, the entries' place words)
PAGES = [
    ("Remember that our clubhouse is at 12 Mill Lane, Hebden Bridge (next to the lock).",
     "Clubhouse", "12 Mill Lane",
     ["Saturday 12 December, 10.30am", "Tuesday 5 January 2027, 8pm"], "at the clubhouse"),
    ("Unser Vereinsheim befindet sich in der Gartenstraße 5, Tübingen (hinter der Turnhalle).",
     "Vereinsheim", "Gartenstraße 5",
     ["Samstag, 12. Dezember, 10:30 Uhr", "Dienstag, 5. Januar 2027, 20 Uhr"], "im Vereinsheim"),
    ("Notre local se trouve au 12 rue des Lilas, Nantes (au fond de la cour).",
     "Local", "12 rue des Lilas",
     ["samedi 12 décembre, 10 h 30", "mardi 5 janvier 2027, 20 h"], "au local"),
    ("Recuerden que la sede social está en Dublé Almeyda 3950, Ñuñoa (entre Pedro de Valdivia y Los Jardines).",
     "Sede social", "Dublé Almeyda 3950",
     ["sábado 12 de diciembre, 10:30 hrs.", "martes 5 de enero 2027, 20:00 hrs."], "en la sede"),
]  # fmt: skip


def _page(sentence: str, dates: list[str], where: str) -> str:
    return (
        "BOLETÍN / NEWSLETTER N° 58\n\nDear neighbours, here is what is coming up.\n"
        f"{sentence}\n\n"
        f"* Workshop on urban gardens:\n  {dates[0]}, {where}.\n\n"
        f"* General meeting:\n  {dates[1]}, {where}.\n"
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_meetings_at_the_premises_are_at_their_address(row: tuple) -> None:
    sentence, kind, street, dates, where = row
    listing = parse(_page(sentence, dates, where), as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2026-12-12", "2027-01-05"]
    for m in listing.meetings:
        assert m.venue == kind
        assert (m.address or "").startswith(street)


def test_premises_named_without_a_street_give_no_address() -> None:
    page = _page("Our clubhouse is at the heart of the village.", PAGES[0][3], "at the clubhouse")
    for m in parse(page, as_of=AS_OF).meetings:
        assert m.address is None
