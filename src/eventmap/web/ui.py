"""The Streamlit edge: page setup, the cached dataset loader and the shared sidebar filters.

This is the only module of the package that imports streamlit. Pages call these helpers and lay
out what the pure builders (maps, charts, filters, ...) return.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import pandas as pd
import streamlit as st

from eventmap import config
from eventmap.core.filters import (
    Filters,
    apply_filters,
    campus_label,
    from_query_params,
    to_query_params,
)
from eventmap.core.frame import LABELS
from eventmap.model import STATUSES
from eventmap.views import maps

if TYPE_CHECKING:
    from eventmap.core.dataset import Dataset, Source

STATUS_LABELS = {"scheduled": "Scheduled", "tba": "Time/place TBA", "pending": "Pending (no date)"}
# Query-parameter names owned by the shared filters; other params (a page's own) are left alone.
FILTER_PARAMS = ("campaign", "campus", "state", "status", "from", "to")

# Session-state keys. The widget keys are cleaned up by Streamlit when the user moves to another
# page, so the chosen filters are also kept under _STATE, which survives page changes.
_STATE = "eventmap_filters"
_NOTES = "eventmap_filter_notes"
_W = {
    "campaigns": "flt_campaigns",
    "campuses": "flt_campuses",
    "states": "flt_states",
    "statuses": "flt_statuses",
    "dates": "flt_dates",
}


def page_setup(title: str, icon: str = "🗺️") -> None:
    """Set the browser title and the wide layout. Call first on every page."""
    st.set_page_config(page_title=f"{title} · eventmap", page_icon=icon, layout="wide")


def map_credits(sources: Iterable[object]) -> None:
    """Credit the basemap and whoever located what the map shows (e.g. Nominatim: OSM)."""
    from eventmap.geo.geocoder import attribution

    base = "Basemap © CARTO, © OpenStreetMap contributors"  # also credits Nominatim's OSM data
    seen = {str(s) for s in sources if s is not None and not pd.isna(s)}
    extra = sorted({a for s in seen if (a := attribution(s)) and a.lstrip("© ") not in base})
    st.caption(" · ".join([base, *extra]))


def map_fit_width() -> int:
    """The width to fit map views for: a phone's when the browser says it is one."""
    agent = st.context.headers.get("User-Agent", "") if st.context.headers else ""
    return maps.FIT_WIDTH if "Mobi" in agent else maps.DESKTOP_FIT_WIDTH


# Data loading ---------------------------------------------------------------------------------
def _file_stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for p in paths:
        try:
            st_ = p.stat()
        except OSError:
            continue
        stamps.append((str(p), st_.st_mtime_ns, st_.st_size))
    return tuple(stamps)


@st.cache_resource(show_spinner=False, max_entries=4)
def _bundled_sources(stamp: tuple[tuple[str, int, int], ...]) -> tuple[list[Source], str]:
    # Keyed on path, mtime and size so a rerun neither re-reads nor re-hashes big pages.
    from eventmap.core.dataset import content_key, sources_from_paths

    sources = sources_from_paths([s[0] for s in stamp])
    return sources, content_key(sources)


# Built datasets, by content key, shared by every session like st.cache_resource (the frame is
# shared read-only, never copied per rerun). Not st.cache_resource itself: that replays the
# elements a cached function draws, and the build draws a progress bar into the caller's page.
_DATASETS: OrderedDict[str, Dataset] = OrderedDict()
_DATASETS_LOCK = threading.Lock()  # one build at a time; others wait for it, then reuse it


def _cached_build(key: str, build: Callable[[Callable[[int, int], None]], Dataset]) -> Dataset:
    with _DATASETS_LOCK:
        hit = _DATASETS.get(key)
        if hit is not None:
            _DATASETS.move_to_end(key)
            return hit
        bar = _ProgressBar()
        try:
            dataset = build(bar)
        finally:
            bar.close()
        _DATASETS[key] = dataset
        while len(_DATASETS) > 4:
            _DATASETS.popitem(last=False)
        return dataset


def _build_sources(sources: tuple[Source, ...], progress: Callable[[int, int], None]) -> Dataset:
    from eventmap.core.dataset import build_dataset

    return build_dataset(list(sources), progress=progress)


def _build_store(progress: Callable[[int, int], None]) -> Dataset:
    from eventmap.store.store import load_dataset as store_load

    return store_load(progress=progress)


