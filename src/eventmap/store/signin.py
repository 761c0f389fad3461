"""Failed organizer sign-ins, kept in the store's database.

The count lives in the database, not in a session or a process, so a new browser tab, another
worker thread or (with PostgreSQL) another app server sees the same lock. Each update is one
write transaction (``Store._write``: ``BEGIN IMMEDIATE`` on SQLite, the advisory lock on
PostgreSQL), so concurrent wrong guesses are all counted. Times are Unix seconds, comparable
across servers. Nothing here ever sees a password.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from eventmap.store.api import Store, now_iso
from eventmap.store.schema import signin_failures


@dataclass(frozen=True)
class SignInState:
    """Wrong passwords in a row, and until when (Unix time) sign-in is refused."""

    failures: int = 0
    locked_until: float = 0.0

    def wait(self, now: float) -> float:
        """Seconds until sign-in is allowed again (0 when it is allowed now)."""
        return max(0.0, self.locked_until - now)


def lock_seconds(failures: int, free: int, base: float, cap: float) -> float:
    """How long sign-in is refused after ``failures`` wrong passwords in a row.

    Nothing for the first ``free - 1``; from the ``free``-th on, ``base`` seconds, doubling with
    each further failure, at most ``cap``.
    """
    if failures < free:
        return 0.0
    return min(cap, base * 2.0 ** min(failures - free, 64))


def _row(conn: sa.Connection, scope: str) -> SignInState:
    row = conn.execute(
        sa.select(signin_failures.c.failures, signin_failures.c.locked_until).where(
            signin_failures.c.scope == scope
        )
    ).first()
    return SignInState(int(row.failures), float(row.locked_until)) if row else SignInState()


def signin_state(store: Store, scope: str = "organizer") -> SignInState:
    """The current count and lock for ``scope``."""
    with store._read() as conn:
        return _row(conn, scope)


def record_failure(
    store: Store, now: float, *, free: int, base: float, cap: float, scope: str = "organizer"
) -> SignInState:
    """Count one wrong password (atomically) and lock sign-in if that was one too many."""
    with store._write("record a failed sign-in in") as conn:
        old = _row(conn, scope)
        failures = old.failures + 1
        delay = lock_seconds(failures, free, base, cap)
        new = SignInState(failures, max(old.locked_until, now + delay) if delay else 0.0)
        values = {
            "failures": new.failures,
            "locked_until": new.locked_until,
            "last_failure_at": now_iso(),
        }
        updated = conn.execute(
            signin_failures.update().where(signin_failures.c.scope == scope).values(**values)
        )
        if updated.rowcount == 0:
            conn.execute(signin_failures.insert().values(scope=scope, **values))
        return new


def clear_failures(store: Store, scope: str = "organizer") -> None:
    """A right password: the count starts again from zero."""
    with store._write("reset the sign-in count in") as conn:
        conn.execute(signin_failures.delete().where(signin_failures.c.scope == scope))
