"""The map and chart builders on the seed page (parsed and geocoded) and on synthetic frames."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from dashboard_fixtures import synthetic_frame
from seed_fixtures import APRIL, march_campaign, seed_frame
from tour_fixtures import april_tour, frame_of

from eventmap.core import tour
from eventmap.views import charts, maps

MARCH = march_campaign()


@pytest.fixture(scope="module")
def seed_df() -> pd.DataFrame:
    return seed_frame()


def _spec(deck) -> dict:
    return json.loads(deck.to_json())


def _layers(deck) -> dict[str, dict]:
    return {layer["id"]: layer for layer in _spec(deck)["layers"]}


def _tour_paths(legs: list[dict]) -> list[dict]:
    """The tours' lines as paths: legs chained while each starts where the last one ended (big
    maps already send paths)."""
    if legs and "path" in legs[0]:
        return legs
    paths: list[dict] = []
    for leg in legs:
        last = paths[-1] if paths else None
        if last and last["path"][-1] == leg["s"] and last["c"] == leg["c"]:
            last["path"].append(leg["t"])
        else:
            paths.append({"path": [leg["s"], leg["t"]], "c": leg["c"]})
    return paths


@pytest.mark.parametrize(("unlocated", "points"), [(None, 14), ("UCLA", 13)])
def test_tour_map_has_one_point_per_located_meeting(seed_df, unlocated, points):
    df = seed_df.copy()
    if unlocated:  # the offline geocoder places every seed meeting; one it could not place
        ucla = df["campus"] == "University of California Los Angeles"
        assert ucla.sum() == 1
        df.loc[ucla, ["lat", "lon"]] = float("nan")
    deck = maps.tour_map(df)
    ids = [mid for lid in deck.meeting_ids for mid in deck.meeting_ids[lid]]
    located = df[df["lat"].notna()]
    assert sorted(ids) == sorted(located["meeting_id"])
    layers = _layers(deck)
    assert sum(len(layers[lid]["data"]) for lid in deck.meeting_ids) == len(located) == points


def test_sizes_are_in_pixels(seed_df):
    # pydeck turns bare strings into accessors; the units must reach deck.gl as plain strings.
    for layer in _layers(maps.tour_map(seed_df)).values():
        for key in ("radiusUnits", "lineWidthUnits", "widthUnits"):
            assert layer.get(key, "pixels") == "pixels"


def test_approximate_locations_are_hollow(seed_df):
    # The offline geocoder places every seed meeting at venue, address or campus level; give two
    # of them the approximate precisions a ZIP centroid or a city centroid would.
    df = seed_df.copy()
    assert not df["precision"].isin(["postal_code", "city"]).any()
    wayne = df["campus"] == "Wayne State University"
    nyu_april = (df["campus"] == "New York University") & (df["campaign"] == APRIL)
    assert wayne.sum() == nyu_april.sum() == 1
    df["precision"] = df["precision"].astype("object")
    df.loc[wayne, "precision"] = "postal_code"
    df.loc[nyu_april, "precision"] = "city"
    layers = _layers(maps.tour_map(df))
    approx = [lid for lid in layers if lid.endswith("-approx")]
    assert approx
    for lid, layer in layers.items():
        if lid.startswith("meetings-"):
            assert layer["filled"] is (not lid.endswith("-approx"))
    titles = {r["title"] for lid in approx for r in layers[lid]["data"]}
    assert titles == {"Wayne State University", "New York University"}


def test_points_of_a_campaign_share_its_legend_colour(seed_df):
    deck = maps.tour_map(seed_df)
    colors = maps.campaign_colors(maps.campaign_order(seed_df))
    # The March campaign comes first in date order, so it gets the first colour.
    assert list(colors) == [MARCH, APRIL]
    layers = _layers(deck)
    for name, color in colors.items():
        lid = f"meetings-{list(colors).index(name)}"
        assert layers[lid]["getFillColor"][:3] == color
        assert set(seed_df.set_index("meeting_id").loc[deck.meeting_ids[lid], "campaign"]) == {name}


def test_only_the_tour_gets_a_path_in_date_order(seed_df):
    layer = _layers(maps.tour_map(seed_df))["tours"]
    assert layer["@@type"] == "LineLayer"  # the path shader is slow in software WebGL
    paths = _tour_paths(layer["data"])
    april = seed_df[(seed_df["campaign"] == APRIL) & seed_df["lat"].notna()].sort_values("date")
    expected = [
        [round(lon, 4), round(lat, 4)] for lon, lat in zip(april["lon"], april["lat"], strict=True)
    ]
    # The April speaking tour: one path through its 6 meetings. The March campaign is held by
    # local groups (two meetings on 12 March 3,897 km apart): points only, no path.
    assert [p["path"] for p in paths] == [expected]
    colors = maps.campaign_colors(maps.campaign_order(seed_df))
    assert paths[0]["c"][:3] == colors[APRIL]


def test_an_organizer_shape_decides_the_path(seed_df):
    # Forced to "tour", the March campaign gets its path (7 dated meetings); forced to
    # "local", the April one loses its path.
    flipped = seed_df.assign(
        campaign_shape=seed_df["campaign"].map({APRIL: "local", MARCH: "tour"}).astype("category")
    )
    paths = _tour_paths(_layers(maps.tour_map(flipped))["tours"]["data"])
    assert [len(p["path"]) for p in paths] == [7]


def test_tooltip_fields_and_template(seed_df):
    deck = maps.tour_map(seed_df)
    assert deck._tooltip["html"] == maps.TOOLTIP["html"]
    records = [r for lid in deck.meeting_ids for r in _layers(deck)[lid]["data"]]
    berkeley = next(r for r in records if r["title"] == "UC Berkeley")
    assert berkeley["detail"] == "Moffitt Library · Room 101"
    assert berkeley["when"] == "Mon 8 Apr 2019, 19:00 PDT"
    mit = {r["when"] for r in records if r["title"].startswith("Massachusetts")}
    assert mit == {"Wed 17 Apr 2019, time TBA", "pending: date not announced"}


def test_view_fits_the_filtered_meetings(seed_df):
    whole = maps.tour_map(seed_df).initial_view_state
    michigan = seed_df[seed_df["state"] == "MI"]
    mi = maps.tour_map(michigan).initial_view_state
    assert mi.zoom > whole.zoom + 2
    assert michigan["lat"].min() <= mi.latitude <= michigan["lat"].max()
    assert michigan["lon"].min() <= mi.longitude <= michigan["lon"].max()


def _project(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """Web Mercator pixels at ``zoom`` (deck.gl: 512 px world at zoom 0)."""
    import math

    scale = 512 * 2**zoom
    x = (lon + 180) / 360 * scale
    y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * scale
    return x, y


@pytest.mark.parametrize("state", [None, "MI", "CA", "NY"])
def test_every_point_is_inside_the_fitted_view(seed_df, state):
    df = seed_df if state is None else seed_df[seed_df["state"] == state]
    df = df[df["lat"].notna()]
    view = maps.tour_map(df).initial_view_state
    cx, cy = _project(view.latitude, view.longitude, view.zoom)
    for lat, lon in zip(df["lat"], df["lon"], strict=True):
        x, y = _project(lat, lon, view.zoom)
        assert abs(x - cx) <= maps.FIT_WIDTH / 2 and abs(y - cy) <= maps.FIT_HEIGHT / 2
    # ...and the view is not needlessly wide: one zoom level closer loses a point.
    if df[["lat", "lon"]].drop_duplicates().shape[0] > 1:
        cx, cy = _project(view.latitude, view.longitude, view.zoom + 1)
        outside = [
            abs(x - cx) > maps.FIT_WIDTH / 2 or abs(y - cy) > maps.FIT_HEIGHT / 2
            for x, y in (
                _project(a, b, view.zoom + 1) for a, b in zip(df["lat"], df["lon"], strict=True)
            )
        ]
        # Unless the view is at its closest (12): New York's venues are ~130 m apart.
        assert any(outside) or view.zoom == 12


@pytest.mark.parametrize(
    ("campuses", "zoom_range"),
    [
        # Berkeley to New York: the whole country, in a map as narrow as FIT_WIDTH.
        (None, (2.0, 3.2)),
        # Detroit and Ann Arbor, 56 km apart: a regional view.
        (["Wayne State University", "University of Michigan"], (6.5, 9.5)),
    ],
)
def test_route_map_view_shows_every_stop(campuses, zoom_range):
    # A real browser showed the April route zoomed in past its stops (issue 4 follow-up).
    meetings = april_tour()
    if campuses:
        meetings = [m for m in meetings if m.campus in campuses]
    stops = tour.stops(frame_of(meetings), APRIL)
    view = maps.route_map(stops).initial_view_state
    assert zoom_range[0] <= view.zoom <= zoom_range[1]
    cx, cy = _project(view.latitude, view.longitude, view.zoom)
    for lat, lon in zip(stops["lat"], stops["lon"], strict=True):
        x, y = _project(lat, lon, view.zoom)
        # Inside the smallest map the view is fitted for, clear of its edge by a point radius.
        assert abs(x - cx) <= maps.FIT_WIDTH / 2 - 11 and abs(y - cy) <= maps.FIT_HEIGHT / 2 - 11


@pytest.mark.parametrize("n", [400, 2 * maps.TOOLTIP_LIMIT])
def test_a_filtered_map_built_on_its_base_frame_is_the_same_map(n):
    # The dashboard passes the whole dataset as ``base`` so per-meeting JSON is made once;
    # above TOOLTIP_LIMIT the layers are joined from those fragments.
    df = synthetic_frame(n, seed=3)
    df.loc[df.index[::50], ["lat", "lon"]] = float("nan")  # some meetings not located
    df["campaign_shape"] = pd.Categorical(["tour"] * n)  # paths for every campaign
    view = df[(df["status"].astype("object") != "tba") & (df["state"].astype("object") != "TX")]
    colors = maps.campaign_colors(maps.campaign_order(df))
    joined = maps.tour_map(view, colors=colors, base=df)
    fresh = maps.tour_map(view, colors=colors)
    assert _spec(joined) == _spec(fresh)
    assert joined.meeting_ids == fresh.meeting_ids
    layers = _layers(joined)
    shown = sum(len(layers[lid]["data"]) for lid in joined.meeting_ids)
    assert shown == int(view["lat"].notna().sum()) < int(df["lat"].notna().sum())
    stops = view["lat"].notna() & view["date"].notna()
    assert sum(len(p["path"]) for p in _tour_paths(layers["tours"]["data"])) == int(stops.sum())


def test_empty_frame_gives_a_map_of_the_country(seed_df):
    deck = maps.tour_map(seed_df.iloc[:0])
    assert deck.meeting_ids == {}
    assert deck.initial_view_state.zoom == 3


def test_selection_maps_back_to_the_meeting(seed_df):
    deck = maps.tour_map(seed_df)
    lid = next(iter(deck.meeting_ids))
    expected = deck.meeting_ids[lid][1]
    assert maps.selected_meeting_id(deck, {"indices": {lid: [1]}, "objects": {}}) == expected
    assert maps.selected_meeting_id(deck, {"indices": {lid: [999]}}) is None
    assert maps.selected_meeting_id(deck, {"indices": {}}) is None
    assert maps.selected_meeting_id(deck, None) is None


def test_selection_ids_are_not_sent_to_the_browser(seed_df):
    assert "meetingIds" not in maps.tour_map(seed_df).to_json()


@pytest.mark.parametrize("all_tours", [False, True])
@pytest.mark.parametrize("n", [6_000, 30_000])
def test_payload_at_most_60_bytes_per_meeting(n, all_tours):
    df = synthetic_frame(n)
    if all_tours:  # every campaign a tour: a line through all its meetings, the most to send
        df["campaign_shape"] = pd.Categorical(["tour"] * n)
    assert maps.payload_bytes(maps.tour_map(df)) / n <= 60


def _tours_layer(deck) -> tuple[str, list]:
    (layer,) = [lyr for lyr in json.loads(deck.to_json())["layers"] if lyr.get("id") == "tours"]
    return layer["@@type"], layer["data"]


def test_tours_are_lines_on_small_maps_and_paths_on_big_ones(monkeypatch):
    from eventmap.views import tour_map

    df = synthetic_frame(2_000)
    df["campaign_shape"] = pd.Categorical(["tour"] * len(df))
    kind, legs = _tours_layer(maps.tour_map(df))
    assert kind == "LineLayer"
    monkeypatch.setattr(tour_map, "LINE_LAYER_LEGS", len(legs) - 1)
    kind, paths = _tours_layer(maps.tour_map(df))
    assert kind == "PathLayer"
    # The same legs in the same order and colours, either way.
    as_legs = [
        {"s": p, "t": q, "c": path["c"]}
        for path in paths
        for p, q in zip(path["path"][:-1], path["path"][1:], strict=True)
    ]
    assert legs == as_legs and len(legs) > 1_000


def test_campaign_colours_are_okabe_ito_and_distinct():
    names = [f"c{i}" for i in range(8)]
    colors = maps.campaign_colors(names)
    assert [tuple(c) for c in colors.values()] == [tuple(c) for c in maps.OKABE_ITO]
    assert maps.campaign_colors([None, "a", None]) == {
        "(none)": maps.OKABE_ITO[0],
        "a": maps.OKABE_ITO[1],
    }


def test_legend_escapes_names():
    out = maps.legend_html({"<img src=x onerror=alert(1)>": [1, 2, 3]})
    assert "<img" not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out


def test_route_map_numbers_stops_in_order():
    stops = pd.DataFrame(
        {
            "stop": [1, 2, 3],
            "label": ["A", "B", "C"],
            "lat": [40.0, 41.0, 42.0],
            "lon": [-80.0, -81.0, -82.0],
        }
    )
    layers = _layers(maps.route_map(stops))
    assert [r["n"] for r in layers["stop-numbers"]["data"]] == ["1", "2", "3"]
    assert layers["stop-numbers"]["@@type"] == "TextLayer"
    assert layers["route"]["data"][0]["path"] == [[-80.0, 40.0], [-81.0, 41.0], [-82.0, 42.0]]
    assert layers["stops"]["data"][1]["title"] == "Stop 2: B"


@pytest.mark.parametrize(
    ("lats", "lons", "labels"),
    [
        # New York twice (stops 2 and 5): drawn one on another, "2" and "5" read as "8".
        (
            [42.28, 40.7298, 32.77, 29.65, 40.7298],
            [-85.61, -73.9977, -117.07, -82.35, -73.9977],
            ["1", "2,5", "3", "4"],
        ),
        # Detroit and Ann Arbor, 56 km apart, overlap at a coast-to-coast zoom.
        ([37.87, 42.3574, 42.277, 40.73], [-122.26, -83.0702, -83.736, -73.999], ["1", "2,3", "4"]),
        # Far apart: one label each.
        ([40.0, 41.0, 42.0], [-80.0, -81.0, -82.0], ["1", "2", "3"]),
    ],
)
def test_route_map_labels_overlapping_stops_together(lats, lons, labels):
    stops = pd.DataFrame(
        {
            "stop": range(1, len(lats) + 1),
            "label": list("ABCDE")[: len(lats)],
            "lat": lats,
            "lon": lons,
        }
    )
    layers = _layers(maps.route_map(stops))
    assert [r["n"] for r in layers["stop-numbers"]["data"]] == labels
    # Every stop keeps its own point and tooltip; a shared label's point grows to hold it.
    points = layers["stops"]["data"]
    assert [p["title"][:7] for p in points] == [f"Stop {i}:" for i in range(1, len(lats) + 1)]
    for label in layers["stop-numbers"]["data"]:
        anchor = next(p for p in points if p["p"] == label["p"])
        assert (anchor["r"] > maps.STOP_RADIUS) == ("," in label["n"])


def test_nearest_map_draws_a_line_to_the_nearest():
    results = pd.DataFrame(
        {
            "lat": [41.0, 40.1],
            "lon": [-81.0, -80.1],
            "distance_km": [150.0, 14.0],
            "campus": ["Far", "Near"],
            "place": [None, None],
        }
    )
    layers = _layers(maps.nearest_map(40.0, -80.0, results))
    assert layers["to-nearest"]["data"] == [{"from": [-80.0, 40.0], "to": [-80.1, 40.1]}]
    assert layers["origin"]["data"][0]["p"] == [-80.0, 40.0]
    assert [r["title"] for r in layers["results"]["data"]] == ["Far", "Near"]


# charts ------------------------------------------------------------------------------------
def test_timeline_has_a_brush_on_the_date_axis(seed_df):
    spec = charts.timeline(seed_df)
    params = {p["name"]: p for p in spec["params"]}
    assert params["brush"]["select"] == {"type": "interval", "encodings": ["x"]}
    assert spec["encoding"]["x"]["field"] == "date"
    assert spec["encoding"]["y"]["field"] == "row"


@pytest.mark.parametrize("row_by", ["campaign", "campus"])
def test_timeline_rows_get_their_own_height_and_labels_fit_a_phone(seed_df, row_by):
    # Under Streamlit's default "fit" autosize a fixed height held the axis too and squeezed the
    # rows; 320 px of row labels took most of a 390 px phone.
    spec = charts.timeline(seed_df, row_by=row_by)
    assert spec["height"] == {"step": 28}
    assert spec["autosize"]["type"] == "fit-x"
    assert "containerSize()" in spec["encoding"]["y"]["axis"]["labelLimit"]["expr"]


def test_timeline_ticks_are_at_least_a_day_apart(seed_df):
    # Two meetings on consecutive days: hourly ticks each read "14 Jan 2027" (a browser check)
    spec = charts.timeline(seed_df[seed_df["date"].notna()].head(2))
    assert spec["encoding"]["x"]["axis"]["tickMinStep"] == 24 * 60 * 60 * 1000
    assert spec["encoding"]["x"]["axis"]["format"] == "%d %b %Y"  # a day's label, no hours


def _frame_of(seed_df: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Timeline inputs beside the seed: nothing dated, one meeting, and more than 40 rows."""
    if kind == "seed":
        return seed_df
    if kind == "undated":
        return seed_df.assign(date=pd.NaT)
    if kind == "one":
        return seed_df[seed_df["date"].notna()].head(1)
    many = pd.concat([seed_df[seed_df["date"].notna()].head(1)] * 45, ignore_index=True)
    return many.assign(campaign=[f"Campaign {i} <b>&amp;</b>" for i in range(45)])


