"""Refresh: fetch again every source that came from an address, and import what changed.

Each source's address is asked with a conditional GET (its stored ``ETag`` and
``Last-Modified``): a 304 costs nothing and saves nothing, and an unchanged body is not saved
either. One source failing (a 404, a timeout) never stops the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventmap.errors import FetchError
from eventmap.ingest.diff import ListingDiff
from eventmap.ingest.fetch import Fetched, fetch
from eventmap.model import Listing, Progress
from eventmap.store import ImportResult, RemoteSource, Store


@dataclass
class Checked:
    """One source's refresh: the import result, or the fetch error that stopped it."""

    source: RemoteSource
    result: ImportResult | None = None
    error: FetchError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def fetch_again(source: RemoteSource) -> Fetched:
    """``source``'s address fetched with a conditional GET: ``not_modified`` when unchanged."""
    return fetch(source.url, etag=source.etag, last_modified=source.last_modified)


def check_source(store: Store, source: RemoteSource, *, save: bool = True) -> ImportResult:
    """Fetch ``source`` again (conditionally) and import it when it changed; with ``save=False``
    only preview the diff. Raises ``FetchError`` when the page cannot be fetched."""
    fetched = fetch_again(source)
    if fetched.not_modified or fetched.text is None:
        return ImportResult(
            name=source.name,
            listing=Listing(),
            diff=ListingDiff(),
            previous_version=source.version,
            version=source.version,
            unchanged=True,
            not_modified=True,
        )
    # read in the language the source was imported in (None: detected)
    if save:
        return store.import_listing(source.name, fetched.text, fetched=fetched, lang=source.lang)
    return store.preview_import(source.name, fetched.text, fetched=fetched, lang=source.lang)


def refresh_all(
    store: Store, *, save: bool = True, progress: Progress | None = None
) -> list[Checked]:
    """Check every source that came from an address, in name order; ``progress(done, total)``
    after each."""
    out = []
    sources = store.remote_sources()
    for source in sources:
        try:
            out.append(Checked(source, check_source(store, source, save=save)))
        except FetchError as exc:
            out.append(Checked(source, error=exc))
        if progress is not None:
            progress(len(out), len(sources))
    return out
