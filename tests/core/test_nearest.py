"""The pure nearest-meeting search (eventmap.core.nearest) and the visitor helpers (eventmap.core.visitor)."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pandas as pd
import pytest
from geopy.distance import geodesic

from eventmap.core.frame import to_frame
from eventmap.core.nearest import (
    TIMING_PAST,
    TIMING_UNDATED,
    TIMING_UPCOMING,
    nearest,
    recent_past,
    search,
)
from eventmap.core.visitor import (
    MAX_QUERY_CHARS,
    VisitorQuery,
    compass,
    default_units,
    directions_url,
    format_distance,
    ics_filename,
    locate_visitor,
    origin_label,
    parse_query,
    visitor_time_label,
    when_label,
)
from eventmap.errors import QueryError
from eventmap.geo.distance import bearing_deg, haversine_km
from eventmap.model import Location, Meeting

CITIES = {
    "ann_arbor": (42.2808, -83.7430),
    "detroit": (42.3314, -83.0458),
    "berkeley": (37.8716, -122.2727),
    "new_york": (40.7128, -74.0060),
    "london": (51.5074, -0.1278),
    "sydney": (-33.8688, 151.2093),
    "quito": (-0.1807, -78.4678),
    "anchorage": (61.2181, -149.9003),
    "fiji_east": (-17.7134, 178.0650),
    "samoa": (-13.7590, -172.1046),
}


def meeting(name: str, day: str | None, **kw) -> Meeting:
    return Meeting(campaign="C", campus=name, venue=f"{name} hall", date=day, **kw)


def frame_of(rows: list[tuple[str, str | None, tuple[float, float] | None]]) -> pd.DataFrame:
    """A canonical meetings frame from (campus, ISO date or None, (lat, lon) or None) rows."""
    meetings = [meeting(n, d, start_time="19:00" if d else None) for n, d, _ in rows]
    locs = [
        Location(p[0], p[1], "campus", "test", n, "America/Detroit") if p else None
        for n, _, p in rows
    ]
    return to_frame(meetings, locs)


# Haversine against geopy's ellipsoidal geodesic ----------------------------------------------
@pytest.mark.parametrize(
    "a, b",
    [
        ("ann_arbor", "detroit"),
        ("ann_arbor", "berkeley"),
        ("new_york", "london"),
        ("london", "sydney"),
        ("quito", "new_york"),
        ("anchorage", "sydney"),
        ("fiji_east", "samoa"),  # across the antimeridian
        ("berkeley", "new_york"),
    ],
)
def test_haversine_within_half_percent_of_geodesic(a: str, b: str) -> None:
    (lat1, lon1), (lat2, lon2) = CITIES[a], CITIES[b]
    ours = float(haversine_km(lat1, lon1, lat2, lon2))
    truth = geodesic(CITIES[a], CITIES[b]).km
    assert ours == pytest.approx(truth, rel=0.005)


@pytest.mark.parametrize(
    "dest, expected",
    [((43.0, 0.0), 0.0), ((42.0, 1.0), 90.0), ((41.0, 0.0), 180.0), ((42.0, -1.0), 270.0)],
)
def test_bearing_cardinal_directions(dest: tuple[float, float], expected: float) -> None:
    got = float(bearing_deg(42.0, 0.0, *dest))
    # East/west along a parallel start slightly off 90/270 on a sphere; within a degree.
    assert abs((got - expected + 180) % 360 - 180) < 1.0


# Ranking ---------------------------------------------------------------------------------------
SMALL = [
    ("Far", "2019-04-01", CITIES["berkeley"]),
    ("Near", "2019-04-02", (42.2780, -83.7382)),
    ("Mid", "2019-04-03", CITIES["detroit"]),
    ("Nowhere", "2019-04-04", None),
    ("Old", "2019-02-01", (42.2800, -83.7400)),
    ("Soon", None, (42.2810, -83.7431)),
]


def names(df: pd.DataFrame) -> list[str]:
    return df["campus"].tolist()


def test_sorted_by_distance_skips_unlocated_and_past() -> None:
    df = frame_of(SMALL)
    out = nearest(df, *CITIES["ann_arbor"], as_of=date(2019, 3, 1))
    assert names(out) == ["Near", "Mid", "Far", "Soon"]
    assert out["distance_km"].is_monotonic_increasing or out["timing"].iloc[-1] == TIMING_UNDATED
    assert list(out["timing"]) == [TIMING_UPCOMING] * 3 + [TIMING_UNDATED]
    assert out["distance_km"].iloc[0] == pytest.approx(
        geodesic(CITIES["ann_arbor"], (42.2780, -83.7382)).km, rel=0.005
    )
    assert list(out.index) == list(range(len(out)))
    assert set(df.columns) <= set(out.columns)


def test_undated_ranked_after_dated_even_when_nearer() -> None:
    out = nearest(frame_of(SMALL), 42.2810, -83.7431, as_of=date(2019, 3, 1))
    assert out["campus"].iloc[-1] == "Soon"
    assert out["distance_km"].iloc[-1] < out["distance_km"].iloc[0]


@pytest.mark.parametrize(
    "as_of, include_past, expected",
    [
        (date(2019, 4, 2), False, ["Near", "Mid", "Soon"]),  # the day itself counts as upcoming
        (date(2019, 4, 3), False, ["Mid", "Soon"]),
        (date(2019, 5, 1), False, ["Soon"]),
        (date(2019, 5, 1), True, ["Old", "Near", "Mid", "Far", "Soon"]),
    ],
)
def test_as_of_and_include_past(as_of: date, include_past: bool, expected: list[str]) -> None:
    out = nearest(frame_of(SMALL), *CITIES["ann_arbor"], as_of=as_of, include_past=include_past)
    assert names(out) == expected


@pytest.mark.parametrize(
    "radius_km, limit, expected",
    [
        (5, 10, ["Near", "Soon"]),
        (100, 10, ["Near", "Mid", "Soon"]),
        (100, 1, ["Near"]),
        (100, 2, ["Near", "Mid"]),
        (0, 10, []),
        (None, None, ["Near", "Mid", "Far", "Soon"]),
    ],
)
def test_radius_and_limit(radius_km, limit, expected) -> None:
    out = nearest(
        frame_of(SMALL), *CITIES["ann_arbor"], radius_km=radius_km, limit=limit,
        as_of=date(2019, 3, 1),
    )  # fmt: skip
    assert names(out) == expected
    if radius_km is not None:
        assert (out["distance_km"] <= radius_km).all()


def test_recent_past_most_recent_first() -> None:
    out = recent_past(frame_of(SMALL), *CITIES["ann_arbor"], as_of=date(2019, 4, 3))
    assert names(out) == ["Near", "Far", "Old"]
    assert set(out["timing"]) == {TIMING_PAST}


def test_search_falls_back_to_past_with_a_plain_note() -> None:
    df = frame_of(SMALL)
    found = search(df, *CITIES["ann_arbor"], as_of=date(2019, 3, 1))
    assert found.mode == "upcoming" and found.note is None
    late = search(df, *CITIES["ann_arbor"], as_of=date(2020, 1, 1))
    assert late.mode == "past"
    assert names(late.results) == ["Mid", "Near", "Far", "Old", "Soon"]
    assert "No upcoming meetings on or after January 1, 2020" in late.note
    assert "without a date" in late.note
    allm = search(df, *CITIES["ann_arbor"], as_of=date(2020, 1, 1), include_past=True)
    assert allm.mode == "all" and names(allm.results)[0] == "Old"


def test_empty_and_all_unlocated_frames() -> None:
    assert nearest(frame_of([]), 0, 0).empty
    out = nearest(frame_of([("X", "2019-01-01", None)]), 0, 0, include_past=True)
    assert out.empty and "distance_km" in out.columns


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"lat": 91, "lon": 0}, "latitude"),
        ({"lat": 0, "lon": -180.5}, "longitude"),
        ({"lat": float("nan"), "lon": 0}, "finite"),
        ({"lat": 0, "lon": 0, "limit": 0}, "limit"),
        ({"lat": 0, "lon": 0, "limit": 2.5}, "limit"),
        ({"lat": 0, "lon": 0, "radius_km": -1}, "radius"),
        ({"lat": 0, "lon": 0, "radius_km": float("inf")}, "radius"),
    ],
)
def test_bad_arguments_raise_clear_value_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        nearest(frame_of(SMALL), **kwargs)


def _random_frame(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    lat = rng.uniform(-60, 70, n)
    lon = rng.uniform(-180, 180, n)
    lat[rng.random(n) < 0.01] = np.nan
    lat[:50] = 42.0  # a cluster of exact ties at one spot
    lon[:50] = -83.0
    day = pd.Timestamp("2019-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    day = day.where(rng.random(n) > 0.02)  # some undated
    return pd.DataFrame({"meeting_id": np.arange(n), "lat": lat, "lon": lon, "date": day})


@pytest.mark.parametrize(
    "point, limit, radius_km",
    [((42.0, -83.0), 60, None), ((10.0, 20.0), 10, None), ((-45.0, 179.9), 25, 3000.0)],
)
def test_large_input_matches_brute_force(point, limit, radius_km) -> None:
    """Above the size where the float32 pre-ranking kicks in, results equal an exact sort."""
    df = _random_frame(60_000, seed=7)
    as_of = date(2019, 6, 1)
    out = nearest(df, *point, limit=limit, radius_km=radius_km, as_of=as_of)

    ok = df["lat"].notna() & (df["date"].isna() | (df["date"] >= pd.Timestamp(as_of)))
    cand = df[ok]
    dist = haversine_km(point[0], point[1], cand["lat"].to_numpy(), cand["lon"].to_numpy())
    expect = pd.DataFrame({"id": cand["meeting_id"].to_numpy(), "d": dist})
    expect["undated"] = cand["date"].isna().to_numpy()
    if radius_km is not None:
        expect = expect[expect["d"] <= radius_km]
    expect = expect.sort_values(["undated", "d"], kind="stable").head(limit)
    assert out["meeting_id"].tolist() == expect["id"].tolist()
    np.testing.assert_allclose(out["distance_km"], expect["d"], rtol=1e-12)


# The visitor's query ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw, message",
    [
        ("", "type where you are"),
        (None, "type where you are"),
        ("   \t\n ", "type where you are"),
        ("x" * (MAX_QUERY_CHARS + 1), "characters long"),
        ("48104 " * 2000, "characters long"),  # a 12 kB paste
        ("🎉🗺️😀", "no letters or digits"),
        ("\u202e\u200f\u2066", "no letters or digits"),  # bidi controls only
        ("!!! ???", "no letters or digits"),
        ("91,0", "latitude 91 is out of range"),
        ("-90.5, 10", "latitude -90.5 is out of range"),
        ("45,181", "longitude 181 is out of range"),
        ("0, -200.25", "longitude -200.25 is out of range"),
    ],
)
def test_bad_queries_are_refused_with_a_message(raw, message) -> None:
    with pytest.raises(QueryError, match=f"(?i){message}"):
        parse_query(raw)


@pytest.mark.parametrize(
    "raw, text, point",
    [
        ("48104", "48104", None),
        ("  Ann   Arbor,\tMI ", "Ann Arbor, MI", None),
        ("Ann Arbor 🎉", "Ann Arbor", None),
        ("\u202eBerkeley, CA\u202c", "Berkeley, CA", None),
        ("תל אביב", "תל אביב", None),  # right-to-left letters are a real query
        ("42.2808,-83.743", "42.2808,-83.743", (42.2808, -83.743)),
        ("-33.8688, 151.2093", "-33.8688, 151.2093", (-33.8688, 151.2093)),
        ("90,180", "90,180", (90.0, 180.0)),
        ("00000", "00000", None),  # looks like a ZIP; the geocoder decides
        ("４８１０４", "48104", None),  # full-width digits, NFKC
    ],
)
def test_good_queries_are_cleaned(raw: str, text: str, point) -> None:
    assert parse_query(raw) == VisitorQuery(text, point)


class CountingGeocoder:
    """A tiny real object with the geocoder's lookup signature that records its calls."""

    def __init__(self, answer: Location | None = None, error: Exception | None = None):
        self.calls: list[tuple[str, bool]] = []
        self.answer, self.error = answer, error

    def lookup(self, query: str, *, persist: bool = False) -> Location | None:
        self.calls.append((query, persist))
        if self.error:
            raise self.error
        return self.answer


