"""``eventmap export``: the seed calendar, filters shared with the pages, stdout rules, errors."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pandas as pd
import pytest
from icalendar import Calendar

from eventmap import config
from eventmap.cli import main
from eventmap.core.dataset import build_dataset, sources_from_paths
from eventmap.core.filters import Filters, apply_filters
from eventmap.output import export


def run(*args: str) -> int:
    return main(["export", *args])


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path, monkeypatch):
    # Never touch the developer's store; an empty store falls back to the bundled listings.
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")


@pytest.fixture(scope="module")
def seed_frame(seed_path) -> pd.DataFrame:
    return build_dataset(sources_from_paths([seed_path])).frame


# Local start time of each dated meeting on the seed page (campus, date) -> HH:MM; None = TBA.
SEED_TIMES = {
    ("UC Berkeley", "2019-04-08"): "19:00",
    ("San Diego State University", "2019-04-09"): "19:30",
    ("Wayne State University", "2019-04-11"): "19:00",
    ("University of Michigan", "2019-04-15"): "19:00",
    ("Massachusetts Institute of Technology", "2019-04-17"): None,
    ("New York University", "2019-04-18"): "18:30",
    ("Western Michigan University", "2019-03-11"): "19:00",
    ("New York University", "2019-03-12"): "18:30",
    ("San Diego State University", "2019-03-12"): "18:00",
    ("University of Florida", "2019-03-14"): "12:00",
    ("New York University", "2019-03-14"): "18:00",
    ("University of Michigan", "2019-03-14"): "19:00",
    ("University of California Los Angeles", "2019-03-15"): "18:00",
}


def test_seed_calendar_has_13_events_at_local_times(seed_path, seed_frame, tmp_path, capsys):
    out = tmp_path / "tour.ics"
    assert run(str(seed_path), "--format", "ics", "-o", str(out)) == 0
    err = capsys.readouterr().err
    assert "left out 1 meeting(s) with no date" in err
    assert "Massachusetts Institute of Technology" in err
    assert "wrote 13 events" in err

    cal = Calendar.from_ical(out.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == 13
    by_uid = {str(ev["UID"]).removesuffix("@eventmap"): ev for ev in events}
    seen = {}
    for row in seed_frame[seed_frame["date"].notna()].to_dict("records"):
        ev = by_uid[row["meeting_id"]]
        start = ev.decoded("DTSTART")
        key = (row["campus"], row["date"].date().isoformat())
        if isinstance(start, datetime):
            assert start.tzinfo is not None, key
            assert str(ev["DTSTART"].params["TZID"]) == row["timezone"]
            seen[key] = start.strftime("%H:%M")
        else:
            assert start == row["date"].date()
            seen[key] = None
    assert seen == SEED_TIMES
    assert cal.get_missing_tzids() == set()


@pytest.mark.parametrize(
    ("campus", "day", "utc"),
    [
        ("UC Berkeley", "2019-04-08", datetime(2019, 4, 9, 2, 0, tzinfo=UTC)),
        ("New York University", "2019-04-18", datetime(2019, 4, 18, 22, 30, tzinfo=UTC)),
        ("Western Michigan University", "2019-03-11", datetime(2019, 3, 11, 23, 0, tzinfo=UTC)),
        ("University of Florida", "2019-03-14", datetime(2019, 3, 14, 16, 0, tzinfo=UTC)),
    ],
)
def test_seed_calendar_utc_instants(seed_path, seed_frame, tmp_path, campus, day, utc):
    out = tmp_path / "tour.ics"
    assert run(str(seed_path), "--format", "ics", "-o", str(out)) == 0
    row = seed_frame[(seed_frame["campus"] == campus) & (seed_frame["date"] == day)].iloc[0]
    (ev,) = [
        e
        for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        if str(e["UID"]) == f"{row['meeting_id']}@eventmap"
    ]
    assert ev.decoded("DTSTART").astimezone(UTC) == utc


ARGS_AND_FILTERS = [
    ([], Filters()),
    (["--state", "ca"], Filters(states=["CA"])),
    (["--campaign", "The Threat of Fascism and How to Fight it"], None),
    (
        ["--from", "2019-04-01", "--to", "2019-04-15"],
        Filters(date_from=date(2019, 4, 1), date_to=date(2019, 4, 15)),
    ),
    (
        ["--campus", "New York University", "--status", "scheduled"],
        Filters(campuses=["New York University"], statuses=["scheduled"]),
    ),
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "parquet", "geojson"])
@pytest.mark.parametrize(("args", "filters"), ARGS_AND_FILTERS)
def test_cli_export_equals_the_shared_filters(seed_path, seed_frame, tmp_path, fmt, args, filters):
    if filters is None:
        filters = Filters(campaigns=["The Threat of Fascism and How to Fight it"])
    out = tmp_path / f"out.{fmt}"
    assert run(str(seed_path), "--format", fmt, "-o", str(out), *args) == 0
    back = export.READERS[fmt](out.read_bytes())
    expected = apply_filters(seed_frame, filters)
    if fmt == "geojson":
        expected = expected[expected["lat"].notna()]
        expected = expected[list(back.columns)]
    pd.testing.assert_frame_equal(back, export.canonical(expected))


def test_provenance_names_the_file_and_filters(seed_path, tmp_path):
    out = tmp_path / "out.json"
    assert run(str(seed_path), "-f", "json", "-o", str(out), "--state", "NY") == 0
    meta = json.loads(out.read_bytes())["meta"]
    assert meta["filters"] == {"state": ["NY"]}
    (source,) = meta["sources"]
    assert source["name"] == seed_path.name
    assert len(source["sha256"]) == 64
    assert meta["generated_at"].endswith("Z")


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson", "ics"])
def test_text_formats_go_to_stdout(seed_path, capsysbinary, fmt):
    assert run(str(seed_path), "--format", fmt, "-o", "-") == 0
    out = capsysbinary.readouterr().out
    if fmt == "csv":
        assert len(export.read_csv(out)) == 14
    elif fmt == "ics":
        assert len(Calendar.from_ical(out).walk("VEVENT")) == 13
    else:
        assert json.loads(out)["meta"]["sources"][0]["name"] == seed_path.name


@pytest.mark.parametrize("fmt", ["xlsx", "parquet"])
def test_binary_formats_refuse_stdout(seed_path, capsys, fmt):
    assert run(str(seed_path), "--format", fmt, "-o", "-") == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "binary format" in captured.err and f".{fmt}" in captured.err


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--campaign", "No Such Tour"], 2, "no campaign 'No Such Tour'"),
        (["--state", "ZZ"], 2, "no state 'ZZ'"),
        (["--from", "2019-05-01", "--to", "2019-04-01"], 2, "--from is after --to"),
        (["--columns", "venue,nope"], 2, "unknown column 'nope'"),
    ],
)
def test_bad_arguments_are_one_line_errors(seed_path, tmp_path, capsys, args, code, message):
    out = tmp_path / "x.csv"
    assert run(str(seed_path), "-f", "csv", "-o", str(out), *args) == code
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_bad_date_is_rejected_by_the_parser(seed_path, capsys):
    with pytest.raises(SystemExit) as exc:
        run(*[str(seed_path), "-f", "csv", "-o", "-", "--from", "April"])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err


def test_missing_input_and_unwritable_output(seed_path, tmp_path, capsys):
    assert run(str(tmp_path / "nope.txt"), "-f", "csv", "-o", str(tmp_path / "a.csv")) == 1
    assert "Traceback" not in capsys.readouterr().err
    target = tmp_path / "no-such-folder" / "a.csv"
    assert run(str(seed_path), "-f", "csv", "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert err.startswith("eventmap: error:") and "Traceback" not in err


def test_chosen_columns(seed_path, capsysbinary):
    assert run(str(seed_path), "-f", "csv", "-o", "-", "--columns", "campus,date,lon") == 0
    back = export.read_csv(capsysbinary.readouterr().out)
    assert list(back.columns) == ["campus", "date", "lon"]
    assert back["lon"].dtype == "float64"


def test_no_file_uses_the_bundled_listings(capsysbinary):
    # The store is empty (see _isolated_store), so the bundled pages are exported.
    assert run("-f", "json", "-o", "-") == 0
    doc = json.loads(capsysbinary.readouterr().out)
    bundled = config.settings().bundled_listing_paths()
    assert sorted(s["name"] for s in doc["meta"]["sources"]) == sorted(p.name for p in bundled)
    assert len(doc["meetings"]) == len(build_dataset(sources_from_paths(bundled)).frame)


def test_exported_file_is_an_ordinary_file_not_a_private_one(seed_path, tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = tmp_path / "meetings.csv"
        assert main([str(x) for x in ("export", seed_path, "--format", "csv", "-o", out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@pytest.mark.parametrize(
    ("filters", "name"),
    [
        (None, "eventmap meetings"),
        (Filters(), "eventmap meetings"),
        (Filters(campaigns=["Spring tour"]), "Spring tour"),
        (Filters(campaigns=["A", "B"]), "eventmap meetings"),
    ],
)
def test_calendar_name_is_the_one_chosen_campaign(filters, name):
    assert export.calendar_name(filters) == name
