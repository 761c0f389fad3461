"""Event cards with labelled fields (holdout6, a-nz-gallery-talks-events): a "Date" / "Time" /
"Where" label and its value, as an HTML definition list, label/value rows or "Label: value"
lines. A label is never a place; the value of a place label is the venue, and the time label's
value is the meeting's time. Labels in English, German, French and Spanish. The rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 2, 1)
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")
LABELS = {
    "date", "time", "where", "venue", "location", "place", "ort", "wo", "datum", "zeit",
    "uhrzeit", "lieu", "où", "heure", "lugar", "dónde", "fecha", "hora",
}  # fmt: skip


def _places(m) -> list[str]:
    return [str(getattr(m, f)) for f in PLACE_FIELDS if getattr(m, f)]


def _no_label_is_a_place(m) -> None:
    for p in _places(m):
        assert not {w.strip(" :|").lower() for w in p.split()} & LABELS, p


# fmt: off
@pytest.mark.parametrize("lang,fields,day,start,venue", [
    ("en", [("Date", "Wed 11 Mar 2026"), ("Time", "7pm"), ("Where", "Old Fire Station, Room 2")],
     "2026-03-11", "19:00", "Old Fire Station"),
    ("en", [("Venue", "Quaker Meeting House"), ("Date", "Sat 14 March 2026"), ("Time", "10.30am")],
     "2026-03-14", "10:30", "Quaker Meeting House"),
    ("en", [("Time", "6:15 pm"), ("Date", "Thursday 19 March 2026"), ("Location", "Main Hall")],
     "2026-03-19", "18:15", "Main Hall"),
    ("en", [("Date", "Friday 20 March 2026"), ("Time", "8pm – 10pm"), ("Place", "The Crypt")],
     "2026-03-20", "20:00", "The Crypt"),
    ("de", [("Datum", "Dienstag, 10. März 2026"), ("Uhrzeit", "19:30 Uhr"),
            ("Ort", "Stadtteilzentrum Nord")], "2026-03-10", "19:30", "Stadtteilzentrum Nord"),
    ("de", [("Wo", "Gemeindesaal St. Paul"), ("Datum", "Samstag, 21. März 2026"),
            ("Zeit", "15 Uhr")], "2026-03-21", "15:00", "Gemeindesaal St. Paul"),
    ("fr", [("Date", "jeudi 12 mars 2026"), ("Heure", "18h30"), ("Lieu", "Salle des fêtes")],
     "2026-03-12", "18:30", "Salle des fêtes"),
    ("fr", [("Où", "Bibliothèque municipale"), ("Date", "samedi 28 mars 2026"),
            ("Heure", "14h")], "2026-03-28", "14:00", "Bibliothèque municipale"),
    ("es", [("Fecha", "martes 17 de marzo de 2026"), ("Hora", "19:00"),
            ("Lugar", "Centro Cívico La Almozara")], "2026-03-17", "19:00",
     "Centro Cívico La Almozara"),
    ("es", [("Dónde", "Ateneo Popular"), ("Fecha", "viernes 27 de marzo de 2026"),
            ("Hora", "20:30")], "2026-03-27", "20:30", "Ateneo Popular"),
])
# fmt: on
@pytest.mark.parametrize("layout", ["colon", "label-line", "row", "dl"])
def test_a_labelled_card_reads_its_place_and_time(lang, fields, day, start, venue, layout):
    title = "Open evening"
    if layout == "colon":
        body = "\n".join(f"{k}: {v}" for k, v in fields)
        page = f"Events\n\n{title}\n{body}\n\nAll welcome.\n"
    elif layout == "label-line":
        body = "\n".join(f"{k}\n{v}" for k, v in fields)
        page = f"Events\n\n{title}\n\n{body}\n\nAll welcome.\n"
    elif layout == "row":
        rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in fields)
        page = f"<html><body><h1>Events</h1><h3>{title}</h3><table>{rows}</table></body></html>"
    else:
        items = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in fields)
        page = f"<html><body><h1>Events</h1><h3>{title}</h3><dl>{items}</dl></body></html>"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == (day, start)
    assert venue in " | ".join(_places(m))
    _no_label_is_a_place(m)


PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>What's on</title></head>
<body>
<h1>What's on</h1>
<div class="card">
  <h3><a href="/e/1">Printmaking demonstration</a></h3>
  <dl>
    <dt>Date</dt><dd>Sat 7 Mar 2026</dd>
    <dt>Time</dt><dd>11am – 12pm</dd>
    <dt>Where</dt><dd>Studio 2, Level 1</dd>
    <dt>Cost</dt><dd>Free</dd>
  </dl>
  <p>Watch a printer at work and try the press.</p>
</div>
<div class="card">
  <h3><a href="/e/2">Evening lecture: river towns</a></h3>
  <dl>
    <dt>Date</dt><dd>Tue 17 Mar 2026</dd>
    <dt>Time</dt><dd>6.30pm</dd>
    <dt>Venue</dt><dd>Online – streamed on our website</dd>
    <dt>Cost</dt><dd>$5</dd>
  </dl>
</div>
<div class="card">
  <h3><a href="/e/3">Family drop-in</a></h3>
  <dl>
    <dt>Date</dt><dd>Sun 22 Mar 2026</dd>
    <dt>Time</dt><dd>1pm</dd>
    <dt>Location</dt><dd>Learning Room</dd>
  </dl>
</div>
</body></html>
"""


def test_a_page_of_labelled_cards():
    ms = parse(PAGE, as_of=AS_OF).meetings
    got = [(m.date, m.start_time) for m in ms]
    assert got == [("2026-03-07", "11:00"), ("2026-03-17", "18:30"), ("2026-03-22", "13:00")]
    assert "Studio 2" in " | ".join(_places(ms[0]))
    assert ms[1].online
    assert "Learning Room" in " | ".join(_places(ms[2]))
    for m in ms:
        _no_label_is_a_place(m)
