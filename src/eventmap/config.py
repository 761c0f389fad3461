"""Settings: every knob eventmap has, read from the environment once.

``settings()`` returns the one frozen ``Settings`` of this process, built on first use from the
``EVENTMAP_*`` variables. Nothing else in the library reads ``os.environ``. Code that needs a
different configuration (tests, a second store) builds its own with ``Settings.from_env(env)``
or ``dataclasses.replace`` and passes it down; ``reload_settings()`` drops the cached one after
the environment has changed (tests do this through a fixture).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from eventmap.errors import ConfigurationError

# The data folder of a source checkout (the shipped campus and pin tables live here).
SHIPPED_DATA = Path(__file__).resolve().parents[2] / "data"
LISTING_SUFFIXES = frozenset({".txt", ".html", ".htm"})
OFFLINE = "offline"

DEFAULT_MAX_LISTING_BYTES = 10 * 1024 * 1024
DEFAULT_FETCH_TIMEOUT = 20.0
DEFAULT_DB_TIMEOUT = 10.0


@dataclass(frozen=True)
class Settings:
    """One process's configuration. Field names follow the variables (``EVENTMAP_`` dropped)."""

    data_dir: Path = SHIPPED_DATA
    db: str | None = None  # EVENTMAP_DB; None means the SQLite file under data_dir
    db_timeout: float = DEFAULT_DB_TIMEOUT  # seconds to connect or wait for the writer lock
    max_listing_bytes: int = DEFAULT_MAX_LISTING_BYTES
    geocoder: str = OFFLINE
    geocoder_domain: str | None = None
    geocoder_scheme: str | None = None
    geocoder_api_key: str | None = None
    geocoder_timeout: float = 10.0
    geocoder_min_delay: float = 1.0
    geocode_cache: str | None = None  # a file or a database URL; see geocode_cache_target
    cache_dir: Path | None = None  # None means data_dir/cache: the place index, located datasets
    user_agent: str | None = None  # sent when geocoding online and when fetching pages
    fetch_timeout: float = DEFAULT_FETCH_TIMEOUT  # seconds to connect, and to receive a page
    fetch_private: bool = False  # may pages be fetched from this machine or a private network
    admin_password: str | None = None
    admin_password_hash: str | None = None  # "scrypt$..." from `eventmap hash-password`
    signin_free_attempts: int = 5  # wrong passwords before sign-in is refused for a while
    signin_delay: float = 30.0  # the first refusal, in seconds; it doubles with each failure
    signin_max_delay: float = 3600.0
    visitor_lookups_per_session: int = 10  # online lookups per visitor session per window
    visitor_lookups_global: int = 30  # online lookups from all visitors together per window
    visitor_lookup_window: float = 60.0  # seconds
    first_view: bool = True  # the home page's map first, the rest once drawn (web.first_view)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``env`` (default ``os.environ``); a bad number raises ConfigurationError."""
        env = os.environ if env is None else env

        def text(name: str) -> str | None:
            value = env.get(f"EVENTMAP_{name}", "").strip()
            return value or None

        def flag(name: str, default: bool) -> bool:
            # "1"/"true"/"yes" and "0"/"false"/"no" say so; unset or anything else keeps the default.
            raw = (text(name) or "").casefold()
            if raw in ("1", "true", "yes"):
                return True
            return False if raw in ("0", "false", "no") else default

        def number(name: str, default: float, kind: type = float) -> float:
            raw = text(name)
            if raw is None:
                return default
            try:
                value = kind(raw)
            except ValueError:
                raise ConfigurationError(
                    f"EVENTMAP_{name}={raw!r} is not a {'whole ' if kind is int else ''}number"
                ) from None
            if value < 0:
                raise ConfigurationError(f"EVENTMAP_{name} must not be negative")
            return value

        data = text("DATA_DIR")
        if data:
            data_dir = Path(data)
        elif SHIPPED_DATA.is_dir():
            data_dir = SHIPPED_DATA
        else:
            data_dir = Path.cwd() / "data"
        cache = text("GEOCODE_CACHE")
        cache_dir = text("CACHE_DIR")
        return cls(
            data_dir=data_dir,
            db=text("DB"),
            db_timeout=number("DB_TIMEOUT", DEFAULT_DB_TIMEOUT),
            max_listing_bytes=int(number("MAX_LISTING_BYTES", DEFAULT_MAX_LISTING_BYTES, int)),
            geocoder=(text("GEOCODER") or OFFLINE).casefold(),
            geocoder_domain=text("GEOCODER_DOMAIN"),
            geocoder_scheme=text("GEOCODER_SCHEME"),
            geocoder_api_key=text("GEOCODER_API_KEY"),
            geocoder_timeout=number("GEOCODER_TIMEOUT", 10.0),
            geocoder_min_delay=number("GEOCODER_MIN_DELAY", 1.0),
            geocode_cache=cache,
            cache_dir=Path(cache_dir) if cache_dir else None,
            user_agent=text("USER_AGENT"),
            fetch_timeout=number("FETCH_TIMEOUT", DEFAULT_FETCH_TIMEOUT),
            fetch_private=flag("FETCH_PRIVATE", False),
            admin_password=env.get("EVENTMAP_ADMIN_PASSWORD") or None,
            admin_password_hash=text("ADMIN_PASSWORD_HASH"),
            signin_free_attempts=int(number("SIGNIN_FREE_ATTEMPTS", 5, int)),
            signin_delay=number("SIGNIN_DELAY", 30.0),
            signin_max_delay=number("SIGNIN_MAX_DELAY", 3600.0),
            visitor_lookups_per_session=int(number("VISITOR_LOOKUPS_PER_SESSION", 10, int)),
            visitor_lookups_global=int(number("VISITOR_LOOKUPS_GLOBAL", 30, int)),
            visitor_lookup_window=number("VISITOR_LOOKUP_WINDOW", 60.0),
            first_view=flag("FIRST_VIEW", True),
        )

    @property
    def listings_dir(self) -> Path:
        return self.data_dir / "listings"

    @property
    def db_url(self) -> str:
        """``EVENTMAP_DB``, else ``sqlite:///<data_dir>/eventmap.db``."""
        return self.db or f"sqlite:///{self.data_dir / 'eventmap.db'}"

    @property
    def cache_path(self) -> Path:
        """The cache folder: ``EVENTMAP_CACHE_DIR``, else ``<data_dir>/cache``. Everything in it
        can be deleted; it is rebuilt on demand."""
        return self.cache_dir or self.data_dir / "cache"

    @property
    def geocode_cache_target(self) -> str | Path:
        """Where the persistent geocode cache lives: ``EVENTMAP_GEOCODE_CACHE`` (a SQLite file,
        or a database URL); else, when the store is a database server shared by several app
        servers, the store's database (its own table), so they all share one cache; else the
        SQLite file ``<cache folder>/geocode.sqlite``."""
        if self.geocode_cache:
            return self.geocode_cache if "://" in self.geocode_cache else Path(self.geocode_cache)
        if self.db and not self.db.split(":", 1)[0].startswith("sqlite"):
            return self.db
        return self.cache_path / "geocode.sqlite"

    def bundled_listing_paths(self) -> list[Path]:
        """The bundled listing pages, in name order."""
        folder = self.listings_dir
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in LISTING_SUFFIXES)

    def shipped_table(self, name: str) -> Path:
        """A data table (``campuses.csv``, ``venues.csv``) from data_dir, else the shipped copy."""
        path = self.data_dir / name
        return path if path.is_file() else SHIPPED_DATA / name


@functools.cache
def settings() -> Settings:
    """This process's settings, read from the environment on first use."""
    return Settings.from_env()


def reload_settings() -> None:
    """Forget the cached settings so the next ``settings()`` reads the environment again."""
    settings.cache_clear()
