"""The pipeline in one call: listing texts -> parse -> geocode -> DataFrame."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from eventmap import config
from eventmap.model import Listing, Progress, Source

if TYPE_CHECKING:  # pandas, the store and the geocoder are imported where they are used
    import pandas as pd

    from eventmap.core.campaigns import CampaignInfo
    from eventmap.store import CampaignFixRecord

log = logging.getLogger(__name__)


__all__ = [
    "Dataset",
    "Source",
    "build_dataset",
    "content_key",
    "load_store_dataset",
]


@dataclass
class Dataset:
    """The located meetings of some pages. ``listing`` is None when the frame was read from the
    located-dataset cache (``from_cache``): parse ``sources`` again if the parse is needed."""

    frame: pd.DataFrame
    listing: Listing | None
    sources: list[Source] = field(default_factory=list)
    geocode_failures: list[str] = field(default_factory=list)
    # The store holds versions but none is current (every import was undone): nothing to show,
    # and the pages say how to import a page rather than quietly showing the bundled ones.
    no_current_listing: bool = False
    from_cache: bool = False
    # The organizers' campaign names and shapes applied to ``frame`` (from the store).
    campaign_fixes: list[CampaignFixRecord] = field(default_factory=list)
    _campaigns: list[CampaignInfo] | None = field(default=None, repr=False)

    def parsed_listing(self) -> Listing:
        """The listing: kept from the build, else parsed again from ``sources``."""
        if self.listing is None:
            self.listing = parse_sources(self.sources)
        return self.listing

    @property
    def campaigns(self) -> list[CampaignInfo]:
        """One row per campaign with meetings: identity key, name (and where it came from),
        shape (inferred or an organizer's) and counts. Worked out on first use."""
        if self._campaigns is None:
            from eventmap.core.campaigns import campaign_infos

            self._campaigns = campaign_infos(self.frame, self.parsed_listing(), self.campaign_fixes)
        return self._campaigns


def content_key(sources: Sequence[Source], as_of: date | None = None) -> str:
    """A hash of everything the result depends on: use it as a cache key."""
    h = hashlib.sha256(str(as_of).encode())
    for s in sources:
        h.update(f"{s.name}\0{s.sha256}\0{s.as_of}\0{s.as_of_origin}\0{s.lang}\0".encode())
    return h.hexdigest()


def sources_from_paths(paths: Sequence[str | Path], lang: str | None = None) -> list[Source]:
    """The pages in files (``-``: standard input), each read in ``lang`` when given; the
    decoder's warning on a page's bytes goes with it into its listing's warnings."""
    from eventmap.ingest.text import read_listing_page

    sources = []
    for p in paths:
        page = read_listing_page(p)
        sources.append(Source(Path(p).name, page.text, lang=lang, decode_warning=page.warning()))
    return sources


def parse_sources(
    sources: Sequence[Source], as_of: date | None = None, lang: str | None = None
) -> Listing:
    """Parse several pages into one listing (campaigns, meetings and warnings concatenated).

    Each page is read against ``as_of`` when given, else against the as-of day recorded when it
    was imported (``Source.as_of``; the import day stands in for *today* when the page gave no
    date of its own), else today. So a stored page's meetings keep their dates forever. Each is
    read in ``lang``, else in its detected language. The result's ``as_of`` (and origin) is the
    pages' when they all agree, else None.
    """
    return merge_listings([parse_source(src, as_of, lang) for src in sources])


def merge_listings(listings: Sequence[Listing]) -> Listing:
    """Several pages' listings as one: campaigns, meetings and warnings concatenated; ``as_of``
    (and its origin) the pages' when they all agree, else None."""
    merged = Listing()
    days = set()
    for one in listings:
        merged.campaigns.extend(one.campaigns)
        merged.meetings.extend(one.meetings)
        merged.warnings.extend(one.warnings)
        days.add((one.as_of, one.as_of_origin))
    if len(days) == 1:
        merged.as_of, merged.as_of_origin = days.pop()
    return merged


def parse_source(src: Source, as_of: date | None = None, lang: str | None = None) -> Listing:
    """One page, read exactly as it was at import (see ``parse_sources``): in ``lang``, else the
    language it was imported in (``Source.lang``), else its detected one. The decoder's warning
    on its bytes, if any, comes first among the listing's warnings."""
    from eventmap.ingest.asof import TODAY
    from eventmap.ingest.parse import parse

    lang = lang or src.lang
    if as_of is not None or src.as_of is None:
        listing = parse(src.text, as_of=as_of, lang=lang)
    elif src.as_of_origin == TODAY:
        listing = parse(src.text, today=src.as_of, lang=lang)
    else:
        listing = parse(src.text, as_of=src.as_of, lang=lang)
    if src.decode_warning is not None:
        listing.warnings.insert(0, src.decode_warning)
    return listing


def build_dataset(
    sources: Sequence[Source],
    *,
    as_of: date | None = None,
    geocoder=None,
    progress: Progress | None = None,
    campaign_fixes: Sequence[CampaignFixRecord] = (),
) -> Dataset:
    """Parse, locate and frame ``sources``; organizers' campaign names and shapes
    (``campaign_fixes``, from the store) applied."""
    from eventmap.core.campaigns import apply_fixes
    from eventmap.core.frame import to_frame
    from eventmap.geo.geocoder import default_geocoder

    listing = parse_sources(sources, as_of=as_of)  # each page in its Source.lang, else detected
    geocoder = geocoder or default_geocoder()
    # The default geocoder is shared by the whole process: report only what failed in this build.
    before = set(geocoder.failures)
    locations = geocoder.locate_all(listing.meetings, progress=progress)
    return Dataset(
        frame=apply_fixes(to_frame(listing.meetings, locations), listing, campaign_fixes),
        listing=listing,
        sources=list(sources),
        geocode_failures=[f for f in geocoder.failures if f not in before],
        campaign_fixes=list(campaign_fixes),
    )


# The store's pages, for the CLI and the app -----------------------------------------------------
def load_store_dataset(
    url: str | None = None,
    *,
    as_of: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Dataset:
    """The map's data: the store's current pages (the bundled ones if it never held any; none,
    with ``no_current_listing``, when every version was undone), parsed and
    geocoded with ``data/venues.csv`` plus the store's overrides, which win, and the store's
    campaign fixes applied. Each page is read
    against ``as_of`` when given, else against the as-of day it was imported with.

    The located frame is cached on disk per ``dataset_key`` (:mod:`eventmap.core.located_cache`),
    so a new process reads it instead of parsing and geocoding again; for a SQLite store the data
    key is noted with the database's stamps, so :func:`located_cache.current_entry` finds the
    frame without opening the store. In memory, cache the result under
    ``open_store(url).data_key()``."""
    from eventmap.core import located_cache
    from eventmap.store import open_store

    handle = open_store(url)
    store_url = url or config.settings().db_url
    stamp = located_cache.store_stamp(store_url, settled=True) if as_of is None else None
    data_key = handle.data_key()
    key = located_cache.dataset_key(store_url, data_key, as_of)
    sources = handle.current_sources()
    if not sources and not handle.is_empty():
        from eventmap.core.frame import empty_frame

        return Dataset(frame=empty_frame(), listing=Listing(), no_current_listing=True)
    sources = sources or bundled_sources()
    path = located_cache.entry_path(key)
    frame = located_cache.read_frame(path)
    fixes = handle.campaign_fixes()
    if frame is not None:
        located_cache.remember_current(store_url, stamp, data_key)
        return Dataset(
            frame=frame, listing=None, sources=sources, from_cache=True, campaign_fixes=fixes
        )
    dataset = _build_with_pins(sources, handle.overrides(), fixes, as_of, progress)
    # A degraded build (provider down) is not kept.
    if not dataset.geocode_failures and located_cache.write_frame(path, dataset.frame):
        located_cache.remember_current(store_url, stamp, data_key)
    return dataset


def _build_with_pins(
    sources: list[Source],
    extra: list,
    fixes: list[CampaignFixRecord],
    as_of: date | None,
    progress: Progress | None,
) -> Dataset:
    from eventmap.geo.geocoder import Geocoder

    kw = {"as_of": as_of, "progress": progress, "campaign_fixes": fixes}
    if not extra:
        return build_dataset(sources, **kw)
    geocoder = Geocoder(extra_overrides=extra)
    try:
        return build_dataset(sources, geocoder=geocoder, **kw)
    finally:
        geocoder.close()


def bundled_sources() -> list[Source]:
    """The bundled listing pages (``data/listings``), read from disk."""
    return sources_from_paths(config.settings().bundled_listing_paths())
