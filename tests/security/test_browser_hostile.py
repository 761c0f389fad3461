"""In Chromium: hostile links from a shared URL, a visitor's search, an upload's file name and
the listing render as plain text (no <a> or <img> to the hostile host, no request to it), a
``{when}`` in a venue stays literal in the map tooltip, and sign-in locks after wrong passwords.
Screenshots at 1400 and 390 px go to artifacts/."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest
from browser_support import ARTIFACTS, chromium_page, require_browser, streamlit_server
from hostile import BARE, HOST, PHISH, PIXEL

pytestmark = pytest.mark.browser

LISTING = Path(__file__).with_name("hostile_listing.txt")
PASSWORD = "correct horse battery staple"
DELAY = 6
HOSTILE_NODES = f'a[href*="{HOST}"], img[src*="{HOST}"], img[srcset*="{HOST}"], [style*="{HOST}"]'


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    require_browser()
    tmp = tmp_path_factory.mktemp("hostile-browser")
    (tmp / "data" / "listings").mkdir(parents=True)
    (tmp / "data" / "listings" / "upcoming-meetings.txt").write_text(LISTING.read_text(), "utf-8")
    env = {
        "EVENTMAP_DATA_DIR": str(tmp / "data"),
        "EVENTMAP_DB": f"sqlite:///{tmp / 'e.db'}",
        "EVENTMAP_ADMIN_PASSWORD": PASSWORD,
        "EVENTMAP_SIGNIN_DELAY": str(DELAY),
    }
    DB.append(tmp / "e.db")
    with streamlit_server(env) as url:
        yield url


DB: list[Path] = []


def _failures() -> int:
    """Wrong passwords in a row, as the server's database holds them."""
    with contextlib.closing(sqlite3.connect(DB[-1])) as conn:
        try:
            row = conn.execute("SELECT failures FROM signin_failures").fetchone()
        except sqlite3.OperationalError:  # no table yet
            return 0
    return row[0] if row else 0


class Watch:
    """Every request the page makes, and any dialog it opens."""

    def __init__(self, page) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def assert_clean(self, page) -> None:
        page.wait_for_timeout(1000)  # give any image or prefetch time to be requested
        assert page.locator(HOSTILE_NODES).count() == 0
        assert [u for u in self.requests if (urlparse(u).hostname or "").endswith(HOST)] == []
        assert self.dialogs == []


def _settled(page) -> None:
    page.wait_for_selector('[data-testid="stAppViewContainer"]', timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=90_000
    )
    page.wait_for_timeout(500)


