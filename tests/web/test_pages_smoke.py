"""Every page of the app runs on the bundled listing without an exception (AppTest)."""

from __future__ import annotations

import pytest
from app_fixtures import ROOT, make_env, run_app

PAGES = ["app.py"] + sorted(
    p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py")
)


@pytest.fixture
def app_env(tmp_path, monkeypatch):
    return make_env(tmp_path, monkeypatch)


@pytest.mark.parametrize("page", PAGES)
def test_page_runs(app_env, page):
    at = run_app(page)
    assert not at.exception, [e.message for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert len(at.main.children) > 0, "the page shows something"
