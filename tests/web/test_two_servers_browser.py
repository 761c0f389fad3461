"""Two app servers, one PostgreSQL database, a real browser: a version imported through one
server's Manage data page shows on the other server after a reload.

The second server had already built its map from the old version; it notices the new one
because every run compares the store's data key with the one its dataset was built from.
"""

from __future__ import annotations

import pytest
from browser_support import ARTIFACTS, chromium_page, require_browser, streamlit_server
from db_support import fresh_postgres_database, postgres_admin_url
from store_fixtures import edited_seed

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery staple"


def _meetings_shown(page, count: int) -> None:
    """Wait until the dashboard's Meetings figure reads ``count``."""
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=\"stMetric\"]')].some("
        "m => m.innerText.includes('Meetings') && m.innerText.trim().endsWith(String(n)))",
        arg=count,
        timeout=90_000,
    )


def test_an_import_through_one_server_shows_on_the_other(tmp_path, seed_text):
    require_browser()
    with fresh_postgres_database(postgres_admin_url()) as url:
        listings = tmp_path / "data" / "listings"
        listings.mkdir(parents=True)
        (listings / "upcoming-meetings.txt").write_text(seed_text, encoding="utf-8")
        env = {
            "EVENTMAP_DATA_DIR": str(tmp_path / "data"),
            "EVENTMAP_DB": url,
            "EVENTMAP_ADMIN_PASSWORD": PASSWORD,
            "EVENTMAP_GEOCODER": "offline",
        }
        with (
            streamlit_server(env) as first,
            streamlit_server(env) as second,
            chromium_page(height=1400) as page,
        ):
            page.goto(second)
            _meetings_shown(page, 14)  # the second server built its map from version 1

            page.goto(f"{first}/Manage_data")
            page.get_by_label("Organizer password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            text = page.get_by_label("Page text")
            text.wait_for(timeout=60_000)
            text.fill(edited_seed(seed_text))
            text.press("Control+Enter")  # Streamlit takes a text area's value on submit
            preview = page.get_by_role("button", name="Preview")
            page.wait_for_function(
                "() => [...document.querySelectorAll('button')].some("
                "b => b.innerText.trim() === 'Preview' && !b.disabled)",
                timeout=60_000,
            )
            preview.click()
            page.get_by_role("button", name="Confirm and save").click(timeout=60_000)
            page.get_by_text("as version 2 (1 added, 0 removed, 1 changed)").wait_for(
                timeout=60_000
            )

            page.goto(second)
            _meetings_shown(page, 15)
            page.get_by_text("University of Chicago").first.wait_for(
                state="attached", timeout=60_000
            )
            page.screenshot(path=str(ARTIFACTS / "two-servers.png"), full_page=True)