def _shoot(page, name: str, width: int) -> None:
    page.wait_for_timeout(1500)  # let late widgets finish drawing
    page.screenshot(path=str(ARTIFACTS / f"security-{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", [1400, 390])
def test_hostile_links_in_a_shared_url_render_as_text(server, width) -> None:
    query = "&".join(f"campaign={quote(v)}" for v in (PHISH, PIXEL))
    with chromium_page(width=width, height=1000) as page:
        watch = Watch(page)
        page.goto(f"{server}/?{query}")
        page.wait_for_selector('[data-testid="stMetric"]', timeout=90_000)
        _settled(page)
        if width == 390:
            page.locator(
                '[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapsedControl"] button'
            ).first.click()
            page.wait_for_timeout(500)
        sidebar = page.locator('[data-testid="stSidebar"]')
        # The two warnings can arrive in separate deltas; wait for both before reading.
        for text in ("click here to log in", "evil.example/pixel.png"):
            sidebar.get_by_text(text, exact=False).first.wait_for(timeout=30_000)
        assert "https://evil.example/phish" in sidebar.inner_text()
        assert "https://evil.example/pixel.png" in sidebar.inner_text()
        _shoot(page, "shared-link", width)
        watch.assert_clean(page)


@pytest.mark.parametrize("width", [1400, 390])
def test_a_hostile_search_renders_as_text(server, width) -> None:
    with chromium_page(width=width, height=1000) as page:
        watch = Watch(page)
        page.goto(f"{server}/Find_a_meeting?near={quote(BARE)}")
        _settled(page)
        page.get_by_text("No place found for", exact=False).first.wait_for(timeout=60_000)
        assert BARE in page.locator('[data-testid="stAlert"]').first.inner_text()
        _shoot(page, "search", width)
        watch.assert_clean(page)


def test_the_tooltip_shows_placeholders_literally(server) -> None:
    with chromium_page() as page:
        watch = Watch(page)
        page.goto(f"{server}/?campus=UC%20Berkeley")
        page.wait_for_selector('[data-testid="stDeckGlJsonChart"] canvas', timeout=90_000)
        _settled(page)
        page.wait_for_timeout(1500)
        box = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first.bounding_box()
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(cx - 30, cy - 30)
        page.mouse.move(cx, cy, steps=5)
        tooltip = page.locator(".deck-tooltip")
        tooltip.wait_for(state="visible", timeout=15_000)
        text = tooltip.inner_text().replace("\u2060", "")
        assert "Library Room {when}" in text
        assert "[Moffitt](https://evil.example/m)" in text
        watch.assert_clean(page)


def _sign_in(page, password: str) -> None:
    box = page.get_by_label("Organizer password")
    box.fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_timeout(300)
    _settled(page)


def test_an_upload_with_a_hostile_file_name_renders_as_text(server) -> None:
    name = "[Download the fix](http://evil.example) **now**.pdf"
    with chromium_page() as page:
        watch = Watch(page)
        page.goto(f"{server}/Manage_data")
        _settled(page)
        _sign_in(page, PASSWORD)
        page.get_by_text("Upload a file").click()
        page.locator('input[type="file"]').set_input_files(
            files=[{"name": name, "mimeType": "application/pdf", "buffer": b"%PDF-1.4"}]
        )
        alert = page.locator('[data-testid="stAlert"]', has_text="has .pdf")
        alert.wait_for(timeout=30_000)
        assert "[Download the fix](http://evil.example) **now**.pdf" in alert.inner_text()
        watch.assert_clean(page)


@pytest.mark.parametrize("width", [1400, 390])
def test_after_six_wrong_passwords_the_right_one_waits(server, width) -> None:
    with chromium_page(width=width, height=900) as page:
        page.goto(f"{server}/Manage_data")
        _settled(page)
        for i in range(6):
            _sign_in(page, "wrong password")
            if i < 5:  # the server counted it (the sixth is refused unchecked)
                deadline = time.monotonic() + 20
                while _failures() != i + 1:
                    assert time.monotonic() < deadline, f"attempt {i + 1} was not counted"
                    time.sleep(0.1)
            if i == 4:
                locked = time.monotonic()
        _sign_in(page, PASSWORD)
        alert = page.locator('[data-testid="stAlert"]', has_text="Too many wrong passwords")
        alert.wait_for(timeout=15_000)
        assert time.monotonic() - locked < DELAY
        assert page.get_by_text("Import a new version").count() == 0
        _shoot(page, "signin-locked", width)
        # Accepted once the delay has passed.
        time.sleep(max(0.0, locked + DELAY - time.monotonic()))
        deadline = time.monotonic() + 20
        while page.get_by_text("Import a new version").count() == 0:
            assert time.monotonic() < deadline, "the right password was never accepted"
            _sign_in(page, PASSWORD)
            page.wait_for_timeout(1500)
        _shoot(page, "signed-in", width)


@pytest.mark.parametrize("width", [1400, 390])
def test_the_visitor_page_says_when_to_search_again(tmp_path, width) -> None:
    from nominatim_server import FakeNominatim

    require_browser()
    (tmp_path / "data" / "listings").mkdir(parents=True)
    seed = Path(__file__).resolve().parents[2] / "data" / "listings" / "upcoming-meetings.txt"
    (tmp_path / "data" / "listings" / "upcoming-meetings.txt").write_text(seed.read_text(), "utf-8")
    with FakeNominatim({"hostile way": (42.28, -83.74)}) as fake:
        env = {
            "EVENTMAP_DATA_DIR": str(tmp_path / "data"),
            "EVENTMAP_DB": f"sqlite:///{tmp_path / 'e.db'}",
            "EVENTMAP_GEOCODER": "nominatim",
            "EVENTMAP_GEOCODER_DOMAIN": fake.domain,
            "EVENTMAP_GEOCODER_SCHEME": "http",
            "EVENTMAP_GEOCODER_MIN_DELAY": "0",
            "EVENTMAP_USER_AGENT": "eventmap-tests",
            "EVENTMAP_GEOCODE_CACHE": str(tmp_path / "geocode.sqlite"),
            "EVENTMAP_VISITOR_LOOKUPS_PER_SESSION": "2",
        }
        with streamlit_server(env) as url, chromium_page(width=width, height=900) as page:
            page.goto(f"{url}/Find_a_meeting")
            box = page.get_by_label("Where are you?", exact=True).and_(page.locator("input"))
            box.wait_for(timeout=90_000)
            _settled(page)
            before = fake.count
            for street in ("1 Hostile Way", "2 Hostile Way", "3 Hostile Way"):
                box.fill(f"{street}, Ann Arbor")
                box.press("Enter")
                page.wait_for_timeout(500)
                _settled(page)
            alert = page.locator('[data-testid="stAlert"]', has_text="Too many searches")
            alert.wait_for(timeout=30_000)
            assert "please try again in" in alert.inner_text()
            assert fake.count - before == 2  # the third never reached the provider
            _shoot(page, "too-many-searches", width)
