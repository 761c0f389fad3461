"""Shared set-up for the AppTest tests: a private data folder and database per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60  # the first run parses and geocodes; later runs hit the cache


def make_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder holding the bundled listings, and a database of its own (for a fixture)."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "listings", data / "listings")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(data))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'eventmap.db'}")
    monkeypatch.chdir(ROOT)
    return data


def run_app(path: str = "app.py", **query: str | list[str]) -> AppTest:
    """The page as a user sees it once it has loaded (for the home page: after the rerun the
    browser asks for when it has drawn the map, see :func:`after_map_drawn`)."""
    at = AppTest.from_file(str(ROOT / path), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return after_map_drawn(at.run())


def after_map_drawn(at: AppTest) -> AppTest:
    """Run again if the run ended waiting for the browser to draw the map (``web.first_view``):
    in a browser that component asks for this rerun, which draws the whole page."""
    if at.get("bidi_component"):
        at.run()
    return at


MANAGE_PAGE = "app_pages/4_Manage_data.py"
ADMIN_PASSWORD = "correct horse battery staple"


def signed_in_manage(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """Manage data after signing in with the organizer password (set here)."""
    from eventmap.core import admin

    monkeypatch.setenv(admin.PASSWORD_ENV, ADMIN_PASSWORD)
    at = run_app(MANAGE_PAGE)
    at.text_input(key="admin_password").set_value(ADMIN_PASSWORD)
    at.button(key="sign_in_button").click().run()
    assert not at.exception and not at.error
    return at


def deck_specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.json) for el in at.get("deck_gl_json_chart")]


def map_meeting_count(at: AppTest) -> int:
    """Points on the dashboard's map (records in its pickable meeting layers)."""
    spec = deck_specs(at)[0]
    return sum(
        len(layer["data"]) for layer in spec["layers"] if layer["id"].startswith("meetings-")
    )


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def qp(at: AppTest, key: str) -> list[str]:
    """All values of a query parameter the app set."""
    value = at.query_params.get(key)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]
