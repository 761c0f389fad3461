"""The home page, "Map & timeline": where and when each tour goes (figures, map, timeline and
table of the filtered meetings). Thin layout over eventmap's builders."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from eventmap import web
from eventmap.core import figures, shapes
from eventmap.core.filters import apply_filters
from eventmap.errors import EventmapError
from eventmap.views import charts, maps
from eventmap.web import first_view


def _time_view(view: pd.DataFrame) -> pd.DataFrame:
    """The meetings to show: the upcoming ones first when there are any, past ones on request."""
    past, upcoming = figures.past_and_upcoming(view)
    if upcoming and past:
        shown = st.toggle(
            "Show past meetings",
            key="show_past",
            help=f"{past:,} meetings took place before today.",
        )
        if not shown:
            return figures.upcoming_only(view)
    return view


def _brushed(view: pd.DataFrame) -> tuple[pd.DataFrame, tuple | None]:
    """The timeline brush narrows the map, the figures and the table (but not the timeline
    itself, so the brush stays where the user drew it)."""
    brush = charts.brush_range((st.session_state.get("timeline") or {}).get("selection"))
    if not brush:
        return view, None
    day = view["date"]
    return view[(day >= pd.Timestamp(brush[0])) & (day <= pd.Timestamp(brush[1]))], brush


def _headline(shown: pd.DataFrame) -> None:
    """The figures above the map (computed by ``core.figures``, as the CLI prints them)."""
    figs = figures.headline(shown)
    st.markdown(f"**{web.md_escape(figs.timing())}**")
    # Wider columns for the date range and the distance: at 1400 px five equal columns cut the
    # range to "11 Mar – …", and at 1280 px (with the sidebar) a 2.4 share still cut "14 Jan –
    # 15 Jan 2027"; the counts need little room.
    cols = st.columns([0.8, 0.8, 0.8, 3, 1.4])
    cols[0].metric(
        "Meetings",
        f"{figs.meetings:,}",
        help=f"{figs.pending} pending (no date yet), {figs.unlocated} without a location; "
        "all are in the table.",
    )
    cols[1].metric("Campuses", f"{figs.campuses:,}")
    cols[2].metric("States", f"{figs.states:,}")
    span = (
        f"{figs.first:%Y-%m-%d} to {figs.last:%Y-%m-%d} ({figs.days} days)" if figs.days else None
    )
    cols[3].metric("Dates", figs.date_span(), help=span)
    cols[4].metric(
        "Tour distance",
        f"{figs.tour_km:,.0f} km",
        help="Great-circle sum of each tour's legs between its meetings, in date order. "
        + figs.tour_note(),
    )
    notes = [figs.tour_note()]
    if figs.pending:
        notes.append(
            f"{figs.pending} pending (no date yet): not on the timeline; on the map where the "
            "place is known."
        )
    if figs.unlocated:
        notes.append(
            f"{figs.unlocated} without a location: not on the map; those with a date are on the "
            "timeline."
        )
    if figs.pending or figs.unlocated:
        notes.append("All are listed below the map and in the table.")
    st.caption(" ".join(notes))


def _map(df: pd.DataFrame, shown: pd.DataFrame) -> None:
    """The map with its legend (each campaign named with its shape) and the clicked meeting.

    The legend's place above the map is kept, and filled after the map is sent.
    """
    # Colours come from the whole listing, so a campaign keeps its colour under any filter.
    legend = maps.campaign_colors(maps.campaign_order(df))
    legend_slot = st.empty()
    deck = maps.tour_map(shown, colors=legend, base=df, fit_width=web.map_fit_width())
    event = st.pydeck_chart(
        deck, on_select="rerun", selection_mode="single-object", key="map", height=520
    )
    located = shown[shown["lat"].notna() & shown["lon"].notna()]
    on_map = set(maps.campaign_names(located))
    kinds = df[["campaign", "campaign_shape"]].drop_duplicates("campaign")
    notes = {
        name: shapes.SHAPE_LABELS.get(shape, "")
        for name, shape in zip(
            maps.campaign_names(kinds), kinds["campaign_shape"].astype("object"), strict=True
        )
        if isinstance(shape, str)
    }
    legend_slot.markdown(
        maps.legend_html({k: v for k, v in legend.items() if k in on_map}, notes),
        unsafe_allow_html=True,
    )
    st.caption("Lines join the meetings of a tour in date order; other campaigns are points.")
    web.map_credits(shown["geocode_source"].unique())
    picked = maps.selected_meeting_id(deck, event.selection if event else None)
    row = shown[shown["meeting_id"] == picked]
    if len(row):
        web.meeting_card(row.iloc[0])


def _timeline(view: pd.DataFrame, df: pd.DataFrame) -> None:
    st.subheader("Timeline")
    row_by = st.segmented_control(
        "One row per",
        list(charts.ROW_CHOICES),
        format_func=charts.ROW_CHOICES.get,
        default="campaign",
        key="row_by",
    )
    st.vega_lite_chart(
        spec=charts.timeline(
            view,
            row_by=row_by or "campaign",
            colors=maps.campaign_colors(maps.campaign_order(df)),
        ),
        on_select="rerun",
        selection_mode=charts.BRUSH,
        key="timeline",
        width="stretch",
    )


def _not_on_map(shown: pd.DataFrame) -> None:
    missing = shown[shown["lat"].isna() | shown["lon"].isna() | shown["date"].isna()]
    if len(missing):
        noun = "meeting" if len(missing) == 1 else "meetings"
        with st.expander(f"{len(missing)} {noun} without a date or a location"):
            st.dataframe(web.readable(missing), hide_index=True)


def dashboard() -> None:
    """The home page: figures, map, timeline and table of the filtered meetings.

    The map is sent first: the filters come from the session (or the link) before the sidebar
    draws them, and the figures and the legend fill places kept above the map. On a session's
    first run the page stops after the map and asks the browser for a rerun once it has drawn
    the map (``web.first_view``), so the sidebar, the timeline and the table, and their code,
    come while the map is on screen instead of competing with it.
    """
    web.page_setup("Meetings map", icon=None)  # the icon after the map: see web.page_icon
    try:
        dataset = web.load_dataset(frame_only=True)
    except EventmapError as exc:
        st.error(web.md_escape(web.store_problem(exc, "Could not load the listings")))
        web.page_icon()
        return
    if web.no_listing_notice(dataset):
        web.page_icon()
        return
    df = dataset.frame
    view = apply_filters(df, web.kept_filters(df))
    if dataset.geocode_failures:
        st.warning(
            "The online geocoder failed while locating the meetings, so offline places were used: "
            + web.md_escape("; ".join(dataset.geocode_failures[:3]))
        )
    st.title("Meetings")
    st.caption(
        "Where and when each campaign's meetings take place. Filter in the sidebar (the link keeps "
        "your filters), brush a date range on the timeline, click a point for its details."
    )
    map_first_run = first_view.map_first()
    view = _time_view(view)
    shown, brush = _brushed(view)
    figures_slot = st.container()
    _map(df, shown)
    with figures_slot:
        _headline(shown)
        if brush:
            st.info(
                f"Timeline selection: {brush[0]:%d %b %Y} to {brush[1]:%d %b %Y}. "
                "Click an empty spot on the timeline to clear it."
            )
    if map_first_run:
        first_view.rerun_when_map_drawn()
        return
    web.draw_sidebar_filters(df)
    web.page_icon()
    _timeline(view, df)
    _not_on_map(shown)
    st.subheader("Meetings")
    web.meetings_table(shown)


dashboard()
