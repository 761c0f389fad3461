"""The filtered meetings frame -> downloadable files, each saying where it came from.

Formats: CSV, Excel (.xlsx), JSON, GeoJSON, iCalendar (see ``eventmap.output.ics``) and Parquet.
Every writer takes the frame (any subset of ``frame.COLUMNS``, in any order) and the provenance
dict from ``provenance()``, and returns bytes. ``read_*`` read a file back into a frame with the
canonical dtypes, so a round trip can be checked.

How values are written (chosen so every format reads back equal, dtypes included):

* ``date`` -> ``YYYY-MM-DD`` (an Excel date cell in XLSX).
* ``start`` / ``end`` (UTC instants) -> ISO 8601 with ``Z``, e.g. ``2019-04-09T02:00:00Z``;
  in XLSX a date-time cell in UTC (the header says "(UTC)"); in Parquet a UTC timestamp.
* ``start_time`` / ``end_time`` -> ``HH:MM`` text (an Excel time cell in XLSX).
* categories (campaign, kind, status, state, precision) -> their plain text.
* ``links`` -> space-separated URLs in CSV, XLSX and Parquet; a JSON array in JSON and GeoJSON.
* missing values -> empty cell / ``null``. In CSV and XLSX an empty text and a missing one are
  the same thing (``links`` reads back as ``""``, which is what the frame uses for "no links").
* CSV is UTF-8 with a byte-order mark, so Excel opens non-ASCII names correctly.

Spreadsheet safety (OWASP "CSV injection"): a text cell starting with ``= + - @``, tab or CR is
written with a leading ``'`` in CSV (one more ``'`` when the text already starts with quotes
before such a character, so reading back is exact); in XLSX such cells are forced to the string
type with Excel's quote prefix, the text unchanged. Numbers (e.g. a negative longitude) stay
numbers. XLSX can't hold ASCII control characters other than tab, LF and CR: those are dropped,
and XML reads a CR back as LF, so CR and CRLF are written as LF.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as dtime
from typing import TYPE_CHECKING, Any

import pandas as pd

from eventmap import __version__
from eventmap.core.frame import CATEGORY_COLUMNS, COLUMNS, LABELS, coerce, is_missing
from eventmap.errors import ValidationError
from eventmap.ingest.asof import describe as describe_as_of
from eventmap.output import ics

if TYPE_CHECKING:
    from eventmap.core.dataset import Dataset
    from eventmap.core.filters import Filters

# Formats -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    ext: str
    mime: str
    binary: bool  # True: not sensible to write to a terminal


FORMATS: dict[str, Format] = {
    f.key: f
    for f in (
        Format("csv", "CSV", "csv", "text/csv", False),
        Format(
            "xlsx",
            "Excel",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            True,
        ),
        Format("json", "JSON", "json", "application/json", False),
        Format("geojson", "GeoJSON", "geojson", "application/geo+json", False),
        Format("ics", "iCalendar", "ics", "text/calendar", False),
        Format("parquet", "Parquet", "parquet", "application/vnd.apache.parquet", True),
    )
}

DATETIME_COLUMNS = ("start", "end")
TIME_COLUMNS = ("start_time", "end_time")
NUMERIC_COLUMNS = ("lat", "lon", "source_line")
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_LABEL_TO_COLUMN = {label: col for col, label in LABELS.items()}


# Provenance ----------------------------------------------------------------------------------


def _iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def provenance(
    dataset: Dataset | None, filters: Filters | None = None, generated_at: datetime | None = None
) -> dict:
    """What an export was made from: listing versions, filters, and when it was generated."""
    sources = []
    for src in dataset.sources if dataset is not None else []:
        sources.append(
            {
                "name": src.name,
                "version": src.version,
                "imported_at": src.imported_at,
                "sha256": src.sha256,
                "as_of": src.as_of.isoformat() if src.as_of else None,
                "as_of_origin": src.as_of_origin,
                "as_of_text": describe_as_of(src.as_of, src.as_of_origin) if src.as_of else None,
                "address": src.source_url,
            }
        )
    return {
        "generator": f"eventmap {__version__}",
        "generated_at": _iso_utc(generated_at or datetime.now(UTC)),
        "filters": filters.describe() if filters is not None else {},
        "sources": sources,
    }


def _with_rows(meta: Mapping[str, Any] | None, rows: int) -> dict:
    out = dict(meta or {})
    out["rows"] = rows
    return out


def provenance_rows(meta: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Provenance as (label, value) lines: for the XLSX sheet and the page."""
    rows: list[tuple[str, str]] = [
        ("Generated at (UTC)", str(meta.get("generated_at", ""))),
        ("Generator", str(meta.get("generator", ""))),
    ]
    if "rows" in meta:
        rows.append(("Rows", str(meta["rows"])))
    filters = meta.get("filters") or {}
    if not filters:
        rows.append(("Filters", "none (all meetings)"))
    for name, value in filters.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        rows.append((f"Filter: {name}", shown))
    for i, src in enumerate(meta.get("sources") or [], start=1):
        version = src.get("version")
        rows.append((f"Source {i}", str(src.get("name", ""))))
        rows.append((f"Source {i} version", "" if version is None else str(version)))
        rows.append((f"Source {i} imported at", str(src.get("imported_at") or "")))
        rows.append((f"Source {i} sha256", str(src.get("sha256") or "")))
        if src.get("as_of_text"):
            rows.append((f"Source {i} dates read", str(src["as_of_text"])))
        if src.get("address"):
            rows.append((f"Source {i} address", str(src["address"])))
    return rows


