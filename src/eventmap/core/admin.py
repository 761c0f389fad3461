"""Organizer access and uploads for the Manage-data page, kept out of the page so it is testable.

The password comes from Streamlit secrets (``admin_password``) or ``EVENTMAP_ADMIN_PASSWORD`` and
is compared in constant time; or only its scrypt hash is configured (``admin_password_hash`` /
``EVENTMAP_ADMIN_PASSWORD_HASH``, made by ``eventmap hash-password``), so the password itself
need not be stored anywhere. With neither, editing is off.

Sign-in is throttled (:func:`sign_in`): after ``signin_free_attempts`` wrong passwords in a row
it is refused for ``signin_delay`` seconds, doubling with each further wrong password. The count
is kept in the store's database (:mod:`eventmap.store.signin`), so it holds across sessions,
tabs, threads and servers. Every failure is logged, never with the password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import math
import os
import time
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from eventmap import config
from eventmap.errors import ConfigurationError, SignInLocked, UploadError
from eventmap.store import signin
from eventmap.store.api import Store

if TYPE_CHECKING:
    from eventmap.ingest.text import Decoded

log = logging.getLogger(__name__)

PASSWORD_ENV = "EVENTMAP_ADMIN_PASSWORD"
HASH_ENV = "EVENTMAP_ADMIN_PASSWORD_HASH"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_UPLOAD_MB = MAX_UPLOAD_BYTES // (1024 * 1024)
# feeds as .xml, .rss or .atom; a calendar file as .ics
UPLOAD_TYPES = ("txt", "html", "htm", "xml", "rss", "atom", "ics")

ENABLE_HELP = (
    "Editing is off because no organizer password is configured. To enable it, set the "
    f"environment variable `{PASSWORD_ENV}` (or `{HASH_ENV}`, from `eventmap hash-password`) "
    'before starting the app, or add `admin_password = "..."` (or `admin_password_hash`) to '
    "`.streamlit/secrets.toml`."
)
WRONG_PASSWORD = "Wrong password. Editing stays locked; ask the person who runs the app for it."


@dataclass(frozen=True)
class Credential:
    """What the organizer password is checked against: the password itself, or its hash."""

    password: str | None = None
    password_hash: str | None = None

    def matches(self, given: str | None) -> bool:
        if given is None:
            return False
        if self.password_hash:
            return verify_password(given, self.password_hash)
        return check_password(given, self.password)

    def token(self) -> str:
        """What a signed-in session remembers: changes when the configured password changes."""
        secret = self.password_hash or self.password or ""
        return hashlib.sha256(b"eventmap-admin\0" + secret.encode("utf-8")).hexdigest()


def configured_password(secret: object = None) -> str | None:
    """The organizer password: the Streamlit secret if set, else the environment; None if neither."""
    for value in (secret, config.settings().admin_password):
        if isinstance(value, str) and value.strip():
            return value
    return None


def configured_credential(secret: object = None, secret_hash: object = None) -> Credential | None:
    """The configured hash or password (a hash wins: it was set on purpose); None: editing off."""
    for value in (secret_hash, config.settings().admin_password_hash):
        if isinstance(value, str) and value.strip():
            parse_hash(value.strip())  # a broken hash is a configuration error, said up front
            return Credential(password_hash=value.strip())
    password = configured_password(secret)
    return Credential(password=password) if password else None


def check_password(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison; always False when no password is configured."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def session_token(expected: str) -> str:
    """What a signed-in session remembers: changes when the configured password changes."""
    return Credential(password=expected).token()


# Hashed password (scrypt, from the standard library) ------------------------------------------
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_MAX_N, _MAX_R, _MAX_P = 2**20, 32, 16  # a hash asking for more is refused, not computed


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64) for ``admin_password_hash``."""
    if not password:
        raise ConfigurationError("the password is empty")
    salt = os.urandom(16)
    key = _scrypt(password, salt, n, r, p, 32)
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(key).decode()}"


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """(n, r, p, salt, key) of a stored hash; ConfigurationError when it is not one of ours."""
    parts = stored.split("$")
    try:
        if len(parts) != 6 or parts[0] != "scrypt":
            raise ValueError
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        key = base64.b64decode(parts[5], validate=True)
        ok = 1 < n <= _MAX_N and n & (n - 1) == 0 and 0 < r <= _MAX_R and 0 < p <= _MAX_P
        if not ok or len(salt) < 8 or len(key) < 16:
            raise ValueError
    except ValueError:
        raise ConfigurationError(
            "admin_password_hash is not a hash made by `eventmap hash-password` "
            "(scrypt$n$r$p$salt$hash); make a new one"
        ) from None
    return n, r, p, salt, key