def test_locate_visitor_never_persists_and_reports_no_match_and_failure() -> None:
    here = Location(42.28, -83.74, "postal_code", "gazetteer", "48104", "America/Detroit")
    geo = CountingGeocoder(here)
    assert locate_visitor(parse_query(" 48104 "), geo) is here
    assert geo.calls == [("48104", False)]

    with pytest.raises(QueryError, match="No place found for “00000”"):
        locate_visitor(parse_query("00000"), CountingGeocoder(None))


@pytest.mark.parametrize(("mode", "message"), [("503", "failed"), ("ok", "No place found")])
def test_a_geocoder_outage_is_not_reported_as_no_such_place(tmp_path, mode, message) -> None:
    # The real geocoder against the local stand-in: an outage says "try again", while a real
    # "no match" from a working service says the place wasn't found.
    from nominatim_server import FakeNominatim

    from eventmap.geo.geocoder import Geocoder

    with FakeNominatim({}) as server:
        server.mode = mode
        geo = Geocoder(
            "nominatim", domain=server.domain, scheme="http", timeout=1, overrides=[],
            cache_path=tmp_path / "cache.sqlite", sleep=lambda s: None,
        )  # fmt: skip
        try:
            with pytest.raises(QueryError, match=message):
                locate_visitor(parse_query("350 Nowhere Lane, Springfield"), geo)
        finally:
            geo.close()
        assert server.count >= 1