# File names ----------------------------------------------------------------------------------

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{i}" for p in ("com", "lpt") for i in range(10)
}


def safe_filename(name: str | None, ext: str, *, default: str = "eventmap", limit: int = 80) -> str:
    """A file name made from untrusted text (e.g. a campaign title): ASCII letters, digits,
    ``-``, ``_`` and ``.`` only, no path parts, no hidden or reserved names, bounded length."""
    text = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9._-]+", "-", text)
    text = re.sub(r"-{2,}", "-", text)
    text = re.sub(r"\.{2,}", ".", text).strip(".-_ ")
    text = text[:limit].rstrip(".-_ ")
    if not text or text.split(".")[0].lower() in _WINDOWS_RESERVED:
        text = f"{default}-{text}" if text else default
    ext = re.sub(r"[^A-Za-z0-9]+", "", ext or "")[:10] or "dat"
    return f"{text}.{ext}"


def calendar_name(filters: Filters | None) -> str:
    """The calendar's name: the campaign's when exactly one is chosen."""
    campaigns = list(filters.campaigns) if filters is not None else []
    return campaigns[0] if len(campaigns) == 1 else "eventmap meetings"


def export_filename(filters: Filters | None, fmt: str, *, stem: str = "eventmap-meetings") -> str:
    """``eventmap-meetings.csv``, or with the campaign's name when exactly one is chosen."""
    campaigns = list(filters.campaigns) if filters is not None else []
    name = f"{stem}-{campaigns[0]}" if len(campaigns) == 1 else stem
    return safe_filename(name, FORMATS[fmt].ext)


# Value formatting ------------------------------------------------------------------------------


def _is_text(series: pd.Series) -> bool:
    if isinstance(series.dtype, pd.CategoricalDtype):
        return True
    return series.name not in DATETIME_COLUMNS + ("date",) and (
        pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)
    )


