"""The offline place index: built once into the cache folder, then only opened; lazily."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventmap import config
from eventmap.geo import place_index
from eventmap.geo.gazetteer import CampusTable, Gazetteer
from eventmap.geo.geocoder import Geocoder
from eventmap.geo.overrides import Override
from eventmap.model import Meeting

ROOT = Path(__file__).resolve().parents[2]

# A new process: open the default gazetteer's index, look a ZIP up, say what happened.
PROBE = """
import json, os
from eventmap.geo.gazetteer import default_gazetteer
gaz = default_gazetteer()
place = gaz.zips.get("48104")
index = gaz.index
print(json.dumps({"built": index.built, "path": str(index.path),
                  "inode": os.stat(index.path).st_ino, "lat": place.lat, "city": place.city}))
"""


def probe(cache_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "EVENTMAP_CACHE_DIR": str(cache_dir), "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", PROBE], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def result(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return json.loads(out)


def index_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_second_process_opens_the_index_the_first_one_built(tmp_path: Path) -> None:
    first = result(probe(tmp_path))
    assert first["built"] is True
    assert first["city"] == "Ann Arbor" and first["lat"] == pytest.approx(42.27, abs=0.05)
    second = result(probe(tmp_path))
    assert second["built"] is False  # found ready: not rebuilt
    assert second["path"] == first["path"] and second["inode"] == first["inode"]
    assert second["lat"] == first["lat"]
    assert index_files(tmp_path) == [Path(first["path"]).name]


def test_two_processes_building_at_once_both_get_a_whole_index(tmp_path: Path) -> None:
    procs = [probe(tmp_path), probe(tmp_path)]
    results = [result(p) for p in procs]
    assert all(r["city"] == "Ann Arbor" for r in results)
    # Whoever renamed last won; no temporary file is left behind, and the file is whole.
    assert index_files(tmp_path) == [Path(results[0]["path"]).name]
    third = result(probe(tmp_path))
    assert third["built"] is False and third["city"] == "Ann Arbor"


def test_new_data_versions_build_a_new_index_and_remove_the_old(tmp_path: Path) -> None:
    old_versions = {**place_index.source_versions(), "zipcodes": "0.0.1"}
    old = place_index.open_index(tmp_path, old_versions)
    assert old.built and old.path.exists()
    again = place_index.open_index(tmp_path, old_versions)
    assert not again.built and again.path == old.path
    new = place_index.open_index(tmp_path, place_index.source_versions())
    assert new.built and new.path != old.path
    assert index_files(tmp_path) == [new.path.name]  # the stale index is gone
    assert old.zip("48104") == new.zip("48104")  # a reader of the old file still reads it


def test_an_unwritable_cache_folder_means_an_index_in_memory(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    index = place_index.open_index(not_a_folder)
    assert index.built and index.path is None
    assert index.country_code("germany") == "DE"


def _campuses() -> CampusTable:
    return CampusTable.from_csv(config.settings().shipped_table("campuses.csv"))


def test_pinned_meetings_never_open_the_index(tmp_path: Path) -> None:
    opened: list[str] = []

    def open_it() -> place_index.PlaceIndex:
        opened.append("index")
        return place_index.open_index(tmp_path)

    gaz = Gazetteer(_campuses(), open_it)
    pins = [Override("campus", "university of michigan", 42.2780, -83.7382, "test")]
    geocoder = Geocoder("offline", overrides=pins, gazetteer=gaz)
    meeting = Meeting(campaign="c", campus="University of Michigan", venue="Weiser Hall")
    (loc,) = geocoder.locate_all([meeting])
    assert loc is not None and loc.source == "override"
    assert not gaz.index_loaded and opened == [] and index_files(tmp_path) == []
    # A ZIP query is the first thing that needs the index.
    assert geocoder.lookup("48104").precision == "postal_code"
    assert gaz.index_loaded and opened == ["index"]
    assert index_files(tmp_path) == [place_index.index_path(tmp_path).name]


def test_the_place_index_answers_like_the_tables_it_came_from() -> None:
    import zipcodes

    gaz = Gazetteer(_campuses())  # the index in the session's cache folder
    row = zipcodes.matching("94720")[0]
    hit = gaz.zips.get("94720-1234")
    assert (hit.lat, hit.lon, hit.city, hit.state) == (
        float(row["lat"]), float(row["long"]), row["city"], row["state"],
    )  # fmt: skip
    assert gaz.cities.get("Koeln", None, "Germany").country == "DE"  # an ASCII alternate name
    assert gaz.cities.get("Portland", "ME").state == "ME"  # the state picks among namesakes
    assert gaz.cities.get("Portland").state == "OR"  # else the most populous
    assert gaz.cities.country_name("FR") == "France"
    assert gaz.free_text("nowhere at all") is None
