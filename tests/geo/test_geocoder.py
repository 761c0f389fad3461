"""Offline geocoding: the seed listing, the campus table, visitor queries, overrides, bad input."""

from __future__ import annotations

import csv
import math
from datetime import date

import pytest
from geopy.distance import geodesic

from eventmap import config
from eventmap.core.frame import to_frame
from eventmap.geo.gazetteer import default_gazetteer
from eventmap.geo.geocoder import OSM_ATTRIBUTION, Geocoder, attribution
from eventmap.geo.overrides import Override, load_overrides_csv, override_key
from eventmap.ingest.parse import parse
from eventmap.model import PRECISIONS, Meeting

# Where each seed meeting really is (the 14 meetings in page order), looked up independently of
# data/venues.csv; the MIT meetings have no venue, so the truth is the centre of MIT's campus.
SEED_TRUTH = [
    ("UC Berkeley", "Moffitt Library", 37.8726, -122.2607, "America/Los_Angeles"),
    ("San Diego State", "Student Union", 32.7739, -117.0701, "America/Los_Angeles"),
    ("Wayne State", "Student Center", 42.3575, -83.0705, "America/Detroit"),
    ("University of Michigan", "Weiser Hall", 42.2768, -83.7358, "America/Detroit"),
    ("Massachusetts Institute", None, 42.3601, -71.0942, "America/New_York"),
    ("New York University", "Global Center", 40.7290, -73.9987, "America/New_York"),
    ("Western Michigan", "Bernhard Center", 42.2834, -85.6133, "America/Detroit"),
    ("New York University", "Kimmel Center", 40.7299, -73.9978, "America/New_York"),
    ("San Diego State", "Aztec Student Union", 32.7739, -117.0701, "America/Los_Angeles"),
    ("University of Florida", "Reitz Union", 29.6463, -82.3479, "America/New_York"),
    ("New York University", "Kimmel Center", 40.7299, -73.9978, "America/New_York"),
    ("University of Michigan", "Michigan League", 42.2793, -83.7375, "America/Detroit"),
    ("Los Angeles", "Math Sciences", 34.0697, -118.4427, "America/Los_Angeles"),
    ("Massachusetts Institute", None, 42.3601, -71.0942, "America/New_York"),
]


@pytest.fixture(scope="module")
def seed_meetings(seed_text):
    return parse(seed_text, as_of=date(2019, 3, 1)).meetings


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    return Geocoder("offline", cache_path=tmp_path_factory.mktemp("c") / "never.sqlite")


@pytest.fixture(scope="module")
def seed_locations(offline, seed_meetings):
    return offline.locate_all(seed_meetings)


def test_seed_has_fourteen_meetings(seed_meetings):
    assert len(seed_meetings) == len(SEED_TRUTH)


@pytest.mark.parametrize("i", range(len(SEED_TRUTH)), ids=[f"{t[0]}-{t[1]}" for t in SEED_TRUTH])
def test_seed_meeting_within_3km_of_true_venue(i, seed_meetings, seed_locations):
    campus, venue, lat, lon, tz = SEED_TRUTH[i]
    m, loc = seed_meetings[i], seed_locations[i]
    assert campus.casefold() in (m.campus or "").casefold()
    assert loc is not None
    assert geodesic((loc.lat, loc.lon), (lat, lon)).km <= 3.0
    assert loc.timezone == tz
    assert loc.precision in PRECISIONS
    # Honest precision: a named venue is pinned to the venue (or its address); no venue -> campus.
    if venue is None:
        assert loc.precision == "campus"
    else:
        assert loc.precision in ("venue", "address")
        assert geodesic((loc.lat, loc.lon), (lat, lon)).km <= 0.5


