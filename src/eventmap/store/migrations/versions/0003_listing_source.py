"""Listings remember where a page came from: the as-of day's origin, the address it was fetched
from, and the server's validators (ETag, Last-Modified) for a conditional refresh (issue 11).

Old versions get the as-of day they were read against: one saved with an as-of keeps it
("given"); one saved without was read against the day it was imported, so that day becomes its
as-of ("today"), and its dates stop moving from now on. A database that already has the columns
(made between issue 11 and migrations) is left as it is.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = {
    "as_of_origin": sa.String(16),
    "source_url": sa.String(2000),
    "etag": sa.String(500),
    "last_modified": sa.String(100),
}


def upgrade() -> None:
    bind = op.get_bind()
    have = {c["name"] for c in sa.inspect(bind).get_columns("listings")}
    missing = [name for name in COLUMNS if name not in have]
    for name in missing:
        op.add_column("listings", sa.Column(name, COLUMNS[name]))
    if "as_of_origin" in missing:
        listings = sa.table(
            "listings",
            sa.column("as_of", sa.String),
            sa.column("as_of_origin", sa.String),
            sa.column("imported_at", sa.String),
        )
        given = listings.c.as_of.is_not(None)
        op.execute(sa.update(listings).where(given).values(as_of_origin="given"))
        op.execute(
            sa.update(listings)
            .where(listings.c.as_of.is_(None))
            .values(as_of=sa.func.substr(listings.c.imported_at, 1, 10), as_of_origin="today")
        )


def downgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
