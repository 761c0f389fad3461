"""Minimum-interval rate limiters: per process, or shared by every server using one database.

Public Nominatim allows one request per second for a whole application, so the limiter for an
endpoint is one object per process (:func:`shared_limiter`), not one per session or geocoder;
and when several app servers share a database, one row in it (:class:`DatabaseRateLimiter`,
:func:`shared_database_limiter`), so N servers together still send at most the configured rate.
``clock`` and ``sleep`` are injectable so tests run without real waiting.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from eventmap import config
from eventmap.db import create_tables, lock_timeout_sql, server_engine
from eventmap.errors import ProviderUnavailable

log = logging.getLogger(__name__)


class RateLimiter:
    def __init__(
        self,
        min_interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if min_interval < 0:
            raise ValueError("min_interval must be >= 0")
        self.min_interval = float(min_interval)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = float("-inf")  # earliest time the next request may start
        self.waited = 0.0  # total seconds slept, for reports and tests

    def acquire(self) -> float:
        """Block until a request may be sent; return how long this call waited."""
        with self._lock:  # held while sleeping: that is what serialises the threads
            now = self._clock()
            wait = self._next - now
            if wait > 0:
                self._sleep(wait)
                self.waited += wait
                now = self._clock()
                now = max(now, self._next)
            self._next = now + self.min_interval
            return max(wait, 0.0)

    def defer(self, seconds: float) -> None:
        """Push the next allowed request at least ``seconds`` into the future (Retry-After)."""
        with self._lock:
            self._next = max(self._next, self._clock() + max(0.0, seconds))


_registry: dict[str, RateLimiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(key: str, min_interval: float) -> RateLimiter:
    """The process-wide limiter for one endpoint (created on first use)."""
    with _registry_lock:
        lim = _registry.get(key)
        if lim is None:
            lim = _registry[key] = RateLimiter(min_interval)
        else:
            lim.min_interval = max(lim.min_interval, float(min_interval))
        return lim


# Shared by every server using one database ----------------------------------------------------
_rate_metadata = sa.MetaData()
rate_table = sa.Table(
    "geocode_rate",
    _rate_metadata,
    sa.Column("endpoint", sa.String(300), primary_key=True),
    sa.Column("next_at", sa.Float, nullable=False),  # seconds since the epoch, database clock
)


class DatabaseRateLimiter:
    """A minimum interval between requests kept in a database row, so N app servers sharing
    that database together send at most one request per ``min_interval``.

    ``acquire`` reserves the next free slot in one short transaction (the row is locked only
    while it is read and moved on) and then sleeps until that slot outside any transaction.
    Times come from the database's clock on PostgreSQL, so servers whose clocks disagree still
    space their requests. Same interface as ``RateLimiter``; a database failure raises
    ``ProviderUnavailable`` (the geocoder then uses its offline tables) rather than sending
    a request that might break the provider's limit."""

    def __init__(
        self,
        engine: Engine,
        endpoint: str,
        min_interval: float = 1.0,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if min_interval < 0:
            raise ValueError("min_interval must be >= 0")
        self.engine = engine
        self.endpoint = endpoint
        self.min_interval = float(min_interval)
        self._sleep = sleep
        self.waited = 0.0
        self.last_slot: float | None = None  # when the last acquire's request was scheduled
        self._ready = False

    def _now(self, conn) -> float:
        if conn.dialect.name == "postgresql":
            return float(conn.scalar(sa.select(sa.extract("epoch", sa.func.clock_timestamp()))))
        return time.time()

    def _reserve(self, *, hold_for: float | None = None) -> tuple[float, float]:
        """Lock the row, read (now, next_at) and move next_at on; returns (now, slot start)."""
        t = rate_table
        try:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(lock_timeout_sql(config.settings().db_timeout))
                if not self._ready:
                    create_tables(conn, [rate_table])
                self._insert_row(conn)
                next_at = conn.scalar(
                    sa.select(t.c.next_at).where(t.c.endpoint == self.endpoint).with_for_update()
                )
                now = self._now(conn)
                if hold_for is None:  # acquire: take the next slot
                    start = max(now, next_at)
                    new = start + self.min_interval
                else:  # defer: nobody starts before now + hold_for
                    start = now
                    new = max(next_at, now + hold_for)
                conn.execute(sa.update(t).where(t.c.endpoint == self.endpoint).values(next_at=new))
            self._ready = True
            return now, start
        except sa.exc.SQLAlchemyError as exc:
            # The message reaches the pages (Geocoder.failures): the reason goes to the log.
            log.warning("shared geocoding rate limit unusable: %s", exc)
            raise ProviderUnavailable(
                "cannot reach the shared geocoding rate limit in the database; "
                "not asking the provider"
            ) from exc

    def _insert_row(self, conn) -> None:
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        conn.execute(
            insert(rate_table)
            .values(endpoint=self.endpoint, next_at=0.0)
            .on_conflict_do_nothing(index_elements=["endpoint"])
        )

    def acquire(self) -> float:
        """Block until a request may be sent; return how long this call waited."""
        now, start = self._reserve()
        self.last_slot = start
        wait = start - now
        if wait > 0:
            self._sleep(wait)
            self.waited += wait
        return max(wait, 0.0)

    def defer(self, seconds: float) -> None:
        """Push every server's next request at least ``seconds`` into the future (Retry-After)."""
        self._reserve(hold_for=max(0.0, seconds))


_db_registry: dict[tuple[str, str], DatabaseRateLimiter] = {}


def shared_database_limiter(url: str, endpoint: str, min_interval: float) -> DatabaseRateLimiter:
    """The limiter for ``endpoint`` kept in the database at ``url`` (one object per process)."""
    with _registry_lock:
        lim = _db_registry.get((url, endpoint))
        if lim is None:
            lim = _db_registry[(url, endpoint)] = DatabaseRateLimiter(
                server_engine(url), endpoint, min_interval
            )
        else:
            lim.min_interval = max(lim.min_interval, float(min_interval))
        return lim
