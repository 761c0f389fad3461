"""A chat's list of events, one event a line, with the time after the title and the place after
"@" or a comma (issue 17; the Chicago Discord channel of tests/ingest/corpus/holdout10): "• Sat
12/12 – Winter Bike Repair Clinic, 10am–2pm @ West Town Bikes, 2459 W Division St", "Jan 21
(Thu) Volunteer Orientation 6:30 PM, The Recyclery", "…, noon, online". The time is the
meeting's, the words before it its title, the words after it its place. A time that a
sentence's words lead to ("we meet again at 7pm") is not read this way. A chat's pin count
under a post ("📌 1") is no place. The rows are variants written from the pattern, not copied
from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)


# fmt: off
@pytest.mark.parametrize("lang,line,want", [
    ("en", "• Fri 3/5 – Zine workshop and swap, 6–8pm @ Quimby's Bookstore, 1854 W North Ave",
     ("2027-03-05", "18:00", "Zine workshop and swap", "Quimby's Bookstore")),
    ("en", "• Tue 1/19 – Tenants' union general meeting 7pm @ Hull House",
     ("2027-01-19", "19:00", "Tenants' union general meeting", "Hull House")),
    ("en", "Feb 4 (Thu) Bike mechanics skillshare 6:30 PM, Sound Bikes",
     ("2027-02-04", "18:30", "Bike mechanics skillshare", "Sound Bikes")),
    ("en", "Feb 6 (Sat) Zine swap planning meeting, noon, online (link in pins)",
     ("2027-02-06", "12:00", "Zine swap planning meeting", None)),
    ("en", "• Sat 12/12 – Winter social and potluck dinner, 7pm",
     ("2026-12-12", "19:00", "Winter social and potluck dinner", None)),
    ("de", "• Sa 6.3. – Offene Fahrradwerkstatt 14–18 Uhr @ Radhaus, Kastanienallee 12",
     ("2027-03-06", "14:00", "Offene Fahrradwerkstatt", "Radhaus")),
    ("fr", "• sam. 6 mars – Atelier vélo participatif, 14h @ La Petite Rockette, 125 rue du Chemin Vert",
     ("2027-03-06", "14:00", "Atelier vélo participatif", "La Petite Rockette")),
    ("es", "• sáb 6 mar – Taller de reparación de bicis, 11:00 @ La Biciescuela, calle Embajadores 35",
     ("2027-03-06", "11:00", "Taller de reparación de bicis", "La Biciescuela")),
])
# fmt: on
def test_the_time_after_an_entrys_title_is_its_time(lang, line, want):
    ms = parse(f"Events\n\n{line}\n", as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [want[:2]]
    assert ms[0].title == want[2]  # not "(Thu) …": the bracketed weekday is the date's
    if want[3] is None:
        assert ms[0].venue is None
    else:
        assert ms[0].venue == want[3]


def test_online_after_the_time_is_held_online():
    line = "Feb 6 (Sat) Zine swap planning meeting, noon, online (link in pins)"
    (m,) = parse(f"Events\n\n{line}\n", as_of=AS_OF).meetings
    assert m.online


def test_a_time_a_sentence_leads_to_is_not_an_entrys_time_after_its_title():
    line = "• Sat 12/12 – After the holidays we will all be meeting again at 7pm, hopefully"
    (m,) = parse(f"Events\n\n{line}\n", as_of=AS_OF).meetings
    assert m.title is None or "meeting again at" not in m.title


CHANNEL = """#events
Tri-City Bike Kitchens

Dana — 11/28/2026 4:12 PM
📅 **Oakland December lineup** (free, all welcome)
• Sat 12/12 – Flat fixing 101, 10am–1pm @ Bikes 4 Life, 1600 7th St
• Thu 12/17 – Volunteer night 6:30pm @ The Bike Kitchen
👍 14  🚲 6

Dana — Yesterday at 8:15 PM
January, pinning this:
**Jan 9 (Sat)** Brake clinic 10am @ Bikes 4 Life
**Jan 21 (Thu)** Volunteer night 6:30 PM, The Bike Kitchen
**Jan 30 (Sat)** Bike to Work Day planning mtg, noon, online (Zoom link in pins)
📌 1
"""


def test_a_channels_event_lists():
    ms = parse(CHANNEL, as_of=AS_OF).meetings
    got = [(m.date, m.start_time, m.venue, m.online) for m in ms]
    assert got == [
        ("2026-12-12", "10:00", "Bikes 4 Life", False),
        ("2026-12-17", "18:30", "The Bike Kitchen", False),
        ("2027-01-09", "10:00", "Bikes 4 Life", False),
        ("2027-01-21", "18:30", "The Bike Kitchen", False),
        ("2027-01-30", "12:00", None, True),
    ]