def test_coordinates_are_checked_then_passed_on_as_numbers() -> None:
    geo = CountingGeocoder(None)
    loc = locate_visitor(parse_query(" 37.87 , -122.27 "), geo)
    assert (loc.lat, loc.lon, loc.source) == (37.87, -122.27, "input")
    assert geo.calls == [("37.870000,-122.270000", False)]


# Labels and links ------------------------------------------------------------------------------
def test_directions_url_shape() -> None:
    url = directions_url(42.28081, -83.74302, 37.8726, -122.2608)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "www.openstreetmap.org",
        "/directions",
    )
    assert "route=42.28081%2C-83.74302%3B37.87260%2C-122.26080" in url
    assert parse_qs(parts.query) == {
        "engine": ["fossgis_osrm_car"],
        "route": ["42.28081,-83.74302;37.87260,-122.26080"],
    }
    with pytest.raises(ValueError):
        directions_url(100, 0, 0, 0)


@pytest.mark.parametrize(
    "country, locale, expected",
    [("US", None, "mi"), ("DE", "en-US", "km"), (None, "en-US", "mi"), (None, "en_GB", "km"),
     (None, "fr-FR", "km"), (None, None, "mi")],
)  # fmt: skip
def test_default_units(country, locale, expected) -> None:
    assert default_units(country, locale) == expected


