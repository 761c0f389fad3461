"""A link straight to a sub-page, as the first visit after the server starts: the page runs
inside app.py's navigation (the home page named "Map & timeline", every page listed), not as a
bare script of a ``pages/`` folder with the home page called "app"."""

from __future__ import annotations

import shutil

import pytest
from browser_support import ROOT, chromium_page, require_browser, streamlit_server

pytestmark = pytest.mark.browser

MENU = [
    "Map & timeline",
    "Find a meeting",
    "Tour logistics",
    "Export",
    "Manage data",
    "Plan a tour",
]


@pytest.mark.parametrize(
    "path,heading", [("Find_a_meeting", "Find a meeting near you"), ("Manage_data", "Manage data")]
)
def test_first_visit_to_a_sub_page_gets_the_apps_menu(tmp_path, path, heading):
    require_browser()
    shutil.copytree(ROOT / "data" / "listings", tmp_path / "data" / "listings")
    env = {
        "EVENTMAP_DATA_DIR": str(tmp_path / "data"),
        "EVENTMAP_DB": f"sqlite:///{tmp_path / 'e.db'}",
    }
    with streamlit_server(env) as url, chromium_page() as page:  # a fresh server each time
        page.goto(f"{url}/{path}")
        page.get_by_role("heading", name=heading, exact=True).first.wait_for(timeout=90_000)
        nav = page.locator('[data-testid="stSidebarNav"] a')
        nav.first.wait_for(timeout=30_000)
        assert [t.strip() for t in nav.all_inner_texts()] == MENU