def test_frame_fills_blank_city_and_state_from_the_campus(seed_meetings, seed_locations):
    df = to_frame(seed_meetings, seed_locations)
    wmu = df[df["campus"] == "Western Michigan University"].iloc[0]
    assert (wmu["city"], wmu["state"]) == ("Kalamazoo", "MI")
    mit = df[(df["campus"] == "Massachusetts Institute of Technology") & df["date"].isna()].iloc[0]
    assert (mit["city"], mit["state"], mit["precision"]) == ("Cambridge", "MA", "campus")


def test_offline_geocoder_never_touches_the_cache(tmp_path, seed_meetings):
    path = tmp_path / "c.sqlite"
    g = Geocoder("offline", cache_path=path)
    g.locate_all(seed_meetings)
    g.lookup("48109", persist=True)
    assert not path.exists()
    assert g.provider_calls == 0 and g.failures == []


def test_progress_reports_every_meeting(offline, seed_meetings):
    seen = []
    offline.locate_all(seed_meetings, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (14, 14)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(t == 14 for _, t in seen)


# -- campus matching ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("UC Berkeley Moffitt Library Room 101", "University of California Berkeley"),
        ("University of California, Berkeley", "University of California Berkeley"),
        ("Math Sciences 5148, UCLA", "University of California Los Angeles"),
        ("University of Michigan Ann Arbor", "University of Michigan"),
        ("University of Michigan-Dearborn", "University of Michigan Dearborn"),
        ("Western Michigan University", "Western Michigan University"),
        ("Michigan State University", "Michigan State University"),
        ("Rally – New York University", "New York University"),
        ("NYU Kimmel Center staircase", "New York University"),
        ("University of Florida Gainesville", "University of Florida"),
        ("SDSU Aztec Student Union", "San Diego State University"),
        ("Washington University in St. Louis", "Washington University in St. Louis"),
        ("George Washington University", "George Washington University"),
        ("Cal", "University of California Berkeley"),
        ("Stanford", "Stanford University"),
        # never a campus:
        ("Michigan League, Room A", None),
        ("Michigan", None),
        ("Berkeley, California", None),
        ("Western Washington University", None),  # not "Washington University"
        ("Smith Hall, room mit Beamer", None),  # "mit" is not MIT
        ("Calendar of events", None),
        ("Stanford Avenue 12", None),
        ("", None),
        ("<script>alert('University of Michigan')</script>", "University of Michigan"),
    ],
)
def test_campus_matching(text, expected):
    hit = default_gazetteer().campuses.match(text)
    assert (hit.name if hit else None) == expected


def test_campus_table_is_large_and_each_campus_is_in_its_city():
    gaz = default_gazetteer()
    campuses = gaz.campuses.campuses
    assert len(campuses) >= 120
    for c in campuses:
        city = gaz.cities.get(c.city, c.state)
        assert city is not None, c.name
        # a campus lies in or next to its city: catches sign errors and swapped coordinates
        assert geodesic((c.lat, c.lon), (city.lat, city.lon)).km < 30, c.name