@pytest.mark.parametrize(
    "km, units, text",
    [(1.609344, "mi", "1.0 mi"), (1.0, "km", "1.0 km"), (3285.6, "mi", "2,042 mi"), (150, "km", "150 km")],
)  # fmt: skip
def test_format_distance(km: float, units: str, text: str) -> None:
    assert format_distance(km, units) == text


@pytest.mark.parametrize(
    "bearing, label", [(0, "N"), (44, "NE"), (93, "E"), (200, "S"), (337.6, "N"), (-90, "W")]
)
def test_compass(bearing: float, label: str) -> None:
    assert compass(bearing) == label


@pytest.mark.parametrize(
    "row, label",
    [
        ({"date": pd.Timestamp("2019-04-08"), "start_time": "19:00", "timezone": "America/Los_Angeles"},
         "Mon, Apr 8, 2019 · 7:00 PM PDT"),
        ({"date": pd.Timestamp("2019-03-14"), "start_time": "12:00", "timezone": "America/New_York"},
         "Thu, Mar 14, 2019 · 12:00 PM EDT"),
        ({"date": pd.Timestamp("2019-01-14"), "start_time": "09:05", "timezone": "America/Detroit"},
         "Mon, Jan 14, 2019 · 9:05 AM EST"),
        ({"date": pd.Timestamp("2019-04-17"), "start_time": None, "time_tba": True, "timezone": "America/New_York"},
         "Wed, Apr 17, 2019 · time TBA"),
        ({"date": pd.NaT, "start_time": None, "timezone": "America/New_York"},
         "date not yet set (details coming soon)"),
        ({"date": pd.Timestamp("2019-04-08"), "start_time": "19:00", "timezone": None},
         "Mon, Apr 8, 2019 · 19:00 (local time)"),
    ],
)  # fmt: skip
def test_when_label(row: dict, label: str) -> None:
    assert when_label(row) == label


