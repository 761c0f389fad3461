"""The Streamlit layer: the only package that imports ``streamlit``.

Pages import what they need from here: ``load_dataset`` (data.py), ``sidebar_filters``
(sidebar.py), and the widgets (widgets.py).
"""

from eventmap.web.access import (
    is_organizer,
    organizer_credential,
    organizer_password,
    store_problem,
)
from eventmap.web.data import load_dataset, no_listing_notice
from eventmap.web.limits import lookup_gate, reset_visitor_budget, visitor_budget
from eventmap.web.sidebar import (
    clear_filters,
    current_filters,
    draw_sidebar_filters,
    kept_filters,
    sidebar_filters,
)
from eventmap.web.widgets import (
    LEG_COLUMNS,
    STATUS_LABELS,
    TABLE_LIMIT,
    blank_missing_text,
    map_credits,
    map_fit_width,
    md_escape,
    meeting_card,
    meetings_table,
    page_icon,
    page_setup,
    readable,
)

__all__ = [
    "LEG_COLUMNS",
    "STATUS_LABELS",
    "TABLE_LIMIT",
    "blank_missing_text",
    "clear_filters",
    "current_filters",
    "draw_sidebar_filters",
    "is_organizer",
    "kept_filters",
    "load_dataset",
    "lookup_gate",
    "map_credits",
    "map_fit_width",
    "md_escape",
    "meeting_card",
    "meetings_table",
    "no_listing_notice",
    "organizer_credential",
    "organizer_password",
    "page_icon",
    "page_setup",
    "readable",
    "reset_visitor_budget",
    "sidebar_filters",
    "store_problem",
    "visitor_budget",
]
