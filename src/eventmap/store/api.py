"""The Store: every imported listing version, its meetings, and the location overrides.

SQLAlchemy Core over a database URL (``EVENTMAP_DB``; default a SQLite file under ``data/``),
so PostgreSQL can serve several app servers. The SQL is portable: no SQLite-only syntax in the
queries. Tables are in ``schema``, engines, bounded waits and the writer lock in ``engine``,
schema versions in ``migrate``.

Every write is one transaction. Versions are append-only: an import adds a row, an undo only
flags the newest row, so no earlier version is ever lost.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from eventmap import config
from eventmap.errors import ListingError, StoreError, ValidationError
from eventmap.geo.overrides import KINDS
from eventmap.ingest.asof import describe as describe_as_of
from eventmap.ingest.diff import SAME_PAGE_SHARE, ListingDiff, diff_listings, same_page_share
from eventmap.model import SHAPES, Listing, Meeting, Source, meeting_ids
from eventmap.store import migrate
from eventmap.store.engine import default_url, engine_for, reading, safe_url, writing
from eventmap.store.schema import (
    MAX_CAMPAIGN_NAME,
    MAX_NAME_LENGTH,
    campaign_fixes_table,
    listings,
    meetings,
    overrides_table,
)

if TYPE_CHECKING:
    from eventmap.geo.overrides import Override
    from eventmap.ingest.fetch import Fetched
    from eventmap.ingest.text import Decoded

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CampaignFixRecord:
    """An organizer's fix of one campaign: its display name and/or shape, and its identity."""

    key: str
    title: str
    words: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    name: str | None = None
    shape: str | None = None
    updated_at: str = ""


def validate_campaign_fix(name: str | None, shape: str | None) -> tuple[str | None, str | None]:
    """A fix's display name (whitespace collapsed; blank = the page's) and shape (blank =
    inferred). Raises ValidationError saying what is wrong."""
    name = " ".join((name or "").split()) or None
    if name is not None:
        if len(name) > MAX_CAMPAIGN_NAME:
            raise ValidationError(
                f"the campaign name is too long (at most {MAX_CAMPAIGN_NAME} characters)"
            )
        if any(ord(c) < 32 for c in name):
            raise ValidationError("the campaign name has control characters")
    shape = (shape or "").strip().lower() or None
    if shape is not None and shape not in SHAPES:
        raise ValidationError(f"shape must be one of {', '.join(SHAPES)}, not {shape!r}")
    return name, shape


@dataclass(frozen=True)
class OverrideRecord:
    """An override as stored: what the organizer typed, the coordinates, and when."""

    kind: str  # campus | venue | address
    label: str  # as typed, e.g. "UC Berkeley" or "San Diego State University / Love Library"
    lat: float
    lon: float
    note: str = ""
    key: str = ""  # override_key(kind, label): one row per place
    updated_at: str = ""

    def to_override(self) -> Override:
        from eventmap.geo.overrides import Override

        return Override(self.kind, self.label, self.lat, self.lon, self.note)


@dataclass
class Version:
    """One imported listing version, as ``history()`` lists it."""

    version: int
    name: str
    imported_at: str
    as_of: str | None
    sha256: str
    meetings: int
    warnings: int
    undone: bool
    current: bool = False
    as_of_origin: str | None = None
    source_url: str | None = None

    @property
    def as_of_text(self) -> str:
        """``as of 2017-01-23, from the address``."""
        return describe_as_of(self.as_of, self.as_of_origin)

    @property
    def state(self) -> str:
        """``undone``, ``current`` (what the map shows) or ``older`` (replaced by a newer one)."""
        return "undone" if self.undone else "current" if self.current else "older"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__) | {"as_of_text": self.as_of_text}


@dataclass(frozen=True)
class RemoteSource:
    """A source whose current version was fetched from an address: what a refresh asks for."""

    name: str
    url: str
    etag: str | None
    last_modified: str | None
    version: int
    lang: str | None = None  # the language it was imported in (a refresh reads it the same way)


