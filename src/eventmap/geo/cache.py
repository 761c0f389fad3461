"""The persistent geocode cache: SQLite in WAL mode, one connection per thread.

Keyed by provider + normalized query. A hit stores coordinates; a true "no match" is stored as a
negative entry that expires. Provider failures are never stored. A corrupt or unreadable file is
moved aside with a warning and a fresh cache is built in its place.
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

log = logging.getLogger(__name__)

NEGATIVE_TTL = 30 * 24 * 3600.0  # a "no match" is asked again after 30 days
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
        except sqlite3.DatabaseError as exc:
            self._recover(exc)

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
        if row is None:
            return None
        found, lat, lon, label, kind, expires = row
        if expires is not None and expires <= self._clock():
            return None
        if found:
            return CacheEntry(True, lat, lon, label, kind)
        return CacheEntry(False)

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
