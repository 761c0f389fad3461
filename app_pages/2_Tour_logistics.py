"""Tour logistics: a tour's route, legs, totals, warnings and itinerary exports; for a campaign
that is not a tour (meetings held by local groups, a series, a single meeting), its meetings day
by day and the warnings that fit it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from eventmap import web
from eventmap.core import shapes, tour
from eventmap.core.frame import status_labels
from eventmap.output import export, ics
from eventmap.views import maps

ITINERARY_COLUMNS = {
    "stop": st.column_config.NumberColumn("Stop", format="%d"),
    "date": "Date",
    "start_time": "Start",
    "place": "Campus / place",
    "venue": "Venue",
    "room": "Room",
    "address": "Address",
    "city": "City",
    "state": "State",
    "status": "Status",
    "online": st.column_config.CheckboxColumn("Online"),
    "km_from_previous": st.column_config.NumberColumn("km from previous", format="%.0f"),
    "travel_mode": "Travel",
    "travel_hours": st.column_config.NumberColumn("Est. hours", format="%.1f"),
    "meeting_id": "ID",
}
TRAVEL_ONLY = ["stop", "km_from_previous", "travel_mode", "travel_hours"]


def assumptions_panel() -> tuple[tour.TravelAssumptions, float, float]:
    """The editable travel assumptions and the two distance warning thresholds."""
    d = tour.TravelAssumptions()
    with st.expander("Travel assumptions and warning thresholds", expanded=False):
        c1, c2, c3 = st.columns(3)
        drive_max_km = c1.number_input(
            "Drive legs shorter than (km)",
            0.0,
            20_000.0,
            d.drive_max_km,
            50.0,
            key="tour_drive_max",
        )
        drive_kmh = c2.number_input(
            "Driving speed (km/h)", 1.0, 200.0, d.drive_kmh, 5.0, key="tour_kmh"
        )
        road_factor = c3.number_input(
            "Road distance / straight line", 1.0, 3.0, d.road_factor, 0.05, key="tour_road"
        )
        c1, c2, c3 = st.columns(3)
        flight_kmh = c1.number_input(
            "Flight speed (km/h)", 50.0, 1_200.0, d.flight_kmh, 25.0, key="tour_flight_kmh"
        )
        airport_hours = c2.number_input(
            "Airport time per flight (h)", 0.0, 12.0, d.airport_hours, 0.5, key="tour_airport"
        )
        c1, c2, _ = st.columns(3)
        same_day_km = c1.number_input(
            "Warn: same-day meetings farther apart than (km)",
            0.0, 20_000.0, 100.0, 10.0, key="tour_same_day_km",
        )  # fmt: skip
        next_day_km = c2.number_input(
            "Warn: next-day meetings farther apart than (km)",
            0.0, 20_000.0, 1_000.0, 50.0, key="tour_next_day_km",
        )  # fmt: skip
    assumptions = tour.TravelAssumptions(
        drive_max_km=drive_max_km,
        road_factor=road_factor,
        drive_kmh=drive_kmh,
        flight_kmh=flight_kmh,
        airport_hours=airport_hours,
    )
    st.caption(" ".join(assumptions.describe()))
    return assumptions, same_day_km, next_day_km


def shape_note(view: pd.DataFrame, campaign: str) -> str:
    """Say what shape the campaign is, why, and how to change it; return the shape."""
    shape, reason = shapes.shape_of(view, campaign)
    label = shapes.SHAPE_LABELS.get(shape or "", "unknown")
    how = "An organizer can change this on Manage data → Campaigns."
    if shape == "tour":
        st.caption(web.md_escape(f"Shape: tour ({reason}). {how}"))
    else:
        st.info(
            web.md_escape(
                f"“{campaign}” is not treated as a tour: {label} ({reason}). Legs, travel modes "
                "and travel times are shown for tours only. If one party does travel to all "
                f"these meetings, set its shape to tour. {how}"
            )
        )
    with st.expander("How shapes are decided"):
        st.markdown(web.md_escape(" ".join(shapes.rule())))
    return shape or ""


def tour_totals(legs: pd.DataFrame) -> None:
    totals = tour.summary(legs)
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Total distance", f"{totals.total_km:,.0f} km")
    m2.metric(
        "Travel days", totals.travel_days, help="Days on which the tour arrives somewhere new."
    )
    if totals.longest:
        lo = totals.longest
        m3.metric(
            "Longest leg",
            f"{lo['distance_km']:,.0f} km",
            help=f"{web.md_escape(lo['from'])} → {web.md_escape(lo['to'])} "
            f"({lo['from_date']} to {lo['to_date']})",
        )
    else:
        m3.metric("Longest leg", "—")
    m4.metric(
        "Estimated travel",
        f"{totals.total_hours:,.1f} h",
        help=f"{totals.flights} flights, {totals.drives} drives",
    )


def tour_sections(
    view: pd.DataFrame, campaign: str, rows: pd.DataFrame, legs: pd.DataFrame
) -> None:
    """Totals, legs and the numbered route of a tour."""
    tour_totals(legs)
    st.subheader("Legs")
    if legs.empty:
        st.info("This campaign has fewer than two dated, located meetings: there is no leg yet.")
    else:
        st.dataframe(
            legs.drop(columns=["campaign", "from_id", "to_id"]),
            hide_index=True,
            width="stretch",
            key="tour_legs",
            column_config=web.LEG_COLUMNS,
        )
    st.subheader("Route")
    stops = tour.stops(rows, campaign)
    if stops.empty:
        st.info("No located, dated meetings to draw.")
    else:
        st.pydeck_chart(maps.route_map(stops, fit_width=web.map_fit_width()), key="tour_route_map")
        web.map_credits(rows["geocode_source"].unique())


def local_sections(rows: pd.DataFrame) -> None:
    """A campaign that is not a tour: its meetings day by day, and where they are."""
    days = shapes.by_day(rows)
    m1, m2, m3 = st.columns(3)
    m1.metric("Meetings", len(rows))
    m2.metric("Days", len(days))
    m3.metric(
        "Most on one day",
        int(days["meetings"].max()) if len(days) else 0,
        help="Meetings on the busiest day; 'At once' in the table counts those at the same time "
        f"(each taken as {shapes.MEETING_HOURS:g} h long).",
    )
    st.subheader("By day")
    if days.empty:
        st.info("No dated meetings yet.")
    else:
        st.dataframe(
            days,
            hide_index=True,
            width="stretch",
            key="tour_by_day",
            column_config={
                "date": st.column_config.DateColumn("Date", format="ddd YYYY-MM-DD"),
                "meetings": st.column_config.NumberColumn("Meetings", format="%d"),
                "at_once": st.column_config.NumberColumn("At once", format="%d"),
                "places": "Places",
                "spread_km": st.column_config.NumberColumn("Farthest apart (km)", format="%.0f"),
            },
        )
    st.subheader("Where")
    # Coloured by day (the same colours as the legend: both take the days in date order).
    by_day_rows = rows.assign(day=rows["date"].dt.strftime("%Y-%m-%d").fillna("no date yet"))
    located = by_day_rows[by_day_rows["lat"].notna() & by_day_rows["lon"].notna()]
    day_colors = maps.campaign_colors(sorted(located["day"].unique()))
    st.markdown(maps.legend_html(day_colors), unsafe_allow_html=True)
    deck = maps.tour_map(by_day_rows, color_by="day", fit_width=web.map_fit_width())
    st.pydeck_chart(deck, key="tour_points_map")
    st.caption(
        "Points only, coloured by day: the meetings are held by local groups, not one "
        "travelling party."
    )
    web.map_credits(rows["geocode_source"].unique())


def warnings_section(
    rows: pd.DataFrame, legs: pd.DataFrame, same_day_km: float, next_day_km: float
) -> None:
    """The warnings that fit the campaign: travel warnings only for tours (``legs`` empty else)."""
    st.subheader("Warnings")
    table = tour.warning_table(rows, legs, same_day_km=same_day_km, next_day_km=next_day_km)
    if table.empty:
        st.success("Nothing to check for this campaign.")
        return
    described = table[["check", "message", "meetings", "meeting_ids"]].rename(
        columns={"check": "Check", "message": "What", "meetings": "Meetings", "meeting_ids": "IDs"}
    )
    # A table, not st.warning: listing text is untrusted and st.warning renders Markdown.
    st.dataframe(described, hide_index=True, width="stretch", key="tour_warnings")
    st.caption(f"{len(table)} warning{'' if len(table) == 1 else 's'} for this campaign.")


def itinerary_section(dataset, filters, view, campaign, rows, assumptions, is_tour: bool) -> None:
    """The campaign's meetings in order (with each leg for a tour), as CSV and iCalendar."""
    st.subheader("Itinerary" if is_tour else "Meetings")
    plan = tour.itinerary(rows, campaign, assumptions=assumptions)
    if not is_tour:
        plan = plan.drop(columns=TRAVEL_ONLY)
    shown = plan.assign(status=status_labels(plan["status"]))
    st.dataframe(
        web.blank_missing_text(shown),
        hide_index=True,
        width="stretch",
        key="tour_itinerary",
        column_config={k: v for k, v in ITINERARY_COLUMNS.items() if k in plan.columns},
    )
    meta = export.provenance(dataset, filters)
    meta["filters"] = {**meta["filters"], "campaign": campaign}
    e1, e2 = st.columns(2)
    e1.download_button(
        "Itinerary (CSV)" if is_tour else "Meetings (CSV)",
        lambda: export.to_csv(plan, meta),  # built when the button is used, not on every rerun
        file_name=export.safe_filename(f"itinerary-{campaign}", "csv"),
        mime="text/csv",
        key="tour_csv",
    )
    e2.download_button(
        "Itinerary (iCalendar)" if is_tour else "Meetings (iCalendar)",
        lambda: ics.to_ics(rows, meta=meta, calname=campaign),
        file_name=export.safe_filename(f"itinerary-{campaign}", "ics"),
        mime="text/calendar",
        key="tour_ics",
    )
    undated = ics.undated(rows)
    if len(undated):
        st.caption(
            f"{len(undated)} meeting(s) without a date are in the CSV but not in the calendar."
        )


