from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Shared fixtures and local stand-in servers live in tests/support (imported by module name).
sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))

from listing_server import listing_site  # noqa: E402, F401  (a fixture: a local web site)
from located_fixtures import located_env  # noqa: E402, F401  (a fixture: data, store, cache)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "listings" / "upcoming-meetings.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session", autouse=True)
def _shared_cache_dir(tmp_path_factory):
    """One cache folder for the session (and the processes it starts), so the place index is
    built once rather than in every test's data folder. Tests of the cache set their own."""
    import os

    folder = tmp_path_factory.mktemp("cache")
    old = os.environ.get("EVENTMAP_CACHE_DIR")
    os.environ["EVENTMAP_CACHE_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("EVENTMAP_CACHE_DIR", None)
    else:
        os.environ["EVENTMAP_CACHE_DIR"] = old


@pytest.fixture(autouse=True)
def _settings_follow_env(monkeypatch):
    """Settings are read once per process; a test that changes the environment gets new ones."""
    from eventmap import config

    config.reload_settings()
    for name in ("setenv", "delenv"):
        original = getattr(monkeypatch, name)

        def changed(*args, _original=original, **kwargs):
            _original(*args, **kwargs)
            config.reload_settings()

        setattr(monkeypatch, name, changed)
    yield
    config.reload_settings()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path):
    """A fresh, empty store database: a SQLite file under ``tmp_path/data``, or a new database
    on the test PostgreSQL. Tests about SQLite itself narrow it with
    ``@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)``."""
    from db_support import fresh_postgres_database, postgres_admin_url

    from eventmap import store

    if request.param == "sqlite":
        (tmp_path / "data").mkdir(exist_ok=True)
        yield f"sqlite:///{tmp_path / 'data' / 'eventmap.db'}"
        store.dispose_engines()
        return
    with fresh_postgres_database(postgres_admin_url()) as url:
        yield url
