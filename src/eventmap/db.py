"""Database URLs and engines for what several app servers share (the store, the geocode cache
and the geocoder's rate limit): how to name a database without its password, and how long to
wait for one (``EVENTMAP_DB_TIMEOUT``)."""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from eventmap import config

# PostgreSQL advisory lock held while shared tables are created (servers starting at once).
SETUP_LOCK_KEY = 0x67656F6361636865  # "geocache"

# Every engine of this process, whoever made it (the store's, the shared tables'), keyed by
# process id (a pooled connection must never cross a fork), purpose, URL and timeout.
_ENGINES: dict[tuple[int, str, str, float], Engine] = {}
_LOCK = threading.Lock()


def safe_url(url: str) -> str:
    """The URL with its password masked; for organizers and the CLI, never for visitors."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(unparsable URL)"


def is_url(text: str) -> bool:
    """True for a database URL (``scheme://...``), False for a file path."""
    return "://" in text


def is_sqlite(url: str) -> bool:
    try:
        return sa.make_url(url).get_backend_name() == "sqlite"
    except sa.exc.ArgumentError:
        return False


def connect_args(url: sa.URL, timeout: float) -> dict:
    """Driver arguments that bound connecting (and, on SQLite, waiting for a lock)."""
    backend, driver = url.get_backend_name(), url.get_driver_name()
    if backend == "sqlite":
        return {"timeout": timeout}
    if backend == "postgresql" and driver in ("psycopg", "psycopg2", "psycopg2cffi"):
        return {"connect_timeout": max(2, math.ceil(timeout))}  # libpq: whole seconds, >= 2
    return {}


def lock_timeout_sql(timeout: float) -> str:
    """PostgreSQL's statement bounding lock waits for the rest of the transaction."""
    # SET cannot take a bind parameter; the value is a number formatted here.
    return f"SET LOCAL lock_timeout = '{max(1, int(timeout * 1000))}ms'"


def cached_engine(purpose: str, url: str, make: Callable[[str, float], Engine]) -> Engine:
    """This process's engine for ``url`` and ``purpose``, made by ``make(url, timeout)`` on
    first use, with ``timeout`` the ``EVENTMAP_DB_TIMEOUT`` setting."""
    timeout = config.settings().db_timeout
    key = (os.getpid(), purpose, url, timeout)
    with _LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = _ENGINES[key] = make(url, timeout)
        return engine


def _make_server_engine(url: str, timeout: float) -> Engine:
    parsed = sa.make_url(url)
    return sa.create_engine(
        parsed,
        connect_args=connect_args(parsed, timeout),
        pool_pre_ping=True,
        pool_timeout=timeout,
    )


def server_engine(url: str) -> Engine:
    """This process's engine for a database server at ``url`` (not SQLite files: the store has
    its own engines for those), with connecting bounded by ``EVENTMAP_DB_TIMEOUT``."""
    return cached_engine("shared", url, _make_server_engine)


def dispose_engines() -> None:
    """Close every pooled connection of this process's engines (tests; before a fork)."""
    with _LOCK:
        for (pid, *_rest), engine in list(_ENGINES.items()):
            if pid == os.getpid():
                engine.dispose()
        _ENGINES.clear()


def create_tables(conn: sa.Connection, tables: list[sa.Table]) -> None:
    """Create ``tables`` if they are missing, safely when several servers start at once:
    ``CREATE TABLE IF NOT EXISTS`` (atomic on SQLite), and on PostgreSQL under an advisory lock
    too, where two concurrent creations of one table can still collide."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.select(sa.func.pg_advisory_xact_lock(SETUP_LOCK_KEY)))
    for table in tables:
        conn.execute(sa.schema.CreateTable(table, if_not_exists=True))
