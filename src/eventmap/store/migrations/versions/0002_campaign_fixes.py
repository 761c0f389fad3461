"""Campaign fixes: an organizer's display name and shape for a campaign (table campaign_fixes).

A database made between the campaign fixes and migrations (by ``create_all``) already has the
table: it is kept as it is.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if "campaign_fixes" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "campaign_fixes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("words", sa.Text, nullable=False),
        sa.Column("places", sa.Text, nullable=False),
        sa.Column("name", sa.String(120)),
        sa.Column("shape", sa.String(16)),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("campaign_fixes")
