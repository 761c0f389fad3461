"""Map builders: meetings DataFrame -> ``pydeck.Deck``. Pure; the pages draw what these return.

The pieces live in their own modules (``deck`` the compact payload, ``palette`` colours and the
legend, ``viewport`` view fitting, and one module per builder); this module is the one name the
pages and tests import them by.
"""

from __future__ import annotations

from eventmap.views.deck import (
    DECIMALS,
    MAP_STYLE,
    TOOLTIP,
    TOOLTIP_LIMIT,
    CompactDeck,
    RawJSON,
    payload_bytes,
    selected_meeting_id,
)
from eventmap.views.nearest_map import nearest_map
from eventmap.views.palette import (
    NO_VALUE,
    OKABE_ITO,
    campaign_colors,
    campaign_names,
    campaign_order,
    legend_html,
)
from eventmap.views.route_map import STOP_RADIUS, route_map
from eventmap.views.tour_map import tour_map
from eventmap.views.viewport import DESKTOP_FIT_WIDTH, FIT_HEIGHT, FIT_WIDTH, fit_view

__all__ = [
    "DECIMALS",
    "DESKTOP_FIT_WIDTH",
    "FIT_HEIGHT",
    "FIT_WIDTH",
    "MAP_STYLE",
    "NO_VALUE",
    "OKABE_ITO",
    "STOP_RADIUS",
    "TOOLTIP",
    "TOOLTIP_LIMIT",
    "CompactDeck",
    "RawJSON",
    "campaign_colors",
    "campaign_names",
    "campaign_order",
    "fit_view",
    "legend_html",
    "nearest_map",
    "payload_bytes",
    "route_map",
    "selected_meeting_id",
    "tour_map",
]
