"""Schema revisions: a new database is made at the newest revision and matches the tables in
``schema.py``; a database made by release 0.1.0 (committed as SQL) is upgraded on open with its
data intact; ``eventmap db status|upgrade`` report and apply; a database from a newer release is
refused. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from eventmap import cli, store
from eventmap.errors import StoreError
from eventmap.store import migrate

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load_sql(url: str, path: Path) -> None:
    """Run a whole SQL file on a fresh database, as the release that wrote it would have."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            raw = conn.connection.driver_connection
            sql = path.read_text("utf-8")
            if engine.dialect.name == "sqlite":
                raw.executescript(sql)
            else:
                raw.execute(sql)
    finally:
        engine.dispose()


def release_fixture(url: str) -> Path:
    dialect = sa.make_url(url).get_backend_name()
    return FIXTURES / f"release-0.1.0.{dialect}.sql"


def schema_differences(url: str) -> list:
    """What ``schema.metadata`` has that the database lacks, or the other way round (tables of
    other features, such as the shared geocode cache, are not the store's business)."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, kind, parent: (
                        kind != "table" or name in store.metadata.tables
                    ),
                },
            )
            return compare_metadata(context, store.metadata)
    finally:
        engine.dispose()


def test_the_revisions_form_one_line_numbered_in_order():
    scripts = migrate.scripts()
    assert scripts.get_heads() == [store.head()]
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert chain[0] == "0001"
    assert all(re.fullmatch(r"\d{4}", r) for r in chain), chain
    assert chain == sorted(chain) and len(set(chain)) == len(chain)


def test_a_new_database_is_made_at_the_newest_revision_and_matches_the_tables(db_url):
    handle = store.open_store(db_url)
    now = store.status(handle.engine, db_url)
    assert now.up_to_date and now.current == store.head() and now.pending == []
    assert schema_differences(db_url) == []


def test_a_release_0_1_0_database_is_upgraded_on_open_with_its_data(db_url, seed_text):
    load_sql(db_url, release_fixture(db_url))
    before = store.status(store.engine_for(db_url), db_url)
    assert before.current is None and before.unversioned_tables
    assert before.pending[0] == "0001" and before.pending[-1] == store.head()

    handle = store.open_store(db_url)
    assert store.status(handle.engine, db_url).up_to_date
    assert schema_differences(db_url) == []
    history = handle.history()
    assert [(v.version, v.name, v.undone, v.current) for v in history] == [
        (3, "spring.txt", True, False),
        (2, "upcoming-meetings.txt", False, True),
        (1, "upcoming-meetings.txt", False, False),
    ]
    assert handle.text_of(1) == seed_text  # line breaks and quotes intact
    assert [(o.key, o.lat, o.note) for o in handle.override_records()] == [
        ("university of california berkeley", 37.8719, "from 0.1.0")
    ]
    assert len(handle.current_meetings("upcoming-meetings.txt")) == 14
    # New rows continue after the old ones.
    result = handle.import_listing("autumn.txt", seed_text.replace("Room 101", "Room 9"))
    assert result.version == 4


def test_a_table_from_before_as_of_gains_the_column(db_url):
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE listings (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, "
            "text TEXT NOT NULL, sha256 VARCHAR(64) NOT NULL, imported_at VARCHAR(32) NOT NULL, "
            "meeting_count INTEGER NOT NULL, warning_count INTEGER NOT NULL, "
            "undone BOOLEAN NOT NULL)"
        )
        conn.exec_driver_sql(
            "INSERT INTO listings VALUES (1, 'old.txt', 'Upcoming Meetings', "
            "'x', '2019-01-01T00:00:00', 0, 0, FALSE)"
        )
    engine.dispose()
    handle = store.open_store(db_url)
    [version] = handle.history()
    # Read against the day it was imported (revision 0003 records that as its as-of day).
    assert (version.name, version.as_of) == ("old.txt", "2019-01-01")
    columns = {c["name"] for c in sa.inspect(handle.engine).get_columns("listings")}
    assert {"as_of", "undone_at", "as_of_origin", "source_url", "etag"} <= columns


def test_a_database_from_a_newer_release_is_refused(db_url):
    store.open_store(db_url)
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    store.dispose_engines()
    with pytest.raises(StoreError, match="revision 9999, which this version of eventmap does not"):
        store.open_store(db_url)


def test_db_status_and_upgrade_commands(db_url, monkeypatch, capsys):
    load_sql(db_url, release_fixture(db_url))
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    masked = store.safe_url(db_url)

    assert cli.main(["db", "status"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{masked}: at no revision (tables from a release before migrations)")
    assert f"newest is {store.head()}" in out

    assert cli.main(["db", "status", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["current"] is None and report["pending"][-1] == store.head()

    assert cli.main(["db", "upgrade"]) == 0
    assert capsys.readouterr().out.strip().endswith(f"now at {store.head()}")
    assert cli.main(["db", "upgrade"]) == 0
    assert "nothing to upgrade" in capsys.readouterr().out

    assert cli.main(["db", "status", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["up_to_date"] and report["current"] == store.head() and report["pending"] == []


def test_db_status_on_an_empty_database_changes_nothing(db_url, monkeypatch, capsys):
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    assert cli.main(["db", "status"]) == 0
    assert "no revision (empty)" in capsys.readouterr().out
    engine = sa.create_engine(db_url)
    assert sa.inspect(engine).get_table_names() == []
    engine.dispose()


def test_a_database_made_by_create_all_before_migrations_is_adopted(db_url):
    # Between releases, the store made its tables with create_all and recorded no revision;
    # every revision must accept tables that already exist.
    engine = sa.create_engine(db_url)
    store.metadata.create_all(engine)
    engine.dispose()
    handle = store.open_store(db_url)
    assert store.status(handle.engine, db_url).up_to_date
    assert schema_differences(db_url) == []
    assert handle.history() == []


def test_the_packaged_head_read_without_alembic_is_alembics_head():
    assert migrate.packaged_head() == migrate.head()


def test_opening_a_current_store_does_not_import_alembic(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'current.db'}"
    store.open_store(url)  # made at the newest revision
    probe = (
        "import sys\nfrom eventmap.store import open_store, status\nfrom sqlalchemy import "
        f"create_engine\nopen_store({url!r})\nprint('alembic' in sys.modules)\n"
        f"print(status(create_engine({url!r}), {url!r}).up_to_date)"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root / "src"), "EVENTMAP_DB": url}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    # Not imported to open it; the status that imports it afterwards agrees it is current.
    assert done.stdout.split() == ["False", "True"]


def test_a_store_stamped_behind_the_head_still_goes_through_alembic(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'behind.db'}"
    load_sql(url, release_fixture(url))  # release 0.1.0: no alembic_version table
    engine = sa.create_engine(url)
    try:
        assert not migrate._stamped_at_head(engine, url)
        migrate.forget_checked()
        store.open_store(url)
        assert migrate._stamped_at_head(engine, url)
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0001'"))
        assert not migrate._stamped_at_head(engine, url)
    finally:
        engine.dispose()
