"""The persistent geocode cache: a SQLite file per server, or one table in a shared database.

Keyed by provider + normalized query. A hit stores coordinates; a true "no match" is stored as a
negative entry that expires. Provider failures are never stored.

``GeocodeCache`` is a SQLite file in WAL mode, one connection per thread. A corrupt or
unreadable file is moved aside with a warning and a fresh cache is built in its place.
``DatabaseGeocodeCache`` keeps the same entries in a database server (by default the store's
PostgreSQL) so that every app server shares them. Both carry a schema version: the file in
``PRAGMA user_version``, the table in ``geocode_cache_version``; a cache made by a newer
release is left alone and not used.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from eventmap import config
from eventmap.db import create_tables, is_url, lock_timeout_sql, safe_url, server_engine

log = logging.getLogger(__name__)

NEGATIVE_TTL = 30 * 24 * 3600.0  # a "no match" is asked again after 30 days
FILE_SCHEMA_VERSION = 1  # PRAGMA user_version of a cache file this release writes
SCHEMA = """
CREATE TABLE IF NOT EXISTS geocode (
    provider TEXT NOT NULL,
    query    TEXT NOT NULL,
    found    INTEGER NOT NULL,
    lat      REAL,
    lon      REAL,
    label    TEXT,
    kind     TEXT,
    created  REAL NOT NULL,
    expires  REAL,
    PRIMARY KEY (provider, query)
) WITHOUT ROWID
"""


class CacheWarning(UserWarning):
    """The cache file was unusable and has been moved aside."""


@dataclass(frozen=True)
class CacheEntry:
    found: bool
    lat: float | None = None
    lon: float | None = None
    label: str | None = None
    kind: str | None = None  # the provider's own type for the hit (city, building, ...)


class GeocodeCache:
    """Thread-safe and multi-process-safe key/value store for geocoder answers."""

    def __init__(self, path: str | Path, *, clock=time.time):
        self.path = Path(path)
        self._clock = clock
        self._local = threading.local()
        self._lock = threading.Lock()
        self._generation = 0
        self.disabled = False
        self.warnings: list[str] = []
        self._setup()

    # -- connections -------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            conn.close()
            raise
        return conn

    def _conn(self) -> sqlite3.Connection:
        local = self._local
        conn = getattr(local, "conn", None)
        if conn is None or getattr(local, "generation", -1) != self._generation:
            if conn is not None:
                conn.close()
            conn = self._connect()
            local.conn, local.generation = conn, self._generation
        return conn

    def _setup(self) -> None:
        try:
            conn = self._conn()
            conn.execute(SCHEMA)
            row = conn.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {row}")
            self._check_version(conn)
        except sqlite3.DatabaseError as exc:
            self._recover(exc)

    def _check_version(self, conn: sqlite3.Connection) -> None:
        """Stamp a new (or pre-version) file; leave a newer release's file alone, unused."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < FILE_SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {FILE_SCHEMA_VERSION}")
        elif version > FILE_SCHEMA_VERSION:
            self.disabled = True
            msg = (
                f"geocode cache {self.path} has schema version {version}, newer than this "
                f"eventmap's {FILE_SCHEMA_VERSION}; running without it (upgrade eventmap)"
            )
            self.warnings.append(msg)
            log.warning(msg)
            warnings.warn(msg, CacheWarning, stacklevel=4)

    def _recover(self, exc: Exception) -> None:
        """Move the unusable file aside and start a fresh one; disable the cache if that fails."""
        with self._lock:
            conn = getattr(self._local, "conn", None)
            if conn is not None:
                conn.close()
                self._local.conn = None
            self._generation += 1
            stamp = time.strftime("%Y%m%d-%H%M%S")
            aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{os.getpid()}")
            msg = f"geocode cache {self.path} is unusable ({exc}); "
            try:
                if self.path.is_dir():
                    raise IsADirectoryError(f"{self.path} is a directory")
                if self.path.exists():
                    os.replace(self.path, aside)
                    msg += f"moved it to {aside.name} and started a new one"
                else:
                    msg += "started a new one"
                for suffix in ("-wal", "-shm"):
                    side = Path(str(self.path) + suffix)
                    if side.exists():
                        os.replace(side, Path(str(aside) + suffix))
                conn = self._connect()
                conn.execute(SCHEMA)
                conn.execute(f"PRAGMA user_version = {FILE_SCHEMA_VERSION}")
                self._local.conn, self._local.generation = conn, self._generation
            except (OSError, sqlite3.Error) as exc2:
                self.disabled = True
                msg = f"geocode cache {self.path} is unusable ({exc}; {exc2}); running without it"
        self.warnings.append(msg)
        log.warning(msg)
        warnings.warn(msg, CacheWarning, stacklevel=3)

    def _run(self, sql: str, params: tuple = (), *, fetch: bool = False):
        if self.disabled:
            return None
        for attempt in (0, 1):
            try:
                cur = self._conn().execute(sql, params)
                return cur.fetchone() if fetch else None
            except sqlite3.OperationalError as exc:
                # "database is locked" after busy_timeout: report, don't crash the caller.
                if "locked" in str(exc) or "busy" in str(exc):
                    log.warning("geocode cache busy: %s", exc)
                    return None
                if attempt:
                    raise
                self._recover(exc)
            except sqlite3.DatabaseError as exc:
                if attempt:
                    log.warning("geocode cache failed again: %s", exc)
                    return None
                self._recover(exc)
        return None

    # -- API -----------------------------------------------------------------------------------
    def get(self, provider: str, query: str) -> CacheEntry | None:
        """The stored answer, or None when absent or a negative entry has expired."""
        row = self._run(
            "SELECT found, lat, lon, label, kind, expires FROM geocode WHERE provider=? AND query=?",
            (provider, query),
            fetch=True,
        )
        return _entry(row, self._clock())

    def put(
        self, provider: str, query: str, lat: float, lon: float, label: str | None = None,
        kind: str | None = None,
    ) -> None:  # fmt: skip
        self._run(
            "INSERT OR REPLACE INTO geocode VALUES (?, ?, 1, ?, ?, ?, ?, ?, NULL)",
            (provider, query, lat, lon, label, kind, self._clock()),
        )

    def put_negative(self, provider: str, query: str, ttl: float = NEGATIVE_TTL) -> None:
        now = self._clock()
        self._run(
            "INSERT OR REPLACE INTO geocode VALUES (?, ?, 0, NULL, NULL, NULL, NULL, ?, ?)",
            (provider, query, now, now + ttl),
        )

    def count(self) -> int:
        row = self._run("SELECT count(*) FROM geocode", fetch=True)
        return int(row[0]) if row else 0

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


