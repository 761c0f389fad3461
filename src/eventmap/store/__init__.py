"""Versions of listing pages, location fixes and campaign fixes, in SQLite or PostgreSQL.

``schema`` holds the tables, ``engine`` the engines, bounded waits and writer lock, ``migrate``
the Alembic schema versions, and ``api`` the ``Store``. The public names are re-exported here:
``from eventmap.store import open_store``.
"""

from eventmap.store.api import (
    CampaignFixRecord,
    ImportResult,
    OverrideRecord,
    RemoteSource,
    Store,
    Version,
    check_no_nul,
    now_iso,
    open_store,
    validate_campaign_fix,
    validate_override,
)
from eventmap.store.engine import (
    WRITER_LOCK_KEY,
    db_timeout,
    default_url,
    dispose_engines,
    engine_for,
    is_sqlite,
    safe_url,
    writer_lock,
)
from eventmap.store.migrate import SchemaStatus, head, status, upgrade
from eventmap.store.schema import (
    MAX_CAMPAIGN_NAME,
    MAX_NAME_LENGTH,
    campaign_fixes_table,
    listings,
    meetings,
    metadata,
    overrides_table,
)

__all__ = [
    "MAX_CAMPAIGN_NAME",
    "CampaignFixRecord",
    "campaign_fixes_table",
    "validate_campaign_fix",
    "MAX_NAME_LENGTH",
    "WRITER_LOCK_KEY",
    "ImportResult",
    "OverrideRecord",
    "RemoteSource",
    "SchemaStatus",
    "Store",
    "Version",
    "check_no_nul",
    "db_timeout",
    "default_url",
    "dispose_engines",
    "engine_for",
    "head",
    "is_sqlite",
    "listings",
    "meetings",
    "metadata",
    "now_iso",
    "open_store",
    "overrides_table",
    "safe_url",
    "status",
    "upgrade",
    "validate_override",
    "writer_lock",
]
