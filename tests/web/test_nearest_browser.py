"""Find a meeting, end to end: `streamlit run app.py` + Chromium on the Find-a-meeting page.

Types a place, checks the ranked results and the map, downloads the first result's calendar
file and checks its instant, and checks the query reaches the URL only when shared.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from browser_support import ARTIFACTS, ROOT, chromium_page, require_browser, streamlit_server
from icalendar import Calendar

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    require_browser()
    tmp = tmp_path_factory.mktemp("nearest-browser")
    shutil.copytree(ROOT / "data" / "listings", tmp / "data" / "listings")
    env = {"EVENTMAP_DATA_DIR": str(tmp / "data"), "EVENTMAP_DB": f"sqlite:///{tmp / 'e.db'}"}
    with streamlit_server(env) as url:
        yield url


def test_search_download_and_share(server):
    dialogs: list[str] = []
    with chromium_page(width=420, height=900) as page:  # phone width: columns stack
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(f"{server}/Find_a_meeting")
        box = page.get_by_label("Where are you?", exact=True).and_(page.locator("input"))
        box.wait_for(timeout=90_000)
        box.fill("Berkeley, CA")
        box.press("Enter")
        page.get_by_text("Include past meetings").click()  # the bundled data is from 2019
        first = page.locator('[data-testid="stHeadingWithActionElements"] h4').first
        first.wait_for(timeout=60_000)
        page.wait_for_function(
            "() => document.querySelector('h4') && "
            "document.querySelector('h4').innerText.startsWith('1. UC Berkeley')",
            timeout=30_000,
        )
        assert "Berkeley" not in page.url  # not in the address bar unless shared
        page.wait_for_selector('[data-testid="stDeckGlJsonChart"] canvas', timeout=60_000)
        page.wait_for_timeout(1000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "nearest-phone.png"))
        first.scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "nearest-phone-results.png"))

        directions = page.get_by_role("link", name="Directions").first
        href = directions.get_attribute("href")
        assert href.startswith("https://www.openstreetmap.org/directions?engine=fossgis_osrm_car")

        with page.expect_download() as info:
            page.get_by_role("button", name="Add to calendar").first.click()
        download = info.value
        assert download.suggested_filename == "meeting-2019-04-08-uc-berkeley.ics"
        cal = Calendar.from_ical(Path(download.path()).read_bytes())
        (event,) = cal.walk("VEVENT")
        assert event.decoded("dtstart").astimezone(UTC) == datetime(2019, 4, 9, 2, tzinfo=UTC)

        page.get_by_role("button", name="Make a shareable link").click()
        page.wait_for_function("() => location.search.includes('near=Berkeley')", timeout=15_000)
    assert dialogs == []
