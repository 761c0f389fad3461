"""Exports: round trips, GeoJSON structure, provenance, spreadsheet safety, file names."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from datetime import time as dtime

import pandas as pd
import pytest
from export_fixtures import HYPERLINK, hostile_frame, sample_frame
from openpyxl import load_workbook

from eventmap.core.dataset import Dataset, Source
from eventmap.core.filters import Filters, apply_filters
from eventmap.core.frame import COLUMNS
from eventmap.model import Listing
from eventmap.output import export

TABULAR = ["csv", "xlsx", "json", "parquet"]


@pytest.fixture
def frame() -> pd.DataFrame:
    return sample_frame()


@pytest.fixture
def meta() -> dict:
    dataset = Dataset(
        frame=sample_frame(),
        listing=Listing(),
        sources=[
            Source("upcoming-meetings.txt", "page text", "2019-03-01T10:00:00+00:00", 4),
            Source("older.txt", "older text"),
        ],
    )
    filters = Filters(states=["CA", "NY"], date_from=date(2019, 3, 1))
    return export.provenance(dataset, filters, datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC))


# Round trips ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", TABULAR)
@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(campaigns=["Chelsea Manning campus meetings"]),
        Filters(date_from=date(2019, 4, 1)),
        Filters(states=["ZZ"]),  # nothing left
    ],
    ids=["all", "campaign", "from-april", "empty"],
)
def test_round_trip_equals_filtered_frame(frame, meta, fmt, filters):
    filtered = apply_filters(frame, filters)
    back = export.READERS[fmt](export.export(filtered, fmt, meta))
    expected = export.canonical(filtered)
    pd.testing.assert_frame_equal(back, expected)
    assert list(back.columns) == COLUMNS
    assert str(back["start"].dtype) == "datetime64[ns, UTC]"
    assert str(back["date"].dtype) == "datetime64[ns]"
    assert back["lon"].dtype == "float64"
    assert str(back["campaign"].dtype) == "category"


@pytest.mark.parametrize("fmt", TABULAR)
def test_round_trip_of_chosen_columns_keeps_their_order(frame, meta, fmt):
    columns = ["venue", "date", "lon", "start", "time_tba", "links"]
    back = export.READERS[fmt](export.export(frame, fmt, meta, columns=columns))
    assert list(back.columns) == columns
    pd.testing.assert_frame_equal(back, export.canonical(frame[columns]))


def test_canonical_drops_unused_categories_only(frame):
    one = frame[frame["state"] == "CA"]
    assert len(one["campaign"].cat.categories) == 2
    canon = export.canonical(one)
    assert list(canon["campaign"].cat.categories) == [one["campaign"].iloc[0]]
    assert canon["venue"].tolist() == one["venue"].tolist()


def test_unknown_format_and_column_are_clear_errors(frame):
    with pytest.raises(ValueError, match="unknown format"):
        export.export(frame, "pdf")
    with pytest.raises(ValueError, match="unknown column"):
        export.export(frame, "csv", columns=["venue", "nope"])


# Value encodings the docs promise -------------------------------------------------------------


def test_csv_encodings(frame):
    text = export.to_csv(frame).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    berkeley = rows[0]
    assert berkeley["date"] == "2019-04-08"
    assert berkeley["start"] == "2019-04-09T02:00:00Z"
    assert berkeley["start_local"] == "2019-04-08T19:00:00-07:00"
    assert berkeley["links"] == "https://example.org/tour https://example.org/fb"
    assert berkeley["time_tba"] == "false"
    assert berkeley["lon"] == "-122.2607"
    assert rows[4]["date"] == "" and rows[4]["status"] == "pending"
    assert rows[2]["speaker"] == "José Núñez"


def test_json_is_records_with_meta(frame, meta):
    doc = json.loads(export.to_json(frame, meta))
    assert doc["meta"]["rows"] == len(frame)
    assert doc["meta"]["generated_at"] == "2024-05-06T07:08:09Z"
    first = doc["meetings"][0]
    assert first["links"] == ["https://example.org/tour", "https://example.org/fb"]
    assert first["start"] == "2019-04-09T02:00:00Z"
    assert first["lat"] == pytest.approx(37.8726)
    assert doc["meetings"][4]["date"] is None
    assert doc["meetings"][5]["lat"] is None


def test_xlsx_cells_are_typed_with_frozen_header_and_widths(frame, meta):
    wb = load_workbook(io.BytesIO(export.to_xlsx(frame, meta)))
    ws = wb["Meetings"]
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[:5] == ["ID", "Campaign", "Shape", "Why this shape", "Kind"]
    col = {name: i for i, name in enumerate(header)}
    row = [c for c in ws[2]]
    assert row[col["Date"]].value == datetime(2019, 4, 8)
    assert row[col["Date"]].is_date
    assert row[col["Start"]].value == dtime(19, 0)
    assert row[col["Start (UTC)"]].value == datetime(2019, 4, 9, 2, 0)
    assert row[col["Longitude"]].data_type == "n"
    assert row[col["Longitude"]].value == pytest.approx(-122.2607)
    assert row[col["Time TBA"]].value is False
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    assert all(8 <= w <= 60 for w in widths.values())
    # the long address column is wider than the state column
    from openpyxl.utils import get_column_letter

    assert (
        widths[get_column_letter(col["Address"] + 1)] > widths[get_column_letter(col["State"] + 1)]
    )


def test_xlsx_provenance_sheet(frame, meta):
    info = export.read_provenance_xlsx(export.to_xlsx(frame, meta))
    assert info["Generated at (UTC)"] == "2024-05-06T07:08:09Z"
    assert info["Rows"] == str(len(frame))
    assert info["Filter: state"] == "CA, NY"
    assert info["Filter: from"] == "2019-03-01"
    assert info["Source 1"] == "upcoming-meetings.txt"
    assert info["Source 1 version"] == "4"
    assert info["Source 1 imported at"] == "2019-03-01T10:00:00+00:00"
    assert info["Source 1 sha256"] == Source("x", "page text").sha256
    assert info["Source 2"] == "older.txt"


def test_parquet_keeps_meta_in_schema(frame, meta):
    stored = export.read_parquet_meta(export.to_parquet(frame, meta))
    assert stored["filters"] == {"state": ["CA", "NY"], "from": "2019-03-01"}
    assert stored["rows"] == len(frame)


def test_provenance_lists_sources_filters_and_time(meta):
    assert meta["generated_at"] == "2024-05-06T07:08:09Z"
    assert meta["filters"] == {"state": ["CA", "NY"], "from": "2019-03-01"}
    assert [s["name"] for s in meta["sources"]] == ["upcoming-meetings.txt", "older.txt"]
    assert meta["sources"][0]["version"] == 4
    assert meta["sources"][1]["imported_at"] is None
    assert meta["sources"][0]["sha256"] == Source("x", "page text").sha256
    assert meta["generator"].startswith("eventmap")
    empty = export.provenance(None, None)
    assert empty["filters"] == {} and empty["sources"] == []
    assert empty["generated_at"].endswith("Z")


# GeoJSON -------------------------------------------------------------------------------------


def test_geojson_structure_and_coordinates(frame, meta):
    doc = json.loads(export.to_geojson(frame, meta))
    assert doc["type"] == "FeatureCollection"
    assert doc["meta"]["sources"][0]["name"] == "upcoming-meetings.txt"
    located = frame[frame["lat"].notna()]
    assert len(doc["features"]) == len(located) == 5
    assert doc["meta"]["left_out_without_coordinates"] == 1
    for feature, (_, row) in zip(doc["features"], located.iterrows(), strict=True):
        assert feature["type"] == "Feature"
        assert feature["id"] == row["meeting_id"]
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert (lon, lat) == (row["lon"], row["lat"])
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict)
        assert "lat" not in feature["properties"]
    # an undated meeting with coordinates is included
    assert any(f["properties"]["date"] is None for f in doc["features"])


def test_geojson_reads_back_same_coordinates(frame):
    back = export.read_geojson(export.to_geojson(frame))
    located = export.canonical(frame[frame["lat"].notna()])
    assert back["lat"].tolist() == located["lat"].tolist()
    assert back["lon"].tolist() == located["lon"].tolist()
    pd.testing.assert_frame_equal(back, located[list(back.columns)])


def test_geojson_properties_follow_chosen_columns(frame):
    doc = json.loads(export.export(frame, "geojson", columns=["campus", "date"]))
    assert set(doc["features"][0]["properties"]) == {"campus", "date"}
    assert doc["features"][0]["geometry"]["coordinates"] == [-122.2607, 37.8726]


# Spreadsheet injection -----------------------------------------------------------------------

PAYLOADS = [
    HYPERLINK,
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_neutralises_formulas_and_reads_back_exactly(payload):
    df = hostile_frame(payload)
    data = export.to_csv(df)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["venue"] == "'" + payload
    assert rows[0]["room"] == "'" + payload
    assert rows[0]["lon"] == "-118.25"  # real numbers stay numbers
    back = export.read_csv(data)
    assert back.loc[0, "venue"] == payload


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xlsx_cells_are_inert_text(payload):
    df = hostile_frame(payload)
    data = export.to_xlsx(df)
    ws = load_workbook(io.BytesIO(data))["Meetings"]
    header = [c.value for c in ws[1]]
    venue = ws.cell(row=2, column=header.index("Venue") + 1)
    lon = ws.cell(row=2, column=header.index("Longitude") + 1)
    assert venue.data_type == "s"
    assert venue.value == payload.replace("\r", "\n")  # text kept (XML stores CR as LF)
    assert lon.data_type == "n" and lon.value == -118.25
    assert b"<f>" not in _sheet_xml(data)
    assert export.read_xlsx(data).loc[0, "venue"] == payload.replace("\r", "\n")


def _sheet_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Moffitt Library", False),
        ("'Twas a hall", False),
        ("a=b", False),
        ("=1", True),
        ("-1", True),
        ("''@x", True),
    ],
)
def test_neutralise_table(text, changed):
    assert (export.neutralise(text) != text) is changed
    assert export.unneutralise(export.neutralise(text)) == text


def test_xlsx_drops_characters_excel_cannot_hold():
    df = hostile_frame("Hall\x00\x07 B")
    assert export.read_xlsx(export.to_xlsx(df)).loc[0, "venue"] == "Hall B"


# File names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "ext", "expected"),
    [
        (
            "The Threat of Fascism and How to Fight it",
            "csv",
            "The-Threat-of-Fascism-and-How-to-Fight-it.csv",
        ),
        ("../../etc/passwd", "csv", "etc-passwd.csv"),
        ("C:\\Windows\\system32", "xlsx", "C-Windows-system32.xlsx"),
        ("Café “Tour” 2019", "json", "Cafe-Tour-2019.json"),
        ("<script>alert(1)</script>", "ics", "script-alert-1-script.ics"),
        ("", "csv", "eventmap.csv"),
        ("....", "csv", "eventmap.csv"),
        ("CON", "csv", "eventmap-CON.csv"),
        ("a\r\nContent-Disposition: evil", "csv", "a-Content-Disposition-evil.csv"),
        ("x" * 300, "parquet", "x" * 80 + ".parquet"),
        ("name", "../csv", "name.csv"),
    ],
)
def test_safe_filename(name, ext, expected):
    assert export.safe_filename(name, ext) == expected


def test_export_filename_uses_a_single_campaign():
    assert export.export_filename(Filters(), "csv") == "eventmap-meetings.csv"
    one = Filters(campaigns=["Spring/Tour 2019"])
    assert export.export_filename(one, "xlsx") == "eventmap-meetings-Spring-Tour-2019.xlsx"
    two = Filters(campaigns=["a", "b"])
    assert export.export_filename(two, "ics") == "eventmap-meetings.ics"


def test_formats_table():
    assert set(export.FORMATS) == {"csv", "xlsx", "json", "geojson", "ics", "parquet"}
    assert export.FORMATS["geojson"].mime == "application/geo+json"
    assert export.FORMATS["ics"].mime == "text/calendar"
    assert {k for k, f in export.FORMATS.items() if f.binary} == {"xlsx", "parquet"}


def test_ics_via_dispatch_ignores_columns(frame, meta):
    data = export.export(frame, "ics", meta, columns=["venue"])
    assert data.count(b"BEGIN:VEVENT") == frame["date"].notna().sum()
    assert b"X-EVENTMAP-SOURCE" in data
