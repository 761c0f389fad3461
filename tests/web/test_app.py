"""The dashboard (app.py) driven through AppTest on the bundled listing: filters, URL, counts."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from app_fixtures import ROOT, make_env, map_meeting_count, metric, qp, run_app

from eventmap.core.filters import campus_label
from eventmap.web import md_escape


@pytest.fixture
def app_env(tmp_path, monkeypatch):
    return make_env(tmp_path, monkeypatch)


def _frame() -> pd.DataFrame:
    """The dashboard's own data (same pipeline, same cache) to derive expectations from."""
    from eventmap import web

    return web.load_dataset().frame


def _table(at) -> pd.DataFrame:
    return at.dataframe[-1].value


def test_dashboard_shows_every_meeting(app_env):
    at = run_app()
    assert not at.exception
    df = _frame()
    assert len(df) == 14
    assert metric(at, "Meetings") == "14"
    assert metric(at, "Campuses") == str(campus_label(df).nunique())
    assert len(_table(at)) == 14
    assert map_meeting_count(at) == int(df["lat"].notna().sum())
    assert "Tour distance" in [m.label for m in at.metric]
    # Pending and unlocated meetings are counted and listed, not silently dropped.
    missing = df[df["date"].isna() | df["lat"].isna()]
    assert len(missing) >= 1
    noun = "meeting" if len(missing) == 1 else "meetings"
    assert any(
        f"{len(missing)} {noun} without a date or a location" in e.label for e in at.expander
    )
    # The caption says where each kind is: a dated meeting with no place is on the timeline.
    pending = int((df["status"].astype("object") == "pending").sum())
    unlocated = int(df["lat"].isna().sum())
    captions = " ".join(c.value for c in at.caption)
    if pending:
        assert f"{pending} pending (no date yet): not on the timeline; on the map where" in captions
    if unlocated:
        assert (
            f"{unlocated} without a location: not on the map; those with a date are on the "
            "timeline" in captions
        )
    assert "All are listed below the map and in the table." in captions
    assert "not on the map or timeline" not in captions
    # Every bundled meeting took place in 2019: the page says so instead of "Upcoming".
    assert at.title[0].value == "Meetings"
    assert "**Past meetings · latest 18 Apr 2019**" in [m.value for m in at.markdown]
    assert not at.toggle  # nothing upcoming: no "Show past meetings"


def test_tour_distance_counts_the_april_tour_only(app_env):
    from seed_fixtures import APRIL

    from eventmap.core import tour

    at = run_app()
    df = _frame()
    april_km = tour.summary(tour.legs(df, campaign=APRIL)).total_km
    assert metric(at, "Tour distance") == f"{april_km:,.0f} km"
    # The March campaign (local groups) would add 13,603 km that nobody travels.
    assert tour.total_distance_km(df) - april_km > 13_000
    note = "Tour distance counts 1 tour; 1 other campaign (local groups, series or single meetings)"
    assert any(note in c.value for c in at.caption)


def _only(df: pd.DataFrame, column: str, value) -> pd.DataFrame:
    return df[df[column].astype("object") == value]


# (widget key, value to set, expected rows from the frame, query parameter written)
FILTER_CASES = [
    (
        "flt_campaigns",
        "campaign",
        lambda df: sorted(df["campaign"].dropna().unique())[-1],
        "campaign",
    ),
    ("flt_campuses", "campus", lambda df: "New York University", "campus"),
    ("flt_states", "state", lambda df: "MI", "state"),
    ("flt_statuses", "status", lambda df: "pending", "status"),
]


@pytest.mark.parametrize(
    ("key", "column", "pick", "param"), FILTER_CASES, ids=[c[0] for c in FILTER_CASES]
)
def test_each_filter_narrows_map_table_and_figures(app_env, key, column, pick, param):
    at = run_app()
    df = _frame()
    value = pick(df)
    expected = (
        campus_label(df) == value if column == "campus" else df[column].astype("object") == value
    )
    expected = df[expected]
    assert 0 < len(expected) < len(df)
    at.sidebar.multiselect(key=key).set_value([value]).run()
    assert not at.exception
    assert metric(at, "Meetings") == str(len(expected))
    assert sorted(_table(at)["Campus"]) == sorted(campus_label(expected))
    assert map_meeting_count(at) == int(expected["lat"].notna().sum())
    assert metric(at, "States") == str(expected["state"].dropna().nunique())
    assert qp(at, param) == [value]


def test_date_range_filter(app_env):
    at = run_app()
    df = _frame()
    at.sidebar.date_input(key="flt_dates").set_value((date(2019, 4, 1), date(2019, 4, 15))).run()
    assert not at.exception
    expected = df[(df["date"] >= "2019-04-01") & (df["date"] <= "2019-04-15")]
    assert metric(at, "Meetings") == str(len(expected)) == "4"
    assert metric(at, "Dates") == "8–15 Apr 2019"
    assert map_meeting_count(at) == int(expected["lat"].notna().sum())
    assert qp(at, "from") == ["2019-04-01"]
    assert qp(at, "to") == ["2019-04-15"]
    # Dates fitted to a narrower span change the tour distance too.
    whole = run_app()
    assert metric(whole, "Tour distance") != metric(at, "Tour distance")


