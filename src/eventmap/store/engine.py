"""Engines, bounded waits and the writer lock.

One SQLAlchemy engine per database URL and process. Every wait is bounded by
``EVENTMAP_DB_TIMEOUT`` (seconds, default 10): connecting (libpq ``connect_timeout``, the pool's
checkout), and waiting for the writer lock (SQLite's busy timeout; PostgreSQL's
``lock_timeout``). Past it the caller gets ``StoreBusy`` ("the database is busy ...") or
``StoreUnreachable`` ("cannot reach the database ..."), one line, never a hang.

Writers take turns: SQLite by ``BEGIN IMMEDIATE``, PostgreSQL by a transaction-scoped advisory
lock (``writer_lock``), so checks such as "import the bundled pages once" and "diff against
what this replaces" hold across processes and servers. Readers never wait for the writer lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from eventmap import config, db
from eventmap.db import connect_args, is_sqlite, lock_timeout_sql, safe_url
from eventmap.errors import StoreBusy, StoreError, StoreUnreachable

# Any constant shared by every eventmap process: the key of the one PostgreSQL advisory lock.
WRITER_LOCK_KEY = 0x6576656E746D6170  # "eventmap"


def default_url() -> str:
    """``EVENTMAP_DB``, else ``sqlite:///<data_dir>/eventmap.db``."""
    return config.settings().db_url


def db_timeout() -> float:
    """``EVENTMAP_DB_TIMEOUT``: the longest wait for a connection or the writer lock, seconds."""
    return config.settings().db_timeout


def _prepare_sqlite_path(url: sa.URL) -> None:
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return
    folder = Path(database).expanduser().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the folder {folder} for the eventmap database ({exc.strerror or exc}). "
            "Set EVENTMAP_DB to a writable location, e.g. sqlite:////tmp/eventmap.db."
        ) from exc


def make_engine(url: str, timeout: float | None = None) -> Engine:
    """A new engine for ``url`` whose waits are bounded by ``timeout`` (default the setting)."""
    timeout = db_timeout() if timeout is None else timeout
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(
            f"EVENTMAP_DB is not a database URL: {url!r}. "
            "Use e.g. sqlite:////path/to/eventmap.db or postgresql+psycopg://user@host/db."
        ) from exc
    sqlite = parsed.get_backend_name() == "sqlite"
    if sqlite:
        _prepare_sqlite_path(parsed)
    options: dict = {"connect_args": connect_args(parsed, timeout)}
    if not sqlite:
        options.update(pool_pre_ping=True, pool_timeout=timeout)
    try:
        engine = sa.create_engine(parsed, **options)
    except (sa.exc.ArgumentError, ImportError) as exc:
        hint = " (install the driver: pip install 'eventmap[postgres]')" if not sqlite else ""
        raise StoreError(f"cannot use the database {safe_url(url)}: {exc}{hint}") from exc
    if sqlite:
        _sqlite_events(engine, parsed, timeout)
    return engine


def _sqlite_events(engine: Engine, parsed: sa.URL, timeout: float) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy's "begin" event, not pysqlite, decide when transactions start.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            cur.execute("PRAGMA foreign_keys = ON")
            if parsed.database not in (None, "", ":memory:"):
                cur.execute("PRAGMA journal_mode = WAL")
        finally:
            cur.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the write lock up front, so it waits (busy timeout) for another
        # writer instead of failing when it upgrades a read lock mid-transaction.
        write = conn.get_execution_options().get("eventmap_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def engine_for(url: str) -> Engine:
    """This process's engine for ``url`` (created on first use)."""
    return db.cached_engine("store", url, make_engine)


def dispose_engines() -> None:
    """Close every pooled connection of this process (tests, and before handing a file over)."""
    from eventmap.store import migrate

    db.dispose_engines()
    migrate.forget_checked()


def writer_lock(dialect_name: str) -> sa.Executable | None:
    """The statement a write transaction runs first so that writers take turns, or None.

    SQLite gets that from ``BEGIN IMMEDIATE`` (see ``make_engine``); PostgreSQL from a
    transaction-scoped advisory lock, released at commit or rollback. Other databases: no
    guarantee (None).
    """
    if dialect_name == "postgresql":
        return sa.select(sa.func.pg_advisory_xact_lock(sa.literal(WRITER_LOCK_KEY, sa.BigInteger)))
    return None


def _bound_lock_waits(conn: Connection, timeout: float) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(lock_timeout_sql(timeout))


# Transactions ---------------------------------------------------------------------------------
def _connect(engine: Engine, url: str) -> Connection:
    try:
        return engine.connect()
    except sa.exc.TimeoutError as exc:  # every pooled connection busy for the whole timeout
        raise StoreBusy(
            f"the database is busy (all connections in use for {db_timeout():g} s); try again"
        ) from exc
    except sa.exc.SQLAlchemyError as exc:
        if engine.dialect.name == "sqlite":
            raise wrap(exc, url, "open") from exc
        raise StoreUnreachable(
            f"cannot reach the database {safe_url(url)} within {db_timeout():g} s: "
            f"{_reason(exc)}. Check that it is running and that EVENTMAP_DB is right."
        ) from exc


@contextmanager
def reading(engine: Engine, url: str, doing: str = "read") -> Iterator[Connection]:
    """A read transaction. It never waits for the writer lock."""
    conn = _connect(engine, url)
    try:
        with conn, conn.begin():
            yield conn
    except sa.exc.SQLAlchemyError as exc:
        raise wrap(exc, url, doing) from exc


@contextmanager
def writing(engine: Engine, url: str, doing: str = "write to") -> Iterator[Connection]:
    """A write transaction holding the writer lock; waits at most ``EVENTMAP_DB_TIMEOUT``."""
    conn = _connect(engine, url)
    try:
        with conn:
            conn.execution_options(eventmap_write=True)
            with conn.begin():
                _bound_lock_waits(conn, db_timeout())
                lock = writer_lock(conn.dialect.name)
                if lock is not None:
                    conn.execute(lock)
                yield conn
    except sa.exc.SQLAlchemyError as exc:
        raise wrap(exc, url, doing) from exc


# Errors ---------------------------------------------------------------------------------------
def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _is_busy(exc: Exception) -> bool:
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "55P03":  # PostgreSQL lock_not_available
        return True
    low = _reason(exc).lower()
    return "database is locked" in low or "database is busy" in low or "lock timeout" in low


def wrap(exc: Exception, url: str, doing: str) -> StoreError:
    """A database error as a one-line StoreError that says what to do."""
    if _is_busy(exc):
        return StoreBusy(
            f"the database is busy (another import is running); try again. Waited "
            f"{db_timeout():g} s for the writer lock of {safe_url(url)} (EVENTMAP_DB_TIMEOUT)."
        )
    reason = _reason(exc)
    hint = "Check EVENTMAP_DB"
    low = reason.lower()
    if "not a database" in low or "malformed" in low:
        hint = "The file is damaged or not an eventmap database: move it aside or set EVENTMAP_DB"
    elif "readonly" in low or "read-only" in low or "unable to open" in low:
        hint = "Make the file and its folder writable, or set EVENTMAP_DB to a writable location"
    elif isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError) and not is_sqlite(url):
        return StoreUnreachable(
            f"cannot reach the database {safe_url(url)}: {reason}. "
            "Check that it is running and that EVENTMAP_DB is right."
        )
    return StoreError(f"cannot {doing} the eventmap database {safe_url(url)}: {reason}. {hint}.")
