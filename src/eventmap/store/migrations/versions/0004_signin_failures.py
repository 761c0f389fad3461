"""Failed organizer sign-ins (table signin_failures): the count and lock shared by servers.

A database that got the table from an earlier eventmap build (created on first use) keeps it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "signin_failures" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "signin_failures",
        sa.Column("scope", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.Float, nullable=False),
        sa.Column("last_failure_at", sa.String(32)),
    )


def downgrade() -> None:
    op.drop_table("signin_failures")
