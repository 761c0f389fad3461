"""The store's tables (SQLAlchemy Core). Alembic revisions in ``migrations/versions`` build them.

Change a table here only together with a new revision: ``tests/store/test_migrations.py``
compares this metadata with a database upgraded to the newest revision and fails on any
difference.
"""

from __future__ import annotations

import sqlalchemy as sa

MAX_NAME_LENGTH = 200
MAX_CAMPAIGN_NAME = 120

metadata = sa.MetaData()

listings = sa.Table(
    "listings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),  # the version number
    sa.Column("name", sa.String(MAX_NAME_LENGTH), nullable=False, index=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("imported_at", sa.String(32), nullable=False),  # ISO 8601 UTC
    sa.Column("as_of", sa.String(10)),  # ISO date the page's yearless dates were read against
    sa.Column("as_of_origin", sa.String(16)),  # where that date came from (ingest.asof.ORIGINS)
    sa.Column("source_url", sa.String(2000)),  # the address the page was fetched from, if it was
    sa.Column("etag", sa.String(500)),  # the server's validators, for a conditional refresh
    sa.Column("last_modified", sa.String(100)),
    sa.Column("lang", sa.String(8)),  # the language chosen at import; null: detected
    sa.Column("meeting_count", sa.Integer, nullable=False, default=0),
    sa.Column("warning_count", sa.Integer, nullable=False, default=0),
    sa.Column("undone", sa.Boolean, nullable=False, default=False),
    sa.Column("undone_at", sa.String(32)),
)

meetings = sa.Table(
    "meetings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "listing_id",
        sa.Integer,
        sa.ForeignKey("listings.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("meeting_id", sa.String(16), nullable=False),
    sa.Column("data", sa.Text, nullable=False),  # Meeting.to_dict() as JSON
)

overrides_table = sa.Table(
    "overrides",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("key", sa.String(500), nullable=False),  # override_key(kind, label)
    sa.Column("label", sa.String(500), nullable=False),  # as the organizer typed it
    sa.Column("lat", sa.Float, nullable=False),
    sa.Column("lon", sa.Float, nullable=False),
    sa.Column("note", sa.Text, nullable=False, default=""),
    sa.Column("updated_at", sa.String(32), nullable=False),
    sa.UniqueConstraint("kind", "key", name="uq_overrides_kind_key"),
)

# Organizer fixes of a campaign's display name and shape, keyed by the campaign's identity
# (eventmap.core.campaigns): a key from its title plus the words and places it had when saved,
# so the fix still finds the campaign after a re-import or a small edit of its heading or blurb.
campaign_fixes_table = sa.Table(
    "campaign_fixes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("title", sa.String(500), nullable=False),  # the campaign's title on the page
    sa.Column("words", sa.Text, nullable=False, default="[]"),  # JSON list
    sa.Column("places", sa.Text, nullable=False, default="[]"),  # JSON list
    sa.Column("name", sa.String(MAX_CAMPAIGN_NAME)),  # None: keep the page's title
    sa.Column("shape", sa.String(16)),  # None: keep the inferred shape
    sa.Column("updated_at", sa.String(32), nullable=False),
)

# Wrong organizer passwords in a row and the sign-in lock (eventmap.store.signin): in the
# database so every session, thread and server sees the same count. Times are Unix seconds.
signin_failures = sa.Table(
    "signin_failures",
    metadata,
    sa.Column("scope", sa.String(64), primary_key=True),  # "organizer": one password, one lock
    sa.Column("failures", sa.Integer, nullable=False, default=0),
    sa.Column("locked_until", sa.Float, nullable=False, default=0.0),
    sa.Column("last_failure_at", sa.String(32)),  # ISO 8601 UTC
)
