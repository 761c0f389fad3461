"""Plan a tour: the best order and dates for a set of stops, before the tour is announced."""

from __future__ import annotations

import streamlit as st

from eventmap import web
from eventmap.core import plan as planner
from eventmap.core import tour
from eventmap.errors import EventmapError
from eventmap.geo.gazetteer import default_gazetteer
from eventmap.output import export, plan_export
from eventmap.views.plan_map import plan_map
from eventmap.web import plan_state

web.page_setup("Plan a tour", "🗓️")
st.title("Plan a tour")
st.caption(
    "Pick the stops and the date rules: the planner finds the order with the least travel and "
    "the earliest dates that keep every rule. Nothing is saved; the plan is in the link, so it "
    "can be shared. Distances are great-circle (straight-line) distances."
)

dataset = web.load_dataset()
df = dataset.frame
campaigns = tour.campaigns(df)
plan_state.seed_from_url(campaigns)


def _use_campaign() -> None:
    """Choosing a campaign fills in its places and its dates (first to last)."""
    name = st.session_state.get("plan_campaign")
    if name in campaigns:
        req = planner.campaign_request(df, name)
        st.session_state["plan_stop"] = [s.name for s in req.stops]
        st.session_state["plan_start"] = req.start
        st.session_state["plan_end"] = req.end
        st.session_state["plan_between"] = req.days_between


# Inputs ----------------------------------------------------------------------------------------
c1, c2 = st.columns([1, 2])
campaign = c1.selectbox(
    "From a campaign",
    [plan_state.NO_CAMPAIGN, *campaigns],
    key="plan_campaign",
    on_change=_use_campaign,
    help="Plan a listed campaign's places again and compare with its order on the page.",
)
campaign = campaign if campaign in campaigns else None
by_name = {s.name: s for s in planner.campaign_stops(df, campaign)} if campaign else {}
options = sorted(
    {c.name for c in default_gazetteer().campuses.campuses}
    | set(by_name)
    | set(st.session_state.get("plan_stop") or [])
)
chosen = c2.multiselect(
    "Stops",
    options,
    key="plan_stop",
    accept_new_options=True,
    placeholder="Search campuses, or type a city, ZIP code or address",
)
c1, c2, c3, c4 = st.columns(4)
start = c1.date_input("First possible date", key="plan_start")
end = c2.date_input("Last possible date (optional)", key="plan_end")
between = c3.slider("Days between stops", 0, 30, key="plan_between")
off = c4.multiselect("No meetings on", list(planner.WEEKDAYS), key="plan_off")
with st.expander("Start and end place, fixed dates, closed days"):
    c1, c2 = st.columns(2)
    origin = c1.text_input("Start place (the speaker's home)", key="plan_from", max_chars=200)
    finish = c2.text_input("End place", key="plan_to", max_chars=200)
    c1, c2 = st.columns(2)
    fixed_text = c1.text_area(
        "Dates already fixed, one per line: STOP=YYYY-MM-DD", key="plan_fixed", max_chars=5000
    )
    closed_text = c2.text_area(
        "Days a stop is closed, one per line: STOP=YYYY-MM-DD", key="plan_closed", max_chars=20000
    )
form = plan_state.PlanForm(
    campaign,
    list(chosen),
    start,
    end,
    tuple(between),
    list(off),
    origin.strip(),
    finish.strip(),
    [line.strip() for line in fixed_text.splitlines() if line.strip()],
    [line.strip() for line in closed_text.splitlines() if line.strip()],
)
plan_state.sync_url(form)

if not chosen:
    st.info("Pick the stops to plan: campuses from the list, or type a city, ZIP code or address.")
    st.stop()
if start is None:
    st.info("Pick the first possible date of the tour.")
    st.stop()


def _request() -> planner.PlanRequest:
    stops = [by_name.get(name) or planner.resolve_stop(name) for name in chosen]
    return planner.PlanRequest(
        stops,
        start,
        end,
        planner.resolve_stop(form.origin) if form.origin else None,
        planner.resolve_stop(form.finish) if form.finish else None,
        form.between,
        planner.parse_weekdays(form.off),
        fixed=planner.parse_fixed(form.fixed, stops),
        closed=planner.parse_closed(form.closed, stops),
        title=campaign or "Draft tour",
    )


try:
    req = _request()
    planned = planner.plan(req)
except EventmapError as exc:
    # The message may quote what the organizer typed: escaped, never read as Markdown.
    st.error(web.md_escape(f"No plan: {exc}"))
    st.stop()

# Results ---------------------------------------------------------------------------------------
s = planned.summary
m1, m2, m3, m4 = st.columns(4)
m1.metric("Total distance", f"{s.total_km:,.0f} km")
m2.metric("Flights", s.flights, help=f"{s.drives} legs are driven.")
m3.metric("Estimated travel", f"{s.total_hours:,.1f} h")
m4.metric("Tour days", s.tour_days, help="First to last meeting, inclusive.")
how = "exact optimum" if planned.optimal else "OR-Tools routing search"
st.caption(f"Planned by the {how}. " + " ".join(req.assumptions.describe()))
if campaign and set(by_name) == {p.stop.name for p in planned.stops}:
    current = planner.current_itinerary(df, campaign, req)
    st.success(
        web.md_escape(
            f"Against the campaign as listed: {planner.compare(current, planned).sentence()}"
        )
    )

st.subheader("Route")
homes = [
    (role, place.lat, place.lon, place.name)
    for role, place in (("start", planned.origin), ("end", planned.finish))
    if place is not None
]
st.pydeck_chart(
    plan_map(planned.stops_frame(), homes, fit_width=web.map_fit_width()), key="plan_route_map"
)
web.map_credits([])
st.subheader("Stops and legs")
st.dataframe(
    plan_export.plan_table(planned).drop(columns=["lat", "lon"]),
    hide_index=True,
    width="stretch",
    key="plan_stops",
    column_config={
        "stop": st.column_config.NumberColumn("Stop", format="%d"),
        "date": "Date",
        "weekday": "Day",
        "name": "Place",
        "fixed": "Fixed",
        "km_from_previous": st.column_config.NumberColumn("km from previous", format="%.0f"),
        "travel_mode": "Travel",
        "travel_hours": st.column_config.NumberColumn("Est. hours", format="%.1f"),
    },
)
if planned.origin or planned.finish:
    st.caption("Every leg, from the start place to the end place:")
    st.dataframe(
        planned.legs,
        hide_index=True,
        width="stretch",
        key="plan_legs",
        column_config=web.LEG_COLUMNS,
    )

st.subheader("Export the plan")
st.caption(
    "The draft listing is in the bundled page's own layout, with the venues and times left "
    "as TBA for you to fill in; import it in Manage data when it is ready."
)
name = export.safe_filename(f"plan-{req.title}", "txt").removesuffix(".txt")
downloads = [
    ("Draft listing (.txt)", plan_export.draft_listing, "txt", "text/plain", "plan_listing"),
    ("Calendar (.ics)", plan_export.plan_ics, "ics", "text/calendar", "plan_ics"),
    ("Table (.csv)", plan_export.plan_csv, "csv", "text/csv", "plan_csv"),
]
for column, (label, build, ext, mime, key) in zip(st.columns(3), downloads, strict=True):
    column.download_button(label, build(planned), file_name=f"{name}.{ext}", mime=mime, key=key)
