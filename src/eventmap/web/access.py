"""Who is looking: an organizer signed in on the Manage data page, or a visitor.

Details that only organizers may see (the database's address, its error messages) are shown
only when ``is_organizer()``; visitors get a plain sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:  # imported where used: it opens the store's modules (SQLAlchemy)
    from eventmap.core import admin

TOKEN_KEY = "admin_token"


def organizer_password() -> str | None:
    """The configured organizer password: Streamlit secrets, else ``EVENTMAP_ADMIN_PASSWORD``."""
    try:
        secret = st.secrets.get("admin_password")
    except FileNotFoundError:  # no secrets.toml (or an unreadable one): fall back to the env
        secret = None
    from eventmap.core import admin

    return admin.configured_password(secret)


def organizer_credential() -> admin.Credential | None:
    """What the organizer password is checked against: its hash (``admin_password_hash`` in
    secrets or ``EVENTMAP_ADMIN_PASSWORD_HASH``), else the password; None when neither is set.
    Raises ConfigurationError for a hash that ``eventmap hash-password`` did not make."""
    try:
        secret = st.secrets.get("admin_password")
        secret_hash = st.secrets.get("admin_password_hash")
    except FileNotFoundError:
        secret = secret_hash = None
    from eventmap.core import admin

    return admin.configured_credential(secret, secret_hash)


def is_organizer() -> bool:
    """True when this session signed in with the current organizer password (or hash)."""
    from eventmap.errors import ConfigurationError

    try:
        credential = organizer_credential()
    except ConfigurationError:
        return False
    return credential is not None and st.session_state.get(TOKEN_KEY) == credential.token()


def store_problem(exc: Exception, what: str) -> str:
    """A failure as page text. A database failure names the database and the reason, so its
    details go to organizers only; visitors read that the store is unavailable."""
    from eventmap.errors import EventmapError, StoreError

    if not isinstance(exc, StoreError) and isinstance(exc, EventmapError):
        return f"{what}: {exc}"
    if is_organizer():
        return f"{what} ({type(exc).__name__}: {exc})"
    return f"{what}: the listing store is unavailable. An organizer can see why on the Manage data page"
