"""Every error eventmap raises on purpose, under one root.

Each class also derives from the matching built-in where one fits (as geopy does), so code that
catches ``ValueError`` or ``OSError`` keeps working, while pages and the CLI catch
``EventmapError`` alone and let real bugs surface. Messages are one sentence, fit for a person.
"""

from __future__ import annotations


class EventmapError(Exception):
    """The root of eventmap's errors. The message says what happened and what to do."""


class UsageError(EventmapError, ValueError):
    """A command-line argument the user can fix (a bad date, an unknown format). CLI exit code 2."""


class ConfigurationError(EventmapError, ValueError):
    """Bad settings: an unknown geocoder name, a bad option value in the environment."""


class ValidationError(EventmapError, ValueError):
    """A value the user gave is refused: an empty page or name, coordinates out of range, an
    unknown column or format, a negative travel speed. Nothing is saved."""


class ListingError(EventmapError, ValueError):
    """A listing that cannot be read at all (binary, too large, missing). Says what to do."""


class UploadError(EventmapError, ValueError):
    """An upload or paste we refuse: wrong type, too large, or not text. Nothing is saved."""


class QueryError(EventmapError, ValueError):
    """A visitor's search that can't be used; the message says why and what to type instead."""


class StoreError(EventmapError, OSError):
    """The database cannot be opened, read or written. The message says which and what to do."""


class StoreBusy(StoreError, TimeoutError):
    """The writer lock (another import, undo or schema upgrade) was not free within
    ``EVENTMAP_DB_TIMEOUT`` seconds. Trying again later helps."""


class StoreUnreachable(StoreError, ConnectionError):
    """The database server did not accept a connection within ``EVENTMAP_DB_TIMEOUT`` seconds,
    or refused it. The message names the database with its password masked."""


class OutputError(EventmapError, OSError):
    """An output file cannot be written (missing folder, no permission, disk full)."""


class GeocodeError(EventmapError):
    """A geocoding problem that is not a configuration mistake."""


class ProviderError(GeocodeError):
    """The online provider failed; ``retryable`` says whether asking again may help."""

    retryable = True


class ProviderUnavailable(ProviderError, ConnectionError):
    """The online geocoder failed and nothing offline could answer instead."""


class ProviderRateLimited(ProviderError):
    """The provider answered 429; ``retry_after`` is its Retry-After in seconds, if it sent one."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class ProviderRefused(ProviderError):
    """400/401/403 and the like: asking again will not help."""

    retryable = False


class PlanError(EventmapError, ValueError):
    """A tour plan that can't be made as asked: a stop that can't be found, a bad date rule."""


class InfeasiblePlan(PlanError):
    """No order and dates meet every constraint; ``constraint`` names the one that breaks it
    (``no_meetings_on``, ``days_between``, ``end``, ``start``, ``fixed`` or ``closed``)."""

    def __init__(self, message: str, constraint: str):
        super().__init__(message)
        self.constraint = constraint


class FetchError(EventmapError, OSError):
    """A page could not be fetched from its address; nothing was saved. The message names the
    address and says what went wrong in one sentence."""


class AddressError(FetchError, ValueError):
    """Not an address eventmap fetches: not ``http``/``https``, no host, or a redirect to one."""


class FetchTimeout(FetchError, TimeoutError):
    """The server took longer than ``EVENTMAP_FETCH_TIMEOUT`` to connect or to send the page."""


class FetchConnectionError(FetchError, ConnectionError):
    """The host could not be reached: an unknown name (DNS), a refused or dropped connection."""


class FetchStatusError(FetchError):
    """The server answered with an error status (404, 500...); ``status`` holds it."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class PageTooLarge(FetchError):
    """The page is larger than ``EVENTMAP_MAX_LISTING_BYTES``; reading stopped at the limit."""


class WrongContentType(FetchError):
    """The address serves something other than ``text/html`` or ``text/plain`` (a PDF, JSON)."""


class TooManyRedirects(FetchError):
    """More than five redirects, or a redirect back to an address already visited."""


class SignInLocked(EventmapError, PermissionError):
    """Organizer sign-in is refused for now after repeated wrong passwords.

    ``retry_after`` is how many seconds remain; the password is not even checked until then.
    """

    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after


class TooManyLookups(QueryError):
    """A visitor's online lookup refused by the per-session or the global lookup budget.

    ``retry_after`` is how many seconds until one more lookup is allowed. Offline answers (ZIP
    codes, cities, campuses, coordinates) never count.
    """

    def __init__(self, message: str, retry_after: float):
        super().__init__(message)
        self.retry_after = retry_after
