"""The two databases every store test runs on: a SQLite file and a live PostgreSQL.

PostgreSQL comes from ``EVENTMAP_TEST_POSTGRES_URL`` (a superuser URL of a throwaway cluster;
``.ci/run`` and ``make pg-start`` start one). Each test gets a database of its own, created
fresh and dropped afterwards. Without the variable the PostgreSQL runs skip, except under
``CI=true``, where they fail: CI must test both.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

POSTGRES_ENV = "EVENTMAP_TEST_POSTGRES_URL"


def postgres_admin_url() -> str:
    """The test cluster's URL, or skip (fail under CI) when there is none or it is down."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    problem = None if url else f"{POSTGRES_ENV} is not set (make pg-start prints it)"
    if url:
        try:
            engine = sa.create_engine(url, connect_args={"connect_timeout": 5})
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            engine.dispose()
        except Exception as exc:  # any reason the server is unusable
            problem = f"cannot reach the test PostgreSQL ({type(exc).__name__}: {exc})"
    if problem:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL tests cannot run under CI: {problem}")
        pytest.skip(problem)
    return url


@contextlib.contextmanager
def fresh_postgres_database(admin_url: str) -> Iterator[str]:
    """A new, empty database on the test cluster; yields its URL and drops it afterwards."""
    name = f"eventmap_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        from eventmap import store

        store.dispose_engines()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