def _iso_instant(value: Any) -> str | None:
    if is_missing(value):
        return None
    ts = pd.Timestamp(value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return ts.isoformat().replace("+00:00", "Z")


def _iso_date(value: Any) -> str | None:
    return None if is_missing(value) else pd.Timestamp(value).date().isoformat()


def _plain(col: str, value: Any) -> Any:
    """A value as JSON-able Python: ISO strings for dates and instants, None for missing."""
    if is_missing(value):
        return None
    if col == "date":
        return _iso_date(value)
    if col in DATETIME_COLUMNS:
        return _iso_instant(value)
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalar
        return value.item()
    return value


def needs_neutralising(text: str) -> bool:
    return text.lstrip("'").startswith(_TRIGGERS)


def neutralise(text: str) -> str:
    """Prefix ``'`` so a spreadsheet shows the cell as text instead of running it."""
    return "'" + text if needs_neutralising(text) else text


def unneutralise(text: str) -> str:
    return text[1:] if text.startswith("'") and needs_neutralising(text) else text


def _columns(df: pd.DataFrame, columns: Sequence[str] | None) -> pd.DataFrame:
    if columns is None:
        return df
    unknown = [c for c in columns if c not in df.columns]
    if unknown:
        raise ValidationError(f"unknown column(s): {', '.join(map(str, unknown))}")
    return df[list(columns)]


# CSV ------------------------------------------------------------------------------------------


def _plain_columns(df: pd.DataFrame) -> dict[str, pd.Series]:
    """Each column as plain Python values (ISO strings for dates and instants, None when
    missing), converted a column at a time: the writers' hot path."""
    out: dict[str, pd.Series] = {}
    for col in df.columns:
        s = df[col]
        name = str(col)
        missing = s.isna()
        if pd.api.types.is_datetime64_any_dtype(s.dtype):
            if name in DATETIME_COLUMNS or getattr(s.dtype, "tz", None) is not None:
                utc = s.dt.tz_localize("UTC") if s.dt.tz is None else s.dt.tz_convert("UTC")
                text = utc.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                text = s.dt.strftime("%Y-%m-%d")
            values = text.astype(object).where(~missing, None)
        elif pd.api.types.is_bool_dtype(s.dtype):
            values = s.astype(object)
        elif pd.api.types.is_integer_dtype(s.dtype):
            values = pd.Series(s.tolist(), index=s.index, dtype=object)
        elif pd.api.types.is_float_dtype(s.dtype):
            values = pd.Series(s.tolist(), index=s.index, dtype=object).where(~missing, None)
        else:
            values = s.astype(object).where(~missing, None)
        out[name] = values
    return out


def _neutralise_series(values: pd.Series) -> pd.Series:
    # Work on the distinct values only: listings repeat campaigns, campuses and venues a lot.
    codes, uniques = pd.factorize(values)
    fixed = [neutralise(v) if isinstance(v, str) else v for v in uniques]
    out = [None if c < 0 else fixed[c] for c in codes.tolist()]
    return pd.Series(out, index=values.index, dtype=object)


def to_csv(df: pd.DataFrame, meta: Mapping[str, Any] | None = None) -> bytes:
    """A plain table (provenance is shown beside the download, not in the file)."""
    cells: dict[str, pd.Series] = {}
    for col, values in _plain_columns(df).items():
        s = df[col]
        if pd.api.types.is_bool_dtype(s.dtype):
            values = values.map({True: "true", False: "false"})
        elif pd.api.types.is_float_dtype(s.dtype):
            values = values.map(lambda v: "" if v is None else repr(v))
        elif _is_text(s):
            values = _neutralise_series(values)
        cells[col] = values.where(values.notna(), "")
    table = pd.DataFrame(cells, columns=[str(c) for c in df.columns], index=df.index)
    text = table.to_csv(index=False, lineterminator="\r\n")
    return ("\ufeff" + text).encode("utf-8")


def _restore(df: pd.DataFrame) -> pd.DataFrame:
    """A frame read back from a file -> canonical dtypes, keeping only (and all) its columns."""
    present = [c for c in df.columns if c in COLUMNS]
    df = df[present].copy()
    for col in present:
        s = df[col]
        if isinstance(s.dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(s.dtype):
            df[col] = s.astype("object").where(s.notna(), None)
    if "links" in df:
        df["links"] = df["links"].where(df["links"].notna(), "")
    for col in ("time_tba", "online"):
        if col in df and df[col].dtype == object:
            df[col] = df[col].map(
                lambda v: (
                    v if isinstance(v, bool) else str(v).strip().lower() in {"true", "1", "yes"}
                )
            )
        if col not in df:
            df[col] = False  # coerce fills every column; keep these boolean
    return coerce(df)[present]


def read_csv(data: bytes) -> pd.DataFrame:
    """Read ``to_csv`` output back (undoing the formula neutralisation)."""
    raw = pd.read_csv(
        io.BytesIO(data),
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8-sig",
    )
    raw = raw.astype("object").where(raw.notna(), None)
    for col in raw.columns:
        raw[col] = raw[col].map(lambda v: unneutralise(v) if isinstance(v, str) else v)
    return _restore(raw)


# XLSX -----------------------------------------------------------------------------------------


def _xlsx_value(col: str, value: Any) -> Any:
    if is_missing(value):
        return None
    if col == "date":
        return pd.Timestamp(value).date()
    if col in DATETIME_COLUMNS:
        ts = pd.Timestamp(value)
        ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
        return ts.tz_localize(None).to_pydatetime()
    if col in TIME_COLUMNS and isinstance(value, str):
        try:
            return dtime.fromisoformat(value)
        except ValueError:
            return value
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()
    return value


_NUMBER_FORMATS = {
    "date": "yyyy-mm-dd",
    "start": "yyyy-mm-dd hh:mm:ss",
    "end": "yyyy-mm-dd hh:mm:ss",
}


def _write_cell(ws, row: int, column: int, value: Any, number_format: str | None = None) -> Any:
    if isinstance(value, str):
        value = _XLSX_ILLEGAL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str) and needs_neutralising(value):
        # openpyxl turns "=..." into a formula; force text, and mark it as Excel's 'text.
        cell.data_type = "s"
        cell.quotePrefix = True
    if number_format:
        cell.number_format = number_format
    return cell


def to_xlsx(df: pd.DataFrame, meta: Mapping[str, Any] | None = None) -> bytes:
    """A workbook: sheet "Meetings" (typed cells, frozen header, widths) + sheet "Provenance"."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Meetings"
    widths: list[int] = []
    for j, col in enumerate(df.columns, start=1):
        label = LABELS.get(str(col), str(col))
        _write_cell(ws, 1, j, label).font = Font(bold=True)
        widths.append(len(label))
    for i, row in enumerate(df.itertuples(index=False, name=None), start=2):
        for j, (col, value) in enumerate(zip(df.columns, row, strict=True), start=1):
            v = _xlsx_value(str(col), value)
            fmt = _NUMBER_FORMATS.get(str(col)) or ("hh:mm" if isinstance(v, dtime) else None)
            _write_cell(ws, i, j, v, fmt)
            shown = 19 if col in DATETIME_COLUMNS else len(str(v)) if v is not None else 0
            widths[j - 1] = max(widths[j - 1], shown)
    for j, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "A2"
    if len(df.columns):
        ws.auto_filter.ref = ws.dimensions

    info = wb.create_sheet("Provenance")
    _write_cell(info, 1, 1, "Field").font = Font(bold=True)
    _write_cell(info, 1, 2, "Value").font = Font(bold=True)
    for i, (label, value) in enumerate(provenance_rows(_with_rows(meta, len(df))), start=2):
        _write_cell(info, i, 1, label)
        _write_cell(info, i, 2, value)
    info.column_dimensions["A"].width = 24
    info.column_dimensions["B"].width = 70
    info.freeze_panes = "A2"

    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def read_xlsx(data: bytes) -> pd.DataFrame:
    """Read the "Meetings" sheet of ``to_xlsx`` output back into a frame."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True)
    ws = wb["Meetings"] if "Meetings" in wb.sheetnames else wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    if not rows:
        return _restore(pd.DataFrame())
    header = [_LABEL_TO_COLUMN.get(str(h), str(h)) for h in rows[0]]
    records = []
    for row in rows[1:]:
        rec = {}
        for col, value in zip(header, row, strict=False):
            if isinstance(value, dtime):
                value = value.strftime("%H:%M")
            rec[col] = value
        records.append(rec)
    return _restore(pd.DataFrame(records, columns=header))


def read_provenance_xlsx(data: bytes) -> dict[str, str]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True)
    rows = list(wb["Provenance"].iter_rows(min_row=2, values_only=True))
    wb.close()
    return {str(k): "" if v is None else str(v) for k, v, *_ in rows}


