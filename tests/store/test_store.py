from __future__ import annotations

import json
import multiprocessing
import sqlite3
import sys
import types
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_fixtures import SAN_DIEGO_NEW, edited_seed

from eventmap import cli, store
from eventmap.core import dataset
from eventmap.errors import StoreError
from eventmap.store import open_store


@pytest.fixture(autouse=True)
def _fresh_engines():
    yield
    store.dispose_engines()


SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def data_dir(tmp_path: Path, seed_text: str, monkeypatch, db_url: str) -> Path:
    """A data folder holding only the seed page, used as the bundled listings; EVENTMAP_DB is
    the test's database (on SQLite, the default file under this folder)."""
    folder = tmp_path / "data"
    (folder / "listings").mkdir(parents=True)
    (folder / "listings" / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(folder))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    return folder


@pytest.fixture
def db(data_dir: Path) -> store.Store:
    return open_store()


@SQLITE_ONLY
def test_default_url_is_sqlite_under_data_dir(data_dir, monkeypatch):
    monkeypatch.delenv("EVENTMAP_DB")
    assert store.default_url() == f"sqlite:///{data_dir / 'eventmap.db'}"


def test_first_start_imports_the_bundled_listings_once(db, data_dir, seed_text):
    assert db.is_empty()
    sources = db.current_sources()
    assert [(s.name, s.version) for s in sources] == [("upcoming-meetings.txt", 1)]
    assert sources[0].text == seed_text and sources[0].imported_at
    assert len(db.current_meetings("upcoming-meetings.txt")) == 14
    # A second start (another process, same file) does not import again.
    store.dispose_engines()
    again = open_store()
    assert [s.version for s in again.current_sources()] == [1]
    assert len(again.history()) == 1
    if store.is_sqlite(store.default_url()):
        assert (data_dir / "eventmap.db").is_file()


@SQLITE_ONLY
def test_sqlite_runs_in_wal_mode(db, data_dir):
    db.current_sources()
    with sqlite3.connect(data_dir / "eventmap.db") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_import_saves_a_new_version_with_its_diff(db, seed_text):
    db.current_sources()
    result = db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    assert result.saved and result.version == 2 and result.previous_version == 1
    assert result.diff.counts() == {"added": 1, "removed": 0, "changed": 1}
    assert result.diff.added[0].campus == "University of Chicago"
    change = result.diff.changed[0]
    assert change.before.campus == "San Diego State University"
    assert "venue" in change.fields and "venue moved" in change.summary()
    # The store now serves the new version; the old one stays.
    [current] = db.current_sources()
    assert current.version == 2 and SAN_DIEGO_NEW.splitlines()[1] in current.text
    assert len(db.current_meetings("upcoming-meetings.txt")) == 15
    assert db.text_of(1) == seed_text
    assert [(v.version, v.current, v.undone) for v in db.history()] == [
        (2, True, False),
        (1, False, False),
    ]


def test_unchanged_reimport_is_an_empty_diff_and_saves_nothing(db, seed_text):
    db.current_sources()
    result = db.import_listing("upcoming-meetings.txt", seed_text)
    assert result.diff.empty and result.unchanged and not result.saved
    assert result.version == 1 and len(db.history()) == 1


def test_preview_saves_nothing(db, seed_text):
    db.current_sources()
    key = db.data_key()
    result = db.preview_import("upcoming-meetings.txt", edited_seed(seed_text))
    assert result.diff.counts() == {"added": 1, "removed": 0, "changed": 1}
    assert not result.saved and result.version is None
    assert len(db.history()) == 1 and db.data_key() == key


def test_a_new_source_name_adds_a_source(db, seed_text):
    db.current_sources()
    result = db.import_listing("spring.txt", edited_seed(seed_text, move_venue=False))
    assert result.previous_version is None and len(result.diff.added) == 15
    assert [s.name for s in db.current_sources()] == ["spring.txt", "upcoming-meetings.txt"]


