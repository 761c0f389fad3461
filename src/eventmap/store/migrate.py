"""Schema versions: which Alembic revision a database is at, and upgrading it to the newest.

The revisions live in ``migrations/versions`` (one file each, numbered ``0001``, ``0002``, ...,
each naming the one before it as ``down_revision``). ``open_store`` calls ``ensure_current``:
it reads the revision without any lock, and only when the database is behind does it take the
writer lock (bounded by ``EVENTMAP_DB_TIMEOUT``) and upgrade inside that one transaction, so
several servers starting at once upgrade once, and a stuck writer never blocks a server whose
database is already current. ``eventmap db status`` and ``eventmap db upgrade`` use the same
functions.

Alembic is imported only when a database is not plainly at the newest revision: a process that
opens a current store (every app server start, every ``eventmap`` command) reads the revision
with one query and the revision files' ``revision`` lines (:func:`packaged_head`).
"""

from __future__ import annotations

import functools
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from eventmap.errors import StoreError
from eventmap.store.engine import reading, safe_url, writing

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
STORE_TABLES = ("listings", "meetings", "overrides")

_CHECKED: set[tuple[int, str]] = set()
_CHECKED_LOCK = threading.Lock()


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the packaged revisions; ``connection`` is the one to migrate."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

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
    from alembic.runtime.migration import MigrationContext

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
            from alembic import command

            command.upgrade(alembic_config(conn), "head")
    _mark_checked(url)
    return before.pending


def ensure_current(engine: Engine, url: str) -> None:
    """Upgrade the database if it is behind (once per process and URL)."""
    key = (os.getpid(), url)
    if key in _CHECKED:
        return
    if _stamped_at_head(engine, url):
        _mark_checked(url)
        return
    now = status(engine, url)
    if now.unknown:
        raise StoreError(now.describe())
    if now.pending:
        upgrade(engine, url)
    _mark_checked(url)


_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$""", re.M)


@functools.cache
def packaged_head() -> str | None:
    """The newest packaged revision, read from the ``revision = "..."`` and ``down_revision =
    ...`` lines of the revision files (without importing Alembic); None unless they form one
    plain line of revisions (then only :func:`head` can tell)."""
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict(m.groups() for m in _REVISION_LINE.finditer(path.read_text("utf-8")))
        rev, down = (_literal(found.get(k, "")) for k in ("revision", "down_revision"))
        if not isinstance(rev, str) or not (down is None or isinstance(down, str)):
            return None
        revisions[rev] = down
    heads = set(revisions) - set(revisions.values())
    roots = [r for r, down in revisions.items() if down is None]
    return heads.pop() if len(heads) == 1 and len(roots) == 1 else None


def _literal(text: str) -> str | None | bool:
    """A quoted string or None as written in a revision file; False for anything else."""
    if text == "None":
        return None
    m = re.fullmatch(r"""(["'])([^"']+)\1""", text)
    return m.group(2) if m else False


def _stamped_at_head(engine: Engine, url: str) -> bool:
    """True when the database records exactly the newest packaged revision (one query, no
    Alembic); False sends ``ensure_current`` through Alembic."""
    newest = packaged_head()
    if newest is None:
        return False
    with reading(engine, url, "read the schema version of") as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return False
        stamped = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
    return [row[0] for row in stamped] == [newest]


def _mark_checked(url: str) -> None:
    with _CHECKED_LOCK:
        _CHECKED.add((os.getpid(), url))


def forget_checked() -> None:
    with _CHECKED_LOCK:
        _CHECKED.clear()
