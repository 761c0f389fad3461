"""Find a meeting near you: type a place, get the nearest meetings, directions and a calendar file."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from eventmap import web
from eventmap.core import nearest, visitor
from eventmap.errors import QueryError
from eventmap.geo.geocoder import default_geocoder
from eventmap.model import APPROXIMATE_PRECISIONS
from eventmap.output import ics
from eventmap.views import maps

ANY = "Any distance"
RADII = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, ANY]
SHARE_PARAM = "near"
ss = st.session_state

web.page_setup("Find a meeting near you", "📍")
st.title("Find a meeting near you")
st.caption(
    "Type where you are to see the nearest meetings, how far they are, when they start, "
    "directions and a calendar file. Your search stays private: it is not saved to the "
    "location cache, the logs or the page address, unless you ask for a shareable link."
)

dataset = web.load_dataset()
if web.no_listing_notice(dataset, title=False):
    st.stop()
filters, view = web.sidebar_filters(dataset.frame)

# A shared link (?near=...) fills the box once; the visitor's own typing never goes to the URL.
if "nearest_query" not in ss and SHARE_PARAM in st.query_params:
    ss["nearest_query"] = st.query_params[SHARE_PARAM]
raw = st.text_input(
    "Where are you?",
    key="nearest_query",
    placeholder="48104 · Ann Arbor, MI · UC Berkeley · 450 Church St, Ann Arbor · 42.28,-83.74",
    help=visitor.HELP,
)
if SHARE_PARAM in st.query_params and st.query_params[SHARE_PARAM] != raw:
    del st.query_params[SHARE_PARAM]  # the link was for an earlier search: drop it


def _locate(text: str):
    """Parse and geocode the query; the last answer is kept in this session only."""
    query = visitor.parse_query(text)
    cached = ss.get("_nearest_located")
    if cached and cached[0] == query.text:
        return query, cached[1]
    # Online lookups are budgeted per session and for the whole site (offline answers are not).
    here = visitor.locate_visitor(query, default_geocoder(), web.lookup_gate())
    ss["_nearest_located"] = (query.text, here)
    return query, here


query = here = None
problem = None
if raw:
    ss["_nearest_tried"] = True
try:
    if raw or ss.get("_nearest_tried"):
        query, here = _locate(raw)
except QueryError as exc:
    problem = str(exc)


def _touch_units() -> None:
    ss["_nearest_units_chosen"] = True


if not ss.get("_nearest_units_chosen"):
    ss["nearest_units"] = visitor.default_units(here.country if here else None, st.context.locale)

c1, c2, c3, c4 = st.columns([1, 2, 1, 1])
units = c1.radio(
    "Distances in",
    visitor.UNITS,
    key="nearest_units",
    horizontal=True,
    format_func=lambda u: {"mi": "miles", "km": "km"}[u],
    on_change=_touch_units,
)
radius = c2.select_slider(
    f"Within ({units})", RADII, value=ANY, key="nearest_radius", format_func=str
)
limit = int(c3.number_input("Show up to", 1, 50, 10, 1, key="nearest_limit"))
as_of = c4.date_input("Upcoming from", date.today(), key="nearest_as_of", format="YYYY-MM-DD")
include_past = st.toggle("Include past meetings", key="nearest_include_past")

if problem:
    st.warning(web.md_escape(problem), icon=":material/warning:")
    st.stop()
if here is None:
    st.info(visitor.HELP, icon=":material/search:")
    st.stop()

radius_km = None if radius == ANY else visitor.from_units(float(radius), units)
found = nearest.search(
    view,
    here.lat,
    here.lon,
    limit=limit,
    radius_km=radius_km,
    as_of=as_of or date.today(),
    include_past=include_past,
)
results = found.results

st.markdown(
    f"Searching from **{web.md_escape(visitor.shorten(query.text))}**: "
    f"{web.md_escape(visitor.origin_label(here))}"
)
if SHARE_PARAM in st.query_params:
    st.caption("This search is in the address bar, so the link can be shared.")
    if st.button("Remove my search from the address bar", key="nearest_unshare"):
        del st.query_params[SHARE_PARAM]
        st.rerun()
elif st.button(
    "Make a shareable link", key="nearest_share", help="Puts your search in the address bar"
):
    st.query_params[SHARE_PARAM] = raw
    st.rerun()

if found.note:
    st.info(web.md_escape(found.note), icon=":material/history:")
if results.empty:
    within = "" if radius_km is None else f" within {radius} {units}"
    st.warning(
        f"No meetings{within} match. Widen the distance, change the “Upcoming from” date or "
        "clear some filters in the sidebar."
    )
    st.stop()

st.pydeck_chart(
    maps.nearest_map(here.lat, here.lon, results, fit_width=web.map_fit_width()),
    key="nearest_map",
    height=420,
)
web.map_credits([*results["geocode_source"], here.source])
st.caption(
    "Orange: where you searched from. Blue: the meetings listed below; the line goes to the nearest one."
)


def _result(i: int, row: pd.Series) -> None:
    with st.container(border=True):
        st.markdown(f"#### {i}. {web.md_escape(visitor.place_label(row))}")
        if row["campaign"] is not None and not pd.isna(row["campaign"]):
            st.caption(web.md_escape(visitor.shorten(str(row["campaign"]), 90)))
        away = visitor.format_distance(row["distance_km"], units)
        head = f"**{away}** {visitor.compass(row['bearing_deg'])}"
        if row["timing"] == nearest.TIMING_PAST:
            head += " · already took place"
        elif row["timing"] == nearest.TIMING_UNDATED:
            head += " · details coming soon"
        if str(row["status"]) == "postponed":  # cancelled meetings are never offered
            head += " · **POSTPONED**: check the new date"
        if row["online"]:
            head += " · held online"
        when = visitor.when_label(row)
        mine = visitor.visitor_time_label(row, here.timezone)
        lines = [
            head,
            f"**When:** {web.md_escape(when)}" + (f" ({web.md_escape(mine)})" if mine else ""),
            f"**Where:** {web.md_escape(visitor.venue_label(row))}",
            f"**Address:** {web.md_escape(row['address']) if row['address'] else 'not given'}",
        ]
        if row["precision"] in APPROXIMATE_PRECISIONS:
            lines.append("_Location approximate (city or ZIP centre): check the address._")
        st.markdown("  \n".join(lines))
        b1, b2 = st.columns(2)
        b1.link_button(
            "Directions",
            visitor.directions_url(here.lat, here.lon, row["lat"], row["lon"]),
            icon=":material/directions:",
        )
        if pd.isna(row["date"]):
            b2.caption("No date yet, so no calendar file.")
        else:
            b2.download_button(
                "Add to calendar",
                ics.to_ics(results.iloc[[i - 1]], calname=visitor.where_label(row)),
                file_name=visitor.ics_filename(row),
                mime="text/calendar",
                icon=":material/event:",
                key=f"nearest_ics_{i}_{row['meeting_id']}",
                on_click="ignore",
            )


for i, (_, row) in enumerate(results.iterrows(), start=1):
    _result(i, row)