def test_undo_restores_the_previous_version_and_keeps_history(db, seed_text):
    db.current_sources()
    db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    undone = db.undo_last()
    assert (undone.version, undone.undone) == (2, True)
    [current] = db.current_sources()
    assert current.version == 1 and current.text == seed_text
    assert [(v.version, v.undone, v.current) for v in db.history()] == [
        (2, True, False),
        (1, False, True),
    ]
    # Undoing the first import empties the store without re-importing the bundled page.
    db.undo_last()
    assert db.current_sources() == []
    with pytest.raises(ValueError, match="no import to undo"):
        db.undo_last()
    assert db.text_of(2) == edited_seed(seed_text)


def test_data_key_changes_on_import_undo_and_override(db, seed_text):
    db.current_sources()
    keys = [db.data_key()]
    db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    keys.append(db.data_key())
    db.undo_last()
    keys.append(db.data_key())
    db.set_override("campus", "UC Berkeley", 37.8719, -122.2585)
    keys.append(db.data_key())
    assert len(set(keys)) == 3 and keys[0] == keys[2]  # undo returns to the first state
    assert keys[3] not in keys[:3]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("", "x", "name"),
        ("a.txt", "   \n", "empty"),
        ("a" * 300, "x", "too long"),
    ],
)
def test_import_refuses_bad_input_and_saves_nothing(db, name, text, message):
    with pytest.raises(ValueError, match=message):
        db.import_listing(name, text)
    assert db.history() == []


# Overrides ------------------------------------------------------------------------------------
def test_override_is_saved_normalised_and_replaced(db):
    first = db.set_override("campus", "  UC   Berkeley ", 37.87, -122.26, note="library steps")
    assert (first.kind, first.label, first.key) == (
        "campus",
        "UC Berkeley",
        "university of california berkeley",
    )
    # Another alias of the same campus replaces it rather than adding a second row.
    db.set_override("Campus", "University of California, Berkeley", 37.8719, -122.2585)
    db.set_override("address", "350 Moffitt Library, Berkeley CA 94720", 37.8726, -122.2607)
    assert [(o.kind, o.key, o.lat, o.lon) for o in db.overrides()] == [
        ("campus", "University of California, Berkeley", 37.8719, -122.2585),
        ("address", "350 Moffitt Library, Berkeley CA 94720", 37.8726, -122.2607),
    ]
    assert db.delete_override("campus", "UC Berkeley") and len(db.overrides()) == 1
    assert not db.delete_override("campus", "UC Berkeley")


@pytest.mark.parametrize(
    ("kind", "key", "lat", "lon", "message"),
    [
        ("zip", "94720", 37.0, -122.0, "kind must be one of"),
        ("campus", "   ", 37.0, -122.0, "empty"),
        ("campus", "MIT", 91.0, -71.0, "latitude must be between"),
        ("campus", "MIT", 42.0, -181.0, "longitude must be between"),
        ("campus", "MIT", float("nan"), -71.0, "latitude must be between"),
        ("venue", "Stata", "north", -71.0, "latitude must be a number"),
        ("venue", "Stata", 42.0, None, "longitude must be a number"),
    ],
)
def test_override_validation(db, kind, key, lat, lon, message):
    with pytest.raises(ValueError, match=message):
        db.set_override(kind, key, lat, lon)
    assert db.overrides() == []


def test_overrides_survive_reimport_and_undo(db, seed_text):
    db.current_sources()
    db.set_override("venue", "Love Library", 32.7757, -117.0719)
    db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    db.undo_last()
    assert [(o.key, o.lat) for o in db.overrides()] == [("Love Library", 32.7757)]


def _row(frame, campus, day=None):
    rows = frame[frame["campus"] == campus]
    if day:
        rows = rows[rows["date"] == day]
    return rows


def test_override_applied_everywhere_and_kept_across_reimport(db, seed_text):
    mit = "Massachusetts Institute of Technology"
    db.set_override("campus", mit, 42.3599, -71.0921, note="Kresge lawn")
    db.set_override(
        "venue", "UC Berkeley / Moffitt Library", 37.8727, -122.2609
    )  # beats venues.csv
    db.set_override("venue", "San Diego State University / Love Library", 32.7757, -117.0712)

    before = dataset.load_store_dataset().frame
    assert list(_row(before, mit)["lat"]) == [42.3599, 42.3599]  # both MIT meetings
    assert set(_row(before, mit)["geocode_source"]) == {"override"}
    assert list(_row(before, "UC Berkeley")["lat"]) == [37.8727]
    san_diego = _row(before, "San Diego State University", "2019-04-09")
    assert list(san_diego["lat"]) != [32.7757]  # Student Union: Love Library not listed yet

    db.import_listing("upcoming-meetings.txt", edited_seed(seed_text))
    after = dataset.load_store_dataset().frame
    assert len(after) == 15
    san_diego = _row(after, "San Diego State University", "2019-04-09")
    assert list(san_diego["venue"]) == ["Love Library"]
    assert (list(san_diego["lat"]), list(san_diego["lon"])) == ([32.7757], [-117.0712])
    assert list(_row(after, mit)["lat"]) == [42.3599, 42.3599]
    assert list(_row(after, "UC Berkeley")["lat"]) == [37.8727]


