"""Pages on a listing with cancelled, postponed and online meetings: the dashboard's table marks
them and the sidebar's online/in-person filter (kept in the URL) narrows it; Tour logistics lists
the cancelled meeting off the route."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_fixtures import ROOT, TIMEOUT, qp, run_app
from streamlit.testing.v1 import AppTest

PAGE = Path(__file__).resolve().parents[1] / "support" / "status_listing.txt"


@pytest.fixture
def status_env(tmp_path, monkeypatch):
    data = tmp_path / "data"
    (data / "listings").mkdir(parents=True)
    shutil.copy(PAGE, data / "listings" / "status.txt")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(data))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    monkeypatch.chdir(ROOT)
    return data


def _meetings_table(at: AppTest):
    return at.dataframe[-1].value


def test_table_marks_statuses_and_online(status_env):
    at = run_app()
    assert not at.exception, [e.value for e in at.exception]
    table = _meetings_table(at)
    status = dict(zip(table["Campus"], table["Status"], strict=True))
    assert status["San Diego State University"] == "CANCELLED"
    assert status["Wayne State University"] == "POSTPONED"
    online = dict(zip(table["Campus"], table["Online"], strict=True))
    assert online["University of Michigan"] and not online["UC Berkeley"]


@pytest.mark.parametrize(
    ("value", "campuses"),
    [
        ("online", {"University of Michigan"}),
        ("in-person", {"UC Berkeley", "San Diego State University", "Wayne State University",
                       "New York University"}),
    ],
)  # fmt: skip
def test_online_filter_from_the_url_and_the_sidebar(status_env, value, campuses):
    at = run_app(attendance=value)
    assert not at.exception, [e.value for e in at.exception]
    assert set(_meetings_table(at)["Campus"]) == campuses
    assert at.multiselect(key="flt_attendance").value == [value]
    # Cleared in the sidebar: every meeting again, and the URL forgets it.
    at.multiselect(key="flt_attendance").set_value([]).run()
    assert len(_meetings_table(at)) == 5
    assert qp(at, "attendance") == []
    at.multiselect(key="flt_attendance").set_value(["online"]).run()
    assert qp(at, "attendance") == ["online"]


def test_tour_page_lists_the_cancelled_meeting_off_the_route(status_env):
    at = AppTest.from_file(str(ROOT / "app_pages" / "2_Tour_logistics.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    tables = {tuple(d.value.columns): d.value for d in at.dataframe}
    itinerary = next(t for cols, t in tables.items() if "status" in cols)
    sdsu = itinerary[itinerary["place"] == "San Diego State University"]
    assert sdsu["status"].item() == "CANCELLED"
    assert sdsu["stop"].isna().item() or sdsu["stop"].item() in ("", None)
    warnings = next(t for cols, t in tables.items() if "Check" in cols)
    assert "cancelled" in set(warnings["Check"])


def _card_text(build) -> str:
    at = AppTest.from_function(build, default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    return "\n".join(m.value for m in at.markdown)


def test_card_marks_cancelled_online_and_a_time_zone_clash():
    def card():
        from eventmap import web
        from eventmap.core.frame import to_frame
        from eventmap.model import Location, Meeting

        la = Location(37.87, -122.26, "venue", "override", "q", "America/Los_Angeles")
        m = Meeting(campaign="Tour", campus="UC Berkeley", venue="Moffitt", date="2019-04-08",
                    start_time="19:00", tz_hint="EST", status="cancelled", online=True)  # fmt: skip
        web.meeting_card(to_frame([m], [la]).iloc[0])

    text = _card_text(card)
    assert "**Status:** CANCELLED" in text
    assert "**Online:** yes" in text
    assert "**Time zone:**" in text and "EST, but the place is in America/Los\\_Angeles" in text
    assert "19:00 PDT (America/Los_Angeles)" in text.replace("\\", "")


def test_card_says_the_zone_came_from_the_page():
    def card():
        from eventmap import web
        from eventmap.core.frame import to_frame
        from eventmap.model import Meeting

        m = Meeting(campaign="Tour", place="Somewhere", date="2019-03-07", start_time="19:00",
                    tz_hint="CET")  # fmt: skip
        web.meeting_card(to_frame([m], [None]).iloc[0])

    text = _card_text(card)
    assert "CET (Europe/Paris), from the page" in text.replace("\\", "")
    assert "**Time zone:**" not in text


def test_find_page_never_offers_the_cancelled_meeting_and_marks_the_others(status_env):
    from datetime import date

    # A longer wait than run_app's: the first run parses and locates the page, then the search.
    at = AppTest.from_file(
        str(ROOT / "app_pages" / "1_Find_a_meeting.py"), default_timeout=2 * TIMEOUT
    )
    at.run()
    at.text_input(key="nearest_query").set_value("Detroit, MI")
    at.date_input(key="nearest_as_of").set_value(date(2019, 3, 1))
    at.select_slider(key="nearest_radius").set_value("Any distance")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    heads = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert heads and not any("San Diego" in h for h in heads)
    text = "\n".join(m.value for m in at.markdown)
    assert "**POSTPONED**" in text  # Wayne State, nearest to Detroit
    assert "held online" in text  # Michigan


def test_export_preview_words_statuses_as_the_other_pages(status_env):
    at = AppTest.from_file(str(ROOT / "app_pages" / "3_Export.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    preview = next(d.value for d in at.dataframe if "Status" in d.value.columns)
    status = dict(zip(preview["Campus"], preview["Status"], strict=True))
    assert status["San Diego State University"] == "CANCELLED"
    assert status["Wayne State University"] == "POSTPONED"
    assert "cancelled" not in set(preview["Status"])


def test_timeline_words_a_meetings_status_as_the_other_pages(status_env):
    from eventmap.core.dataset import load_store_dataset
    from eventmap.views import charts

    data = charts.timeline_data(load_store_dataset().frame, "campus")
    status = dict(zip(data["campus"], data["status"], strict=True))
    assert status["San Diego State University"] == "CANCELLED"
    assert status["Wayne State University"] == "POSTPONED"
    spec = charts.timeline(load_store_dataset().frame)
    assert {"field": "status", "type": "nominal", "title": "Status"} in spec["encoding"]["tooltip"]