@dataclass
class ImportResult:
    """What an import found, and whether it was saved (not on a dry run or an unchanged page)."""

    name: str
    listing: Listing
    diff: ListingDiff
    previous_version: int | None
    version: int | None = None
    saved: bool = False
    unchanged: bool = False  # the text is identical to the current version of this source
    warnings: list[str] = field(default_factory=list)
    matched: bool = False  # ``name`` was found by content: the page is a known source's new file
    not_modified: bool = False  # the server answered 304 to a conditional refresh

    def message(self) -> str:
        c = self.diff.counts()
        what = f"{c['added']} added, {c['removed']} removed, {c['changed']} changed"
        if self.not_modified:
            return f"'{self.name}' has not changed on the server (304); nothing saved."
        if self.unchanged:
            return f"'{self.name}' is identical to version {self.previous_version}; nothing saved."
        if self.saved:
            return f"Saved '{self.name}' as version {self.version} ({what})."
        return f"Not saved (preview): {what}."


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (default ``default_url()``), upgraded to the newest schema revision
    if it is behind (under the writer lock; see ``migrate.ensure_current``)."""
    url = url or default_url()
    engine = engine_for(url)
    migrate.ensure_current(engine, url)
    return Store(engine, url)


# Helpers --------------------------------------------------------------------------------------
def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def validate_override(
    kind: str, key: str, lat: Any, lon: Any
) -> tuple[str, str, str, float, float]:
    """Check an override's fields and return (kind, label, normalised key, lat, lon).
    Raises ValueError saying which field is wrong and why."""
    kind = (kind or "").strip().lower()
    if kind not in KINDS:
        raise ValidationError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    from eventmap.geo.overrides import override_key

    label = " ".join((key or "").split())
    norm = override_key(kind, label) if label else ""
    if not norm:
        raise ValidationError(f"give the {kind} name or text to fix (it is empty)")
    if len(label) > 500:
        raise ValidationError(f"the {kind} text is too long (at most 500 characters)")
    out = []
    for name, value, bound in (("latitude", lat, 90.0), ("longitude", lon, 180.0)):
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(f"{name} must be a number, not {value!r}") from None
        if not math.isfinite(number) or not -bound <= number <= bound:
            raise ValidationError(f"{name} must be between -{bound:g} and {bound:g}, not {value!r}")
        out.append(number)
    return kind, label, norm, out[0], out[1]


def _meeting_from_json(data: str) -> Meeting:
    return Meeting.from_dict(json.loads(data))


def _version(row: Any, current: set[int]) -> Version:
    mapping = row._mapping
    return Version(
        as_of_origin=mapping.get("as_of_origin"),
        source_url=mapping.get("source_url"),
        version=row.id,
        name=row.name,
        imported_at=row.imported_at,
        as_of=row.as_of,
        sha256=row.sha256,
        meetings=row.meeting_count,
        warnings=row.warning_count,
        undone=bool(row.undone),
        current=row.id in current,
    )


def _parse(
    page: str | Decoded,
    as_of: date | None,
    fetched: Fetched | None = None,
    lang: str | None = None,
) -> Listing:
    """Parse a page given as text or as decoded bytes (whose decoder's warning comes first)."""
    from eventmap.ingest.parse import parse
    from eventmap.ingest.text import page_text, page_warning

    text = page_text(page)
    if fetched is None:
        listing = parse(text, as_of=as_of, lang=lang)
    else:
        url, modified = fetched.final_url, fetched.last_modified
        listing = parse(text, as_of=as_of, url=url, last_modified=modified, lang=lang)
    note = page_warning(page) or (fetched.decode_warning if fetched is not None else None)
    if note is not None:
        listing.warnings.insert(0, note)
    return listing


def _check_lang(lang: str | None) -> str | None:
    from eventmap.ingest.when import LANGUAGES

    if lang is not None and lang not in LANGUAGES:
        raise ValidationError(f"unknown language {lang!r} (one of {', '.join(LANGUAGES)})")
    return lang or None


# The store ------------------------------------------------------------------------------------
class Store:
    """Listing versions and location overrides in one database. Safe to share across threads."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    def __repr__(self) -> str:
        return f"Store({safe_url(self.url)})"

    # transactions
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with reading(self.engine, self.url) as conn:
            yield conn

    @contextmanager
    def _write(self, doing: str = "write to") -> Iterator[Connection]:
        with writing(self.engine, self.url, doing) as conn:
            yield conn

    # queries
    @staticmethod
    def _current_query(columns: Sequence[Any]) -> sa.Select:
        inner = listings.alias("newer")
        newest = (
            sa.select(sa.func.max(inner.c.id))
            .where(inner.c.name == listings.c.name, inner.c.undone == sa.false())
            .scalar_subquery()
        )
        return (
            sa.select(*columns)
            .where(listings.c.undone == sa.false(), listings.c.id == newest)
            .order_by(listings.c.name)
        )

    def _current_ids(self, conn: Connection) -> set[int]:
        return set(conn.scalars(self._current_query([listings.c.id])))

    def _current_row(self, conn: Connection, name: str) -> Any:
        query = (
            sa.select(
                listings.c.id,
                listings.c.sha256,
                listings.c.as_of,
                listings.c.source_url,
                listings.c.lang,
            )
            .where(listings.c.name == name, listings.c.undone == sa.false())
            .order_by(listings.c.id.desc())
            .limit(1)
        )
        return conn.execute(query).first()

    def _meetings_of(self, conn: Connection, listing_id: int) -> list[Meeting]:
        rows = conn.execute(
            sa.select(meetings.c.data)
            .where(meetings.c.listing_id == listing_id)
            .order_by(meetings.c.position)
        )
        return [_meeting_from_json(r.data) for r in rows]

    def is_empty(self) -> bool:
        """True when nothing was ever imported (undone versions count as imported)."""
        with self._read() as conn:
            return conn.execute(sa.select(listings.c.id).limit(1)).first() is None

    # reading
    def current_sources(self) -> list[Source]:
        """The newest not-undone version of each source name; imports the bundled pages first
        when the store has never held anything."""
        if self.is_empty():
            self.import_bundled()
        with self._read() as conn:
            rows = conn.execute(
                self._current_query(
                    [
                        listings.c.id,
                        listings.c.name,
                        listings.c.text,
                        listings.c.imported_at,
                        listings.c.as_of,
                        listings.c.as_of_origin,
                        listings.c.source_url,
                        listings.c.lang,
                    ]
                )
            ).all()
        return [
            Source(
                r.name,
                r.text,
                imported_at=r.imported_at,
                version=r.id,
                as_of=date.fromisoformat(r.as_of) if r.as_of else None,
                as_of_origin=r.as_of_origin,
                source_url=r.source_url,
                lang=r.lang,
            )
            for r in rows
        ]

    def remote_sources(self) -> list[RemoteSource]:
        """The sources whose current version came from an address, with its validators."""
        columns = [listings.c.id, listings.c.name, listings.c.source_url]
        columns += [listings.c.etag, listings.c.last_modified, listings.c.lang]
        query = self._current_query(columns).where(listings.c.source_url.is_not(None))
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            RemoteSource(r.name, r.source_url, r.etag, r.last_modified, r.id, r.lang) for r in rows
        ]

    def remote_source(self, url: str) -> RemoteSource | None:
        """The source whose current version was fetched from ``url``, if any."""
        return next((r for r in self.remote_sources() if r.url == url.strip()), None)

    def source_for_address(self, url: str) -> str | None:
        """The name of the source whose current version was fetched from ``url``, if any."""
        found = self.remote_source(url)
        return found.name if found else None

    def matching_source(self, listing: Listing) -> str | None:
        """The stored source that ``listing`` is a new file of: the one holding at least half of
        its meetings (by campaign, place and date), the best such; else None."""
        with self._read() as conn:
            return self._matching_source(conn, listing)

    def _matching_source(self, conn: Connection, listing: Listing) -> str | None:
        best, best_share = None, 0.0
        for row in conn.execute(self._current_query([listings.c.id, listings.c.name])).all():
            share = same_page_share(self._meetings_of(conn, row.id), listing.meetings)
            if share > best_share:
                best, best_share = row.name, share
        return best if best_share >= SAME_PAGE_SHARE else None

    def current_meetings(self, name: str | None = None) -> list[Meeting]:
        """The stored meetings of the current version of ``name`` (or of every source)."""
        with self._read() as conn:
            if name is not None:
                row = self._current_row(conn, name)
                return self._meetings_of(conn, row.id) if row else []
            out: list[Meeting] = []
            for listing_id in sorted(self._current_ids(conn)):
                out.extend(self._meetings_of(conn, listing_id))
            return out

    def source_names(self) -> list[str]:
        """Names of the sources that have a current version, in name order."""
        with self._read() as conn:
            return list(conn.scalars(self._current_query([listings.c.name])))

    def text_of(self, version: int) -> str:
        with self._read() as conn:
            text = conn.scalar(sa.select(listings.c.text).where(listings.c.id == version))
        if text is None:
            raise ValidationError(f"there is no version {version}")
        return text

    def history(self) -> list[Version]:
        """Every version ever imported, newest first, with the current ones marked."""
        with self._read() as conn:
            current = self._current_ids(conn)
            rows = conn.execute(
                sa.select(
                    listings.c.id,
                    listings.c.name,
                    listings.c.imported_at,
                    listings.c.as_of,
                    listings.c.sha256,
                    listings.c.meeting_count,
                    listings.c.warning_count,
                    listings.c.undone,
                    listings.c.as_of_origin,
                    listings.c.source_url,
                ).order_by(listings.c.id.desc())
            ).all()
        return [_version(r, current) for r in rows]

    # importing
    def preview_import(
        self,
        name: str,
        text: str | Decoded,
        *,
        as_of: date | None = None,
        fetched: Fetched | None = None,
        match: bool = False,
        lang: str | None = None,
    ) -> ImportResult:
        """Parse ``text`` and diff it against the stored current version of ``name``; saves nothing.

        With ``match``, a ``name`` that is no stored source gives way to the stored source that
        the page mostly repeats (``matching_source``): the same page saved under a new file name.
        ``fetched`` is where the page came from (its address dates it; see ``ingest.asof``).
        ``text`` may be a page decoded from bytes (``ingest.text.Decoded``): the decoder's warning
        comes first among the listing's warnings. ``lang`` is the language to read it in (one of
        ``ingest.when.LANGUAGES``; default: the language the source's current version was
        imported in, if one was given then, else detected from the page's words)."""
        from eventmap.ingest.text import page_text

        name, lang = _check_name(name), _check_lang(lang)
        text, page = _check_text(page_text(text)), text
        name, matched, row, listing, lang = self._read_new_version(
            name, page, as_of, fetched, lang, match
        )
        with self._read() as conn:
            old = self._meetings_of(conn, row.id) if row else []
        return ImportResult(
            name=name,
            listing=listing,
            diff=diff_listings(old, listing.meetings),
            previous_version=row.id if row else None,
            unchanged=_same(row, text, as_of, lang),
            matched=matched,
        )

    def source_lang(self, name: str) -> str | None:
        """The language the current version of source ``name`` was imported in (None: it was
        detected from the page's words, or there is no such source)."""
        with self._read() as conn:
            row = self._current_row(conn, name)
        return row.lang if row is not None else None

    def _read_new_version(
        self,
        name: str,
        page: str | Decoded,
        as_of: date | None,
        fetched: Fetched | None,
        lang: str | None,
        match: bool,
    ) -> tuple[str, bool, Any, Listing, str | None]:
        """Parse a page that is to be a new version of ``name`` (or of the source it matches):
        the source's name, whether it was matched, its current row, the listing and the language
        it was read in. Without ``lang``, a page replacing a version imported in a language is
        read in that language too (``source_lang``), wherever the import comes from."""
        listing = _parse(page, as_of, fetched, lang)
        with self._read() as conn:
            name, matched = self._resolve_name(conn, name, listing, match)
            row = self._current_row(conn, name)
        if lang is None and row is not None and row.lang:
            lang = row.lang
            listing = _parse(page, as_of, fetched, lang)
        return name, matched, row, listing, lang

    def _resolve_name(
        self, conn: Connection, name: str, listing: Listing, match: bool
    ) -> tuple[str, bool]:
        if not match or self._current_row(conn, name) is not None:
            return name, False
        found = self._matching_source(conn, listing)
        return (found, True) if found else (name, False)

    def import_listing(
        self,
        name: str,
        text: str | Decoded,
        *,
        as_of: date | None = None,
        fetched: Fetched | None = None,
        match: bool = False,
        lang: str | None = None,
    ) -> ImportResult:
        """Save ``text`` as a new version of source ``name`` (one transaction) and return the diff
        against the version it replaces. An identical page is not saved twice. ``fetched``,
        ``match`` and ``lang`` as for ``preview_import``; the version records the as-of day the
        parse used and the language it was read in (when given)."""
        from eventmap.ingest.text import page_text

        name, lang = _check_name(name), _check_lang(lang)
        text, page = _check_text(page_text(text)), text
        name, matched, base, listing, lang = self._read_new_version(
            name, page, as_of, fetched, lang, match
        )
        # Diff before taking the write lock, so other writers don't wait for it ...
        with self._read() as conn:
            old = self._meetings_of(conn, base.id) if base else []
        diff = diff_listings(old, listing.meetings)
        with self._write() as conn:
            row = self._current_row(conn, name)
            # ... and again inside it in the rare case that another import or an undo of this
            # source landed in between: the diff is always against what this version replaces.
            if (row.id if row else None) != (base.id if base else None):
                diff = diff_listings(
                    self._meetings_of(conn, row.id) if row else [], listing.meetings
                )
            result = ImportResult(
                name=name,
                listing=listing,
                diff=diff,
                previous_version=row.id if row else None,
                matched=matched,
            )
            if _same(row, text, as_of, lang):
                result.unchanged = True
                result.version = row.id
                if fetched is not None:  # remember the server's new validators
                    conn.execute(
                        sa.update(listings)
                        .where(listings.c.id == row.id)
                        .values(**_origin(fetched))
                    )
                return result
            origin = (
                _origin(fetched) if fetched else {"source_url": row.source_url if row else None}
            )
            result.version = self._insert(conn, name, text, listing, {**origin, "lang": lang})
            result.saved = True
        return result

    def _insert(
        self, conn: Connection, name: str, text: str, listing: Listing, origin: dict[str, Any]
    ) -> int:
        res = conn.execute(
            sa.insert(listings).values(
                name=name,
                text=text,
                sha256=_sha(text),
                imported_at=now_iso(),
                as_of=_iso(listing.as_of),
                as_of_origin=listing.as_of_origin,
                meeting_count=len(listing.meetings),
                warning_count=len(listing.warnings),
                undone=False,
                **origin,
            )
        )
        version = int(res.inserted_primary_key[0])
        if listing.meetings:
            ids = meeting_ids(listing.meetings)
            conn.execute(
                sa.insert(meetings),
                [
                    {
                        "listing_id": version,
                        "position": i,
                        "meeting_id": ids[i],
                        "data": json.dumps(m.to_dict(), ensure_ascii=False),
                    }
                    for i, m in enumerate(listing.meetings)
                ],
            )
        return version

    def import_bundled(self, paths: Sequence[str | Path] | None = None) -> list[int]:
        """Import the bundled listing pages if the store is still empty; returns the new versions."""
        from eventmap.ingest.parse import read_listing_file

        paths = config.settings().bundled_listing_paths() if paths is None else paths
        pages = []
        for path in paths:
            try:
                text = read_listing_file(path)
                pages.append((Path(path).name, text, _parse(text, None)))
            except ListingError as exc:  # one unreadable bundled file must not block the others
                log.warning("skipping bundled listing %s: %s", path, exc)
        versions: list[int] = []
        with self._write() as conn:
            # Checked again inside the write lock: two first starts import the pages once.
            if conn.execute(sa.select(listings.c.id).limit(1)).first() is not None:
                return versions
            for name, text, listing in pages:
                versions.append(self._insert(conn, name, text, listing, {}))
        return versions

    def undo_last(self, expected: int | None = None) -> Version:
        """Flag the newest not-undone version as undone; that source's previous version becomes
        current again. Raises ValueError when there is nothing to undo.

        ``expected`` is the version the caller showed the user: when another import or undo
        has changed the newest version since, nothing is undone and StoreError says so."""
        with self._write() as conn:
            row = conn.execute(
                sa.select(listings)
                .where(listings.c.undone == sa.false())
                .order_by(listings.c.id.desc())
                .limit(1)
                .with_for_update()
            ).first()
            if expected is not None and (row is None or row.id != expected):
                newest = f"version {row.id} of '{row.name}'" if row else "no version"
                raise StoreError(
                    f"version {expected} is no longer the last import (now {newest}): "
                    "someone else imported or undid in the meantime; nothing was undone. "
                    "Reload the page and check before undoing."
                )
            if row is None:
                raise ValidationError("there is no import to undo")
            conn.execute(
                sa.update(listings)
                .where(listings.c.id == row.id)
                .values(undone=True, undone_at=now_iso())
            )
        version = _version(row, set())
        version.undone = True
        return version

    # overrides
    def set_override(
        self, kind: str, key: str, lat: float, lon: float, note: str = ""
    ) -> OverrideRecord:
        """Save (or replace) the coordinates of a campus, a venue ("Campus / Venue", or just the
        venue for any campus) or an address. Applies wherever the geocoder meets that place."""
        kind, label, norm, lat, lon = validate_override(kind, key, lat, lon)
        note = (note or "").strip()
        stamp = now_iso()
        values = {"label": label, "lat": lat, "lon": lon, "note": note, "updated_at": stamp}
        where = (overrides_table.c.kind == kind, overrides_table.c.key == norm)
        for attempt in (1, 2):
            try:
                with self._write() as conn:
                    updated = conn.execute(
                        sa.update(overrides_table).where(*where).values(**values)
                    )
                    if updated.rowcount == 0:
                        conn.execute(
                            sa.insert(overrides_table).values(kind=kind, key=norm, **values)
                        )
                break
            except StoreError as exc:
                # Two servers inserting the same new key at once (PostgreSQL): the loser
                # retries, and its update now finds the row.
                if attempt == 2 or not isinstance(exc.__cause__, sa.exc.IntegrityError):
                    raise
        return OverrideRecord(kind, label, lat, lon, note, norm, stamp)

    def delete_override(self, kind: str, key: str) -> bool:
        kind = (kind or "").strip().lower()
        label = " ".join((key or "").split())
        if kind not in KINDS or not label:
            return False
        from eventmap.geo.overrides import override_key

        with self._write() as conn:
            res = conn.execute(
                sa.delete(overrides_table).where(
                    overrides_table.c.kind == kind,
                    overrides_table.c.key == override_key(kind, label),
                )
            )
        return res.rowcount > 0

    def override_records(self) -> list[OverrideRecord]:
        """The stored overrides, oldest edit first (the geocoder lets later ones win)."""
        with self._read() as conn:
            rows = conn.execute(
                sa.select(overrides_table).order_by(
                    overrides_table.c.updated_at, overrides_table.c.id
                )
            ).all()
        return [
            OverrideRecord(r.kind, r.label, r.lat, r.lon, r.note, r.key, r.updated_at) for r in rows
        ]

    def overrides(self) -> list[Override]:
        """The stored overrides as ``Override``, ready for ``Geocoder(extra_overrides=)``."""
        return [r.to_override() for r in self.override_records()]

    # campaign fixes
    def set_campaign_fix(
        self,
        fix: CampaignFixRecord,
        *,
        replaces: str | None = None,
    ) -> CampaignFixRecord | None:
        """Save an organizer's name and/or shape for a campaign (one row per campaign key).

        ``replaces`` is the key of the stored fix this campaign matched before (its heading
        changed since): that row is replaced, so one campaign never has two fixes. A fix with
        neither a name nor a shape removes the row (back to the page's title and the inferred
        shape) and returns None.
        """
        name, shape = validate_campaign_fix(fix.name, fix.shape)
        stamp = now_iso()
        values = {
            "title": fix.title[:500],
            "words": json.dumps(sorted(fix.words)),
            "places": json.dumps(sorted(fix.places)),
            "name": name,
            "shape": shape,
            "updated_at": stamp,
        }
        table = campaign_fixes_table
        with self._write() as conn:
            conn.execute(sa.delete(table).where(table.c.key.in_({fix.key, replaces or fix.key})))
            if name is None and shape is None:
                return None
            conn.execute(sa.insert(table).values(key=fix.key, **values))
        return CampaignFixRecord(
            fix.key,
            fix.title,
            tuple(sorted(fix.words)),
            tuple(sorted(fix.places)),
            name,
            shape,
            stamp,
        )

    def campaign_fixes(self) -> list[CampaignFixRecord]:
        """The stored campaign fixes, oldest edit first."""
        table = campaign_fixes_table
        with self._read() as conn:
            rows = conn.execute(sa.select(table).order_by(table.c.updated_at, table.c.id)).all()
        return [
            CampaignFixRecord(
                r.key,
                r.title,
                tuple(json.loads(r.words or "[]")),
                tuple(json.loads(r.places or "[]")),
                r.name,
                r.shape,
                r.updated_at,
            )
            for r in rows
        ]

    def data_key(self) -> str:
        """A cheap hash of what the map depends on in the store: the current versions, the
        location overrides and the campaign fixes. Use it in cache keys: it changes on every
        import, undo, override and campaign fix."""
        if self.is_empty():
            self.import_bundled()
        with self._read() as conn:
            current = conn.execute(self._current_query([listings.c.id, listings.c.sha256])).all()
            ovr = conn.execute(
                sa.select(
                    overrides_table.c.kind,
                    overrides_table.c.key,
                    overrides_table.c.lat,
                    overrides_table.c.lon,
                ).order_by(overrides_table.c.kind, overrides_table.c.key)
            ).all()
        h = hashlib.sha256()
        for fix in self.campaign_fixes():
            h.update(f"C{fix.key}:{fix.name}:{fix.shape}:{fix.updated_at}\n".encode())
        for row in current:
            h.update(f"L{row.id}:{row.sha256}\n".encode())
        for row in ovr:
            h.update(f"O{row.kind}:{row.key}:{row.lat!r}:{row.lon!r}\n".encode())
        return h.hexdigest()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _same(row: Any, text: str, as_of: date | None, lang: str | None = None) -> bool:
    """True when ``text`` is what the current version ``row`` holds, read in the same language,
    and a given as-of (if any) is the one it was read against. Without a given as-of the text
    alone decides: the same page imported again another day is the same version."""
    if row is None or row.sha256 != _sha(text) or row.lang != lang:
        return False
    return as_of is None or row.as_of == _iso(as_of)


def _origin(fetched: Fetched) -> dict[str, Any]:
    return {
        "source_url": fetched.url[:2000],
        "etag": (fetched.etag or "")[:500] or None,
        "last_modified": (fetched.last_modified or "")[:100] or None,
    }


def _check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError("give the listing a name (e.g. the page's file name)")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"the listing name is too long (at most {MAX_NAME_LENGTH} characters)"
        )
    return name


def _check_text(text: str) -> str:
    if not (text or "").strip():
        raise ValidationError("the listing is empty: paste the page's text or upload the file")
    check_no_nul(text)
    return text


def check_no_nul(text: str) -> None:
    """Refuse text holding a NUL character: PostgreSQL cannot store one in a text column, and
    no listing page needs it. Raises ListingError naming the line, so every import path (paste,
    upload, file, address) says the same thing on every database."""
    at = text.find("\x00")
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        raise ListingError(
            f"the page contains a NUL character (line {line}), which is not text: remove it "
            "(it usually comes from copying out of a binary file or a PDF) and try again"
        )