# JSON / GeoJSON -------------------------------------------------------------------------------


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    columns = _plain_columns(df)
    if "links" in columns:
        columns["links"] = columns["links"].map(lambda v: (v or "").split())
    names = list(columns)
    return (
        [
            dict(zip(names, row, strict=True))
            for row in zip(*(c.tolist() for c in columns.values()), strict=True)
        ]
        if names
        else [{} for _ in range(len(df))]
    )


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def to_json(df: pd.DataFrame, meta: Mapping[str, Any] | None = None) -> bytes:
    """``{"meta": {...provenance}, "columns": [...], "meetings": [record, ...]}``."""
    return _dumps(
        {
            "meta": _with_rows(meta, len(df)),
            "columns": [str(c) for c in df.columns],
            "meetings": _records(df),
        }
    )


def _from_records(records: list[dict[str, Any]], columns: Sequence[str] | None = None):
    df = pd.DataFrame(records, columns=columns)
    if "links" in df:
        df["links"] = df["links"].map(lambda v: " ".join(v) if isinstance(v, list) else v)
    return _restore(df)


def read_json(data: bytes) -> pd.DataFrame:
    doc = json.loads(data)
    records = doc["meetings"]
    columns = doc.get("columns") or (list(records[0]) if records else None)
    return _from_records(records, columns)


