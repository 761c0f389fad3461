"""Baseline: the store as release 0.1.0 made it (listings, meetings, overrides).

A database made before migrations existed (by ``create_all``) has some or all of these tables
and no revision: this revision adopts it, creating what is missing and adding the nullable
columns that earlier releases lacked (``as_of``, ``undone_at``).

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Columns added after the first release, nullable, so an older table can simply gain them.
LATER_LISTING_COLUMNS = {"as_of": sa.String(10), "undone_at": sa.String(32)}


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    tables = set(inspector.get_table_names())
    if "listings" in tables:
        have = {c["name"] for c in inspector.get_columns("listings")}
        for name, type_ in LATER_LISTING_COLUMNS.items():
            if name not in have:
                op.add_column("listings", sa.Column(name, type_))
    else:
        op.create_table(
            "listings",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("name", sa.String(200), nullable=False),
            sa.Column("text", sa.Text, nullable=False),
            sa.Column("sha256", sa.String(64), nullable=False),
            sa.Column("imported_at", sa.String(32), nullable=False),
            sa.Column("as_of", sa.String(10)),
            sa.Column("meeting_count", sa.Integer, nullable=False),
            sa.Column("warning_count", sa.Integer, nullable=False),
            sa.Column("undone", sa.Boolean, nullable=False),
            sa.Column("undone_at", sa.String(32)),
        )
        op.create_index("ix_listings_name", "listings", ["name"])
    if "meetings" not in tables:
        op.create_table(
            "meetings",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column(
                "listing_id",
                sa.Integer,
                sa.ForeignKey("listings.id", ondelete="CASCADE"),
                nullable=False,
            ),
            sa.Column("position", sa.Integer, nullable=False),
            sa.Column("meeting_id", sa.String(16), nullable=False),
            sa.Column("data", sa.Text, nullable=False),
        )
        op.create_index("ix_meetings_listing_id", "meetings", ["listing_id"])
    if "overrides" not in tables:
        op.create_table(
            "overrides",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column("key", sa.String(500), nullable=False),
            sa.Column("label", sa.String(500), nullable=False),
            sa.Column("lat", sa.Float, nullable=False),
            sa.Column("lon", sa.Float, nullable=False),
            sa.Column("note", sa.Text, nullable=False),
            sa.Column("updated_at", sa.String(32), nullable=False),
            sa.UniqueConstraint("kind", "key", name="uq_overrides_kind_key"),
        )


def downgrade() -> None:
    op.drop_table("overrides")
    op.drop_index("ix_meetings_listing_id", table_name="meetings")
    op.drop_table("meetings")
    op.drop_index("ix_listings_name", table_name="listings")
    op.drop_table("listings")
