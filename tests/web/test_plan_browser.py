"""Plan a tour, end to end: `streamlit run app.py` + Chromium on a shared plan link.

Opens a plan from its link at desktop and phone widths, checks the totals, the map canvas and
the stops table render, that the link keeps the plan, and that nothing overflows on a phone.
Screenshots go to artifacts/.
"""

from __future__ import annotations

import shutil
from urllib.parse import urlencode

import pytest
from browser_support import ARTIFACTS, ROOT, chromium_page, require_browser, streamlit_server
from plan_fixtures import APRIL_STOPS

pytestmark = pytest.mark.browser

QUERY = urlencode(
    [("plan_stop", s) for s in APRIL_STOPS]
    + [
        ("plan_start", "2019-04-08"),
        ("plan_between", "1-3"),
        ("plan_off", "Sat"),
        ("plan_off", "Sun"),
    ]
)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    require_browser()
    tmp = tmp_path_factory.mktemp("plan-browser")
    shutil.copytree(ROOT / "data" / "listings", tmp / "data" / "listings")
    env = {"EVENTMAP_DATA_DIR": str(tmp / "data"), "EVENTMAP_DB": f"sqlite:///{tmp / 'e.db'}"}
    with streamlit_server(env) as url:
        yield url


@pytest.mark.parametrize("width", [1400, 390])
def test_a_shared_plan_renders_at_desktop_and_phone_width(server, width):
    with chromium_page(width=width, height=1000) as page:
        page.goto(f"{server}/Plan_a_tour?{QUERY}")
        page.get_by_text("Total distance").wait_for(timeout=90_000)
        page.wait_for_selector('[data-testid="stDeckGlJsonChart"] canvas', timeout=60_000)
        page.wait_for_timeout(1500)
        body = page.inner_text("body")
        assert "4,970 km" in body
        assert "No plan" not in body
        assert "plan_between=1-3" in page.url
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"plan-{width}.png"), full_page=True)
        overflow = page.evaluate("() => document.documentElement.scrollWidth")
        assert overflow <= width + 1
