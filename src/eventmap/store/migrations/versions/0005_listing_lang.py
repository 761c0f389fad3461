"""Listings remember the language an organizer chose to read the page in (issue 17), so the
pages and the CLI read a stored page again the same way. Null: detected from the page's words.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    have = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("listings")}
    if "lang" not in have:
        op.add_column("listings", sa.Column("lang", sa.String(8)))


def downgrade() -> None:
    with op.batch_alter_table("listings") as batch:
        batch.drop_column("lang")
