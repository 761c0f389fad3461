"""Plain data objects passed between the steps of the pipeline.

These field names are an interface: the CLI's JSON, the DataFrame and the exports read them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# A progress callback: called with (done, total) as work advances.
Progress = Callable[[int, int], None]

STATUSES = ("scheduled", "tba", "pending", "cancelled", "postponed")
PRECISIONS = ("address", "venue", "campus", "postal_code", "city")
APPROXIMATE_PRECISIONS = frozenset({"postal_code", "city"})
# What kind of campaign it is (see eventmap.core.shapes): a speaking tour one party travels,
# meetings held by local groups, meetings at one place, or a single meeting.
SHAPES = ("tour", "local", "series", "single")
# Where a campaign's name comes from: its heading, its blurb (no heading), the page's own title
# (neither), or an organizer's fix.
NAME_SOURCES = ("heading", "blurb", "page", "organizer")


@dataclass
class Campaign:
    title: str
    summary: str = ""
    links: list[str] = field(default_factory=list)
    source_line: int = 0
    title_source: str = "heading"  # heading | blurb | page (see NAME_SOURCES)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Meeting:
    campaign: str | None = None
    title: str | None = None
    place: str | None = None
    campus: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    venue: str | None = None
    room: str | None = None
    address: str | None = None
    postal_code: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    end_date: str | None = None  # ISO, the last day of a meeting over several days
    start_time: str | None = None  # HH:MM, 24 h
    end_time: str | None = None
    tz_hint: str | None = None  # a time zone as the page writes it: "EST", "GMT+1", "Eastern"
    time_tba: bool = False
    status: str = "scheduled"  # scheduled | tba | pending | cancelled | postponed
    online: bool = False  # held online (Zoom, webinar, "moved online"), maybe besides a place
    kind: str = "meeting"  # meeting | rally | ...
    speaker: str | None = None
    links: list[str] = field(default_factory=list)
    source_line: int = 0

    @property
    def key(self) -> str:
        """Identity of a meeting across versions of a page: campaign, place, kind and date."""
        parts = [self.campaign, self.campus or self.place, self.kind, self.date or "", self.title]
        return "|".join(norm_text(p) for p in parts)

    @property
    def meeting_id(self) -> str:
        return hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:12]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class ParseWarning:
    line: int
    reason: str
    text: str = ""
    meeting_line: int | None = None  # source_line of the meeting this warning is about

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Listing:
    campaigns: list[Campaign] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    # The day yearless dates were read against, and where it came from (ingest.asof.ORIGINS).
    as_of: date | None = None
    as_of_origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": {
                "date": self.as_of.isoformat() if self.as_of else None,
                "origin": self.as_of_origin,
            },
            "campaigns": [c.to_dict() for c in self.campaigns],
            "meetings": [m.to_dict() for m in self.meetings],
            "warnings": [w.to_dict() for w in self.warnings],
        }


@dataclass(frozen=True)
class Location:
    """Where a meeting is, and how we know."""

    lat: float
    lon: float
    precision: str  # one of PRECISIONS
    source: str  # override | cache:<provider> | <provider> | gazetteer
    query: str
    timezone: str | None = None
    # What the source knows of the place; the frame fills a meeting's blank city/state from these.
    city: str | None = None
    state: str | None = None
    country: str | None = None

    @property
    def approximate(self) -> bool:
        return self.precision in APPROXIMATE_PRECISIONS


def meeting_ids(meetings: Sequence[Meeting]) -> list[str]:
    """One id per meeting that does not depend on the order of the page's entries.

    A meeting's id is ``meeting_id`` (the hash of its key) when no other meeting on the page has
    that key. Meetings that share a key (two at one campus on one date) each get a hash of their
    whole content instead, so swapping them on the page keeps each one's id; only entries that
    are identical in every field get ``-2``, ``-3`` (and then it cannot matter which is which).
    """
    keys = [m.key for m in meetings]
    contents = [_content(m) if n > 1 else "" for m, n in zip(meetings, _counts(keys), strict=True)]
    distinct: dict[str, set[str]] = {}
    for key, content in zip(keys, contents, strict=True):
        distinct.setdefault(key, set()).add(content)
    out: list[str] = []
    seen: Counter[str] = Counter()
    for m, key, content in zip(meetings, keys, contents, strict=True):
        mid = m.meeting_id
        if len(distinct[key]) > 1:  # same key, different meetings: told apart by content
            mid = hashlib.sha1(f"{key}\0{content}".encode()).hexdigest()[:12]
        seen[mid] += 1
        out.append(mid if seen[mid] == 1 else f"{mid}-{seen[mid]}")
    return out


def _counts(keys: list[str]) -> list[int]:
    per_key = Counter(keys)
    return [per_key[k] for k in keys]


def _content(m: Meeting) -> str:
    fields = {k: v for k, v in m.to_dict().items() if k != "source_line"}
    return json.dumps(fields, sort_keys=True, ensure_ascii=False)


def norm_text(value: str | None) -> str:
    """Text folded for comparing: lower case, runs of non-word characters as one space."""
    return re.sub(r"\W+", " ", (value or "").casefold()).strip()


@dataclass
class Source:
    """One listing page's text, with where it came from and the day its yearless dates were read against."""

    name: str
    text: str
    imported_at: str | None = None  # ISO 8601, when the page came from the store
    version: int | None = None
    as_of: date | None = None  # the day yearless dates were read against at import
    as_of_origin: str | None = None  # where that day came from (ingest.asof.ORIGINS)
    source_url: str | None = None  # the address it was fetched from, if it was
    lang: str | None = None  # the language it was read in when given (else detected each time)
    # The decoder's note on the page's bytes (stray Windows-1252 bytes in UTF-8), if read here.
    decode_warning: ParseWarning | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