def verify_password(given: str, stored: str) -> bool:
    """Whether ``given`` hashes to ``stored`` (compared in constant time)."""
    n, r, p, salt, key = parse_hash(stored)
    return hmac.compare_digest(_scrypt(given, salt, n, r, p, len(key)), key)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, size: int) -> bytes:
    maxmem = 128 * n * r * p + 2**24
    data = password.encode("utf-8")
    return hashlib.scrypt(data, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=size)


# Throttled sign-in ----------------------------------------------------------------------------
def wait_text(seconds: float) -> str:
    """'45 seconds', '2 minutes', '3 hours': how long to wait, rounded up."""
    s = max(1, math.ceil(seconds))
    if s < 120:
        return f"{s} second{'s' if s != 1 else ''}"
    if s < 7200:
        return f"{math.ceil(s / 60)} minutes"
    return f"{math.ceil(s / 3600)} hours"


def locked_message(seconds: float) -> str:
    return (
        f"Too many wrong passwords: sign-in is locked for {wait_text(seconds)}. "
        "Try again after that."
    )


def sign_in(
    store: Store, credential: Credential, given: str | None, *, now: float | None = None
) -> bool:
    """Check ``given``; True when it is right. Throttled across sessions and servers.

    Raises SignInLocked, without looking at ``given``, while sign-in is locked. A wrong
    password is counted and logged (never the password); once it is one too many, sign-in is
    locked and the error says for how long. A right one resets the count.
    """
    cfg = config.settings()
    now = time.time() if now is None else now
    state = signin.signin_state(store)
    if state.wait(now) > 0:
        log.warning("organizer sign-in refused: locked for another %.0f s", state.wait(now))
        raise SignInLocked(locked_message(state.wait(now)), state.wait(now))
    if credential.matches(given):
        if state.failures:
            signin.clear_failures(store)
        log.info("organizer signed in")
        return True
    state = signin.record_failure(
        store, now, free=cfg.signin_free_attempts, base=cfg.signin_delay, cap=cfg.signin_max_delay
    )
    wait = state.wait(now)
    log.warning(
        "organizer sign-in failed: wrong password (%d in a row)%s",
        state.failures,
        f"; sign-in locked for {wait:.0f} s" if wait else "",
    )
    if wait > 0:
        raise SignInLocked(locked_message(wait), wait)
    return False


def read_upload(filename: str, data: bytes) -> str:
    """The text of an uploaded listing page (see ``read_upload_page``)."""
    return read_upload_page(filename, data).text


def read_upload_page(filename: str, data: bytes) -> Decoded:
    """An uploaded listing page decoded by ``ingest.text.decode_page``: its text and the
    decoder's note (stray Windows-1252 bytes in UTF-8), which the import's listing warns about.
    UploadError for a wrong type, over 5 MB, binary or empty."""
    suffix = PurePath(filename or "").suffix.lower().lstrip(".")
    if suffix not in UPLOAD_TYPES:
        shown = f".{suffix}" if suffix else "no extension"
        raise UploadError(
            f"'{filename}' has {shown}; upload the page as .txt or .html, its RSS or Atom "
            "feed as .xml, or its calendar as .ics (nothing was saved)."
        )
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError(
            f"'{filename}' is larger than the {MAX_UPLOAD_MB} MB limit ({len(data):,} bytes); "
            "nothing was saved."
        )
    from eventmap.ingest.text import decode_page

    try:
        page = decode_page(data)
    except ValueError as exc:
        raise UploadError(f"'{filename}' cannot be read: {exc} (nothing was saved).") from exc
    if not page.text.strip():
        raise UploadError(f"'{filename}' is empty (nothing was saved).")
    _refuse_nul(page.text, f"'{filename}'")
    return page


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
