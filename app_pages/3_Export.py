"""Export: the filtered meetings as CSV, Excel, JSON, GeoJSON, iCalendar or Parquet."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from eventmap import web
from eventmap.core.frame import COLUMNS, LABELS, status_labels
from eventmap.errors import EventmapError
from eventmap.output import export, ics
from eventmap.views import summary_charts

web.page_setup("Export", "⬇️")

try:
    dataset = web.load_dataset()
except EventmapError as exc:
    st.error(web.md_escape(web.store_problem(exc, "Could not load the listings")))
    st.stop()
if web.no_listing_notice(dataset):
    st.stop()
filters, view = web.sidebar_filters(dataset.frame)

st.title("Export meetings")
st.caption(
    "Download exactly the meetings the sidebar filters select. Every file but the CSV says what "
    "it was made from; spreadsheet formulas in the listing are exported as plain text."
)

columns = st.multiselect(
    "Columns",
    COLUMNS,
    default=COLUMNS,
    format_func=lambda c: f"{LABELS.get(c, c)} ({c})",
    key="export_columns",
    help="The table formats (CSV, Excel, JSON, Parquet) and the GeoJSON properties keep these "
    "columns in this order. The calendar always uses the whole meeting.",
)
if not columns:
    st.info("No column chosen: the files will have every column.")
    columns = list(COLUMNS)

# A preview: the files hold every row, the table its first TABLE_LIMIT (sending 100k rows to the
# browser on every filter change would cost more than everything else on the page).
shown = view.iloc[: web.TABLE_LIMIT]
picked = shown[columns]
if "status" in columns:  # "CANCELLED", as the other pages say it, not the file's "cancelled"
    picked = picked.assign(status=status_labels(picked["status"]))
table = web.blank_missing_text(picked.rename(columns=LABELS))
if "date" in columns:  # after blanking: a date column with "" in it would not convert to Arrow
    table[LABELS["date"]] = shown["date"].dt.date
st.dataframe(table, hide_index=True, height=min(38 + 35 * max(len(shown), 1), 420))
more = (
    f" The table shows the first {len(shown):,}; the files have all."
    if len(shown) < len(view)
    else ""
)
st.caption(f"{len(view):,} of {len(dataset.frame):,} meetings.{more}")


meta = export.provenance(dataset, filters)
calname = export.calendar_name(filters)


def _builder(fmt: str, rows: pd.DataFrame, cols: list[str], meta: dict, calname: str):
    """The file, built only when its button is used (Streamlit calls this on the click, in
    another thread): a filter or column change costs nothing here, whatever the size."""
    return lambda: export.export(rows, fmt, meta, columns=cols, calname=calname)


left, right = st.columns([3, 2])
with left:
    st.subheader("Download")
    notes = {
        "csv": "A plain table (UTF-8).",
        "xlsx": "Typed dates and times, frozen header; provenance on the second sheet.",
        "json": "Records plus a `meta` object.",
        "geojson": "Meetings with coordinates, dated or not, as points.",
        "ics": "One event per dated meeting, in its local time zone; TBA times are all-day.",
        "parquet": "Typed columns; provenance in the schema metadata.",
    }
    for fmt, spec in export.FORMATS.items():
        c1, c2 = st.columns([1, 2], vertical_alignment="center")
        c1.download_button(
            f"{spec.label} (.{spec.ext})",
            data=_builder(fmt, view, list(columns), meta, calname),
            file_name=export.export_filename(filters, fmt),
            mime=spec.mime,
            key=f"download_{fmt}",
            on_click="ignore",
            width="stretch",
        )
        c2.caption(notes[fmt])
    left_out = ics.undated(view)
    if len(left_out):
        st.caption(f"{len(left_out)} meeting(s) with no date yet are not in the calendar file.")
    unlocated = int((view["lat"].isna() | view["lon"].isna()).sum())
    if unlocated:
        st.caption(f"{unlocated} meeting(s) without coordinates are not in the GeoJSON file.")

with right:
    st.subheader("Provenance")
    rows = export.provenance_rows({**meta, "rows": len(view)})
    st.dataframe(
        pd.DataFrame(rows, columns=["Field", "Value"]), hide_index=True, key="export_provenance"
    )
    st.caption("Generated at is when this view was prepared (UTC); each file carries it.")

st.subheader("Summary")
if view.empty:
    st.info("No meetings match the filters.")
else:
    c1, c2 = st.columns(2)
    c1.altair_chart(summary_charts.per_campaign(view), width="stretch")
    c2.altair_chart(summary_charts.per_state(view), width="stretch")
    st.altair_chart(summary_charts.per_month(view), width="stretch")
