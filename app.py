"""The entry point: the page list, and the dashboard (where and when each tour goes).

Thin layout over eventmap's builders. The pages under ``pages/`` are listed here so the home
page gets a real name in the navigation (Streamlit would call it after this file, "app").
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from eventmap import web
from eventmap.core.filters import campus_label
from eventmap.core.tour import total_distance_km
from eventmap.errors import EventmapError
from eventmap.views import charts, maps


def dashboard() -> None:
    """The home page: figures, map, timeline and table of the filtered meetings."""
    web.page_setup("Upcoming meetings map")

    try:
        dataset = web.load_dataset()
    except EventmapError as exc:
        st.error(f"Could not load the listings: {exc}")
        return
    df = dataset.frame
    filters, view = web.sidebar_filters(df)
    if dataset.geocode_failures:
        st.warning(
            "The online geocoder failed while locating the meetings, so offline places were used: "
            + web.md_escape("; ".join(dataset.geocode_failures[:3]))
        )

    st.title("Upcoming meetings")
    st.caption(
        "Where and when each campaign's meetings take place. Filter in the sidebar (the link keeps "
        "your filters), brush a date range on the timeline, click a point for its details."
    )

    # The timeline brush narrows the map, the figures and the table (but not the timeline itself,
    # so the brush stays where the user drew it).
    brush = charts.brush_range((st.session_state.get("timeline") or {}).get("selection"))
    shown = view
    if brush:
        day = view["date"]
        shown = view[(day >= pd.Timestamp(brush[0])) & (day <= pd.Timestamp(brush[1]))]

    # Headline figures ---------------------------------------------------------------------------
    located = shown["lat"].notna() & shown["lon"].notna()
    pending = int((shown["status"].astype("object") == "pending").sum())
    unlocated = int((~located).sum())
    dates = shown["date"].dropna()
    # Wider columns for the date range and the distance: at 1400 px five equal columns cut the
    # range to "11 Mar – …".
    cols = st.columns([1, 1, 1, 2.4, 1.6])
    cols[0].metric(
        "Meetings",
        f"{len(shown):,}",
        help=f"{pending} pending (no date yet), {unlocated} without a location; all are in the table.",
    )
    cols[1].metric("Campuses", f"{campus_label(shown).nunique():,}")
    cols[2].metric("States", f"{shown['state'].dropna().nunique():,}")
    if dates.empty:
        cols[3].metric("Dates", "none")
    else:
        lo, hi = dates.min(), dates.max()
        cols[3].metric(
            "Dates",
            f"{lo.day} {lo:%b} – {hi.day} {hi:%b}" if hi != lo else f"{lo.day} {lo:%b %Y}",
            help=f"{lo:%Y-%m-%d} to {hi:%Y-%m-%d} ({(hi - lo).days + 1} days)",
        )
    cols[4].metric(
        "Tour distance",
        f"{total_distance_km(shown):,.0f} km",
        help="Great-circle sum of each campaign's legs between its meetings, in date order.",
    )
    if pending or unlocated:
        st.caption(
            f"Of these, {pending} pending (no date yet) and {unlocated} without a location: "
            "listed below the map and in the table, not on the map or timeline."
        )
    if brush:
        st.info(
            f"Timeline selection: {brush[0]:%d %b %Y} to {brush[1]:%d %b %Y}. "
            "Click an empty spot on the timeline to clear it."
        )

    # Map ------------------------------------------------------------------------------------------
    # Colours come from the whole listing, so a campaign keeps its colour under any filter.
    legend = maps.campaign_colors(maps.campaign_order(df))
    deck = maps.tour_map(shown, colors=legend, base=df, fit_width=web.map_fit_width())
    on_map = set(maps.campaign_names(shown[located]))
    st.markdown(
        maps.legend_html({k: v for k, v in legend.items() if k in on_map}), unsafe_allow_html=True
    )
    event = st.pydeck_chart(
        deck, on_select="rerun", selection_mode="single-object", key="map", height=520
    )
    web.map_credits(shown["geocode_source"].unique())

    picked = maps.selected_meeting_id(deck, event.selection if event else None)
    row = shown[shown["meeting_id"] == picked]
    if len(row):
        web.meeting_card(row.iloc[0])

    # Timeline -------------------------------------------------------------------------------------
    st.subheader("Timeline")
    row_by = st.segmented_control(
        "One row per",
        list(charts.ROW_CHOICES),
        format_func=charts.ROW_CHOICES.get,
        default="campaign",
        key="row_by",
    )
    st.altair_chart(
        charts.timeline(view, row_by=row_by or "campaign", colors=legend),
        on_select="rerun",
        selection_mode=charts.BRUSH,
        key="timeline",
        width="stretch",
    )

    # Not on the map -------------------------------------------------------------------------------
    missing = shown[(~located) | shown["date"].isna()]
    if len(missing):
        noun = "meeting" if len(missing) == 1 else "meetings"
        with st.expander(f"{len(missing)} {noun} without a date or a location"):
            st.dataframe(web.readable(missing), hide_index=True)

    # Table ----------------------------------------------------------------------------------------
    st.subheader("Meetings")
    web.meetings_table(shown)


HERE = Path(__file__).parent
PAGES = [st.Page(dashboard, title="Map & timeline", default=True)] + [
    st.Page(path.relative_to(HERE).as_posix()) for path in sorted((HERE / "pages").glob("*.py"))
]
st.navigation(PAGES).run()
