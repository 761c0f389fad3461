"""The pipeline in one call: listing texts -> parse -> geocode -> DataFrame."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from eventmap.core.frame import to_frame
from eventmap.ingest.parse import parse, read_listing_file
from eventmap.model import Listing

Progress = Callable[[int, int], None]


@dataclass
class Source:
    name: str
    text: str
    imported_at: str | None = None  # ISO 8601, when the page came from the store
    version: int | None = None
    as_of: date | None = None  # the day yearless dates were read against at import, if given

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Dataset:
    frame: pd.DataFrame
    listing: Listing
    sources: list[Source] = field(default_factory=list)
    geocode_failures: list[str] = field(default_factory=list)


def content_key(sources: Sequence[Source], as_of: date | None = None) -> str:
    """A hash of everything the result depends on: use it as a cache key."""
    h = hashlib.sha256(str(as_of).encode())
    for s in sources:
        h.update(f"{s.name}\0{s.sha256}\0{s.as_of}\0".encode())
    return h.hexdigest()


def sources_from_paths(paths: Sequence[str | Path]) -> list[Source]:
    return [Source(Path(p).name, read_listing_file(p)) for p in paths]


def parse_sources(sources: Sequence[Source], as_of: date | None = None) -> Listing:
    """Parse several pages into one listing (campaigns, meetings and warnings concatenated).

    Each page is read against ``as_of`` when given, else against its own ``Source.as_of``
    (the day given when it was imported), else today.
    """
    merged = Listing()
    for src in sources:
        one = parse(src.text, as_of=as_of if as_of is not None else src.as_of)
        merged.campaigns.extend(one.campaigns)
        merged.meetings.extend(one.meetings)
        merged.warnings.extend(one.warnings)
    return merged


def build_dataset(
    sources: Sequence[Source],
    *,
    as_of: date | None = None,
    geocoder=None,
    progress: Progress | None = None,
) -> Dataset:
    from eventmap.geo.geocoder import default_geocoder

    listing = parse_sources(sources, as_of=as_of)
    geocoder = geocoder or default_geocoder()
    # The default geocoder is shared by the whole process: report only what failed in this build.
    before = set(geocoder.failures)
    locations = geocoder.locate_all(listing.meetings, progress=progress)
    return Dataset(
        frame=to_frame(listing.meetings, locations),
        listing=listing,
        sources=list(sources),
        geocode_failures=[f for f in geocoder.failures if f not in before],
    )
