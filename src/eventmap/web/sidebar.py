"""The shared sidebar filters, kept in the URL and in session state so they follow the user."""

from __future__ import annotations

import weakref
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from eventmap.core.filters import (
    ATTENDANCE,
    Filters,
    apply_filters,
    campus_label,
    from_query_params,
    to_query_params,
)
from eventmap.model import STATUSES
from eventmap.web.widgets import STATUS_LABELS, md_escape

if TYPE_CHECKING:
    pass

# Query-parameter names owned by the shared filters; other params (a page's own) are left alone.
FILTER_PARAMS = ("campaign", "campus", "state", "status", "attendance", "from", "to")

ATTENDANCE_LABELS = {"online": "Online", "in-person": "In person"}

# Session-state keys. The widget keys are cleaned up by Streamlit when the user moves to another
# page, so the chosen filters are also kept under _STATE, which survives page changes.
_STATE = "eventmap_filters"
_NOTES = "eventmap_filter_notes"
_W = {
    "campaigns": "flt_campaigns",
    "campuses": "flt_campuses",
    "states": "flt_states",
    "statuses": "flt_statuses",
    "attendance": "flt_attendance",
    "dates": "flt_dates",
}


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
        "attendance": list(ATTENDANCE),
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
    for attr in ("campaigns", "campuses", "states", "statuses", "attendance"):
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
        attendance=list(ss.get(_W["attendance"], [])),
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


def kept_filters(df: pd.DataFrame) -> Filters:
    """The session's filters, without drawing anything: what :func:`sidebar_filters` will show.

    On a session's first run the URL decides (values in it that name nothing in the data are
    dropped, with a note the sidebar shows); after that the kept filters, which the sidebar
    widgets' callbacks update before each run. A page can so draw its main content (the home
    page its map) before the sidebar, and the browser shows that first.
    """
    ss = st.session_state
    if _STATE not in ss:
        f, notes = from_query_params(_url_params(), df)
        if f.date_from and f.date_to and f.date_from > f.date_to:
            notes.append("The link's date range ends before it starts; the dates were swapped.")
            f.date_from, f.date_to = f.date_to, f.date_from
        span = _date_span(df)
        if span:
            notes.extend(_clamp_dates(f, span))
        ss[_STATE] = f
        ss[_NOTES] = notes
    return ss[_STATE]


def sidebar_filters(df: pd.DataFrame) -> tuple[Filters, pd.DataFrame]:
    """Render the shared filters in the sidebar and return them with the filtered frame.

    The filters live in ``st.session_state`` (so they survive moving between pages) and in the
    URL (so a view can be shared). On a session's first run the URL decides; values in it that
    name nothing in the data are dropped with a visible note.
    """
    f = draw_sidebar_filters(df)
    return f, apply_filters(df, f)


def draw_sidebar_filters(df: pd.DataFrame) -> Filters:
    """Draw the shared filters in the sidebar, keep the URL in step, and return the filters
    (the same as :func:`kept_filters` gives: the widgets' callbacks ran before this run)."""
    ss = st.session_state
    kept = kept_filters(df)
    opts = _options(df)
    span = _date_span(df)
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
    sb.multiselect(
        "Online or in person",
        opts["attendance"],
        key=_W["attendance"],
        format_func=lambda a: ATTENDANCE_LABELS.get(a, a),
        placeholder="Both",
        **common,
    )
    f: Filters = ss[_STATE]
    for note in ss.get(_NOTES, []):
        notes_box.warning(md_escape(note), icon="⚠️")  # quotes the link's own values
    if not f.is_empty():
        sb.button("Clear filters", on_click=clear_filters, key="flt_clear")
    _sync_url(f)
    return f