@pytest.mark.parametrize("kind", ["seed", "undated", "one", "many rows"])
@pytest.mark.parametrize("row_by", ["campaign", "campus"])
def test_timeline_is_a_valid_vega_lite_spec_over_its_data(seed_df, kind, row_by):
    import altair as alt

    df = _frame_of(seed_df, kind)
    spec = charts.timeline(df, row_by=row_by)
    data = spec["data"]["values"]
    pd.testing.assert_frame_equal(data, charts.timeline_data(df, row_by))
    records = {**spec, "data": {"values": data.to_dict("records")}}
    alt.Chart.from_dict(records, validate=True)  # raises on anything Vega-Lite would reject
    assert spec["height"] == ({"step": 28} if data["row"].nunique() <= 40 else 28 * 40)


@pytest.mark.parametrize(
    ("row_by", "rows"),
    [("campaign", {APRIL, MARCH}), ("campus", None)],
)
def test_timeline_rows(seed_df, row_by, rows):
    data = charts.timeline_data(seed_df, row_by)
    dated = seed_df[seed_df["date"].notna()]
    assert data["meetings"].sum() == len(dated) == 13
    expected = rows or set(dated["campus"])
    assert set(data["row"]) == expected


def test_timeline_groups_same_day_meetings(seed_df):
    data = charts.timeline_data(seed_df, "campaign")
    march14 = data[(data["date"] == "2019-03-14")]
    assert march14["meetings"].tolist() == [3]
    assert march14["campus"].tolist() == ["3 meetings"]