# Concurrency ----------------------------------------------------------------------------------
def _import_many(url: str, who: str, seed: str, count: int, start) -> None:
    start.wait(timeout=60)
    handle = open_store(url)
    for i in range(count):
        text = seed.replace("Room 101", f"Room {who}-{i}")
        handle.import_listing(f"{who}.txt", text)


def test_two_processes_importing_at_once_lose_nothing(db_url, seed_text, monkeypatch):
    # AppTest runs pages as __main__; a spawned child would re-run that page. Start the
    # children from a blank __main__ instead.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    url = db_url
    open_store(url)  # create the tables first, like the app's first start
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    count = 6
    procs = [
        ctx.Process(target=_import_many, args=(url, who, seed_text, count, start))
        for who in ("alpha", "beta")
    ]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0, 0]

    handle = open_store(url)
    versions = handle.history()
    assert len(versions) == 2 * count
    assert len({v.version for v in versions}) == 2 * count
    for who in ("alpha", "beta"):
        mine = [v for v in versions if v.name == f"{who}.txt"]
        texts = {handle.text_of(v.version) for v in mine}
        assert len(mine) == count
        assert all(any(f"Room {who}-{i}" in t for t in texts) for i in range(count))
        assert all(v.meetings == 14 for v in mine)


def test_threads_writing_overrides_and_imports_at_once_lose_nothing(db, seed_text):
    from concurrent.futures import ThreadPoolExecutor

    db.set_override("campus", "UC Berkeley", 37.0, -122.0)  # loads the campus table once

    def work(n: int) -> None:
        for i in range(5):
            db.set_override("venue", f"Hall {n}-{i}", 40.0 + n, -75.0 - i)
            db.set_override("campus", "UC Berkeley", 37.0 + n / 10, -122.0)  # same row, racing
        db.import_listing(f"thread-{n}.txt", seed_text.replace("Room 101", f"Room T{n}"))

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(work, range(4)))
    labels = [o.key for o in db.overrides()]
    assert sorted(labels) == sorted(
        ["UC Berkeley"] + [f"Hall {n}-{i}" for n in range(4) for i in range(5)]
    )
    assert sorted(v.name for v in db.history()) == [f"thread-{n}.txt" for n in range(4)]


# Errors ---------------------------------------------------------------------------------------
def test_corrupt_database_gives_a_clear_error(tmp_path):
    bad = tmp_path / "eventmap.db"
    bad.write_bytes(b"this is not a database\n" * 500)
    with pytest.raises(StoreError, match="damaged or not an eventmap database"):
        open_store(f"sqlite:///{bad}")
    assert bad.read_bytes().startswith(b"this is not")  # nothing overwritten


def test_database_under_a_file_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder .* writable location"):
        open_store(f"sqlite:///{blocker / 'sub' / 'eventmap.db'}")


def test_not_a_url_gives_a_clear_error():
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("just some words")


def test_schema_and_queries_compile_for_postgresql():
    from sqlalchemy.dialects import postgresql

    statements: list[str] = []
    engine = sa.create_mock_engine(
        "postgresql+psycopg2://",
        lambda sql, *a, **k: statements.append(str(sql.compile(dialect=engine.dialect))),
    )
    store.metadata.create_all(engine, checkfirst=False)
    ddl = "\n".join(statements)
    assert "CREATE TABLE listings" in ddl and "BOOLEAN" in ddl and "SERIAL" in ddl
    sql = str(
        store.Store._current_query([store.listings.c.id]).compile(dialect=postgresql.dialect())
    )
    assert "max(newer.id)" in sql and "false" in sql