# The cache in a shared database ---------------------------------------------------------------
DB_SCHEMA_VERSION = 1  # of the tables below; stored in geocode_cache_version

db_metadata = sa.MetaData()
geocode_table = sa.Table(
    "geocode_cache",
    db_metadata,
    sa.Column("provider", sa.String(200), primary_key=True),
    sa.Column("query", sa.String(2000), primary_key=True),
    sa.Column("found", sa.Boolean, nullable=False),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("label", sa.Text),
    sa.Column("kind", sa.String(100)),
    sa.Column("created", sa.Float, nullable=False),
    sa.Column("expires", sa.Float),
)
version_table = sa.Table(
    "geocode_cache_version", db_metadata, sa.Column("version", sa.Integer, nullable=False)
)


class DatabaseGeocodeCache:
    """The geocode cache in a database server that several app servers share (by default the
    store's PostgreSQL), so a place is looked up once for all of them and every server shows
    it in the same place. Same interface as ``GeocodeCache``. Errors reading or writing are
    logged and treated as a miss: the cache must never take geocoding down."""

    def __init__(self, url: str, *, clock=time.time):
        self.url = url
        self._clock = clock
        self.disabled = False
        self.warnings: list[str] = []
        self.engine = server_engine(url)
        self._setup()

    def _setup(self) -> None:
        try:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(lock_timeout_sql(config.settings().db_timeout))
                create_tables(conn, [geocode_table, version_table])
                version = conn.scalar(sa.select(sa.func.max(version_table.c.version)))
                if version is None:
                    conn.execute(sa.insert(version_table).values(version=DB_SCHEMA_VERSION))
                elif version > DB_SCHEMA_VERSION:
                    self._disable(
                        f"the shared geocode cache has schema version {version}, newer than "
                        f"this eventmap's {DB_SCHEMA_VERSION}; running without it (upgrade "
                        "eventmap)",
                        safe_url(self.url),
                    )
        except sa.exc.SQLAlchemyError as exc:
            self._disable(
                "the shared geocode cache in the database is unusable; running without it",
                f"{safe_url(self.url)}: {_first_line(exc)}",
            )

    def _disable(self, msg: str, detail: str = "") -> None:
        # ``warnings`` reach the pages (Geocoder.failures), so they name no database: the
        # address and the reason go to the log only.
        self.disabled = True
        self.warnings.append(msg)
        log.warning("%s%s", msg, f" ({detail})" if detail else "")
        warnings.warn(msg, CacheWarning, stacklevel=3)

    def _run(self, statement, *, fetch: bool = False):
        if self.disabled:
            return None
        try:
            with self.engine.begin() as conn:
                result = conn.execute(statement)
                return result.first() if fetch else None
        except sa.exc.SQLAlchemyError as exc:
            log.warning("shared geocode cache failed: %s", _first_line(exc))
            return None

    def get(self, provider: str, query: str) -> CacheEntry | None:
        t = geocode_table
        row = self._run(
            sa.select(t.c.found, t.c.lat, t.c.lon, t.c.label, t.c.kind, t.c.expires).where(
                t.c.provider == provider, t.c.query == query
            ),
            fetch=True,
        )
        return _entry(row, self._clock())

    def _upsert(self, values: dict) -> None:
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        stmt = insert(geocode_table).values(**values)
        keys = ("provider", "query")
        self._run(
            stmt.on_conflict_do_update(
                index_elements=keys, set_={k: v for k, v in values.items() if k not in keys}
            )
        )

    def put(
        self, provider: str, query: str, lat: float, lon: float, label: str | None = None,
        kind: str | None = None,
    ) -> None:  # fmt: skip
        self._upsert(
            dict(provider=provider, query=query, found=True, lat=lat, lon=lon, label=label,
                 kind=kind, created=self._clock(), expires=None)
        )  # fmt: skip

    def put_negative(self, provider: str, query: str, ttl: float = NEGATIVE_TTL) -> None:
        now = self._clock()
        self._upsert(
            dict(provider=provider, query=query, found=False, lat=None, lon=None, label=None,
                 kind=None, created=now, expires=now + ttl)
        )  # fmt: skip

    def count(self) -> int:
        row = self._run(sa.select(sa.func.count()).select_from(geocode_table), fetch=True)
        return int(row[0]) if row else 0

    def close(self) -> None:
        """Nothing to do: the engine's pool is shared by the process."""


def _entry(row, now: float) -> CacheEntry | None:
    if row is None:
        return None
    found, lat, lon, label, kind, expires = row
    if expires is not None and expires <= now:
        return None
    if found:
        return CacheEntry(True, lat, lon, label, kind)
    return CacheEntry(False)


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_cache(target: str | Path) -> GeocodeCache | DatabaseGeocodeCache:
    """The cache at ``target``: a database URL (shared by servers) or a SQLite file path."""
    if isinstance(target, str) and is_url(target):
        return DatabaseGeocodeCache(target)
    return GeocodeCache(target)
