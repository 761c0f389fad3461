"""The home page's first view: the map first, the rest of the page once the browser has drawn it.

Measured in Chromium on a two-core machine (``benchmarks/bench_cold.py``): when a new session's
first script run sends the whole page, the browser fetches deck.gl's 3 MB and the small chunk it
imports while starting, behind some fifty chunks for the timeline (vega), the table (the data
grid) and the sidebar widgets (HTTP/1.1 allows six requests at a time to one server), and runs
their first renders before the map's; meanwhile the server's Python thread builds the rest of the
page and holds the GIL that the same process needs to send those files. The canvas then came 0.2
to 1 s after the minimal one-chart app's, varying from run to run with the order things happened
to arrive in.

So a session's first run of the home page draws what is above and on the map (title, figures,
map, legend, credits) and ends with a small browser component that asks for a rerun once the map's
canvas has its size (deck.gl sizes it when it draws its first frame). That rerun draws the whole
page, so the timeline, the table and the sidebar filters come while the map is already on screen.
With the rerun the component starts loading those elements' code (Streamlit's chunks for them),
which the browser would otherwise ask for only once the rerun's elements arrive, one chunk's
imports after another.
Every later run, and every run after a user's action, draws the whole page at once. If the map
cannot draw (no WebGL), the component asks anyway after :data:`FALLBACK_MS`.

``EVENTMAP_FIRST_VIEW=0`` switches the first view off: the whole page in the first run, as before
it (the baseline of ``benchmarks/bench_cold.py``'s whole-page row).
"""

from __future__ import annotations

import functools
from pathlib import Path

import streamlit as st

from eventmap import config

_SHOWN = "_home_page_shown"
FALLBACK_MS = 4000
_NAME = "eventmap.map_drawn"
_KEY = "map_drawn"

# Waits for the first canvas in the map element to be as wide as the element (deck.gl sizes its
# canvas when it draws the first frame), one more frame for it to reach the screen, then starts
# loading the code of the rest of the page (``data``: Streamlit's chunk files for those elements,
# next to its own entry script, so the module URLs are the ones its lazy imports will ask for) and
# asks for the rerun: the code arrives while the server reruns instead of after the rerun's
# elements have arrived, one chunk's imports after another.
_JS = (
    """
export default function ({ data, setTriggerValue }) {
  let done = false, frame = 0, timer = 0;
  const prefetch = () => {
    const entry = document.querySelector('script[type="module"][src*="/static/js/index."]');
    if (!entry || !Array.isArray(data)) return;
    for (const file of data) import(new URL(file, entry.src).href).catch(() => {});
  };
  const fire = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    prefetch();
    setTriggerValue("drawn", true);
  };
  const drawn = () => {
    const chart = document.querySelector('[data-testid="stDeckGlJsonChart"]');
    const canvas = chart && chart.querySelector("canvas");
    if (!canvas) return false;
    const c = canvas.getBoundingClientRect(), box = chart.getBoundingClientRect();
    return c.height > 0 && c.width > 0 && Math.abs(c.width - box.width) < 2;
  };
  const check = () => {
    if (done) return;
    frame = requestAnimationFrame(drawn() ? () => requestAnimationFrame(fire) : check);
  };
  timer = setTimeout(fire, FALLBACK_MS);
  check();
  return () => { done = true; cancelAnimationFrame(frame); clearTimeout(timer); };
}
"""
).replace("FALLBACK_MS", str(FALLBACK_MS))

# The elements the rest of the home page draws, by the names of their chunks in Streamlit's
# frontend build (the sidebar's multiselects and date inputs, the timeline's row choice, the
# timeline, the table). Looked up in the installed Streamlit; a name it lacks is left out.
REST_ELEMENTS = ("Multiselect", "DateInput", "ButtonGroup", "ArrowVegaLiteChart", "DataFrame")


@functools.cache
def rest_chunks() -> tuple[str, ...]:
    """The file names of :data:`REST_ELEMENTS`' chunks in the installed Streamlit's build."""
    folder = Path(st.__file__).parent / "static" / "static" / "js"
    found = []
    for name in REST_ELEMENTS:
        found += sorted(p.name for p in folder.glob(f"{name}.*.js"))[:1]
    return tuple(found)


def map_first() -> bool:
    """True on a session's first run of the home page: draw the map and what is above it, then
    :func:`rerun_when_map_drawn` instead of the rest. False on every other run, and always when
    the first view is switched off (``EVENTMAP_FIRST_VIEW=0``)."""
    if st.session_state.get(_SHOWN) or not config.settings().first_view:
        return False
    st.session_state[_SHOWN] = True
    return True


def _component():
    # Registered on every call, not cached in the process: at Streamlit 1.60 (our floor) the
    # registry belongs to the runtime, so a component registered under an earlier runtime (an
    # earlier AppTest in the same process) is unknown to the next one.
    return st.components.v2.component(_NAME, js=_JS)


def rerun_when_map_drawn() -> None:
    """Put the (invisible) component that, once the browser has drawn the map, starts loading
    the rest of the page's code and asks for the rerun that draws the rest."""
    _component()(key=_KEY, data=list(rest_chunks()), on_drawn_change=_noop)


def _noop() -> None:
    """The trigger's callback: the rerun it causes is all that is needed."""
