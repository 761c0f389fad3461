"""The Export page (AppTest): download buttons carry exactly the filtered rows, with provenance."""

from __future__ import annotations

import json
import posixpath

import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from eventmap import config
from eventmap.core.dataset import build_dataset, sources_from_paths
from eventmap.core.filters import Filters, apply_filters
from eventmap.output import export

PAGE = "app_pages/3_Export.py"
TIMEOUT = 60


class RecordingStorage(MemoryMediaFileStorage):
    """Streamlit's own in-memory media storage, kept reachable so the test can read the files
    the download buttons serve (AppTest drops its runtime after each run)."""

    latest: RecordingStorage | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        RecordingStorage.latest = self


class RecordingManager(MediaFileManager):
    """Streamlit's own media file manager, kept reachable so the test can use a download button
    as a browser does: the page defers each file, and a click asks the manager to build it."""

    latest: RecordingManager | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        RecordingManager.latest = self


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'store.db'}")
    monkeypatch.setenv("EVENTMAP_GEOCODER", "offline")
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", RecordingStorage)
    monkeypatch.setattr(app_test_module, "MediaFileManager", RecordingManager)


@pytest.fixture(scope="module")
def bundled_frame() -> pd.DataFrame:
    return build_dataset(sources_from_paths(config.settings().bundled_listing_paths())).frame


def _page(root) -> AppTest:
    return AppTest.from_file(str(root / PAGE), default_timeout=TIMEOUT)


def _file(at: AppTest, fmt: str):
    """The file a click on the button serves: built by the page's deferred callable now."""
    proto = at.download_button(key=f"download_{fmt}").proto
    assert proto.deferred_file_id and not proto.url  # nothing was built before the click
    assert RecordingManager.latest is not None and RecordingStorage.latest is not None
    url = RecordingManager.latest.execute_deferred(proto.deferred_file_id)
    return RecordingStorage.latest.get_file(posixpath.basename(url))


def _download(at: AppTest, fmt: str) -> bytes:
    return _file(at, fmt).content


def test_page_renders_all_buttons_provenance_and_charts(root, bundled_frame):
    at = _page(root).run()
    assert not at.exception
    keys = {b.key for b in at.download_button}
    assert keys == {f"download_{fmt}" for fmt in export.FORMATS}
    assert at.title[0].value == "Export meetings"
    provenance = at.dataframe[-1].value  # the table, then the provenance
    values = dict(zip(provenance["Field"], provenance["Value"], strict=True))
    assert values["Source 1"] == config.settings().bundled_listing_paths()[0].name
    assert values["Rows"] == str(len(bundled_frame))
    titles = sorted(json.loads(el.proto.spec)["title"] for el in at.get("vega_lite_chart"))
    assert titles[0] == "Meetings per campaign"
    assert titles[1].startswith("Meetings per month")
    assert titles[2] == "Meetings per state"
    back = export.read_csv(_download(at, "csv"))
    pd.testing.assert_frame_equal(back, export.canonical(bundled_frame))


@pytest.mark.parametrize(
    ("widget", "value", "filters"),
    [
        ("flt_states", ["CA"], Filters(states=["CA"])),
        ("flt_statuses", ["scheduled"], Filters(statuses=["scheduled"])),
        (
            "flt_campaigns",
            ["The Threat of Fascism and How to Fight it"],
            Filters(campaigns=["The Threat of Fascism and How to Fight it"]),
        ),
    ],
)
def test_downloads_follow_the_sidebar_filters(root, bundled_frame, widget, value, filters):
    at = _page(root).run()
    at.multiselect(key=widget).set_value(value).run()
    assert not at.exception
    expected = export.canonical(apply_filters(bundled_frame, filters))
    assert 0 < len(expected) < len(bundled_frame)
    for fmt in ("csv", "xlsx", "json", "parquet"):
        pd.testing.assert_frame_equal(export.READERS[fmt](_download(at, fmt)), expected)
    meta = json.loads(_download(at, "json"))["meta"]
    assert meta["filters"] == filters.describe()
    ics_data = _download(at, "ics")
    dated = expected["date"].notna().sum()
    assert ics_data.count(b"BEGIN:VEVENT") == dated
    for fmt, spec in export.FORMATS.items():
        assert _file(at, fmt).filename.endswith(f".{spec.ext}")
        assert _file(at, fmt).mimetype == spec.mime


def test_filters_from_the_url_apply_to_the_downloads(root, bundled_frame):
    at = _page(root)
    at.query_params["state"] = "NY"
    at.run()
    assert not at.exception
    back = export.read_csv(_download(at, "csv"))
    expected = apply_filters(bundled_frame, Filters(states=["NY"]))
    assert sorted(back["meeting_id"]) == sorted(expected["meeting_id"])
    assert set(back["state"].astype(str)) == {"NY"}


def test_column_chooser_shapes_the_table_files(root, bundled_frame):
    at = _page(root).run()
    at.multiselect(key="export_columns").set_value(["campus", "date", "lon"]).run()
    assert not at.exception
    back = export.read_csv(_download(at, "csv"))
    assert list(back.columns) == ["campus", "date", "lon"]
    doc = json.loads(_download(at, "geojson"))
    assert set(doc["features"][0]["properties"]) == {"campus", "date"}
    # the calendar still has whole meetings
    assert _download(at, "ics").count(b"LOCATION:") > 0


def test_single_campaign_names_the_files_safely(root):
    at = _page(root).run()
    at.multiselect(key="flt_campaigns").set_value(
        ["The Threat of Fascism and How to Fight it"]
    ).run()
    name = _file(at, "xlsx").filename
    assert name == "eventmap-meetings-The-Threat-of-Fascism-and-How-to-Fight-it.xlsx"