def page() -> None:
    web.page_setup("Tour logistics", "🧭")
    dataset = web.load_dataset()
    if web.no_listing_notice(dataset):
        return
    st.title("Tour logistics")
    st.caption(
        "A tour's meetings in date order, the legs between them, and what still needs attention; "
        "other campaigns day by day. Distances are great-circle (straight-line) distances between "
        "the located places."
    )
    filters, view = web.sidebar_filters(dataset.frame)
    names = tour.campaigns(view)
    if not names:
        st.info("No meetings match the filters. Clear some filters in the sidebar to see a tour.")
        return
    campaign = st.selectbox("Campaign", names, key="tour_campaign")
    is_tour = shape_note(view, campaign) == "tour"
    rows = tour.campaign_rows(view, campaign)  # the rest of the page works from these
    if is_tour:
        assumptions, same_day_km, next_day_km = assumptions_panel()
        legs = tour.legs(rows, assumptions=assumptions, campaign=campaign)
        tour_sections(view, campaign, rows, legs)
    else:
        assumptions, same_day_km, next_day_km = tour.TravelAssumptions(), 100.0, 1000.0
        legs = tour.legs(view.iloc[:0])  # no legs, so no travel warnings
        local_sections(rows)
    warnings_section(rows, legs, same_day_km, next_day_km)
    itinerary_section(dataset, filters, view, campaign, rows, assumptions, is_tour)


page()
