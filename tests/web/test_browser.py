"""End to end in a real browser: `streamlit run app.py` + Chromium (Playwright).

Checks that the map canvas and the timeline render, that a sidebar filter narrows the view and
the URL, and that a hostile venue name shows as literal text in the tooltip, the detail card and
the table, with no dialog. Screenshots go to artifacts/ (git-ignored): look at them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser_support import ARTIFACTS, ROOT, chromium_page, require_browser, streamlit_server

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    require_browser()
    tmp = tmp_path_factory.mktemp("browser")
    listings = tmp / "data" / "listings"
    listings.mkdir(parents=True)
    seed = (ROOT / "data" / "listings" / "upcoming-meetings.txt").read_text(encoding="utf-8")
    assert "UC Berkeley Moffitt Library Room 101" in seed
    hostile = seed.replace(
        "UC Berkeley Moffitt Library Room 101", f"UC Berkeley {HOSTILE}, Room 101"
    )
    (listings / "upcoming-meetings.txt").write_text(hostile, encoding="utf-8")
    env = {"EVENTMAP_DATA_DIR": str(tmp / "data"), "EVENTMAP_DB": f"sqlite:///{tmp / 'e.db'}"}
    with streamlit_server(env) as url:
        yield url


def _metric(page, label: str):
    return page.locator('[data-testid="stMetric"]', has_text=label).locator(
        '[data-testid="stMetricValue"]'
    )


def _wait_for_app(page) -> None:
    page.wait_for_selector('[data-testid="stDeckGlJsonChart"] canvas', timeout=60_000)
    page.wait_for_selector(
        '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg',
        timeout=60_000,
    )
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )


def test_map_timeline_and_a_filter(server):
    dialogs: list[str] = []
    # Tall enough that one screenshot holds the figures, the map and the timeline.
    with chromium_page(height=1750) as page:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server)
        _wait_for_app(page)
        assert _metric(page, "Meetings").inner_text() == "14"
        canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
        box = canvas.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 300
        page.wait_for_timeout(1500)  # let deck.gl draw its first frame
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

        # Pick a state in the sidebar's searchable multiselect.
        state_box = page.locator(
            '[data-testid="stSidebar"] [data-testid="stMultiSelect"]', has_text="State"
        )
        state_box.locator("input").click()
        page.keyboard.type("MI")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        # Streamlit replaces a rerun's elements one by one: wait until both figures are the new
        # run's, not just the first of them.
        page.wait_for_function(
            "() => { const ms = [...document.querySelectorAll('[data-testid=\"stMetric\"]')];"
            " const has = (label, v) => ms.some("
            "m => m.innerText.includes(label) && m.innerText.includes('\\n' + v));"
            " return has('Meetings', '4') && has('States', '1'); }",
            timeout=30_000,
        )
        assert _metric(page, "Meetings").inner_text() == "4"
        assert _metric(page, "States").inner_text() == "1"
        page.wait_for_function("() => location.search.includes('state=MI')", timeout=10_000)
        assert "state=MI" in page.url
        page.wait_for_timeout(1500)
        page.screenshot(path=str(ARTIFACTS / "dashboard-michigan.png"), full_page=True)
    assert dialogs == []


@pytest.mark.parametrize(("start", "end"), [(0.55, 0.98), (0.98, 0.55)])
def test_a_brush_on_the_timeline_narrows_the_figures(server, start, end):
    """The timeline's spec carries the brush that st.vega_lite_chart hands back on rerun; a drag
    in either direction over the later part of its dates narrows the figures to those days."""
    with chromium_page() as page:
        page.goto(server)
        _wait_for_app(page)
        chart = page.locator('[data-testid="stVegaLiteChart"]').first
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        assert box and box["width"] > 300
        y = box["y"] + 14  # the first row's band
        page.mouse.move(box["x"] + box["width"] * start, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * end, y, steps=8)
        page.mouse.up()
        page.get_by_text("Timeline selection:").wait_for(timeout=30_000)
        page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
        )
        meetings = int(_metric(page, "Meetings").inner_text())
        assert 0 < meetings < 14


def test_hostile_venue_stays_text(server):
    dialogs: list[str] = []
    with chromium_page() as page:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        # One meeting: the view is centred on it, so it sits in the middle of the canvas.
        page.goto(f"{server}/?campus=UC%20Berkeley")
        _wait_for_app(page)
        assert _metric(page, "Meetings").inner_text() == "1"
        canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
        box = canvas.bounding_box()
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.wait_for_timeout(1500)
        page.mouse.move(cx - 30, cy - 30)
        page.mouse.move(cx, cy, steps=5)
        tooltip = page.locator(".deck-tooltip")
        tooltip.wait_for(state="visible", timeout=15_000)
        assert HOSTILE in tooltip.inner_text()
        assert tooltip.locator("img").count() == 0
        page.screenshot(path=str(ARTIFACTS / "tooltip.png"))

        page.mouse.click(cx, cy)
        card = page.locator('[data-testid="stMarkdownContainer"]', has_text="Where:")
        card.first.wait_for(timeout=30_000)
        assert re.search(re.escape(HOSTILE) + r"\s*·\s*Room 101", card.first.inner_text())

        table = page.locator('[data-testid="stDataFrame"]').last
        table.scroll_into_view_if_needed()
        table.wait_for(timeout=10_000)
        # The grid draws on a canvas; its accessible twin holds the cell texts.
        table.locator('td[role="gridcell"]', has_text="Room 101").first.wait_for(
            state="attached", timeout=15_000
        )
        cells = table.locator('td[role="gridcell"]').all_text_contents()
        assert HOSTILE in cells
        assert table.locator("img").count() == 0
        page.screenshot(path=str(ARTIFACTS / "detail-card.png"), full_page=True)
        # Nowhere on the page did the venue become an element.
        assert page.locator('img[src="x"]').count() == 0
    assert dialogs == []


def _element_order(frames: list[bytes | str]) -> list[tuple[int, str]]:
    """(root container, element type) of each element the server sent, in the order sent
    (root 0 is the main area, 1 the sidebar)."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    order = []
    for frame in frames:
        if not isinstance(frame, bytes):
            continue
        msg = ForwardMsg.FromString(frame)
        if msg.WhichOneof("type") != "delta" or msg.delta.WhichOneof("type") != "new_element":
            continue
        order.append((msg.metadata.delta_path[0], msg.delta.new_element.WhichOneof("type")))
    return order