def test_campus_aliases_are_unambiguous():
    with open(config.settings().data_dir / "campuses.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    seen: dict[str, str] = {}
    for row in rows:
        for alias in [row["name"], *row["aliases"].split("|")]:
            key = " ".join(alias.lstrip("=").casefold().replace("-", " ").split())
            assert seen.setdefault(key, row["name"]) == row["name"], alias


# -- visitor queries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, precision, lat, lon, city, state",
    [
        ("48109", "postal_code", 42.278, -83.738, "Ann Arbor", "MI"),
        (" 94720-1234 ", "postal_code", 37.872, -122.259, "Berkeley", "CA"),
        ("Ann Arbor, MI", "city", 42.281, -83.748, "Ann Arbor", "MI"),
        ("Ann Arbor MI", "city", 42.281, -83.748, "Ann Arbor", "MI"),
        ("Berkeley, CA", "city", 37.872, -122.273, "Berkeley", "CA"),
        ("Gainesville, Florida", "city", 29.652, -82.325, "Gainesville", "FL"),
        ("Western Michigan University", "campus", 42.284, -85.614, "Kalamazoo", "MI"),
        ("UC Berkeley", "campus", 37.872, -122.258, "Berkeley", "CA"),
        ("Berlin, Germany", "city", 52.52, 13.405, "Berlin", None),
        ("Storrs, CT", "city", 41.808, -72.250, "Storrs", "CT"),
        ("NYC", "city", 40.713, -74.006, None, "NY"),
        ("42.2808, -83.7430", "address", 42.2808, -83.7430, None, None),
    ],
)
def test_lookup_free_text(offline, query, precision, lat, lon, city, state):
    loc = offline.lookup(query)
    assert loc is not None
    assert loc.precision == precision
    assert geodesic((loc.lat, loc.lon), (lat, lon)).km < 5
    if city:
        assert loc.city == city
    assert loc.state == state
    assert loc.timezone


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "00000",
        "99999",
        "nan, nan",
        "91, 10",
        "10, 181",
        "<img src=x onerror=alert(1)>",
        '=HYPERLINK("http://x")',
        "🎉🎉🎉",
        "x" * 10_000,
        "University of " * 1000,
        "\x00\x01\x02",
        "Nowhere-that-exists, ZZ",
    ],
)
def test_lookup_hostile_or_unknown_input_returns_none(offline, query):
    assert offline.lookup(query) is None


def test_hostile_meetings_do_not_crash(offline):
    meetings = [
        Meeting(campus="<b>University of Michigan</b>", venue="<script>x</script>" * 500),
        Meeting(campus="🎉" * 3000, address="00000", postal_code="00000"),
        Meeting(campus="x" * 10_000, city="nan", state="NaN", country="NaN"),
        Meeting(address="NaN, NaN", postal_code="nan"),
        Meeting(),
    ]
    locs = offline.locate_all(meetings)
    assert len(locs) == len(meetings)
    assert locs[0] is not None and locs[0].precision == "campus"
    for loc in locs:
        if loc is not None:
            assert math.isfinite(loc.lat) and -90 <= loc.lat <= 90
            assert math.isfinite(loc.lon) and -180 <= loc.lon <= 180
    assert locs[-1] is None


def test_cascade_falls_back_to_postal_code_then_city(offline):
    zip_only = Meeting(address="1 Nowhere Rd, Ann Arbor, MI 48104")
    city_only = Meeting(place="Kalamazoo, Michigan")
    abroad = Meeting(place="Berlin, Germany")
    a, b, c = offline.locate_all([zip_only, city_only, abroad])
    assert (a.precision, a.city, a.approximate) == ("postal_code", "Ann Arbor", True)
    assert (b.precision, b.state, b.timezone) == ("city", "MI", "America/Detroit")
    assert (c.precision, c.country, c.timezone) == ("city", "DE", "Europe/Berlin")


def test_a_five_digit_street_number_is_not_a_zip_code(offline):
    # 12345 is Schenectady's ZIP; as a street number in Los Angeles it must not move the meeting
    # east. City and state are what the parser reads from the address line.
    m = parse("Rally\nSaturday, May 4, 2019, 2 pm\n12345 Sunset Blvd, Los Angeles, CA\n").meetings[
        0
    ]
    assert (m.postal_code, m.city, m.state) == (None, "Los Angeles", "CA")
    (loc,) = offline.locate_all([m])
    assert (loc.precision, loc.state, loc.timezone) == ("city", "CA", "America/Los_Angeles")


# -- overrides ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, a, b",
    [
        (
            "venue",
            "UC Berkeley / Moffitt Library",
            "University of California, Berkeley / MOFFITT library",
        ),
        ("campus", "UMich", "University of Michigan"),
        ("address", "60 Washington Square South, New York", "60 Washington Sq. S., New York"),
        ("address", "450 Church Street, Ann Arbor, Michigan", "450 Church St, Ann Arbor, MI"),
    ],
)
def test_override_keys_normalise_in_one_place(kind, a, b):
    assert override_key(kind, a) == override_key(kind, b)
    assert Override(kind, a, 1.0, 2.0).norm_key == Override(kind, b, 1.0, 2.0).norm_key