def test_url_reproduces_the_view(app_env):
    at = run_app(state="MI", status="scheduled", to="2019-04-12")
    assert not at.exception
    assert not at.sidebar.warning
    df = _frame()
    expected = df[
        (df["state"].astype("object") == "MI")
        & (df["status"].astype("object") == "scheduled")
        & (df["date"] <= "2019-04-12")
    ]
    assert len(expected) >= 2
    assert metric(at, "Meetings") == str(len(expected))
    assert at.sidebar.multiselect(key="flt_states").value == ["MI"]
    assert at.sidebar.multiselect(key="flt_statuses").value == ["scheduled"]
    assert at.sidebar.date_input(key="flt_dates").value[1] == date(2019, 4, 12)
    assert sorted(_table(at)["Campus"]) == sorted(campus_label(expected))
    assert map_meeting_count(at) == len(expected)


@pytest.mark.parametrize(
    ("query", "note"),
    [
        ({"campaign": "No Such Campaign"}, "Ignored campaign “No Such Campaign”"),
        ({"campus": "<script>alert(1)</script>"}, "Ignored campus"),
        ({"state": "ZZ"}, "Ignored state “ZZ”"),
        ({"status": "sold-out"}, "Ignored status “sold-out”"),
        ({"from": "2019-13-45"}, "not a date"),
        ({"to": "yesterday"}, "not a date"),
        ({"from": "2030-01-01"}, "outside the listings' dates"),
        ({"from": "2019-04-10", "to": "2019-03-12"}, "dates were swapped"),
    ],
)
def test_bad_url_values_are_ignored_with_a_note(app_env, query, note):
    at = run_app(**query)
    assert not at.exception
    notes = [w.value for w in at.sidebar.warning]
    assert any(md_escape(note) in n for n in notes), notes  # shown escaped: never markup
    assert int(metric(at, "Meetings")) > 0
    # The values that name nothing are dropped from the URL too.
    for key, value in query.items():
        if key not in ("from", "to"):
            assert value not in qp(at, key)


def test_note_goes_away_once_the_user_filters(app_env):
    at = run_app(campaign="Nope")
    assert at.sidebar.warning
    at.sidebar.multiselect(key="flt_states").set_value(["NY"]).run()
    assert not at.sidebar.warning


def test_filters_follow_the_user_to_another_page(app_env):
    pages = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py"))
    assert pages, "the dashboard has other pages"
    at = run_app()
    at.sidebar.multiselect(key="flt_states").set_value(["MI"]).run()
    at.switch_page(pages[0]).run()
    assert not at.exception
    assert at.sidebar.multiselect(key="flt_states").value == ["MI"]
    assert qp(at, "state") == ["MI"]
    at.switch_page("app_pages/0_Map_and_timeline.py").run()
    assert at.sidebar.multiselect(key="flt_states").value == ["MI"]
    assert metric(at, "States") == "1"


def test_clear_filters(app_env):
    at = run_app(state="MI")
    assert metric(at, "Meetings") != "14"
    at.sidebar.button(key="flt_clear").click().run()
    assert metric(at, "Meetings") == "14"
    assert "state" not in at.query_params


def test_timeline_rows_follow_the_choice(app_env):
    at = run_app()
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    at.segmented_control(key="row_by").set_value("campus").run()
    assert not at.exception
    spec = at.get("vega_lite_chart")[0].proto.spec
    assert '"row"' in spec and '"brush"' in spec


def test_hostile_venue_is_escaped_in_the_card(tmp_path, monkeypatch):
    """AppTest half of the XSS check: the detail card's markdown escapes the venue."""
    from streamlit.testing.v1 import AppTest

    def card():
        import sys

        sys.path.insert(0, "tests")
        from seed_fixtures import seed_frame

        from eventmap import web

        df = seed_frame()
        df.loc[0, "venue"] = "<img src=x onerror=alert(1)>"
        df.loc[0, "links"] = "javascript:alert(1) https://example.org/event"
        web.meeting_card(df.iloc[0])

    monkeypatch.chdir(ROOT)
    at = AppTest.from_function(card).run()
    assert not at.exception
    text = "\n".join(m.value for m in at.markdown)
    assert "\\<img src\\=x onerror\\=alert\\(1\\)\\>" in text
    assert "<img" not in text.replace("\\<img", "")
    # Only the http(s) link becomes a button.
    assert [b.proto.url for b in at.get("link_button")] == ["https://example.org/event"]


def test_unusable_store_falls_back_to_the_bundled_listing(app_env, monkeypatch):
    monkeypatch.setenv("EVENTMAP_DB", "this is not a database URL")
    at = run_app()
    assert not at.exception
    assert any("Could not read the listing store" in w.value for w in at.warning)
    assert metric(at, "Meetings") == "14"