def test_timeline_rejects_unknown_rows(seed_df):
    with pytest.raises(ValueError, match="row_by"):
        charts.timeline_data(seed_df, "venue")


DAY = 86_400_000
APR8 = pd.Timestamp("2019-04-08", tz="UTC").value // 1_000_000


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        ({"brush": {"date": [APR8, APR8 + 3 * DAY]}}, (date(2019, 4, 8), date(2019, 4, 11))),
        (
            {"brush": {"date": [APR8 - DAY // 2, APR8 + DAY // 2]}},
            (date(2019, 4, 8), date(2019, 4, 8)),
        ),
        ({"brush": {"date": [APR8 + 3 * DAY, APR8]}}, (date(2019, 4, 8), date(2019, 4, 11))),
        (
            {"brush": {"date": ["2019-04-08", "2019-04-09T12:00"]}},
            (date(2019, 4, 8), date(2019, 4, 9)),
        ),
        (
            {"brush": {"date": [APR8 + DAY // 4, APR8 + DAY // 2]}},
            (date(2019, 4, 9), date(2019, 4, 8)),
        ),
        ({"brush": {}}, None),
        ({"brush": {"date": ["garbage", "x"]}}, None),
        ({}, None),
        (None, None),
    ],
)
def test_brush_range(selection, expected):
    assert charts.brush_range(selection) == expected


def test_given_colours_survive_filtering(seed_df):
    colors = maps.campaign_colors(maps.campaign_order(seed_df))
    april_only = seed_df[seed_df["campaign"] == APRIL]
    layers = _layers(maps.tour_map(april_only, colors=colors))
    # Layer ids follow the legend too, so they stay put as filters change.
    layer = layers[f"meetings-{list(colors).index(APRIL)}"]
    assert layer["getFillColor"][:3] == colors[APRIL] != maps.OKABE_ITO[0]
    spec = charts.timeline(april_only, colors=colors)
    scale = spec["encoding"]["color"]["scale"]
    assert scale["domain"] == [APRIL]
    assert scale["range"] == ["rgb({},{},{})".format(*colors[APRIL])]


def test_timeline_tooltip_shows_the_date_not_milliseconds(seed_df):
    spec = charts.timeline(seed_df)
    (date_tip,) = [t for t in spec["encoding"]["tooltip"] if t["field"] == "date"]
    # A temporal field with a day format: Vega-Lite shows "Mon 08 Apr 2019", not 1554681600000.
    assert date_tip["type"] == "temporal" and date_tip["format"] == "%a %d %b %Y"