def test_visitor_time_label() -> None:
    row = {
        "date": pd.Timestamp("2019-04-08"),
        "start_time": "19:00",
        "timezone": "America/Los_Angeles",
    }
    assert visitor_time_label(row, "America/Detroit") == "10:00 PM EDT your time"
    assert visitor_time_label(row, "Europe/Berlin") == "Tue 4:00 AM CEST your time"
    assert visitor_time_label(row, "America/Los_Angeles") is None
    assert visitor_time_label(row, None) is None


@pytest.mark.parametrize(
    "row, name",
    [
        ({"campus": "UC Berkeley", "date": pd.Timestamp("2019-04-08")}, "meeting-2019-04-08-uc-berkeley.ics"),
        ({"campus": "../../etc/passwd\r\n", "date": pd.NaT}, "meeting-undated-etc-passwd.ics"),
        ({"campus": "Université de Montréal", "date": pd.Timestamp("2019-01-02")},
         "meeting-2019-01-02-universite-de-montreal.ics"),
        ({"campus": "🎉", "date": pd.Timestamp("2019-01-02")}, "meeting-2019-01-02-event.ics"),
    ],
)  # fmt: skip
def test_ics_filename_is_safe(row: dict, name: str) -> None:
    assert ics_filename(row) == name


@pytest.mark.parametrize(
    "loc, label",
    [
        (Location(42.27, -83.73, "postal_code", "gazetteer", "48104", None, "Ann Arbor", "MI", "US"),
         "Ann Arbor, MI, US (the centre of that ZIP code, so distances are approximate)"),
        (Location(37.87, -122.27, "city", "gazetteer", "x", None, "Berkeley", "CA", "US"),
         "Berkeley, CA, US (the city centre, so distances are approximate)"),
        (Location(37.87, -122.26, "campus", "gazetteer", "x", None, "Berkeley", "CA", "US"),
         "Berkeley, CA, US (the campus)"),
        (Location(-33.87, 151.21, "address", "input", "x"), "-33.8700, 151.2100"),
    ],
)  # fmt: skip
def test_origin_label(loc: Location, label: str) -> None:
    assert origin_label(loc) == label
