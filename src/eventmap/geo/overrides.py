"""Organizer pins: coordinates fixed by hand for a campus, a venue or an address.

One place normalizes their keys (:func:`override_key`), so a pin saved from the Manage data page,
a row of ``data/venues.csv`` and a meeting's text meet on the same key.
"""

from __future__ import annotations

import csv
import logging
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventmap import config
from eventmap.errors import ValidationError
from eventmap.geo.gazetteer import (
    Gazetteer,
    default_gazetteer,
    norm,
    state_code,
    tokens,
    valid_coords,
)

log = logging.getLogger(__name__)

KINDS = ("campus", "venue", "address")

_ABBREV = {
    "street": "st", "avenue": "ave", "av": "ave", "drive": "dr", "circle": "cir",
    "boulevard": "blvd", "road": "rd", "square": "sq", "south": "s", "north": "n", "east": "e",
    "west": "w", "place": "pl", "lane": "ln", "court": "ct", "parkway": "pkwy", "highway": "hwy",
    "suite": "ste", "mall": "mall", "nyc": "new york", "saint": "st",
}  # fmt: skip
_DROP = frozenset({"usa", "united", "states", "america"})


def normalize_address(text: str | None) -> str:
    """One spelling per address: 'Sq.'/'Square', 'S'/'South', state names -> codes."""
    out = []
    for t in tokens(text):
        if t in _DROP:
            continue
        code = state_code(t) if len(t) > 2 else None
        out.append((code or "").casefold() or _ABBREV.get(t, t))
    return " ".join(out)


def override_key(kind: str, key: str, gazetteer: Gazetteer | None = None) -> str:
    """The normalized key of an override; the one place keys are normalized.

    ``campus``: the campus name (any alias of a campus in the table gives the same key);
    ``venue``: ``"Campus / Venue"`` (or just ``"Venue"`` for any campus);
    ``address``: a street address (abbreviations and state names normalized).
    """
    gaz = gazetteer or default_gazetteer()
    if kind == "campus":
        return _campus_key(key, gaz)
    if kind == "venue":
        campus, sep, venue = str(key).rpartition("/")
        return f"{_campus_key(campus, gaz) if sep else ''}/{norm(venue)}"
    if kind == "address":
        return normalize_address(key)
    raise ValidationError(f"override kind must be one of {', '.join(KINDS)}, not {kind!r}")


def _campus_key(text: str | None, gaz: Gazetteer) -> str:
    hit = gaz.campuses.match(text)
    return norm(hit.name) if hit else norm(text)


@dataclass(frozen=True)
class Override:
    """Pinned coordinates for a campus, a venue ("Campus / Venue") or an address."""

    kind: str
    key: str
    lat: float
    lon: float
    note: str = ""

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValidationError(
                f"override kind must be one of {', '.join(KINDS)}, not {self.kind!r}"
            )
        if not norm(self.key):
            raise ValidationError("override key is empty")
        if not valid_coords(self.lat, self.lon):
            raise ValidationError(f"override {self.key!r}: coordinates out of range")
        object.__setattr__(self, "lat", float(self.lat))
        object.__setattr__(self, "lon", float(self.lon))

    @property
    def norm_key(self) -> str:
        return override_key(self.kind, self.key)


def load_overrides_csv(path: str | Path) -> list[Override]:
    """Read ``kind,key,lat,lon,note`` rows; bad rows are skipped with a warning, never fatal."""
    out: list[Override] = []
    path = Path(path)
    if not path.is_file():
        return out
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                out.append(
                    Override(
                        kind=(row.get("kind") or "").strip().casefold(),
                        key=(row.get("key") or "").strip(),
                        lat=float(row.get("lat") or "nan"),
                        lon=float(row.get("lon") or "nan"),
                        note=(row.get("note") or "").strip(),
                    )
                )
            except (TypeError, ValueError) as exc:
                msg = f"{path.name} line {lineno}: skipped ({exc})"
                log.warning(msg)
                warnings.warn(msg, stacklevel=2)
    return out


def default_overrides() -> list[Override]:
    """The organizer overrides shipped in ``data/venues.csv``."""
    return load_overrides_csv(config.settings().shipped_table("venues.csv"))


class OverrideIndex:
    """Overrides by normalized key: campus names, venue words per campus, address prefixes."""

    def __init__(self, overrides: Iterable[Override], gaz: Gazetteer):
        self.campus: dict[str, Override] = {}
        self.venue: dict[str, list[tuple[tuple[str, ...], Override]]] = {}
        self.address: list[tuple[tuple[str, ...], Override]] = []
        for o in overrides:  # later ones win: the store's edits come after the CSV
            k = override_key(o.kind, o.key, gaz)
            if o.kind == "campus":
                self.campus[k] = o
            elif o.kind == "venue":
                campus, _, venue = k.partition("/")
                lst = self.venue.setdefault(campus, [])
                words = tuple(venue.split())
                lst[:] = [(w, x) for w, x in lst if w != words]
                lst.append((words, o))
            else:
                words = tuple(k.split())
                self.address = [(w, x) for w, x in self.address if w != words]
                self.address.append((words, o))
        for lst in self.venue.values():
            lst.sort(key=lambda item: -len(item[0]))
        self.address.sort(key=lambda item: -len(item[0]))

    def find_address(self, address: str | None) -> Override | None:
        words = tuple(normalize_address(address).split())
        if not words:
            return None
        for key, o in self.address:
            if words[: len(key)] == key:
                return o
        return None

    def find_venue(self, campus_key: str, *texts: str | None) -> Override | None:
        """The longest venue override of this campus (or of any campus) named in the texts."""
        hay = [tuple(tokens(t)) for t in texts if t]
        for ck in (campus_key, "") if campus_key else ("",):
            for key, o in self.venue.get(ck, ()):
                if any(_contains(h, key) for h in hay):
                    return o
        return None


def _contains(hay: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    if not n or n > len(hay):
        return False
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))
