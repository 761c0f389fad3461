"""A shop's or a centre's own events (the bookshop of tests/ingest/corpus/holdout3): lines laid
out "Wed 4 Mar · 7pm · Title · at Venue", the venue named only at the top of the page. The part
after the time is the title unless it names a place; a meeting that names no place is at the
venue the page names at its top (with a warning, the page does not say so); a note under the
last entry is no venue block; a status remark after a dash does not cost a line its place.
The rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def _places(m) -> str:
    return " | ".join(str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f))


# fmt: off
@pytest.mark.parametrize("line,lang,title,place", [
    ("Thu 5 Mar · 7pm · Jo Baker in conversation", None, "Jo Baker in conversation", ""),
    ("Sat 7 Mar · 2pm · Poetry workshop · at the Swan Hotel", None, "Poetry workshop",
     "Swan Hotel"),
    ("Fri 13 Mar · 7pm · Film club · @ The Plough Inn", None, "Film club", "The Plough Inn"),
    ("Wed 11 Mar · 7.30pm · Quiz night · Room 4, Union Hall", None, "Quiz night", "Union Hall"),
    ("Tue 10 Mar · 6.30pm · Central Library", None, None, "Central Library"),
    ("Mon 9 Mar · 6pm · Launch: Kit Fraser, Low Tide (poetry)", None,
     "Launch: Kit Fraser, Low Tide (poetry)", ""),
    ("Sa. 7. März · 15 Uhr · Kinderbuchnachmittag · im Nachbarschaftshaus", "de",
     "Kinderbuchnachmittag", "Nachbarschaftshaus"),
    ("samedi 7 mars · 15h · Atelier d'écriture · à la Médiathèque Cabanis", "fr",
     "Atelier d'écriture", "Médiathèque Cabanis"),
    ("sábado 7 de marzo · 12:00 · Cuentacuentos · en la Biblioteca Eugenio Trías", "es",
     "Cuentacuentos", "Biblioteca Eugenio Trías"),
])
# fmt: on
def test_a_dot_separated_line_gives_its_title_and_its_place_only_where_a_part_names_one(
    line, lang, title, place
):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.title == title
    assert place in _places(m) if place else _places(m) == ""


# fmt: off
@pytest.mark.parametrize("top,lang,entry,venue,town", [
    ("THE GREEN DOOR BOOKSHOP\n27 Castle Street, Hay-on-Wye HR3 5DF",
     None, "Thu 5 Mar · 7pm · Jo Baker in conversation", "The Green Door Bookshop", "Hay-on-Wye"),
    ("Riverside Books · 221 River St, Troy, NY 12180 · (518) 555-0142",
     None, "Thu 5 Mar · 7pm · Storytime", "Riverside Books", "Troy"),
    ("Buchhandlung Lesezeichen\nHauptstraße 12, 10827 Berlin",
     "de", "Do. 5. März · 19 Uhr · Lesung mit Anna Weber", "Buchhandlung Lesezeichen", "Berlin"),
    ("Librairie La Comète · 8 rue des Carmes, 31000 Toulouse",
     "fr", "jeudi 5 mars · 19h · Rencontre avec Marie Duval", "Librairie La Comète", "Toulouse"),
    ("Librería El Búho\nCalle Mayor 21, 28013 Madrid",
     "es", "jueves 5 de marzo · 19:00 · Presentación: Lucía Gil", "Librería El Búho", "Madrid"),
])
# fmt: on
def test_a_meeting_that_names_no_place_is_at_the_venue_at_the_top_of_the_page(
    top, lang, entry, venue, town
):
    page = f"{top}\n\n{entry}\nSat 7 Mar · 2pm · Quiz · at the Red Lion\n"
    if lang:
        page = f"{top}\n\n{entry}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    first = listing.meetings[0]
    assert first.venue == venue and first.city == town
    assert any("venue at the top of the page" in w.reason for w in listing.warnings)
    if not lang:
        assert "Red Lion" in _places(listing.meetings[1])
        assert venue not in _places(listing.meetings[1])


# fmt: off
@pytest.mark.parametrize("top", [
    "The Corner Bookshop",
    "Riverside tenants\nWe meet to organise for repairs and fair rents.",
    "News\nSince 1987, 500 titles",
])
# fmt: on
def test_without_an_address_at_the_top_the_meeting_keeps_no_place(top):
    listing = parse(f"{top}\n\nThu 5 Mar · 7pm · Jo Baker in conversation\n", as_of=AS_OF)
    assert _places(listing.meetings[0]) == ""
    assert not any("venue at the top" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("note", [
    "All tickets for the quiz must be bought in advance at the till.",
    "Pre-orders for the new novel close on Sunday 15 February.",
    "Please note that the shop closes early on event nights.",
])
# fmt: on
def test_a_note_under_the_last_entry_is_no_venue_for_the_entries(note):
    page = (
        "Events\n\nWed 4 Feb · 6.30pm · Reading group\nThu 5 Feb · 7pm · Quiz · at the Red Lion\n"
        f"Fri 6 Feb · 7pm · Film night\n\n{note}\n"
    )
    got = [_places(m) for m in parse(page, as_of=AS_OF).meetings]
    assert got == ["", "Red Lion", ""]


# fmt: off
@pytest.mark.parametrize("line,lang,status,place", [
    ("Tue 3 Mar, 7pm – Housing forum (Salle Jaurès) — CANCELLED, new date to follow", None,
     "cancelled", "Salle Jaurès"),
    ("Wed 4 Mar, 6pm – Reading group – Room 4 – POSTPONED until further notice", None,
     "postponed", "Room 4"),
    ("Do. 5. März, 19 Uhr – Vortrag – Raum 3 – ABGESAGT wegen Krankheit", "de", "cancelled",
     "Raum 3"),
    ("mardi 3 mars, 19h – Débat (Salle des fêtes) — ANNULÉ, reporté à une date ultérieure", "fr",
     "cancelled", "Salle des fêtes"),
    ("martes 3 de marzo, 19:00 h — Charla (Aula 2) — SUSPENDIDA por lluvia", "es", "cancelled",
     "Aula 2"),
    ("jueves 5 de marzo, 19:30 h — Mesa redonda (Sala Lorca) — APLAZADA, nueva fecha por confirmar",
     "es", "postponed", "Sala Lorca"),
    ("sábado 7 de marzo, 12:00 h — «El bosque», con Ana Ruiz — Sala infantil (CANCELADO)", "es",
     "cancelled", "Sala infantil"),
    ("Sat 7 Mar, 11am — Storytime with Jo Baker — Children's Library (cancelled: staff illness)",
     None, "cancelled", "Children's Library"),
    ("Sa. 7. März, 11 Uhr — Lesung mit Anna Roth — Stadtbibliothek (verschoben auf April)", "de",
     "postponed", "Stadtbibliothek"),
])
# fmt: on
def test_a_status_remark_after_a_dash_keeps_the_place_before_it(line, lang, status, place):
    (m,) = parse(f"News\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert m.status == status
    assert place in _places(m)