def test_table_reads_as_words_with_no_none(app_env):
    # MIT's venue and room are TBA: empty cells, not a grey "None"; statuses read as words.
    at = run_app()
    table = _table(at)
    text = table.drop(columns=["Date"])
    assert not text.isna().any().any()
    mit = table[table["Campus"] == "Massachusetts Institute of Technology"]
    assert len(mit) >= 1
    assert set(mit["Venue"]) == {""}
    assert "Time/place TBA" in set(table["Status"])
    assert not {"tba", "scheduled", "pending"} & set(table["Status"])


def test_map_credits_name_who_located_the_points(app_env):
    at = run_app()
    credits = [c.value for c in at.caption if "Basemap" in c.value]
    assert credits and "© CARTO" in credits[0]
    # The bundled meetings are located offline: GeoNames/campus data, not Nominatim.
    assert "OpenStreetMap contributors" in credits[0]
    sources = set(_frame()["geocode_source"].dropna())
    assert ("GeoNames" in credits[0]) == ("gazetteer" in sources)


@pytest.mark.parametrize(
    "path",
    [
        "app.py",
        "app_pages/1_Find_a_meeting.py",
        "app_pages/2_Tour_logistics.py",
        "app_pages/3_Export.py",
    ],
)
def test_after_every_version_is_undone_the_pages_say_there_is_no_listing(app_env, path):
    from eventmap.store import open_store

    store = open_store()
    store.current_sources()  # imports the bundled pages on first use
    while any(not v.undone for v in store.history()):
        store.undo_last()
    at = run_app(path)
    assert not at.exception
    assert (
        "There is no current listing" in at.info[0].value or "has been undone" in at.info[0].value
    )
    assert "Manage data" in at.info[0].value
    assert not at.metric and not at.dataframe  # not the bundled pages, quietly
    if path == "app.py":
        assert at.title[0].value == "No current listing"


def test_upcoming_meetings_are_the_natural_view_with_past_ones_on_request(app_env):
    from page_fixtures import page

    from eventmap.store import open_store

    store = open_store()
    store.current_sources()  # the bundled (2019) page
    future = page(
        "Spring Speaking Tour",
        ("UC Berkeley", "Monday, April 8, 2030, 7:00 p.m.", "Room 101"),
        ("UCLA", "Wednesday, April 10, 2030, 7:00 p.m.", "Room 2"),
    )
    store.import_listing("future.txt", future)
    at = run_app()
    assert not at.exception
    assert at.toggle(key="show_past").value is False
    # The two 2030 meetings and the one pending (no date yet) meeting; the 2019 ones hidden.
    assert metric(at, "Meetings") == "3"
    assert "**Upcoming meetings · from 8 Apr 2030**" in [m.value for m in at.markdown]
    at.toggle(key="show_past").set_value(True).run()
    assert metric(at, "Meetings") == "16"
    assert "**2 upcoming and 13 past meetings**" in [m.value for m in at.markdown]


def _main_area_in_layout_order(at) -> list[tuple[str, str]]:
    """(element type, text) of the main area's elements, top to bottom as the page shows them."""
    out = []

    def walk(node) -> None:
        children = getattr(node, "children", None)
        if isinstance(children, dict):  # a block: its children by position
            for key in sorted(children):
                walk(children[key])
            return
        text = getattr(node, "value", None) if node.type in ("markdown", "title") else None
        out.append((node.type, text if isinstance(text, str) else ""))

    walk(at.main)
    return out


def test_the_figures_and_the_legend_stay_above_the_map(app_env):
    """The map is sent before the figures, the legend and the sidebar (so the browser draws it
    first), into the same places: the page reads title, figures, legend, map as before."""
    at = run_app(state="MI")
    kinds = _main_area_in_layout_order(at)
    types = [kind for kind, _ in kinds]
    title = types.index("title")
    first_metric = types.index("metric")
    legend = next(i for i, (kind, text) in enumerate(kinds) if "hollow = approximate" in text)
    deck = types.index("deck_gl_json_chart")
    assert title < first_metric < legend < deck < types.index("vega_lite_chart")
    # The sidebar still holds every filter, seeded from the link.
    assert [m.label for m in at.sidebar.multiselect] == [
        "Campaign",
        "Campus",
        "State",
        "Status",
        "Online or in person",
    ]
    assert at.sidebar.multiselect[2].value == ["MI"]
    assert qp(at, "state") == ["MI"]


def test_the_caption_says_a_dated_meeting_with_no_place_is_on_the_timeline(app_env):
    (app_env / "listings" / "zz-unknown-place.txt").write_text(
        "Reading circle\n\nSaturday, January 23, 2027, 7pm\nQwzx Hall, 1 Zzqx Lane, Qqvyx\n",
        encoding="utf-8",
    )
    at = run_app()
    assert not at.exception
    df = _frame()
    unlocated = int(df["lat"].isna().sum())
    dated = int((df["lat"].isna() & df["date"].notna()).sum())
    assert dated >= 1  # the new meeting: a date, and a place no table knows
    captions = " ".join(c.value for c in at.caption)
    assert (
        f"{unlocated} without a location: not on the map; those with a date are on the timeline"
        in captions
    )