class _ProgressBar:
    """A progress bar that appears only if a build actually runs (not on a cache hit)."""

    def __init__(self) -> None:
        self._slot = st.empty()

    def __call__(self, done: int, total: int) -> None:
        text = f"Locating the meetings… {done} of {total}"
        self._slot.progress(done / total if total else 1.0, text=text)

    def close(self) -> None:
        self._slot.empty()


def load_dataset() -> Dataset:
    """The current listings parsed, geocoded and framed; rebuilt only when their content changes.

    Reads the store (its current pages and location fixes; it imports the bundled pages when
    empty) keyed on ``Store.data_key()``. When the store can't be read, the bundled files under
    ``data/listings`` (or ``$EVENTMAP_DATA_DIR/listings``), keyed on their content hash.
    """
    from eventmap.store import store

    try:
        key = f"{store.default_url()}|{config.settings().data_dir}|{store.open_store().data_key()}"
    except Exception as exc:  # a broken store must not take the dashboard down
        st.warning(
            f"Could not read the listing store ({type(exc).__name__}: {exc}); "
            "showing the bundled listings."
        )
        sources, key = _bundled_sources(_file_stamp(config.settings().bundled_listing_paths()))
        return _cached_build(key, lambda bar: _build_sources(tuple(sources), bar))
    return _cached_build(key, _build_store)


# Sidebar filters ------------------------------------------------------------------------------
_OPTIONS: dict[int, tuple[weakref.ref, int, dict[str, list[str]]]] = {}


def _options(df: pd.DataFrame) -> dict[str, list[str]]:
    """The filters' choices; worked out once per frame (the cached dataset's frame is shared)."""
    key = id(df)
    hit = _OPTIONS.get(key)
    if hit is not None and hit[0]() is df and hit[1] == len(df):
        return hit[2]
    opts = _compute_options(df)
    _OPTIONS[key] = (weakref.ref(df, lambda _, k=key: _OPTIONS.pop(k, None)), len(df), opts)
    return opts


def _compute_options(df: pd.DataFrame) -> dict[str, list[str]]:
    return {
        "campaigns": sorted(df["campaign"].dropna().astype(str).unique()),
        "campuses": sorted(campus_label(df).dropna().astype(str).unique()),
        "states": sorted(df["state"].dropna().astype(str).unique()),
        "statuses": list(STATUSES),
    }


def _url_params() -> dict[str, list[str]]:
    qp = st.query_params
    return {k: qp.get_all(k) for k in FILTER_PARAMS if k in qp}


def _date_span(df: pd.DataFrame) -> tuple[date, date] | None:
    dates = df["date"].dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def _clamp_dates(f: Filters, span: tuple[date, date]) -> list[str]:
    """Fit a link's dates into the data's span (the date widget cannot show others)."""
    lo, hi = span
    notes = []
    for attr in ("date_from", "date_to"):
        value = getattr(f, attr)
        if value is None:
            continue
        if not lo <= value <= hi:
            notes.append(
                f"The link's date {value.isoformat()} is outside the listings' dates "
                f"({lo.isoformat()} to {hi.isoformat()}); it was moved to the nearest listed day."
            )
            value = min(max(value, lo), hi)
        # A bound equal to the data's own bound filters nothing (and must not hide pending rows).
        setattr(f, attr, None if value == (lo if attr == "date_from" else hi) else value)
    return notes


def _seed_widgets(f: Filters, opts: dict[str, list[str]], span: tuple[date, date] | None) -> None:
    """Put the kept filters into the widgets before they render.

    Streamlit drops or resets widget state when the user moves to another page, so the kept
    filters (updated by the widgets' on_change callbacks) are the truth, on every run.
    """
    ss = st.session_state
    for attr in ("campaigns", "campuses", "states", "statuses"):
        ss[_W[attr]] = [v for v in getattr(f, attr) if v in opts[attr]]
    current = ss.get(_W["dates"])
    if span and not (isinstance(current, tuple | list) and len(current) == 1):
        lo, hi = span
        start = min(max(f.date_from or lo, lo), hi)
        end = max(min(f.date_to or hi, hi), lo)
        ss[_W["dates"]] = (min(start, end), max(start, end))