@pytest.mark.parametrize(
    "kind, key, lat, lon",
    [
        ("building", "x", 1.0, 2.0),
        ("venue", "", 1.0, 2.0),
        ("venue", "x", float("nan"), 2.0),
        ("venue", "x", 95.0, 2.0),
        ("venue", "x", 10.0, -181.0),
    ],
)
def test_override_rejects_bad_values(kind, key, lat, lon):
    with pytest.raises(ValueError):
        Override(kind, key, lat, lon)


def test_load_overrides_csv_skips_bad_rows(tmp_path):
    path = tmp_path / "venues.csv"
    path.write_text(
        "kind,key,lat,lon,note\n"
        "venue,UC Berkeley / Moffitt Library,37.8725,-122.2608,ok\n"
        "venue,UC Berkeley / Doe Library,abc,-122.2593,bad number\n"
        "planet,Mars,1,2,bad kind\n"
        "campus,MIT,42.3601,-71.0942,\n",
        encoding="utf-8",
    )
    with pytest.warns(UserWarning):
        rows = load_overrides_csv(path)
    assert [(o.kind, o.key) for o in rows] == [
        ("venue", "UC Berkeley / Moffitt Library"),
        ("campus", "MIT"),
    ]
    assert load_overrides_csv(tmp_path / "missing.csv") == []


def test_extra_overrides_win_and_pin_precision():
    pin = Override(
        "venue", "Massachusetts Institute of Technology / Stata Center", 42.3616, -71.0906
    )
    moved = Override("campus", "MIT", 42.3591, -71.0935, "organizer moved the pin")
    g = Geocoder("offline", extra_overrides=[pin, moved])
    stata = g.locate(Meeting(campus="MIT", venue="Stata Center, room 32-123"))
    tba = g.locate(Meeting(campus="Massachusetts Institute of Technology"))
    assert (stata.lat, stata.lon, stata.precision, stata.source) == (
        42.3616,
        -71.0906,
        "venue",
        "override",
    )
    assert (tba.lat, tba.lon, tba.precision) == (42.3591, -71.0935, "campus")
    # Overrides passed explicitly replace data/venues.csv
    bare = Geocoder("offline", overrides=[])
    assert bare.locate(Meeting(campus="UC Berkeley", venue="Moffitt Library")).precision == "campus"


def test_swapped_override_is_ignored_and_reported():
    # Berlin's (52.52, 13.39) written the wrong way round is still in range: only distance tells.
    good = Override("venue", "Humboldt University / Main Building", 52.5176, 13.3934)
    swapped = Override("venue", "Humboldt University / Main Building", 13.3934, 52.5176)
    meeting = Meeting(place="Berlin, Germany", campus="Humboldt University", venue="Main Building")
    assert Geocoder("offline", overrides=[good]).locate(meeting).precision == "venue"
    g = Geocoder("offline", overrides=[swapped])
    loc = g.locate(meeting)
    assert loc.precision == "city" and geodesic((loc.lat, loc.lon), (52.52, 13.40)).km < 5
    assert any("swapped" in f for f in g.failures)


@pytest.mark.parametrize(
    "provider, expected",
    [
        ("nominatim", OSM_ATTRIBUTION),
        ("cache:nominatim", OSM_ATTRIBUTION),
        ("photon", OSM_ATTRIBUTION),
        ("override", None),
        ("googlev3", None),
        (None, None),
    ],
)
def test_attribution(provider, expected):
    assert attribution(provider) == expected


def test_offline_attribution_credits_geonames():
    assert "GeoNames" in attribution("offline")
