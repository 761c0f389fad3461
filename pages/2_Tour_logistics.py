"""Tour logistics: a campaign's route, legs, totals, warnings and itinerary exports."""

from __future__ import annotations

import streamlit as st

from eventmap import web
from eventmap.core import tour
from eventmap.output import export, ics
from eventmap.views import maps

web.page_setup("Tour logistics", "🧭")
st.title("Tour logistics")
st.caption(
    "Each campaign's meetings in date order, the legs between them, and what still needs "
    "attention. Distances are great-circle (straight-line) distances between the located places."
)

dataset = web.load_dataset()
filters, view = web.sidebar_filters(dataset.frame)

names = tour.campaigns(view)
if not names:
    st.info("No meetings match the filters. Clear some filters in the sidebar to see a tour.")
    st.stop()
campaign = st.selectbox("Campaign", names, key="tour_campaign")

# Assumptions -------------------------------------------------------------------------------
d = tour.TravelAssumptions()
with st.expander("Travel assumptions and warning thresholds", expanded=False):
    c1, c2, c3 = st.columns(3)
    drive_max_km = c1.number_input(
        "Drive legs shorter than (km)", 0.0, 20_000.0, d.drive_max_km, 50.0, key="tour_drive_max"
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
        0.0,
        20_000.0,
        100.0,
        10.0,
        key="tour_same_day_km",
    )
    next_day_km = c2.number_input(
        "Warn: next-day meetings farther apart than (km)",
        0.0,
        20_000.0,
        1_000.0,
        50.0,
        key="tour_next_day_km",
    )
assumptions = tour.TravelAssumptions(
    drive_max_km=drive_max_km,
    road_factor=road_factor,
    drive_kmh=drive_kmh,
    flight_kmh=flight_kmh,
    airport_hours=airport_hours,
)
st.caption(" ".join(assumptions.describe()))

campaign_rows = view[view["campaign"].astype("object").map(tour.campaign_name) == campaign]
legs = tour.legs(view, assumptions=assumptions, campaign=campaign)
totals = tour.summary(legs)

# Totals --------------------------------------------------------------------------------------
m1, m2, m3, m4 = st.columns(4)
m1.metric("Total distance", f"{totals.total_km:,.0f} km")
m2.metric("Travel days", totals.travel_days, help="Days on which the tour arrives somewhere new.")
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

# Legs and map --------------------------------------------------------------------------------
st.subheader("Legs")
if legs.empty:
    st.info("This campaign has fewer than two dated, located meetings: there is no leg yet.")
else:
    st.dataframe(
        legs.drop(columns=["campaign", "from_id", "to_id"]),
        hide_index=True,
        width="stretch",
        key="tour_legs",
        column_config={
            "from": "From",
            "to": "To",
            "from_date": st.column_config.DateColumn("From date", format="YYYY-MM-DD"),
            "to_date": st.column_config.DateColumn("To date", format="YYYY-MM-DD"),
            "days": st.column_config.NumberColumn("Days between", format="%d"),
            "distance_km": st.column_config.NumberColumn("Distance (km)", format="%.0f"),
            "mode": "Mode",
            "est_hours": st.column_config.NumberColumn("Est. hours", format="%.1f"),
        },
    )
st.subheader("Route")
stops = tour.stops(view, campaign)
if stops.empty:
    st.info("No located, dated meetings to draw.")
else:
    st.pydeck_chart(maps.route_map(stops, fit_width=web.map_fit_width()), key="tour_route_map")
    web.map_credits(campaign_rows["geocode_source"].unique())

# Warnings ------------------------------------------------------------------------------------
st.subheader("Warnings")
table = tour.warning_table(campaign_rows, legs, same_day_km=same_day_km, next_day_km=next_day_km)
if table.empty:
    st.success("Nothing to check for this campaign.")
else:
    described = table[["check", "message", "meetings", "meeting_ids"]].rename(
        columns={"check": "Check", "message": "What", "meetings": "Meetings", "meeting_ids": "IDs"}
    )
    # A table, not st.warning: listing text is untrusted and st.warning renders Markdown.
    st.dataframe(described, hide_index=True, width="stretch", key="tour_warnings")
    st.caption(f"{len(table)} warning{'' if len(table) == 1 else 's'} for this campaign.")

# Exports -------------------------------------------------------------------------------------
st.subheader("Itinerary")
plan = tour.itinerary(view, campaign, assumptions=assumptions)
st.dataframe(
    web.blank_missing_text(plan),
    hide_index=True,
    width="stretch",
    key="tour_itinerary",
    column_config={
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
        "km_from_previous": st.column_config.NumberColumn("km from previous", format="%.0f"),
        "travel_mode": "Travel",
        "travel_hours": st.column_config.NumberColumn("Est. hours", format="%.1f"),
        "meeting_id": "ID",
    },
)
meta = export.provenance(dataset, filters)
meta["filters"] = {**meta["filters"], "campaign": campaign}
e1, e2 = st.columns(2)
e1.download_button(
    "Itinerary (CSV)",
    lambda: export.to_csv(plan, meta),  # built when the button is used, not on every rerun
    file_name=export.safe_filename(f"itinerary-{campaign}", "csv"),
    mime="text/csv",
    key="tour_csv",
)
e2.download_button(
    "Itinerary (iCalendar)",
    lambda: ics.to_ics(campaign_rows, meta=meta, calname=campaign),
    file_name=export.safe_filename(f"itinerary-{campaign}", "ics"),
    mime="text/calendar",
    key="tour_ics",
)
undated = ics.undated(campaign_rows)
if len(undated):
    st.caption(f"{len(undated)} meeting(s) without a date are in the CSV but not in the calendar.")
