"""AppTest of app_pages/1_Find_a_meeting.py: known answers, controls, bad input, privacy, .ics files."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module
from app_fixtures import make_env, qp, run_app
from icalendar import Calendar
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from eventmap.geo import geocoder as geocode

PAGE = "app_pages/1_Find_a_meeting.py"
AS_OF = date(2019, 3, 1)


class CountingGeocoder:
    """The real shared geocoder, with its visitor lookups counted (everything else passes on)."""

    def __init__(self, real: geocode.Geocoder):
        self._real = real
        self.lookups: list[tuple[str, bool]] = []

    def lookup(self, query: str, *, persist: bool = False, **kw):
        self.lookups.append((query, persist))
        return self._real.lookup(query, persist=persist, **kw)

    def __getattr__(self, name: str):
        return getattr(self._real, name)


@pytest.fixture
def geo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CountingGeocoder:
    make_env(tmp_path, monkeypatch)
    spy = CountingGeocoder(geocode.default_geocoder())
    monkeypatch.setattr(geocode, "default_geocoder", lambda: spy)
    return spy


@pytest.fixture
def media(monkeypatch: pytest.MonkeyPatch) -> list[MemoryMediaFileStorage]:
    """The in-memory media stores AppTest creates, kept so a test can read downloads back."""
    made: list[MemoryMediaFileStorage] = []

    class Recording(MemoryMediaFileStorage):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", Recording)
    return made


WIDGETS = {
    "nearest_units": "radio",
    "nearest_radius": "select_slider",
    "nearest_limit": "number_input",
    "nearest_include_past": "toggle",
}


def search(query: str, *, as_of: date | None = AS_OF, **widgets) -> AppTest:
    """Open the page, type ``query``, set "Upcoming from" and any other widgets, and run."""
    at = run_app(PAGE)
    at.text_input(key="nearest_query").set_value(query)
    if as_of is not None:
        at.date_input(key="nearest_as_of").set_value(as_of)
    for key, value in widgets.items():
        getattr(at, WIDGETS[key])(key=key).set_value(value)
    return at.run()


def titles(at: AppTest) -> list[str]:
    """Result headings in order, without their rank numbers."""
    return [m.value.split(". ", 1)[1] for m in at.markdown if m.value.startswith("#### ")]


def details(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("**") and "**When:**" in m.value]


@pytest.mark.parametrize(
    "query, first, count",
    [
        ("48104", "University of Michigan", 2),
        ("48202", "Wayne State University", 1),
        ("Berkeley, CA", "UC Berkeley", 1),
        ("\u202eBerkeley, CA 🎓\u202c", "UC Berkeley", 1),  # bidi override and emoji dropped
    ],
)
def test_known_answers(geo, query: str, first: str, count: int) -> None:
    at = search(query)
    assert not at.exception
    got = titles(at)
    assert got[:count] == [first] * count and got[count] != first
    assert len(got) == 10  # the default limit
    assert geo.lookups == [(query.strip("\u202e\u202c 🎓"), False)]  # never persisted
    assert not at.warning


def test_ann_arbor_distances_times_and_directions(geo) -> None:
    at = search("48104")
    first, second = details(at)[:2]
    assert first.startswith("**0.") and " mi**" in first  # under a mile: about 1 km
    assert "Mon, Apr 15, 2019 · 7\\:00 PM EDT" in first
    assert "Weiser Hall, Room 182" in first and "450 Church St\\., Ann Arbor" in first
    assert "Michigan League, Room A" in second
    links = [b.proto.url for b in at.get("link_button")]
    assert links[0].startswith(
        "https://www.openstreetmap.org/directions?engine=fossgis_osrm_car&route="
    )
    assert "%3B42.2" in links[0]  # ... to a point in Ann Arbor
    spec = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    assert {layer["id"] for layer in spec["layers"]} >= {"to-nearest", "results", "origin"}


def test_units_radius_and_limit(geo) -> None:
    at = search("48104", nearest_units="km", nearest_radius=5)
    assert titles(at) == ["University of Michigan"] * 2
    assert all(" km**" in d for d in details(at))
    at = search("48104", nearest_limit=3)
    assert len(titles(at)) == 3


def test_units_default_by_place_until_the_visitor_chooses(geo) -> None:
    at = search("London, United Kingdom")
    assert titles(at)[0] == "Massachusetts Institute of Technology"  # nearest across the Atlantic
    assert at.radio(key="nearest_units").value == "km"
    assert all(" km**" in d for d in details(at))
    at.radio(key="nearest_units").set_value("mi").run()  # the visitor's choice sticks
    at.text_input(key="nearest_query").set_value("48104").run()
    assert at.radio(key="nearest_units").value == "mi"


def test_today_offers_past_meetings_most_recent_first(geo) -> None:
    at = search("48104", as_of=None)  # "Upcoming from" defaults to today; the data is from 2019
    notes = [i.value for i in at.info]
    assert any("No upcoming meetings on or after" in n and "most recent first" in n for n in notes)
    got = titles(at)
    assert got[0] == "New York University"  # April 18, the last dated meeting on the page
    assert all("already took place" in d for d in details(at)[:3])


def test_include_past_ranks_by_distance(geo) -> None:
    at = search("Berkeley, CA", as_of=None, nearest_include_past=True)
    assert titles(at)[0] == "UC Berkeley"


def test_page_honours_the_sidebar_campaign_filter(geo) -> None:
    at = search("48104")
    options = at.multiselect(key="flt_campaigns").options
    tour = next(o for o in options if o.startswith("The Threat of Fascism"))
    at.multiselect(key="flt_campaigns").set_value([tour]).run()
    assert titles(at)[0] == "University of Michigan"
    assert "Michigan League, Room A" not in " ".join(details(at))  # the other campaign's


BAD = [
    ("   ", "type where you are", 0),
    ("x" * 10_000, "10,000 characters long", 0),
    ("🎉🗺️", "no letters or digits", 0),
    ("91,0", "latitude 91 is out of range", 0),
    ("45, 181", "longitude 181 is out of range", 0),
    ("qwzxv plokj", "No place found", 1),
    ("00000", "No place found", 1),
    ("תל אביב", "No place found", 1),
    ("مرحبا بالعالم", "No place found", 1),
]


@pytest.mark.parametrize("query, message, lookups", BAD)
def test_bad_input_shows_a_message_and_no_results(geo, query, message, lookups) -> None:
    at = search(query)
    assert not at.exception
    warnings = [w.value for w in at.warning]
    assert len(warnings) == 1 and message.lower() in warnings[0].lower()
    assert titles(at) == []
    assert len(geo.lookups) == lookups


def test_first_visit_explains_and_clearing_the_box_warns(geo) -> None:
    at = run_app(PAGE)
    assert [i.value for i in at.info][-1].startswith("Type a ZIP code")
    assert not at.warning and geo.lookups == []
    at.date_input(key="nearest_as_of").set_value(AS_OF)
    at.text_input(key="nearest_query").set_value("48202").run()
    assert titles(at)[0] == "Wayne State University"
    at.text_input(key="nearest_query").set_value("").run()
    assert "type where you are" in at.warning[0].value.lower()
    assert titles(at) == [] and len(geo.lookups) == 1


def test_query_stays_out_of_the_url_until_shared(geo) -> None:
    at = search("48104")
    assert qp(at, "near") == []
    at.select_slider(key="nearest_radius").set_value(250).run()
    assert qp(at, "near") == [] and len(geo.lookups) == 1  # the place is remembered per session
    at.button(key="nearest_share").click().run()
    assert qp(at, "near") == ["48104"]
    at.text_input(key="nearest_query").set_value("48202").run()
    assert qp(at, "near") == []  # a new search does not inherit the old link


def test_a_shared_link_fills_the_box(geo) -> None:
    at = run_app(PAGE, near="48202")
    at.date_input(key="nearest_as_of").set_value(AS_OF).run()
    assert at.text_input(key="nearest_query").value == "48202"
    assert titles(at)[0] == "Wayne State University"


def _download(at: AppTest, media: list[MemoryMediaFileStorage], index: int) -> tuple[str, bytes]:
    button = at.get("download_button")[index]
    file_id = button.proto.url.rsplit("/", 1)[-1]
    for store in reversed(media):
        try:
            f = store.get_file(file_id)
        except Exception:
            continue
        return f.filename, f.content
    raise AssertionError(f"no media file {file_id}")


def test_add_to_calendar_gives_a_valid_ics_with_the_right_instant(geo, media) -> None:
    at = search("Berkeley, CA")
    name, data = _download(at, media, 0)
    assert name == "meeting-2019-04-08-uc-berkeley.ics"
    cal = Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    start = events[0].decoded("dtstart")
    assert str(events[0]["dtstart"].params["TZID"]) == "America/Los_Angeles"
    assert start.astimezone(UTC) == datetime(2019, 4, 9, 2, 0, tzinfo=UTC)
    assert "Moffitt Library" in str(events[0]["location"])


def test_undated_meeting_has_no_calendar_button(geo) -> None:
    at = search("Cambridge, MA", nearest_limit=50)
    got = titles(at)
    assert got[-1] == "Massachusetts Institute of Technology"  # the pending one, ranked last
    assert details(at)[-1].count("details coming soon") >= 1
    assert len(at.get("download_button")) == len(got) - 1
    assert any("No date yet" in c.value for c in at.caption)
