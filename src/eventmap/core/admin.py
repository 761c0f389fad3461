"""Organizer access and uploads for the Manage-data page, kept out of the page so it is testable.

The password comes from Streamlit secrets (``admin_password``) or ``EVENTMAP_ADMIN_PASSWORD`` and
is compared in constant time. With none configured, editing is off.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import PurePath

from eventmap import config
from eventmap.errors import UploadError

PASSWORD_ENV = "EVENTMAP_ADMIN_PASSWORD"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_UPLOAD_MB = MAX_UPLOAD_BYTES // (1024 * 1024)
UPLOAD_TYPES = ("txt", "html", "htm")

ENABLE_HELP = (
    "Editing is off because no organizer password is configured. To enable it, set the "
    f"environment variable `{PASSWORD_ENV}` before starting the app, or add "
    '`admin_password = "..."` to `.streamlit/secrets.toml`.'
)
WRONG_PASSWORD = "Wrong password. Editing stays locked; ask the person who runs the app for it."


def configured_password(secret: object = None) -> str | None:
    """The organizer password: the Streamlit secret if set, else the environment; None if neither."""
    for value in (secret, config.settings().admin_password):
        if isinstance(value, str) and value.strip():
            return value
    return None


def check_password(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison; always False when no password is configured."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def session_token(expected: str) -> str:
    """What a signed-in session remembers: changes when the configured password changes."""
    return hashlib.sha256(b"eventmap-admin\0" + expected.encode("utf-8")).hexdigest()


def read_upload(filename: str, data: bytes) -> str:
    """The text of an uploaded listing page; UploadError for a wrong type, over 5 MB, or binary."""
    suffix = PurePath(filename or "").suffix.lower().lstrip(".")
    if suffix not in UPLOAD_TYPES:
        shown = f".{suffix}" if suffix else "no extension"
        raise UploadError(
            f"'{filename}' has {shown}; upload the page as .txt or .html (nothing was saved)."
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(
            f"'{filename}' is larger than the {MAX_UPLOAD_MB} MB limit ({len(data):,} bytes); "
            "nothing was saved."
        )
    from eventmap.ingest.parse import decode_bytes

    try:
        text = decode_bytes(data)
    except ValueError as exc:
        raise UploadError(f"'{filename}' cannot be read: {exc} (nothing was saved).") from exc
    if not text.strip():
        raise UploadError(f"'{filename}' is empty (nothing was saved).")
    _refuse_nul(text, f"'{filename}'")
    return text


def check_pasted(text: str) -> str:
    """Pasted text gets the same size limit as an upload."""
    if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
        raise UploadError(
            f"the pasted text is larger than the {MAX_UPLOAD_MB} MB limit; nothing was saved."
        )
    if not text.strip():
        raise UploadError("paste the page's text first.")
    _refuse_nul(text, "the pasted text")
    return text


def _refuse_nul(text: str, what: str) -> None:
    from eventmap.errors import ListingError
    from eventmap.store import check_no_nul

    try:
        check_no_nul(text)
    except ListingError as exc:
        raise UploadError(f"{what}: {exc} (nothing was saved).") from exc
