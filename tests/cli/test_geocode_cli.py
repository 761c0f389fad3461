"""``eventmap geocode``: JSON and CSV output, configuration errors, repeat runs against the fake server."""

from __future__ import annotations

import csv
import io
import json

import pytest
from nominatim_server import FakeNominatim

from eventmap.cli import main
from eventmap.geo import geocoder as geocode


@pytest.fixture(autouse=True)
def fresh_default(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")
    monkeypatch.setenv("EVENTMAP_GEOCODE_CACHE", str(tmp_path / "cli.sqlite"))
    geocode.reset_default_geocoder()
    yield
    geocode.reset_default_geocoder()


def test_json_has_location_time_zone_and_start(seed_path, capsys):
    assert main(["geocode", str(seed_path), "--as-of", "2019-03-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    meetings = data["meetings"]
    assert len(meetings) == 14
    for m in meetings:
        assert isinstance(m["lat"], float) and isinstance(m["lon"], float)
        assert m["precision"] in ("address", "venue", "campus")
        assert m["timezone"].startswith("America/")
    berkeley = meetings[0]
    assert berkeley["start"] == "2019-04-08T19:00:00-07:00"
    assert berkeley["geocode_source"] == "override"
    detroit = next(m for m in meetings if m["campus"] == "Wayne State University")
    assert detroit["start"] == "2019-04-11T19:00:00-04:00"
    mit = [m for m in meetings if m["campus"] == "Massachusetts Institute of Technology"]
    assert [m["start"] for m in mit] == [None, None]  # time TBA / details coming soon
    assert data["geocode_failures"] == []


def test_csv_output(seed_path, capsys):
    assert main(["geocode", str(seed_path), "--as-of", "2019-03-01", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 14
    assert {"lat", "lon", "precision", "geocode_source", "timezone", "start"} <= set(rows[0])
    assert float(rows[0]["lon"]) < 0  # negative numbers stay numbers (no ' prefix)
    assert rows[0]["timezone"] == "America/Los_Angeles"


@pytest.fixture
def no_pins(monkeypatch, tmp_path):
    """A data folder whose venues.csv pins nothing, so the provider gets asked."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "venues.csv").write_text("kind,key,lat,lon,note\n", encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))


def test_second_cli_run_makes_no_provider_calls(seed_path, monkeypatch, capsys, no_pins):
    with FakeNominatim({"moffitt library": (37.8725, -122.2608)}) as server:
        monkeypatch.setenv("EVENTMAP_GEOCODER", "nominatim")
        monkeypatch.setenv("EVENTMAP_GEOCODER_DOMAIN", server.domain)
        monkeypatch.setenv("EVENTMAP_GEOCODER_SCHEME", "http")
        monkeypatch.setenv("EVENTMAP_GEOCODER_MIN_DELAY", "0")
        geocode.reset_default_geocoder()
        assert main(["geocode", str(seed_path), "--as-of", "2019-03-01"]) == 0
        first = json.loads(capsys.readouterr().out)
        asked = server.count
        assert asked > 0
        assert first["attribution"] == geocode.OSM_ATTRIBUTION
        geocode.reset_default_geocoder()  # a new process, in effect
        assert main(["geocode", str(seed_path), "--as-of", "2019-03-01"]) == 0
        second = json.loads(capsys.readouterr().out)
        assert server.count == asked
        assert [(m["lat"], m["lon"]) for m in second["meetings"]] == [
            (m["lat"], m["lon"]) for m in first["meetings"]
        ]


def test_provider_fault_is_a_warning_not_a_crash(seed_path, monkeypatch, capsys, no_pins):
    with FakeNominatim() as server:
        server.mode = "500"
        monkeypatch.setenv("EVENTMAP_GEOCODER", "nominatim")
        monkeypatch.setenv("EVENTMAP_GEOCODER_DOMAIN", server.domain)
        monkeypatch.setenv("EVENTMAP_GEOCODER_SCHEME", "http")
        monkeypatch.setenv("EVENTMAP_GEOCODER_MIN_DELAY", "0")
        geocode.reset_default_geocoder()
        assert main(["geocode", str(seed_path), "--as-of", "2019-03-01"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert all(m["lat"] is not None for m in data["meetings"])
    assert data["geocode_failures"]
    assert "warning: geocoder: nominatim: service error" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    "env, args, code, message",
    [
        ({"EVENTMAP_GEOCODER": "no-such-service"}, [], 2, "unknown geocoder"),
        ({}, ["/no/such/listing.txt"], 1, "no such file"),
        ({}, ["--as-of", "yesterday"], 2, "not a date"),
    ],
)
def test_errors_are_one_line(seed_path, monkeypatch, capsys, env, args, code, message):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    geocode.reset_default_geocoder()
    argv = ["geocode", *(args if args and args[0].startswith("/") else [str(seed_path), *args])]
    try:
        rc = main(argv)
    except SystemExit as exc:  # argparse rejects bad option values itself
        rc = exc.code
    err = capsys.readouterr().err
    assert rc == code
    assert message in err
    assert "Traceback" not in err
