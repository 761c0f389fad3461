"""``eventmap nearest``: known answers over the bundled listings, options, and bad queries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from app_fixtures import make_env

from eventmap.cli import main

AS_OF = "2019-03-01"  # the bundled page is from spring 2019


@pytest.fixture(autouse=True)
def private_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled listings in a data folder of this test's own, with its own database."""
    return make_env(tmp_path, monkeypatch)


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["nearest", *args])
    out, err = capsys.readouterr()
    return code, out, err


def ranked(capsys, *args: str) -> list[dict]:
    code, out, err = run_cli(capsys, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    "query, first, count, max_km",
    [
        ("48104", "University of Michigan", 2, 3.0),
        ("48202", "Wayne State University", 1, 3.0),
        ("Berkeley, CA", "UC Berkeley", 1, 5.0),
        ("37.8719,-122.2585", "UC Berkeley", 1, 1.0),
    ],
)
def test_known_answers(capsys, query: str, first: str, count: int, max_km: float) -> None:
    rows = ranked(capsys, query, "--as-of", AS_OF)
    assert [r["campus"] for r in rows[:count]] == [first] * count
    assert all(r["distance_km"] <= max_km for r in rows[:count])
    assert rows[count]["campus"] != first
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    dated = [r["distance_km"] for r in rows if r["timing"] == "upcoming"]
    assert dated == sorted(dated)
    assert all(
        r["directions_url"].startswith("https://www.openstreetmap.org/directions?") for r in rows
    )


def test_ann_arbor_is_about_one_km_from_both_university_of_michigan_meetings(capsys) -> None:
    rows = ranked(capsys, "48104", "--as-of", AS_OF, "--radius-km", "5")
    assert {r["venue"] for r in rows} == {"Weiser Hall", "Michigan League"}
    assert all(0.2 <= r["distance_km"] <= 3.0 for r in rows)


def test_as_of_today_falls_back_to_past_meetings_most_recent_first(capsys) -> None:
    code, out, err = run_cli(capsys, "48104", "--format", "json", "--limit", "20")
    assert code == 0
    rows = json.loads(out)
    assert "Showing past meetings instead, most recent first" in err
    past = [r for r in rows if r["timing"] == "past"]
    assert [r["date"] for r in past] == sorted((r["date"] for r in past), reverse=True)
    assert past[0]["date"] == "2019-04-18"  # New York, the last dated meeting of the page
    assert rows[-1]["timing"] == "undated" and rows[-1]["status"] == "pending"


def test_include_past_ranks_everything_by_distance(capsys) -> None:
    rows = ranked(capsys, "Berkeley, CA", "--include-past", "--limit", "3")
    assert len(rows) == 3
    assert rows[0]["campus"] == "UC Berkeley"
    assert rows[0]["start"] == "2019-04-09T02:00:00+00:00"  # 7 pm in Berkeley, in UTC
    assert rows[0]["when"] == "Mon, Apr 8, 2019 · 7:00 PM PDT"
    assert [r["distance_km"] for r in rows] == sorted(r["distance_km"] for r in rows)


def test_table_format_and_explicit_file(capsys, seed_path: Path) -> None:
    code, out, err = run_cli(capsys, "48202", str(seed_path), "--as-of", AS_OF, "--limit", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["#", "km", "mi"]
    assert "Wayne State University, Student Center, Room 258" in lines[1]
    assert len(lines) == 3
    assert "From 48202" in err


def test_campaign_filter(capsys) -> None:
    rows = ranked(capsys, "48104", "--include-past", "--limit", "50")
    campaigns = {r["campaign"] for r in rows}
    assert len(campaigns) >= 2
    one = sorted(c for c in campaigns if c)[0]
    only = ranked(capsys, "48104", "--include-past", "--campaign", one, "--limit", "50")
    assert only and {r["campaign"] for r in only} == {one}


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "type where you are"),
        ("   ", "type where you are"),
        ("x" * 10_000, "10,000 characters long"),
        ("🎉🎉", "no letters or digits"),
        ("91,0", "latitude 91 is out of range"),
        ("00000", "No place found"),
        ("qwzxv plokj", "No place found"),
        ("שלום עולם", "No place found"),
    ],
)
def test_bad_queries_exit_2_with_one_line(capsys, query: str, message: str) -> None:
    code, out, err = run_cli(capsys, query, "--as-of", AS_OF)
    assert code == 2
    assert out == ""
    assert message.lower() in err.lower()
    assert err.startswith("eventmap: error:") and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args, message",
    [(["--limit", "0"], "--limit"), (["--radius-km", "-3"], "--radius-km")],
)
def test_bad_options(capsys, args: list[str], message: str) -> None:
    code, _, err = run_cli(capsys, "48104", *args)
    assert code == 2 and message in err


def test_module_entry_point_as_a_subprocess(root: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "eventmap", "nearest", "--as-of", AS_OF, "--format", "json",
         "--", "-33.87,151.21"],  # a negative latitude needs "--" before it
        capture_output=True, text=True, env=env, cwd=root, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert rows and all(r["distance_km"] > 11_000 for r in rows)  # Sydney to the US
    assert rows[0]["state"] == "CA"  # the west coast is nearest


def test_online_visitor_address_is_never_cached(capsys, tmp_path: Path, monkeypatch) -> None:
    """With an online provider (a local stand-in), the visitor's address is asked but not kept."""
    from nominatim_server import FakeNominatim

    from eventmap.geo import geocoder as geocode

    visitor = "12 Quiet Visitor Lane, Ann Arbor, MI"
    places = {"quiet visitor lane": (42.2790, -83.7400), "450 church st": (42.2767, -83.7365)}
    cache = tmp_path / "geocode.sqlite"
    with FakeNominatim(places) as server:
        for key, value in {
            "EVENTMAP_GEOCODER": "nominatim",
            "EVENTMAP_GEOCODER_DOMAIN": server.domain,
            "EVENTMAP_GEOCODER_SCHEME": "http",
            "EVENTMAP_GEOCODER_MIN_DELAY": "0",
            "EVENTMAP_GEOCODE_CACHE": str(cache),
        }.items():
            monkeypatch.setenv(key, value)
        geocode.reset_default_geocoder()
        try:
            rows = ranked(capsys, visitor, "--as-of", AS_OF, "--limit", "2")
            assert any("quiet visitor lane" in q.casefold() for q in server.queries)
            assert _cached_queries(cache, "visitor") == []
            # Control: the same lookup with persist=True does land in that cache.
            geocode.default_geocoder().lookup(visitor, persist=True)
            assert len(_cached_queries(cache, "visitor")) == 1
        finally:
            geocode.reset_default_geocoder()
    assert {r["venue"] for r in rows} == {"Weiser Hall", "Michigan League"}


def _cached_queries(path: Path, word: str) -> list[str]:
    import sqlite3

    if not path.exists():
        return []
    with closing(sqlite3.connect(path)) as db:
        return [q for (q,) in db.execute("SELECT query FROM geocode") if word in q.casefold()]
