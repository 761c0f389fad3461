"""Visitor lookups: a per-session limit and a global budget on online lookups (offline answers
are never limited), with a friendly "try again in N s"; tested against the local Nominatim."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from app_fixtures import make_env
from nominatim_server import FakeNominatim
from streamlit.testing.v1 import AppTest

from eventmap import web
from eventmap.core.visitor import LookupBudget
from eventmap.errors import TooManyLookups
from eventmap.geo import geocoder as geocode
from eventmap.store import dispose_engines

PAGE = str(Path(__file__).resolve().parents[2] / "app_pages" / "1_Find_a_meeting.py")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_session_gets_its_limit_per_window_then_a_wait() -> None:
    clock = Clock()
    budget = LookupBudget(per_session=10, total=30, window=60, clock=clock)
    for _ in range(10):
        clock.now += 0.5
        budget.take("a")
    with pytest.raises(TooManyLookups, match=r"from you: please try again in 56 s") as exc:
        budget.take("a")
    assert exc.value.retry_after == pytest.approx(55.5)
    budget.take("b")  # another visitor is not held up by the first one
    clock.now += 56
    budget.take("a")  # the oldest lookup left the window


def test_all_sessions_together_share_the_global_budget() -> None:
    clock = Clock()
    budget = LookupBudget(per_session=10, total=30, window=60, clock=clock)
    for i in range(30):
        budget.take(f"tab-{i}")  # thirty new tabs, one lookup each
    with pytest.raises(TooManyLookups, match="on this site right now"):
        budget.take("tab-new")
    clock.now += 60
    budget.take("tab-new")


@pytest.fixture
def online(tmp_path, monkeypatch):
    """The visitor page with an online geocoder: the local Nominatim stand-in, no delay."""
    make_env(tmp_path, monkeypatch)
    with FakeNominatim({"1 hostile way": (42.28, -83.74)}) as server:
        monkeypatch.setenv("EVENTMAP_GEOCODER", "nominatim")
        monkeypatch.setenv("EVENTMAP_GEOCODER_DOMAIN", server.domain)
        monkeypatch.setenv("EVENTMAP_GEOCODER_SCHEME", "http")
        monkeypatch.setenv("EVENTMAP_GEOCODER_MIN_DELAY", "0")
        monkeypatch.setenv("EVENTMAP_GEOCODE_CACHE", str(tmp_path / "geocode.sqlite"))
        monkeypatch.setenv("EVENTMAP_USER_AGENT", "eventmap-tests")
        geocode.reset_default_geocoder()
        web.reset_visitor_budget()
        yield server
        geocode.reset_default_geocoder()
        web.reset_visitor_budget()
        dispose_engines()


def _search(at: AppTest, text: str) -> AppTest:
    return at.text_input(key="nearest_query").set_value(text).run()


def test_the_page_refuses_the_eleventh_online_lookup_within_ten_seconds(online) -> None:
    at = AppTest.from_file(PAGE, default_timeout=90).run()
    _search(at, "48104")  # warm up: builds the dataset; a ZIP is answered offline
    assert online.count == 0
    started = time.monotonic()
    for i in range(10):
        _search(at, f"{100 + i} Hostile Way, Ann Arbor")
        assert not any("Too many" in w.value for w in at.warning)
    assert online.count == 10
    _search(at, "111 Hostile Way, Ann Arbor")
    assert time.monotonic() - started < 10
    (warning,) = [w.value for w in at.warning]
    assert warning.startswith(web.md_escape("Too many searches from you: please try again in"))
    assert online.count == 10  # the provider was not asked
    _search(at, "Ann Arbor, MI")  # offline answers are not limited
    assert not at.warning and online.count == 10
    assert any("Ann Arbor" in m.value for m in at.markdown)
    fresh = _search(AppTest.from_file(PAGE, default_timeout=90).run(), "112 Hostile Way")
    assert not any("Too many" in w.value for w in fresh.warning)  # another visitor's session
    assert online.count == 11