def test_the_map_is_sent_before_the_sidebar_widgets_and_the_figures(server):
    """The browser lays out elements as they arrive: the map first, so its code loads first."""
    frames: list[bytes] = []
    with chromium_page() as page:
        page.on(
            "websocket",
            lambda ws: ws.on(
                "framereceived", lambda p: frames.append(p if isinstance(p, bytes) else b"")
            ),
        )
        page.goto(f"{server}/?state=MI")  # a shared link: its filters shape the first map
        _wait_for_app(page)
        assert _metric(page, "Meetings").inner_text() == "4"
    order = _element_order(frames)
    sent = [kind for _, kind in order]
    first_map = sent.index("deck_gl_json_chart")
    sidebar = [i for i, (root, kind) in enumerate(order) if root == 1 and kind == "multiselect"]
    assert len(sidebar) == 5 and first_map < sidebar[0]
    assert first_map < sent.index("metric") and first_map < sent.index("vega_lite_chart")


# Records, when each of the rest of the page's parts first appears, whether the map's canvas had
# already been drawn (sized to its element), and marks that canvas to see whether it is kept.
_WATCH_THE_REST = """
(() => {
  window.__rest = [];
  const parts = {
    timeline: '[data-testid="stVegaLiteChart"]',
    table: '[data-testid="stDataFrame"]',
    filters: '[data-testid="stSidebar"] [data-testid="stMultiSelect"]',
  };
  const drawnCanvas = () => {
    const chart = document.querySelector('[data-testid="stDeckGlJsonChart"]');
    const canvas = chart && chart.querySelector("canvas");
    if (!canvas) return null;
    const c = canvas.getBoundingClientRect(), box = chart.getBoundingClientRect();
    return c.height > 0 && Math.abs(c.width - box.width) < 2 ? canvas : null;
  };
  new MutationObserver(() => {
    const canvas = drawnCanvas();
    if (canvas && !window.__firstCanvas) window.__firstCanvas = canvas;
    for (const [name, sel] of Object.entries(parts)) {
      if (!window.__rest.some(([n]) => n === name) && document.querySelector(sel)) {
        window.__rest.push([name, canvas !== null]);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();
"""


def test_the_rest_of_the_page_comes_once_the_map_is_drawn_and_the_map_stays(server):
    """A new session's first run stops after the map; the browser asks for the rest once it
    has drawn the map (web.first_view), and keeps that map when the rest arrives. The rest's
    code is asked for with the rerun, before the rerun's elements arrive."""
    from eventmap.web import first_view

    events: list[tuple[str, str]] = []  # in the order Playwright reports them
    with chromium_page() as page:
        page.on("request", lambda r: events.append(("request", r.url.rsplit("/", 1)[-1])))
        page.on(
            "websocket",
            lambda ws: ws.on(
                "framereceived",
                lambda p: events.extend(("element", kind) for _, kind in _element_order([p])),
            ),
        )
        page.add_init_script(_WATCH_THE_REST)
        page.goto(server)
        _wait_for_app(page)
        page.locator('[data-testid="stDataFrame"]').last.wait_for(timeout=60_000)
        rest = dict(page.evaluate("window.__rest"))
        assert rest == {"filters": True, "timeline": True, "table": True}
        assert page.evaluate(
            "() => window.__firstCanvas === document.querySelector("
            "'[data-testid=\"stDeckGlJsonChart\"] canvas')"
        )
        assert _metric(page, "Meetings").inner_text() == "14"
    timeline_sent = events.index(("element", "vega_lite_chart"))
    for chunk in first_view.rest_chunks():
        assert events.index(("request", chunk)) < timeline_sent, chunk


def test_artifacts_are_git_ignored():
    ignored = (ROOT / ".gitignore").read_text().split()
    assert "artifacts/" in ignored
    assert Path(ARTIFACTS).name == "artifacts"
