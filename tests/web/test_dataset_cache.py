"""The dashboard's data is parsed and geocoded once per content, shared by reruns and sessions."""

from __future__ import annotations

from app_fixtures import ROOT, make_env, run_app

from eventmap import store
from eventmap.web import data as ui_data


def test_data_is_built_once_per_content_and_again_after_an_import(tmp_path, monkeypatch, db_url):
    make_env(tmp_path, monkeypatch)
    monkeypatch.setenv("EVENTMAP_DB", db_url)
    key = lambda: next(k for k in ui_data._DATASETS if str(tmp_path) in k)  # noqa: E731

    first = run_app()
    assert not first.exception
    built = ui_data._DATASETS[key()]
    run_app()  # a rerun in a new session: the very same dataset object, nothing rebuilt
    assert ui_data._DATASETS[key()] is built
    # A new version of the page changes the content key: the next run builds it.
    seed = (ROOT / "data" / "listings" / "upcoming-meetings.txt").read_text(encoding="utf-8")
    store.open_store().import_listing("upcoming-meetings.txt", seed.replace("Room 101", "Room 102"))
    after = run_app()
    assert not after.exception
    rebuilt = [d for k, d in ui_data._DATASETS.items() if str(tmp_path) in k and d is not built]
    assert rebuilt and "Room 102" in set(rebuilt[-1].frame["room"].dropna())
