"""AppTest of the Tour logistics page on a data folder holding the seed page."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

PAGE = Path(__file__).resolve().parents[2] / "app_pages" / "2_Tour_logistics.py"
TIMEOUT = 120  # the first run parses and geocodes the seed


@pytest.fixture
def data_dir(tmp_path: Path, seed_path: Path, monkeypatch) -> Path:
    listings = tmp_path / "listings"
    listings.mkdir()
    (listings / "upcoming-meetings.txt").write_text(seed_path.read_text("utf-8"), "utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'store.db'}")
    return tmp_path


# st.dataframe without selection carries no key in AppTest: find each table by a column only it has.
TABLES = {
    "tour_legs": "distance_km",
    "tour_warnings": "Check",
    "tour_itinerary": "km_from_previous",
}


def _table(at: AppTest, name: str):
    found = [d.value for d in at.dataframe if TABLES[name] in d.value.columns]
    assert len(found) == 1, f"expected one {name} table, found {len(found)}"
    return found[0]


def _april(at: AppTest) -> str:
    box = at.selectbox(key="tour_campaign")
    (name,) = [o for o in box.options if o.casefold().startswith("the threat of fascism")]
    return name


@pytest.fixture
def page(data_dir: Path) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    at.selectbox(key="tour_campaign").set_value(_april(at)).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_april_tour_legs_totals_map_and_warnings(page: AppTest) -> None:
    legs = _table(page, "tour_legs")
    assert len(legs) == 5
    sd = legs[legs["from"].str.contains("San Diego")]
    assert len(sd) == 1
    assert "Wayne State" in sd.iloc[0]["to"]
    assert sd.iloc[0]["mode"] == "fly"
    assert legs.iloc[0]["distance_km"] == pytest.approx(740, abs=25)

    metrics = {m.label: m.value for m in page.metric}
    assert set(metrics) >= {"Total distance", "Travel days", "Longest leg"}
    assert metrics["Total distance"].endswith("km")
    assert float(metrics["Total distance"].removesuffix(" km").replace(",", "")) == pytest.approx(
        legs["distance_km"].sum(), abs=1
    )

    maps = page.get("deck_gl_json_chart")
    assert len(maps) == 1
    assert '"route"' in maps[0].proto.json

    warnings = _table(page, "tour_warnings")
    mit = warnings[warnings["Meetings"].str.contains("Massachusetts Institute of Technology")]
    assert "missing details" in set(mit["Check"])

    labels = {b.label for b in page.download_button}
    assert labels == {"Itinerary (CSV)", "Itinerary (iCalendar)"}
    plan = _table(page, "tour_itinerary")
    assert list(plan["stop"].dropna().astype(int)) == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize(("drive_max_km", "flights"), [(100.0, 4), (500.0, 3), (5000.0, 0)])
def test_assumptions_change_the_mode(page: AppTest, drive_max_km: float, flights: int) -> None:
    page.number_input(key="tour_drive_max").set_value(drive_max_km).run()
    assert not page.exception
    legs = _table(page, "tour_legs")
    assert (legs["mode"] == "fly").sum() == flights
    assert any(f"{drive_max_km:g} km are driven" in c.value for c in page.caption)


def test_warning_threshold_is_editable(page: AppTest) -> None:
    before = _table(page, "tour_warnings")
    assert "next day far" not in set(before["Check"])
    page.number_input(key="tour_next_day_km").set_value(500.0).run()
    after = _table(page, "tour_warnings")
    # Berkeley -> San Diego (1 day, ~740 km) is now too far for the next day.
    far = after[after["Check"] == "next day far"]
    assert len(far) == 1
    assert "San Diego" in far.iloc[0]["What"]


def test_the_local_campaign_gets_a_by_day_view_and_no_travel(data_dir: Path) -> None:
    import json

    from seed_fixtures import march_campaign

    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT).run()
    at.selectbox(key="tour_campaign").set_value(march_campaign()).run()
    assert not at.exception, [e.value for e in at.exception]
    note = at.info[0].value
    assert "is not treated as a tour" in note and "local groups" in note
    assert "Manage data" in note and "set its shape to tour" in note
    # No legs, no route, no travel figures, no travel columns in the table of meetings.
    assert not [d for d in at.dataframe if "distance_km" in d.value.columns]
    assert not [d for d in at.dataframe if "km_from_previous" in d.value.columns]
    assert "Total distance" not in [m.label for m in at.metric]
    days = next(d.value for d in at.dataframe if "at_once" in d.value.columns)
    twelfth = days[days["date"] == "2019-03-12"].iloc[0]
    assert twelfth["meetings"] == 2 and twelfth["spread_km"] == pytest.approx(3897, abs=5)
    assert "New York University" in twelfth["places"]
    (spec,) = [json.loads(el.proto.json) for el in at.get("deck_gl_json_chart")]
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert "route" not in layers and layers["tours"]["data"] == []
    # Points coloured by day, one colour per date (the legend lists the dates).
    assert len([lid for lid in layers if lid.startswith("meetings-")]) >= 4
    legend = next(m.value for m in at.markdown if "hollow = approximate" in m.value)
    assert "2019-03-12" in legend and "2019-03-15" in legend
    # The warnings that fit: details and undated, never same-day "flights".
    checks = set(_table(at, "tour_warnings")["Check"])
    assert "same day far" not in checks and "next day far" not in checks
    assert {"missing details", "undated"} <= checks