# CLI ------------------------------------------------------------------------------------------
def test_cli_import_dry_run_json_then_save_then_history(data_dir, tmp_path, seed_text, capsys):
    page = tmp_path / "upcoming-meetings.txt"
    page.write_text(edited_seed(seed_text), encoding="utf-8")
    assert cli.main(["import", str(page), "--dry-run", "--format", "json"]) == 0
    out = capsys.readouterr()
    diff = json.loads(out.out)
    assert set(diff) == {"added", "removed", "changed"}
    assert [m["campus"] for m in diff["added"]] == ["University of Chicago"]
    assert diff["changed"][0]["before"]["campus"] == "San Diego State University"
    assert "venue" in diff["changed"][0]["fields"] and "preview" in out.err
    assert len(open_store().history()) == 1  # dry run: only the first-start import

    assert cli.main(["import", str(page)]) == 0
    out = capsys.readouterr()
    assert "+ added    University of Chicago (2019-04-13)" in out.out
    assert "venue moved" in out.out and "Saved 'upcoming-meetings.txt' as version 2" in out.err

    assert cli.main(["history", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["version"], r["current"]) for r in rows] == [(2, True), (1, False)]
    assert cli.main(["history"]) == 0
    table = capsys.readouterr().out
    assert "current" in table and "upcoming-meetings.txt" in table


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["import", "missing.txt"], 1, "missing.txt"),
        (["import", "{page}", "--as-of", "April"], 2, "not a date"),
    ],
)
def test_cli_import_errors_are_one_line(data_dir, tmp_path, seed_text, capsys, argv, code, message):
    page = tmp_path / "p.txt"
    page.write_text(seed_text, encoding="utf-8")
    argv = [a.replace("{page}", str(page)) for a in argv]
    try:
        got = cli.main(argv)
    except SystemExit as exc:  # argparse rejects bad option values itself
        got = exc.code
    err = capsys.readouterr().err
    assert got == code and message in err and "Traceback" not in err


@SQLITE_ONLY
def test_cli_with_a_corrupt_database_says_so(data_dir, tmp_path, monkeypatch, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{bad}")
    assert cli.main(["history"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("eventmap: error: cannot open the eventmap database")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "json", "-o", "-"],
        ["nearest", "Kalamazoo, MI", "--include-past", "--format", "json"],
        ["tour", "--format", "json"],
    ],
    ids=["export", "nearest", "tour"],
)
def test_cli_without_files_uses_the_store_and_its_location_fixes(db, argv, capsys):
    db.current_sources()
    db.set_override("venue", "Western Michigan University / Bernhard Center", 42.25, -85.55)
    if argv[0] == "tour":
        # The March campaign is held by local groups (no legs); an organizer's shape fix, also
        # read from the store, makes it a tour.
        from seed_fixtures import march_campaign

        from eventmap.core import campaigns
        from eventmap.core.dataset import load_store_dataset

        listing = load_store_dataset().parsed_listing()
        ident = next(i for i in campaigns.identities(listing) if i.title == march_campaign())
        db.set_campaign_fix(ident.record(shape="tour"))
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    if argv[0] == "export":
        rows = json.loads(out)["meetings"]
        wmu = [r for r in rows if r["campus"] == "Western Michigan University"]
        assert [(r["lat"], r["lon"]) for r in wmu] == [(42.25, -85.55)]
    if argv[0] == "nearest":
        first = json.loads(out)[0]
        assert (first["campus"], first["lat"], first["lon"]) == (
            "Western Michigan University", 42.25, -85.55,
        )  # fmt: skip
    if argv[0] == "tour":
        # the leg into Western Michigan is measured from the pinned point, not the venue's
        from eventmap.core.tour import distance_km

        legs = [leg for c in json.loads(out)["campaigns"] for leg in c["legs"]]
        (leg,) = [leg for leg in legs if leg["from"] == "Western Michigan University"]
        kimmel = (40.7298, -73.9977)  # the next stop, NYU's Kimmel Center (pinned in venues.csv)
        assert leg["distance_km"] == pytest.approx(distance_km((42.25, -85.55), kimmel), abs=0.2)