def _dates_from_widget(
    picked: object, span: tuple[date, date] | None, kept: Filters
) -> tuple[date | None, date | None]:
    """The widget's range as filter bounds; a bound equal to the data's own bound is no filter."""
    if not span:
        return None, None
    values = tuple(picked) if isinstance(picked, list | tuple) else (picked,)
    values = tuple(v for v in values if v)
    if len(values) != 2:
        return kept.date_from, kept.date_to  # half-picked range: wait for the second click
    lo, hi = min(values), max(values)
    return (None if lo == span[0] else lo), (None if hi == span[1] else hi)


def _on_change(span: tuple[date, date] | None) -> None:
    ss = st.session_state
    kept: Filters = ss.get(_STATE) or Filters()
    date_from, date_to = _dates_from_widget(ss.get(_W["dates"]), span, kept)
    ss[_STATE] = Filters(
        campaigns=list(ss.get(_W["campaigns"], [])),
        campuses=list(ss.get(_W["campuses"], [])),
        states=list(ss.get(_W["states"], [])),
        statuses=list(ss.get(_W["statuses"], [])),
        date_from=date_from,
        date_to=date_to,
    )
    ss[_NOTES] = []  # the user moved on from the shared link


def _sync_url(f: Filters) -> None:
    wanted = to_query_params(f)
    qp = st.query_params
    for key in FILTER_PARAMS:
        value = wanted.get(key)
        if value is None:
            if key in qp:
                del qp[key]
            continue
        values = value if isinstance(value, list) else [value]
        if qp.get_all(key) != values:
            qp[key] = values


def current_filters() -> Filters:
    """The filters chosen in this session so far (empty before the sidebar first ran)."""
    return st.session_state.get(_STATE) or Filters()


def clear_filters() -> None:
    st.session_state[_STATE] = Filters()
    st.session_state[_NOTES] = []


def sidebar_filters(df: pd.DataFrame) -> tuple[Filters, pd.DataFrame]:
    """Render the shared filters in the sidebar and return them with the filtered frame.

    The filters live in ``st.session_state`` (so they survive moving between pages) and in the
    URL (so a view can be shared). On a session's first run the URL decides; values in it that
    name nothing in the data are dropped with a visible note.
    """
    ss = st.session_state
    opts = _options(df)
    span = _date_span(df)
    if _STATE not in ss:
        f, notes = from_query_params(_url_params(), df)
        if f.date_from and f.date_to and f.date_from > f.date_to:
            notes.append("The link's date range ends before it starts; the dates were swapped.")
            f.date_from, f.date_to = f.date_to, f.date_from
        if span:
            notes.extend(_clamp_dates(f, span))
        ss[_STATE] = f
        ss[_NOTES] = notes
    kept: Filters = ss[_STATE]
    _seed_widgets(kept, opts, span)

    sb = st.sidebar
    sb.header("Filters")
    notes_box = sb.container()
    common = {"on_change": _on_change, "args": (span,)}
    sb.multiselect(
        "Campaign", opts["campaigns"], key=_W["campaigns"], placeholder="All campaigns", **common
    )
    sb.multiselect(
        "Campus",
        opts["campuses"],
        key=_W["campuses"],
        placeholder="All campuses (type to search)",
        **common,
    )
    if span:
        sb.date_input(
            "Dates",
            min_value=span[0],
            max_value=span[1],
            key=_W["dates"],
            format="YYYY-MM-DD",
            **common,
        )
    sb.multiselect("State", opts["states"], key=_W["states"], placeholder="All states", **common)
    sb.multiselect(
        "Status",
        opts["statuses"],
        key=_W["statuses"],
        format_func=lambda s: STATUS_LABELS.get(s, s),
        placeholder="Any status",
        **common,
    )
    f: Filters = ss[_STATE]
    for note in ss.get(_NOTES, []):
        notes_box.warning(note, icon="⚠️")
    if not f.is_empty():
        sb.button("Clear filters", on_click=clear_filters, key="flt_clear")
    _sync_url(f)
    return f, apply_filters(df, f)


_MD_SPECIAL = set("\\`*_{}[]()<>#+-.!|~$:")


def md_escape(text: object) -> str:
    """Text from a listing made safe for ``st.markdown``: shown literally, never as markup."""
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in str(text))


# Meetings: table and detail card --------------------------------------------------------------
TABLE_COLUMNS = [
    "campaign",
    "status",
    "kind",
    "campus",
    "venue",
    "room",
    "address",
    "city",
    "state",
    "date",
    "start_time",
    "timezone",
    "precision",
    "links",
]
TABLE_LIMIT = 5_000


