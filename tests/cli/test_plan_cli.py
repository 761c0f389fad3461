"""``eventmap plan``: the issue's command, each output format, and errors as one line."""

from __future__ import annotations

import itertools
import json
from datetime import date

import pytest
from plan_fixtures import APRIL, APRIL_PAGE_KM, APRIL_STOPS, seed_data_dir  # noqa: F401

from eventmap.cli import main
from eventmap.ingest.parse import parse

DONE_WHEN = [
    "plan",
    *APRIL_STOPS,
    "--start",
    "2019-04-08",
    "--days-between",
    "1-3",
    "--no-meetings-on",
    "Sat,Sun",
]


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_done_when_the_issue_command_gives_a_feasible_plan_no_longer_than_the_page(capsys):
    code, out, _ = _run(capsys, *DONE_WHEN, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert len(doc["stops"]) == 6
    days = [date.fromisoformat(s["date"]) for s in doc["stops"]]
    assert all(d.weekday() < 5 for d in days)
    assert all(s["weekday"] not in ("Sat", "Sun") for s in doc["stops"])
    assert all(1 <= (b - a).days <= 3 for a, b in itertools.pairwise(days))
    assert days[0] >= date(2019, 4, 8)
    assert doc["summary"]["total_km"] <= APRIL_PAGE_KM
    assert [leg["mode"] for leg in doc["legs"]].count("fly") == doc["summary"]["flights"]


def test_the_table_says_the_totals(capsys):
    code, out, _ = _run(capsys, *DONE_WHEN)
    assert code == 0
    assert "Massachusetts Institute of Technology" in out
    assert "Total 4,970 km in 5 legs" in out


def test_the_listing_format_parses_back_to_the_same_stops_and_dates(capsys):
    code, out, _ = _run(capsys, *DONE_WHEN, "--format", "json")
    planned = [(s["name"], s["date"]) for s in json.loads(out)["stops"]]
    code, listing, _ = _run(capsys, *DONE_WHEN, "--format", "listing")
    assert code == 0
    back = parse(listing).meetings
    assert [(m.campus, m.date) for m in back] == planned


def test_the_ics_format_has_one_event_per_stop(capsys):
    code, out, _ = _run(capsys, *DONE_WHEN, "--format", "ics")
    assert code == 0
    assert out.count("BEGIN:VEVENT") == 6
    assert "DTSTART;VALUE=DATE:20190408" in out


def test_an_impossible_plan_is_one_line_naming_the_constraint(capsys):
    code, out, err = _run(capsys, *DONE_WHEN, "--end", "2019-04-10")
    assert code == 1 and out == ""
    assert err.startswith("eventmap: error: 6 stops with 1-3 days between stops")
    assert "after the end date 2019-04-10" in err and "Traceback" not in err


def test_a_fixed_date_on_a_weekend_is_refused_by_name(capsys):
    code, _, err = _run(capsys, *DONE_WHEN, "--fixed", "MIT=2019-04-13")
    assert code == 1
    assert "Massachusetts Institute of Technology is fixed on Saturday 2019-04-13" in err


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--days-between", "3-1"], "the least (3) is more than the most (1)"),
        (["--no-meetings-on", "Caturday"], "not a weekday"),
        (["--fixed", "UCLA=2019-04-09"], "not one of the stops"),
        (["--fixed", "MIT"], "STOP=YYYY-MM-DD"),
    ],
)
def test_bad_arguments_are_usage_errors(capsys, extra, says):
    code, _, err = _run(capsys, *DONE_WHEN, *extra)
    assert code == 2
    assert says in err


def test_an_unknown_stop_is_named(capsys):
    code, _, err = _run(capsys, "plan", "MIT", "Nowhere Land Xyz", "--start", "2019-04-08")
    assert code == 2 and "no place found for 'Nowhere Land Xyz'" in err


def test_start_is_required_without_a_campaign(capsys):
    code, _, err = _run(capsys, "plan", "MIT", "NYU")
    assert code == 2 and "--start" in err


def test_from_a_campaign_it_compares_with_the_page(capsys, seed_data_dir):  # noqa: F811
    code, out, _ = _run(capsys, "plan", "--campaign", APRIL, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    cmp = doc["comparison"]
    assert cmp["current_km"] == pytest.approx(APRIL_PAGE_KM, abs=1)
    assert cmp["planned_km"] <= cmp["current_km"]
    assert cmp["sentence"].startswith(f"{cmp['current_km']:,.0f} km → ")
    assert [s["date"] for s in doc["current"]["stops"]][0] == "2019-04-08"
    code, out, _ = _run(capsys, "plan", "--campaign", APRIL)
    assert "Compared with the campaign as listed: 5,288 km → " in out


def test_an_unknown_campaign_lists_the_known_ones(capsys, seed_data_dir):  # noqa: F811
    code, _, err = _run(capsys, "plan", "--campaign", "Nope")
    assert code == 2 and APRIL in err
