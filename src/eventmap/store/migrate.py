"""Schema versions: which Alembic revision a database is at, and upgrading it to the newest.

The revisions live in ``migrations/versions`` (one file each, numbered ``0001``, ``0002``, ...,
each naming the one before it as ``down_revision``). ``open_store`` calls ``ensure_current``:
it reads the revision without any lock, and only when the database is behind does it take the
writer lock (bounded by ``EVENTMAP_DB_TIMEOUT``) and upgrade inside that one transaction, so
several servers starting at once upgrade once, and a stuck writer never blocks a server whose
database is already current. ``eventmap db status`` and ``eventmap db upgrade`` use the same
functions.
"""

from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from eventmap.errors import StoreError
from eventmap.store.engine import reading, safe_url, writing

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
STORE_TABLES = ("listings", "meetings", "overrides")

_CHECKED: set[tuple[int, str]] = set()
_CHECKED_LOCK = threading.Lock()


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the packaged revisions; ``connection`` is the one to migrate."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The newest revision this version of eventmap knows."""
    heads = scripts().get_heads()
    if len(heads) != 1:
        raise StoreError(f"the migrations have {len(heads)} heads ({', '.join(heads)}); chain them")
    return heads[0]


@dataclass
class SchemaStatus:
    """Where a database stands: its revision, the newest one, and what upgrading would run."""

    url: str  # masked
    current: str | None
    head: str
    pending: list[str] = field(default_factory=list)  # oldest first
    unversioned_tables: bool = False  # made by a release before migrations (adopted on upgrade)
    unknown: bool = False  # a revision this version doesn't know (made by a newer release)

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    def describe(self) -> str:
        if self.unknown:
            return (
                f"{self.url}: at revision {self.current}, which this version of eventmap does not "
                f"know (newest here: {self.head}); upgrade eventmap"
            )
        if self.up_to_date:
            return f"{self.url}: at revision {self.current} (newest); nothing to upgrade"
        at = self.current or (
            "no revision (tables from a release before migrations)"
            if self.unversioned_tables
            else "no revision (empty)"
        )
        return (
            f"{self.url}: at {at}; newest is {self.head}; "
            f"{len(self.pending)} pending: {', '.join(self.pending)}"
        )


def status_of(conn: Connection, url: str) -> SchemaStatus:
    current = MigrationContext.configure(conn).get_current_revision()
    newest = head()
    out = SchemaStatus(safe_url(url), current, newest)
    if current is None:
        tables = set(sa.inspect(conn).get_table_names())
        out.unversioned_tables = bool(tables & set(STORE_TABLES))
    try:
        steps = list(scripts().iterate_revisions(newest, current))
    except Exception:  # alembic raises CommandError/ResolutionError for a revision it lacks
        out.unknown = True
        return out
    out.pending = [s.revision for s in reversed(steps)]
    return out


def status(engine: Engine, url: str) -> SchemaStatus:
    """The database's revision, read without taking the writer lock."""
    with reading(engine, url, "read the schema version of") as conn:
        return status_of(conn, url)


def upgrade(engine: Engine, url: str) -> list[str]:
    """Apply the pending revisions under the writer lock, in one transaction; returns them."""
    with writing(engine, url, "upgrade") as conn:
        before = status_of(conn, url)  # again, under the lock: another server may have done it
        if before.unknown:
            raise StoreError(before.describe())
        if before.pending:
            command.upgrade(alembic_config(conn), "head")
    _mark_checked(url)
    return before.pending


def ensure_current(engine: Engine, url: str) -> None:
    """Upgrade the database if it is behind (once per process and URL)."""
    key = (os.getpid(), url)
    if key in _CHECKED:
        return
    now = status(engine, url)
    if now.unknown:
        raise StoreError(now.describe())
    if now.pending:
        upgrade(engine, url)
    _mark_checked(url)


def _mark_checked(url: str) -> None:
    with _CHECKED_LOCK:
        _CHECKED.add((os.getpid(), url))


def forget_checked() -> None:
    with _CHECKED_LOCK:
        _CHECKED.clear()