def readable(df: pd.DataFrame) -> pd.DataFrame:
    """The meetings with the table's columns under readable names (campus falls back to place).

    Statuses and location precisions read as words, and a missing text shows as an empty cell
    (Streamlit shows a missing value as a grey "None").
    """
    out = df.assign(campus=campus_label(df))[TABLE_COLUMNS].copy()
    out["date"] = out["date"].dt.date
    out["status"] = out["status"].astype("object").map(lambda s: STATUS_LABELS.get(s, s))
    out["precision"] = out["precision"].astype("object").map(lambda p: PRECISION_WORDS.get(p, p))
    text = [c for c in TABLE_COLUMNS if c != "date"]
    out[text] = out[text].astype("object").where(out[text].notna(), "")
    return out.rename(columns=LABELS)


def blank_missing_text(df: pd.DataFrame) -> pd.DataFrame:
    """A copy for display whose missing values in text columns are empty strings, not "None"."""
    out = df.copy()
    text = [c for c in out.columns if not pd.api.types.is_numeric_dtype(out[c])]
    out[text] = out[text].astype("object").where(out[text].notna(), "")
    return out


PRECISION_WORDS = {
    "address": "address",
    "venue": "venue",
    "campus": "campus",
    "postal_code": "ZIP (approximate)",
    "city": "city (approximate)",
}


def meetings_table(df: pd.DataFrame, *, limit: int = TABLE_LIMIT, key: str | None = None) -> None:
    """``st.dataframe`` of the meetings; very long lists show their first ``limit`` rows."""
    if len(df) > limit:
        st.caption(
            f"Showing the first {limit:,} of {len(df):,} meetings; narrow the filters or use "
            "the export for all of them."
        )
        df = df.iloc[:limit]
    st.dataframe(
        readable(df),
        hide_index=True,
        key=key,
        column_config={LABELS["date"]: st.column_config.DateColumn(format="YYYY-MM-DD")},
    )


def _safe_links(links: object) -> list[str]:
    out = []
    for url in str(links or "").split():
        parsed = urlparse(url)
        if parsed.scheme in ("http", "https") and parsed.netloc:
            out.append(url)
    return out


def _when(row: pd.Series) -> str:
    if pd.isna(row["date"]):
        return "Date not announced yet (pending)"
    day = f"{row['date']:%A %d %B %Y}"
    if row["time_tba"] or not row["start_time"]:
        return f"{day}, time to be announced"
    end = f"–{row['end_time']}" if row["end_time"] else ""
    tz = row["timezone"]
    if tz and not pd.isna(row["start"]):
        abbrev = row["start"].tz_convert(tz).tzname()
        return f"{day}, {row['start_time']}{end} {abbrev} ({tz})"
    return f"{day}, {row['start_time']}{end} local time (time zone unknown)"


PRECISION_TEXT = {
    "address": "street address",
    "venue": "the venue",
    "campus": "the campus",
    "postal_code": "ZIP code centre only (approximate)",
    "city": "city centre only (approximate)",
}


def meeting_card(row: pd.Series) -> None:
    """One meeting's details. Every listing value is escaped: it shows as text, never markup."""
    with st.container(border=True):
        title = campus_label(row.to_frame().T).iloc[0] or "Meeting"
        st.markdown(f"#### {md_escape(title)}")
        if row["campaign"] is not None and not pd.isna(row["campaign"]):
            st.caption(md_escape(row["campaign"]))
        where = " · ".join(md_escape(v) for v in (row["venue"], row["room"]) if v)
        lines = [
            f"**Where:** {where or 'location to be announced'}",
            f"**Address:** {md_escape(row['address']) if row['address'] else 'not given'}",
            f"**When:** {md_escape(_when(row))}",
            f"**Status:** {md_escape(STATUS_LABELS.get(str(row['status']), row['status']))}",
        ]
        if row["speaker"]:
            lines.append(f"**Speaker:** {md_escape(row['speaker'])}")
        precision = row["precision"]
        if precision is None or pd.isna(precision):
            lines.append("**Located:** not located")
        else:
            source = md_escape(row["geocode_source"] or "")
            lines.append(
                f"**Located to:** {md_escape(PRECISION_TEXT.get(str(precision), precision))}"
                + (f" (source: {source})" if source else "")
            )
        st.markdown("  \n".join(lines))
        for url in _safe_links(row["links"]):
            st.link_button(f"Open {urlparse(url).netloc}", url)