def to_geojson(
    df: pd.DataFrame,
    meta: Mapping[str, Any] | None = None,
    *,
    columns: Sequence[str] | None = None,
) -> bytes:
    """A FeatureCollection of the meetings that have coordinates (dated or not).

    Geometry is a Point ``[lon, lat]`` (RFC 7946); ``properties`` carry ``columns`` (default:
    every column but lat/lon); the feature ``id`` is the meeting_id. Provenance is in ``meta``.
    """
    located = df[df["lat"].notna() & df["lon"].notna()]
    props = [c for c in (columns or df.columns) if c not in ("lat", "lon")]
    features = []
    for rec, lat, lon in zip(_records(located[props]), located["lat"], located["lon"], strict=True):
        feature: dict[str, Any] = {"type": "Feature"}
        if "meeting_id" in located:
            feature["id"] = rec.get("meeting_id")
        feature["geometry"] = {"type": "Point", "coordinates": [float(lon), float(lat)]}
        feature["properties"] = rec
        features.append(feature)
    meta = _with_rows(meta, len(features))
    meta["left_out_without_coordinates"] = int(len(df) - len(located))
    meta["properties"] = props
    return _dumps({"type": "FeatureCollection", "meta": meta, "features": features})


def read_geojson(data: bytes) -> pd.DataFrame:
    doc = json.loads(data)
    records = []
    for feature in doc["features"]:
        lon, lat = feature["geometry"]["coordinates"][:2]
        records.append({**feature["properties"], "lat": lat, "lon": lon})
    props = (doc.get("meta") or {}).get("properties") or (list(records[0]) if records else [])
    columns = [c for c in COLUMNS if c in set(props) | {"lat", "lon"}]
    return _from_records(records, columns)


# Parquet --------------------------------------------------------------------------------------

PARQUET_META_KEY = b"eventmap"


def to_parquet(df: pd.DataFrame, meta: Mapping[str, Any] | None = None) -> bytes:
    """Typed columns (UTC timestamps, dates, floats); categories as plain strings; provenance
    as JSON under the ``eventmap`` key of the schema metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = df.copy()
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(s.dtype):
            out[col] = s.astype("object").where(s.notna(), None)
    table = pa.Table.from_pandas(out, preserve_index=False)
    schema_meta = dict(table.schema.metadata or {})
    schema_meta[PARQUET_META_KEY] = json.dumps(_with_rows(meta, len(df))).encode("utf-8")
    table = table.replace_schema_metadata(schema_meta)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def read_parquet(data: bytes) -> pd.DataFrame:
    import pyarrow.parquet as pq

    return _restore(pq.read_table(io.BytesIO(data)).to_pandas())


def read_parquet_meta(data: bytes) -> dict:
    import pyarrow.parquet as pq

    raw = pq.read_schema(io.BytesIO(data)).metadata or {}
    return json.loads(raw.get(PARQUET_META_KEY, b"{}"))


# Dispatch -------------------------------------------------------------------------------------


def export(
    df: pd.DataFrame,
    fmt: str,
    meta: Mapping[str, Any] | None = None,
    *,
    columns: Sequence[str] | None = None,
    calname: str | None = None,
) -> bytes:
    """``df`` as a file of format ``fmt`` (a key of ``FORMATS``).

    ``columns`` picks the table's columns; GeoJSON uses them as properties (its geometry still
    comes from lat/lon) and iCalendar ignores them (an event needs the whole row).
    """
    if fmt not in FORMATS:
        raise ValidationError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "ics":
        return ics.to_ics(df, meta=dict(meta or {}), calname=calname)
    if fmt == "geojson":
        return to_geojson(df, meta, columns=columns)
    table = _columns(df, columns)
    writer = {"csv": to_csv, "xlsx": to_xlsx, "json": to_json, "parquet": to_parquet}[fmt]
    return writer(table, meta)


READERS = {
    "csv": read_csv,
    "xlsx": read_xlsx,
    "json": read_json,
    "geojson": read_geojson,
    "parquet": read_parquet,
}


def canonical(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` as a file reads back: categories rebuilt from the values present (a filtered
    frame keeps its unused categories in memory, a file can't)."""
    out = df.copy()
    for col in out.columns:
        if col in CATEGORY_COLUMNS:
            out[col] = out[col].astype("object").where(out[col].notna(), None)
    return _restore(out)
