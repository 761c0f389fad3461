"""Alembic's entry point for eventmap's store.

eventmap runs its revisions itself (``eventmap db upgrade``, or on open), passing the connection
that already holds the writer lock in ``config.attributes["connection"]``. Run by the ``alembic``
command instead (``alembic -c src/eventmap/store/migrations/alembic.ini revision
--autogenerate -m "..."``), it uses ``EVENTMAP_DB``.
"""

from __future__ import annotations

from alembic import context

from eventmap.store.schema import metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite can't ALTER most things: batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from eventmap.store.engine import default_url, engine_for, writing

    url = default_url()
    with writing(engine_for(url), url, "upgrade") as conn:
        _run(conn)
