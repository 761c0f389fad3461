"""The Plan a tour page's state: widgets seeded from the URL, the URL kept in step with them.

The whole plan lives in ``st.query_params`` under ``plan_*`` keys (never the dashboard's
filter keys), so a plan is shared by sharing its link. Widget keys are the same names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import streamlit as st

from eventmap.core import plan as planner

NO_CAMPAIGN = "(none: pick the stops)"
LIST_KEYS = ("plan_stop", "plan_fixed", "plan_closed", "plan_off")
TEXT_KEYS = ("plan_campaign", "plan_start", "plan_end", "plan_between", "plan_from", "plan_to")


@dataclass
class PlanForm:
    """What the organizer asked for, as the widgets hold it."""

    campaign: str | None = None
    stops: list[str] = field(default_factory=list)
    start: date | None = None
    end: date | None = None
    between: tuple[int, int] = planner.DEFAULT_DAYS_BETWEEN
    off: list[str] = field(default_factory=list)
    origin: str = ""
    finish: str = ""
    fixed: list[str] = field(default_factory=list)
    closed: list[str] = field(default_factory=list)


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _between(text: str | None) -> tuple[int, int]:
    try:
        lo, hi = planner.parse_days_between(text or "")
    except planner.PlanError:
        return planner.DEFAULT_DAYS_BETWEEN
    return min(lo, 30), min(hi, 30)


def seed_from_url(campaigns: list[str]) -> None:
    """On a session's first run, put the link's plan into the widgets."""
    if "plan_between" in st.session_state:  # widgets alive: they are the truth
        return
    qp = st.query_params
    campaign = qp.get("plan_campaign")
    st.session_state["plan_campaign"] = campaign if campaign in campaigns else NO_CAMPAIGN
    st.session_state["plan_stop"] = [planner.one_line(s) for s in qp.get_all("plan_stop")][:60]
    st.session_state["plan_start"] = _date(qp.get("plan_start"))
    st.session_state["plan_end"] = _date(qp.get("plan_end"))
    st.session_state["plan_between"] = _between(qp.get("plan_between"))
    st.session_state["plan_off"] = [d for d in qp.get_all("plan_off") if d in planner.WEEKDAYS]
    st.session_state["plan_from"] = planner.one_line(qp.get("plan_from", ""))
    st.session_state["plan_to"] = planner.one_line(qp.get("plan_to", ""))
    st.session_state["plan_fixed"] = "\n".join(qp.get_all("plan_fixed")[:60])
    st.session_state["plan_closed"] = "\n".join(qp.get_all("plan_closed")[:200])


def to_params(form: PlanForm) -> dict[str, list[str]]:
    """The form as query parameters (empty values left out)."""
    out: dict[str, list[str]] = {
        "plan_campaign": [form.campaign] if form.campaign else [],
        "plan_stop": list(form.stops),
        "plan_start": [form.start.isoformat()] if form.start else [],
        "plan_end": [form.end.isoformat()] if form.end else [],
        "plan_between": [f"{form.between[0]}-{form.between[1]}"],
        "plan_off": list(form.off),
        "plan_from": [form.origin] if form.origin else [],
        "plan_to": [form.finish] if form.finish else [],
        "plan_fixed": [f for f in form.fixed if f.strip()],
        "plan_closed": [c for c in form.closed if c.strip()],
    }
    return {k: v for k, v in out.items() if v}


def sync_url(form: PlanForm) -> None:
    """Make the URL hold exactly this form (only the keys that changed are written)."""
    wanted = to_params(form)
    qp = st.query_params
    for key in (*LIST_KEYS, *TEXT_KEYS):
        values = wanted.get(key)
        if not values:
            if key in qp:
                del qp[key]
        elif qp.get_all(key) != values:
            qp[key] = values
